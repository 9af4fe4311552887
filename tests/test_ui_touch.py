"""The cashier screen driven by touch only: every press is a mouse click on a button, a quick key,
a key of the on-screen pad or a line of the cart, never a key of the keyboard. Against a real
store, the CCU simulator behind the real control-unit client, and for the card sale the LTI
terminal simulator behind the real terminal client (tests/ui_till_rig.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from shop_examples import SHOP
from ui_till_rig import close_rig, closed, make_rig, open_dialog

from till.checkout.register import Checkout
from till.core.quick_keys import QuickKey, QuickKeyGroup
from till.core.receipt import PaymentMethod
from till.core.sale import Product
from till.simulators.lti import Scenario
from till.ui.card_dialog import CardPaymentDialog
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.cashier_window import CashierWindow
from till.ui.input_dialogs import ValueDialog
from till.ui.price_dialog import PriceDialog
from till.ui.selftest import wait_for
from till.ui.weight_dialog import WeightDialog

pytestmark = pytest.mark.gui

WAIT = 10.0
LEFT = Qt.MouseButton.LeftButton
GROUPS = [
    QuickKeyGroup("Frukt", (QuickKey("Bananer", "1"),)),  # sold per kg: 24,90/kg
    QuickKeyGroup("Påsar", (QuickKey("Tygkasse", "30"),)),  # 19,00
]


@pytest.fixture
def quick_keys(monkeypatch):
    """The catalog's quick keys, before the window shows (it loads them when it shows)."""

    async def groups(self) -> list[QuickKeyGroup]:
        return GROUPS

    monkeypatch.setattr(Checkout, "quick_keys", groups)


@pytest.fixture
def rig(qtbot, arun, tmp_path, quick_keys):
    rig = make_rig(qtbot, arun, tmp_path)
    yield rig
    close_rig(rig, arun)


@pytest.fixture
def card_rig(qtbot, arun, tmp_path, quick_keys):
    rig = make_rig(qtbot, arun, tmp_path, with_terminal=True)
    yield rig
    close_rig(rig, arun)


def tap(qtbot, button: QPushButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    assert button.height() >= 48 and button.width() >= 48, button.objectName()  # a finger's
    qtbot.mouseClick(button, LEFT)


def quick_key(window, label: str) -> QPushButton:
    return next(b for b in window.quick_keys.buttons if b.label == label)


def tab(qtbot, window, name: str) -> None:
    bar = window.quick_keys.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == name)
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())


def pad_type(qtbot, dialog: QWidget, keys: str) -> None:
    names = {",": "comma"}
    for key in keys:
        tap(qtbot, dialog.pad.keys[names.get(key, key)])


async def tap_a_bag(qtbot, window) -> None:
    """The Påsar tab, then its Tygkasse key (19,00), and wait until it is rung up."""
    await wait_for("the quick keys", lambda: window.quick_keys.isVisible(), WAIT)
    tab(qtbot, window, "Påsar")
    tap(qtbot, quick_key(window, "Tygkasse"))
    await window.wait_idle(WAIT)


def ok_of(dialog: QWidget) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "OK (Enter)")


