"""Judging an uncertain card payment, or its reversal, from the terminal's last transaction
(LTI 6.8, 6.12, 7)."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from till.adapters.wallee.recovery import (
    NO_TRANSACTION,
    LastTransaction,
    ReversalVerdict,
    Verdict,
    judge,
    judge_reversal,
    reversal_answer_mismatch,
)
from till.core.card import (
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    CardSlip,
    ReversalIntent,
    sale_part,
)

STARTED = datetime(2026, 11, 21, 14, 0, 0).astimezone()
PAYMENT = CardPayment(
    payment_id="p1",
    sale_id="s1",
    kind=CardPaymentKind.PURCHASE,
    amount=12900,
    terminal_kind="wallee",
    terminal_ref='{"trx_sync_number": 41}',
    state=CardPaymentState.UNKNOWN,
    started_at=STARTED,
)
AFTER = STARTED.replace(tzinfo=None) + timedelta(seconds=20)


def last(**kw) -> LastTransaction:
    base = {"trx_sync_number": 41, "trx_result": 0, "amount_auth": 12900, "transaction_time": AFTER}
    return LastTransaction(**{**base, **kw})


@pytest.mark.parametrize(
    ("record", "verdict"),
    [
        (last(), Verdict.CHARGED),
        (last(amount_auth=6450), Verdict.CHARGED),  # partial approval still charged
        (last(trx_result=1), Verdict.DECLINED),
        # 7.2.1: the terminal's last completed transaction carries an older number: ours never
        # completed there.
        (last(trx_sync_number=40), Verdict.NOT_CHARGED),
        (last(reversed=True), Verdict.NOT_CHARGED),
        (last(trx_result=None, amount_auth=None), Verdict.UNDECIDED),
        (None, Verdict.UNDECIDED),
        (NO_TRANSACTION, Verdict.NOT_CHARGED),
        # Without a number (6.12: a record of a failed request holds only id, time, flag):
        (last(trx_sync_number=None), Verdict.CHARGED),
        (last(trx_sync_number=None, amount_auth=100), Verdict.UNDECIDED),
        (last(trx_sync_number=None, trx_result=1), Verdict.DECLINED),
        (
            last(trx_sync_number=None, transaction_time=AFTER - timedelta(hours=2)),
            Verdict.NOT_CHARGED,
        ),
        (last(trx_sync_number=None, transaction_time=None), Verdict.UNDECIDED),
        # trxResult 0 without amountAuth: not a decline, not a charge we can book.
        (last(amount_auth=None), Verdict.UNDECIDED),
        (last(amount_auth=0), Verdict.UNDECIDED),
        # Without a number the amount must fit once the tip is taken off (6.1 amountTip).
        (last(trx_sync_number=None, amount_auth=13900, amount_tip=1000), Verdict.CHARGED),
        (last(trx_sync_number=None, amount_auth=13900), Verdict.UNDECIDED),
    ],
)
def test_judge(record, verdict):
    assert judge(PAYMENT, record) is verdict


def test_states():
    assert {s for s in CardPaymentState if s.charged} == {CardPaymentState.APPROVED}
    assert {s for s in CardPaymentState if s.open} == {
        CardPaymentState.PENDING,
        CardPaymentState.UNKNOWN,
        CardPaymentState.REVERSAL_PENDING,
        CardPaymentState.REVERSAL_UNKNOWN,
    }
    assert {s for s in CardPaymentState if s.in_reversal} == {
        CardPaymentState.REVERSAL_PENDING,
        CardPaymentState.REVERSAL_UNKNOWN,
    }


@pytest.mark.parametrize(
    ("amount_auth", "tip", "asked", "part"),
    [
        (12900, None, 12900, 12900),
        (6450, 0, 12900, 6450),  # partial approval
        (14400, 1500, 12900, 12900),  # the tip is on the card, not the sale's
        (7950, 1500, 12900, 6450),  # partial approval with a tip
        (None, None, 12900, None),  # trxResult 0 without amountAuth
        (0, None, 12900, None),
        (1500, 1500, 12900, None),  # nothing left for the sale
        (1000, 1500, 12900, None),
        (12900, -1, 12900, None),
        (99999, 0, 12900, None),  # more than asked: not booked as if it were the sale's
        (14401, 1500, 12900, None),
    ],
)
def test_sale_part(amount_auth, tip, asked, part):
    assert sale_part(amount_auth, tip, asked) == part


# -- reversals (6.8): what the terminal's record says about one in doubt ----------------------

REQUESTED = STARTED + timedelta(minutes=3)
INTENT = ReversalIntent(
    requested_at=REQUESTED,
    orig_trx_seq_cnt=281,
    amount=14400,  # 129 kr sale + 15 kr tip went to the card
    reason="no control code",
)
REVERSING = replace(
    PAYMENT,
    state=CardPaymentState.REVERSAL_UNKNOWN,
    amount_auth=12900,
    tip=1500,
    slip=CardSlip(trx_seq_cnt=281),
    reversal=INTENT,
)
REV_TIME = REQUESTED.replace(tzinfo=None) + timedelta(seconds=5)


def last_rev(**kw) -> LastTransaction:
    """A lastRev record: trx_seq_cnt is ep2TrxSeqCntOrigTrx, amount_auth is amountRev."""
    base = {
        "trx_sync_number": None,
        "trx_result": None,
        "amount_auth": 14400,
        "transaction_time": REV_TIME,
        "reversed": True,
        "trx_seq_cnt": 281,
    }
    return LastTransaction(**{**base, **kw})


def last_trx(**kw) -> LastTransaction:
    base = {
        "trx_sync_number": 41,
        "trx_result": 0,
        "amount_auth": 14400,
        "amount_tip": 1500,
        "transaction_time": AFTER,
        "trx_seq_cnt": 281,
    }
    return LastTransaction(**{**base, **kw})


@pytest.mark.parametrize(
    ("payment", "record", "verdict"),
    [
        (REVERSING, last_rev(), ReversalVerdict.REVERSED),
        (REVERSING, last_rev(amount_auth=None), ReversalVerdict.REVERSED),  # counter suffices
        # The last reversal is another transaction's, or of another amount: ask a person.
        (REVERSING, last_rev(trx_seq_cnt=280), ReversalVerdict.UNDECIDED),
        (REVERSING, last_rev(amount_auth=12900), ReversalVerdict.UNDECIDED),
        # No counter in the record: a reversal since our request, of our amount.
        (REVERSING, last_rev(trx_seq_cnt=None), ReversalVerdict.REVERSED),
        (
            REVERSING,
            last_rev(trx_seq_cnt=None, transaction_time=REV_TIME - timedelta(hours=1)),
            ReversalVerdict.UNDECIDED,
        ),
        (REVERSING, last_rev(trx_seq_cnt=None, amount_auth=100), ReversalVerdict.UNDECIDED),
        (REVERSING, last_rev(trx_seq_cnt=None, transaction_time=None), ReversalVerdict.UNDECIDED),
        # The record still shows our transaction, not reversed: the reversal did not happen.
        (REVERSING, last_trx(), ReversalVerdict.NOT_REVERSED),
        (REVERSING, last_trx(trx_seq_cnt=None), ReversalVerdict.NOT_REVERSED),  # by sync number
        (
            replace(REVERSING, slip=CardSlip()),  # settled by hand: no counter of ours
            last_trx(),
            ReversalVerdict.NOT_REVERSED,
        ),
        # Another transaction since ours (or ours declined?): nobody can tell from this.
        (REVERSING, last_trx(trx_seq_cnt=290, trx_sync_number=42), ReversalVerdict.UNDECIDED),
        (REVERSING, last_trx(trx_seq_cnt=None, trx_sync_number=42), ReversalVerdict.UNDECIDED),
        (REVERSING, last_trx(trx_result=1), ReversalVerdict.UNDECIDED),
        (REVERSING, NO_TRANSACTION, ReversalVerdict.UNDECIDED),
        (REVERSING, None, ReversalVerdict.UNDECIDED),
        (replace(REVERSING, reversal=None), last_rev(), ReversalVerdict.UNDECIDED),
    ],
)
def test_judge_reversal(payment, record, verdict):
    assert judge_reversal(payment, record) is verdict


@pytest.mark.parametrize(
    ("orig", "amount_rev", "fits"),
    [
        (281, 14400, True),
        (None, None, True),  # a bare answer to our own request is trusted
        (281, None, True),
        (280, 14400, False),
        (None, 12900, False),
    ],
)
def test_a_reversal_answer_must_name_our_transaction(orig, amount_rev, fits):
    assert (reversal_answer_mismatch(REVERSING, orig, amount_rev) == "") is fits


def test_on_card_is_the_sale_part_and_the_tip():
    assert REVERSING.on_card == 14400 and REVERSING.signed_amount == 12900
