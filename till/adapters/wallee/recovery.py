"""How an uncertain Wallee outcome is judged from the terminal's own record (LTI 6.8, 6.12, 7).

The till never resends to learn an outcome: the same trxSyncNumber would make the terminal
reverse its last transaction (LTI 7.2.2). It asks reprintReceiptRequest TRX instead and judges
the answer (lastTrx, lastRev) here, against the payment as the till saved it before sending.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from till.core.card import CardPayment
from till.protocols.lti import ErrorNotification

NOTHING_ON_RECORD = ("VCS.ERR.0031", "VCS.ERR.0035")  # 6.14.1


def sync_number_of(payment: CardPayment) -> int | None:
    """The trxSyncNumber the payment was (or was to be) sent with, from its terminal_ref."""
    value = json.loads(payment.terminal_ref or "{}").get("trx_sync_number")
    return value if isinstance(value, int) else None


def terminal_time(text: str | None) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y%m%d%H%M%S") if text else None
    except ValueError:
        return None


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
        if last.trx_sync_number != sync_number_of(payment):
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
    return last.trx_sync_number is not None and last.trx_sync_number == sync_number_of(payment)


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


def last_transaction(final: Any) -> tuple[LastTransaction | None, Any]:
    """The judgement's view of a reprintReceiptResponse (or errorNotification), and the record
    itself (lastTrx, lastRev) for the slip; (None, None) when the answer says nothing."""
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
