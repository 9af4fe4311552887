"""Card and Klarna payments of the open sale, one of Checkout's collaborators (register.py).

The terminal side (write-ahead, unknown outcomes, reversal) is CardTender's; here the sale's
side: what is still due, finishing a sale that terminal payments cover, giving one up, settling
payments in doubt, and the cashier cancelling a card entry. A Klarna payment (on the Point
terminal) takes the same path as a card payment; only its tender, its terminal and its receipt
line ("Klarna") differ.
"""

from __future__ import annotations

import asyncio
import logging

from till.checkout.card_tender import CardTender
from till.checkout.context import CheckoutContext
from till.checkout.events import TerminalStatus
from till.checkout.modes import Modes, training_card
from till.checkout.ports import PaymentTerminal, TerminalPrompts, TerminalState
from till.checkout.registration import Registrar
from till.core.card import CardPayment, CardPaymentKind, CardSlip, Tender
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import Amount
from till.core.receipt import Payment, PaymentMethod, Receipt
from till.core.sale import Sale, SaleError

CARD_AMOUNT_OUT_OF_RANGE = Message(
    "card_amount_out_of_range",
    QT_TRANSLATE_NOOP("Errors", "A card payment must be more than 0 and at most {due}."),
)
TRAINING_CARD_PAYS_ALL = Message(
    "training_card_pays_all",
    QT_TRANSLATE_NOOP("Errors", "In training mode a card pays the whole sale."),
)
STILL_DUE = Message("still_due", QT_TRANSLATE_NOOP("Errors", "{due} is still due."))
NO_CARD_PAYMENT_TO_SETTLE = Message(
    "no_card_payment_to_settle", QT_TRANSLATE_NOOP("Errors", "There is no card payment to settle.")
)


log = logging.getLogger(__name__)


