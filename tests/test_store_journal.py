"""The hash-chained, signed journal: verify finds altered rows, removed rows, a removed tail, a
re-hashed chain and unsigned rows; rows from before the key are checked by the chain alone."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from test_store_support import drop_guards, make_receipt, raw, sample_sale

from till import secrets
from till.store import StoreError, TillStore
from till.store import journal as journal_mod
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
    # Each row is signed: HMAC-SHA256 of its hash under the installation's key (the keyring's).
    key = secrets.journal_key()
    macs = raw(store.path).execute("SELECT hash, mac FROM journal ORDER BY id").fetchall()
    for digest, mac in macs:
        assert mac == hmac.new(key, digest.encode(), hashlib.sha256).hexdigest()
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
    assert len(report.problems) == 2
    assert report.problems[0].startswith("row 4: prev_hash does not match")
    assert report.problems[1].startswith("row 3: signature does not match")


def rehash_from(conn: sqlite3.Connection, first: int) -> None:
    """What a tamperer without the key does after an edit: make every hash right again."""
    prev = conn.execute("SELECT hash FROM journal WHERE id = ?", (first - 1,)).fetchone()
    prev_hash = prev[0] if prev else "0" * 64
    for row_id, at, kind, register_id, data in conn.execute(
        "SELECT id, at, kind, register_id, data FROM journal WHERE id >= ? ORDER BY id", (first,)
    ).fetchall():
        text = "\n".join((prev_hash, str(row_id), at, kind, register_id, data))
        digest = hashlib.sha256(text.encode()).hexdigest()
        conn.execute(
            "UPDATE journal SET prev_hash = ?, hash = ? WHERE id = ?", (prev_hash, digest, row_id)
        )
        prev_hash = digest


def test_a_chain_rehashed_after_an_edit_is_found_by_its_signatures(
    store: TillStore, db_path: Path
) -> None:
    fill(store)
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("""UPDATE journal SET data = '{"reason":"ingen"}' WHERE id = 6""")
    rehash_from(conn, 6)
    assert store.verify_journal().problems == [
        "rows 6..7: signatures do not match "
        "(altered and re-hashed, or signed with another key than this till's)"
    ]


def test_rows_signed_with_another_key_are_found(db_path: Path) -> None:
    store = TillStore.open(db_path, journal_key=b"k" * 32)
    fill(store)
    store.close()
    store = TillStore.open(db_path)  # the keyring's key, not the one the rows were signed with
    try:
        assert store.verify_journal().problems == [
            "rows 1..7: signatures do not match "
            "(altered and re-hashed, or signed with another key than this till's)"
        ]
    finally:
        store.close()


def _legacy_rows(db_path: Path, count: int) -> None:
    """Rows as a till before the key wrote them: the chain only, mac NULL."""
    conn = raw(db_path)
    conn.execute("BEGIN IMMEDIATE")
    for n in range(count):
        journal_mod.append(conn, "till_started", {"n": n}, "K1")  # a plain connection: no key
    conn.execute("COMMIT")
    conn.close()


def test_rows_from_before_the_key_are_checked_by_the_chain_and_signing_starts_after(
    db_path: Path,
) -> None:
    TillStore.open(db_path).close()
    _legacy_rows(db_path, 3)
    store = TillStore.open(db_path)
    store.journal("drawer_opened", {}, register_id="K1")
    macs = [r[0] for r in raw(db_path).execute("SELECT mac FROM journal ORDER BY id")]
    assert macs[:3] == [None] * 3 and macs[3] is not None
    report = store.verify_journal()
    assert report.ok and report.rows_checked == 4 and report.first_signed == 4
    # An edit to an old row is still found by the chain...
    conn = raw(db_path)
    drop_guards(conn)
    conn.execute("""UPDATE journal SET data = '{"n":9}' WHERE id = 2""")
    assert store.verify_journal().problems == ["row 2: hash does not match its contents (altered)"]
    # ...and re-hashing it breaks the first signed row, which covers its prev_hash.
    rehash_from(conn, 2)
    assert store.verify_journal().problems == [
        "row 4: signature does not match "
        "(altered and re-hashed, or signed with another key than this till's)"
    ]
    store.close()


def test_an_unsigned_row_after_signed_ones_is_refused_and_found(
    store: TillStore, db_path: Path
) -> None:
    fill(store)
    conn = raw(db_path)
    last_hash = store.journal_rows()[-1].hash
    at, data = "2024-06-01T12:00:00.000000+00:00", "{}"
    digest = hashlib.sha256("\n".join((last_hash, "8", at, "k", "K1", data)).encode()).hexdigest()
    insert = (
        "INSERT INTO journal (id, at, kind, register_id, data, prev_hash, hash, mac)"
        " VALUES (8, ?, 'k', 'K1', ?, ?, ?, NULL)"
    )
    with pytest.raises(sqlite3.IntegrityError, match="must be signed too"):
        conn.execute(insert, (at, data, last_hash, digest))
    drop_guards(conn)
    conn.execute(insert, (at, data, last_hash, digest))
    assert store.verify_journal().problems == [
        "row 8: not signed, though the rows before it are (written or rewritten without the "
        "till's key)"
    ]


def test_a_store_without_the_key_cannot_append_to_a_signed_journal(db_path: Path) -> None:
    store = TillStore.open(db_path)
    fill(store)
    store._db.conn.journal_key = None
    with pytest.raises(StoreError) as info:
        store.journal("drawer_opened", {}, register_id="K1")
    assert info.value.code == "journal_key_missing"
    store.close()


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
    insert = (
        "INSERT INTO journal (id, at, kind, register_id, data, prev_hash, hash, mac)"
        " VALUES (?, 'x', 'k', 'K1', '{}', ?, ?, ?)"
    )
    with pytest.raises(sqlite3.IntegrityError, match="appended in order"):
        conn.execute(insert, (8, "0" * 64, "1" * 64, "2" * 64))
    last = store.journal_rows()[-1].hash
    with pytest.raises(sqlite3.IntegrityError, match="appended in order"):
        conn.execute(insert, (9, last, "1" * 64, "2" * 64))


def test_last_journal_row_of_a_kind_and_register(store):
    assert store.last_journal_row("till_started", "K1") is None
    store.journal("till_started", {"n": 1}, register_id="K1")
    store.journal("till_started", {"n": 2}, register_id="K2")
    store.journal("drawer_opened", {"n": 3}, register_id="K1")
    store.journal("till_started", {"n": 4}, register_id="K1")
    store.journal("receipt_copy_test", {"n": 5}, register_id="K1")
    assert store.last_journal_row("till_started", "K1").data == {"n": 4}
    assert store.last_journal_row("till_started", "K2").data == {"n": 2}
