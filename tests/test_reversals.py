"""Reversals written ahead and reconciled (issue 7, point 1), and approvals without an amount or
with a tip (point 2), end to end: a real store, the real terminal client on the LTI simulator,
the real control-unit client on the CCU simulator (LTI 6.8 reversal, 6.12 reprintReceipt with
lastTrx / lastRev, 7 trxSyncNumber). The till is also killed by SIGKILL right after sending a
reversal, and started again on the same database."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import textwrap

import pytest
from crash_support import spawn_till
from shop_examples import SHOP
from test_card_checkout import Prompts, Till, financial, ring_up, run, sync_number

from till.checkout.card_tender import PaymentUnknown, ReversalUnknown
from till.core.card import CardPayment, CardPaymentState
from till.core.errors import TillError
from till.core.receipt import PaymentMethod
from till.core.sale import SaleError
from till.protocols.ccu.errors import ControlUnitError
from till.protocols.lti import ReprintReceiptRequest, ReversalRequest
from till.simulators.ccu import CcuSimulator, FailureMode
from till.simulators.lti import LtiSimulator, Scenario
from till.store import TillStore

DUE = 7850  # ring_up: 21,50 + 3 x 19,00


def reversals(lti: LtiSimulator) -> list[ReversalRequest]:
    return [r for r in lti.received if isinstance(r, ReversalRequest)]


def of_kind(till: Till, kind: str) -> list:
    return [r for r in till.store.journal_rows() if r.kind == kind]


async def approved_without_a_code(till: Till, ccu: CcuSimulator) -> CardPayment:
    """The card is charged, then no control code: the cashier may give the sale up."""
    await ring_up(till)
    ccu.mode = FailureMode.HTTP_920
    with pytest.raises(ControlUnitError):
        await till.checkout.pay_card(Prompts())
    ccu.mode = FailureMode.OK
    (payment,) = till.checkout.card_payments
    assert payment.state is CardPaymentState.APPROVED and payment.amount_auth == DUE
    return payment


async def refused_while_locked(till: Till) -> None:
    """Locked exactly like an unknown payment: nothing paid, added, voided or registered."""
    checkout = till.checkout
    for attempt in (
        checkout.pay_cash(10000),
        checkout.pay_card(Prompts()),
        checkout.finish_sale(),
        checkout.give_up_sale(),  # never a second reversal blindly
        checkout.enter("20"),
        checkout.void_sale(),
    ):
        with pytest.raises(PaymentUnknown):
            await attempt


async def settled_on_its_own(till: Till) -> None:
    for _ in range(100):
        if not till.checkout.snapshot().payment_unknown:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the payment in doubt was not settled after the terminal came back")


# -- a lost reversal answer on a live connection -----------------------------------------------


@pytest.mark.parametrize("then", ["pay again", "void"])
def test_a_lost_reversal_answer_locks_the_sale_until_the_terminal_tells(tmp_path, then):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        payment = await approved_without_a_code(till, ccu)
        lti.scenario = Scenario.DROP_BEFORE_REVERSAL_RESPONSE
        with pytest.raises(ReversalUnknown):
            await till.checkout.give_up_sale()
        (doubt,) = till.checkout.card_payments
        assert doubt.state is CardPaymentState.REVERSAL_UNKNOWN
        assert doubt.reversal is not None
        assert doubt.reversal.orig_trx_seq_cnt == payment.slip.trx_seq_cnt
        assert doubt.reversal.amount == DUE
        snapshot = till.checkout.snapshot()
        assert snapshot.payment_unknown and snapshot.locked
        assert snapshot.paid == 0  # never counted as paying for the sale
        await refused_while_locked(till)
        assert lti.last is not None and lti.last.reversal is not None  # it did happen there

        lti.scenario = Scenario.APPROVE
        till.terminal.start()  # the terminal answers again: checkout settles on its own
        await settled_on_its_own(till)
        (settled,) = till.checkout.card_payments
        assert settled.state is CardPaymentState.REVERSED
        assert len(reversals(lti)) == 1  # asked with reprintReceipt, never reversed again
        assert any(isinstance(r, ReprintReceiptRequest) for r in lti.received)
        (row,) = of_kind(till, "card_reversal_settled")
        assert row.data["verdict"] == "reversed"
        assert row.data["last"]["trx_seq_cnt"] == payment.slip.trx_seq_cnt
        kinds = [k for k in till.kinds() if k.startswith("card_reversal")]
        assert kinds == [
            "card_reversal_requested",
            "card_reversal_unknown",
            "card_reversal_settled",
        ]
        assert till.checkout.snapshot().due == DUE and not till.checkout.snapshot().locked
        if then == "pay again":
            receipt = await till.checkout.pay_card(Prompts())
            assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, DUE)]
            assert receipt.payments[0].card.trx_seq_cnt != payment.slip.trx_seq_cnt
            assert [r.trx_sync_number for r in financial(lti)] == [1, 2]
            assert lti.auto_reversals == []
        else:
            await till.checkout.void_sale()
            assert till.checkout.sale.is_empty and list(till.store.receipts()) == []

    run(tmp_path, scenario)


@pytest.mark.parametrize(
    ("lti_scenario", "after"),
    [
        (Scenario.HOLD_REVERSAL_RESPONSE, CardPaymentState.REVERSED),  # done, answer held
        (Scenario.IGNORE_REVERSAL, CardPaymentState.APPROVED),  # never done
    ],
)
def test_a_silent_terminal_then_its_record_decides(tmp_path, lti_scenario, after):
    """The terminal goes silent after the reversal request; F7 asks its record: lastRev of our
    transaction is a reversal done, lastTrx still ours is one that never happened."""

    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        payment = await approved_without_a_code(till, ccu)
        till.terminal.response_timeout = 1.0
        lti.scenario = lti_scenario
        with pytest.raises(ReversalUnknown):
            await till.checkout.give_up_sale()
        assert till.checkout.card_payments[0].state is CardPaymentState.REVERSAL_UNKNOWN
        lti.scenario = Scenario.APPROVE
        (settled,) = await till.checkout.settle_payments()
        assert settled.state is after
        assert till.checkout.card_payments == [settled]
        assert not till.checkout.snapshot().payment_unknown
        if after is CardPaymentState.REVERSED:
            with pytest.raises(SaleError):  # nothing paid any more: no card receipt
                await till.checkout.finish_sale()
            receipt = await till.checkout.pay_cash(10000)
            assert PaymentMethod.CARD not in [p.method for p in receipt.payments]
        else:  # the payment stands: the sale can be finished with it (or given up again)
            assert settled.amount_auth == payment.amount_auth and settled.reversal is not None
            receipt = await till.checkout.finish_sale()
            assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, DUE)]
        assert len(reversals(lti)) == 1 and len(financial(lti)) == 1

    run(tmp_path, scenario)


def test_a_refused_reversal_leaves_the_card_payment_standing(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await approved_without_a_code(till, ccu)
        lti.scenario = Scenario.REFUSE_REVERSAL
        with pytest.raises(TillError) as refused:
            await till.checkout.give_up_sale()
        assert refused.value.code == "reversal_refused" and "stands" in refused.value.message
        (stands,) = till.checkout.card_payments
        assert stands.state is CardPaymentState.APPROVED
        snapshot = till.checkout.snapshot()
        assert snapshot.paid == DUE and not snapshot.payment_unknown
        (row,) = of_kind(till, "card_reversal_refused")
        assert row.data["error_code"] == lti.reversal_error and row.data["state"] == "approved"
        assert lti.last is not None and lti.last.reversal is None
        receipt = await till.checkout.finish_sale()
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, DUE)]

    run(tmp_path, scenario)


def test_a_reversal_that_could_not_be_sent_changes_nothing(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await approved_without_a_code(till, ccu)
        await lti.stop()
        for _ in range(100):  # the client has seen the line close
            if till.terminal.state.value == "offline":
                break
            await asyncio.sleep(0.02)
        with pytest.raises(TillError) as not_sent:
            await till.checkout.give_up_sale()
        assert not_sent.value.code == "reversal_not_sent"
        assert till.checkout.card_payments[0].state is CardPaymentState.APPROVED
        assert not till.checkout.snapshot().payment_unknown
        assert [k for k in till.kinds() if k.startswith("card_reversal")] == [
            "card_reversal_requested",
            "card_reversal_not_sent",
        ]

    run(tmp_path, scenario)


def test_a_manager_settles_a_reversal_by_hand_when_the_terminal_cannot_tell(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await approved_without_a_code(till, ccu)
        lti.scenario = Scenario.DROP_BEFORE_REVERSAL_RESPONSE
        with pytest.raises(ReversalUnknown):
            await till.checkout.give_up_sale()
        await lti.stop()  # the terminal is gone for good
        with pytest.raises(PaymentUnknown):
            await till.checkout.settle_payments()
        with pytest.raises(TillError, match="reason"):
            await till.checkout.settle_by_hand(charged=False, reason="  ")
        settled = await till.checkout.settle_by_hand(
            charged=False, reason="terminal printed the reversal slip"
        )
        assert settled.state is CardPaymentState.REVERSED
        (row,) = of_kind(till, "card_reversal_settled_by_hand")
        assert row.data["given_back"] is True and row.data["reason"].startswith("terminal")
        snapshot = till.checkout.snapshot()
        assert not snapshot.locked and snapshot.due == DUE
        receipt = await till.checkout.pay_cash(10000)
        assert [p.method for p in receipt.payments] == [PaymentMethod.CASH]

    run(tmp_path, scenario)


def test_a_manager_says_the_money_was_not_given_back(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await approved_without_a_code(till, ccu)
        till.terminal.response_timeout = 1.0
        lti.scenario = Scenario.IGNORE_REVERSAL
        with pytest.raises(ReversalUnknown):
            await till.checkout.give_up_sale()
        settled = await till.checkout.settle_by_hand(charged=True, reason="no reversal slip")
        assert settled.state is CardPaymentState.APPROVED
        assert of_kind(till, "card_reversal_settled_by_hand")[0].data["given_back"] is False
        assert till.checkout.snapshot().paid == DUE

    run(tmp_path, scenario)


def test_two_card_payments_are_reversed_newest_first_each_by_name(tmp_path):
    """6.8: the newest as the terminal's last transaction, the older by origTrxSeqCnt."""

    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        assert await till.checkout.pay_card(Prompts()) is None  # half approved
        lti.scenario = Scenario.APPROVE
        ccu.mode = FailureMode.HTTP_920
        with pytest.raises(ControlUnitError):
            await till.checkout.pay_card(Prompts())  # the rest: paid, no control code
        first, second = till.checkout.card_payments
        await till.checkout.give_up_sale()
        assert [r.orig_trx_seq_cnt for r in reversals(lti)] == [None, first.slip.trx_seq_cnt]
        assert [p.state for p in till.checkout.card_payments] == [CardPaymentState.REVERSED] * 2
        amounts = [r.data["amount_rev"] for r in of_kind(till, "card_reversal_confirmed")]
        assert amounts == [second.amount_auth, first.amount_auth]
        assert till.checkout.snapshot().paid == 0

    run(tmp_path, scenario, Scenario.PARTIAL)


