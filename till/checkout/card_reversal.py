"""Reversals of approved card payments, written ahead and reconciled like payments.

1. Before the terminal is asked, the payment becomes REVERSAL_PENDING with the intent: which
   terminal transaction (the slip's counter; the payment keeps its terminal reference), how
   much, when and why (card_reversal_requested). While it is undecided the sale is locked, and
   the database refuses any new card payment on the register.
2. Reversed: REVERSED (card_reversal_confirmed). Refused: the payment stands, APPROVED again
   (card_reversal_refused). Not sent at all (TerminalUnavailable): APPROVED again
   (card_reversal_not_sent).
3. Unknown (no final answer, or one naming another transaction), or the till stopped after
   saving the intent: REVERSAL_UNKNOWN (card_reversal_unknown). The terminal's record, judged
   by its adapter, decides (card_reversal_settled). If it cannot, a manager settles by hand
   with a reason (card_reversal_settled_by_hand). Never resent blindly: for Wallee a second
   reversalRequest reverses whatever the terminal did last.

CardTender (card_tender.py) hands its reversals here and lends its terminals (a payment is
reversed on the terminal that took it: a Klarna payment is voided on the Point terminal), its
record of payment states, its clock and its set of payments in flight.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from till.checkout.ports import (
    PaymentTerminal,
    Reason,
    Refused,
    Reversed,
    TerminalUnavailable,
    reason_text,
)
from till.core.card import CardPayment, CardPaymentState, ReversalIntent
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import Amount

REVERSAL_NOT_APPROVED = Message(
    "reversal_not_approved",
    QT_TRANSLATE_NOOP("Errors", "Only an approved card payment can be reversed."),
)
REVERSAL_NO_SEQUENCE_NUMBER = Message(
    "reversal_no_sequence_number",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This card payment has no terminal sequence number, so the terminal cannot be told which "
        "transaction to reverse. Refund it by other means.",
    ),
)
REVERSAL_OTHER_TERMINAL = Message(
    "reversal_other_terminal",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This card payment went to another kind of terminal than the one set up now, so it cannot "
        "be reversed here. Refund it by other means.",
    ),
)
REVERSAL_NOT_SENT = Message(
    "reversal_not_sent",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The reversal of {amount} was not sent: {why} The card payment stands; try "
        "again when the terminal answers.",
    ),
)
REVERSAL_REFUSED = Message(
    "reversal_refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The terminal refused the reversal: {reason} The card payment of {amount} stands: "
        "finish the sale, or refund it by other means.",
    ),
)
REVERSAL_ANSWER_MISMATCH = Message(
    "reversal_answer_mismatch",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The terminal's answer to the reversal of {amount} does not name this payment ({why}). "
        "The sale is locked: a manager must check the terminal's last receipt and settle it by "
        "hand.",
    ),
)
REVERSAL_TERMINAL_LOST = Message(
    "reversal_terminal_lost",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal stopped answering during the reversal of {amount}, so the till "
        "cannot tell whether the money went back to the card. The sale is locked until that is "
        "settled; the till asks the terminal as soon as it answers again.",
    ),
)
REVERSAL_RECORD_UNCLEAR = Message(
    "reversal_record_unclear",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The terminal's record does not show whether the money went back to the card. A manager "
        "must check the terminal's last receipt and settle the reversal by hand.",
    ),
)
NO_REVERSAL_IN_DOUBT = Message(
    "no_reversal_in_doubt",
    QT_TRANSLATE_NOOP("Errors", "This card payment has no reversal in doubt."),
)
REVERSAL_REASON_NEEDED = Message(
    "reversal_reason_needed",
    QT_TRANSLATE_NOOP("Errors", "Settling a reversal by hand needs a reason."),
)


if TYPE_CHECKING:
    from till.checkout.card_tender import CardTender

log = logging.getLogger(__name__)


class PaymentUnknown(TillError):
    """A card payment, or its reversal, has an unknown outcome: the sale is locked."""

    code = "card_payment_unknown"


class ReversalUnknown(PaymentUnknown):
    code = "card_reversal_unknown"


class CardReversals:
    """The reversals of one register's card payments, written ahead through its CardTender."""

    def __init__(self, tender: CardTender) -> None:
        self._tender = tender

    async def reverse(self, payment: CardPayment, *, reason: str, last: bool = True) -> CardPayment:
        """Give an approved payment's money back, e.g. when no control code could be had.

        `last` False names the transaction by its sequence counter (multiple reversal). Returns
        the REVERSED payment; raises TillError (refused, not sent: the payment stands) or
        ReversalUnknown (sent, no answer: the sale is locked until it is settled)."""
        if payment.state is not CardPaymentState.APPROVED:
            raise TillError(REVERSAL_NOT_APPROVED)
        if not last and payment.slip.trx_seq_cnt is None:
            raise TillError(REVERSAL_NO_SEQUENCE_NUMBER)
        terminal = self._tender.terminal_of(payment)
        if terminal is None:
            self._tender.require_terminal(payment.tender)  # none at all: NoTerminal
            raise TillError(
                REVERSAL_OTHER_TERMINAL,
            )
        intent = ReversalIntent(
            requested_at=self._tender.clock(),
            orig_trx_seq_cnt=payment.slip.trx_seq_cnt,
            amount=payment.on_card,
            reason=reason,
            by_seq_cnt=not last,
        )
        pending = payment.with_state(CardPaymentState.REVERSAL_PENDING, reversal=intent)
        self._tender.in_flight.add(payment.payment_id)  # before it is saved: a settle never sees it
        try:
            await self._tender.record(pending, "card_reversal_requested")
            return await self._send_reversal(terminal, pending)
        finally:
            self._tender.in_flight.discard(payment.payment_id)

    async def _send_reversal(self, terminal: PaymentTerminal, pending: CardPayment) -> CardPayment:
        intent = pending.reversal
        assert intent is not None
        amount = Amount(pending.on_card)
        try:
            outcome = await terminal.reverse(pending)
        except TerminalUnavailable as error:
            # Not sent: nothing happened on the terminal, the payment stands.
            back = pending.with_state(CardPaymentState.APPROVED, message="reversal not sent")
            await self._tender.record(back, "card_reversal_not_sent", data={"error": error.message})
            raise TillError(
                REVERSAL_NOT_SENT,
                amount=amount,
                why=error,
                detail=error.detail,
            ) from None
        if isinstance(outcome, Refused):
            back = pending.with_state(CardPaymentState.APPROVED, message="reversal refused")
            await self._tender.record(back, "card_reversal_refused", data=outcome.data)
            raise TillError(
                REVERSAL_REFUSED,
                reason=outcome.reason,
                amount=amount,
            )
        if isinstance(outcome, Reversed):
            reversed_ = pending.with_state(CardPaymentState.REVERSED, message=intent.reason)
            return await self._tender.record(
                reversed_, "card_reversal_confirmed", data=outcome.data
            )
        await self._reversal_unknown(pending, outcome.why, data=outcome.data)
        if outcome.answered:
            raise ReversalUnknown(
                REVERSAL_ANSWER_MISMATCH,
                amount=amount,
                why=outcome.why,
                detail=outcome.detail,
            )
        raise ReversalUnknown(
            REVERSAL_TERMINAL_LOST,
            amount=amount,
            detail=outcome.detail,
        )

    async def _reversal_unknown(
        self, pending: CardPayment, why: Reason, data: Mapping[str, Any] | None = None
    ) -> CardPayment:
        unknown = pending.with_state(CardPaymentState.REVERSAL_UNKNOWN, message=reason_text(why))
        return await self._tender.record(unknown, "card_reversal_unknown", data=data)

    async def settle_reversal(self, payment: CardPayment) -> CardPayment:
        """Learn a reversal's outcome from the terminal's record of its last transaction."""
        terminal = self._tender.terminal_for(payment)
        if payment.state is CardPaymentState.REVERSAL_PENDING:
            payment = await self._reversal_unknown(payment, "the till stopped during the reversal")
        outcome = await self._tender.learn(terminal.learn_reversal(payment))
        if isinstance(outcome, Reversed):
            assert payment.reversal is not None
            settled = payment.with_state(CardPaymentState.REVERSED, message=payment.reversal.reason)
            return await self._tender.record(settled, "card_reversal_settled", data=outcome.data)
        if isinstance(outcome, Refused):
            settled = payment.with_state(
                CardPaymentState.APPROVED, message=reason_text(outcome.reason)
            )
            return await self._tender.record(settled, "card_reversal_settled", data=outcome.data)
        raise ReversalUnknown(
            REVERSAL_RECORD_UNCLEAR,
            detail=outcome.detail,
        )

    async def settle_reversal_by_hand(
        self, payment: CardPayment, *, given_back: bool, reason: str, manager: str = "manager"
    ) -> CardPayment:
        """A manager's word on a reversal in doubt: was the money given back to the card?"""
        if not payment.state.in_reversal:
            raise TillError(NO_REVERSAL_IN_DOUBT)
        if not reason.strip():
            raise TillError(REVERSAL_REASON_NEEDED)
        data = {"reason": reason.strip(), "by": manager, "given_back": given_back}
        state = CardPaymentState.REVERSED if given_back else CardPaymentState.APPROVED
        settled = payment.with_state(state, message="settled by hand")
        return await self._tender.record(settled, "card_reversal_settled_by_hand", data=data)
