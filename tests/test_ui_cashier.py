"""The cashier screen driven by the keyboard, the way a cashier does, against a real store,
a real control-unit client and the CCU simulator on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shop_examples import PRODUCTS, SHOP

from till.about import version
from till.adapters.control_unit import ControlUnitClient
from till.adapters.print_spooler import ReceiptSpooler
from till.checkout.register import Checkout
from till.core.sale import Product
from till.protocols.ccu.errors import REJECTED
from till.simulators.ccu import CcuSimulator, FailureMode
from till.store import TillStore
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.cashier_window import CashierWindow
from till.ui.help_dialog import HelpDialog
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.product_search import ProductSearchDialog
from till.ui.receipt_view import ReceiptPreview
from till.ui.selftest import run_selftest, wait_for
from till.ui.texts import say

pytestmark = pytest.mark.gui

# The cashier screen sells one more than the demo catalogue (rung up and removed again).
COFFEE = Product("40", "Kaffe mellanrost 500 g", 5990, 12, barcode="7310050001234")
WAIT = 10.0


@dataclass
class Till:
    window: CashierWindow
    checkout: Checkout
    store: TillStore
    simulator: CcuSimulator
    receipts_dir: Path


def make_till(qtbot, arun, tmp_path: Path, *, printer: ReceiptSpooler | None = None) -> Till:
    simulator = CcuSimulator(delay=2.0)
    port = arun(simulator.start())
    store = TillStore.open(tmp_path / "till.db")
    store.upsert_products([*PRODUCTS, COFFEE], register_id=SHOP.register_id)
    client = ControlUnitClient(
        "127.0.0.1", port, application_id="till-ui-test", connect_timeout=1.0, answer_timeout=1.0
    )
    receipts_dir = tmp_path / "receipts"
    checkout = Checkout(
        store=store,
        control_unit=client,
        shop=SHOP,
        printer=printer or ReceiptSpooler(pdf_dir=receipts_dir),
    )
    window = CashierWindow(checkout, title="till test")
    qtbot.addWidget(window)
    window.show()
    return Till(window, checkout, store, simulator, receipts_dir)


def close_till(till: Till, arun) -> None:
    till.window.tasks.cancel_all()  # a dialog a failed test left open
    arun(till.checkout.close())
    arun(till.checkout.printer.close())  # ends the print worker process
    till.store.close()
    arun(till.simulator.stop())


@pytest.fixture
def till(qtbot, arun, tmp_path) -> Iterator[Till]:
    rig = make_till(qtbot, arun, tmp_path)
    yield rig
    close_till(rig, arun)


# -- driving the screen like a cashier --------------------------------------------------------


def dialog(window: QWidget, kind: type) -> QWidget | None:
    """The visible dialog of that kind, if one is open."""
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


async def open_dialog(window: CashierWindow, kind: type) -> QWidget:
    return await wait_for(kind.__name__, lambda: dialog(window, kind), WAIT)


async def scan(qtbot, window: CashierWindow, text: str) -> None:
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    await window.wait_idle(WAIT)


async def press(qtbot, window: CashierWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.entry, key)


def cart_names(window: CashierWindow) -> list[str]:
    model = window.cart_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def selected_name(window: CashierWindow) -> str | None:
    line = window.selected_line()
    return line.name if line else None


# -- the GUI test ----------------------------------------------------------------------


def test_a_sale_rung_up_with_the_keyboard_and_paid_in_cash(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await scan(qtbot, window, "7310865004703")  # barcode: Mjölk 21,50
        await scan(qtbot, window, "3*30")  # PLU with a quantity: 3 x 19,00
        assert window.cart_model.index(1, 2).data() == "3"

        await press(qtbot, window, Qt.Key.Key_F2)  # search by name
        search = await open_dialog(window, ProductSearchDialog)
        qtbot.keyClicks(search.query_edit, "tidn")
        await wait_for("search results", lambda: search.results.count() > 0, WAIT)
        qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)
        assert cart_names(window) == ["Mjölk 1,5 l", "Tygkasse", "Dagstidning"]

        await scan(qtbot, window, "40")  # one too many ...
        assert selected_name(window) == "Kaffe mellanrost 500 g"
        await press(qtbot, window, Qt.Key.Key_Up)
        await press(qtbot, window, Qt.Key.Key_Up)
        assert selected_name(window) == "Tygkasse"
        await press(qtbot, window, Qt.Key.Key_Down)
        await press(qtbot, window, Qt.Key.Key_Down)
        assert selected_name(window) == "Kaffe mellanrost 500 g"
        await press(qtbot, window, Qt.Key.Key_Delete)  # ... removed again
        await window.wait_idle(WAIT)
        assert cart_names(window) == ["Mjölk 1,5 l", "Tygkasse", "Dagstidning"]
        assert window.total_label.text() == "113,50"

        await press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        assert cash.rounding_label.text() == "0,50" and cash.due_label.text() == "114,00"
        qtbot.keyClicks(cash.tendered_edit, "200")
        assert cash.change_label.text() == "86,00"
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)

    receipt = till.store.receipt(SHOP.register_id, 1)
    assert receipt is not None
    assert len(receipt.control.code) == 59
    assert receipt.total == 11350 and receipt.to_pay == 11400
    assert [line.name for line in receipt.lines] == ["Mjölk 1,5 l", "Tygkasse", "Dagstidning"]
    assert receipt.payments[0].tendered == 20000 and receipt.payments[0].change == 8600
    assert window.cart_model.rowCount() == 0 and till.checkout.snapshot().lines == ()
    assert window.total_label.text() == "0,00"
    assert "86,00" in window.last_sale_label.text()
    assert window.banner_text == ""
    assert (till.receipts_dir / f"receipt-{SHOP.register_id}-1.pdf").exists()
    assert window.control_unit_label.property("state") == "online"


def test_a_control_unit_error_is_shown_and_the_sale_stays_open(qtbot, arun, till):
    window = till.window
    till.simulator.mode = FailureMode.HTTP_920

    async def cashier() -> None:
        await scan(qtbot, window, "11")
        await scan(qtbot, window, "2*20")
        await press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)  # empty: the exact amount
        await wait_for("the error banner", lambda: window.banner_text, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)

    assert window.banner.isVisible()
    assert window.banner.property("level") == "error"
    assert window.banner_text.startswith(say(REJECTED[920]))  # HTTP 920, in the screen words
    assert cart_names(window) == ["Mjölk 1,5 l", "Dagstidning"]
    assert till.checkout.snapshot().total == 9150
    assert till.store.receipt(SHOP.register_id, 1) is None
    assert window.control_unit_label.property("state") == "offline"
    assert window.entry.hasFocus() or not window.isActiveWindow()

    till.simulator.mode = FailureMode.OK

    async def retry() -> None:
        await press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(retry(), timeout=30)
    assert window.banner_text == ""  # cleared by the successful payment
    assert till.store.receipt(SHOP.register_id, 1) is not None
    assert window.cart_model.rowCount() == 0


def test_an_unknown_code_shows_an_error_that_the_next_scan_clears(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await scan(qtbot, window, "999")
        assert "999" in window.banner_text
        assert window.entry.text() == ""  # ready for the next scan
        await scan(qtbot, window, "11")

    arun(cashier())
    assert window.banner_text == ""
    assert cart_names(window) == ["Mjölk 1,5 l"]


def test_quantity_and_discount_keys_change_the_selected_line(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await scan(qtbot, window, "30")
        await scan(qtbot, window, "1,000*1")  # bananas, by weight (no weight: it is asked)
        await press(qtbot, window, Qt.Key.Key_F4)
        quantity = await open_dialog(window, ValueDialog)
        assert quantity.edit.text() == "1,000"
        quantity.edit.clear()
        qtbot.keyClicks(quantity.edit, "abc")
        qtbot.keyClick(quantity.edit, Qt.Key.Key_Return)
        assert quantity.isVisible() and quantity.message_label.text()  # refused in place
        quantity.edit.clear()
        qtbot.keyClicks(quantity.edit, "1,250")
        qtbot.keyClick(quantity.edit, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)
        assert window.cart_model.index(1, 2).data() == "1,250 kg"

        await press(qtbot, window, Qt.Key.Key_Up)
        await press(qtbot, window, Qt.Key.Key_F6)
        discount = await open_dialog(window, ValueDialog)
        qtbot.keyClicks(discount.edit, "5")
        qtbot.keyClick(discount.edit, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)

    arun(cashier())
    lines = till.checkout.snapshot().lines
    assert lines[0].discount == 500 and lines[0].amount == 1400
    assert lines[1].quantity == 1250 and lines[1].amount == 3113
    assert window.cart_model.index(0, 4).data() == "-5,00"
    assert window.total_label.text() == "45,13"


def test_escape_clears_the_entry_and_cancels_a_dialog(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        qtbot.keyClicks(window.entry, "12345")
        await press(qtbot, window, Qt.Key.Key_Escape)
        assert window.entry.text() == ""
        await scan(qtbot, window, "11")
        await press(qtbot, window, Qt.Key.Key_F4)
        quantity = await open_dialog(window, ValueDialog)
        qtbot.keyClick(quantity.edit, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier())
    assert till.checkout.snapshot().lines[0].quantity == 1000


def test_void_asks_first_and_then_empties_the_sale(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await scan(qtbot, window, "11")
        await scan(qtbot, window, "20")
        await press(qtbot, window, Qt.Key.Key_F9)
        confirm = await open_dialog(window, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Escape)  # changed their mind
        await window.wait_idle(WAIT)
        assert window.cart_model.rowCount() == 2

        await press(qtbot, window, Qt.Key.Key_F9)
        confirm = await open_dialog(window, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)

    arun(cashier())
    assert window.cart_model.rowCount() == 0
    assert window.last_sale_label.text() == "Sale voided"
    assert till.store.load_open_sale(SHOP.register_id) is None
    kinds = [row.kind for row in till.store.journal_rows()]
    assert any("void" in kind for kind in kinds), kinds


def test_paying_an_empty_sale_opens_no_dialog(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await press(qtbot, window, Qt.Key.Key_F12)
        await window.wait_idle(WAIT)

    arun(cashier())
    assert "nothing to pay" in window.banner_text
    assert dialog(window, CashPaymentDialog) is None


def test_the_last_receipt_is_shown_on_screen(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await press(qtbot, window, Qt.Key.Key_F10)
        await window.wait_idle(WAIT)
        assert "no receipt" in window.banner_text

        await run_selftest(window, codes=["11", "2*30"], tendered="100")
        await press(qtbot, window, Qt.Key.Key_F10)
        preview = await open_dialog(window, ReceiptPreview)
        text = preview.paper_widget.text()
        assert "Kvitto nr 1" in text and "Kontrollenhet ISCCUSE0000000000" in text
        assert "Mottaget" in text and "100,00" in text
        qtbot.keyClick(preview, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert dialog(window, ReceiptPreview) is None


def test_help_lists_the_keys_and_the_version(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await press(qtbot, window, Qt.Key.Key_F1)
        help_dialog = await open_dialog(window, HelpDialog)
        about = help_dialog.findChild(QWidget, "aboutLabel")
        assert version() in about.text()  # the build's own (setuptools-scm), not a fixed one
        qtbot.keyClick(help_dialog, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier())


def test_the_selftest_pays_a_sale_through_the_widgets(qtbot, arun, till):
    receipt = arun(
        run_selftest(till.window, codes=["7310865004703", "3*30", "1,250*1"]), timeout=30
    )
    assert receipt.sequence_number == 1 and len(receipt.control.code) == 59
    assert receipt.total == 10963 and receipt.to_pay == 11000
    assert receipt.payments[0].change == 0  # empty tendered: the exact amount
    assert till.store.receipt(SHOP.register_id, 1) == receipt


def test_a_printer_failure_is_a_warning_and_the_receipt_is_kept(qtbot, arun, tmp_path):
    rig = make_till(qtbot, arun, tmp_path, printer=ReceiptSpooler(printer_name="no-such"))
    try:
        receipt = arun(run_selftest(rig.window, codes=["11"], tendered="50"), timeout=30)
        assert rig.store.receipt(SHOP.register_id, 1) == receipt
        assert rig.window.banner.property("level") == "warning"
        assert "not printed" in rig.window.banner_text and "no-such" in rig.window.banner_text
    finally:
        close_till(rig, arun)


def test_window_shortcuts_fire_once_when_the_window_is_active(qtbot, arun, till):
    window = till.window
    window.activateWindow()
    qtbot.waitActive(window)
    opened: list[int] = []
    action = window.shortcut_actions["void_sale"]
    action.triggered.connect(lambda: opened.append(1))

    async def cashier() -> None:
        await scan(qtbot, window, "11")
        assert window.isActiveWindow()
        await press(qtbot, window, Qt.Key.Key_F9)
        confirm = await open_dialog(window, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier())
    assert window.isActiveWindow()
    assert opened == [1]  # the QAction took F9; the entry line did not handle it again
    assert window.cart_model.rowCount() == 1


def test_removing_a_middle_line_selects_its_neighbour(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        for code in ("11", "20", "30"):
            await scan(qtbot, window, code)
        await press(qtbot, window, Qt.Key.Key_Up)
        await press(qtbot, window, Qt.Key.Key_Delete)
        await window.wait_idle(WAIT)

    arun(cashier())
    assert cart_names(window) == ["Mjölk 1,5 l", "Tygkasse"]
    assert selected_name(window) == "Tygkasse"
