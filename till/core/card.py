"""Card payments: their states, and how an uncertain outcome is judged (LTI 6.8, 6.12, 7).

A card payment is saved as PENDING before its request goes to the terminal. Without a final
answer it becomes UNKNOWN, and the sale is locked until the terminal's own record of its last
transaction (reprintReceipt TRX) or a manager settles it: a customer is never charged twice.

A reversal is written ahead the same way: the approved payment becomes REVERSAL_PENDING with
the intent (which terminal transaction, how much) before reversalRequest is sent. Without a
final answer it becomes REVERSAL_UNKNOWN, the sale is locked as for an unknown payment, and the
terminal's record (lastRev names the reversed transaction) or a manager decides whether the
money went back to the card. Only an APPROVED payment pays for a receipt.
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
    REVERSAL_PENDING = "reversal_pending"  # approved; its reversal saved, sent or about to be
    REVERSAL_UNKNOWN = "reversal_unknown"  # reversal sent, no final answer: locked until settled

    @property
    def charged(self) -> bool:
        """Pays for the sale. A payment whose reversal is in doubt never does."""
        return self is CardPaymentState.APPROVED

    @property
    def open(self) -> bool:
        """Still undecided: nothing else may be charged for the sale, nothing registered."""
        return self in _OPEN

    @property
    def in_reversal(self) -> bool:
        """Undecided whether the money went back to the card."""
        return self in (CardPaymentState.REVERSAL_PENDING, CardPaymentState.REVERSAL_UNKNOWN)


_OPEN = frozenset(
    {
        CardPaymentState.PENDING,
        CardPaymentState.UNKNOWN,
        CardPaymentState.REVERSAL_PENDING,
        CardPaymentState.REVERSAL_UNKNOWN,
    }
)
OPEN_STATES: tuple[str, ...] = tuple(sorted(s.value for s in _OPEN))


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
    tip: int = 0  # öre the cardholder added on the terminal (amountTip): not the sale's money


@dataclass(frozen=True, slots=True)
class ReversalIntent:
    """A reversal as saved before its request is sent (6.8): which terminal transaction, how
    much, when and why. `by_seq_cnt`: sent with origTrxSeqCnt (multiple reversal), else the
    terminal reverses its last transaction."""

    requested_at: datetime
    orig_trx_seq_cnt: int | None  # the payment's ep2TrxSeqCnt
    trx_sync_number: int  # the payment's trxSyncNumber
    amount: int  # öre to go back to the card: amountAuth as the terminal holds it (tip included)
    reason: str = ""
    by_seq_cnt: bool = False


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
    tip: int = 0  # öre of amountTip, charged on top of amount_auth; never the sale's
    reversal: ReversalIntent | None = None  # the last reversal tried, kept after its outcome

    @property
    def signed_amount(self) -> int:
        """What it moved for the sale: a purchase in (+), a credit back to the card (-)."""
        return -self.amount_auth if self.kind is CardPaymentKind.CREDIT else self.amount_auth

    @property
    def on_card(self) -> int:
        """Öre the terminal authorised on the card: the sale's part plus the tip."""
        return self.amount_auth + self.tip

    def with_state(self, state: CardPaymentState, **changes: object) -> CardPayment:
        return replace(self, state=state, **changes)


def sale_part(amount_auth: int | None, tip: int | None, asked: int) -> int | None:
    """The öre of an approval that pay for the sale, or None if the answer names none.

    amountAuth is what the card was charged; a tip the cardholder added on the terminal is in
    it (the terminal's slip reads EFT + Tip = Total-EFT) and is not the sale's money. None when
    amountAuth is missing, zero, not above the tip, or more than was asked plus the tip: such an
    approval is an unknown outcome for a person to look at, never a decline and never booked
    as something else. Less than asked is a partial approval.
    """
    tip = tip or 0
    if amount_auth is None or amount_auth <= 0 or tip < 0 or amount_auth <= tip:
        return None
    part = amount_auth - tip
    return part if part <= asked else None


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
    # lastTrx: its ep2TrxSeqCnt; lastRev: ep2TrxSeqCntOrigTrx, the transaction it reversed.
    trx_seq_cnt: int | None = None
    amount_tip: int | None = None


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
    # amountAuth holds the tip (see sale_part): what is left must be exactly ours.
    tip = last.amount_tip or 0
    if last.trx_result == 0 and last.amount_auth and last.amount_auth - tip == payment.amount:
        return Verdict.CHARGED
    return Verdict.UNDECIDED


class ReversalVerdict(StrEnum):
    REVERSED = "reversed"  # the money went back to the card
    NOT_REVERSED = "not_reversed"  # the payment stands
    UNDECIDED = "undecided"  # the record does not say: a manager must settle by hand


def _same_transaction(payment: CardPayment, last: LastTransaction) -> bool:
    """The terminal's sequence counter names a transaction for sure; without it on both
    sides, the trxSyncNumber the terminal stamped into its record (6.1) does."""
    ours = payment.slip.trx_seq_cnt
    if ours is not None and last.trx_seq_cnt is not None:
        return ours == last.trx_seq_cnt
    return last.trx_sync_number is not None and last.trx_sync_number == payment.trx_sync_number


def judge_reversal(payment: CardPayment, last: LastTransaction | None) -> ReversalVerdict:
    """Was the reversal in `payment.reversal` carried out, judged from the terminal's record?

    After a reversal the terminal's record of its last transaction is lastRev, naming the
    transaction it reversed (6.12); lastTrx still showing our transaction means it was not
    reversed. Anything else (another transaction since, no record) is for a person to settle.
    """
    intent = payment.reversal
    if intent is None or last is None or not last.exists:
        return ReversalVerdict.UNDECIDED
    if last.reversed:
        ours = payment.slip.trx_seq_cnt
        if ours is not None and last.trx_seq_cnt is not None:
            if last.trx_seq_cnt != ours:
                return ReversalVerdict.UNDECIDED  # the last reversal is another transaction's
            if last.amount_auth is not None and last.amount_auth != intent.amount:
                return ReversalVerdict.UNDECIDED
            return ReversalVerdict.REVERSED
        # Without the counter: a reversal since our request, of our amount, can only be ours
        # (the till holds the terminal while a reversal is undecided).
        fits_time = last.transaction_time is not None and (
            last.transaction_time >= intent.requested_at.replace(tzinfo=None) - CLOCK_SLACK
        )
        if fits_time and last.amount_auth == intent.amount:
            return ReversalVerdict.REVERSED
        return ReversalVerdict.UNDECIDED
    if _same_transaction(payment, last) and last.trx_result == 0:
        return ReversalVerdict.NOT_REVERSED
    return ReversalVerdict.UNDECIDED


def reversal_answer_mismatch(
    payment: CardPayment, orig_trx_seq_cnt: int | None, amount_rev: int | None
) -> str:
    """Why a reversalResponse does not fit our intent ("" when it does). The answer to our own
    request is trusted unless it names another transaction or another amount."""
    intent = payment.reversal
    ours = payment.slip.trx_seq_cnt
    if ours is not None and orig_trx_seq_cnt is not None and orig_trx_seq_cnt != ours:
        return f"the terminal reversed transaction {orig_trx_seq_cnt}, not ours ({ours})"
    if intent is not None and amount_rev is not None and amount_rev != intent.amount:
        return f"the terminal reversed {amount_rev} öre, not {intent.amount}"
    return ""
