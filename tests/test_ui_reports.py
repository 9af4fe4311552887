"""X and Z daily reports through the cashier screen, by keyboard: the report on screen as it
prints, the Z report with the manager PIN and the card terminal's end of day, a second Z for
a closed day refused, a Z reprinted as KOPIA, and the warning for a day left without its Z."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from shop_examples import SHOP
from ui_till_rig import (
    CTRL,
    WAIT,
    Rig,
    approve,
    cash_sale,
    close_rig,
    closed,
    make_rig,
    open_dialog,
    press,
    scan,
    type_into,
)

from till.checkout.register import local_now
from till.core.report import ReportKind
from till.ui.cashier_window import CashierWindow
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.report_dialog import ReportDialog
from till.ui.selftest import run_selftest

pytestmark = pytest.mark.gui

REGISTER = SHOP.register_id
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def line_with(text: str, label: str) -> str:
    return next(line for line in text.splitlines() if line.startswith(label))


async def take_z(qtbot, window) -> None:
    """Ctrl+Z, Enter on the question, the manager PIN."""
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    confirm = await open_dialog(window, ConfirmDialog)
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    await approve(qtbot, window)


def test_the_x_report_shows_the_day_so_far(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11", "2*30")  # 21,50 + 38,00
        await cash_sale(qtbot, window, "20")  # 35,00
        press(qtbot, window, Qt.Key.Key_X, CTRL)
        report = await open_dialog(window, ReportDialog)
        seen["title"] = report.windowTitle()
        seen["text"] = report.text()
        seen["double"] = [r.text for r in report.paper_widget.paper.rows if r.size == 2]
        seen["figures"] = (report.report.kind, report.report.total_sales)
        qtbot.keyClick(report, Qt.Key.Key_Return)
        await closed(report)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=40)

    assert seen["title"] == "X report"
    assert seen["figures"] == (ReportKind.X, 9450)
    assert seen["double"] == ["X-dagrapport"]  # the heading at twice the size
    text = seen["text"]
    assert line_with(text, "Total försäljning").endswith("94,50")
    assert line_with(text, "Antal kvitton").endswith("2")
    assert line_with(text, "Växelkassa").endswith("500,00")
    assert rig.store.last_z_report(REGISTER) is None  # an X report closes nothing
    assert "x_report" in [r.kind for r in rig.store.journal_rows()]


def test_the_z_report_closes_the_day_once_and_is_reprinted_as_a_copy(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11")
        await cash_sale(qtbot, window, "20")

        press(qtbot, window, Qt.Key.Key_Z, CTRL)  # asks first: Esc changes nothing
        confirm = await open_dialog(window, ConfirmDialog)
        seen["question"] = confirm.findChild(type(window.banner)).text()
        qtbot.keyClick(confirm, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)
        seen["after esc"] = rig.store.last_z_report(REGISTER)

        await take_z(qtbot, window)
        report = await open_dialog(window, ReportDialog)
        seen["title"] = report.windowTitle()
        seen["notes"] = report.notes()
        seen["text"] = report.text()
        qtbot.keyClick(report, Qt.Key.Key_Escape)
        await closed(report)
        await window.wait_idle(WAIT)

        await take_z(qtbot, window)  # right away: nothing registered since
        await window.wait_idle(WAIT)
        seen["second"] = window.banner_text

        press(qtbot, window, Qt.Key.Key_Z, SHIFT_CTRL)
        number = await open_dialog(window, ValueDialog)
        await type_into(qtbot, number.edit, "1")
        reprint = await open_dialog(window, ReportDialog)
        seen["reprint title"] = reprint.windowTitle()
        seen["reprint"] = reprint.text()
        qtbot.keyClick(reprint, Qt.Key.Key_Return)
        await closed(reprint)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=60)

    assert "closes the day" in seen["question"] and seen["after esc"] is None
    assert seen["title"] == "Z report 1"
    assert seen["notes"] == "Z report 1 stored and printed."
    assert line_with(seen["text"], "Total försäljning").endswith("56,50")
    stored = rig.store.last_z_report(REGISTER)
    assert stored is not None and stored.number == 1
    assert (rig.receipts_dir / f"z-report-{REGISTER}-1.pdf").exists()
    assert "already closed" in seen["second"]
    assert rig.store.z_report(REGISTER, 2) is None
    assert seen["reprint title"] == "Z report 1 – copy (KOPIA)"
    lines = seen["reprint"].splitlines()
    assert lines[0].strip() == "KOPIA" and lines[-1].strip() == "KOPIA"
    assert line_with(seen["reprint"], "Total försäljning").endswith("56,50")
    assert (rig.receipts_dir / f"z-report-{REGISTER}-1-copy.pdf").exists()


def test_a_day_without_its_z_report_is_said_at_start_until_the_z_is_taken(qtbot, arun, rig):
    seen: dict[str, object] = {}

    async def yesterday() -> None:
        await cash_sale(qtbot, rig.window, "11")

    arun(yesterday(), timeout=30)
    today = local_now().date()
    rig.clock.now = lambda: local_now() + timedelta(days=1)  # the till starts the next day
    window = CashierWindow(rig.checkout, title="till test", day_reports=rig.reports)
    qtbot.addWidget(window)

    async def next_morning() -> None:
        window.show()
        await window.wait_idle(WAIT)
        seen["warning"] = window.banner_text
        seen["level"] = window.banner.property("level")
        await scan(qtbot, window, "999")  # an error shows over it ...
        seen["error"] = window.banner_text
        await scan(qtbot, window, "20")  # ... and it comes back when the error goes
        seen["after scan"] = window.banner_text
        press(qtbot, window, Qt.Key.Key_F9)
        qtbot.keyClick(await open_dialog(window, ConfirmDialog), Qt.Key.Key_Return)
        await window.wait_idle(WAIT)
        await take_z(qtbot, window)
        report = await open_dialog(window, ReportDialog)
        qtbot.keyClick(report, Qt.Key.Key_Return)
        await closed(report)
        await window.wait_idle(WAIT)

    arun(next_morning(), timeout=40)

    expected = (
        f"Z-dagrapport saknas för {today.isoformat()}: ta den innan dagens första "
        "försäljning (Ctrl+Z)."
    )
    assert seen["warning"] == expected and seen["level"] == "warning"
    assert "999" in seen["error"]
    assert seen["after scan"] == expected
    assert window.banner_text == ""  # the Z report was taken
    assert rig.store.last_z_report(REGISTER).number == 1


def test_the_selftest_sells_under_the_standing_warning(qtbot, arun, rig):
    arun(cash_sale(qtbot, rig.window, "11"), timeout=30)
    rig.clock.now = lambda: local_now() + timedelta(days=1)
    window = CashierWindow(rig.checkout, title="till test", day_reports=rig.reports)
    qtbot.addWidget(window)

    async def next_morning():
        window.show()
        await window.wait_idle(WAIT)
        return await run_selftest(window, codes=["20"], tendered="50")

    receipt = arun(next_morning(), timeout=30)
    assert receipt.sequence_number == 2 and receipt.total == 3500
    assert window.banner_text.startswith("Z-dagrapport saknas")  # still there


def test_no_warning_when_the_day_is_not_over(qtbot, arun, rig):
    async def cashier() -> None:
        await cash_sale(qtbot, rig.window, "11")

    arun(cashier(), timeout=30)
    window = CashierWindow(rig.checkout, title="till test", day_reports=rig.reports)
    qtbot.addWidget(window)

    async def show() -> None:
        window.show()
        await window.wait_idle(WAIT)

    arun(show())
    assert window.banner_text == ""


@pytest.fixture
def card_rig(qtbot, arun, tmp_path) -> Iterator[Rig]:
    till = make_rig(qtbot, arun, tmp_path, with_terminal=True)
    yield till
    close_rig(till, arun)


def test_the_terminal_end_of_day_runs_with_the_z_report(qtbot, arun, card_rig):
    rig = card_rig
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11")
        await take_z(qtbot, window)
        report = await open_dialog(window, ReportDialog)
        seen["notes"] = report.notes()
        qtbot.keyClick(report, Qt.Key.Key_Return)
        await closed(report)
        await window.wait_idle(WAIT)

        await cash_sale(qtbot, window, "20")
        await rig.terminal.stop()  # the terminal is gone for the next end of day
        await take_z(qtbot, window)
        report = await open_dialog(window, ReportDialog)
        seen["failed notes"] = report.notes()
        qtbot.keyClick(report, Qt.Key.Key_Return)
        await closed(report)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=60)

    assert seen["notes"] == "Z report 1 stored and printed.\nCard terminal end of day: done."
    assert "end of day failed" in seen["failed notes"] and "Ctrl+T" in seen["failed notes"]
    assert "Ctrl+T" in window.banner_text and window.banner.property("level") == "warning"
    assert rig.store.last_z_report(REGISTER).number == 2
