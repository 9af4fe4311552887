"""Returns through the cashier screen, by keyboard: against a receipt (its barcode scanned, a
line picked, a quantity typed) paid back in cash, and without a receipt paid back to the card;
the manager approves each with the PIN typed into the real dialog."""

from __future__ import annotations

from collections.abc import Iterator

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
    dialog,
    journal_kinds,
    make_rig,
    open_dialog,
    press,
    scan,
    type_into,
)

from till.checkout.returns import RETURN_MORE_THAN_LEFT
from till.core.receipt import PaymentMethod
from till.core.sale import ReceiptRef, SaleKind
from till.protocols.lti import FinancialTrxRequest
from till.ui.card_dialog import CardPaymentDialog
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.manager_dialog import ManagerPinDialog
from till.ui.receipt_view import ReceiptPreview
from till.ui.return_dialog import ReturnDialog, ReturnLinesDialog
from till.ui.selftest import wait_for
from till.ui.texts import say

pytestmark = pytest.mark.gui

REGISTER = SHOP.register_id


def panel_rows(window) -> list[tuple[str, ...]]:
    model = window.returnable_model
    return [
        tuple(model.index(row, col).data() for col in range(4)) for row in range(model.rowCount())
    ]


async def take_back(qtbot, window, *, down: int, quantity: str) -> None:
    """In the open ReturnLinesDialog: ↓ `down` times, Enter, the quantity, Enter."""
    lines = await open_dialog(window, ReturnLinesDialog)
    for _ in range(down):
        qtbot.keyClick(lines.table, Qt.Key.Key_Down)
    qtbot.keyClick(lines.table, Qt.Key.Key_Return)
    amount = await open_dialog(window, ValueDialog)
    amount.edit.selectAll()
    await type_into(qtbot, amount.edit, quantity)
    await window.wait_idle(WAIT)


def test_a_return_against_a_scanned_receipt_paid_back_in_cash(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        await cash_sale(qtbot, window, "3*30", "11", "20")  # 57,00 + 21,50 + 35,00
        sold = window.last_receipt
        assert sold is not None and sold.sequence_number == 1
        assert not window.return_shown

        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        await type_into(qtbot, ret.receipt_edit, sold.ref.code)  # the barcode, scanned
        pin = await approve(qtbot, window)  # the first manager action sets the PIN
        seen["first_time"] = pin.first_time

        lines = await open_dialog(window, ReturnLinesDialog)
        seen["picker"] = [
            tuple(lines.model.index(r, c).data() for c in range(4))
            for r in range(lines.model.rowCount())
        ]
        qtbot.keyClick(lines.table, Qt.Key.Key_Down)
        qtbot.keyClick(lines.table, Qt.Key.Key_Up)  # back to the bags
        qtbot.keyClick(lines.table, Qt.Key.Key_Return)
        amount = await open_dialog(window, ValueDialog)
        seen["default"] = amount.edit.text()  # all that can come back
        await type_into(qtbot, amount.edit, "1")
        await window.wait_idle(WAIT)

        seen["strip"] = window.mode_strips["return"].text()
        seen["caption"] = window.total_caption.text()
        seen["total"] = window.total_label.text()
        seen["panel"] = panel_rows(window)

        press(qtbot, window, Qt.Key.Key_F12)
        confirm = await open_dialog(window, ConfirmDialog)
        seen["question"] = confirm.findChild(type(window.banner)).text()
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
        await wait_for("the return receipt", lambda: window.last_receipt is not sold, WAIT)
        await window.wait_idle(WAIT)

        press(qtbot, window, Qt.Key.Key_F10)  # the return receipt on screen, barcode and all
        preview = await open_dialog(window, ReceiptPreview)
        paper = preview.paper_widget.paper
        seen["preview bars"] = [row.text for row in paper.rows if row.barcode]
        seen["preview"] = paper.text()
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
        await closed(preview)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=40)

    assert seen["first_time"] is True
    assert seen["picker"] == [
        ("1", "Tygkasse", "3", "3"),
        ("2", "Mjölk 1,5 l", "1", "1"),
        ("3", "Dagstidning", "1", "1"),
    ]
    assert seen["default"] == "3"
    assert "RETUR mot kvitto 1" in seen["strip"]
    assert seen["caption"] == "TO PAY BACK" and seen["total"] == "19,00"
    assert seen["panel"][0] == ("1", "Tygkasse", "3", "2")
    assert "19,00" in seen["question"]

    returned = rig.store.receipt(REGISTER, 2)
    assert returned is not None and returned.kind is SaleKind.RETURN
    assert returned.original == ReceiptRef(REGISTER, 1)
    assert returned.total == -1900
    assert [(p.method, p.amount) for p in returned.payments] == [(PaymentMethod.CASH, -1900)]
    assert [(line.name, line.quantity) for line in returned.lines] == [("Tygkasse", 1000)]
    drawer = [r.data for r in rig.store.journal_rows() if r.kind == "drawer_opened"]
    assert drawer[-1]["reason"] == "cash refund"
    assert "manager_approved" in journal_kinds(rig)
    assert (rig.receipts_dir / f"receipt-{REGISTER}-2.pdf").exists()

    assert seen["preview bars"] == [f"R-{REGISTER}-2"]
    assert "Retur av kvitto nr 1" in seen["preview"] and "Kontant återbetalt" in seen["preview"]
    assert "hand over 19,00" in window.last_sale_label.text()
    assert not window.return_shown and not window.return_panel.isVisibleTo(window)
    assert window.total_caption.text() == "TOTAL" and window.banner_text == ""