class CardPayments:
    """The open sale's card payments: charge, finish, give up, settle."""

    def __init__(
        self,
        context: CheckoutContext,
        terminal: PaymentTerminal | None,
        registrar: Registrar,
        modes: Modes,
        klarna_terminal: PaymentTerminal | None = None,
    ) -> None:
        self._context = context
        self._open = context.open
        self._registrar = registrar
        self._modes = modes
        self.cards = CardTender(
            store=context.store,
            terminal=terminal,
            register_id=context.register_id,
            in_store=context.in_store,
            clock=context.clock,
            klarna_terminal=klarna_terminal,
        )
        self._settling: asyncio.Future | None = None  # a strong reference while it runs
        self._settle_lock = asyncio.Lock()
        # The status bar shows the card terminal (or the Klarna one on a Point-only register);
        # every terminal coming back settles what is in doubt.
        for n, each in enumerate(self.cards.terminals):
            each.subscribe(self._terminal_state if n == 0 else self._other_terminal_state)

    def _terminal_state(self, state: TerminalState, message: TillError | str) -> None:
        self._context.publish(TerminalStatus(state is TerminalState.ONLINE, message))
        self._other_terminal_state(state, message)

    def _other_terminal_state(self, state: TerminalState, message: TillError | str) -> None:
        # Whenever a terminal is back, settle what is in doubt before anything else.
        idle = self._settling is None or self._settling.done()
        if state is TerminalState.ONLINE and self._open.snapshot().payment_unknown and idle:
            self._settling = asyncio.ensure_future(self._settle_quietly())

    def running_tasks(self) -> list[asyncio.Future]:
        """The settling a terminal coming back started, while it runs (the till's close ends
        it)."""
        settling = self._settling
        return [settling] if settling is not None and not settling.done() else []

    async def _settle_quietly(self) -> None:
        try:
            await self.settle_payments()
        except TillError as error:
            log.info("card payment still unsettled: %s", error.message)

    def card_tenders(self) -> tuple[Payment, ...]:
        """The receipt's card lines: the open sale's charged payments."""
        return tuple(
            Payment(PaymentMethod(p.tender.value), p.signed_amount, card=p.slip)
            for p in self._open.card_payments
            if p.state.charged
        )

    async def pay_card(
        self, prompts: TerminalPrompts, amount: int | None = None, tender: Tender = Tender.CARD
    ) -> Receipt | None:
        """Charge the card (or Klarna, on its terminal) for `amount` öre (default: all that is
        due). Returns the receipt when the sale is paid in full, None when something is still
        due (partial approval or a split tender). Raises CardDeclined, PaymentUnknown,
        TerminalUnavailable, NoTerminal, ControlUnitError (the payment stands then: retry with
        finish_sale, or give_up_sale)."""
        snapshot = self._open.refuse_to_take_payment()
        due = snapshot.due
        amount = due if amount is None else amount
        if not 0 < amount <= due:
            raise SaleError(CARD_AMOUNT_OUT_OF_RANGE, due=Amount(due))
        if tender is Tender.KLARNA:
            self.cards.require_terminal(tender)  # before training mode pretends to have one
        if self._modes.training:  # no real card charge in training mode
            if amount != due:
                raise SaleError(TRAINING_CARD_PAYS_ALL)
            return await self._registrar.complete(0, (training_payment(amount, tender),))
        await self.charge(amount, prompts, CardPaymentKind.PURCHASE, tender)
        if self._open.snapshot().due > 0:
            self._context.sale_changed()
            return None
        # Paid in full: go straight on to the receipt. The screen hears of "paid, no receipt"
        # only if that fails, not as a flash in between.
        try:
            return await self.finish_sale()
        except BaseException:
            self._context.sale_changed()
            raise

    async def charge(
        self,
        amount: int,
        prompts: TerminalPrompts,
        kind: CardPaymentKind,
        tender: Tender = Tender.CARD,
    ) -> CardPayment:
        """One card payment (or credit) on the tender's terminal; afterwards the sale's
        payments are read back, and on failure the screen hears of the new state at once."""
        self._open.paying = True
        try:
            payment = await self.cards.pay(self._open.sale.sale_id, amount, prompts, kind, tender)
        except BaseException:
            self._open.paying = False
            await self._reload_card_payments()
            raise
        self._open.paying = False
        self._open.card_payments = await self.card_payments_of(self._open.sale)
        return payment

    async def _reload_card_payments(self) -> None:
        self._open.card_payments = await self.card_payments_of(self._open.sale)
        self._context.sale_changed()

    async def card_payments_of(self, sale: Sale) -> list[CardPayment]:
        """The sale's card payments from the store; if another sale began while the store was
        asked (the first one finished meanwhile), the current list stays as it is."""
        ctx = self._context
        payments = await ctx.in_store(ctx.store.card_payments_for_sale, sale.sale_id)
        return payments if self._open.sale.sale_id == sale.sale_id else self._open.card_payments

    async def finish_sale(self) -> Receipt:
        """Complete a sale (or return) that card payments (credits) cover in full: control
        code, receipt, print. The retry after a control unit failure (F8); with a receipt in
        flight (its answer lost, or its code back and not stored) that receipt is finished."""
        if self._open.registration is not None:
            return await self._registrar.complete(0, ())
        snapshot = self._open.refuse_to_take_payment(self._open.sale.kind)
        if snapshot.due != 0 or not snapshot.paid:
            raise SaleError(STILL_DUE, due=Amount(snapshot.due))
        return await self._registrar.complete(0, self.card_tenders())

    async def finish_if_covered(self, settled: list[CardPayment]) -> Receipt | None:
        """After payments in doubt were settled: a sale now paid in full by card is finished at
        once (control code, receipt). Not after a reversal was settled (the cashier had given
        that sale up), nor while something is still due or in doubt. None: nothing finished."""
        if any(p.reversal is not None for p in settled):
            return None
        sale = self._open.snapshot()
        if sale.lines and sale.paid > 0 and sale.due <= 0 and not sale.payment_unknown:
            return await self.finish_sale()
        return None

    def give_up_reason(self) -> str:
        """Why the card payments are reversed, for the journal: a sale the cards cover lacks
        only its control code; one part paid is given up by the cashier."""
        return "no control code" if self._open.snapshot().due <= 0 else "given up by the cashier"

    async def give_up_sale(self, reason: str = "no control code") -> None:
        """Reverse the sale's card payments, newest first, so no money is kept without a
        receipt. The sale stays open: it can be paid again or voided. Each reversal is saved
        before it is sent (card_reversal.py); one whose answer is lost locks the sale until it
        is settled (ReversalUnknown), one refused leaves its payment standing (TillError)."""
        self._open.refuse_to_take_payment()
        approved = [p for p in self._open.card_payments if p.state.charged]
        try:
            for n, payment in enumerate(reversed(approved)):
                await self.cards.reverse(payment, reason=reason, last=n == 0)
        finally:
            await self._reload_card_payments()

    async def settle_payments(self) -> list[CardPayment]:
        """Settle every card payment (or reversal) left undecided, after a lost answer or a
        restart, asking the terminal. Raises PaymentUnknown for one it cannot decide."""
        ctx = self._context
        async with self._settle_lock:  # F7 and the reconnect's own settling ask only once
            undecided = await ctx.in_store(ctx.store.undecided_card_payments, ctx.register_id)
            # One on the wire right now is not in doubt yet: its own answer decides it.
            undecided = [p for p in undecided if p.payment_id not in self.cards.in_flight]
            settled = []
            try:
                for payment in undecided:
                    settled.append(await self.cards.settle(payment))
            finally:
                await self._reload_card_payments()
            return settled

    async def settle_by_hand(self, *, charged: bool, reason: str) -> CardPayment:
        """A manager's decision on the open sale's undecided card payment. Journaled.
        `charged`: the card ends up charged by it (for a reversal: the money was not given
        back)."""
        undecided = [
            p
            for p in self._open.card_payments
            if p.state.open and p.payment_id not in self.cards.in_flight
        ]
        if not undecided:
            raise SaleError(NO_CARD_PAYMENT_TO_SETTLE)
        await self._context.manager.approve_if_cashiers(
            "settle a card payment by hand", details={"payment_id": undecided[0].payment_id}
        )
        try:
            return await self.cards.settle_by_hand(undecided[0], charged=charged, reason=reason)
        finally:
            await self._reload_card_payments()

    async def cancel_card_entry(self, *, customer_pays_cash: bool = False) -> None:
        """The cashier stops a card (or Klarna) payment while the terminal waits for it."""
        terminal = self.cards.charging or self.cards.terminal
        if terminal is not None:
            await terminal.abort_card_entry(customer_pays_otherwise=customer_pays_cash)


def training_payment(amount: int, tender: Tender) -> Payment:
    """Training mode charges nothing; the receipt says so where the card (or Klarna) would be."""
    if tender is Tender.CARD:
        return training_card(amount)
    return Payment(
        PaymentMethod.KLARNA, amount, card=CardSlip(app_label="ÖVNING", masked_pan="ingen Klarna")
    )
