"""Journal verify reads receipts and cash invoices back a window at a time, straight into their
records (store/journal_records_batch.py): every record must equal the one-by-one path's, which
goes through Receipt objects and export.receipt_record (journal_records._stored)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from test_store_support import drop_guards

from till.benchmark.generate import generate, read_key
from till.store import TillStore
from till.store import journal_records_batch as batch
from till.store.journal_records import _stored
from till.store.sale_documents import CASH_INVOICES, RECEIPTS


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three days of every kind of sale document (generate.py), card slips and groups too."""
    path = tmp_path_factory.mktemp("batch") / "till.db"
    generate(path, years=1, receipts=450, seed=3, days=3)
    return path


def events(conn: sqlite3.Connection, kind: str) -> list[tuple[str, dict]]:
    return [
        (register_id, json.loads(data))
        for register_id, data in conn.execute(
            "SELECT register_id, data FROM journal WHERE kind = ? ORDER BY id", (kind,)
        )
    ]


@pytest.mark.parametrize("kind, series", [("receipt", RECEIPTS), ("cash_invoice", CASH_INVOICES)])
def test_every_record_read_in_windows_equals_the_one_by_one_record(
    generated: Path, kind: str, series, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "WINDOW", 3)  # many windows, and numbers across their edges
    store = TillStore.open(generated, journal_key=read_key(generated))
    try:
        conn = store._db.conn
        found = events(conn, kind)
        assert len(found) >= 4
        window = None
        for register_id, event in found:
            number = event["sequence_number"]
            if window is None or not window.holds(number):
                window = batch.read_window(conn, series, register_id, number)
            assert window.records[number] == _stored(conn, kind, register_id, event)
        cards = [p for _, e in found for p in e["payments"] if "card" in p]
        assert cards or kind == "cash_invoice"  # the card slips were compared too
    finally:
        store.close()


def test_a_record_that_cannot_be_read_back_is_reported_the_same_way(
    generated: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "till.db"
    copy.write_bytes(generated.read_bytes())
    (tmp_path / "till.db.key").write_text((generated.parent / "till.db.key").read_text())
    conn = sqlite3.connect(copy)
    drop_guards(conn)
    conn.execute("UPDATE receipts SET receipt_type = 'fake' WHERE sequence_number = 5")
    conn.execute(
        "UPDATE receipt_payments SET method = 'gold' WHERE receipt_id ="
        " (SELECT id FROM receipts WHERE sequence_number = 9) AND position = 0"
    )
    conn.commit()
    conn.close()
    store = TillStore.open(copy, journal_key=read_key(copy))
    try:
        problems = store.verify_journal().problems
    finally:
        store.close()
    assert any(
        "receipt K1 #5" in p and "cannot be read back (ValueError: 'fake' is not a valid" in p
        for p in problems
    ), problems
    assert any(
        "receipt K1 #9" in p and "cannot be read back (ValueError: 'gold' is not a valid" in p
        for p in problems
    ), problems
