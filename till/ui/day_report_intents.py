"""The cashier's intents for the day: the X and Z reports, a Z report printed again, the day
left without its Z report, the journal. Mixed into CashierWindow."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from till.core.sale import SaleError
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.status_bar import reason_words

if TYPE_CHECKING:
    from till.checkout.day_reports import DayReports

UNCLOSED_DAY = "Z-dagrapport saknas för {day}: ta den innan dagens första försäljning (Ctrl+Z)."


class DayReportIntents:
    """Mixed into CashierWindow: uses its checkout, day reports, banner and _ask."""

    def _reports(self) -> DayReports:
        if self.day_reports is None:
            raise SaleError(self.tr("Day reports are not set up on this till."))
        return self.day_reports

    async def _x_report(self) -> bool:
        outcome = await self._reports().x_report()
        from till.ui.report_dialog import ReportDialog

        await self._ask(ReportDialog(outcome.report, notes=self._print_notes(outcome), parent=self))
        return True

    def _print_notes(self, outcome) -> list[tuple[str, str]]:
        if outcome.printed:
            return []
        text = self.tr("The report was not printed: {error}").format(
            error=reason_words(outcome.print_error)
        )
        return [("warning", text)]

    async def _z_report(self) -> bool:
        reports = self._reports()
        dialog = ConfirmDialog(
            self.tr("Z report"),
            self.tr(
                "Take the Z report? It closes the day: the day's figures start again from "
                "zero, and the card terminal's end of day runs with it."
            ),
            self.tr("Take the Z report (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        outcome = await reports.take_z_report()
        self._standing_warning = ""
        number = outcome.report.z_number
        notes: list[tuple[str, str]] = []
        problems: list[str] = []
        if outcome.printed:
            notes.append(
                ("ok", self.tr("Z report {number} stored and printed.").format(number=number))
            )
        else:
            text = self.tr("Z report {number} is stored but was not printed: {error}").format(
                number=number, error=reason_words(outcome.print_error)
            )
            notes.append(("warning", text))
            problems.append(text)
        if outcome.end_of_day is not None and not outcome.end_of_day_error:
            notes.append(("ok", self.tr("Card terminal end of day: done.")))
        elif outcome.end_of_day_error:
            text = self.tr(
                "The card terminal's end of day failed: {error}. Retry it with Ctrl+T."
            ).format(error=reason_words(outcome.end_of_day_error))
            notes.append(("error", text))
            problems.append(text)
        from till.ui.report_dialog import ReportDialog

        await self._ask(ReportDialog(outcome.report, notes=notes, parent=self))
        if problems:
            self.show_warning("  ".join(problems))
        return True

    async def _reprint_z(self) -> bool:
        reports = self._reports()
        from till.ui.reason_dialog import parse_report_number

        dialog = ValueDialog(
            self.tr("Reprint a Z report"),
            self.tr("Number of the Z report to print again (marked KOPIA)"),
            parse_report_number,
            parent=self,
        )
        number = await self._ask(dialog)
        if number is None:
            return False
        outcome = await reports.reprint_z(number)
        notes = self._print_notes(outcome)
        from till.ui.report_dialog import ReportDialog

        await self._ask(ReportDialog(outcome.report, copy=True, notes=notes, parent=self))
        return True

    async def _check_unclosed_day(self) -> bool:
        if self.day_reports is None:
            return False
        today: date = self.checkout.now().date()
        day = await self.day_reports.unclosed_day(today)
        if day is not None:
            self._standing_warning = UNCLOSED_DAY.format(day=day.isoformat())
            self.show_warning(self._standing_warning)
        return False

    async def _journal_viewer(self) -> bool:
        await self.checkout.manager.approve("journal viewer")
        # A page at a time on the store's worker: opening costs the same for any journal size.
        store = self.checkout.store
        kinds = await self.checkout.in_store(store.journal_kinds)
        from till.ui.journal_viewer import JournalViewer

        viewer = JournalViewer(
            lambda query: self.checkout.in_store(store.journal_page, query),
            kinds=kinds,
            today=self.checkout.now().date(),
            parent=self,
        )
        await viewer.wait_loaded()
        await self._ask(viewer)
        return True
