"""Card payments on the Wallee terminal, ordered so that nobody is charged twice.

1. The payment is saved PENDING with the trxSyncNumber it will carry, then the request goes out.
2. A financialTrxResponse is recorded (approved or declined) together with the next
   trxSyncNumber; an errorNotification is recorded as not charged and keeps the number
   (LTI 7.2.1).
3. No final answer (connection lost, silence), or trxResult 0 without an amount: the payment
   is UNKNOWN and the sale is locked. The till asks the terminal for its last transaction
   (reprintReceipt TRX) and judges from its trxSyncNumber, amount and time whether the card was
   charged; if the record cannot tell, a manager settles it by hand. A new charge is refused
   until then (the database refuses a second undecided payment too). It never resends blindly:
   the same trxSyncNumber would make the terminal reverse its last transaction (LTI 7.2.2).

Reversals (card_reversal.py) follow the same three steps.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from till.adapters.terminal import (
    SilentPrompts,
    TerminalClient,
    TerminalLost,
    TerminalPrompts,
    TerminalUnavailable,
)
from till.checkout.card_reversal import (
    PLAIN_TEXT_RECEIPTS,
    CardReversals,
    PaymentUnknown,
    ReversalUnknown,
    describe,
)
from till.core.card import (
    NO_TRANSACTION,
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    CardSlip,
    LastTransaction,
    Verdict,
    judge,
    sale_part,
)
from till.core.errors import TillError
from till.protocols.lti import (
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    ReprintReceiptRequest,
    TrxData,
    error_message,
    trx_info_mask,
)
from till.store import TillStore

log = logging.getLogger(__name__)
T = TypeVar("T")

TRANSACTION_TYPE = {CardPaymentKind.PURCHASE: 0, CardPaymentKind.CREDIT: 4}
NOTHING_ON_RECORD = ("VCS.ERR.0031", "VCS.ERR.0035")  # 6.14.1


class CardDeclined(TillError):
    code = "card_declined"


class NoTerminal(TillError):
    code = "no_terminal"


__all__ = ["CardDeclined", "CardTender", "NoTerminal", "PaymentUnknown", "ReversalUnknown"]


def terminal_time(text: str | None) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S") if text else None
    except ValueError:
        return None


def slip_from(response: Any, printouts: tuple = ()) -> CardSlip:
    """What the till receipt needs from a financialTrxResponse and its printer notifications.
    The tip is kept on the slip: the receipt's record shows what the card paid beyond the sale."""
    merchant = "\n".join(p.merchant_receipt for p in printouts if p.merchant_receipt)
    cardholder = "\n".join(p.cardholder_receipt for p in printouts if p.cardholder_receipt)
    return CardSlip(
        masked_pan=response.card_number or "",
        app_label=response.card_app_label or "",
        auth_code=response.ep2_auth_code or "",
        terminal_id=response.ep2_trm_id or "",
        trx_seq_cnt=response.ep2_trx_seq_cnt,
        transaction_time=response.transaction_time or "",
        merchant_receipt=merchant,
        cardholder_receipt=cardholder,
        tip=getattr(response, "amount_tip", None) or 0,
    )