# -- approval edge cases (issue 7, point 2) ------------------------------------------------------


def test_approved_without_an_amount_is_unknown_not_declined(tmp_path):
    """trxResult 0 without amountAuth: the card may be charged. Never "declined" with the
    trxSyncNumber advanced (a retry would charge again): settled from the terminal's record."""

    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        with pytest.raises(PaymentUnknown):
            await till.checkout.pay_card(Prompts())
        (payment,) = till.checkout.card_payments
        assert payment.state is CardPaymentState.UNKNOWN and "no amount" in payment.message
        assert sync_number(till) == 1  # not advanced
        assert till.checkout.snapshot().locked
        await refused_while_locked(till)
        (unknown,) = of_kind(till, "card_payment_unknown")
        assert unknown.data["trx_result"] == 0 and unknown.data["amount_auth"] is None

        lti.scenario = Scenario.APPROVE
        (settled,) = await till.checkout.settle_payments()
        assert settled.state is CardPaymentState.APPROVED and settled.amount_auth == DUE
        assert sync_number(till) == 2  # advanced once
        receipt = await till.checkout.finish_sale()
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, DUE)]
        await till.checkout.enter("20")
        await till.checkout.pay_card(Prompts())
        assert [r.trx_sync_number for r in financial(lti)] == [1, 2]
        assert sync_number(till) == 3
        assert lti.auto_reversals == []  # the first payment was never taken back by mistake

    run(tmp_path, scenario, Scenario.APPROVE_NO_AMOUNT)


