"""Klarna on the Point terminal through the cashier's screen (issue 8 part 2): Shift+F11 opens
the payment dialog under its Klarna title, the simulated terminal stops for the customer's ID,
the cashier answers in the ID-check dialog (keyboard or touch), the terminal gets
SECONDARYPORT CONFIRMATION, and the sale ends with its control code and a Klarna receipt, or
stays open after a denial for another tender. Against the Point simulator and a PointTerminal
paired to it (tests/ui_till_rig.py, with_point=True)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from shop_examples import SHOP
from ui_till_rig import (
    ENTRY_CODE,
    WAIT,
    Rig,
    approve,
    close_rig,
    dialog,
    make_rig,
    open_dialog,
    press,
    scan,
    type_into,
)

from till.core.card import CardPaymentState, Tender
from till.core.receipt import PaymentMethod, layout_text, receipt_layout
from till.ui.card_dialog import CardPaymentDialog
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.id_check_dialog import IdCheckDialog
from till.ui.input_dialogs import ValueDialog
from till.ui.selftest import wait_for
from till.ui.terminal_admin_dialog import TerminalAdminDialog

pytestmark = pytest.mark.gui

SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def till(qtbot, arun, tmp_path) -> Iterator[Rig]:
    rig = make_rig(qtbot, arun, tmp_path, with_point=True)
    yield rig
    close_rig(rig, arun)


async def start_klarna(qtbot, rig: Rig) -> CardPaymentDialog:
    window = rig.window
    await scan(qtbot, window, "11")  # Mjölk 21,50
    await scan(qtbot, window, "2*30")  # 2 x Tygkasse 19,00
    press(qtbot, window, Qt.Key.Key_F11, SHIFT)
    klarna = await open_dialog(window, CardPaymentDialog)
    assert klarna.windowTitle() == "Klarna payment (Point terminal)"
    assert klarna.amount_edit.text() == "59,50"
    qtbot.keyClick(klarna.amount_edit, Qt.Key.Key_Return)
    return klarna


def test_a_klarna_sale_with_the_customers_id_confirmed(qtbot, arun, till):
    window, sim = till.window, till.point_sim
    seen: dict[str, str] = {}

    async def cashier() -> None:
        await start_klarna(qtbot, till)
        check = await open_dialog(window, IdCheckDialog)
        seen["lines"] = check.lines_label.text()
        qtbot.keyClick(check, Qt.Key.Key_Return)  # ID checked: confirm
        await wait_for("the receipt", lambda: window.last_receipt is not None, 2 * WAIT)
        await wait_for(
            "the dialog to close", lambda: dialog(window, CardPaymentDialog) is None, WAIT
        )
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)

    assert sim.customer_name in seen["lines"]
    assert sim.confirmations == ["CONFIRMED"]
    receipt = till.store.receipt(SHOP.register_id, 1)
    assert receipt is not None and len(receipt.control.code) == 59
    assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.KLARNA, 5950)]
    assert any(row.startswith("Klarna") for row in layout_text(receipt_layout(receipt)).split("\n"))
    (payment,) = till.store.card_payments_for_sale(receipt.sale_id)
    assert payment.tender is Tender.KLARNA and payment.terminal_kind == "point"
    assert payment.state is CardPaymentState.APPROVED
    checks = [r.data for r in till.store.journal_rows() if r.kind == "point_id_check"]
    assert [c["value"] for c in checks] == ["CONFIRMED"]
    assert window.banner_text == "" and window.cart_model.rowCount() == 0
    assert "paid with Klarna" in window.last_sale_label.text()


def test_a_denied_id_declines_and_the_sale_stays_open_for_cash(qtbot, arun, till):
    window, sim = till.window, till.point_sim
    receipts = []
    window.receipt_completed.connect(receipts.append)

    async def cashier() -> None:
        await start_klarna(qtbot, till)
        check = await open_dialog(window, IdCheckDialog)
        qtbot.mouseClick(check.deny_button, Qt.MouseButton.LeftButton)  # by touch
        await wait_for(
            "the dialog to close", lambda: dialog(window, CardPaymentDialog) is None, WAIT
        )
        await window.wait_idle(WAIT)
        await wait_for("the decline", lambda: window.banner_text, WAIT)
        seen["banner"] = window.banner_text
        # Another tender: cash for the whole sale.
        press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: receipts, WAIT)
        await window.wait_idle(WAIT)

    seen: dict[str, str] = {}
    arun(cashier(), timeout=30)

    assert sim.confirmations == ["DENIED"]
    assert all(t.result != "APPROVED" or t.voided for t in sim.transactions)
    (receipt,) = receipts
    assert [p.method for p in receipt.payments] == [PaymentMethod.CASH]
    (klarna,) = till.store.card_payments_for_sale(receipt.sale_id)
    assert klarna.tender is Tender.KLARNA and not klarna.state.charged
    assert "declined" in seen["banner"].lower() or "nekad" in seen["banner"].lower()


def test_without_a_klarna_terminal_shift_f11_says_so(qtbot, arun, tmp_path):
    rig = make_rig(qtbot, arun, tmp_path)
    try:

        async def cashier() -> None:
            await scan(qtbot, rig.window, "11")
            press(qtbot, rig.window, Qt.Key.Key_F11, SHIFT)
            await rig.window.wait_idle(WAIT)

        arun(cashier())
        assert "Klarna" in rig.window.banner_text
        assert dialog(rig.window, CardPaymentDialog) is None
    finally:
        close_rig(rig, arun)


def test_a_manager_unpairs_and_pairs_the_point_terminal_from_ctrl_t(qtbot, arun, till):
    window, sim = till.window, till.point_sim
    seen: dict[str, str] = {}

    async def manager() -> None:
        press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        admin = await open_dialog(window, TerminalAdminDialog)
        assert {"pair", "unpair"} <= set(admin.buttons)
        qtbot.mouseClick(admin.buttons["unpair"], Qt.MouseButton.LeftButton)
        await approve(qtbot, window)  # the first time: the PIN is set
        await admin.wait_idle(WAIT)
        seen["unpaired"] = admin.output.toPlainText()
        qtbot.mouseClick(admin.buttons["pair"], Qt.MouseButton.LeftButton)
        code = await open_dialog(window, ValueDialog)
        await type_into(qtbot, code.edit, "12")  # not the code the terminal shows
        await approve(qtbot, window)
        await admin.wait_idle(WAIT)
        seen["wrong"] = admin.message_label.text()
        qtbot.mouseClick(admin.buttons["pair"], Qt.MouseButton.LeftButton)
        code = await open_dialog(window, ValueDialog)
        await type_into(qtbot, code.edit, ENTRY_CODE)
        await approve(qtbot, window)
        await admin.wait_idle(WAIT)
        seen["paired"] = admin.output.toPlainText()
        qtbot.keyClick(admin, Qt.Key.Key_Escape)

    arun(manager(), timeout=30)

    assert "forgot" in seen["unpaired"]
    assert seen["wrong"] and "MAC_LABEL" not in seen["wrong"]
    assert "MAC_LABEL" in seen["paired"]
    label = seen["paired"].split("MAC_LABEL ")[1].rstrip(").")
    assert sim.registrations[label].reg_ver == 2
    runs = [r.data for r in till.store.journal_rows() if r.kind == "terminal_admin"]
    assert [(r["command"], r["ok"]) for r in runs] == [
        ("unpair", True),
        ("pair", False),
        ("pair", True),
    ]
    approved = [r for r in till.store.journal_rows() if r.kind == "manager_approved"]
    assert len(approved) == 3
