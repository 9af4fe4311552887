"""Klarna payments (issue 8 part 2) through checkout against fake terminals on the port: a Klarna
terminal beside the card terminal, or one terminal in both roles. The same write-ahead path as
cards; each payment is learned, settled and reversed on the terminal that took it, and its
receipt line says Klarna.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

import pytest
from fake_terminal import FakeTerminal, approve, decline, lose
from shop_examples import PRODUCTS, SHOP
from test_checkout_ports import TOTAL, FakeControlUnit, Prompts, Yes

from till.checkout.card_tender import CardDeclined, NoTerminal, PaymentUnknown
from till.checkout.register import Checkout
from till.core.card import CardPaymentKind, CardPaymentState, Tender
from till.core.receipt import PaymentMethod, receipt_layout
from till.store import TillStore

KLARNA_KIND = "fake-point"


class Rig:
    def __init__(self, db: Path, *, same_terminal: bool = False, klarna: bool = True) -> None:
        self.store = TillStore.open(db)
        self.store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        self.cards = FakeTerminal()
        self.klarna = self.cards if same_terminal else FakeTerminal(kind=KLARNA_KIND)
        self.ccu = FakeControlUnit()
        self.checkout = Checkout(
            store=self.store,
            control_unit=self.ccu,
            shop=SHOP,
            terminal=self.cards,
            klarna_terminal=self.klarna if klarna else None,
            clock=lambda: datetime(2026, 11, 29, 12, 0).astimezone(),
        )
        self.checkout.manager.prompt = Yes()

    async def ring_up(self) -> None:
        await self.checkout.enter("7310865004703")  # 21,50
        await self.checkout.enter("3*30")  # 57,00


def run(tmp_path: Path, scenario: Callable[[Rig], Awaitable[None]], **options: bool) -> None:
    async def main() -> None:
        rig = Rig(tmp_path / "till.db", **options)
        try:
            await scenario(rig)
        finally:
            await rig.checkout.close()
            rig.store.close()

    asyncio.run(main())


def test_a_klarna_sale_goes_to_the_klarna_terminal_and_says_klarna(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        receipt = await rig.checkout.pay_klarna(Prompts())

        assert receipt is not None and receipt.control is not None
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.KLARNA, TOTAL)]
        assert any(line.text.strip().startswith("Klarna") for line in receipt_layout(receipt))
        assert [c[0] for c in rig.klarna.calls] == ["charge"] and rig.cards.calls == []
        (payment,) = rig.store.card_payments_for_sale(receipt.sale_id)
        assert (payment.tender, payment.terminal_kind) == (Tender.KLARNA, KLARNA_KIND)
        assert payment.state is CardPaymentState.APPROVED
        approved = [r.data for r in rig.store.journal_rows() if r.kind == "card_payment_approved"]
        assert approved[0]["tender"] == "klarna"

    run(tmp_path, scenario)


def test_klarna_and_card_split_one_sale(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        assert await rig.checkout.pay_klarna(Prompts(), 5000) is None
        receipt = await rig.checkout.pay_card(Prompts())
        assert receipt is not None
        assert [(p.method, p.amount) for p in receipt.payments] == [
            (PaymentMethod.KLARNA, 5000),
            (PaymentMethod.CARD, TOTAL - 5000),
        ]

    run(tmp_path, scenario)


def test_a_declined_klarna_payment_leaves_the_sale_open_for_another_tender(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.klarna.charges.append(decline)  # e.g. the cashier denied the customer's ID
        await rig.ring_up()
        with pytest.raises(CardDeclined):
            await rig.checkout.pay_klarna(Prompts())
        assert rig.checkout.snapshot().due == TOTAL
        receipt = await rig.checkout.pay_cash(10_000)
        assert [p.method for p in receipt.payments] == [PaymentMethod.CASH]

    run(tmp_path, scenario)


def test_an_unknown_klarna_payment_is_learned_from_the_klarna_terminal(tmp_path):
    async def scenario(rig: Rig) -> None:
        def charged_then_lost(payment):
            rig.klarna.done[payment.payment_id] = "charged"
            return lose(payment)

        rig.klarna.charges.append(charged_then_lost)
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_klarna(Prompts())
        with pytest.raises(PaymentUnknown):  # locked: no card payment either
            await rig.checkout.pay_card(Prompts())
        settled = await rig.checkout.settle_payments()
        assert [p.state for p in settled] == [CardPaymentState.APPROVED]
        assert [c[0] for c in rig.klarna.calls] == ["charge", "learn"] and rig.cards.calls == []
        receipt = await rig.checkout.finish_if_covered(settled)
        assert receipt is not None and receipt.payments[0].method is PaymentMethod.KLARNA

    run(tmp_path, scenario)


def test_the_klarna_terminal_back_online_settles_its_payment(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.klarna.charges.append(lose)
        await rig.ring_up()
        with pytest.raises(PaymentUnknown):
            await rig.checkout.pay_klarna(Prompts())
        rig.klarna.go(rig.klarna.state, "back")
        for _ in range(50):
            await asyncio.sleep(0.01)
            if not rig.checkout.snapshot().payment_unknown:
                break
        assert [p.state for p in rig.checkout.card_payments] == [CardPaymentState.FAILED]

    run(tmp_path, scenario)


def test_giving_up_voids_the_klarna_payment_on_its_own_terminal(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        await rig.checkout.pay_card(Prompts(), 1000)
        rig.ccu.fail = True
        with pytest.raises(Exception, match="control unit"):
            await rig.checkout.pay_klarna(Prompts())
        await rig.checkout.give_up_sale()
        assert [c[0] for c in rig.klarna.calls] == ["charge", "reverse"]
        assert [c[0] for c in rig.cards.calls] == ["charge", "reverse"]
        assert {p.state for p in rig.checkout.card_payments} == {CardPaymentState.REVERSED}

    run(tmp_path, scenario)


def test_a_return_is_paid_back_through_klarna(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        await rig.checkout.pay_klarna(Prompts())
        await rig.checkout.start_return("1")
        await rig.checkout.enter("30")  # one bag back: 19,00
        receipt = await rig.checkout.refund_klarna(Prompts())
        assert [(p.method, p.amount) for p in receipt.payments] == [(PaymentMethod.KLARNA, -1900)]
        (credit,) = rig.store.card_payments_for_sale(receipt.sale_id)
        assert credit.kind is CardPaymentKind.CREDIT and credit.tender is Tender.KLARNA
        assert credit.terminal_kind == KLARNA_KIND

    run(tmp_path, scenario)


def test_one_terminal_in_both_roles(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        await rig.checkout.pay_card(Prompts(), 1000)
        receipt = await rig.checkout.pay_klarna(Prompts())
        assert receipt is not None
        assert [p.method for p in receipt.payments] == [PaymentMethod.CARD, PaymentMethod.KLARNA]
        assert len(rig.cards.listeners) == 1  # subscribed once

    run(tmp_path, scenario, same_terminal=True)


def test_no_klarna_terminal_says_so_and_charges_nothing(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.ring_up()
        with pytest.raises(NoTerminal, match="Klarna"):
            await rig.checkout.pay_klarna(Prompts())
        assert rig.cards.calls == [] and rig.checkout.card_payments == []
        assert not rig.checkout.takes_klarna

    run(tmp_path, scenario, klarna=False)


def test_training_mode_charges_no_klarna(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.checkout.set_training(True)
        await rig.ring_up()
        receipt = await rig.checkout.pay_klarna(Prompts())
        assert receipt is not None and receipt.payments[0].method is PaymentMethod.KLARNA
        assert rig.klarna.calls == []

    run(tmp_path, scenario)


def test_the_cashier_stops_the_klarna_payment_on_the_klarna_terminal(tmp_path):
    async def scenario(rig: Rig) -> None:
        started = asyncio.Event()
        release = asyncio.Event()

        async def waiting(payment):
            started.set()
            await release.wait()
            return approve(payment)

        class Slow(FakeTerminal):
            async def charge(self, payment, prompts):
                self.calls.append(("charge", payment.payment_id))
                return await waiting(payment)

        slow = Slow(kind=KLARNA_KIND)
        rig.checkout.cards.klarna_terminal = slow
        await rig.ring_up()
        paying = asyncio.ensure_future(rig.checkout.pay_klarna(Prompts()))
        await started.wait()
        await rig.checkout.cancel_card_entry()
        release.set()
        await paying
        assert slow.aborts == [False] and rig.cards.aborts == []

    run(tmp_path, scenario)
