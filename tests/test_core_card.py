"""Judging an uncertain card payment from the terminal's last transaction (LTI 6.12, 7)."""

from datetime import datetime, timedelta

import pytest

from till.core.card import (
    NO_TRANSACTION,
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    LastTransaction,
    Verdict,
    judge,
)

STARTED = datetime(2026, 11, 21, 14, 0, 0).astimezone()
PAYMENT = CardPayment(
    payment_id="p1",
    sale_id="s1",
    kind=CardPaymentKind.PURCHASE,
    amount=12900,
    trx_sync_number=41,
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
    ],
)
def test_judge(record, verdict):
    assert judge(PAYMENT, record) is verdict


def test_states():
    assert CardPaymentState.APPROVED.charged and not CardPaymentState.REVERSED.charged
    assert {s for s in CardPaymentState if s.open} == {
        CardPaymentState.PENDING,
        CardPaymentState.UNKNOWN,
    }
