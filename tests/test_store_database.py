"""The SQLite file itself: migrations, pragmas, and errors in plain words that leave it usable."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from test_store_support import make_receipt, raw, sample_sale

from till.core.errors import TillError
from till.core.sale import Product
from till.store import StoreError, TillStore
from till.store.database import BUSY_MESSAGE, store_error
from till.store.schema import MIGRATIONS


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "till.sqlite3"


def tables(path: Path) -> set[str]:
    with raw(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_fresh_database_is_migrated_to_the_latest_version(db_path: Path) -> None:
    TillStore.open(db_path).close()
    assert db_path.exists()  # parent folder created too
    conn = raw(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert {"products", "open_sales", "receipts", "receipt_lines", "journal"} <= tables(db_path)


def test_reopening_a_migrated_database_changes_nothing(db_path: Path) -> None:
    store = TillStore.open(db_path)
    store.journal("till_started", {}, register_id="K1")
    store.close()
    before = raw(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()

    store = TillStore.open(db_path)
    assert [r.kind for r in store.journal_rows()] == ["till_started"]
    store.close()
    after = raw(db_path).execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall()
    assert before == after
    assert raw(db_path).execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_a_database_from_a_newer_till_is_refused(db_path: Path) -> None:
    TillStore.open(db_path).close()
    raw(db_path).execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer till version") as info:
        TillStore.open(db_path)
    assert isinstance(info.value, TillError)
    assert info.value.code == "store_too_new"


def test_pragmas_are_in_effect(store: TillStore) -> None:
    conn = store._db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.isolation_level is None


def test_a_file_that_is_not_a_database_gives_a_plain_error(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not sqlite at all, just some text " * 200)
    with pytest.raises(StoreError) as info:
        TillStore.open(db_path)
    assert info.value.code == "store_corrupt"
    assert "damaged" in info.value.message
    assert "SQLITE_NOTADB" in info.value.detail


def test_a_locked_database_says_busy_and_stays_usable(db_path: Path) -> None:
    store = TillStore.open(db_path, busy_timeout=0.1)
    other = raw(db_path)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    sale = sample_sale()
    with pytest.raises(StoreError) as info:
        store.save_open_sale(sale, register_id="K1", kind="item_added", data={})
    assert info.value.spoken is BUSY_MESSAGE
    assert info.value.code == "store_busy"
    assert "SQLITE_BUSY" in info.value.detail

    other.execute("ROLLBACK")
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={})
    assert store.load_open_sale("K1") == sale
    store.close()


def test_a_read_only_database_says_so(store: TillStore) -> None:
    store._db.conn.execute("PRAGMA query_only = ON")  # writes now fail with SQLITE_READONLY
    with pytest.raises(StoreError) as info:
        store.journal("drawer_opened", {}, register_id="K1")
    assert info.value.code == "store_readonly"
    store._db.conn.execute("PRAGMA query_only = OFF")
    store.journal("drawer_opened", {}, register_id="K1")
    assert store.verify_journal().ok


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("SQLITE_BUSY", "store_busy"),
        ("SQLITE_LOCKED", "store_busy"),
        ("SQLITE_FULL", "store_disk"),
        ("SQLITE_IOERR_WRITE", "store_disk"),
        ("SQLITE_READONLY_DBMOVED", "store_readonly"),
        ("SQLITE_CORRUPT", "store_corrupt"),
        ("SQLITE_CANTOPEN", "store_cantopen"),
        ("SQLITE_MISMATCH", "store_error"),
    ],
)
def test_every_sqlite_error_becomes_a_store_error(name: str, code: str) -> None:
    exc = sqlite3.OperationalError("boom")
    exc.sqlite_errorname = name
    err = store_error(exc)
    assert isinstance(err, StoreError)
    assert err.code == code
    assert err.detail == f"{name}: boom"


def test_full_disk_loses_nothing_and_the_store_recovers(store: TillStore) -> None:
    first = make_receipt(1)
    store.store_receipt(first)
    open_sale = sample_sale()
    store.save_open_sale(open_sale, register_id="K1", kind="item_added", data={"code": "11"})
    conn = store._db.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" holds not one page more

    big = sample_sale()
    big.sale_id = open_sale.sale_id
    for _ in range(200):
        big.add(Product("99", "Ö" * 500, 100, 25))
    with pytest.raises(StoreError) as info:
        store.store_receipt(make_receipt(2, sale=big))
    assert info.value.code == "store_disk_receipt"  # not DISK_MESSAGE: the sale is still open
    assert "receipt was NOT saved and the sale is still open" in info.value.message
    assert "SQLITE_FULL" in info.value.detail

    # Nothing half-written, nothing earlier lost, the open sale still there.
    assert not conn.in_transaction
    assert store.receipt("K1", 1) == first
    assert store.receipt("K1", 2) is None
    assert store.next_sequence_number("K1") == 2
    assert store.load_open_sale("K1") == open_sale
    assert store.verify_journal().ok

    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    store.store_receipt(make_receipt(2, sale=big))
    assert store.receipt("K1", 2) is not None
    assert store.load_open_sale("K1") is None
    assert store.verify_journal().ok


def test_an_error_inside_a_transaction_rolls_it_back(store: TillStore) -> None:
    with pytest.raises(TypeError):
        store.save_open_sale(sample_sale(), register_id="K1", kind="item_added", data={"x": {1}})
    assert store.load_open_sale("K1") is None
    assert store.journal_rows() == []


def test_checkout_thread_and_ui_thread_share_the_store(store: TillStore) -> None:
    stop = threading.Event()
    seen: list[int] = []

    def ui_reads() -> None:
        while not stop.is_set():
            seen.append(store.next_sequence_number("K1"))
            store.verify_journal()

    reader = threading.Thread(target=ui_reads)
    reader.start()
    try:
        with ThreadPoolExecutor(max_workers=1) as checkout:
            for n in range(1, 21):
                checkout.submit(store.store_receipt, make_receipt(n)).result()
    finally:
        stop.set()
        reader.join()
    assert [r.sequence_number for r in store.receipts("K1")] == list(range(1, 21))
    assert seen == sorted(seen)  # the UI never saw a half-stored receipt
    assert store.verify_journal().ok