def test_a_tip_is_recorded_and_never_part_of_the_sale(tmp_path):
    """6.1 amountTip: the card is charged the sale plus the tip (amountAuth holds both); the
    receipt's card line is the sale's part, the tip is kept on the payment and its slip."""

    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        lti.tip = 1500
        await ring_up(till)
        receipt = await till.checkout.pay_card(Prompts())
        assert receipt.total == DUE
        (card,) = receipt.payments
        assert (card.method, card.amount, card.card.tip) == (PaymentMethod.CARD, DUE, 1500)
        assert "Tip SEK : 15.00" in card.card.cardholder_receipt
        assert till.store.receipt(SHOP.register_id, 1) == receipt
        (payment,) = till.store.card_payments_for_sale(receipt.sale_id)
        assert (payment.amount_auth, payment.tip, payment.on_card) == (DUE, 1500, DUE + 1500)
        (approved,) = of_kind(till, "card_payment_approved")
        assert approved.data["tip"] == 1500 and approved.data["amount_auth_terminal"] == 9350

        # Given up, the whole of it goes back: the reversal names the sale and the tip.
        payment = await approved_without_a_code(till, ccu)
        assert payment.tip == 1500
        await till.checkout.give_up_sale()
        (reversed_,) = till.checkout.card_payments
        assert reversed_.state is CardPaymentState.REVERSED
        assert of_kind(till, "card_reversal_confirmed")[0].data["amount_rev"] == DUE + 1500

    run(tmp_path, scenario, Scenario.TIP)


