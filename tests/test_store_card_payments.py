"""Card payments and the trxSyncNumber in the store (LTI section 7)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest
from test_store_support import make_receipt, raw

from till.core.card import CardPayment, CardPaymentKind, CardPaymentState, CardSlip
from till.core.receipt import Payment, PaymentMethod
from till.store import StoreError, TillStore

REG = "K1"


def payment(n: int = 1, **kw) -> CardPayment:
    base = dict(
        payment_id=f"p{n}",
        sale_id="s1",
        kind=CardPaymentKind.PURCHASE,
        amount=5000,
        trx_sync_number=n,
        state=CardPaymentState.PENDING,
        started_at=datetime(2026, 11, 21, 14, 0).astimezone(),
    )
    return CardPayment(**{**base, **kw})


def test_the_sync_number_starts_at_one_and_advances_only_forward(store: TillStore):
    assert store.trx_sync_number(REG) == 1
    p = payment()
    store.start_card_payment(p, register_id=REG)
    approved = p.with_state(CardPaymentState.APPROVED, amount_auth=5000)
    store.record_card_payment(
        approved, register_id=REG, kind="card_payment_approved", advance_sync=True
    )
    assert store.trx_sync_number(REG) == 2
    store.advance_trx_sync_number(REG, 0, reason="an old answer")
    assert store.trx_sync_number(REG) == 2  # never backwards
    assert store.trx_sync_number("other register") == 1


def test_a_second_undecided_payment_cannot_even_be_saved(store: TillStore):
    store.start_card_payment(payment(1), register_id=REG)
    with pytest.raises(StoreError):
        store.start_card_payment(payment(2), register_id=REG)
    unknown = payment(1, state=CardPaymentState.UNKNOWN)
    store.record_card_payment(
        unknown, register_id=REG, kind="card_payment_unknown", advance_sync=False
    )
    with pytest.raises(StoreError):
        store.start_card_payment(payment(2), register_id=REG)
    assert [p.payment_id for p in store.undecided_card_payments(REG)] == ["p1"]
    failed = payment(1, state=CardPaymentState.FAILED)
    store.record_card_payment(
        failed, register_id=REG, kind="card_payment_failed", advance_sync=False
    )
    store.start_card_payment(payment(2), register_id=REG)  # decided: the next may start


def test_a_decided_payment_keeps_its_outcome(store: TillStore, db_path):
    store.start_card_payment(payment(), register_id=REG)
    store.record_card_payment(
        payment(state=CardPaymentState.DECLINED), register_id=REG, kind="x", advance_sync=True
    )
    with pytest.raises(StoreError):
        store.record_card_payment(
            payment(state=CardPaymentState.APPROVED), register_id=REG, kind="x", advance_sync=False
        )
    with pytest.raises(sqlite3.IntegrityError):
        raw(db_path).execute("UPDATE card_payments SET state = 'approved'")
    assert store.card_payments_for_sale("s1")[0].state is CardPaymentState.DECLINED


def test_approved_may_only_become_reversed(store: TillStore):
    store.start_card_payment(payment(), register_id=REG)
    approved = payment(state=CardPaymentState.APPROVED, amount_auth=5000)
    store.record_card_payment(approved, register_id=REG, kind="a", advance_sync=True)
    with pytest.raises(StoreError):
        store.record_card_payment(
            replace(approved, state=CardPaymentState.FAILED),
            register_id=REG,
            kind="b",
            advance_sync=False,
        )
    store.record_card_payment(
        replace(approved, state=CardPaymentState.REVERSED),
        register_id=REG,
        kind="c",
        advance_sync=False,
    )
    kinds = [r.kind for r in store.journal_rows()]
    assert kinds == ["card_payment_started", "a", "c"]


def test_a_receipt_keeps_the_card_slip(store: TillStore):
    slip = CardSlip(
        masked_pan="XXXXXXXXXXXX0267",
        app_label="Visa",
        auth_code="741392",
        terminal_id="47110815",
        trx_seq_cnt=281,
        transaction_time="20261121140012",
        merchant_receipt="merchant\ncopy",
        cardholder_receipt="***Cardholder Receipt***\nVisa",
    )
    base = make_receipt(1)
    card = Payment(PaymentMethod.CARD, base.to_pay, card=slip)
    receipt = replace(base, rounding=0, payments=(card,))
    store.store_receipt(receipt)
    assert store.receipt("K1", 1) == receipt
