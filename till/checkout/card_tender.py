"""Card payments on the Wallee terminal, ordered so that nobody is charged twice.

1. The payment is saved PENDING with the trxSyncNumber it will carry, then the request goes out.
2. A financialTrxResponse is recorded (approved or declined) together with the next
   trxSyncNumber; an errorNotification is recorded as not charged and keeps the number
   (LTI 7.2.1).
3. No final answer (connection lost, silence): the payment is UNKNOWN and the sale is locked.
   The till asks the terminal for its last transaction (reprintReceipt TRX) and judges from its
   trxSyncNumber, amount and time whether the card was charged; if the record cannot tell, a
   manager settles it by hand. A new charge is refused until then (the database refuses a
   second undecided payment too). It never resends blindly: the same trxSyncNumber would make
   the terminal reverse its last transaction (LTI 7.2.2).
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
from till.core.card import (
    NO_TRANSACTION,
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    CardSlip,
    LastTransaction,
    Verdict,
    judge,
)
from till.core.errors import TillError
from till.core.money import format_kr
from till.protocols.lti import (
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    ReprintReceiptRequest,
    ReversalRequest,
    TrxData,
    error_message,
    trx_info_mask,
)
from till.store import TillStore

log = logging.getLogger(__name__)
T = TypeVar("T")

TRANSACTION_TYPE = {CardPaymentKind.PURCHASE: 0, CardPaymentKind.CREDIT: 4}
PLAIN_TEXT_RECEIPTS = 1  # receiptFormat 1: pre-formatted plain text (6.1)
NOTHING_ON_RECORD = ("VCS.ERR.0031", "VCS.ERR.0035")  # 6.14.1


class CardDeclined(TillError):
    code = "card_declined"


class PaymentUnknown(TillError):
    code = "card_payment_unknown"


class NoTerminal(TillError):
    code = "no_terminal"


def terminal_time(text: str | None) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S") if text else None
    except ValueError:
        return None


def slip_from(response: Any, printouts: tuple = ()) -> CardSlip:
    """What the till receipt needs from a financialTrxResponse and its printer notifications."""
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
    )


class CardTender:
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
        await self._in_store(self._store.start_card_payment, payment, register_id=self._register_id)
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

    async def _mark_unknown(self, payment: CardPayment, why: str) -> CardPayment:
        unknown = payment.with_state(CardPaymentState.UNKNOWN, message=why)
        return await self._record(unknown, "card_payment_unknown", advance=False)

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
        if final.trx_result != 0 or not final.amount_auth:
            declined = payment.with_state(
                CardPaymentState.DECLINED, slip=slip, message="The card was declined."
            )
            await self._record(declined, "card_payment_declined", advance=True)
            raise CardDeclined("The card was declined. Ask for another card or another way to pay.")
        amount_auth = min(final.amount_auth, payment.amount)
        approved = payment.with_state(CardPaymentState.APPROVED, amount_auth=amount_auth, slip=slip)
        return await self._record(approved, "card_payment_approved", advance=True)

    # -- unknown outcomes ------------------------------------------------------------------

    async def settle(self, payment: CardPayment) -> CardPayment:
        """Learn an UNKNOWN payment's outcome from the terminal's last transaction (6.12)."""
        terminal = self._terminal()
        if payment.state is CardPaymentState.PENDING:
            payment = await self._mark_unknown(payment, "the till stopped during the payment")
        try:
            answer = await terminal.request(
                ReprintReceiptRequest(pos_id=self._pos_id, type="TRX"), SilentPrompts()
            )
        except (TerminalLost, TerminalUnavailable) as error:
            raise PaymentUnknown(
                "The card terminal cannot be asked right now; the sale stays locked. "
                "The till asks again when the terminal answers.",
                detail=error.message,
            ) from None
        last, record = self._last_transaction(answer.final)
        verdict = judge(payment, last)
        log.info("payment %s judged %s from %s", payment.payment_id, verdict, last)
        evidence = {"verdict": verdict.value, "last": _describe(last)}
        if verdict is Verdict.CHARGED:
            slip = slip_from(record, answer.printouts)
            approved = payment.with_state(
                CardPaymentState.APPROVED,
                amount_auth=min(record.amount_auth, payment.amount),
                slip=slip,
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
            ), t
        if getattr(final, "last_rev", None) is not None:
            r = final.last_rev
            return LastTransaction(
                trx_sync_number=None,
                trx_result=None,
                amount_auth=r.amount_rev,
                transaction_time=terminal_time(r.transaction_time),
                reversed=True,
            ), r
        return None, None

    async def settle_by_hand(
        self, payment: CardPayment, *, charged: bool, reason: str, manager: str = "manager"
    ) -> CardPayment:
        """A manager's word on an UNKNOWN payment, after checking the terminal. Journaled."""
        if not payment.state.open:
            raise TillError("This card payment is already settled.")
        if not reason.strip():
            raise TillError("Settling a card payment by hand needs a reason.")
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

    # -- reversal --------------------------------------------------------------------------

    async def reverse(self, payment: CardPayment, *, reason: str, last: bool = True) -> CardPayment:
        """Give an approved payment's money back (6.8), e.g. when no control code could be had.

        `last` False names the transaction by its sequence counter (multiple reversal)."""
        if payment.state is not CardPaymentState.APPROVED:
            raise TillError("Only an approved card payment can be reversed.")
        terminal = self._terminal()
        request = ReversalRequest(
            pos_id=self._pos_id,
            orig_trx_seq_cnt=None if last else payment.slip.trx_seq_cnt,
            receipt_format=PLAIN_TEXT_RECEIPTS,
        )
        try:
            answer = await terminal.request(request, SilentPrompts())
        except (TerminalLost, TerminalUnavailable) as error:
            raise TillError(
                f"The reversal of {format_kr(payment.amount_auth)} kr could not be confirmed by "
                "the terminal. Check its last receipt before giving money back by other means.",
                detail=error.message,
            ) from None
        if isinstance(answer.final, ErrorNotification):
            message = error_message(answer.final.error_code, answer.final.error_text)
            raise TillError(
                f"The terminal refused the reversal: {message} The card payment stands; "
                "refund it by other means.",
                code="reversal_refused",
            )
        reversed_ = payment.with_state(CardPaymentState.REVERSED, message=reason)
        merchant = "\n".join(p.merchant_receipt for p in answer.printouts if p.merchant_receipt)
        return await self._record(
            reversed_,
            "card_payment_reversed",
            advance=False,
            data={"reason": reason, "amount_rev": answer.final.amount_rev, "slip": merchant},
        )


def _describe(last: LastTransaction | None) -> dict | None:
    if last is None:
        return None
    return {
        "trx_sync_number": last.trx_sync_number,
        "trx_result": last.trx_result,
        "amount_auth": last.amount_auth,
        "transaction_time": last.transaction_time.isoformat() if last.transaction_time else None,
        "reversed": last.reversed,
        "exists": last.exists,
    }