# -- a till killed right after it sent the reversal ---------------------------------------------

CHILD = textwrap.dedent(
    """
    import asyncio, sys
    sys.path.insert(0, sys.argv[4])
    from shop_examples import PRODUCTS, SHOP
    from till.adapters.control_unit import ControlUnitClient
    from till.adapters.wallee import TerminalClient, WalleeTerminal
    from till.checkout.ports import SilentPrompts
    from till.checkout.register import Checkout
    from till.core.errors import TillError
    from till.store import TillStore

    async def main():
        store = TillStore.open(sys.argv[1])
        store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        checkout = Checkout(
            store=store,
            control_unit=ControlUnitClient(
                "127.0.0.1", int(sys.argv[2]), application_id="t", connect_timeout=1.0,
                answer_timeout=0.5,
            ),
            shop=SHOP,
            terminal=WalleeTerminal(
                TerminalClient("127.0.0.1", int(sys.argv[3])), pos_id=SHOP.register_id
            ),
        )
        await checkout.enter("7310865004703")
        await checkout.enter("3*30")
        try:
            await checkout.pay_card(SilentPrompts())
        except TillError as error:  # approved, but no control code
            print("no code:", error.code, flush=True)
        print("reversing", flush=True)
        await checkout.give_up_sale()

    asyncio.run(main())
    """
)