def test_more_than_is_left_is_refused_and_f9_cancels_the_return(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        await cash_sale(qtbot, window, "3*30", "11")
        first = window.last_receipt

        # The first return takes two bags back by scanning them.
        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        await type_into(qtbot, ret.receipt_edit, "1")  # the number, typed
        await approve(qtbot, window)
        lines = await open_dialog(window, ReturnLinesDialog)
        qtbot.keyClick(lines.table, Qt.Key.Key_Escape)  # scan instead
        await window.wait_idle(WAIT)
        await scan(qtbot, window, "30")
        await scan(qtbot, window, "30")
        seen["scanned"] = panel_rows(window)[0]
        press(qtbot, window, Qt.Key.Key_F12)
        qtbot.keyClick(await open_dialog(window, ConfirmDialog), Qt.Key.Key_Return)
        await wait_for("the return receipt", lambda: window.last_receipt is not first, WAIT)
        await window.wait_idle(WAIT)

        # The second return asks for more bags than are left.
        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        await type_into(qtbot, ret.receipt_edit, first.ref.code)
        pin = await approve(qtbot, window)
        seen["second_pin_first_time"] = pin.first_time
        lines = await open_dialog(window, ReturnLinesDialog)
        seen["left"] = lines.model.index(0, 3).data()
        await take_back(qtbot, window, down=0, quantity="2")
        seen["refused"] = window.banner_text
        seen["lines after refusal"] = len(rig.checkout.snapshot().lines)

        await scan(qtbot, window, "11")  # the milk comes back instead ...
        press(qtbot, window, Qt.Key.Key_F9)  # ... then the customer changes their mind
        confirm = await open_dialog(window, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
        await closed(confirm)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=60)

    assert seen["scanned"] == ("1", "Tygkasse", "3", "1")
    assert seen["second_pin_first_time"] is False
    assert seen["left"] == "1"
    # the Message, said in the screen's language
    assert seen["refused"] == say(RETURN_MORE_THAN_LEFT, quantity="1", name="Tygkasse")
    assert seen["lines after refusal"] == 0
    assert rig.store.receipt(REGISTER, 2).total == -3800
    assert rig.store.receipt(REGISTER, 3) is None  # the cancelled return registered nothing
    assert rig.checkout.snapshot().kind is SaleKind.SALE
    assert not window.return_shown and window.last_sale_label.text() == "Return cancelled"


def test_f9_cancels_a_return_with_nothing_taken_back_yet(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        qtbot.keyClick(ret.receipt_edit, Qt.Key.Key_F3)
        await approve(qtbot, window)
        await window.wait_idle(WAIT)
        assert window.return_shown
        press(qtbot, window, Qt.Key.Key_F9)
        qtbot.keyClick(await open_dialog(window, ConfirmDialog), Qt.Key.Key_Return)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert window.banner_text == "", window.banner_text
    assert rig.checkout.snapshot().kind is SaleKind.SALE and not window.return_shown
    assert window.last_sale_label.text() == "Return cancelled"


def test_a_return_needs_the_manager(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11")
        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        await type_into(qtbot, ret.receipt_edit, "1")
        pin = await open_dialog(window, ManagerPinDialog)
        qtbot.keyClick(pin.pin_edit, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert "not done: return needs a manager" in window.banner_text.lower()
    assert rig.checkout.snapshot().kind is SaleKind.SALE and not window.return_shown
    assert dialog(window, ReturnLinesDialog) is None


def test_the_return_dialog_refuses_what_is_no_receipt_number(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        await type_into(qtbot, ret.receipt_edit, "")
        assert ret.isVisible() and "F3" in ret.message_label.text()
        await type_into(qtbot, ret.receipt_edit, "kvitto")
        assert ret.isVisible() and "not a receipt number" in ret.message_label.text()
        qtbot.keyClick(ret.receipt_edit, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert window.banner_text == "" and rig.checkout.snapshot().kind is SaleKind.SALE


@pytest.fixture
def card_rig(qtbot, arun, tmp_path) -> Iterator[Rig]:
    till = make_rig(qtbot, arun, tmp_path, with_terminal=True)
    yield till
    close_rig(till, arun)


def test_a_return_without_a_receipt_paid_back_to_the_card(qtbot, arun, card_rig):
    rig = card_rig
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        press(qtbot, window, Qt.Key.Key_R, CTRL)
        ret = await open_dialog(window, ReturnDialog)
        qtbot.keyClick(ret.receipt_edit, Qt.Key.Key_F3)  # without a receipt
        await approve(qtbot, window)
        await window.wait_idle(WAIT)
        seen["strip"] = window.mode_strips["return"].text()
        seen["panel"] = window.return_panel.isVisibleTo(window)
        await scan(qtbot, window, "11")
        await scan(qtbot, window, "20")
        seen["total"] = window.total_label.text()
        press(qtbot, window, Qt.Key.Key_F11)
        card = await open_dialog(window, CardPaymentDialog)
        seen["title"] = card.windowTitle()
        await wait_for(
            "the card dialog to close", lambda: dialog(window, CardPaymentDialog) is None, WAIT
        )
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=40)

    assert "RETUR utan kvitto" in seen["strip"] and seen["panel"] is False
    assert seen["total"] == "56,50" and "56,50" in seen["title"]
    credits = [r for r in rig.terminal.received if isinstance(r, FinancialTrxRequest)]
    assert [(r.trx_data.transaction_type, r.trx_data.amount) for r in credits] == [(4, 5650)]
    returned = rig.store.receipt(REGISTER, 1)
    assert returned is not None and returned.kind is SaleKind.RETURN
    assert returned.original is None and returned.total == -5650
    assert [(p.method, p.amount) for p in returned.payments] == [(PaymentMethod.CARD, -5650)]
    assert "paid back to the card" in window.last_sale_label.text()
    assert window.banner_text == "" and not window.return_shown
