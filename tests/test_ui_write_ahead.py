"""What the cashier sees when a step written ahead is left half done (issue 7): a receipt whose
control-code answer was lost (frozen, F8 finishes that very receipt, no offline mode offered),
and receipts stored but never printed (told, Ctrl+U prints each original once)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shop_examples import SHOP
from ui_till_rig import CTRL, WAIT, cash_sale, closed, open_dialog, press, scan

from till.adapters.print_spooler import ReceiptSpooler, receipt_file_name
from till.simulators.ccu import FailureMode
from till.ui.cashier_window import CardState
from till.ui.selftest import wait_for
from till.ui.unprinted_dialog import UnprintedDialog

pytestmark = pytest.mark.gui


def test_a_lost_control_code_answer_freezes_the_sale_until_f8(qtbot, arun, rig):
    window = rig.window
    rig.ccu.mode = FailureMode.SLOW  # answers after 2 s; the till waits 1 s

    arun(cash_sale(qtbot, window, "11", "2*20"), timeout=30)
    assert window.banner.property("level") == "error"
    assert "Ctrl+O" not in window.banner_text  # sent: not "unreachable", no cash invoices
    assert window.card_state == CardState.REGISTERING
    assert window.card_panel.isVisible()
    assert "Receipt 1" in window.card_panel_title.text()
    assert window.card_panel_buttons["finish_card_sale"].isVisible()
    assert rig.store.receipt(SHOP.register_id, 1) is None

    async def scan_refused() -> None:
        await scan(qtbot, window, "30")
        await window.wait_idle(WAIT)

    arun(scan_refused(), timeout=30)
    assert "control unit" in window.banner_text
    assert rig.checkout.snapshot().total == 9150  # nothing added

    rig.ccu.mode = FailureMode.OK

    async def retry() -> None:
        press(qtbot, window, Qt.Key.Key_F8)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(retry(), timeout=30)
    receipt = rig.store.receipt(SHOP.register_id, 1)
    assert receipt is not None and receipt.total == 9150
    assert rig.ccu.requests[-1] == rig.ccu.requests[-2]  # the same receipt asked again
    assert window.card_state == CardState.NONE and not window.card_panel.isVisible()
    assert window.cart_model.rowCount() == 0


def test_an_unprinted_receipt_is_offered_and_printed_once(qtbot, arun, rig):
    window = rig.window
    working = rig.checkout.printer
    rig.checkout.printer = ReceiptSpooler(printer_name="no-such-printer")

    arun(cash_sale(qtbot, window, "11"), timeout=30)
    assert "not printed" in window.banner_text and "Ctrl+U" in window.banner_text
    assert [r.sequence_number for r in rig.store.unprinted_originals(SHOP.register_id)] == [1]

    rig.checkout.printer = working  # the printer answers again: the next sale prints...
    arun(cash_sale(qtbot, window, "20"), timeout=30)
    # ...and the cashier is told of the one it missed.
    arun(wait_for("the reminder", lambda: "Ctrl+U" in window.banner_text, WAIT), timeout=30)
    assert "1 stored receipt" in window.banner_text

    async def print_it() -> None:
        press(qtbot, window, Qt.Key.Key_U, CTRL)
        chooser = await open_dialog(window, UnprintedDialog)
        assert chooser.list.count() == 1 and "1" in chooser.list.item(0).text()
        qtbot.keyClick(chooser.list, Qt.Key.Key_Return)
        await closed(chooser)
        await window.wait_idle(WAIT)

    arun(print_it(), timeout=30)
    assert rig.store.unprinted_originals(SHOP.register_id) == []
    assert "Receipt 1 printed" in window.banner_text
    first = rig.store.receipt(SHOP.register_id, 1)
    assert (rig.receipts_dir / receipt_file_name(first)).is_file()  # it came out at last
    printed = [r for r in rig.store.journal_rows() if r.kind == "original_printed"]
    assert [r.data["sequence_number"] for r in printed] == [2, 1]

    async def nothing_left() -> None:
        press(qtbot, window, Qt.Key.Key_U, CTRL)
        await window.wait_idle(WAIT)

    arun(nothing_left(), timeout=30)
    assert "Every stored receipt has been printed" in window.banner_text
