"""Receipt types and till modes through the cashier screen, by keyboard: the copy, the pro
forma receipt, training mode, offline mode (cash invoices) and the drawer opened without a
sale, with the manager PIN typed into the real dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shop_examples import SHOP
from ui_till_rig import (
    CTRL,
    WAIT,
    approve,
    cash_sale,
    closed,
    open_dialog,
    press,
    scan,
    type_into,
)

from till.checkout.copies import COPY_EXISTS
from till.core.receipt import ReceiptType
from till.core.sale import NOT_A_RECEIPT_NUMBER, ReceiptRef
from till.simulators.ccu import FailureMode
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.cashier_window import OFFLINE_STRIP, TRAINING_STRIP
from till.ui.input_dialogs import ConfirmDialog
from till.ui.manager_dialog import ManagerPinDialog
from till.ui.reason_dialog import ReasonDialog, ReceiptNumberDialog
from till.ui.selftest import wait_for
from till.ui.texts import say

pytestmark = pytest.mark.gui

REGISTER = SHOP.register_id


# -- the copy ---------------------------------------------------------------------------------


def test_a_receipt_gets_one_copy_and_a_second_is_refused(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, str] = {}

    async def copy_of(text: str) -> None:
        press(qtbot, window, Qt.Key.Key_K, CTRL)
        number = await open_dialog(window, ReceiptNumberDialog)
        await type_into(qtbot, number.edit, text)
        await closed(number)
        await window.wait_idle(WAIT)

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11", "20")
        press(qtbot, window, Qt.Key.Key_K, CTRL)
        number = await open_dialog(window, ReceiptNumberDialog)
        await type_into(qtbot, number.edit, "kvitto 1")  # not a receipt number: refused here
        seen["in place"] = number.message_label.text()
        qtbot.keyClick(number.edit, Qt.Key.Key_Escape)  # ... and cancelled
        await window.wait_idle(WAIT)

        await copy_of(f"R-{REGISTER}-1")  # the barcode, scanned
        seen["first"] = window.banner_text
        seen["level"] = window.banner.property("level")
        await copy_of("1")  # the number, typed
        seen["second"] = window.banner_text

    arun(cashier(), timeout=40)

    assert seen["in place"] == say(NOT_A_RECEIPT_NUMBER, text="kvitto 1")
    assert seen["first"] == "Copy of receipt 1 printed (KOPIA)." and seen["level"] == "info"
    copy = rig.store.copy_of(ReceiptRef(REGISTER, 1))
    assert copy is not None and copy.receipt.sequence_number == 1
    assert (rig.receipts_dir / f"copy-{REGISTER}-1.pdf").exists()
    assert seen["second"] == say(COPY_EXISTS, number=1)
    assert window.banner.property("level") == "error"


# -- pro forma --------------------------------------------------------------------------------


def test_a_pro_forma_receipt_leaves_the_sale_open(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        await scan(qtbot, window, "11")
        await scan(qtbot, window, "2*30")
        press(qtbot, window, Qt.Key.Key_P, CTRL)
        await wait_for("the pro forma receipt", lambda: window.last_receipt, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)

    receipt = rig.store.receipt(REGISTER, 1)
    assert receipt is not None and receipt.receipt_type is ReceiptType.PRO_FORMA
    assert receipt.total == 5950
    assert "EJ KVITTO" in window.banner_text and "still open" in window.banner_text
    assert [line.name for line in rig.checkout.snapshot().lines] == ["Mjölk 1,5 l", "Tygkasse"]
    assert window.cart_model.rowCount() == 2 and window.total_label.text() == "59,50"
    assert "Pro forma 1" in window.last_sale_label.text()
    assert (rig.receipts_dir / f"receipt-{REGISTER}-1.pdf").exists()


# -- training mode ----------------------------------------------------------------------------


def test_training_mode_is_shown_across_the_window_while_it_lasts(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        press(qtbot, window, Qt.Key.Key_L, CTRL)
        await approve(qtbot, window)
        await window.wait_idle(WAIT)
        seen["strip on"] = window.training_shown
        seen["strip text"] = window.mode_strips["training"].text()
        seen["title"] = window.windowTitle()
        await cash_sale(qtbot, window, "11")
        seen["label"] = window.last_sale_label.text()
        press(qtbot, window, Qt.Key.Key_L, CTRL)
        await approve(qtbot, window)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=40)

    assert seen["strip on"] is True
    assert seen["strip text"] == window.tr(TRAINING_STRIP)  # in the screen's language
    assert seen["title"] == window.tr("TRAINING MODE – {title}").format(title="till test")
    assert "Training receipt 1" in seen["label"]
    receipt = rig.store.receipt(REGISTER, 1)
    assert receipt is not None and receipt.receipt_type is ReceiptType.TRAINING
    assert not window.training_shown and window.windowTitle() == "till test"
    assert rig.store.modes(REGISTER).training is False
    assert "Training mode off" in window.banner_text


# -- offline mode -----------------------------------------------------------------------------


def test_an_unreachable_control_unit_offers_cash_invoices_until_it_answers(qtbot, arun, rig):
    window = rig.window
    rig.ccu.mode = FailureMode.HTTP_920
    seen: dict[str, object] = {}

    async def pay_exact() -> None:
        press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await closed(cash)
        await window.wait_idle(WAIT)

    async def cashier() -> None:
        await scan(qtbot, window, "11")
        await pay_exact()
        seen["offer"] = window.banner_text
        press(qtbot, window, Qt.Key.Key_O, CTRL)
        confirm = await open_dialog(window, ConfirmDialog)
        seen["question"] = confirm.findChild(type(window.banner)).text()
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
        await closed(confirm)
        await window.wait_idle(WAIT)
        seen["strip"] = window.offline_shown
        seen["strip text"] = window.mode_strips["offline"].text()
        await pay_exact()  # the same sale again: a cash invoice
        seen["label"] = window.last_sale_label.text()
        seen["strip after invoice"] = window.offline_shown

        rig.ccu.mode = FailureMode.OK
        await cash_sale(qtbot, window, "20")

    arun(cashier(), timeout=60)

    assert "Ctrl+O" in seen["offer"] and "still open" in seen["offer"]
    assert "kontantnota" in seen["question"] and "Skatteverket" in seen["question"]
    assert seen["strip"] is True and seen["strip after invoice"] is True
    assert seen["strip text"] == window.tr(OFFLINE_STRIP)
    assert "Skatteverket" in seen["strip text"]
    invoices = list(rig.store.cash_invoices(REGISTER))
    assert [(i.sequence_number, i.total, i.control) for i in invoices] == [(1, 2150, None)]
    assert "Cash invoice 1" in seen["label"]
    assert (rig.receipts_dir / f"cash-invoice-{REGISTER}-1.pdf").exists()

    receipt = rig.store.receipt(REGISTER, 1)  # the control unit answers: a normal receipt
    assert receipt is not None and receipt.total == 3500 and receipt.control is not None
    assert not window.offline_shown and rig.checkout.offline is False
    assert window.banner_text == ""


def test_offline_mode_is_not_offered_while_the_control_unit_answers(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11")
        press(qtbot, window, Qt.Key.Key_O, CTRL)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert "only for when the control unit cannot be reached" in window.banner_text
    assert not window.offline_shown and rig.checkout.offline is False


# -- the drawer -------------------------------------------------------------------------------


def test_the_drawer_opens_with_a_reason_and_the_manager_pin(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def open_drawer(reason: str) -> None:
        press(qtbot, window, Qt.Key.Key_D, CTRL)
        dialog = await open_dialog(window, ReasonDialog)
        await type_into(qtbot, dialog.edit, reason)

    async def cashier() -> None:
        await open_drawer("")  # a reason is required
        dialog = await open_dialog(window, ReasonDialog)
        seen["required"] = dialog.message_label.text()
        await type_into(qtbot, dialog.edit, "vaxel till banken")
        await approve(qtbot, window)  # sets the PIN
        await window.wait_idle(WAIT)
        seen["opened"] = window.banner_text

        await open_drawer("kunden tappade ett mynt")
        pin = await open_dialog(window, ManagerPinDialog)
        seen["first time again"] = pin.first_time
        await type_into(qtbot, pin.pin_edit, "0000")  # wrong
        await closed(pin)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)

    assert "reason" in seen["required"]
    assert seen["opened"] == "The drawer is open; the opening is journaled."
    assert seen["first time again"] is False
    assert window.banner_text == "Wrong manager PIN: not done."
    rows = rig.store.journal_rows()
    opened = [r.data for r in rows if r.kind == "drawer_opened"]
    assert opened == [{"reason": "vaxel till banken", "without_sale": True}]
    refused = [r.data for r in rows if r.kind == "manager_refused"]
    assert refused == [{"action": "drawer without a sale", "reason": "kunden tappade ett mynt"}]
