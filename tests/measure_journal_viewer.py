"""Measures the journal viewer's opening on a large journal (issue 12 item 4). Not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/measure_journal_viewer.py [rows]

Builds a journal of `rows` rows (default 1,000,000) over ten years straight into the store's
connection: the chain (hash, mac) is computed here as journal.append does and the rows go in
with executemany, which the append-only trigger allows since each row is the next id and names
the previous hash. Then times, on the store opened afresh, what Ctrl+J does: the kinds, the
newest page of today, and the viewer built and shown; and the other queries the viewer makes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from till import secrets
from till.store import TillStore
from till.store.journal import canonical_json, row_hash, row_mac
from till.store.journal_pages import PageQuery
from till.store.schema import GENESIS_HASH

YEARS = 10
RECEIPT = {
    "kind": "normal",
    "lines": [
        {"code": str(n), "name": f"Vara {n}", "quantity": 1, "unit_price": 1990, "vat": 398}
        for n in range(6)
    ],
    "payments": [{"method": "cash", "tendered": 20000, "change": 8060}],
    "total": 11940,
}


def build(store: TillStore, count: int) -> float:
    started = time.perf_counter()
    step = timedelta(days=365 * YEARS) / count
    at = datetime.now(UTC) - timedelta(days=365 * YEARS)
    with store._db.transaction() as conn:
        last = conn.execute("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()
        row_id, prev = last if last else (0, GENESIS_HASH)
        key: bytes = conn.journal_key  # type: ignore[attr-defined]
        batch: list[tuple] = []
        for n in range(count):
            row_id += 1
            at += step
            if n % 5 == 0:
                kind, data = "receipt", {**RECEIPT, "sequence_number": n // 5 + 1}
            else:
                kind, data = (
                    ("sale_finished", "drawer_opened", "signed_in", "original_printed")[n % 4],
                    {"sequence_number": n // 5 + 1} if n % 4 == 3 else {"n": n},
                )
            text = canonical_json(data)
            stamp = at.isoformat(timespec="microseconds")
            digest = row_hash(prev, row_id, stamp, kind, "K1", text)
            batch.append((row_id, stamp, kind, "K1", text, prev, digest, row_mac(key, digest)))
            prev = digest
            if len(batch) == 50_000:
                insert(conn, batch)
        insert(conn, batch)
    return time.perf_counter() - started


def insert(conn, batch: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO journal (id, at, kind, register_id, data, prev_hash, hash, mac)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        batch,
    )
    batch.clear()


def timed(fn, repeats: int = 7) -> tuple[float, float]:
    """Median and worst of `repeats` runs, in ms."""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    folder = Path(tempfile.mkdtemp(prefix="journal-measure-"))
    secrets.use_memory_keyring(folder / "keyring.json")
    path = folder / "till.db"
    store = TillStore.open(path)
    seconds = build(store, count)
    store.close()
    print(f"built {count:,} journal rows in {seconds:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")

    from PySide6.QtWidgets import QApplication

    from till.ui.journal_viewer import JournalViewer

    app = QApplication.instance() or QApplication([])
    started = time.perf_counter()
    store = TillStore.open(path)
    print(f"store opened: {(time.perf_counter() - started) * 1000:.0f} ms")
    today = datetime.now().date()

    def open_viewer() -> None:  # what Ctrl+J does, less the manager's PIN
        viewer = JournalViewer(store.journal_page, kinds=store.journal_kinds(), today=today)
        viewer.show()
        app.processEvents()
        assert viewer.model.rowCount() > 0
        viewer.close()
        viewer.deleteLater()

    figures = [
        ("open the viewer (kinds + today's page + show)", open_viewer),
        ("kinds", store.journal_kinds),
        ("page: today", lambda: store.journal_page(PageQuery(day=today))),
        (
            "page: a day 5 years ago",
            lambda: store.journal_page(PageQuery(day=today - timedelta(days=1826))),
        ),
        ("page: today, receipts", lambda: store.journal_page(PageQuery(day=today, kind="receipt"))),
        ("page: all days (newest 500)", lambda: store.journal_page(PageQuery())),
        ("page: all days, one kind", lambda: store.journal_page(PageQuery(kind="signed_in"))),
        ("page: receipt number 54321", lambda: store.journal_page(PageQuery(number=54321))),
        (
            "page: older rows (before id 500,000)",
            lambda: store.journal_page(PageQuery(before=500_000)),
        ),
    ]
    print(f"{'what':48} {'median ms':>10} {'worst ms':>9}")
    for name, fn in figures:
        median, worst = timed(fn)
        print(f"{name:48} {median:10.1f} {worst:9.1f}")
    store.close()

    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX journal_at")
    conn.execute("DROP INDEX journal_number")
    started = time.perf_counter()
    from till.store.schema_catalog import V14_JOURNAL_PAGES

    for statement in V14_JOURNAL_PAGES:
        conn.execute(statement)
    conn.commit()
    print(f"migration V14 (two indexes) on this journal: {time.perf_counter() - started:.1f} s")
    conn.close()


if __name__ == "__main__":
    main()
