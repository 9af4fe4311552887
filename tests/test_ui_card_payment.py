"""Card payments driven through the cashier screen with the keyboard, against a real store, the
CCU simulator behind the real control-unit client, and the LTI terminal simulator behind the
real terminal client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from shop_examples import SHOP
from ui_till_rig import Rig, close_rig, make_rig

from till.checkout.card_tender import NO_CARD_TERMINAL
from till.core.card import CardPaymentState
from till.core.receipt import PaymentMethod
from till.protocols.lti import (
    ERROR_MESSAGES,
    AbortCardEntryNotification,
    FinancialTrxRequest,
    ReprintReceiptRequest,
    ReversalRequest,
    TimeoutNotification,
)
from till.simulators.ccu import FailureMode
from till.simulators.lti import LtiSimulator, Scenario
from till.ui import sound
from till.ui.card_dialog import CardPaymentDialog
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.cashier_window import CardState, CashierWindow
from till.ui.confirmation_dialog import ConfirmationDialog
from till.ui.input_dialogs import ConfirmDialog
from till.ui.selftest import wait_for
from till.ui.settle_dialog import SettleDialog
from till.ui.terminal_display import Screen
from till.ui.texts import say

pytestmark = pytest.mark.gui

WAIT = 5.0
POS_ID = "EP01AB0101330001"


CardTill = Rig  # the shared cashier-window rig, with a terminal (tests/ui_till_rig.py)


def make_card_till(
    qtbot, arun, tmp_path: Path, *, with_terminal: bool = True, response_timeout: float = 3.0
) -> CardTill:
    return make_rig(
        qtbot, arun, tmp_path, with_terminal=with_terminal, response_timeout=response_timeout
    )


close_card_till = close_rig


@pytest.fixture
def till(qtbot, arun, tmp_path) -> Iterator[CardTill]:
    rig = make_card_till(qtbot, arun, tmp_path)
    yield rig
    close_card_till(rig, arun)


# -- driving the screen like a cashier --------------------------------------------------------


def dialog(window, kind: type):
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


async def open_dialog(window, kind: type):
    return await wait_for(kind.__name__, lambda: dialog(window, kind), WAIT)


async def scan(qtbot, window: CashierWindow, text: str) -> None:
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    await window.wait_idle(WAIT)


def press(qtbot, window: CashierWindow, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.entry, key, modifier)


async def start_card_payment(qtbot, window: CashierWindow, amount: str = "") -> CardPaymentDialog:
    """F11, optionally a smaller amount, Enter: the terminal starts."""
    press(qtbot, window, Qt.Key.Key_F11)
    card = await open_dialog(window, CardPaymentDialog)
    if amount:
        card.amount_edit.clear()
        qtbot.keyClicks(card.amount_edit, amount)
    qtbot.keyClick(card.amount_edit, Qt.Key.Key_Return)
    await wait_for("the payment to start", lambda: gone(card) or card.running, WAIT)
    return card


def gone(widget) -> bool:
    """Closed and deleted (the window deletes a dialog once it is done with it)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


async def finished(window: CashierWindow) -> None:
    await wait_for(
        "the card dialog to close", lambda: dialog(window, CardPaymentDialog) is None, WAIT
    )
    await window.wait_idle(WAIT)


def requests_of(sim: LtiSimulator, kind: type) -> list:
    return [r for r in sim.received if isinstance(r, kind)]


def aborts(sim: LtiSimulator) -> list[str | None]:
    """The abortCode of every abortCardEntryNotification, as on the wire (6.18.1)."""
    return [
        m.abort_code for m in sim.till_device_messages if isinstance(m, AbortCardEntryNotification)
    ]


# -- the GUI test ----------------------------------------------------------------------


