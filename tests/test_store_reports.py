"""Register modes, the manager PIN, X/Z report input, Z reports (numbered, chained, never a second
for a closed period), the "no Z report yet" day, and the journal export for an inspection."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_store_support import (
    STOCKHOLM_SUMMER,
    insert,
    make_copy,
    make_receipt,
    raw,
    return_of,
    row_values,
    sale_document,
    sample_sale,
    shop,
)

from till.core.receipt import ReceiptType
from till.core.report import GrandTotals, ReportKind, VoidedSale
from till.core.sale import Sale
from till.store import PeriodClosed, RegisterModes, StoreError, TillStore, ZReportRecord
from till.store.export import export_journal_jsonl
from till.store.journal import canonical_json, row_hash

NOW = datetime(2024, 6, 1, 22, 0, tzinfo=STOCKHOLM_SUMMER)

# -- register modes ------------------------------------------------------------------------------


def test_modes_default_off_and_are_kept_per_register(store: TillStore) -> None:
    assert store.modes("K1") == RegisterModes(training=False, offline=False)
    store.set_training("K1", True, by="manager")
    assert store.modes("K1") == RegisterModes(training=True, offline=False)
    store.set_offline("K1", True, reason="the control unit does not answer")
    assert store.modes("K1") == RegisterModes(training=True, offline=True)
    store.set_training("K1", False, by="manager")
    assert store.modes("K1") == RegisterModes(training=False, offline=True)
    assert store.modes("K2") == RegisterModes()


def test_every_mode_change_is_journaled(store: TillStore) -> None:
    store.set_training("K1", True, by="Anna")
    store.set_offline("K1", True, reason="CCU down")
    store.set_offline("K1", False, reason="the control unit answers")
    rows = [(r.kind, r.register_id, r.data) for r in store.journal_rows()]
    assert rows == [
        ("training_mode", "K1", {"on": True, "by": "Anna"}),
        ("offline_mode", "K1", {"on": True, "reason": "CCU down"}),
        ("offline_mode", "K1", {"on": False, "reason": "the control unit answers"}),
    ]


# -- the manager PIN ------------------------------------------------------------------------------


def test_a_manager_pin_is_set_checked_and_replaced(store: TillStore, db_path: Path) -> None:
    assert not store.has_manager_pin()
    assert not store.check_manager_pin("1234")
    store.set_manager_pin("1234", register_id="K1")
    assert store.has_manager_pin()
    assert store.check_manager_pin("1234")
    for wrong in ("1235", "12345", "", "abcd", "1234 "):
        assert not store.check_manager_pin(wrong)
    store.set_manager_pin("987654321012", register_id="K1")
    assert not store.check_manager_pin("1234")
    assert store.check_manager_pin("987654321012")
    rows = store.journal_rows()
    assert [(r.kind, r.data) for r in rows] == [
        ("manager_pin_set", {"replaced": False}),
        ("manager_pin_set", {"replaced": True}),
    ]
    assert not any("1234" in json.dumps(r.data) for r in rows)


def test_the_pin_is_stored_only_as_a_salted_pbkdf2_hash(store: TillStore, db_path: Path) -> None:
    store.set_manager_pin("4711", register_id="K1")
    salt, digest, iterations = (
        raw(db_path).execute("SELECT salt, hash, iterations FROM manager_pin").fetchone()
    )
    assert len(salt) == 16 and iterations == 200_000
    assert digest == hashlib.pbkdf2_hmac("sha256", b"4711", salt, 200_000)
    store.set_manager_pin("4711", register_id="K1")
    assert raw(db_path).execute("SELECT salt FROM manager_pin").fetchone()[0] != salt
    assert b"4711" not in db_path.read_bytes()


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "", "١٢٣٤", " 1234"])
def test_a_pin_must_be_4_to_12_digits(store: TillStore, pin: str) -> None:
    with pytest.raises(StoreError) as info:
        store.set_manager_pin(pin, register_id="K1")
    assert info.value.message == "A manager PIN is 4 to 12 digits."
    assert not store.has_manager_pin()
    assert store.journal_rows() == []


# -- report input ------------------------------------------------------------------------------


def _day(store: TillStore) -> dict:
    """One day on K1 (and some noise on K2): what the report must find."""
    first = make_receipt(1)
    store.store_receipt(first)
    store.journal("drawer_opened", {"reason": "cash sale", "sequence_number": 1}, register_id="K1")
    back = sale_document(return_of(first, [(2, 1000)]), 2)
    store.store_receipt(back)
    store.journal("drawer_opened", {"reason": "cash refund"}, register_id="K1")
    training = sale_document(sample_sale(), 3, receipt_type=ReceiptType.TRAINING)
    store.store_receipt(training)
    store.store_copy(make_copy(first))
    invoice = sale_document(sample_sale(), 1, receipt_type=ReceiptType.CASH_INVOICE)
    store.store_cash_invoice(invoice)
    store.journal("drawer_opened", {"reason": "change for the float"}, register_id="K1")
    store.journal("drawer_opened", {"reason": "x", "without_sale": True}, register_id="K1")
    voided = sample_sale()
    store.save_open_sale(voided, register_id="K1", kind="item_added", data={})
    store.void_open_sale(voided, register_id="K1", reason="customer left")
    # Another register's day is not this register's report.
    store.store_receipt(make_receipt(1, register_id="K2"))
    store.journal("drawer_opened", {"reason": "change"}, register_id="K2")
    return {
        "receipts": (first, back, training),
        "copy": make_copy(first),
        "invoice": invoice,
        "voided": voided,
    }


def test_report_input_gathers_the_period_of_one_register(store: TillStore) -> None:
    day = _day(store)
    data = store.report_input(shop(), kind=ReportKind.X, produced_at=NOW, change_fund=50000)
    assert data.shop == shop()
    assert (data.kind, data.produced_at, data.z_number) == (ReportKind.X, NOW, None)
    assert data.first_journal_id == 1
    assert data.last_journal_id == store.last_journal_id() == len(store.journal_rows())
    assert data.receipts == day["receipts"]
    assert data.copies == (day["copy"],)
    assert data.cash_invoices == (day["invoice"],)
    assert data.drawer_openings_without_sale == 2
    (voided,) = data.voided_sales
    assert isinstance(voided, VoidedSale)
    assert (voided.sale_id, voided.total) == (day["voided"].sale_id, day["voided"].total)
    (void_row,) = [r for r in store.journal_rows() if r.kind == "sale_voided"]
    assert voided.at == datetime.fromisoformat(void_row.at)
    assert data.change_fund == 50000
    assert data.previous_grand_totals == GrandTotals()
    other = store.report_input(shop("K2"), kind=ReportKind.X, produced_at=NOW, change_fund=0)
    assert [r.shop.register_id for r in other.receipts] == ["K2"]
    assert other.drawer_openings_without_sale == 1 and other.copies == ()


def _take_z(store: TillStore, register_id: str = "K1", **content) -> ZReportRecord:
    data = store.report_input(shop(register_id), kind=ReportKind.Z, produced_at=NOW, change_fund=0)
    sales = sum(
        r.total for r in data.receipts if r.receipt_type is ReceiptType.NORMAL and not r.is_return
    )
    returns = -sum(
        r.total for r in data.receipts if r.receipt_type is ReceiptType.NORMAL and r.is_return
    )
    before = data.previous_grand_totals
    totals = GrandTotals(before.sales + sales, before.returns + returns)
    store.store_z_report(
        register_id,
        data.z_number,
        NOW,
        data.first_journal_id,
        data.last_journal_id,
        totals,
        {"z": data.z_number, "receipts": len(data.receipts), **content},
    )
    return store.last_z_report(register_id)


def test_a_z_report_is_stored_journaled_and_closes_the_period(store: TillStore) -> None:
    day = _day(store)
    last = store.last_journal_id()
    assert store.last_z_report("K1") is None
    assert store.next_z_number("K1") == 1
    z = _take_z(store, note="Åby")
    assert z == ZReportRecord(
        number=1,
        created_at=NOW,
        first_journal_id=1,
        last_journal_id=last,
        grand_totals=GrandTotals(day["receipts"][0].total, -day["receipts"][1].total),
        content={"z": 1, "receipts": 3, "note": "Åby"},
    )
    assert z.created_at.isoformat() == NOW.isoformat()
    assert store.z_report("K1", 1) == z
    assert store.z_report("K1", 2) is None
    event = store.journal_rows()[-1]
    assert (event.kind, event.register_id) == ("z_report", "K1")
    assert event.data["number"] == 1
    assert (event.data["first_journal_id"], event.data["last_journal_id"]) == (1, last)
    assert event.data["grand_sales"] == z.grand_totals.sales
    stored = raw(store.path).execute("SELECT content FROM z_reports").fetchone()[0]
    assert stored == canonical_json(z.content)
    assert event.data["content_sha256"] == hashlib.sha256(stored.encode()).hexdigest()
    assert store.verify_journal().ok

    # The next period starts after this one and carries the grand totals on.
    after = store.report_input(shop(), kind=ReportKind.Z, produced_at=NOW, change_fund=0)
    assert after.first_journal_id == last + 1
    assert after.z_number == 2
    assert after.previous_grand_totals == z.grand_totals
    assert after.receipts == after.copies == after.cash_invoices == after.voided_sales == ()
    assert after.drawer_openings_without_sale == 0


def test_a_second_z_report_for_a_closed_period_is_refused(store: TillStore) -> None:
    _day(store)
    _take_z(store)
    store.journal("till_started", {}, register_id="K1")  # not a registration
    store.store_receipt(make_receipt(2, register_id="K2"))  # another register's
    rows = len(store.journal_rows())
    with pytest.raises(PeriodClosed) as info:
        _take_z(store)
    assert isinstance(info.value, StoreError)
    assert info.value.code == "period_closed"
    assert "since Z report 1" in info.value.message
    assert "already closed" in info.value.message
    assert store.last_z_report("K1").number == 1
    assert len(store.journal_rows()) == rows
    # A sale reopens the register's period; the next Z is number 2.
    store.store_receipt(make_receipt(4))
    assert _take_z(store).number == 2


def test_a_z_report_of_an_empty_register_is_refused(store: TillStore) -> None:
    store.journal("till_started", {}, register_id="K1")
    with pytest.raises(PeriodClosed, match="Nothing was registered on register K1"):
        _take_z(store)


@pytest.mark.parametrize("kind", ["drawer_opened", "sale_voided"])
def test_a_drawer_opening_or_a_voided_sale_is_enough_for_a_z(store: TillStore, kind: str) -> None:
    store.journal(kind, {"reason": "växel", "sale_id": "x", "total": 0}, register_id="K1")
    assert _take_z(store).number == 1


def test_z_grand_totals_add_up_over_reports(store: TillStore) -> None:
    store.store_receipt(make_receipt(1))
    first = _take_z(store)
    store.store_receipt(make_receipt(2))
    second = _take_z(store)
    assert second.grand_totals.sales == 2 * first.grand_totals.sales
    assert second.first_journal_id == first.last_journal_id + 1
    assert [store.z_report("K1", n).number for n in (1, 2)] == [1, 2]


def test_store_z_report_checks_number_and_period_in_plain_words(store: TillStore) -> None:
    store.store_receipt(make_receipt(1))
    last = store.last_journal_id()
    with pytest.raises(StoreError, match="next Z report is number 1") as info:
        store.store_z_report("K1", 2, NOW, 1, last, GrandTotals(), {})
    assert info.value.code == "z_number_taken"
    with pytest.raises(StoreError, match="does not start where") as info:
        store.store_z_report("K1", 1, NOW, 2, last, GrandTotals(), {})
    assert info.value.code == "z_period_mismatch"
    with pytest.raises(ValueError, match="time zone"):
        store.store_z_report("K1", 1, NOW.replace(tzinfo=None), 1, last, GrandTotals(), {})
    assert store.last_z_report("K1") is None


# -- Z reports against direct SQL -----------------------------------------------------------------


@pytest.fixture
def z_conn(store: TillStore, db_path: Path) -> sqlite3.Connection:
    """Z report 1 of K1 over rows 1..3; a template for number 2 over the rows after it."""
    store.store_receipt(make_receipt(1))
    _take_z(store)
    store.store_receipt(make_receipt(2))
    return raw(db_path)


def _z2(conn: sqlite3.Connection, **changes: object) -> dict:
    first = row_values(conn, "z_reports", "number = 1")
    last = conn.execute("SELECT max(id) FROM journal").fetchone()[0]
    return (
        first
        | {
            "id": None,
            "number": 2,
            "first_journal_id": first["last_journal_id"] + 1,
            "last_journal_id": last,
        }
        | changes
    )


def test_sql_the_z_template_is_valid(z_conn: sqlite3.Connection) -> None:
    insert(z_conn, "z_reports", _z2(z_conn))


@pytest.mark.parametrize("number", [1, 3, 0])
def test_sql_z_numbers_are_gap_free(z_conn: sqlite3.Connection, number: int) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="unbroken"):
        insert(z_conn, "z_reports", _z2(z_conn, number=number))


def test_sql_another_registers_z_numbers_start_at_one(z_conn: sqlite3.Connection) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="unbroken"):
        insert(z_conn, "z_reports", _z2(z_conn, register_id="K2", first_journal_id=1))
    insert(z_conn, "z_reports", _z2(z_conn, register_id="K2", number=1, first_journal_id=1))


@pytest.mark.parametrize("shift", [-1, 1, -3])
def test_sql_a_z_period_starts_right_after_the_previous(
    z_conn: sqlite3.Connection, shift: int
) -> None:
    z2 = _z2(z_conn)
    with pytest.raises(sqlite3.IntegrityError, match="starts right after"):
        insert(z_conn, "z_reports", z2 | {"first_journal_id": z2["first_journal_id"] + shift})


def test_sql_a_z_period_is_rows_that_exist(z_conn: sqlite3.Connection) -> None:
    z2 = _z2(z_conn)
    for last in (z2["first_journal_id"] - 1, z2["last_journal_id"] + 1):
        with pytest.raises(sqlite3.IntegrityError, match="journal rows that exist"):
            insert(z_conn, "z_reports", z2 | {"last_journal_id": last})


def test_sql_grand_totals_never_go_down(z_conn: sqlite3.Connection) -> None:
    z2 = _z2(z_conn)
    for column in ("grand_sales", "grand_returns"):
        with pytest.raises(sqlite3.IntegrityError, match="never reset"):
            insert(z_conn, "z_reports", z2 | {column: z2[column] - 1})


# -- the day without a Z report --------------------------------------------------------------------


def test_first_unclosed_day(store: TillStore) -> None:
    store.journal("till_started", {}, register_id="K1")
    store.journal("drawer_opened", {"reason": "change"}, register_id="K1")
    assert store.first_unclosed_day("K1", today=NOW.date() + timedelta(days=400)) is None
    store.store_receipt(make_receipt(1))
    at = datetime.fromisoformat(store.journal_rows()[-1].at)
    day = at.astimezone(STOCKHOLM_SUMMER).date()
    assert store.first_unclosed_day("K1", day, tz=STOCKHOLM_SUMMER) is None  # still that day
    tomorrow = day + timedelta(days=1)
    assert store.first_unclosed_day("K1", tomorrow, tz=STOCKHOLM_SUMMER) == day
    assert store.first_unclosed_day("K2", tomorrow, tz=STOCKHOLM_SUMMER) is None
    assert store.first_unclosed_day("K1") is None  # today, on the computer's clock
    _take_z(store)
    assert store.first_unclosed_day("K1", tomorrow, tz=STOCKHOLM_SUMMER) is None


@pytest.mark.parametrize("kind", ["sale_voided", "cash_invoice"])
def test_voided_sales_and_cash_invoices_need_a_z_too(store: TillStore, kind: str) -> None:
    if kind == "cash_invoice":
        store.store_cash_invoice(
            sale_document(sample_sale(), 1, receipt_type=ReceiptType.CASH_INVOICE)
        )
    else:
        sale = Sale()
        store.void_open_sale(sale, register_id="K1", reason="oops")
    day = datetime.fromisoformat(store.journal_rows()[-1].at).astimezone(STOCKHOLM_SUMMER).date()
    later = day + timedelta(days=3)
    assert store.first_unclosed_day("K1", later, tz=STOCKHOLM_SUMMER) == day


# -- the journal for an inspection -----------------------------------------------------------------


def test_the_journal_export_has_every_row_and_its_hash_can_be_checked(store: TillStore) -> None:
    _day(store)
    out = io.StringIO()
    count = export_journal_jsonl(store, out)
    rows = store.journal_rows()
    assert count == len(rows) > 10
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == list(range(1, count + 1))
    assert set(records[0]) == {"id", "at", "kind", "register_id", "data", "prev_hash", "hash"}
    prev = "0" * 64
    for record, row in zip(records, rows, strict=True):
        assert record["prev_hash"] == prev
        data = canonical_json(record["data"])
        assert record["hash"] == row_hash(
            prev, record["id"], record["at"], record["kind"], record["register_id"], data
        )
        assert record["data"] == row.data
        prev = record["hash"]
    assert "Hörnbutiken" in out.getvalue()


def test_iter_journal_reads_in_batches(store: TillStore) -> None:
    for n in range(7):
        store.journal("till_started", {"n": n}, register_id="K1")
    assert [r.data["n"] for r in store.iter_journal(batch=3)] == list(range(7))
    assert list(store.iter_journal(batch=3)) == store.journal_rows()
