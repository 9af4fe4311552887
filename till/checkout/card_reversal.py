"""Reversals of approved card payments (LTI 6.8), written ahead and reconciled like payments.

1. Before reversalRequest is sent, the payment becomes REVERSAL_PENDING with the intent: which
   terminal transaction (ep2TrxSeqCnt, trxSyncNumber), how much, when and why
   (card_reversal_requested). While it is undecided the sale is locked, and the database
   refuses any new card payment on the register.
2. A reversalResponse naming our transaction: REVERSED (card_reversal_confirmed). An
   errorNotification: the payment stands, APPROVED again (card_reversal_refused). Not sent at
   all (TerminalUnavailable): APPROVED again (card_reversal_not_sent).
3. No final answer (TerminalLost), or the till stopped after saving the intent:
   REVERSAL_UNKNOWN (card_reversal_unknown). The terminal's record decides (reprintReceipt TRX:
   lastRev names the reversed transaction, lastTrx still showing ours means it was not
   reversed; card_reversal_settled). If it cannot, a manager settles by hand with a reason
   (card_reversal_settled_by_hand). Never resent blindly: a second reversalRequest reverses
   whatever the terminal did last.

Mixed into CardTender, whose terminal, store and clock it uses.
"""

from __future__ import annotations

import logging

from till.adapters.terminal import SilentPrompts, TerminalClient, TerminalLost, TerminalUnavailable
from till.core.card import (
    CardPayment,
    CardPaymentState,
    LastTransaction,
    ReversalIntent,
    ReversalVerdict,
    judge_reversal,
    reversal_answer_mismatch,
)
from till.core.errors import TillError
from till.core.money import format_kr
from till.protocols.lti import ErrorNotification, ReversalRequest, error_message

log = logging.getLogger(__name__)

PLAIN_TEXT_RECEIPTS = 1  # receiptFormat 1: pre-formatted plain text (6.1, 6.8)


class PaymentUnknown(TillError):
    """A card payment, or its reversal, has an unknown outcome: the sale is locked."""

    code = "card_payment_unknown"


class ReversalUnknown(PaymentUnknown):
    code = "card_reversal_unknown"


