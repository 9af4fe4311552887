"""Receipt copies (one per normal receipt) and offline cash invoices (their own unbroken series):
stored whole, journaled, never changed, and guarded by the database against direct SQL."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from test_store_support import (
    IMMUTABLE_TABLES_V3,
    drop_guards,
    insert,
    make_copy,
    make_receipt,
    raw,
    ref,
    return_of,
    row_values,
    sale_document,
    sample_sale,
)

from till.core.receipt import ReceiptType
from till.core.report import GrandTotals
from till.core.sale import Sale
from till.store import CopyExists, SequenceNumberTaken, StoreError, TillStore
from till.store.journal import canonical_json

# -- copies --------------------------------------------------------------------------------------


def test_a_copy_round_trips_and_is_journaled(store: TillStore) -> None:
    receipt = make_receipt(1)
    store.store_receipt(receipt)
    assert store.copy_of(ref(1)) is None
    copy = make_copy(receipt)
    store.store_copy(copy)
    loaded = store.copy_of(ref(1))
    assert loaded == copy
    assert loaded.created_at.isoformat() == copy.created_at.isoformat()
    assert loaded.receipt == receipt
    event = store.journal_rows()[-1]
    assert (event.kind, event.register_id) == ("receipt_copy", "K1")
    assert event.data == {
        "register_id": "K1",
        "sequence_number": 1,
        "amount": receipt.total,
        "created_at": copy.created_at.isoformat(),
        "ctuid": "TEST123456789",
        "control_code": "C" * 59,
        "request_id": "copy-1",
    }
    assert store.verify_journal().ok


def test_a_second_copy_is_refused_in_plain_words(store: TillStore) -> None:
    receipt = make_receipt(12)
    for n in range(1, 13):
        store.store_receipt(make_receipt(n))
    store.store_copy(make_copy(receipt))
    rows = len(store.journal_rows())
    with pytest.raises(CopyExists) as info:
        store.store_copy(make_copy(receipt, code="D" * 59))
    assert isinstance(info.value, StoreError)
    assert info.value.code == "copy_exists_already"
    assert info.value.message == "Receipt 12 already has its copy; SKVFS 2014:9 allows only one."
    assert store.copy_of(ref(12)).control.code == "C" * 59
    assert len(store.journal_rows()) == rows


@pytest.mark.parametrize(
    ("receipt_type", "words"), [(ReceiptType.TRAINING, "training"), (ReceiptType.PRO_FORMA, "pro")]
)
def test_only_a_normal_receipt_gets_a_copy(
    store: TillStore, receipt_type: ReceiptType, words: str
) -> None:
    receipt = sale_document(sample_sale(), 1, receipt_type=receipt_type)
    store.store_receipt(receipt)
    with pytest.raises(StoreError, match=f"is a {words}.*only a normal receipt") as info:
        store.store_copy(make_copy(receipt))
    assert info.value.code == "copy_refused_not_normal"
    assert store.copy_of(ref(1)) is None


def test_a_return_receipt_gets_its_copy_too(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    back = sale_document(return_of(original, [(2, 1000)]), 2)
    store.store_receipt(back)
    store.store_copy(make_copy(back))
    assert store.copy_of(ref(2)).receipt.original == ref(1)
    assert store.journal_rows()[-1].data["amount"] == back.total < 0


def test_a_copy_of_a_receipt_not_stored_is_refused(store: TillStore) -> None:
    with pytest.raises(StoreError, match="There is no receipt 1 on register K1"):
        store.store_copy(make_copy(make_receipt(1)))


def test_sql_one_copy_per_receipt(store: TillStore, db_path: Path) -> None:
    store.store_receipt(make_receipt(1))
    store.store_copy(make_copy(make_receipt(1)))
    conn = raw(db_path)
    second = row_values(conn, "receipt_copies", "receipt_id = 1") | {"control_code": "forged"}
    with pytest.raises(sqlite3.IntegrityError, match="at most one copy"):
        insert(conn, "receipt_copies", second)
    with pytest.raises(sqlite3.IntegrityError, match="at most one copy"):
        conn.execute("INSERT OR REPLACE INTO receipt_copies SELECT * FROM receipt_copies")
    # Without the trigger the primary key still allows one row per receipt.
    conn.execute("DROP TRIGGER receipt_copies_one_of_a_normal_receipt")
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE constraint failed"):
        insert(conn, "receipt_copies", second)
    assert store.copy_of(ref(1)).control.code == "C" * 59


def test_sql_copies_only_of_normal_receipts(store: TillStore, db_path: Path) -> None:
    store.store_receipt(make_receipt(1))
    store.store_receipt(sale_document(sample_sale(), 2, receipt_type=ReceiptType.TRAINING))
    store.store_receipt(sale_document(sample_sale(), 3, receipt_type=ReceiptType.PRO_FORMA))
    store.store_copy(make_copy(make_receipt(1)))
    conn = raw(db_path)
    template = row_values(conn, "receipt_copies", "receipt_id = 1")
    for receipt_id in (2, 3, 99):
        with pytest.raises(sqlite3.IntegrityError, match="only a normal receipt"):
            insert(conn, "receipt_copies", template | {"receipt_id": receipt_id})
    # A copy is never a receipt row itself, so a copy of a copy has nothing to point at.
    head = row_values(conn, "receipts", "id = 1") | {"id": None, "sequence_number": 4}
    with pytest.raises(sqlite3.IntegrityError, match="normal, training and pro forma"):
        insert(conn, "receipts", head | {"receipt_type": "kopia"})


# -- cash invoices ---------------------------------------------------------------------------------


def _invoice(number: int, sale: Sale | None = None, register_id: str = "K1"):
    return sale_document(
        sale or sample_sale(),
        number,
        register_id=register_id,
        receipt_type=ReceiptType.CASH_INVOICE,
    )


def test_a_cash_invoice_round_trips_and_closes_the_sale(store: TillStore) -> None:
    sale = sample_sale()
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={})
    invoice = _invoice(1, sale)
    store.store_cash_invoice(invoice)
    loaded = store.cash_invoice("K1", 1)
    assert loaded == invoice
    assert loaded.control is None and loaded.receipt_type is ReceiptType.CASH_INVOICE
    assert loaded.created_at.isoformat() == invoice.created_at.isoformat()
    assert store.load_open_sale("K1") is None
    rows = store.journal_rows()
    assert [r.kind for r in rows[-2:]] == ["sale_finished", "cash_invoice"]
    assert rows[-2].data["receipt_type"] == "kontantnota"
    record = rows[-1].data
    assert (record["sequence_number"], record["ctuid"], record["control_code"]) == (1, None, None)
    assert record["total"] == invoice.total
    assert len(record["lines"]) == 3
    # Not a receipt: the receipt series is untouched.
    assert store.next_sequence_number("K1") == 1
    assert store.receipt("K1", 1) is None
    assert store.verify_journal().ok


def test_cash_invoices_have_their_own_series_per_register(store: TillStore) -> None:
    store.store_receipt(make_receipt(1))
    assert store.next_cash_invoice_number("K1") == 1
    store.store_cash_invoice(_invoice(1))
    store.store_cash_invoice(_invoice(2))
    store.store_cash_invoice(_invoice(1, register_id="K2"))
    assert store.next_cash_invoice_number("K1") == 3
    assert store.next_sequence_number("K1") == 2
    assert [r.sequence_number for r in store.cash_invoices("K1")] == [1, 2]
    assert [(r.shop.register_id, r.sequence_number) for r in store.cash_invoices()] == [
        ("K1", 1),
        ("K1", 2),
        ("K2", 1),
    ]
    with pytest.raises(SequenceNumberTaken) as info:
        store.store_cash_invoice(_invoice(5))
    assert "Cash invoice number 5" in info.value.message
    assert "next number in the series is 3" in info.value.message


def test_wrong_documents_are_refused_by_each_method(store: TillStore) -> None:
    with pytest.raises(ValueError, match="cash invoices"):
        store.store_cash_invoice(make_receipt(1))
    with pytest.raises(ValueError, match="no control code"):
        store.store_cash_invoice(replace(_invoice(1), control=make_receipt(1).control))
    with pytest.raises(ValueError, match="not stored with store_receipt"):
        store.store_receipt(_invoice(1))
    with pytest.raises(ValueError, match="not stored with store_receipt"):
        store.store_receipt(replace(make_receipt(1), receipt_type=ReceiptType.COPY))
    with pytest.raises(ValueError, match="needs its control code"):
        store.store_receipt(replace(make_receipt(1), control=None))
    assert store.journal_rows() == []


def test_sql_cash_invoice_numbers_are_gap_free(store: TillStore, db_path: Path) -> None:
    store.store_cash_invoice(_invoice(1))
    conn = raw(db_path)
    head = row_values(conn, "cash_invoices", "number = 1") | {"id": None}
    for number in (3, 1, 0):
        with pytest.raises(sqlite3.IntegrityError, match="unbroken"):
            insert(conn, "cash_invoices", head | {"number": number})
    insert(conn, "cash_invoices", head | {"register_id": "K2"})  # another register starts at 1
    conn.execute("BEGIN")
    insert(conn, "cash_invoices", head | {"number": 2})
    conn.execute("ROLLBACK")


def test_sql_a_stored_cash_invoice_cannot_be_added_to(store: TillStore, db_path: Path) -> None:
    store.store_cash_invoice(_invoice(1))
    conn = raw(db_path)
    line = row_values(conn, "cash_invoice_lines", "position = 0")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be added to"):
        insert(conn, "cash_invoice_lines", line | {"position": 9})
    with pytest.raises(sqlite3.IntegrityError, match="cannot be added to"):
        conn.execute("INSERT OR REPLACE INTO cash_invoice_vat SELECT * FROM cash_invoice_vat")


# -- immutability of every new table ------------------------------------------------------------


@pytest.fixture
def filled(store: TillStore) -> TillStore:
    store.store_receipt(make_receipt(1))
    store.store_copy(make_copy(make_receipt(1)))
    store.store_cash_invoice(_invoice(1))
    last = store.last_journal_id()
    store.store_z_report(
        "K1", 1, make_receipt(1).created_at, 1, last, GrandTotals(100, 0), {"a": 1}
    )
    return store


@pytest.mark.parametrize("table", IMMUTABLE_TABLES_V3)
@pytest.mark.parametrize("operation", ["UPDATE {t} SET rowid = rowid", "DELETE FROM {t}"])
def test_sql_cannot_change_or_delete_the_new_records(
    filled: TillStore, db_path: Path, table: str, operation: str
) -> None:
    conn = raw(db_path)
    before = conn.execute(f"SELECT * FROM {table}").fetchall()
    assert before  # the fixture wrote to every table
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed or deleted"):
        conn.execute(operation.format(t=table))
    assert conn.execute(f"SELECT * FROM {table}").fetchall() == before


def test_sql_cannot_swap_a_z_report_by_replace(filled: TillStore, db_path: Path) -> None:
    conn = raw(db_path)
    conn.execute("PRAGMA recursive_triggers = ON")  # as the till's own connection has it
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT OR REPLACE INTO z_reports SELECT id, register_id, number, created_at,"
            " first_journal_id, last_journal_id, grand_sales, grand_returns, ?, stored_at"
            " FROM z_reports",
            (canonical_json({"forged": True}),),
        )
    assert filled.z_report("K1", 1).content == {"a": 1}


def test_verify_finds_removed_copies_cash_invoices_and_z_reports(
    filled: TillStore, db_path: Path
) -> None:
    assert filled.verify_journal().ok
    conn = raw(db_path)
    drop_guards(conn)
    for table in ("receipt_copies", "cash_invoice_lines", "cash_invoice_vat"):
        conn.execute(f"DELETE FROM {table}")
    conn.execute("DELETE FROM cash_invoice_payments")
    conn.execute("DELETE FROM cash_invoices")
    conn.execute("DELETE FROM z_reports")
    problems = filled.verify_journal().problems
    assert len(problems) == 3
    assert "records cash invoice K1 #1, which is not in the cash_invoices table" in problems[0]
    assert "records copy of receipt K1 #1, which is not in the receipt_copies table" in problems[1]
    assert "records Z report K1 #1, which is not in the z_reports table" in problems[2]


def test_verify_finds_a_removed_tail_through_the_z_reports(
    filled: TillStore, db_path: Path
) -> None:
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("DELETE FROM journal WHERE kind = 'z_report'")  # the newest row
    assert filled.verify_journal().problems == [
        "Z report K1 #1: no 'z_report' event in the journal (journal rows were removed)"
    ]
