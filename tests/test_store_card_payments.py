"""Card payments and the terminals' counters in the store (Wallee's trxSyncNumber, LTI 7)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest
from test_store_support import make_receipt, raw

from till.core.card import (
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    CardSlip,
    ReversalIntent,
)
from till.core.receipt import Payment, PaymentMethod
from till.store import StoreError, TillStore

REG = "K1"


def payment(n: int = 1, **kw) -> CardPayment:
    base = dict(
        payment_id=f"p{n}",
        sale_id="s1",
        kind=CardPaymentKind.PURCHASE,
        amount=5000,
        terminal_kind="wallee",
        terminal_ref=f'{{"trx_sync_number": {n}}}',
        state=CardPaymentState.PENDING,
        started_at=datetime(2026, 11, 21, 14, 0).astimezone(),
    )
    return CardPayment(**{**base, **kw})


def test_the_sync_number_starts_at_one_and_advances_only_forward(store: TillStore):
    assert store.terminal_counter("wallee", REG) == 1
    p = payment()
    store.start_card_payment(p, register_id=REG)
    approved = p.with_state(CardPaymentState.APPROVED, amount_auth=5000)
    store.record_card_payment(
        approved, register_id=REG, kind="card_payment_approved", counter_used=1
    )
    assert store.terminal_counter("wallee", REG) == 2
    store.advance_terminal_counter("wallee", REG, 0, reason="an old answer")
    assert store.terminal_counter("wallee", REG) == 2  # never backwards
    assert store.terminal_counter("wallee", "other register") == 1
    assert store.terminal_counter("point", REG) == 1  # one counter per terminal kind


def test_a_second_undecided_payment_cannot_even_be_saved(store: TillStore):
    store.start_card_payment(payment(1), register_id=REG)
    with pytest.raises(StoreError):
        store.start_card_payment(payment(2), register_id=REG)
    unknown = payment(1, state=CardPaymentState.UNKNOWN)
    store.record_card_payment(unknown, register_id=REG, kind="card_payment_unknown")
    with pytest.raises(StoreError):
        store.start_card_payment(payment(2), register_id=REG)
    assert [p.payment_id for p in store.undecided_card_payments(REG)] == ["p1"]
    failed = payment(1, state=CardPaymentState.FAILED)
    store.record_card_payment(failed, register_id=REG, kind="card_payment_failed")
    store.start_card_payment(payment(2), register_id=REG)  # decided: the next may start


def test_a_decided_payment_keeps_its_outcome(store: TillStore, db_path):
    store.start_card_payment(payment(), register_id=REG)
    store.record_card_payment(
        payment(state=CardPaymentState.DECLINED), register_id=REG, kind="x", counter_used=1
    )
    with pytest.raises(StoreError):
        store.record_card_payment(
            payment(state=CardPaymentState.APPROVED), register_id=REG, kind="x"
        )
    with pytest.raises(sqlite3.IntegrityError):
        raw(db_path).execute("UPDATE card_payments SET state = 'approved'")
    assert store.card_payments_for_sale("s1")[0].state is CardPaymentState.DECLINED


INTENT = ReversalIntent(
    requested_at=datetime(2026, 11, 21, 14, 5).astimezone(),
    orig_trx_seq_cnt=1001,
    amount=5500,
    reason="no control code",
)


def record(store: TillStore, p: CardPayment, kind: str = "x", advance: bool = False) -> None:
    used = json.loads(p.terminal_ref)["trx_sync_number"] if advance else None
    store.record_card_payment(p, register_id=REG, kind=kind, counter_used=used)


def approved_payment(
    store: TillStore, n: int = 1, sale_id: str = "s1", amount: int = 5000
) -> CardPayment:
    store.start_card_payment(payment(n, sale_id=sale_id, amount=amount), register_id=REG)
    approved = payment(
        n,
        sale_id=sale_id,
        amount=amount,
        state=CardPaymentState.APPROVED,
        amount_auth=amount,
        tip=500,
        slip=CardSlip(trx_seq_cnt=1000 + n, tip=500),
    )
    record(store, approved, "a", advance=True)
    return approved


def test_approved_goes_back_to_the_card_only_through_a_saved_intent(store: TillStore):
    approved = approved_payment(store)
    for skipped in (CardPaymentState.FAILED, CardPaymentState.REVERSED):
        with pytest.raises(StoreError):  # no reversal without its intent written first
            record(store, replace(approved, state=skipped))
    pending = approved.with_state(CardPaymentState.REVERSAL_PENDING, reversal=INTENT)
    record(store, pending, "card_reversal_requested")
    (stored,) = store.card_payments_for_sale("s1")
    assert stored == pending and stored.reversal == INTENT and stored.tip == 500
    assert store.undecided_card_payments(REG) == [pending]
    with pytest.raises(StoreError):  # the register is locked while it is undecided
        store.start_card_payment(payment(2), register_id=REG)
    unknown = pending.with_state(CardPaymentState.REVERSAL_UNKNOWN, message="line dropped")
    record(store, unknown, "card_reversal_unknown")
    with pytest.raises(StoreError):
        store.start_card_payment(payment(2), register_id=REG)
    with pytest.raises(StoreError):
        record(store, unknown.with_state(CardPaymentState.FAILED))
    record(store, unknown.with_state(CardPaymentState.REVERSED), "card_reversal_settled")
    with pytest.raises(StoreError):  # reversed is final
        record(store, unknown.with_state(CardPaymentState.APPROVED))
    assert store.undecided_card_payments(REG) == []
    store.start_card_payment(payment(2), register_id=REG)
    rows = store.journal_rows()
    assert [r.kind for r in rows] == [
        "card_payment_started",
        "a",
        "card_reversal_requested",
        "card_reversal_unknown",
        "card_reversal_settled",
        "card_payment_started",
    ]
    assert rows[2].data["reversal"]["orig_trx_seq_cnt"] == 1001 and rows[2].data["tip"] == 500


@pytest.mark.parametrize(
    "path",
    [
        # refused, or not sent: the payment stands and may be reversed again later
        ("reversal_pending", "approved", "reversal_pending", "reversed"),
        ("reversal_pending", "reversal_unknown", "approved"),
    ],
)
def test_a_reversal_that_did_not_happen_leaves_the_payment_approved(store: TillStore, path):
    current = approved_payment(store)
    for state in path:
        current = current.with_state(CardPaymentState(state), reversal=INTENT)
        record(store, current)
    assert store.card_payments_for_sale("s1")[0].state is CardPaymentState(path[-1])


def test_pending_and_unknown_never_skip_to_a_reversal(store: TillStore, db_path):
    store.start_card_payment(payment(), register_id=REG)
    conn = raw(db_path)
    for state in ("reversal_pending", "reversal_unknown", "reversed"):
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE card_payments SET state = ?, reversal = '{}'", (state,))
    conn.execute("UPDATE card_payments SET state = 'unknown'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE card_payments SET state = 'reversal_pending', reversal = '{}'")
    with pytest.raises(sqlite3.IntegrityError):  # CHECK: no reversal state without its intent
        conn.execute("UPDATE card_payments SET state = 'approved'")
        conn.execute("UPDATE card_payments SET state = 'reversal_pending'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE card_payments SET tip = -1")


def _card_receipt(sale_id: str, amount: int):
    """The sample receipt, paid by one card line of `amount` öre, for the sale `sale_id`."""
    base = make_receipt(1)
    card = Payment(PaymentMethod.CARD, amount, card=CardSlip(masked_pan="XXXX0267"))
    return replace(base, sale_id=sale_id, rounding=0, payments=(card,))


TO_PAY = make_receipt(1).to_pay


@pytest.mark.parametrize("state", ["reversed", "reversal_pending", "reversal_unknown"])
def test_the_store_refuses_a_receipt_paid_by_a_card_payment_not_approved(store: TillStore, state):
    approved = approved_payment(store, sale_id="sale-x", amount=TO_PAY)
    receipt = _card_receipt("sale-x", TO_PAY)
    pending = approved.with_state(CardPaymentState.REVERSAL_PENDING, reversal=INTENT)
    record(store, pending)
    if state != "reversal_pending":
        record(store, pending.with_state(CardPaymentState(state)))
    with pytest.raises(StoreError) as refused:
        store.store_receipt(receipt)
    assert refused.value.code == "card_payment_not_approved"
    assert list(store.receipts()) == []


def test_the_store_checks_each_tender_apart(store: TillStore):
    """A card payment does not pay a receipt line that says Klarna, nor the other way round."""
    approved_payment(store, sale_id="sale-k", amount=TO_PAY)  # a card payment
    as_klarna = replace(
        _card_receipt("sale-k", TO_PAY),
        payments=(Payment(PaymentMethod.KLARNA, TO_PAY, card=CardSlip()),),
    )
    with pytest.raises(StoreError) as refused:
        store.store_receipt(as_klarna)
    assert refused.value.code == "card_payment_not_approved"
    store.store_receipt(_card_receipt("sale-k", TO_PAY))


def test_the_store_checks_card_lines_against_the_approved_payments(store: TillStore):
    approved_payment(store, sale_id="sale-y", amount=TO_PAY)  # the 5 kr tip is not the sale's
    for amount in (TO_PAY + 500, TO_PAY - 100):
        with pytest.raises(StoreError):
            store.store_receipt(_card_receipt("sale-y", amount))
    good = _card_receipt("sale-y", TO_PAY)
    store.store_receipt(good)
    assert store.receipt("K1", 1) == good
    # A sale without card payment rows (training mode charges no card) is not checked.
    store.store_receipt(replace(_card_receipt("no-rows", TO_PAY), sequence_number=2))


def database_before(path, migration: str) -> sqlite3.Connection:
    """A database at the schema just before `migration` (a name in till.store.schema), as a
    till of that version left it: for the tests that a migration keeps what was there."""
    from till.store import schema

    before = schema.MIGRATIONS.index(getattr(schema, migration))
    conn = sqlite3.connect(str(path), isolation_level=None)
    for statements in schema.MIGRATIONS[:before]:
        for statement in statements:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {before}")
    return conn


def test_the_migration_keeps_the_card_payments_of_an_older_database(tmp_path):
    path = tmp_path / "old.db"
    conn = database_before(path, "V6_REVERSALS")
    conn.execute(
        "INSERT INTO card_payments (payment_id, register_id, sale_id, kind, amount,"
        " trx_sync_number, state, started_at, amount_auth, slip, message, updated_at)"
        " VALUES ('old', 'K1', 's0', 'purchase', 4200, 7, 'approved',"
        " '2026-01-02T10:00:00+01:00', 4200, '{}', '', '2026-01-02T10:00:01+00:00')"
    )
    conn.execute(
        "INSERT INTO card_payments (payment_id, register_id, sale_id, kind, amount,"
        " trx_sync_number, state, started_at, amount_auth, slip, message, updated_at)"
        " VALUES ('open', 'K1', 's0', 'purchase', 100, 8, 'unknown',"
        " '2026-01-02T10:01:00+01:00', 0, '{}', 'lost', '2026-01-02T10:01:01+00:00')"
    )
    conn.close()
    store = TillStore.open(path)
    try:
        old, still_open = store.card_payments_for_sale("s0")
        assert (old.payment_id, old.state, old.amount_auth, old.tip, old.reversal) == (
            "old",
            CardPaymentState.APPROVED,
            4200,
            0,
            None,
        )
        assert store.undecided_card_payments("K1") == [still_open]
        with pytest.raises(StoreError):  # the widened index and trigger came along
            store.start_card_payment(payment(9, sale_id="s0"), register_id="K1")
        with pytest.raises(StoreError):
            record(store, old.with_state(CardPaymentState.REVERSED))
        record(store, still_open.with_state(CardPaymentState.FAILED))
        record(store, old.with_state(CardPaymentState.REVERSAL_PENDING, reversal=INTENT))
    finally:
        store.close()


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


def test_the_terminal_port_migration_moves_sync_numbers_into_references_and_counters(tmp_path):
    """Issue 8: trx_sync_number becomes Wallee's terminal_ref, terminal_sync its counter."""
    path = tmp_path / "old.db"
    conn = database_before(path, "V8_TERMINAL_PORT")
    conn.execute("INSERT INTO terminal_sync (register_id, trx_sync_number) VALUES ('K1', 9)")
    conn.execute(
        "INSERT INTO card_payments (payment_id, register_id, sale_id, kind, amount,"
        " trx_sync_number, state, started_at, amount_auth, slip, message, updated_at, reversal)"
        " VALUES ('old', 'K1', 's0', 'purchase', 4200, 7, 'reversal_unknown',"
        " '2026-01-02T10:00:00+01:00', 4200, '{}', '', '2026-01-02T10:00:01+00:00',"
        ' \'{"amount": 4200, "by_seq_cnt": false, "orig_trx_seq_cnt": 12, "reason": "r",'
        ' "requested_at": "2026-01-02T10:02:00+01:00", "trx_sync_number": 7}\')'
    )
    conn.close()
    store = TillStore.open(path)
    try:
        (old,) = store.card_payments_for_sale("s0")
        assert old.terminal_kind == "wallee"
        assert json.loads(old.terminal_ref) == {"trx_sync_number": 7}
        assert old.reversal is not None and old.reversal.orig_trx_seq_cnt == 12
        assert store.terminal_counter("wallee", "K1") == 9
        assert store.undecided_card_payments("K1") == [old]
        with pytest.raises(StoreError):  # still one undecided payment per register
            store.start_card_payment(payment(9, sale_id="s1"), register_id="K1")
        with pytest.raises(StoreError):  # and a reversal in doubt never goes back to pending
            record(store, old.with_state(CardPaymentState.PENDING))
        record(store, old.with_state(CardPaymentState.REVERSED))
        with pytest.raises(StoreError):  # decided stays decided
            record(store, old.with_state(CardPaymentState.APPROVED))
    finally:
        store.close()


