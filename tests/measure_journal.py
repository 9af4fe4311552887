"""How long the journal checks take on a register with ten years' worth of rows: a figure, not a
test. Run: `.venv/bin/python tests/measure_journal.py` (about a minute; prints one line).

The start-up check reads only the rows since the last check (store/journal_anchor.py); the full
`till-admin journal verify` reads them all.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_store_support import make_receipt

from till import secrets
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


def measure(settings: Settings) -> None:
    """Fill a register with 20,000 receipts (100,000 journal rows), then time a full verify
    and the start-up check of a day's new rows."""
    day(settings, range(1, 2))
    store = TillStore.open(settings.database)
    store._db.conn.execute("PRAGMA synchronous = OFF")  # only to fill it quickly
    for n in range(2, 20_002):  # 20,000 receipts: 40,000 rows; plus 60,000 other rows
        store.store_receipt(make_receipt(n))
        for _ in range(3):
            store.journal("item_added", {"n": n}, register_id="K1")
    store.close()
    anchor = JournalAnchor("K1", settings.database)
    store = TillStore.open(settings.database)
    t = time.perf_counter()
    full = store.verify_journal()
    t_full = time.perf_counter() - t
    t = time.perf_counter()
    chain = store.check_journal(journal_mod.verify)  # rows and signatures, no record compare
    t_chain = time.perf_counter() - t
    assert full.ok and chain.ok and full.head is not None
    anchor.save(full.head, verified=full.head, first_signed=1)
    store._db.conn.execute("PRAGMA synchronous = OFF")
    for n in range(20_002, 20_202):  # a day since the last start: 200 sales, 1,000 rows
        store.store_receipt(make_receipt(n))
        for _ in range(3):
            store.journal("item_added", {"n": n}, register_id="K1")
    t = time.perf_counter()
    report = check_at_start(store, anchor)
    t_start = time.perf_counter() - t
    store.close()
    print(
        f"\nrows {full.rows_checked}: full verify {t_full:.2f} s (chain and signatures alone "
        f"{t_chain:.2f} s); start-up check {t_start * 1000:.0f} ms for "
        f"{report.rows_checked} new rows"
    )


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        secrets.use_memory_keyring(Path(tmp) / "keyring.json")
        config = Path(tmp) / "till.toml"
        text = EXAMPLE.replace('id = "EP01AB0101330001"', 'id = "K1"')
        text = text.replace('# path = "/var/lib/till/till.db"', f'path = "{Path(tmp) / "till.db"}"')
        config.write_text(text, encoding="utf-8")
        measure(load_settings(config))