def test_a_card_sale_with_a_confirmation_answered_through_the_dialog(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.CONFIRM
    seen: dict[str, str] = {}

    async def cashier() -> None:
        await scan(qtbot, window, "11")  # Mjölk 21,50
        await scan(qtbot, window, "2*30")  # 2 x Tygkasse 19,00
        press(qtbot, window, Qt.Key.Key_F11)
        card = await open_dialog(window, CardPaymentDialog)
        assert card.amount_edit.text() == "59,50"  # all that is due
        qtbot.keyClick(card.amount_edit, Qt.Key.Key_Return)

        confirm = await open_dialog(window, ConfirmationDialog)
        seen["lines"] = confirm.lines_label.text()
        seen["countdown"] = confirm.countdown_label.text()
        await wait_for("the PIN prompt", lambda: "PIN" in card.cardholder_label.text(), WAIT)
        seen["attendant"] = card.attendant_label.text()
        seen["status"] = card.status_label.text()
        qtbot.keyClick(confirm, Qt.Key.Key_Return)  # yes
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await finished(window)

    arun(cashier(), timeout=15)

    assert seen["lines"] == "Belopp SEK 59,50 OK?"
    assert seen["countdown"] == "30 s left to answer"  # timeout 30 + reminder 0
    assert seen["attendant"] == "Väntar på kort\nSEK 59,50"  # the attendant's, apart
    assert seen["status"] == "Card inserted (chip)"
    assert sim.confirmation_answers == [1]
    assert len(requests_of(sim, FinancialTrxRequest)) == 1

    receipt = till.store.receipt(SHOP.register_id, 1)
    assert receipt is not None and len(receipt.control.code) == 59
    assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, 5950)]
    slip = receipt.payments[0].card
    assert "***Cardholder Receipt***" in slip.cardholder_receipt
    assert "SEK : 59.50" in slip.cardholder_receipt
    assert dialog(window, CardPaymentDialog) is None
    assert window.banner_text == "" and window.cart_model.rowCount() == 0
    assert "paid by card" in window.last_sale_label.text()


# -- confirmation answered no, or not at all ---------------------------------------------------


