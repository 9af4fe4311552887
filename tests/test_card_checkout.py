"""Card sales end to end: real store, real terminal client on a loopback LTI simulator, real
control-unit client on the CCU simulator. Nobody is ever charged twice (LTI section 7)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import textwrap
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from crash_support import spawn_till
from shop_examples import PRODUCTS, SHOP

from till.adapters.control_unit import ControlUnitClient
from till.adapters.wallee import TerminalClient, WalleeTerminal
from till.checkout.card_tender import CardDeclined, PaymentUnknown
from till.checkout.ports import (
    Progress,
    Question,
    SilentPrompts,
    TerminalLines,
    TerminalUnavailable,
)
from till.checkout.register import Checkout
from till.core.card import CardPaymentState
from till.core.receipt import PaymentMethod
from till.core.sale import SaleError
from till.protocols.ccu.errors import ControlUnitError
from till.protocols.lti import (
    AbortCardEntryNotification,
    FinancialTrxRequest,
    ReprintReceiptRequest,
    ReversalRequest,
)
from till.simulators.ccu import CcuSimulator, FailureMode
from till.simulators.lti import LtiSimulator, Scenario
from till.store import TillStore

ROOT = Path(__file__).resolve().parent.parent


class Prompts(SilentPrompts):
    """The attendant: answers confirmations as told and remembers what was shown."""

    def __init__(self, answer: bool = True) -> None:
        self.answer = answer
        self.shown: list[TerminalLines] = []
        self.status: list[Progress] = []
        self.asked: list[Question] = []

    def show_lines(self, lines: TerminalLines) -> None:
        self.shown.append(lines)

    def show_progress(self, progress: Progress) -> None:
        self.status.append(progress)

    async def ask(self, question: Question) -> bool:
        self.asked.append(question)
        return self.answer


class Till:
    def __init__(self, db: Path, ccu_port: int, lti_port: int) -> None:
        self.db, self.ccu_port, self.lti_port = db, ccu_port, lti_port
        self.store = TillStore.open(db)
        self.store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        self.terminal = TerminalClient(
            "127.0.0.1", lti_port, connect_timeout=1.0, response_timeout=5
        )
        control_unit = ControlUnitClient(
            "127.0.0.1", ccu_port, application_id="t", connect_timeout=1.0, answer_timeout=0.5
        )
        self.checkout = Checkout(
            store=self.store,
            control_unit=control_unit,
            shop=SHOP,
            terminal=WalleeTerminal(self.terminal, pos_id=SHOP.register_id),
        )

    async def close(self) -> None:
        await self.terminal.close()
        await self.checkout.close()
        self.store.close()

    def kinds(self) -> list[str]:
        return [r.kind for r in self.store.journal_rows()]


Scenario_ = Callable[[Till, LtiSimulator, CcuSimulator], Awaitable[None]]


def run(tmp_path: Path, scenario: Scenario_, lti_scenario: Scenario = Scenario.APPROVE) -> None:
    async def main() -> None:
        ccu, lti = CcuSimulator(), LtiSimulator(scenario=lti_scenario)
        ccu_port, lti_port = await ccu.start(), await lti.start()
        till = Till(tmp_path / "till.db", ccu_port, lti_port)
        try:
            await scenario(till, lti, ccu)
        finally:
            await till.close()
            await lti.stop()
            await ccu.stop()

    asyncio.run(main())


def financial(lti: LtiSimulator) -> list[FinancialTrxRequest]:
    return [r for r in lti.received if isinstance(r, FinancialTrxRequest)]


def sync_number(till) -> int:
    """The trxSyncNumber the next request carries: the Wallee counter the store keeps."""
    return till.store.terminal_counter("wallee", SHOP.register_id)


async def ring_up(till: Till) -> None:
    await till.checkout.enter("7310865004703")  # 21,50
    await till.checkout.enter("3*30")  # 57,00 -> 78,50


def test_an_approved_card_sale_prints_the_cardholder_receipt(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        prompts = Prompts()
        receipt = await till.checkout.pay_card(prompts)
        assert receipt is not None and receipt.rounding == 0  # cards are not rounded
        (payment,) = receipt.payments
        assert payment.method is PaymentMethod.CARD and payment.amount == 7850
        assert payment.card.masked_pan and payment.card.auth_code
        assert payment.card.cardholder_receipt and payment.card.merchant_receipt
        assert till.store.receipt(SHOP.register_id, 1) == receipt
        (request,) = financial(lti)
        assert request.trx_data.amount == 7850 and request.trx_data.currency == "752"
        assert request.trx_data.transaction_type == 0 and request.trx_sync_number == 1
        assert sync_number(till) == 2  # advanced after the response
        assert prompts.shown and {Progress.STARTED, Progress.ENDED} <= set(prompts.status)
        shown = {"card_payment_started", "card_payment_approved", "sale_finished", "receipt"}
        assert [k for k in till.kinds() if k in shown] == [
            "card_payment_started",
            "card_payment_approved",
            "sale_finished",
            "receipt",
        ]
        await till.checkout.enter("20")
        await till.checkout.pay_card(prompts)
        assert financial(lti)[-1].trx_sync_number == 2
        assert lti.auto_reversals == []

    run(tmp_path, scenario)


def test_a_declined_card_leaves_the_sale_open_and_the_number_advanced(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        with pytest.raises(CardDeclined, match="declined"):
            await till.checkout.pay_card(Prompts())
        assert till.checkout.snapshot().due == 7850 and not till.checkout.snapshot().locked
        assert sync_number(till) == 2  # a response was processed
        receipt = await till.checkout.pay_cash(10000)  # another tender
        assert receipt.payments[0].method is PaymentMethod.CASH

    run(tmp_path, scenario, Scenario.DECLINE)


@pytest.mark.parametrize(
    ("scenario_", "words"),
    [
        (Scenario.ERROR_TRM_PT_0001, "removed"),
        (Scenario.ERROR_TRM_PT_0002, "stop"),
        (Scenario.ERROR_TRM_PT_0201, "card"),
    ],
)
def test_a_terminal_error_is_a_plain_message_and_keeps_the_number(tmp_path, scenario_, words):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        with pytest.raises(CardDeclined) as caught:
            await till.checkout.pay_card(Prompts())
        assert words in caught.value.message.lower()
        assert "VCS" not in caught.value.message and "TRM" not in caught.value.message
        assert sync_number(till) == 1  # 7.2.1: reuse after an error
        lti.scenario = Scenario.APPROVE
        assert await till.checkout.pay_card(Prompts()) is not None
        assert [r.trx_sync_number for r in financial(lti)] == [1, 1]
        assert lti.auto_reversals == []  # the failed one was never completed

    run(tmp_path, scenario, scenario_)


def test_partial_approval_and_split_tender(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        assert await till.checkout.pay_card(Prompts()) is None  # half approved
        assert till.checkout.snapshot().paid == 3925 and till.checkout.snapshot().due == 3925
        with pytest.raises(SaleError):
            await till.checkout.enter("20")  # partly paid: items are fixed now
        lti.scenario = Scenario.APPROVE
        assert await till.checkout.pay_card(Prompts(), amount=1000) is None  # split: 10 kr card
        receipt = await till.checkout.pay_cash(5000)  # the rest, 29,25 -> 29,00 in cash
        methods = [(p.method, p.amount) for p in receipt.payments]
        assert methods == [
            (PaymentMethod.CARD, 3925),
            (PaymentMethod.CARD, 1000),
            (PaymentMethod.CASH, 2900),
        ]
        assert receipt.rounding == -25 and receipt.payments[-1].change == 2100
        with pytest.raises(SaleError):
            await till.checkout.pay_card(Prompts(), amount=1)  # nothing to pay for any more

    run(tmp_path, scenario, Scenario.PARTIAL)


def test_a_confirmation_is_answered_by_the_attendant(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        no = Prompts(answer=False)
        with pytest.raises(CardDeclined):
            await till.checkout.pay_card(no)
        assert no.asked and no.asked[0].lines
        yes = Prompts(answer=True)
        assert await till.checkout.pay_card(yes) is not None
        assert lti.confirmation_answers == [0, 1]

    run(tmp_path, scenario, Scenario.CONFIRM)


def test_an_unanswered_confirmation_times_out_after_timeout_plus_reminder(tmp_path):
    class Slow(Prompts):
        reminded = 0

        async def ask(self, question) -> bool:
            await asyncio.sleep(60)
            return True

        def remind(self, question) -> None:
            self.reminded += 1

    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        lti.confirmation_timeout, lti.confirmation_timeout_reminder = 1, 1
        await ring_up(till)
        slow = Slow()
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(CardDeclined):
            await till.checkout.pay_card(slow)
        assert 1.9 < loop.time() - start < 4  # 6.15: timeout + timeoutReminder
        assert slow.reminded == 1 and lti.confirmation_timeouts == 1

    run(tmp_path, scenario, Scenario.CONFIRM)


@pytest.mark.parametrize(("cash", "code"), [(False, "01"), (True, "02")])
def test_the_cashier_cancels_while_the_terminal_waits_for_the_card(tmp_path, cash, code):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        paying = asyncio.ensure_future(till.checkout.pay_card(Prompts()))
        await asyncio.sleep(0.3)
        await till.checkout.cancel_card_entry(customer_pays_cash=cash)
        with pytest.raises(CardDeclined):
            await paying
        aborts = [m for m in lti.till_device_messages if isinstance(m, AbortCardEntryNotification)]
        assert [a.abort_code for a in aborts] == [code]
        assert not till.checkout.snapshot().locked
        await till.checkout.pay_cash(10000)

    run(tmp_path, scenario, Scenario.NO_CARD)


def test_a_lost_answer_locks_the_sale_until_the_terminal_says_what_happened(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        with pytest.raises(PaymentUnknown):
            await till.checkout.pay_card(Prompts())
        snapshot = till.checkout.snapshot()
        assert snapshot.payment_unknown and snapshot.locked
        for attempt in (till.checkout.pay_cash(10000), till.checkout.pay_card(Prompts())):
            with pytest.raises(PaymentUnknown):
                await attempt
        with pytest.raises(PaymentUnknown):
            await till.checkout.enter("20")
        assert sync_number(till) == 1

        lti.scenario = Scenario.APPROVE
        (settled,) = await till.checkout.settle_payments()
        assert settled.state is CardPaymentState.APPROVED and settled.amount_auth == 7850
        assert any(isinstance(r, ReprintReceiptRequest) for r in lti.received)
        assert sync_number(till) == 2
        receipt = await till.checkout.finish_sale()
        assert receipt.payments[0].card.masked_pan  # from the terminal's record
        assert len(financial(lti)) == 1 and lti.auto_reversals == []  # charged exactly once
        assert "card_payment_settled" in till.kinds()

    run(tmp_path, scenario, Scenario.DROP_BEFORE_RESPONSE)


def test_a_manager_settles_by_hand_when_the_terminal_cannot_tell(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        with pytest.raises(PaymentUnknown):
            await till.checkout.pay_card(Prompts())
        await lti.stop()  # the terminal is gone for good
        with pytest.raises(PaymentUnknown):
            await till.checkout.settle_payments()
        with pytest.raises(Exception, match="reason"):
            await till.checkout.settle_by_hand(charged=False, reason=" ")
        await till.checkout.settle_by_hand(charged=False, reason="Checked the terminal: no slip")
        assert not till.checkout.snapshot().locked
        row = [r for r in till.store.journal_rows() if r.kind == "card_payment_settled_by_hand"]
        assert row[0].data["reason"] == "Checked the terminal: no slip"
        assert row[0].data["charged"] is False
        await till.checkout.pay_cash(10000)

    run(tmp_path, scenario, Scenario.DROP_BEFORE_RESPONSE)


def test_no_control_code_after_approval_retry_or_reverse(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        ccu.mode = FailureMode.HTTP_920
        with pytest.raises(ControlUnitError):
            await till.checkout.pay_card(Prompts())
        assert till.checkout.snapshot().paid == 7850 and list(till.store.receipts()) == []
        with pytest.raises(ControlUnitError):
            await till.checkout.finish_sale()
        with pytest.raises(SaleError):
            await till.checkout.void_sale()  # money taken: reverse first
        await till.checkout.give_up_sale()
        assert any(isinstance(r, ReversalRequest) for r in lti.received)
        assert till.checkout.card_payments[0].state is CardPaymentState.REVERSED
        assert till.checkout.snapshot().paid == 0 and not till.checkout.snapshot().locked
        assert till.kinds()[-2:] == ["card_reversal_requested", "card_reversal_confirmed"]
        await till.checkout.void_sale()

        await ring_up(till)
        with pytest.raises(ControlUnitError):
            await till.checkout.pay_card(Prompts())
        ccu.mode = FailureMode.OK
        receipt = await till.checkout.pay_cash(0)  # F12 on a sale cards cover: just finishes
        assert receipt.sequence_number == 1
        assert [p.method for p in receipt.payments] == [PaymentMethod.CARD]

    run(tmp_path, scenario)


def test_an_unreachable_terminal_charges_nothing(tmp_path):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await lti.stop()
        await ring_up(till)
        with pytest.raises(TerminalUnavailable):
            await till.checkout.pay_card(Prompts())
        assert not till.checkout.snapshot().locked  # nothing was sent
        assert sync_number(till) == 1

    run(tmp_path, scenario)


@pytest.mark.parametrize("lti_scenario", [Scenario.SPLIT_FRAMES, Scenario.COALESCE])
def test_split_and_coalesced_frames(tmp_path, lti_scenario):
    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        await ring_up(till)
        assert await till.checkout.pay_card(Prompts()) is not None

    run(tmp_path, scenario, lti_scenario)


# -- a till killed in the middle of a payment ----------------------------------------------

CHILD = textwrap.dedent(
    """
    import asyncio, sys
    sys.path.insert(0, sys.argv[4])
    from shop_examples import PRODUCTS, SHOP
    from till.adapters.control_unit import ControlUnitClient
    from till.adapters.wallee import TerminalClient, WalleeTerminal
    from till.checkout.ports import SilentPrompts
    from till.checkout.register import Checkout
    from till.store import TillStore

    async def main():
        store = TillStore.open(sys.argv[1])
        store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        checkout = Checkout(
            store=store,
            control_unit=ControlUnitClient("127.0.0.1", int(sys.argv[2]), application_id="t"),
            shop=SHOP,
            terminal=WalleeTerminal(
                TerminalClient("127.0.0.1", int(sys.argv[3])), pos_id=SHOP.register_id
            ),
        )
        await checkout.enter("7310865004703")
        await checkout.enter("3*30")
        print("paying", flush=True)
        await checkout.pay_card(SilentPrompts())

    asyncio.run(main())
    """
)


@pytest.mark.parametrize(
    ("lti_scenario", "charged"), [(Scenario.NO_CARD, False), (Scenario.DROP_BEFORE_RESPONSE, True)]
)
def test_a_till_killed_mid_payment_settles_first_after_restart(tmp_path, lti_scenario, charged):
    """SIGKILL a real till process while its payment is in flight, then start anew on the same
    database: the payment is settled from the terminal's record before anything else, and the
    customer is charged once at most."""

    async def main() -> None:
        ccu, lti = CcuSimulator(), LtiSimulator(scenario=lti_scenario)
        ccu_port, lti_port = await ccu.start(), await lti.start()
        db = tmp_path / "till.db"
        child = await spawn_till(CHILD, db, ccu_port, lti_port)
        try:
            for _ in range(200):
                if financial(lti) and (lti_scenario is Scenario.NO_CARD or lti.last):
                    break
                await asyncio.sleep(0.05)
            assert financial(lti), "the child never sent its payment"
            await asyncio.sleep(0.2)
        finally:
            with contextlib.suppress(ProcessLookupError):  # it may have ended on its own
                child.send_signal(signal.SIGKILL)
            await child.wait()

        lti.scenario = Scenario.APPROVE
        till = Till(db, ccu_port, lti_port)
        try:
            await till.checkout.resume()
            assert till.checkout.snapshot().payment_unknown  # locked before anything else
            till.terminal.start()  # online -> checkout settles on its own
            for _ in range(100):
                if not till.checkout.snapshot().payment_unknown:
                    break
                await asyncio.sleep(0.05)
            snapshot = till.checkout.snapshot()
            assert not snapshot.payment_unknown
            if charged:
                assert snapshot.due == 0
                receipt = await till.checkout.finish_sale()
                assert receipt.payments[0].amount == 7850
            else:
                assert snapshot.paid == 0
                assert sync_number(till) == 1
                await till.checkout.pay_card(Prompts())
            assert len(financial(lti)) == (1 if charged else 2)
            assert lti.auto_reversals == []
        finally:
            await till.close()
            await lti.stop()
            await ccu.stop()

    asyncio.run(main())


def test_a_card_refund_is_never_paid_twice(tmp_path):
    """The credit is approved, then the control unit fails: pressing refund again only makes
    the receipt; cash cannot be paid back on top of it."""

    async def scenario(till: Till, lti: LtiSimulator, ccu: CcuSimulator) -> None:
        class Yes:
            async def ask_manager_pin(self, action, *, first_time):
                return "4711"

        till.checkout.manager.prompt = Yes()
        await ring_up(till)
        await till.checkout.pay_card(Prompts())
        await till.checkout.start_return("1")
        await till.checkout.enter("30")  # one bag back: 19,00
        ccu.mode = FailureMode.HTTP_920
        with pytest.raises(ControlUnitError):
            await till.checkout.refund_card(Prompts())
        snapshot = till.checkout.snapshot()
        assert snapshot.paid == -1900 and snapshot.due == 0  # credited, not -2 x
        with pytest.raises(SaleError, match="already paid back"):
            await till.checkout.refund_cash()
        ccu.mode = FailureMode.OK
        receipt = await till.checkout.refund_card(Prompts())
        credits = [r for r in financial(lti) if r.trx_data.transaction_type == 4]
        assert len(credits) == 1 and credits[0].trx_data.amount == 1900
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.CARD, -1900)]
        assert receipt.total == -1900

    run(tmp_path, scenario)