def test_a_whole_cash_sale_by_touch(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def cashier() -> None:
        await tap_a_bag(qtbot, window)
        tab(qtbot, window, "Frukt")
        tap(qtbot, quick_key(window, "Bananer"))  # per kg: the weight is asked
        weight = await open_dialog(window, WeightDialog)
        pad_type(qtbot, weight, "0,4522")
        tap(qtbot, weight.pad.keys["back"])  # one digit too many
        seen["weight"] = weight.edit.text()
        seen["amount"] = weight.result_label.text()
        tap(qtbot, weight.ok_button)
        await closed(weight)
        await window.wait_idle(WAIT)

        # A line is picked by touching it; a finger needs the row's height.
        cart = window.cart
        seen["row height"] = cart.rowHeight(0)
        qtbot.mouseClick(
            cart.viewport(), LEFT, pos=cart.visualRect(cart.model().index(0, 1)).center()
        )
        seen["selected"] = window.selected_row()

        tap(qtbot, window.action_buttons["pay_cash"])
        cash = await open_dialog(window, CashPaymentDialog)
        seen["due"] = cash.due_label.text()
        tap(qtbot, cash.pad.keys["note_500"])  # the customer hands over a 500 note
        seen["change"] = cash.change_label.text()
        tap(qtbot, cash.pay_button)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)
        seen["change figure"] = window.change_figure.text()

        tap(qtbot, quick_key(window, "Bananer"))  # the next customer: the change goes
        weight = await open_dialog(window, WeightDialog)
        seen["after next item"] = window.change_figure.text()
        tap(qtbot, weight.cancel_button)  # Esc's button: nothing is added
        await closed(weight)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=40)

    assert seen["weight"] == "0,452" and seen["amount"] == "11,25"  # 0,452 kg x 24,90
    assert seen["row height"] >= 44 and seen["selected"] == 0
    assert seen["due"] == "30,00"  # 19,00 + 11,25 = 30,25, rounded
    assert seen["change"] == "470,00"
    assert seen["change figure"] == "Change 470,00 kr"
    assert seen["after next item"] == "Change 470,00 kr"  # still: nothing rung up yet
    receipt = rig.store.receipt(SHOP.register_id, 1)
    assert [(line.name, line.quantity) for line in receipt.lines] == [
        ("Tygkasse", 1000),
        ("Bananer", 452),
    ]
    assert [(p.method, p.tendered, p.change) for p in receipt.payments] == [
        (PaymentMethod.CASH, 50000, 47000)
    ]
    assert rig.checkout.snapshot().lines == ()  # the cancelled weight added nothing
    assert window.banner_text == ""


def test_the_change_goes_when_the_next_item_is_rung_up(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        await tap_a_bag(qtbot, window)
        tap(qtbot, window.action_buttons["pay_cash"])
        cash = await open_dialog(window, CashPaymentDialog)
        tap(qtbot, cash.pad.keys["exact"])
        assert cash.tendered_edit.text() == "19,00" and cash.change_label.text() == "0,00"
        pad_type(qtbot, cash, "50")  # typed after a note key: a new amount, not 19,0050
        assert cash.tendered_edit.text() == "50"
        tap(qtbot, cash.pay_button)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)
        assert window.change_figure.text() == "Change 31,00 kr"
        tap(qtbot, quick_key(window, "Tygkasse"))
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert window.change_figure.text() == ""
    assert len(rig.checkout.snapshot().lines) == 1


def test_an_open_price_product_asks_its_price_and_escape_adds_nothing(qtbot, arun, rig):
    window, store = rig.window, rig.store
    store.upsert_products(
        [Product("50", "Blommor", 0, 25, open_price=True)], register_id=SHOP.register_id
    )
    seen: dict[str, object] = {}

    async def ring_up() -> None:
        window.entry.setText("50")
        window.add_item()
        price = await open_dialog(window, PriceDialog)
        pad_type(qtbot, price, "79,5")
        tap(qtbot, price.ok_button)
        await closed(price)
        await window.wait_idle(WAIT)
        window.entry.setText("50")
        window.add_item()
        price = await open_dialog(window, PriceDialog)
        seen["suggested"] = price.edit.text()
        tap(qtbot, price.cancel_button)
        await closed(price)
        await window.wait_idle(WAIT)

    arun(ring_up(), timeout=30)
    lines = rig.checkout.snapshot().lines
    assert [(line.name, line.unit_price) for line in lines] == [("Blommor", 7950)]
    assert seen["suggested"] == ""  # no price of its own to suggest


def test_an_explicit_weight_skips_the_dialog(qtbot, arun, rig):
    window = rig.window

    async def ring_up() -> None:
        window.entry.setText("1,234*1")
        window.add_item()
        await window.wait_idle(WAIT)

    arun(ring_up(), timeout=20)
    assert [line.quantity for line in rig.checkout.snapshot().lines] == [1234]
    assert not window.findChildren(WeightDialog)