@pytest.mark.parametrize(
    ("lti_scenario", "after"),
    [
        (Scenario.HOLD_REVERSAL_RESPONSE, CardPaymentState.REVERSED),
        (Scenario.IGNORE_REVERSAL, CardPaymentState.APPROVED),
    ],
)
def test_a_till_killed_after_sending_a_reversal_learns_its_outcome_at_start(
    tmp_path, lti_scenario, after
):
    """SIGKILL a real till process right after its reversalRequest went out (the terminal holds
    the answer), then start anew on the same database: the reversal is in doubt and the sale
    locked before anything else, the terminal's record settles it, no receipt is ever paid by
    the reversed payment, and the journal verifies."""

    async def main() -> None:
        ccu, lti = CcuSimulator(), LtiSimulator(scenario=lti_scenario)
        ccu.mode = FailureMode.HTTP_920
        ccu_port, lti_port = await ccu.start(), await lti.start()
        db = tmp_path / "till.db"
        child = await spawn_till(CHILD, db, ccu_port, lti_port)
        try:
            for _ in range(300):
                done = lti_scenario is Scenario.IGNORE_REVERSAL or (
                    lti.last is not None and lti.last.reversal is not None
                )
                if reversals(lti) and done:
                    break
                await asyncio.sleep(0.05)
            assert reversals(lti), "the child never sent its reversal"
            await asyncio.sleep(0.2)
        finally:
            with contextlib.suppress(ProcessLookupError):
                child.send_signal(signal.SIGKILL)
            await child.wait()

        # What the killed till left: the intent, saved before the request went out.
        left = TillStore.open(db)
        try:
            (pending,) = left.undecided_card_payments(SHOP.register_id)
        finally:
            left.close()
        assert pending.state is CardPaymentState.REVERSAL_PENDING
        assert pending.reversal is not None and pending.reversal.amount == DUE

        ccu.mode = FailureMode.OK
        lti.scenario = Scenario.APPROVE
        till = Till(db, ccu_port, lti_port)
        try:
            await till.checkout.resume()
            snapshot = till.checkout.snapshot()
            assert snapshot.payment_unknown and snapshot.paid == 0  # locked before anything
            till.terminal.start()  # online -> checkout settles on its own
            await settled_on_its_own(till)
            (payment,) = till.checkout.card_payments
            assert payment.state is after
            kinds = [k for k in till.kinds() if k.startswith("card_reversal")]
            assert kinds == [
                "card_reversal_requested",
                "card_reversal_unknown",
                "card_reversal_settled",
            ]
            assert of_kind(till, "card_reversal_unknown")[0].data["message"] == (
                "the till stopped during the reversal"
            )
            if after is CardPaymentState.REVERSED:
                with pytest.raises(SaleError):
                    await till.checkout.finish_sale()
                receipt = await till.checkout.pay_cash(10000)
            else:
                receipt = await till.checkout.finish_sale()
            card = [p.amount for p in receipt.payments if p.method is PaymentMethod.CARD]
            assert card == ([] if after is CardPaymentState.REVERSED else [DUE])
            assert len(list(till.store.receipts())) == 1
            assert len(financial(lti)) == 1 and len(reversals(lti)) == 1
            report = till.store.verify_journal()
            assert report.ok, report.problems
        finally:
            await till.close()
            await lti.stop()
            await ccu.stop()

    asyncio.run(main())


# -- the cashier screen: the locked panel and Shift+F7 for a reversal in doubt ------------------