def test_the_klarna_tender_migration_takes_existing_payments_as_cards(tmp_path):
    """Issue 8 part 2: every payment before the tender column was a card payment; a Klarna
    payment keeps its tender, and the column refuses anything else."""
    from till.core.card import Tender

    path = tmp_path / "old.db"
    conn = database_before(path, "V9_KLARNA_TENDER")
    conn.execute(
        "INSERT INTO card_payments (payment_id, register_id, sale_id, kind, amount,"
        " terminal_kind, terminal_ref, state, started_at, amount_auth, updated_at)"
        " VALUES ('old', 'K1', 's0', 'purchase', 4200, 'wallee', '{}', 'approved',"
        " '2026-01-02T10:00:00+01:00', 4200, '2026-01-02T10:00:01+00:00')"
    )
    conn.close()
    store = TillStore.open(path)
    try:
        (old,) = store.card_payments_for_sale("s0")
        assert old.tender is Tender.CARD
        klarna = payment(2, sale_id="s2", terminal_kind="point", tender=Tender.KLARNA)
        store.start_card_payment(klarna, register_id="K1")
        assert store.card_payments_for_sale("s2")[0].tender is Tender.KLARNA
    finally:
        store.close()
    raw = sqlite3.connect(str(path))
    with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint"):
        raw.execute("UPDATE card_payments SET tender = 'cheque' WHERE payment_id = 'old'")
    raw.close()
