"""X and Z daily reports (SKVFS 2014:9 7 kap. 2 §), for the screen, the printer and till-admin.

An X report shows the period so far and changes nothing. A Z report (a manager approves) closes
the period: it is stored unchangeable with its running number and grand totals, printed, and
with a terminal configured the terminal's end of day (final balance) runs with it. A reprint of
a Z report is marked KOPIA.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from till.checkout.events import NO_PRINTER
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.report import (
    DayReport,
    ReportKind,
    report_from_record,
    report_layout,
)

OPEN_SALE_BEFORE_Z = Message(
    "open_sale_before_z",
    QT_TRANSLATE_NOOP("Errors", "Finish or void the open sale before the Z report."),
)
NO_SUCH_Z_REPORT = Message(
    "no_such_z_report", QT_TRANSLATE_NOOP("Errors", "There is no Z report number {number}.")
)


if TYPE_CHECKING:
    from till.checkout.register import Checkout
    from till.checkout.terminal_admin import AdminResult, TerminalAdmin


@dataclass(frozen=True, slots=True)
class ReportOutcome:
    report: DayReport
    printed: bool
    print_error: TillError | str  # why it did not print: an error the screen describes
    end_of_day: AdminResult | None = None  # Z: the terminal's final balance, if configured
    # why the terminal's end of day did not run (retry with Ctrl+T): an error the screen
    # describes, or the terminal's own words
    end_of_day_error: TillError | str = ""


class DayReports:
    def __init__(
        self,
        checkout: Checkout,
        *,
        change_fund: int = 0,
        terminal_admin: TerminalAdmin | None = None,
    ) -> None:
        self._checkout = checkout
        self.change_fund = change_fund
        self.terminal_admin = terminal_admin

    async def _build(self, kind: ReportKind, z_number: int | None) -> DayReport:
        c = self._checkout
        return await c.in_store(
            c.store.day_report,
            c.shop,
            kind=kind,
            produced_at=c.now(),
            change_fund=self.change_fund,
            z_number=z_number,
        )

    async def x_report(self, *, print_it: bool = True) -> ReportOutcome:
        report = await self._build(ReportKind.X, None)
        await self._checkout.in_store(
            self._checkout.store.journal,
            "x_report",
            {
                "first_journal_id": report.first_journal_id,
                "last_journal_id": report.last_journal_id,
            },
            register_id=self._checkout.register_id,
        )
        printed, print_error = await self._print(report, copy=False) if print_it else (False, "")
        return ReportOutcome(report, printed, print_error)

    async def take_z_report(self) -> ReportOutcome:
        """Close the period. Refused when nothing was registered since the last Z report."""
        c = self._checkout
        if not c.sale.is_empty:
            raise TillError(OPEN_SALE_BEFORE_Z)
        number = await c.in_store(c.store.next_z_number, c.register_id)
        await c.manager.approve("Z report", details={"number": number})
        report = await self._build(ReportKind.Z, number)
        await c.in_store(c.store.store_day_report, report)
        printed, print_error = await self._print(report, copy=False)
        result: AdminResult | None = None
        eod_error: TillError | str = ""
        if self.terminal_admin is not None:
            try:
                result = await self.terminal_admin.run("end-of-day")
                if not result.ok:
                    eod_error = result.said or result.summary
            except TillError as error:
                eod_error = error
        return ReportOutcome(report, printed, print_error, result, eod_error)

    async def reprint_z(self, number: int) -> ReportOutcome:
        c = self._checkout
        record = await c.in_store(c.store.z_report, c.register_id, number)
        if record is None:
            raise TillError(NO_SUCH_Z_REPORT, number=number)
        report = report_from_record(record.content)
        await c.in_store(
            c.store.journal, "z_report_reprinted", {"number": number}, register_id=c.register_id
        )
        printed, print_error = await self._print(report, copy=True)
        return ReportOutcome(report, printed, print_error)

    async def unclosed_day(self, today: date) -> date | None:
        """The earliest day with registrations and no Z report after it, before today."""
        c = self._checkout
        return await c.in_store(c.store.first_unclosed_day, c.register_id, today=today)

    async def _print(self, report: DayReport, *, copy: bool) -> tuple[bool, TillError | str]:
        printer = self._checkout.printer
        if printer is None:
            return False, TillError(NO_PRINTER)
        name = "z" if report.kind is ReportKind.Z else "x"
        number = report.z_number if report.z_number is not None else report.last_journal_id
        try:
            await printer.print_layout(
                report_layout(report, copy=copy),
                file_name=f"{name}-report-{self._checkout.register_id}-{number}"
                f"{'-copy' if copy else ''}.pdf",
                doc_name=report.kind.value,
            )
        except TillError as error:
            return False, error
        return True, ""