def test_a_card_sale_by_touch(qtbot, arun, card_rig):
    window = card_rig.window

    async def cashier() -> None:
        await tap_a_bag(qtbot, window)
        tap(qtbot, window.action_buttons["pay_card"])
        card = await open_dialog(window, CardPaymentDialog)
        tap(qtbot, card.start_button)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await closed(card)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    receipt = card_rig.store.receipt(SHOP.register_id, 1)
    assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, 1900)]
    assert "paid by card" in window.last_sale_label.text()


def test_every_key_action_has_a_button_that_runs_its_handler(qtbot, arun, rig, monkeypatch):
    window = rig.window
    ran: list[str] = []
    for action in window.action_buttons:
        monkeypatch.setitem(window._handlers, action, lambda action=action: ran.append(action))
    for action, button in window.action_buttons.items():
        tap(qtbot, button)
        assert ran[-1] == action
        assert button.hint.text()  # the key, small under the word
    assert set(ran) >= {
        "pay_cash",
        "pay_card",
        "change_quantity",
        "line_discount",
        "remove_line",
        "void_sale",
        "start_return",
        "print_copy",
        "x_report",
        "z_report",
        "search_product",
        "help",
    }
    assert "pay_klarna" not in window.action_buttons  # this till takes no Klarna


def test_no_quick_keys_take_no_space(qtbot, arun, tmp_path):
    rig = make_rig(qtbot, arun, tmp_path)  # Checkout.quick_keys as it is: none yet
    try:
        assert not rig.window.quick_keys.isVisible() and rig.window.quick_keys.buttons == []
    finally:
        close_rig(rig, arun)


def test_a_part_card_payment_makes_the_big_figure_what_is_still_to_pay(qtbot, arun, card_rig):
    window = card_rig.window
    card_rig.terminal.scenario = Scenario.PARTIAL  # the card covers half
    seen: dict[str, str] = {}

    async def cashier() -> None:
        await tap_a_bag(qtbot, window)
        seen["before"] = f"{window.total_caption.text()} {window.total_label.text()}"
        tap(qtbot, window.action_buttons["pay_card"])
        card = await open_dialog(window, CardPaymentDialog)
        tap(qtbot, card.start_button)
        await closed(card)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert seen["before"] == "TOTAL 19,00"
    assert card_rig.checkout.snapshot().paid == 950
    assert (window.total_caption.text(), window.total_label.text()) == ("STILL TO PAY", "9,50")


def test_a_restored_sale_is_said_at_start(qtbot, arun, rig):
    window = CashierWindow(rig.checkout, title="till test", restored_sale=True)
    qtbot.addWidget(window)

    async def start() -> None:
        window.show()
        await window.wait_idle(WAIT)

    arun(start())
    try:
        assert window.banner_text == "The open sale from before the restart is restored."
        assert rig.window.banner_text == ""  # a till that restored nothing says nothing
    finally:
        window.tasks.cancel_all()


def test_klarna_has_its_button_where_the_till_takes_it(qtbot, arun, tmp_path, monkeypatch):
    rig = make_rig(qtbot, arun, tmp_path, with_point=True)
    try:
        window = rig.window
        ran: list[str] = []
        monkeypatch.setitem(window._handlers, "pay_klarna", lambda: ran.append("klarna"))
        tap(qtbot, window.action_buttons["pay_klarna"])
        assert ran == ["klarna"]
        assert window.action_buttons["pay_klarna"].hint.text() == "Shift+F11"
    finally:
        close_rig(rig, arun)


def test_quantity_and_discount_by_touch(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        await tap_a_bag(qtbot, window)
        tap(qtbot, window.action_buttons["change_quantity"])
        quantity = await open_dialog(window, ValueDialog)
        pad_type(qtbot, quantity, "3")  # replaces the "1" shown, as typing does
        tap(qtbot, ok_of(quantity))
        await closed(quantity)
        await window.wait_idle(WAIT)
        tap(qtbot, window.action_buttons["line_discount"])
        discount = await open_dialog(window, ValueDialog)
        pad_type(qtbot, discount, "5,5")
        tap(qtbot, ok_of(discount))
        await closed(discount)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    (line,) = rig.checkout.snapshot().lines
    assert (line.quantity, line.discount) == (3000, 550)