class CardTender(CardReversals):
    """Card payments of one register. Store calls go through `in_store` (the worker thread)."""

    def __init__(
        self,
        *,
        store: TillStore,
        terminal: TerminalClient | None,
        register_id: str,
        pos_id: str,
        currency: str,
        in_store: Callable[..., Awaitable[Any]],
        clock: Callable[[], datetime],
    ) -> None:
        self._store = store
        self.terminal = terminal
        self._register_id = register_id
        self._pos_id = pos_id
        self._currency = currency
        self._in_store = in_store
        self._clock = clock
        # Payments whose request (or reversal) is on the wire right now: a settle running
        # beside it (the terminal reconnected) must not take them for ones left by a crash.
        self.in_flight: set[str] = set()

    def _terminal(self) -> TerminalClient:
        if self.terminal is None:
            raise NoTerminal("No card terminal is set up for this till; take another tender.")
        return self.terminal

    async def _record(
        self, payment: CardPayment, kind: str, *, advance: bool, data: dict | None = None
    ) -> CardPayment:
        await self._in_store(
            self._store.record_card_payment,
            payment,
            register_id=self._register_id,
            kind=kind,
            advance_sync=advance,
            data=data,
        )
        return payment

    # -- charging --------------------------------------------------------------------------

    async def pay(
        self,
        sale_id: str,
        amount: int,
        prompts: TerminalPrompts,
        kind: CardPaymentKind = CardPaymentKind.PURCHASE,
    ) -> CardPayment:
        """Charge (or credit) `amount` öre. Returns the APPROVED payment (amount_auth may be
        less: partial approval). Raises CardDeclined, PaymentUnknown or TerminalUnavailable."""
        terminal = self._terminal()
        sync = await self._in_store(self._store.trx_sync_number, self._register_id)
        payment = CardPayment(
            payment_id=uuid.uuid4().hex,
            sale_id=sale_id,
            kind=kind,
            amount=amount,
            trx_sync_number=sync,
            state=CardPaymentState.PENDING,
            started_at=self._clock(),
        )
        self.in_flight.add(payment.payment_id)  # before it is saved: a settle never sees it
        try:
            await self._in_store(
                self._store.start_card_payment, payment, register_id=self._register_id
            )
            return await self._send_payment(terminal, payment, prompts)
        finally:
            self.in_flight.discard(payment.payment_id)

    async def _send_payment(
        self, terminal: TerminalClient, payment: CardPayment, prompts: TerminalPrompts
    ) -> CardPayment:
        kind, amount, sync = payment.kind, payment.amount, payment.trx_sync_number
        request = FinancialTrxRequest(
            pos_id=self._pos_id,
            trx_sync_number=sync,
            trx_data=TrxData(
                amount=amount,
                currency=self._currency,
                transaction_type=TRANSACTION_TYPE[kind],
                partial_approval_cap=1 if kind is CardPaymentKind.PURCHASE else None,
            ),
            trx_info=trx_info_mask(),
            receipt_format=PLAIN_TEXT_RECEIPTS,
        )
        try:
            answer = await terminal.request(request, prompts)
        except TerminalUnavailable as error:
            # Not sent: nothing happened on the terminal, the number stays for the next try.
            failed = payment.with_state(CardPaymentState.FAILED, message=error.message)
            await self._record(failed, "card_payment_failed", advance=False)
            raise
        except TerminalLost as error:
            await self._mark_unknown(payment, error.message)
            raise PaymentUnknown(
                "The card terminal stopped answering during the payment, so the till cannot "
                "tell whether the card was charged. The sale is locked until that is settled; "
                "the till asks the terminal as soon as it answers again.",
                detail=error.detail,
            ) from None
        return await self._decide(payment, answer.final, answer.printouts)

    async def _mark_unknown(
        self, payment: CardPayment, why: str, data: dict | None = None
    ) -> CardPayment:
        unknown = payment.with_state(CardPaymentState.UNKNOWN, message=why)
        return await self._record(unknown, "card_payment_unknown", advance=False, data=data)

    async def _decide(self, payment: CardPayment, final: Any, printouts: tuple) -> CardPayment:
        if isinstance(final, ErrorNotification):
            message = error_message(final.error_code, final.error_text)
            failed = payment.with_state(CardPaymentState.FAILED, message=message)
            await self._record(
                failed, "card_payment_failed", advance=False, data={"error_code": final.error_code}
            )
            raise CardDeclined(message, code=f"terminal_{final.error_code or 'error'}")
        assert isinstance(final, FinancialTrxResponse)
        slip = slip_from(final, printouts)
        if final.trx_result == 1:
            declined = payment.with_state(
                CardPaymentState.DECLINED, slip=slip, message="The card was declined."
            )
            await self._record(declined, "card_payment_declined", advance=True)
            raise CardDeclined("The card was declined. Ask for another card or another way to pay.")
        part = sale_part(final.amount_auth, final.amount_tip, payment.amount)
        if final.trx_result != 0 or part is None:
            # "Authorised" without an amount (or a result we do not know) is no decline: the card
            # may be charged. Settled from the terminal's record; the number is not advanced, so
            # nothing is charged again meanwhile (the sale is locked).
            why = (
                "the terminal said approved but gave no amount"
                if final.trx_result == 0
                else f"the terminal answered an unknown result ({final.trx_result})"
            )
            answer = {
                "trx_result": final.trx_result,
                "amount_auth": final.amount_auth,
                "amount_tip": final.amount_tip,
            }
            await self._mark_unknown(payment, why, data=answer)
            raise PaymentUnknown(
                "The card terminal's answer does not say how much was charged, so the till "
                "cannot tell whether the card was charged. The sale is locked until that is "
                "settled from the terminal's record.",
                detail=repr(final),
            )
        tip = final.amount_tip or 0
        approved = payment.with_state(
            CardPaymentState.APPROVED, amount_auth=part, slip=slip, tip=tip
        )
        data = {"amount_auth_terminal": final.amount_auth, "tip": tip} if tip else None
        return await self._record(approved, "card_payment_approved", advance=True, data=data)

    # -- unknown outcomes ------------------------------------------------------------------

    async def settle(self, payment: CardPayment) -> CardPayment:
        """Learn an UNKNOWN payment's outcome (or a reversal's, in doubt) from the terminal's
        last transaction (6.12)."""
        terminal = self._terminal()
        if payment.state.in_reversal:
            return await self.settle_reversal(payment)
        if payment.state is CardPaymentState.PENDING:
            payment = await self._mark_unknown(payment, "the till stopped during the payment")
        answer = await self._ask_last_transaction(terminal)
        last, record = self._last_transaction(answer.final)
        verdict = judge(payment, last)
        log.info("payment %s judged %s from %s", payment.payment_id, verdict, last)
        evidence = {"verdict": verdict.value, "last": describe(last)}
        part = sale_part(last.amount_auth, last.amount_tip, payment.amount) if last else None
        if verdict is Verdict.CHARGED and part is not None:
            slip = slip_from(record, answer.printouts)
            approved = payment.with_state(
                CardPaymentState.APPROVED,
                amount_auth=part,
                slip=slip,
                tip=slip.tip,
                message="",
            )
            return await self._record(approved, "card_payment_settled", advance=True, data=evidence)
        if verdict is Verdict.DECLINED:
            declined = payment.with_state(CardPaymentState.DECLINED, message="declined")
            return await self._record(declined, "card_payment_settled", advance=True, data=evidence)
        if verdict is Verdict.NOT_CHARGED:
            failed = payment.with_state(
                CardPaymentState.FAILED, message="the terminal has no record of it: not charged"
            )
            return await self._record(failed, "card_payment_settled", advance=False, data=evidence)
        raise PaymentUnknown(
            "The terminal's record does not show whether the card was charged. A manager must "
            "check the terminal's last receipt and settle the payment by hand.",
            detail=str(evidence),
        )

    async def _ask_last_transaction(self, terminal: TerminalClient) -> Any:
        try:
            return await terminal.request(
                ReprintReceiptRequest(pos_id=self._pos_id, type="TRX"), SilentPrompts()
            )
        except (TerminalLost, TerminalUnavailable) as error:
            raise PaymentUnknown(
                "The card terminal cannot be asked right now; the sale stays locked. "
                "The till asks again when the terminal answers.",
                detail=error.message,
            ) from None

    @staticmethod
    def _last_transaction(final: Any) -> tuple[LastTransaction | None, Any]:
        if isinstance(final, ErrorNotification):
            # "No original transaction" / "no receipts": nothing on record to reprint.
            if final.error_code in NOTHING_ON_RECORD:
                return NO_TRANSACTION, None
            return None, None
        if final is None:
            return None, None
        if getattr(final, "last_trx", None) is not None:
            t = final.last_trx
            return LastTransaction(
                trx_sync_number=t.trx_sync_number,
                trx_result=t.trx_result,
                amount_auth=t.amount_auth,
                transaction_time=terminal_time(t.transaction_time),
                trx_seq_cnt=t.ep2_trx_seq_cnt,
                amount_tip=t.amount_tip,
            ), t
        if getattr(final, "last_rev", None) is not None:
            r = final.last_rev
            return LastTransaction(
                trx_sync_number=None,
                trx_result=None,
                amount_auth=r.amount_rev,
                transaction_time=terminal_time(r.transaction_time),
                reversed=True,
                trx_seq_cnt=r.ep2_trx_seq_cnt_orig_trx,
            ), r
        return None, None

    async def settle_by_hand(
        self, payment: CardPayment, *, charged: bool, reason: str, manager: str = "manager"
    ) -> CardPayment:
        """A manager's word on an undecided payment, after checking the terminal. Journaled.

        `charged`: the card ends up charged by this payment. For a reversal in doubt that is
        "the money was not given back"."""
        if not payment.state.open:
            raise TillError("This card payment is already settled.")
        if not reason.strip():
            raise TillError("Settling a card payment by hand needs a reason.")
        if payment.state.in_reversal:
            return await self.settle_reversal_by_hand(
                payment, given_back=not charged, reason=reason, manager=manager
            )
        data = {"reason": reason.strip(), "by": manager, "charged": charged}
        if charged:
            settled = payment.with_state(
                CardPaymentState.APPROVED, amount_auth=payment.amount, message="settled by hand"
            )
        else:
            settled = payment.with_state(CardPaymentState.FAILED, message="settled by hand")
        # Charged means the terminal completed it: the next request needs the next number.
        return await self._record(
            settled, "card_payment_settled_by_hand", advance=charged, data=data
        )
