"""Every card payment path of checkout against a fake terminal on the PaymentTerminal port.

Beside the tests against the LTI simulator (test_card_checkout.py, test_reversals.py): these
show that checkout's write-ahead, locking and settling hold for any terminal kind, with the
counter kept per terminal kind and the terminal's reference saved before it is asked.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

import pytest
from fake_terminal import (
    KIND,
    FakeTerminal,
    approve,
    decline,
    lose,
    not_charged,
    partial,
    refuse,
)
from shop_examples import PRODUCTS, SHOP

from till.checkout.card_tender import CardDeclined, PaymentUnknown, ReversalUnknown
from till.checkout.ports import (
    Progress,
    Question,
    Refused,
    Reversed,
    SilentPrompts,
    TerminalLines,
    TerminalState,
    TerminalUnavailable,
    Unknown,
)
from till.checkout.register import Checkout
from till.core.card import CardPayment, CardPaymentKind, CardPaymentState
from till.core.errors import TillError
from till.core.receipt import ControlCode, PaymentMethod, ReceiptType
from till.protocols.ccu.errors import ControlUnitError
from till.store import TillStore

TOTAL = 7850  # ring_up: 21,50 + 3 x 19,00


class FakeControlUnit:
    """Gives a control code, or fails while `fail` is set (the card payment then stands)."""

    def __init__(self) -> None:
        self.fail = False
        self.asked = 0

    async def request_code(self, data, request_id: str) -> ControlCode:
        self.asked += 1
        if self.fail:
            raise ControlUnitError("The control unit did not answer.")
        return ControlCode("TESTCTU0000001", f"{self.asked:059d}")

    async def probe(self) -> None:
        if self.fail:
            raise ControlUnitError("The control unit did not answer.")


class Prompts(SilentPrompts):
    def __init__(self) -> None:
        self.lines: list[TerminalLines] = []
        self.progress: list[Progress] = []

    def show_lines(self, lines: TerminalLines) -> None:
        self.lines.append(lines)

    def show_progress(self, progress: Progress) -> None:
        self.progress.append(progress)

    async def ask(self, question: Question) -> bool:
        return True


class Yes:
    async def ask_manager_pin(self, action, *, first_time):
        return "4711"


class Rig:
    def __init__(self, db: Path) -> None:
        self.store = TillStore.open(db)
        self.store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        self.terminal = FakeTerminal()
        self.ccu = FakeControlUnit()
        self.checkout = Checkout(
            store=self.store,
            control_unit=self.ccu,
            shop=SHOP,
            terminal=self.terminal,
            clock=lambda: datetime(2026, 11, 29, 12, 0).astimezone(),
        )
        self.checkout.manager.prompt = Yes()

    def counter(self) -> int:
        return self.store.terminal_counter(KIND, SHOP.register_id)

    def payments(self) -> list[CardPayment]:
        return list(self.checkout.card_payments)

    def states(self) -> list[CardPaymentState]:
        return [p.state for p in self.checkout.card_payments]

    def journal(self, kind: str) -> list[dict]:
        return [r.data for r in self.store.journal_rows() if r.kind == kind]

    async def ring_up(self) -> None:
        await self.checkout.enter("7310865004703")  # 21,50
        await self.checkout.enter("3*30")  # 57,00


def run(tmp_path: Path, scenario: Callable[[Rig], Awaitable[None]]) -> None:
    async def main() -> None:
        rig = Rig(tmp_path / "till.db")
        try:
            await scenario(rig)
        finally:
            await rig.checkout.close()
            rig.store.close()

    asyncio.run(main())


def lost_after(effect: str, fake: FakeTerminal) -> Callable[[CardPayment], Unknown]:
    """The terminal did it (charged / reversed), and then its answer was lost."""

    def step(payment: CardPayment) -> Unknown:
        fake.done[payment.payment_id] = effect
        return Unknown("the connection dropped", detail="lost")

    return step


# -- charging ----------------------------------------------------------------------------------


def test_a_card_sale_is_saved_with_its_reference_before_the_terminal_is_asked(tmp_path):
    async def scenario(rig: Rig) -> None:
        seen: list[list[CardPayment]] = []

        def check_saved(payment: CardPayment):
            seen.append(rig.store.undecided_card_payments(SHOP.register_id))
            return approve(payment)

        rig.terminal.charges.append(check_saved)
        await rig.ring_up()
        prompts = Prompts()
        receipt = await rig.checkout.pay_card(prompts)

        assert receipt is not None and receipt.total == TOTAL
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, TOTAL)]
        (saved,) = seen[0]  # written ahead: PENDING, with the terminal's reference
        assert saved.state is CardPaymentState.PENDING and saved.terminal_kind == KIND
        assert json.loads(saved.terminal_ref) == {"n": 1}
        assert rig.counter() == 2  # moved past the value the terminal used
        assert prompts.progress == [Progress.STARTED, Progress.ENDED] and prompts.lines
        approved = rig.journal("card_payment_approved")
        assert approved[0]["terminal_kind"] == KIND and approved[0]["terminal_ref"] == {"n": 1}

    run(tmp_path, scenario)


def test_split_tender_card_then_cash(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        assert await rig.checkout.pay_card(Prompts(), amount=1000) is None
        assert rig.checkout.snapshot().due == TOTAL - 1000
        receipt = await rig.checkout.pay_cash(10000)
        methods = [(p.method, p.amount) for p in receipt.payments]
        assert methods[0] == (PaymentMethod.CARD, 1000) and methods[1][0] is PaymentMethod.CASH

    run(tmp_path, scenario)


def test_a_partial_approval_leaves_the_rest_due(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.extend([partial, approve])
        await rig.ring_up()
        assert await rig.checkout.pay_card(Prompts()) is None
        assert rig.checkout.snapshot().due == TOTAL - TOTAL // 2
        receipt = await rig.checkout.pay_card(Prompts())
        assert [p.amount for p in receipt.payments] == [TOTAL // 2, TOTAL - TOTAL // 2]
        assert rig.counter() == 3

    run(tmp_path, scenario)


def test_a_decline_charges_nothing_and_uses_up_the_counter(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(decline)
        await rig.ring_up()
        with pytest.raises(CardDeclined):
            await rig.checkout.pay_card(Prompts())
        assert rig.states() == [CardPaymentState.DECLINED]
        assert rig.checkout.snapshot().due == TOTAL and rig.counter() == 2
        assert await rig.checkout.pay_card(Prompts()) is not None

    run(tmp_path, scenario)


def test_a_refusal_charges_nothing_and_keeps_the_counter(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(refuse)
        await rig.ring_up()
        with pytest.raises(CardDeclined) as refused:
            await rig.checkout.pay_card(Prompts())
        assert refused.value.code == "terminal_aborted"
        assert rig.states() == [CardPaymentState.FAILED] and rig.counter() == 1

    run(tmp_path, scenario)


def test_a_request_not_sent_fails_plainly(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(TerminalUnavailable("The card terminal cannot be reached."))
        await rig.ring_up()
        with pytest.raises(TerminalUnavailable):
            await rig.checkout.pay_card(Prompts())
        assert rig.states() == [CardPaymentState.FAILED] and rig.counter() == 1
        assert not rig.checkout.snapshot().payment_unknown

    run(tmp_path, scenario)


def test_the_cashier_stops_card_entry(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.checkout.cancel_card_entry()
        await rig.checkout.cancel_card_entry(customer_pays_cash=True)
        assert rig.terminal.aborts == [False, True]

    run(tmp_path, scenario)


# -- unknown outcomes --------------------------------------------------------------------------


@pytest.mark.parametrize("charged", [True, False])
def test_an_unknown_payment_is_settled_from_the_terminals_record(tmp_path, charged):
    async def scenario(rig: Rig) -> None:
        step = lost_after("charged", rig.terminal) if charged else lose
        rig.terminal.charges.append(step)
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts())
        assert rig.states() == [CardPaymentState.UNKNOWN]
        assert rig.checkout.snapshot().payment_unknown
        for attempt in (rig.checkout.pay_card(Prompts()), rig.checkout.pay_cash(10000)):
            with pytest.raises(PaymentUnknown, match="never charged twice"):  # locked
                await attempt
        assert rig.counter() == 1

        settled = await rig.checkout.settle_payments()
        assert ("learn", settled[0].payment_id) in rig.terminal.calls
        if charged:
            assert rig.states() == [CardPaymentState.APPROVED] and rig.counter() == 2
            receipt = await rig.checkout.finish_sale()
            assert receipt.payments[0].amount == TOTAL
        else:
            assert rig.states() == [CardPaymentState.FAILED] and rig.counter() == 1
            assert await rig.checkout.pay_card(Prompts()) is not None
        assert [c[0] for c in rig.terminal.calls].count("charge") == 1 + (not charged)

    run(tmp_path, scenario)


def test_the_terminal_back_online_settles_what_is_in_doubt(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(lost_after("charged", rig.terminal))
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts())
        rig.terminal.go(TerminalState.ONLINE, "back")
        for _ in range(100):
            if rig.states() == [CardPaymentState.APPROVED]:
                break
            await asyncio.sleep(0.02)
        assert rig.states() == [CardPaymentState.APPROVED]

    run(tmp_path, scenario)


@pytest.mark.parametrize("charged", [True, False])
def test_a_record_that_cannot_tell_is_settled_by_hand(tmp_path, charged):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(lose)
        rig.terminal.records.append(Unknown("undecided", answered=True))
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts())
        with pytest.raises(PaymentUnknown):
            await rig.checkout.settle_payments()
        with pytest.raises(TillError):
            await rig.checkout.settle_by_hand(charged=charged, reason=" ")
        await rig.checkout.settle_by_hand(charged=charged, reason="checked the terminal's slip")
        expected = CardPaymentState.APPROVED if charged else CardPaymentState.FAILED
        assert rig.states() == [expected]
        assert rig.counter() == (2 if charged else 1)
        (by_hand,) = rig.journal("card_payment_settled_by_hand")
        assert by_hand["reason"] == "checked the terminal's slip" and by_hand["charged"] is charged
        assert rig.checkout.cards.reference_text(rig.payments()[0]) == "fake #1"

    run(tmp_path, scenario)


def test_a_terminal_that_cannot_be_asked_keeps_the_sale_locked(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(lose)
        rig.terminal.records.append(TerminalUnavailable("offline"))
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts())
        with pytest.raises(PaymentUnknown, match="cannot be asked"):
            await rig.checkout.settle_payments()
        assert rig.states() == [CardPaymentState.UNKNOWN]

    run(tmp_path, scenario)


# -- giving a sale up: reversals ---------------------------------------------------------------


async def approved_without_code(rig: Rig) -> None:
    await rig.ring_up()
    rig.ccu.fail = True
    with pytest.raises(ControlUnitError):
        await rig.checkout.pay_card(Prompts())
    assert rig.states() == [CardPaymentState.APPROVED]


def test_giving_up_reverses_the_card_payment(tmp_path):
    async def scenario(rig: Rig) -> None:
        await approved_without_code(rig)
        await rig.checkout.give_up_sale()
        (payment,) = rig.payments()
        assert payment.state is CardPaymentState.REVERSED
        assert payment.reversal is not None and payment.reversal.amount == TOTAL
        assert payment.reversal.orig_trx_seq_cnt == payment.slip.trx_seq_cnt == 1001
        assert rig.checkout.snapshot().paid == 0  # open again, nothing paid
        (requested,) = rig.journal("card_reversal_requested")
        assert requested["state"] == "reversal_pending"

    run(tmp_path, scenario)


def test_a_refused_reversal_leaves_the_payment_standing(tmp_path):
    async def scenario(rig: Rig) -> None:
        await approved_without_code(rig)
        rig.terminal.reversals.append(Refused("Not possible now.", code="reversal_refused"))
        with pytest.raises(TillError) as refused:
            await rig.checkout.give_up_sale()
        assert refused.value.code == "reversal_refused"
        assert rig.states() == [CardPaymentState.APPROVED]
        rig.ccu.fail = False
        assert (await rig.checkout.finish_sale()).payments[0].amount == TOTAL

    run(tmp_path, scenario)


@pytest.mark.parametrize("given_back", [True, False])
def test_a_lost_reversal_is_settled_from_the_terminals_record(tmp_path, given_back):
    async def scenario(rig: Rig) -> None:
        await approved_without_code(rig)
        step = lost_after("reversed", rig.terminal) if given_back else lose
        rig.terminal.reversals.append(step)
        with pytest.raises(ReversalUnknown):
            await rig.checkout.give_up_sale()
        assert rig.states() == [CardPaymentState.REVERSAL_UNKNOWN]
        assert rig.checkout.snapshot().payment_unknown
        await rig.checkout.settle_payments()
        expected = CardPaymentState.REVERSED if given_back else CardPaymentState.APPROVED
        assert rig.states() == [expected]
        assert [c[0] for c in rig.terminal.calls].count("reverse") == 1  # never resent

    run(tmp_path, scenario)


def test_a_reversal_in_doubt_is_settled_by_hand(tmp_path):
    async def scenario(rig: Rig) -> None:
        await approved_without_code(rig)
        rig.terminal.reversals.append(Unknown("another transaction", answered=True))
        rig.terminal.reversal_records.append(Unknown("undecided", answered=True))
        with pytest.raises(ReversalUnknown, match="does not name this payment"):
            await rig.checkout.give_up_sale()
        with pytest.raises(ReversalUnknown):
            await rig.checkout.settle_payments()
        await rig.checkout.settle_by_hand(charged=False, reason="reversal slip seen")
        assert rig.states() == [CardPaymentState.REVERSED]
        assert rig.counter() == 2  # a reversal never uses the counter

    run(tmp_path, scenario)


# -- refunds and training ----------------------------------------------------------------------


def test_a_refund_goes_back_to_the_card_as_a_credit(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        await rig.checkout.pay_card(Prompts())
        await rig.checkout.start_return("1")
        await rig.checkout.enter("30")  # one bag back: 19,00
        receipt = await rig.checkout.refund_card(Prompts())
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, -1900)]
        credit = rig.store.card_payments_for_sale(receipt.sale_id)[0]
        assert credit.kind is CardPaymentKind.CREDIT and credit.amount == 1900
        assert rig.counter() == 3

    run(tmp_path, scenario)


def test_training_mode_never_asks_the_terminal(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.checkout.set_training(True)
        await rig.ring_up()
        receipt = await rig.checkout.pay_card(Prompts())
        assert receipt.receipt_type is ReceiptType.TRAINING
        assert rig.terminal.calls == [] and rig.counter() == 1

    run(tmp_path, scenario)


def test_the_fake_answers_from_its_own_record(tmp_path):
    """The fake's record, used above when nothing is scripted, says what it did."""

    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        receipt = await rig.checkout.pay_card(Prompts())
        (payment,) = rig.store.card_payments_for_sale(receipt.sale_id)
        assert isinstance(await rig.terminal.learn(payment), type(approve(payment)))
        assert await rig.terminal.learn_reversal(payment) == Refused("the reversal did not happen")
        assert not_charged(payment).reason.endswith("not charged")
        await rig.terminal.reverse(payment)
        assert isinstance(await rig.terminal.learn_reversal(payment), Reversed)

    run(tmp_path, scenario)


def test_a_payment_of_another_terminal_kind_is_left_to_a_manager(tmp_path):
    """Settings changed to another terminal while a payment was in doubt: the new terminal's
    record says nothing about it, so it is never judged from there."""

    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(lose)
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts())
        rig.terminal.kind = "other"
        with pytest.raises(PaymentUnknown, match="another kind of terminal"):
            await rig.checkout.settle_payments()
        assert [c[0] for c in rig.terminal.calls] == ["charge"]
        await rig.checkout.settle_by_hand(charged=False, reason="not on the old terminal's slip")
        assert rig.states() == [CardPaymentState.FAILED]

    run(tmp_path, scenario)
