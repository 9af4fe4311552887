"""Card payments on the register's terminal (the PaymentTerminal port), ordered so that
nobody is charged twice.

1. The payment is saved PENDING with the terminal kind and the reference the terminal hands
   out for it (prepare, from the counter the store keeps for that terminal), then it is sent.
2. An answer is recorded: approved or declined (with the counter moved past the value the
   terminal used, in the same transaction), or refused (not charged).
3. No final answer, or one that does not say how much was charged: the payment is UNKNOWN and
   the sale is locked. The terminal's adapter learns the outcome from the terminal's own record
   (`learn`); if the record cannot tell, a manager settles it by hand. A new charge is refused
   until then (the database refuses a second undecided payment too). Nothing is resent blindly.

Reversals (card_reversal.py) follow the same three steps.

Two tenders, one record. A register may take cards on one terminal and Klarna on another (a
Point terminal), or both on the same one. One CardTender keeps both: a payment is saved with its
tender and its terminal's kind, and whatever happens to it later (learn, settle, reverse) is
asked of the terminal of that kind, so a Klarna payment is never judged from the card terminal's
record. One record of states, one set of payments in flight, and the store's rule of one
undecided payment per register hold across both tenders.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from till.checkout.card_reversal import (
    CardReversals,
    PaymentUnknown,
    ReversalUnknown,
)
from till.checkout.ports import (
    Approved,
    Declined,
    PaymentTerminal,
    Reason,
    Refused,
    TerminalPrompts,
    TerminalReference,
    TerminalUnavailable,
    Unknown,
    reason_text,
    restate,
)
from till.core.card import CardPayment, CardPaymentKind, CardPaymentState, Tender
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.store import TillStore

NO_KLARNA_TERMINAL = Message(
    "no_klarna_terminal",
    QT_TRANSLATE_NOOP("Errors", "No Klarna terminal is set up for this till; take another tender."),
)
NO_CARD_TERMINAL = Message(
    "no_card_terminal",
    QT_TRANSLATE_NOOP("Errors", "No card terminal is set up for this till; take another tender."),
)
PAYMENT_OTHER_TERMINAL = Message(
    "payment_other_terminal",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This card payment went to another kind of terminal ({terminal_kind}) than the one set up "
        "now; a manager must settle it by hand.",
    ),
)
CARD_DECLINED = Message(
    "card_declined",
    QT_TRANSLATE_NOOP(
        "Errors", "The card was declined. Ask for another card or another way to pay."
    ),
)
CARD_AMOUNT_UNKNOWN = Message(
    "card_amount_unknown",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal's answer does not say how much was charged, so the till cannot tell "
        "whether the card was charged. The sale is locked until that is settled from the "
        "terminal's record.",
    ),
)
CARD_TERMINAL_LOST = Message(
    "card_terminal_lost",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal stopped answering during the payment, so the till cannot tell whether "
        "the card was charged. The sale is locked until that is settled; the till asks the "
        "terminal as soon as it answers again.",
    ),
)
CARD_RECORD_UNCLEAR = Message(
    "card_record_unclear",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The terminal's record does not show whether the card was charged. A manager must check "
        "the terminal's last receipt and settle the payment by hand.",
    ),
)
CARD_TERMINAL_NOT_ANSWERING = Message(
    "card_terminal_not_answering",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal cannot be asked right now; the sale stays locked. The till asks again "
        "when the terminal answers.",
    ),
)
CARD_PAYMENT_SETTLED = Message(
    "card_payment_settled",
    QT_TRANSLATE_NOOP("Errors", "This card payment is already settled."),
)
CARD_SETTLE_REASON_NEEDED = Message(
    "card_settle_reason_needed",
    QT_TRANSLATE_NOOP("Errors", "Settling a card payment by hand needs a reason."),
)


log = logging.getLogger(__name__)
T = TypeVar("T")


class CardDeclined(TillError):
    code = "card_declined"


class NoTerminal(TillError):
    code = "no_terminal"


__all__ = ["CardDeclined", "CardTender", "NoTerminal", "PaymentUnknown", "ReversalUnknown"]


class CardTender:
    """Card payments of one register. Store calls go through `in_store` (the worker thread)."""

    def __init__(
        self,
        *,
        store: TillStore,
        terminal: PaymentTerminal | None,
        register_id: str,
        in_store: Callable[..., Awaitable[Any]],
        clock: Callable[[], datetime],
        klarna_terminal: PaymentTerminal | None = None,
    ) -> None:
        self._store = store
        self.terminal = terminal  # cards
        self.klarna_terminal = klarna_terminal  # may be the same object as `terminal`
        self.charging: PaymentTerminal | None = None  # the terminal a charge is on right now
        self._register_id = register_id
        self._in_store = in_store
        self.clock = clock
        # Payments whose request (or reversal) is on the wire right now: a settle running
        # beside it (the terminal reconnected) must not take them for ones left by a crash.
        self.in_flight: set[str] = set()
        self._reversals = CardReversals(self)

    # require_terminal, record, same_kind, learn, clock and in_flight are what CardReversals
    # (card_reversal.py) uses of its tender: one record of payment states for both.

    def require_terminal(self, tender: Tender = Tender.CARD) -> PaymentTerminal:
        """The terminal that takes new payments of `tender`."""
        if tender is Tender.KLARNA:
            if self.klarna_terminal is None:
                raise NoTerminal(
                    NO_KLARNA_TERMINAL,
                )
            return self.klarna_terminal
        if self.terminal is None:
            raise NoTerminal(NO_CARD_TERMINAL)
        return self.terminal

    @property
    def terminals(self) -> tuple[PaymentTerminal, ...]:
        """The register's terminals, each once (one may serve both tenders)."""
        found: list[PaymentTerminal] = []
        for terminal in (self.terminal, self.klarna_terminal):
            if terminal is not None and all(terminal is not t for t in found):
                found.append(terminal)
        return tuple(found)

    def terminal_of(self, payment: CardPayment) -> PaymentTerminal | None:
        """The terminal that took `payment` (by its kind), if it is still set up."""
        preferred = self.klarna_terminal if payment.tender is Tender.KLARNA else self.terminal
        candidates = (preferred, *self.terminals)
        return next((t for t in candidates if t and t.kind == payment.terminal_kind), None)

    def terminal_for(self, payment: CardPayment) -> PaymentTerminal:
        """The terminal to ask about `payment`. Raises NoTerminal when there is none at all,
        PaymentUnknown when none of its kind is set up (only it can tell)."""
        terminal = self.terminal_of(payment)
        if terminal is not None:
            return terminal
        if not self.terminals:
            raise NoTerminal(NO_CARD_TERMINAL)
        self.same_kind(None, payment)  # raises PaymentUnknown
        raise AssertionError("unreachable")  # pragma: no cover

    async def record(
        self,
        payment: CardPayment,
        kind: str,
        *,
        counter_used: int | None = None,
        data: Mapping[str, Any] | None = None,
    ) -> CardPayment:
        """Save a new state with its journal event; `counter_used`: move the terminal's counter
        past that value in the same transaction."""
        await self._in_store(
            self._store.record_card_payment,
            payment,
            register_id=self._register_id,
            kind=kind,
            counter_used=counter_used,
            data=dict(data) if data else None,
        )
        return payment

    @staticmethod
    def same_kind(terminal: PaymentTerminal | None, payment: CardPayment) -> None:
        """Only the terminal that took a payment can tell what became of it."""
        if terminal is None or payment.terminal_kind != terminal.kind:
            raise PaymentUnknown(
                PAYMENT_OTHER_TERMINAL,
                terminal_kind=payment.terminal_kind,
                detail=f"payment {payment.payment_id}: {payment.terminal_kind} is not set up",
            )

    def reference_text(self, payment: CardPayment) -> str:
        """The payment's terminal reference as a manager finds it on the terminal's receipt."""
        terminal = self.terminal_of(payment)
        if terminal is None:
            return payment.terminal_ref
        return terminal.describe(TerminalReference.of(payment))

    async def reverse(self, payment: CardPayment, *, reason: str, last: bool = True) -> CardPayment:
        """Give an approved payment's money back, written ahead (card_reversal.py)."""
        return await self._reversals.reverse(payment, reason=reason, last=last)

    # -- charging --------------------------------------------------------------------------

    async def pay(
        self,
        sale_id: str,
        amount: int,
        prompts: TerminalPrompts,
        kind: CardPaymentKind = CardPaymentKind.PURCHASE,
        tender: Tender = Tender.CARD,
    ) -> CardPayment:
        """Charge (or credit) `amount` öre on the terminal of `tender`. Returns the APPROVED
        payment (amount_auth may be less: partial approval). Raises CardDeclined,
        PaymentUnknown or TerminalUnavailable."""
        terminal = self.require_terminal(tender)
        counter = await self._in_store(
            self._store.terminal_counter, terminal.kind, self._register_id
        )
        reference = terminal.prepare(kind, amount, counter)
        payment = CardPayment(
            payment_id=uuid.uuid4().hex,
            sale_id=sale_id,
            kind=kind,
            amount=amount,
            terminal_kind=terminal.kind,
            terminal_ref=reference.text(),
            state=CardPaymentState.PENDING,
            started_at=self.clock(),
            tender=tender,
        )
        self.in_flight.add(payment.payment_id)  # before it is saved: a settle never sees it
        self.charging = terminal
        try:
            await self._in_store(
                self._store.start_card_payment, payment, register_id=self._register_id
            )
            return await self._send_payment(terminal, payment, prompts)
        finally:
            self.in_flight.discard(payment.payment_id)
            self.charging = None

    async def _send_payment(
        self, terminal: PaymentTerminal, payment: CardPayment, prompts: TerminalPrompts
    ) -> CardPayment:
        try:
            outcome = await terminal.charge(payment, prompts)
        except TerminalUnavailable as error:
            # Not sent: nothing happened on the terminal, its counter stays for the next try.
            failed = payment.with_state(CardPaymentState.FAILED, message=error.message)
            await self.record(failed, "card_payment_failed")
            raise
        if isinstance(outcome, Refused):
            failed = payment.with_state(
                CardPaymentState.FAILED, message=reason_text(outcome.reason)
            )
            await self.record(failed, "card_payment_failed", data=outcome.data)
            raise restate(CardDeclined, outcome.reason, code=outcome.code)
        if isinstance(outcome, Declined):
            declined = payment.with_state(
                CardPaymentState.DECLINED, slip=outcome.slip, message=reason_text(outcome.reason)
            )
            await self.record(declined, "card_payment_declined", counter_used=outcome.counter_used)
            raise CardDeclined(CARD_DECLINED)
        if isinstance(outcome, Unknown):
            await self._mark_unknown(payment, outcome.why, data=outcome.data)
            if outcome.answered:
                raise PaymentUnknown(
                    CARD_AMOUNT_UNKNOWN,
                    detail=outcome.detail,
                )
            raise PaymentUnknown(
                CARD_TERMINAL_LOST,
                detail=outcome.detail,
            )
        approved = payment.with_state(
            CardPaymentState.APPROVED,
            amount_auth=outcome.amount,
            slip=outcome.slip,
            tip=outcome.tip,
        )
        return await self.record(
            approved, "card_payment_approved", counter_used=outcome.counter_used, data=outcome.data
        )

    async def _mark_unknown(
        self, payment: CardPayment, why: Reason, data: Mapping[str, Any] | None = None
    ) -> CardPayment:
        unknown = payment.with_state(CardPaymentState.UNKNOWN, message=reason_text(why))
        return await self.record(unknown, "card_payment_unknown", data=data)

    # -- unknown outcomes ------------------------------------------------------------------

    async def settle(self, payment: CardPayment) -> CardPayment:
        """Learn an UNKNOWN payment's outcome (or a reversal's, in doubt) from the terminal's
        own record: the adapter of the terminal that took it asks and judges."""
        terminal = self.terminal_for(payment)
        if payment.state.in_reversal:
            return await self._reversals.settle_reversal(payment)
        if payment.state is CardPaymentState.PENDING:
            payment = await self._mark_unknown(payment, "the till stopped during the payment")
        outcome = await self.learn(terminal.learn(payment))
        if isinstance(outcome, Approved):
            approved = payment.with_state(
                CardPaymentState.APPROVED,
                amount_auth=outcome.amount,
                slip=outcome.slip,
                tip=outcome.tip,
                message="",
            )
            return await self.record(
                approved,
                "card_payment_settled",
                counter_used=outcome.counter_used,
                data=outcome.data,
            )
        if isinstance(outcome, Declined):
            declined = payment.with_state(
                CardPaymentState.DECLINED, message=reason_text(outcome.reason)
            )
            return await self.record(
                declined,
                "card_payment_settled",
                counter_used=outcome.counter_used,
                data=outcome.data,
            )
        if isinstance(outcome, Refused):
            failed = payment.with_state(
                CardPaymentState.FAILED, message=reason_text(outcome.reason)
            )
            return await self.record(failed, "card_payment_settled", data=outcome.data)
        raise PaymentUnknown(
            CARD_RECORD_UNCLEAR,
            detail=outcome.detail,
        )

    async def learn(self, asking: Awaitable[T]) -> T:
        """The terminal's record, or PaymentUnknown when it cannot be asked right now."""
        try:
            return await asking
        except TerminalUnavailable as error:
            raise PaymentUnknown(
                CARD_TERMINAL_NOT_ANSWERING,
                detail=error.message,
            ) from None

    async def settle_by_hand(
        self, payment: CardPayment, *, charged: bool, reason: str, manager: str = "manager"
    ) -> CardPayment:
        """A manager's word on an undecided payment, after checking the terminal. Journaled.

        `charged`: the card ends up charged by this payment. For a reversal in doubt that is
        "the money was not given back"."""
        if not payment.state.open:
            raise TillError(CARD_PAYMENT_SETTLED)
        if not reason.strip():
            raise TillError(CARD_SETTLE_REASON_NEEDED)
        if payment.state.in_reversal:
            return await self._reversals.settle_reversal_by_hand(
                payment, given_back=not charged, reason=reason, manager=manager
            )
        data = {"reason": reason.strip(), "by": manager, "charged": charged}
        if charged:
            settled = payment.with_state(
                CardPaymentState.APPROVED, amount_auth=payment.amount, message="settled by hand"
            )
        else:
            settled = payment.with_state(CardPaymentState.FAILED, message="settled by hand")
        # Charged means the terminal completed it: the next request needs the next counter.
        used = None
        terminal = self.terminal_of(payment)
        if charged and terminal is not None:
            used = terminal.used_counter(TerminalReference.of(payment))
        return await self.record(
            settled, "card_payment_settled_by_hand", counter_used=used, data=data
        )
