"""The hash-chained journal: verify finds altered rows, removed rows and a removed tail."""

from __future__ import annotations

import hashlib
import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from test_store_support import drop_guards, make_receipt, raw, sample_sale

from till.store import TillStore
from till.store.journal import canonical_json


def fill(store: TillStore) -> None:
    """Rows 1..7: a start, a sale of two changes, its receipt (2 rows), a drawer opening."""
    store.journal("till_started", {"version": "0.1.0"}, register_id="K1")
    sale = sample_sale()
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={"code": "11"})
    store.save_open_sale(sale, register_id="K1", kind="discount_set", data={"line": 2})
    store.store_receipt(make_receipt(1, sale=sale))
    store.journal("drawer_opened", {"reason": "växel"}, register_id="K1")
    store.journal(
        "setting_changed", {"name": "printer", "old": None, "new": "TM-T88"}, register_id="K1"
    )


def test_rows_follow_the_documented_format(store: TillStore) -> None:
    fill(store)
    rows = store.journal_rows()
    assert [r.id for r in rows] == list(range(1, 8))
    assert rows[0].prev_hash == "0" * 64
    for before, row in itertools.pairwise(rows):
        assert row.prev_hash == before.hash
        assert row.at >= before.at  # same-width UTC strings sort as times
    for row in rows:
        assert row.at.endswith("+00:00") and len(row.at) == len("2024-01-01T00:00:00.000000+00:00")
        text = "\n".join(
            (
                row.prev_hash,
                str(row.id),
                row.at,
                row.kind,
                row.register_id,
                canonical_json(row.data),
            )
        )
        assert row.hash == hashlib.sha256(text.encode()).hexdigest()
    # The stored text is the canonical spelling, so anyone can recompute the hash.
    stored = raw(store.path).execute("SELECT data FROM journal WHERE id = 6").fetchone()[0]
    assert stored == '{"reason":"växel"}'
    assert json.loads(stored) == rows[5].data


def test_an_untouched_journal_verifies(store: TillStore) -> None:
    fill(store)
    report = store.verify_journal()
    assert report.ok
    assert report.rows_checked == 7
    assert report.problems == []


def test_an_empty_journal_verifies(store: TillStore) -> None:
    assert store.verify_journal().ok


def test_an_altered_row_is_found(store: TillStore, db_path: Path) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("""UPDATE journal SET data = '{"reason":"ingen"}' WHERE id = 6""")
    report = store.verify_journal()
    assert not report.ok
    assert report.rows_checked == 7
    assert report.problems == ["row 6: hash does not match its contents (altered)"]


def test_an_altered_row_with_a_recomputed_hash_breaks_the_next_link(
    store: TillStore, db_path: Path
) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    row = conn.execute("SELECT prev_hash, id, at, kind, register_id FROM journal WHERE id = 3")
    prev_hash, row_id, at, kind, register_id = row.fetchone()
    data = canonical_json({"line": 1, "sale_id": "forged"})
    text = "\n".join((prev_hash, str(row_id), at, kind, register_id, data))
    forged = hashlib.sha256(text.encode()).hexdigest()
    conn.execute("UPDATE journal SET data = ?, hash = ? WHERE id = 3", (data, forged))
    report = store.verify_journal()
    assert len(report.problems) == 1
    assert report.problems[0].startswith("row 4: prev_hash does not match")


def test_a_removed_row_is_found(store: TillStore, db_path: Path) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("DELETE FROM journal WHERE id IN (2, 3)")
    report = store.verify_journal()
    assert not report.ok
    assert report.rows_checked == 5
    assert report.problems == [
        "row 4: row(s) 2..3 before it are missing (removed)",
        "row 4: prev_hash does not match the previous row's hash "
        "(a row before it was removed or altered)",
    ]


def test_a_removed_first_row_is_found(store: TillStore, db_path: Path) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("DELETE FROM journal WHERE id = 1")
    problems = store.verify_journal().problems
    assert problems[0] == "row 2: row(s) 1 before it are missing (removed)"
    assert len(problems) == 2


def test_a_removed_tail_is_found_through_the_receipts(store: TillStore, db_path: Path) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("DELETE FROM journal WHERE id >= 4")  # the chain of rows 1..3 is intact
    assert store.verify_journal().problems == [
        "receipt K1 #1: no 'receipt' event in the journal (journal rows were removed)"
    ]


def test_a_removed_receipt_is_found_through_the_journal(store: TillStore, db_path: Path) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    for table in ("receipt_lines", "receipt_vat", "receipt_payments", "receipts"):
        conn.execute(f"DELETE FROM {table}")
    problems = store.verify_journal().problems
    assert len(problems) == 1
    assert "records receipt K1 #1, which is not in the receipts table" in problems[0]


def test_journal_appends_are_refused_out_of_order(store: TillStore, db_path: Path) -> None:
    fill(store)
    conn = raw(db_path)
    with pytest.raises(sqlite3.IntegrityError, match="appended in order"):
        conn.execute(
            "INSERT INTO journal VALUES (8, 'x', 'k', 'K1', '{}', ?, ?)", ("0" * 64, "1" * 64)
        )
    last = store.journal_rows()[-1].hash
    with pytest.raises(sqlite3.IntegrityError, match="appended in order"):
        conn.execute("INSERT INTO journal VALUES (9, 'x', 'k', 'K1', '{}', ?, ?)", (last, "1" * 64))


def test_last_journal_row_of_a_kind_and_register(store):
    assert store.last_journal_row("till_started", "K1") is None
    store.journal("till_started", {"n": 1}, register_id="K1")
    store.journal("till_started", {"n": 2}, register_id="K2")
    store.journal("drawer_opened", {"n": 3}, register_id="K1")
    store.journal("till_started", {"n": 4}, register_id="K1")
    store.journal("receipt_copy_test", {"n": 5}, register_id="K1")
    assert store.last_journal_row("till_started", "K1").data == {"n": 4}
    assert store.last_journal_row("till_started", "K2").data == {"n": 2}