def test_a_confirmation_answered_no_declines_and_the_sale_stays_open(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.CONFIRM

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        await start_card_payment(qtbot, window)
        confirm = await open_dialog(window, ConfirmationDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_N)
        await finished(window)

    arun(cashier(), timeout=15)
    assert sim.confirmation_answers == [0]
    assert window.banner.property("level") == "error"
    assert window.banner_text == say(ERROR_MESSAGES["TRM.PT.0002"])  # the code's Message
    assert till.checkout.snapshot().lines and till.checkout.snapshot().due == 3500
    assert till.store.receipt(SHOP.register_id, 1) is None
    assert window.card_state == CardState.NONE and not window.card_panel.isVisible()


def test_an_unanswered_confirmation_reminds_once_then_closes_by_itself(
    qtbot, arun, till, monkeypatch
):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.CONFIRM
    sim.confirmation_timeout, sim.confirmation_timeout_reminder = 1, 1
    reminders: list[int] = []
    monkeypatch.setattr(sound, "play_reminder", lambda: reminders.append(1))
    flashed: list[int] = []

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        await start_card_payment(qtbot, window)
        confirm = await open_dialog(window, ConfirmationDialog)
        assert confirm.countdown_label.text() == "2 s left to answer"
        await wait_for("the reminder", lambda: reminders, WAIT)
        flashed.append(confirm.flash_count)
        await wait_for("the question to go", lambda: gone(confirm), WAIT)
        await finished(window)

    arun(cashier(), timeout=15)
    assert reminders == [1] and flashed == [1]
    assert sim.confirmation_timeouts == 1 and sim.confirmation_answers == []
    assert any(isinstance(m, TimeoutNotification) for m in sim.till_device_messages)
    assert dialog(window, ConfirmationDialog) is None
    assert window.banner.property("level") == "error"
    assert till.checkout.snapshot().due == 3500  # not paid, still open


# -- cancelling the card entry -----------------------------------------------------------------


def test_escape_stops_the_terminal_waiting_for_the_card(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.NO_CARD

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        card = await start_card_payment(qtbot, window)
        await wait_for("the terminal to wait", lambda: "kort" in card.attendant_label.text(), WAIT)
        qtbot.keyClick(card, Qt.Key.Key_Escape)
        await finished(window)

    arun(cashier(), timeout=15)
    assert aborts(sim) == ["01"]
    assert window.banner.property("level") == "warning"
    assert "cancelled" in window.banner_text
    assert till.checkout.snapshot().due == 3500 and dialog(window, CashPaymentDialog) is None


def test_f12_in_the_card_dialog_stops_the_terminal_and_takes_cash(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.NO_CARD

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        card = await start_card_payment(qtbot, window)
        await wait_for("the terminal to wait", lambda: "kort" in card.attendant_label.text(), WAIT)
        qtbot.keyClick(card, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        assert dialog(window, CardPaymentDialog) is None
        qtbot.keyClicks(cash.tendered_edit, "50")
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=15)
    assert aborts(sim) == ["02"]
    receipt = till.store.receipt(SHOP.register_id, 1)
    assert [(p.method, p.change) for p in receipt.payments] == [(PaymentMethod.CASH, 1500)]


# -- split tender and partial approval --------------------------------------------------------


def test_split_tender_card_then_cash_makes_one_receipt(qtbot, arun, till):
    window = till.window
    due: dict[str, str] = {}

    async def cashier() -> None:
        await scan(qtbot, window, "11")
        await scan(qtbot, window, "20")  # 21,50 + 35,00 = 56,50
        await start_card_payment(qtbot, window, "20")
        await finished(window)
        due["banner"] = window.banner_text
        due["paid"] = window.paid_label.text()
        due["still"] = window.still_due_label.text()
        press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        due["cash"] = cash.due_label.text()
        due["title"] = cash.windowTitle()
        qtbot.keyClicks(cash.tendered_edit, "40")
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=15)
    assert due["banner"] == "Card approved 20,00 kr; 36,50 kr still due."
    assert due["paid"].endswith("20,00") and due["still"].endswith("36,50")
    assert due["cash"] == "37,00"  # the rest, rounded to whole kronor
    assert "the rest after the card" in due["title"]
    receipt = till.store.receipt(SHOP.register_id, 1)
    assert [(p.method, p.amount) for p in receipt.payments] == [
        (PaymentMethod.CARD, 2000),
        (PaymentMethod.CASH, 3700),
    ]
    assert receipt.payments[1].change == 300
    assert till.store.receipt(SHOP.register_id, 2) is None
    assert not window.paid_label.isVisible() and not window.card_panel.isVisible()


def test_a_partial_approval_leaves_the_rest_due(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.PARTIAL

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        await scan(qtbot, window, "30")  # 35,00 + 19,00
        await start_card_payment(qtbot, window)
        await finished(window)

    arun(cashier(), timeout=15)
    assert window.banner_text == "Card approved only 27,00 kr of 54,00 kr; 27,00 kr still due."
    assert window.still_due_label.isVisible() and window.still_due_label.text().endswith("27,00")
    assert window.card_state == CardState.PARTIAL and window.card_panel.isVisible()
    assert till.checkout.snapshot().due == 2700
    assert till.store.receipt(SHOP.register_id, 1) is None


# -- unknown outcome: locked, settled -----------------------------------------------------------


def test_a_lost_answer_locks_the_sale_until_the_terminal_is_asked_again(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.DROP_BEFORE_RESPONSE
    locked: dict[str, object] = {}

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        await start_card_payment(qtbot, window)
        await finished(window)
        locked["panel"] = window.card_panel.isVisible()
        locked["title"] = window.card_panel_title.text()
        locked["terminal"] = window.terminal_label.property("state")
        await scan(qtbot, window, "11")  # refused by checkout
        locked["scan"] = window.banner_text
        press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)
        locked["cash"] = window.banner_text
        await start_card_payment(qtbot, window)
        await finished(window)
        locked["card"] = window.banner_text
        sim.scenario = Scenario.APPROVE
        press(qtbot, window, Qt.Key.Key_F7)  # ask the terminal again
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=15)
    assert locked["panel"] is True
    assert locked["title"] == "Sale locked: card payment of 35,00 kr in doubt"
    assert locked["terminal"] == "offline"
    assert "unknown outcome" in str(locked["scan"])
    assert "charged twice" in str(locked["cash"]) and "charged twice" in str(locked["card"])
    assert len(requests_of(sim, FinancialTrxRequest)) == 1  # never charged a second time
    assert requests_of(sim, ReprintReceiptRequest)
    receipt = till.store.receipt(SHOP.register_id, 1)
    assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, 3500)]
    assert [line.name for line in receipt.lines] == ["Dagstidning"]
    assert window.card_state == CardState.NONE and not window.card_panel.isVisible()
    assert window.terminal_label.property("state") == "online"


