"""Memory stays flat (issue 12, item 6): what the cashier window keeps does not grow with sales.

The leak found: QLineEdit.clear() is an undoable edit, so the entry line (emptied after every
scan, alive as long as the till) and the kept cash dialog's tendered line piled up every key
ever typed in their undo history: about 1.5 kB of peak memory a sale. A line edit's undo steps
are what grew; here they are counted after a few sales and after more.
The figure itself (peak RSS after 10,000 sales vs 1,000) is `python -m till.benchmark --only
memory`; this test is its quick regression guard.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit
from test_ui_cashier import Till, close_till, make_till, open_dialog, scan

from till.ui.cash_dialog import CashPaymentDialog
from till.ui.selftest import wait_for

pytestmark = pytest.mark.gui

CODES = ("7310865004703", "2*30", "20")  # milk by barcode, two bags, a newspaper
WAIT = 10.0


@pytest.fixture
def till(qtbot, arun, tmp_path) -> Iterator[Till]:
    rig = make_till(qtbot, arun, tmp_path)
    yield rig
    close_till(rig, arun)


def undo_steps(edit: QLineEdit, limit: int = 10_000) -> int:
    """How many undo steps the line edit keeps (undoing them all; its text is then stale)."""
    steps = 0
    while edit.isUndoAvailable() and steps < limit:
        edit.undo()
        steps += 1
    return steps


async def sell(qtbot, till: Till, tendered: str) -> CashPaymentDialog:
    """Scan, F12, the amount typed and then cleared on the pad and typed again, Enter."""
    window = till.window
    before = window.last_receipt
    for code in CODES:
        await scan(qtbot, window, code)
    qtbot.keyClick(window.entry, Qt.Key.Key_F12)
    cash = await open_dialog(window, CashPaymentDialog)
    qtbot.keyClicks(cash.tendered_edit, "999")
    qtbot.mouseClick(cash.pad.keys["clear"], Qt.MouseButton.LeftButton)  # the pad's C
    qtbot.keyClicks(cash.tendered_edit, tendered)
    qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
    await wait_for("the receipt", lambda: window.last_receipt is not before, WAIT)
    await window.wait_idle(WAIT)
    return cash


def test_the_entry_line_keeps_no_history_of_the_sales(qtbot, arun, till):
    window = till.window
    for _ in range(3):
        arun(sell(qtbot, till, "1000"), timeout=30)
    # After each scan the entry starts afresh: nothing of three sales' 15 codes to undo.
    assert window.entry.text() == ""
    assert undo_steps(window.entry) == 0


def test_the_kept_cash_dialog_forgets_the_last_sales_amounts(qtbot, arun, till):
    for _ in range(3):
        cash = arun(sell(qtbot, till, "1000"), timeout=30)
    cash.start(None)  # as F12 opens it for the next sale
    assert cash.tendered_edit.text() == ""
    assert undo_steps(cash.tendered_edit) == 0
    qtbot.keyClicks(cash.tendered_edit, "50")
    qtbot.mouseClick(cash.pad.keys["clear"], Qt.MouseButton.LeftButton)
    assert cash.tendered_edit.text() == "" and undo_steps(cash.tendered_edit) == 0
    cash.reject()


def test_the_window_holds_no_more_objects_after_more_sales(qtbot, arun, till):
    """Dialogs, tasks and connections a sale leaves behind would pile up here."""
    window = till.window

    def census() -> tuple[int, int]:
        return len(window.findChildren(QObject)), window.tasks.pending

    arun(sell(qtbot, till, "1000"), timeout=30)
    after_one = census()
    for _ in range(3):
        arun(sell(qtbot, till, "1000"), timeout=30)
    assert census() == after_one