@pytest.mark.gui
@pytest.mark.parametrize("given_back", [True, False])
def test_the_screen_locks_on_a_reversal_in_doubt_and_a_manager_settles_it(
    qtbot, arun, tmp_path, given_back
):
    from PySide6.QtCore import Qt
    from ui_till_rig import WAIT, close_rig, gone, make_rig, open_dialog, press, scan

    from till.ui.card_dialog import CardPaymentDialog
    from till.ui.cashier_window import CardState
    from till.ui.input_dialogs import ConfirmDialog
    from till.ui.selftest import wait_for
    from till.ui.settle_dialog import SettleDialog

    shift = Qt.KeyboardModifier.ShiftModifier
    rig = make_rig(qtbot, arun, tmp_path, with_terminal=True)
    window, sim = rig.window, rig.terminal
    seen: dict[str, object] = {}
    try:

        async def cashier() -> None:
            rig.ccu.mode = FailureMode.HTTP_920
            await scan(qtbot, window, "20")  # 35,00
            press(qtbot, window, Qt.Key.Key_F11)
            card = await open_dialog(window, CardPaymentDialog)
            qtbot.keyClick(card.amount_edit, Qt.Key.Key_Return)
            await wait_for("the card dialog to close", lambda: gone(card), WAIT)
            await window.wait_idle(WAIT)
            assert window.card_state == CardState.NO_RECEIPT
            rig.ccu.mode = FailureMode.OK
            sim.scenario = Scenario.DROP_BEFORE_REVERSAL_RESPONSE
            press(qtbot, window, Qt.Key.Key_F8, shift)  # give up: reverse the card payment
            confirm = await open_dialog(window, ConfirmDialog)
            qtbot.keyClick(confirm, Qt.Key.Key_Return)
            await window.wait_idle(WAIT)
            seen["banner"] = window.banner_text
            seen["state"] = window.card_state
            seen["title"] = window.card_panel_title.text()
            seen["text"] = window.card_panel_text.text()
            await scan(qtbot, window, "11")  # refused: the sale is locked
            seen["scan"] = window.banner_text
            press(qtbot, window, Qt.Key.Key_F7, shift)
            settle = await open_dialog(window, SettleDialog)
            seen["question"] = settle.answer_yes.text()
            qtbot.keyClicks(settle.reason_edit, "checked")
            qtbot.keyClick(settle.reason_edit, Qt.Key.Key_Return)  # refused: yes or no first
            seen["refused"] = settle.message_label.text()
            (settle.answer_yes if given_back else settle.answer_no).click()
            settle.reason_edit.clear()
            qtbot.keyClicks(settle.reason_edit, "terminal slip 1002")
            qtbot.keyClick(settle.reason_edit, Qt.Key.Key_Return)
            await window.wait_idle(WAIT)
            seen["after"] = window.banner_text

        arun(cashier(), timeout=20)
        assert "went back to the card" in str(seen["banner"])
        assert seen["state"] == CardState.UNKNOWN
        assert seen["title"] == "Sale locked: reversal of 35,00 kr in doubt"
        assert "Shift+F7" in str(seen["text"])
        assert "unknown outcome" in str(seen["scan"])
        assert "given back" in str(seen["question"]).replace("&", "")
        assert "given back" in str(seen["refused"])
        (row,) = [r for r in rig.store.journal_rows() if r.kind == "card_reversal_settled_by_hand"]
        assert row.data["given_back"] is given_back and row.data["reason"] == "terminal slip 1002"
        sale = rig.checkout.snapshot()
        assert not sale.payment_unknown
        if given_back:
            assert sale.paid == 0 and window.card_state == CardState.NONE
            assert "went back to the card" in str(seen["after"])
        else:  # the payment stands; the sale is not finished behind the cashier's back
            assert sale.paid == 3500 and window.card_state == CardState.NO_RECEIPT
            assert "did not happen" in str(seen["after"])
            assert rig.store.receipt(SHOP.register_id, 1) is None
        assert len(reversals(sim)) == 1
    finally:
        close_rig(rig, arun)
