"""Receipts: stored whole, never changed, numbered in one unbroken series per register."""

from __future__ import annotations

import io
import json
import sqlite3
import tempfile
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_store_support import IMMUTABLE_TABLES, MILK, make_receipt, raw, sample_sale

from till.core.receipt import Payment, PaymentMethod, ReceiptType
from till.core.sale import Sale
from till.store import SequenceNumberTaken, StoreError, TillStore
from till.store.export import export_jsonl

# -- round trip ------------------------------------------------------------------------------


def test_a_receipt_round_trips_every_field(store: TillStore) -> None:
    sale = sample_sale()
    receipt = make_receipt(1, sale=sale)
    split = (
        Payment(PaymentMethod.CARD, 5000),
        Payment(PaymentMethod.CASH, receipt.to_pay - 5000, 20000, 20000 - (receipt.to_pay - 5000)),
    )
    receipt = replace(receipt, payments=split, receipt_type=ReceiptType.TRAINING)
    store.store_receipt(receipt)
    loaded = store.receipt("K1", 1)
    assert loaded == receipt
    # Compare field by field too: == on datetimes ignores the offset, the printout does not.
    assert loaded.created_at.utcoffset() == receipt.created_at.utcoffset()
    assert loaded.created_at.isoformat() == receipt.created_at.isoformat()
    assert loaded.shop == receipt.shop
    assert loaded.lines == receipt.lines
    assert loaded.vat == receipt.vat
    assert loaded.payments == receipt.payments
    assert loaded.control == receipt.control
    assert loaded.request_id == "req-K1-1"
    assert store.receipt("K1", 2) is None
    assert store.receipt("K2", 1) is None


def test_store_receipt_journals_the_sale_and_closes_the_open_sale(store: TillStore) -> None:
    sale = sample_sale()
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={"code": "11"})
    other = Sale()
    other.add(MILK)
    store.save_open_sale(other, register_id="K2", kind="item_added", data={"code": "11"})

    store.store_receipt(make_receipt(1, sale=sale))
    assert store.load_open_sale("K1") is None
    assert store.load_open_sale("K2") == other  # another register's sale is untouched
    kinds = [(r.kind, r.register_id) for r in store.journal_rows()]
    assert kinds[-2:] == [("sale_finished", "K1"), ("receipt", "K1")]
    receipt_event = store.journal_rows()[-1].data
    assert receipt_event["sequence_number"] == 1
    assert receipt_event["control_code"] == "A" * 59
    assert store.verify_journal().ok


def test_receipts_lists_oldest_first_per_register(store: TillStore) -> None:
    for n in range(1, 4):
        store.store_receipt(make_receipt(n, register_id="K1"))
        store.store_receipt(make_receipt(n, register_id="K2"))
    assert [r.sequence_number for r in store.receipts("K2")] == [1, 2, 3]
    everything = [(r.shop.register_id, r.sequence_number) for r in store.receipts()]
    assert everything == [(k, n) for n in range(1, 4) for k in ("K1", "K2")]


def test_a_receipt_without_a_time_zone_is_refused(store: TillStore) -> None:
    receipt = make_receipt(1)
    naive = replace(receipt, created_at=receipt.created_at.replace(tzinfo=None))
    with pytest.raises(ValueError, match="time zone"):
        store.store_receipt(naive)