class CardReversals:
    """Mixed into CardTender: uses its _terminal, _record, _clock, _pos_id, in_flight and
    _ask_last_transaction / _last_transaction."""

    async def reverse(self, payment: CardPayment, *, reason: str, last: bool = True) -> CardPayment:
        """Give an approved payment's money back (6.8), e.g. when no control code could be had.

        `last` False names the transaction by its sequence counter (multiple reversal). Returns
        the REVERSED payment; raises TillError (refused, not sent: the payment stands) or
        ReversalUnknown (sent, no answer: the sale is locked until it is settled)."""
        if payment.state is not CardPaymentState.APPROVED:
            raise TillError("Only an approved card payment can be reversed.")
        if not last and payment.slip.trx_seq_cnt is None:
            raise TillError(
                "This card payment has no terminal sequence number, so the terminal cannot be "
                "told which transaction to reverse. Refund it by other means."
            )
        terminal = self._terminal()
        intent = ReversalIntent(
            requested_at=self._clock(),
            orig_trx_seq_cnt=payment.slip.trx_seq_cnt,
            trx_sync_number=payment.trx_sync_number,
            amount=payment.on_card,
            reason=reason,
            by_seq_cnt=not last,
        )
        pending = payment.with_state(CardPaymentState.REVERSAL_PENDING, reversal=intent)
        self.in_flight.add(payment.payment_id)  # before it is saved: a settle never sees it
        try:
            await self._record(pending, "card_reversal_requested", advance=False)
            return await self._send_reversal(terminal, pending)
        finally:
            self.in_flight.discard(payment.payment_id)

    async def _send_reversal(self, terminal: TerminalClient, pending: CardPayment) -> CardPayment:
        intent = pending.reversal
        assert intent is not None
        amount = format_kr(pending.on_card)
        request = ReversalRequest(
            pos_id=self._pos_id,
            orig_trx_seq_cnt=intent.orig_trx_seq_cnt if intent.by_seq_cnt else None,
            receipt_format=PLAIN_TEXT_RECEIPTS,
        )
        try:
            answer = await terminal.request(request, SilentPrompts())
        except TerminalUnavailable as error:
            # Not sent: nothing happened on the terminal, the payment stands.
            back = pending.with_state(CardPaymentState.APPROVED, message="reversal not sent")
            await self._record(
                back, "card_reversal_not_sent", advance=False, data={"error": error.message}
            )
            raise TillError(
                f"The reversal of {amount} kr was not sent: {error.message} "
                "The card payment stands; try again when the terminal answers.",
                code="reversal_not_sent",
                detail=error.detail,
            ) from None
        except TerminalLost as error:
            await self._reversal_unknown(pending, error.message)
            raise ReversalUnknown(
                f"The card terminal stopped answering during the reversal of {amount} kr, so "
                "the till cannot tell whether the money went back to the card. The sale is "
                "locked until that is settled; the till asks the terminal as soon as it "
                "answers again.",
                detail=error.detail,
            ) from None
        final = answer.final
        if isinstance(final, ErrorNotification):
            message = error_message(final.error_code, final.error_text)
            back = pending.with_state(CardPaymentState.APPROVED, message="reversal refused")
            await self._record(
                back,
                "card_reversal_refused",
                advance=False,
                data={"error_code": final.error_code, "error_text": final.error_text},
            )
            raise TillError(
                f"The terminal refused the reversal: {message} The card payment of {amount} kr "
                "stands: finish the sale, or refund it by other means.",
                code="reversal_refused",
            )
        orig = getattr(final, "ep2_trx_seq_cnt_orig_trx", None)
        amount_rev = getattr(final, "amount_rev", None)
        evidence = {
            "amount_rev": amount_rev,
            "orig_trx_seq_cnt": orig,
            "rev_trx_seq_cnt": getattr(final, "ep2_trx_seq_cnt", None),
            "slip": "\n".join(p.merchant_receipt for p in answer.printouts if p.merchant_receipt),
        }
        mismatch = reversal_answer_mismatch(pending, orig, amount_rev)
        if mismatch:
            await self._reversal_unknown(pending, mismatch, data=evidence)
            raise ReversalUnknown(
                f"The terminal's answer to the reversal of {amount} kr does not name this "
                f"payment ({mismatch}). The sale is locked: a manager must check the terminal's "
                "last receipt and settle it by hand.",
                detail=mismatch,
            )
        reversed_ = pending.with_state(CardPaymentState.REVERSED, message=intent.reason)
        return await self._record(
            reversed_, "card_reversal_confirmed", advance=False, data=evidence
        )

    async def _reversal_unknown(
        self, pending: CardPayment, why: str, data: dict | None = None
    ) -> CardPayment:
        unknown = pending.with_state(CardPaymentState.REVERSAL_UNKNOWN, message=why)
        return await self._record(unknown, "card_reversal_unknown", advance=False, data=data)

    async def settle_reversal(self, payment: CardPayment) -> CardPayment:
        """Learn a reversal's outcome from the terminal's record of its last transaction."""
        terminal = self._terminal()
        if payment.state is CardPaymentState.REVERSAL_PENDING:
            payment = await self._reversal_unknown(payment, "the till stopped during the reversal")
        answer = await self._ask_last_transaction(terminal)
        last, _record = self._last_transaction(answer.final)
        verdict = judge_reversal(payment, last)
        log.info("reversal of %s judged %s from %s", payment.payment_id, verdict, last)
        evidence = {"verdict": verdict.value, "last": describe(last)}
        if verdict is ReversalVerdict.REVERSED:
            assert payment.reversal is not None
            settled = payment.with_state(CardPaymentState.REVERSED, message=payment.reversal.reason)
            return await self._record(
                settled, "card_reversal_settled", advance=False, data=evidence
            )
        if verdict is ReversalVerdict.NOT_REVERSED:
            settled = payment.with_state(
                CardPaymentState.APPROVED, message="the reversal did not happen"
            )
            return await self._record(
                settled, "card_reversal_settled", advance=False, data=evidence
            )
        raise ReversalUnknown(
            "The terminal's record does not show whether the money went back to the card. A "
            "manager must check the terminal's last receipt and settle the reversal by hand.",
            detail=str(evidence),
        )

    async def settle_reversal_by_hand(
        self, payment: CardPayment, *, given_back: bool, reason: str, manager: str = "manager"
    ) -> CardPayment:
        """A manager's word on a reversal in doubt: was the money given back to the card?"""
        if not payment.state.in_reversal:
            raise TillError("This card payment has no reversal in doubt.")
        if not reason.strip():
            raise TillError("Settling a reversal by hand needs a reason.")
        data = {"reason": reason.strip(), "by": manager, "given_back": given_back}
        state = CardPaymentState.REVERSED if given_back else CardPaymentState.APPROVED
        settled = payment.with_state(state, message="settled by hand")
        return await self._record(
            settled, "card_reversal_settled_by_hand", advance=False, data=data
        )


def describe(last: LastTransaction | None) -> dict | None:
    """The terminal's record as the journal keeps it beside a verdict."""
    if last is None:
        return None
    return {
        "trx_sync_number": last.trx_sync_number,
        "trx_result": last.trx_result,
        "amount_auth": last.amount_auth,
        "transaction_time": last.transaction_time.isoformat() if last.transaction_time else None,
        "reversed": last.reversed,
        "exists": last.exists,
        "trx_seq_cnt": last.trx_seq_cnt,
        "amount_tip": last.amount_tip,
    }
