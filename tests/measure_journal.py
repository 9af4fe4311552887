"""How long the journal checks take, and how much memory, on a register with ten years' worth of
rows: figures, not a test. Run: `.venv/bin/python tests/measure_journal.py` (a few minutes).

The start-up check reads only the rows since the last check (store/journal_anchor.py); the full
`till-admin journal verify` reads them all. Each verify is measured in a process of its own
(this script with --child), so its peak memory (tracemalloc: Python's allocations; maxrss: the
whole process, SQLite's cache included) is its own. The plain re-hash is the floor: the same
SHA-256 over the same rows with no check at all.
"""

from __future__ import annotations

import json
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_store_support import make_receipt

from till import secrets
from till.benchmark import journal as benchmark_journal
from till.settings import EXAMPLE, Settings, load_settings
from till.startup import prepare_store
from till.store import TillStore
from till.store import journal as journal_mod
from till.store.journal_anchor import JournalAnchor, check_at_start


def day(settings: Settings, receipts: range) -> None:
    store = prepare_store(settings, demo=False)
    try:
        for n in receipts:
            store.store_receipt(make_receipt(n))
    finally:
        store.close()


def fill(store: TillStore, receipts: range) -> None:
    """Five rows a sale: the receipt's two and three of a cashier's other events."""
    store._db.conn.execute("PRAGMA synchronous = OFF")  # only to fill it quickly
    for n in receipts:
        store.store_receipt(make_receipt(n))
        for _ in range(3):
            store.journal("item_added", {"n": n}, register_id="K1")


def rehash(db: Path) -> int:
    """The chain's hashes recomputed, nothing compared (the benchmark's floor)."""
    conn = sqlite3.connect(db)
    try:
        return benchmark_journal.rehash(conn)
    finally:
        conn.close()


def child(db: Path, what: str) -> None:
    """One measurement in this process: timed first, then again under tracemalloc for its peak
    (tracing slows every allocation, so it must not be timed); prints a JSON line."""

    def run() -> tuple[int, bool]:
        if what == "rehash":
            return rehash(db), True
        store = TillStore.open(db)
        try:
            report = (
                store.verify_journal()
                if what == "full"
                else store.check_journal(journal_mod.verify)  # rows, signatures, record sets
            )
        finally:
            store.close()
        return report.rows_checked, report.ok

    t = time.perf_counter()
    rows, ok = run()
    seconds = time.perf_counter() - t
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"rows": rows, "ok": ok, "s": seconds, "peak": peak, "maxrss": maxrss}))


def run_child(db: Path, keyring: Path, what: str) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(db), str(keyring), what],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(settings: Settings, keyring: Path, tmp: Path) -> None:
    """10,000 receipts (50,000 rows), copied aside; then 20,000 (100,000 rows): verify, chain
    check and re-hash at both sizes; then the start-up check of a day's 1,000 new rows."""
    day(settings, range(1, 2))
    store = TillStore.open(settings.database)
    fill(store, range(2, 10_002))
    store.close()
    half = tmp / "half.db"
    shutil.copy(settings.database, half)
    store = TillStore.open(settings.database)
    fill(store, range(10_002, 20_002))
    store.close()
    for db in (half, settings.database):
        rh = run_child(db, keyring, "rehash")
        chain = run_child(db, keyring, "chain")
        full = run_child(db, keyring, "full")
        assert chain["ok"] and full["ok"] and chain["rows"] == full["rows"] == rh["rows"]
        print(
            f"rows {full['rows']}: re-hash {rh['s']:.2f} s; verify without the record compare "
            f"{chain['s']:.2f} s ({chain['s'] / rh['s']:.2f}x); full verify {full['s']:.2f} s "
            f"({full['s'] / rh['s']:.2f}x); peak Python memory: full verify "
            f"{full['peak'] / 1e6:.2f} MB, without compare {chain['peak'] / 1e6:.2f} MB, "
            f"re-hash {rh['peak'] / 1e6:.2f} MB; maxrss full verify {full['maxrss'] / 1024:.0f} "
            f"MiB, re-hash {rh['maxrss'] / 1024:.0f} MiB"
        )
    store = TillStore.open(settings.database)
    full_report = store.verify_journal()
    assert full_report.head is not None
    anchor = JournalAnchor("K1", settings.database)
    anchor.save(full_report.head, verified=full_report.head, first_signed=1)
    fill(store, range(20_002, 20_202))  # a day since the last start: 200 sales, 1,000 rows
    t = time.perf_counter()
    report = check_at_start(store, anchor)
    t_start = time.perf_counter() - t
    store.close()
    print(f"start-up check {t_start * 1000:.0f} ms for {report.rows_checked} new rows")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        secrets.use_memory_keyring(Path(sys.argv[3]))
        child(Path(sys.argv[2]), sys.argv[4])
        sys.exit(0)
    with tempfile.TemporaryDirectory() as tmp:
        keyring = Path(tmp) / "keyring.json"
        secrets.use_memory_keyring(keyring)
        config = Path(tmp) / "till.toml"
        text = EXAMPLE.replace('id = "EP01AB0101330001"', 'id = "K1"')
        text = text.replace('# path = "/var/lib/till/till.db"', f'path = "{Path(tmp) / "till.db"}"')
        config.write_text(text, encoding="utf-8")
        measure(load_settings(config), keyring, Path(tmp))