# -- immutability against direct SQL -----------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE receipts SET control_code = 'forged'",
        "DELETE FROM receipts",
        "UPDATE receipt_lines SET unit_price = 1",
        "DELETE FROM receipt_lines",
        "UPDATE receipt_vat SET vat = 0",
        "DELETE FROM receipt_vat",
        "UPDATE receipt_payments SET amount = 0",
        "DELETE FROM receipt_payments",
        "UPDATE journal SET data = '{}'",
        "DELETE FROM journal WHERE id = (SELECT max(id) FROM journal)",
        # REPLACE deletes the old row; it must not slip past the triggers either.
        "INSERT OR REPLACE INTO receipt_lines SELECT * FROM receipt_lines LIMIT 1",
        "INSERT OR REPLACE INTO journal SELECT * FROM journal WHERE id = 1",
        "INSERT INTO receipt_payments (receipt_id, position, method, amount, tendered, change)"
        " VALUES (1, 1, 'cash', 100, 100, 0)",
    ],
)
def test_stored_records_cannot_be_changed_by_direct_sql(
    store: TillStore, db_path: Path, statement: str
) -> None:
    store.store_receipt(make_receipt(1))
    snapshot = {t: raw(db_path).execute(f"SELECT * FROM {t}").fetchall() for t in IMMUTABLE_TABLES}
    conn = raw(db_path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(statement)
    for table in IMMUTABLE_TABLES:
        assert raw(db_path).execute(f"SELECT * FROM {table}").fetchall() == snapshot[table]
    assert store.verify_journal().ok


def test_a_trigger_refusal_through_the_store_is_a_store_error(store: TillStore) -> None:
    store.store_receipt(make_receipt(1))
    with pytest.raises(StoreError) as info, store._db.transaction() as conn:
        conn.execute("DELETE FROM receipts")
    assert info.value.code == "store_refused"
    assert "cannot be changed or deleted" in info.value.message


# -- unbroken numbering ---------------------------------------------------------------------------


def test_numbers_start_at_one_per_register(store: TillStore) -> None:
    assert store.next_sequence_number("K1") == 1
    store.store_receipt(make_receipt(1))
    assert store.next_sequence_number("K1") == 2
    assert store.next_sequence_number("K2") == 1


@pytest.mark.parametrize("wrong", [0, 1, 3, 10])
def test_store_receipt_refuses_a_number_that_is_not_next(store: TillStore, wrong: int) -> None:
    store.store_receipt(make_receipt(1))
    with pytest.raises(SequenceNumberTaken) as info:
        store.store_receipt(make_receipt(wrong))
    assert isinstance(info.value, StoreError)
    assert "next number in the series is 2" in info.value.message
    assert [r.sequence_number for r in store.receipts("K1")] == [1]
    assert [r.kind for r in store.journal_rows()].count("receipt") == 1


def test_direct_sql_cannot_leave_a_gap(store: TillStore, db_path: Path) -> None:
    store.store_receipt(make_receipt(1))
    conn = raw(db_path)
    row = conn.execute("SELECT * FROM receipts WHERE sequence_number = 1").fetchone()
    columns = [d[1] for d in conn.execute("PRAGMA table_info(receipts)")]
    values = dict(zip(columns, row, strict=True)) | {"id": None}
    insert = f"INSERT INTO receipts VALUES ({','.join('?' * len(columns))})"
    for number in (3, 1, 0):
        with pytest.raises(sqlite3.IntegrityError, match="unbroken"):
            conn.execute(insert, tuple((values | {"sequence_number": number}).values()))
    # The next number is accepted (the trigger is not simply refusing everything) ...
    conn.execute("BEGIN")
    conn.execute(insert, tuple((values | {"sequence_number": 2}).values()))
    conn.execute("ROLLBACK")
    # ... and without the trigger UNIQUE still stops a duplicate.
    conn.execute("DROP TRIGGER receipts_gap_free")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        conn.execute(insert, tuple((values | {"sequence_number": 1}).values()))


def test_two_tills_racing_for_one_number(db_path: Path) -> None:
    first, second = TillStore.open(db_path), TillStore.open(db_path)
    a = make_receipt(first.next_sequence_number("K1"))
    b = make_receipt(second.next_sequence_number("K1"))
    assert a.sequence_number == b.sequence_number == 1
    first.store_receipt(a)
    with pytest.raises(SequenceNumberTaken):
        second.store_receipt(b)
    assert second.next_sequence_number("K1") == 2
    second.store_receipt(make_receipt(2))
    assert [r.sequence_number for r in first.receipts("K1")] == [1, 2]
    first.close()
    second.close()


def test_threads_racing_for_one_number_only_one_wins(db_path: Path) -> None:
    stores = [TillStore.open(db_path) for _ in range(4)]
    start = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def attempt(store: TillStore) -> None:
        receipt = make_receipt(store.next_sequence_number("K1"))
        start.wait()
        try:
            store.store_receipt(receipt)
            outcomes.append("stored")
        except SequenceNumberTaken:
            outcomes.append("taken")

    threads = [threading.Thread(target=attempt, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["stored", "taken", "taken", "taken"]
    assert [r.sequence_number for r in stores[0].receipts("K1")] == [1]
    for s in stores:
        s.close()


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["K1", "K2"]), st.integers(min_value=-2, max_value=2)),
        max_size=30,
    )
)
def test_any_run_of_stored_receipts_is_numbered_one_to_n(attempts: list[tuple[str, int]]) -> None:
    """Each attempt offers next + offset; only offset 0 may be stored, and the stored
    numbers of each register are exactly 1..N whatever was tried in between."""
    with tempfile.TemporaryDirectory() as tmp:
        store = TillStore.open(Path(tmp) / "till.sqlite3")
        stored = {"K1": 0, "K2": 0}
        for register_id, offset in attempts:
            number = store.next_sequence_number(register_id) + offset
            if number < 0:
                continue
            try:
                store.store_receipt(make_receipt(number, register_id=register_id))
            except SequenceNumberTaken:
                assert offset != 0
            else:
                assert offset == 0
                stored[register_id] += 1
        for register_id, n in stored.items():
            numbers = [r.sequence_number for r in store.receipts(register_id)]
            assert numbers == list(range(1, n + 1))
        assert store.verify_journal().ok
        store.close()


