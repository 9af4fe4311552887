"""The rules checkout decides for the screen (issue 8, part 1, item 3): which stage the open sale
is in, when offline mode may be offered, finishing a sale once settled cards cover it, why card
payments are given up. The window only renders them (test_ui_*.py)."""

from __future__ import annotations

import pytest
from fake_terminal import lose, partial
from test_checkout_ports import Prompts, Rig, lost_after, run

from till.checkout.card_tender import PaymentUnknown
from till.checkout.context import CheckoutContext, OpenSale
from till.checkout.events import ControlUnitState, ControlUnitStatus, SaleStage
from till.checkout.ports import Unknown
from till.core.card import CardPaymentState
from till.core.errors import TillError
from till.protocols.ccu.errors import ControlUnitError, ControlUnitTimeout, ControlUnitUnreachable

UNREACHABLE = ControlUnitUnreachable("ccu.example", 443, "connection refused")


def test_the_collaborators_share_one_context_and_one_open_sale(tmp_path):
    async def scenario(rig: Rig) -> None:
        checkout = rig.checkout
        assert isinstance(checkout.context, CheckoutContext)
        assert isinstance(checkout.context.open, OpenSale)
        for collaborator in (checkout.registrar, checkout.card_sale, checkout.returns):
            assert collaborator._context is checkout.context
            assert collaborator._open is checkout.context.open
        await rig.ring_up()
        assert checkout.sale is checkout.context.open.sale
        assert checkout.snapshot() == checkout.context.open.snapshot()

    run(tmp_path, scenario)


def test_the_stage_follows_the_sale_through_its_payments(tmp_path):
    async def scenario(rig: Rig) -> None:
        checkout = rig.checkout
        assert checkout.snapshot().stage is SaleStage.OPEN
        await rig.ring_up()
        assert checkout.snapshot().stage is SaleStage.OPEN
        rig.terminal.charges.append(partial)
        assert await checkout.pay_card(Prompts()) is None
        assert checkout.snapshot().stage is SaleStage.PART_PAID
        rig.terminal.charges.append(lose)
        rig.terminal.records.append(Unknown("undecided", answered=True))
        with pytest.raises(PaymentUnknown):
            await checkout.pay_card(Prompts(), amount=1000)
        assert checkout.snapshot().stage is SaleStage.PAYMENT_IN_DOUBT
        await checkout.settle_by_hand(charged=True, reason="the terminal's slip says charged")
        assert checkout.snapshot().stage is SaleStage.PART_PAID
        rig.ccu.request_code = _timing_out  # the rest approved, then the code's answer lost
        with pytest.raises(ControlUnitTimeout):
            await checkout.pay_card(Prompts())
        # Lost answer: the sale is frozen with its receipt, whatever the cards say.
        assert checkout.snapshot().stage is SaleStage.REGISTERING
        del rig.ccu.request_code  # the unit answers again
        await checkout.finish_sale()
        assert checkout.snapshot().stage is SaleStage.OPEN and not checkout.snapshot().lines

    run(tmp_path, scenario)


def test_paid_in_full_without_a_receipt_is_its_own_stage(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        rig.ccu.request_code = _refusing
        with pytest.raises(TillError):
            await rig.checkout.pay_card(Prompts())
        snapshot = rig.checkout.snapshot()
        assert snapshot.registering is None and snapshot.paid == snapshot.total
        assert snapshot.stage is SaleStage.PAID_NO_RECEIPT
        assert rig.checkout.give_up_reason() == "no control code"

    run(tmp_path, scenario)


async def _refusing(data, request_id):
    raise TillError("the control unit refused the data", code="refused_for_test")


def test_offline_mode_is_offered_only_when_the_unit_cannot_be_reached(tmp_path):
    async def scenario(rig: Rig) -> None:
        checkout = rig.checkout
        assert checkout.may_offer_offline(UNREACHABLE)
        assert not checkout.may_offer_offline(ControlUnitError("refused"))  # reached, said no
        assert not checkout.may_offer_offline(TillError("something else"))
        await checkout.go_offline("down")
        assert not checkout.may_offer_offline(UNREACHABLE)  # already offline

    run(tmp_path, scenario)


def test_no_offline_offer_in_training_or_with_a_receipt_in_flight(tmp_path):
    async def scenario(rig: Rig) -> None:
        checkout = rig.checkout
        await checkout.set_training(True)
        assert not checkout.may_offer_offline(UNREACHABLE)
        await checkout.set_training(False)
        await rig.ring_up()
        rig.ccu.request_code = _timing_out
        with pytest.raises(ControlUnitTimeout):
            await checkout.pay_cash(10000)
        assert checkout.registration is not None
        assert not checkout.may_offer_offline(UNREACHABLE)  # that receipt is finished first

    run(tmp_path, scenario)


async def _timing_out(data, request_id):
    raise ControlUnitTimeout(5.0)


def test_the_reason_for_offline_mode(tmp_path):
    async def scenario(rig: Rig) -> None:
        checkout = rig.checkout
        assert checkout.offline_reason(None) is None  # nothing says the unit is out
        assert checkout.offline_reason("the payment failed") == "the payment failed"
        status = ControlUnitStatus(ControlUnitState.OFFLINE, "no route to host")
        assert checkout.modes.offline_reason(None, status) == "no route to host"
        online = ControlUnitStatus(ControlUnitState.ONLINE, "online")
        assert checkout.modes.offline_reason(None, online) is None

    run(tmp_path, scenario)


def test_a_settled_payment_that_covers_the_sale_finishes_it(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(lost_after("charged", rig.terminal))
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts())
        assert await rig.checkout.finish_if_covered([]) is None  # still in doubt
        settled = await rig.checkout.settle_payments()
        receipt = await rig.checkout.finish_if_covered(settled)
        assert receipt is not None and receipt.payments[0].amount == receipt.total
        assert not rig.checkout.snapshot().lines

    run(tmp_path, scenario)


def test_a_settled_payment_that_leaves_money_due_finishes_nothing(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.terminal.charges.append(lose)
        rig.terminal.records.append(Unknown("undecided", answered=True))
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_card(Prompts(), amount=1000)
        settled = await rig.checkout.settle_by_hand(charged=True, reason="slip says charged")
        assert await rig.checkout.finish_if_covered([settled]) is None
        assert rig.checkout.snapshot().stage is SaleStage.PART_PAID
        assert rig.checkout.give_up_reason() == "given up by the cashier"

    run(tmp_path, scenario)


def test_a_settled_reversal_never_finishes_the_sale(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        rig.ccu.request_code = _refusing
        with pytest.raises(TillError):
            await rig.checkout.pay_card(Prompts())
        rig.terminal.reversals.append(lose)
        rig.terminal.records.append(Unknown("undecided", answered=True))
        with pytest.raises(PaymentUnknown):
            await rig.checkout.give_up_sale()
        settled = await rig.checkout.settle_by_hand(charged=True, reason="not given back")
        assert settled.state is CardPaymentState.APPROVED  # the card payment stands
        assert rig.checkout.snapshot().stage is SaleStage.PAID_NO_RECEIPT
        assert await rig.checkout.finish_if_covered([settled]) is None  # given up, not finished
        assert rig.checkout.snapshot().lines

    run(tmp_path, scenario)