def test_a_manager_settles_a_payment_by_hand_with_a_reason(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.DROP_BEFORE_RESPONSE

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        await start_card_payment(qtbot, window)
        await finished(window)
        press(qtbot, window, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
        settle = await open_dialog(window, SettleDialog)
        qtbot.keyClicks(settle.reason_edit, "no record")
        qtbot.keyClick(settle.reason_edit, Qt.Key.Key_Return)  # refused: yes or no first
        assert settle.isVisible() and "charged" in settle.message_label.text()
        settle.charged_no.click()
        settle.reason_edit.clear()
        qtbot.keyClicks(settle.reason_edit, "terminal slip shows no payment")
        qtbot.keyClick(settle.reason_edit, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=15)
    rows = [r for r in till.store.journal_rows() if r.kind == "card_payment_settled_by_hand"]
    assert len(rows) == 1
    assert rows[0].data["reason"] == "terminal slip shows no payment"
    assert rows[0].data["charged"] is False
    assert "not charged" in window.banner_text
    sale = till.checkout.snapshot()
    assert not sale.payment_unknown and sale.due == 3500 and sale.lines
    assert window.card_state == CardState.NONE
    assert len(requests_of(sim, FinancialTrxRequest)) == 1


# -- no control code after an approved card payment ---------------------------------------------


def _approved_without_a_control_code(qtbot, arun, till) -> dict[str, object]:
    window = till.window
    till.ccu.mode = FailureMode.HTTP_920
    state: dict[str, object] = {}

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        await start_card_payment(qtbot, window)
        await finished(window)
        state["title"] = window.card_panel_title.text()
        state["banner"] = window.banner.property("level")

    arun(cashier(), timeout=15)
    return state


def test_no_control_code_after_approval_then_retry_stores_the_receipt(qtbot, arun, till):
    window = till.window
    state = _approved_without_a_control_code(qtbot, arun, till)
    assert state["title"] == "Card paid 35,00 kr, but no control code"
    assert state["banner"] == "error"
    assert window.card_state == CardState.NO_RECEIPT
    assert till.store.receipt(SHOP.register_id, 1) is None
    till.ccu.mode = FailureMode.OK

    async def retry() -> None:
        press(qtbot, window, Qt.Key.Key_F8)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(retry(), timeout=15)
    receipt = till.store.receipt(SHOP.register_id, 1)
    assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, 3500)]
    assert "***Cardholder Receipt***" in receipt.payments[0].card.cardholder_receipt
    assert not window.card_panel.isVisible() and window.banner_text == ""
    assert len(requests_of(till.terminal, FinancialTrxRequest)) == 1