# -- the open sale ----------------------------------------------------------------------------


def test_the_open_sale_survives_a_crash(db_path: Path) -> None:
    crashed = TillStore.open(db_path)
    sale = sample_sale()
    crashed.save_open_sale(sale, register_id="K1", kind="item_added", data={"code": "30"})
    # No close(): the process dies here. A new process opens its own connection.
    restarted = TillStore.open(db_path)
    assert restarted.load_open_sale("K1") == sale
    assert restarted.load_open_sale("K2") is None
    event = restarted.journal_rows()[-1]
    assert (event.kind, event.data) == ("item_added", {"code": "30", "sale_id": sale.sale_id})
    restarted.close()
    crashed.close()


def test_each_save_replaces_the_snapshot(store: TillStore) -> None:
    sale = Sale()
    sale.add(MILK)
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={"code": "11"})
    sale.set_quantity(1, 3000)
    store.save_open_sale(sale, register_id="K1", kind="quantity_changed", data={"line": 1})
    loaded = store.load_open_sale("K1")
    assert loaded == sale
    assert loaded.lines[0].quantity == 3000
    assert [r.kind for r in store.journal_rows()] == ["item_added", "quantity_changed"]


def test_voiding_journals_lines_and_total_and_drops_the_snapshot(store: TillStore) -> None:
    sale = sample_sale()
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={})
    store.void_open_sale(sale, register_id="K1", reason="customer left")
    assert store.load_open_sale("K1") is None
    event = store.journal_rows()[-1]
    assert event.kind == "sale_voided"
    assert event.data["total"] == sale.total
    assert event.data["reason"] == "customer left"
    assert [line["name"] for line in event.data["lines"]] == [x.name for x in sale.lines]


# -- export ----------------------------------------------------------------------------------


def test_export_writes_one_json_object_per_receipt(store: TillStore) -> None:
    receipts = [make_receipt(1), make_receipt(2), make_receipt(1, register_id="K2")]
    for receipt in receipts:
        store.store_receipt(receipt)
    out = io.StringIO()
    assert export_jsonl(store, out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 3
    first, receipt = records[0], receipts[0]
    assert first["register_id"] == "K1"
    assert first["sequence_number"] == 1
    assert first["receipt_type"] == "normal"
    assert first["created_at"] == "2024-06-01T14:30:15.123456+02:00"
    assert first["shop_name"] == "Hörnbutiken AB"
    assert first["shop_org_nr"] == "5561234567"
    assert first["total"] == receipt.total
    assert first["rounding"] == receipt.rounding
    assert first["ctuid"] == "TEST123456789"
    assert first["control_code"] == "A" * 59
    assert first["request_id"] == "req-K1-1"
    assert [x["amount"] for x in first["lines"]] == [x.amount for x in receipt.lines]
    assert first["lines"][1] == {
        "line_no": 2,
        "code": "1",
        "name": "Bananer",
        "quantity": 1234,
        "sold_by_weight": True,
        "unit_price": 2490,
        "discount": 100,
        "amount": receipt.lines[1].amount,
        "vat_rate": 12,
    }
    assert [v["rate"] for v in first["vat"]] == [25, 12, 6, 0]
    assert sum(v["gross"] for v in first["vat"]) == receipt.total
    assert first["payments"] == [
        {
            "method": "cash",
            "amount": receipt.to_pay,
            "tendered": receipt.payments[0].tendered,
            "change": receipt.payments[0].change,
        }
    ]
    assert "Hörnbutiken" in out.getvalue()  # UTF-8 text, not \\u escapes
    assert export_jsonl(store, io.StringIO(), register_id="K2") == 1


def test_a_lines_main_group_is_kept_with_the_receipt_and_its_journal_event(
    store: TillStore,
) -> None:
    """The group the product had when sold (the X/Z report's point 6) stays on the line."""
    sale = Sale()
    sale.add(replace(MILK, group="Mejeri"), 2000)
    sale.add(replace(MILK, code="12", barcode=None, group=None))
    store.store_receipt(make_receipt(1, sale=sale))
    loaded = store.receipt("K1", 1)
    assert [line.group for line in loaded.lines] == ["Mejeri", None]
    event = store.journal_rows()[-1].data
    assert [line.get("group") for line in event["lines"]] == ["Mejeri", None]
    assert store.verify_journal().ok
