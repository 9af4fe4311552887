"""Card payments: their states, and how an uncertain outcome is judged (LTI section 7).

A card payment is saved as PENDING before its request goes to the terminal. Without a final
answer it becomes UNKNOWN, and the sale is locked until the terminal's own record of its last
transaction (reprintReceipt TRX) or a manager settles it: a customer is never charged twice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum


class CardPaymentKind(StrEnum):
    PURCHASE = "purchase"  # LTI transactionType 0
    CREDIT = "credit"  # LTI transactionType 4: money back to the card


class CardPaymentState(StrEnum):
    PENDING = "pending"  # saved, request sent or about to be: outcome not known yet
    APPROVED = "approved"  # the terminal authorised amount_auth
    DECLINED = "declined"  # the terminal answered with trxResult 1: not charged
    FAILED = "failed"  # errorNotification, or settled as not charged: not charged
    UNKNOWN = "unknown"  # sent, no final answer: the sale is locked until settled
    REVERSED = "reversed"  # approved, then reversed (e.g. no control code): money back

    @property
    def charged(self) -> bool:
        return self is CardPaymentState.APPROVED

    @property
    def open(self) -> bool:
        """Still undecided: nothing else may be charged for the sale."""
        return self in (CardPaymentState.PENDING, CardPaymentState.UNKNOWN)


@dataclass(frozen=True, slots=True)
class CardSlip:
    """What the terminal reported about an approved payment, printed on the till receipt."""

    masked_pan: str = ""
    app_label: str = ""
    auth_code: str = ""
    terminal_id: str = ""
    trx_seq_cnt: int | None = None
    transaction_time: str = ""  # yyyyMMddHHmmss, as the terminal sent it
    merchant_receipt: str = ""
    cardholder_receipt: str = ""


@dataclass(frozen=True, slots=True)
class CardPayment:
    payment_id: str
    sale_id: str
    kind: CardPaymentKind
    amount: int  # öre asked for
    trx_sync_number: int
    state: CardPaymentState
    started_at: datetime
    amount_auth: int = 0  # öre the terminal authorised (may be less: partial approval)
    slip: CardSlip = CardSlip()
    message: str = ""  # why it failed or is unknown, for the cashier

    @property
    def signed_amount(self) -> int:
        """What it moved for the sale: a purchase in (+), a credit back to the card (-)."""
        return -self.amount_auth if self.kind is CardPaymentKind.CREDIT else self.amount_auth

    def with_state(self, state: CardPaymentState, **changes: object) -> CardPayment:
        return replace(self, state=state, **changes)


@dataclass(frozen=True, slots=True)
class LastTransaction:
    """The terminal's record of its last transaction (reprintReceiptResponse), reduced to what
    the judgement needs. `reversed` is True when the terminal answered lastRev."""

    trx_sync_number: int | None
    trx_result: int | None  # 0 authorised, 1 declined
    amount_auth: int | None
    transaction_time: datetime | None
    reversed: bool = False
    exists: bool = True  # False: the terminal has no transaction on record at all


NO_TRANSACTION = LastTransaction(None, None, None, None, exists=False)


class Verdict(StrEnum):
    CHARGED = "charged"
    DECLINED = "declined"
    NOT_CHARGED = "not_charged"
    UNDECIDED = "undecided"  # the record does not say: a manager must settle by hand


# Terminal and till clocks are set apart; a record this much older than our request is not ours.
CLOCK_SLACK = timedelta(minutes=5)


def judge(payment: CardPayment, last: LastTransaction | None) -> Verdict:
    """Was `payment` charged, judged from the terminal's last transaction?

    The terminal stamps the trxSyncNumber of the request into its record (6.1, 6.12), so a
    record carrying our number is our transaction; a record with another number means ours never
    completed on the terminal. Without a number, amount and time must both fit, else it is left
    to a person.
    """
    if last is None:
        return Verdict.UNDECIDED
    if not last.exists:  # had ours been processed, it would be on record
        return Verdict.NOT_CHARGED
    if last.trx_sync_number is not None:
        if last.trx_sync_number != payment.trx_sync_number:
            return Verdict.NOT_CHARGED
        if last.reversed:
            return Verdict.NOT_CHARGED
        if last.trx_result == 1:
            return Verdict.DECLINED
        if last.trx_result == 0 and last.amount_auth:
            return Verdict.CHARGED
        return Verdict.UNDECIDED
    fits_time = last.transaction_time is not None and (
        last.transaction_time >= payment.started_at.replace(tzinfo=None) - CLOCK_SLACK
    )
    if not fits_time:
        return Verdict.UNDECIDED if last.transaction_time is None else Verdict.NOT_CHARGED
    if last.reversed:
        return Verdict.NOT_CHARGED
    if last.trx_result == 1:
        return Verdict.DECLINED
    if last.trx_result == 0 and last.amount_auth == payment.amount:
        return Verdict.CHARGED
    return Verdict.UNDECIDED