def test_giving_up_reverses_the_card_payment(qtbot, arun, till):
    window, sim = till.window, till.terminal
    _approved_without_a_control_code(qtbot, arun, till)
    sale_id = till.checkout.snapshot().sale_id

    async def give_up() -> None:
        press(qtbot, window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
        confirm = await open_dialog(window, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Escape)  # not yet
        await window.wait_idle(WAIT)
        assert not requests_of(sim, ReversalRequest)
        press(qtbot, window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
        confirm = await open_dialog(window, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)

    arun(give_up(), timeout=15)
    assert len(requests_of(sim, ReversalRequest)) == 1
    assert sim.last is not None and sim.last.reversal is not None
    states = [p.state for p in till.store.card_payments_for_sale(sale_id)]
    assert states == [CardPaymentState.REVERSED]
    assert "35,00 kr was reversed" in window.banner_text
    assert window.card_state == CardState.NONE and not window.paid_label.isVisible()
    assert till.checkout.snapshot().due == 3500 and till.store.receipt(SHOP.register_id, 1) is None


# -- the display flood, the status bar, no terminal --------------------------------------------


def test_a_flood_of_display_notifications_is_painted_coalesced(qtbot, arun, till):
    window, sim = till.window, till.terminal
    sim.scenario = Scenario.DISPLAY_FLOOD
    sim.flood_count, sim.flood_rate = 200, 400.0
    at_close: list[tuple] = []

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        press(qtbot, window, Qt.Key.Key_F11)
        card = await open_dialog(window, CardPaymentDialog)
        card.finished.connect(
            lambda _r: at_close.append((card.paints, card.board.lines(Screen.ATTENDANT)))
        )
        qtbot.keyClick(card.amount_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await finished(window)

    arun(cashier(), timeout=15)
    paints, attendant = at_close[0]
    assert 0 < paints < 60  # about one per 30 ms, not one per notification
    assert attendant == ("Behandlar", "199/200")
    assert till.store.receipt(SHOP.register_id, 1) is not None


def test_the_status_bar_shows_the_terminal_online_and_offline(qtbot, arun, till):
    window, sim = till.window, till.terminal
    assert window.terminal_label.property("state") == "offline"  # not connected yet

    async def online_then_gone() -> None:
        await till.client.ping()
        await wait_for("online", lambda: window.terminal_label.property("state") == "online", 2)
        await sim.stop()
        await wait_for("offline", lambda: window.terminal_label.property("state") == "offline", 2)

    arun(online_then_gone())
    assert "Terminal: offline" in window.terminal_label.text()  # short: the state only
    assert "–" not in window.terminal_label.text()
    tip = window.terminal_label.toolTip()  # the whole text: the state and why
    assert tip.startswith("Terminal: offline – ") and "card terminal" in tip


def test_without_a_terminal_card_keys_say_so(qtbot, arun, tmp_path):
    rig = make_card_till(qtbot, arun, tmp_path, with_terminal=False)
    window = rig.window
    try:
        assert "Terminal: none" in window.terminal_label.text()
        assert not window.shortcut_actions["terminal_admin"].isEnabled()

        async def cashier() -> None:
            await scan(qtbot, window, "20")
            press(qtbot, window, Qt.Key.Key_F11)
            await window.wait_idle(WAIT)

        arun(cashier())
        assert window.banner_text == say(NO_CARD_TERMINAL)
        assert dialog(window, CardPaymentDialog) is None
    finally:
        close_card_till(rig, arun)


def test_a_smaller_amount_is_checked_in_the_dialog(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        press(qtbot, window, Qt.Key.Key_F11)
        card = await open_dialog(window, CardPaymentDialog)
        for typed in ("40", "0", "abc"):
            card.amount_edit.clear()
            qtbot.keyClicks(card.amount_edit, typed)
            qtbot.keyClick(card.amount_edit, Qt.Key.Key_Return)
            assert not card.running and card.message_label.isVisible(), typed
        qtbot.keyClick(card.amount_edit, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(cashier())
    assert not till.terminal.received  # nothing went to the terminal
    assert dialog(window, CardPaymentDialog) is None and window.banner_text == ""


def test_f12_before_the_card_payment_starts_goes_straight_to_cash(qtbot, arun, till):
    window = till.window

    async def cashier() -> None:
        await scan(qtbot, window, "20")
        press(qtbot, window, Qt.Key.Key_F11)
        card = await open_dialog(window, CardPaymentDialog)
        qtbot.keyClick(card.amount_edit, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: window.last_receipt is not None, WAIT)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=15)
    assert not till.terminal.received  # the terminal was never asked
    receipt = till.store.receipt(SHOP.register_id, 1)
    assert [p.method for p in receipt.payments] == [PaymentMethod.CASH]
