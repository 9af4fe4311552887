"""The journal section: verify against a plain re-hash of the chain, and the check at start.

Verify is measured on a database of its own, generated here (a full verify reads every row, so
repetitions on the ten-year database would take hours): without the record compare (rows,
chain, signatures, records against events) and the full `till-admin journal verify` (every
receipt read back and compared with its event). The floor is the chain's SHA-256 recomputed
row by row as journal.row_hash does, nothing compared, in the same process.

The check at start (journal_anchor.inspect, as check_at_start runs it) is measured on the
database given with --db (the ten-year one) or the generated one: from the last verified row,
for the rows of the last day (what a start after a day's sales checks) and for the last hundred.
Its floor is the re-hash of the same rows.

Peak memory of the full verify (tracemalloc) over the whole journal against over its second
half: a verify that streams holds the same whatever the number of rows.
"""

from __future__ import annotations

import sqlite3
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from till.benchmark.table import Figure

DAY_RECEIPTS = 1_370  # the ten-year database's: 5 million receipts over 3,650 days


def figures(fast: bool, workdir: Path, db: Path | None) -> list[Figure]:
    from till.benchmark.generate import generate

    own = workdir / "journal.db"
    days = 2 if fast else 10
    generate(own, years=1, receipts=days * (50 if fast else DAY_RECEIPTS), seed=2, days=days)
    repeats = 2 if fast else 5
    out = _verify(own, repeats)
    out += _start(db or own, 3 if fast else 15)
    out.append(_viewer(db or own, 3 if fast else 15))
    out.append(_memory(own))
    return out


def _viewer(path: Path, repeats: int) -> Figure:
    """Ctrl+J less the manager's PIN: the kinds, the last day's first page, the dialog shown;
    the floor is a bare dialog of the same size shown."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QDialog

    from till.ui.journal_viewer import JournalViewer

    app = QApplication.instance() or QApplication([])
    store = _open(path)
    try:
        conn = store._db.conn
        (at,) = conn.execute("SELECT at FROM journal ORDER BY id DESC LIMIT 1").fetchone()
        day = datetime.fromisoformat(at).astimezone().date()
        rows = store.last_journal_id()

        def bare() -> None:
            dialog = QDialog()
            dialog.resize(900, 600)
            dialog.show()
            app.processEvents()
            dialog.close()
            dialog.deleteLater()

        def viewer() -> None:
            dialog = JournalViewer(store.journal_page, kinds=store.journal_kinds(), today=day)
            dialog.show()
            app.processEvents()
            if dialog.model.rowCount() == 0:
                raise AssertionError("the journal viewer showed no rows of the last day")
            dialog.close()
            dialog.deleteLater()

        figure = Figure(
            what=f"journal viewer opens on the last day ({rows:,} journal rows)",
            floor_what="a bare dialog shown",
            unit="ms",
            max_value=300.0,
        )
        for _ in range(repeats):
            figure.floor.append(_ms(bare))
            figure.samples.append(_ms(viewer))
            app.processEvents()
        return figure
    finally:
        store.close()


def _open(path: Path):
    from till.benchmark.generate import read_key
    from till.store import TillStore

    return TillStore.open(path, journal_key=read_key(path))


def rehash(conn: sqlite3.Connection, after: int = 0) -> int:
    """The floor: every row's hash recomputed from its fields and the previous hash, as
    journal.row_hash does, nothing compared; the rows after `after`."""
    from till.store.journal import row_hash
    from till.store.schema import GENESIS_HASH

    prev = conn.execute("SELECT hash FROM journal WHERE id = ?", (after,)).fetchone()
    previous = prev[0] if prev else GENESIS_HASH
    count = 0
    for row_id, at, kind, register_id, data in conn.execute(
        "SELECT id, at, kind, register_id, data FROM journal WHERE id > ? ORDER BY id", (after,)
    ):
        previous = row_hash(previous, row_id, at, kind, register_id, data)
        count += 1
    return count


def _ms(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _verify(path: Path, repeats: int) -> list[Figure]:
    from till.store import journal as journal_mod

    store = _open(path)
    try:
        conn = store._db.conn
        rows = rehash(conn)
        chain = Figure(
            what=f"journal verify without the record compare ({rows:,} rows)",
            floor_what="plain re-hash of the chain",
            unit="ms",
            max_ratio=1.3,
        )
        full = Figure(
            what=f"journal verify, full: every record compared ({rows:,} rows)",
            floor_what="plain re-hash of the chain",
            unit="ms",
            max_ratio=1.3,
        )
        for _ in range(repeats):
            for figure, check in (
                (chain, lambda: store.check_journal(journal_mod.verify)),
                (full, store.verify_journal),
            ):
                figure.floor.append(_ms(lambda: rehash(conn)))
                started = time.perf_counter()
                report = check()
                figure.samples.append((time.perf_counter() - started) * 1000)
                if not report.ok:
                    raise AssertionError(f"the generated journal fails: {report.problems}")
        return [chain, full]
    finally:
        store.close()


def _start(path: Path, repeats: int) -> list[Figure]:
    from till.store.journal import Head
    from till.store.journal_anchor import Anchor, inspect

    store = _open(path)
    try:
        conn = store._db.conn
        (last_day_start,) = conn.execute(
            "SELECT first_journal_id FROM z_reports ORDER BY id DESC LIMIT 1"
        ).fetchone()
        (head_id,) = conn.execute("SELECT max(id) FROM journal").fetchone()
        total = head_id
        out = []
        for label, after in (
            ("a day's rows", last_day_start - 1),
            ("the last 100 rows", head_id - 100),
        ):
            verified = Head(after, _hash(conn, after))
            saved = Anchor(
                head=Head(head_id, _hash(conn, head_id)),
                rows=head_id,
                verified=verified,
                first_signed=1,
                database=str(path),
                saved_at="",
            )
            figure = Figure(
                what=f"journal check at start, {label} ({head_id - after:,} of {total:,} rows)",
                floor_what="re-hash of the same rows",
                unit="ms",
                max_value=50.0,
            )
            for _ in range(repeats):
                figure.floor.append(_ms(lambda a=after: rehash(conn, a)))

                def check(s=saved) -> None:
                    report = store.check_journal(lambda c: inspect(c, s, full=False))
                    if not report.ok:
                        raise AssertionError(f"the journal fails its check: {report.problems}")

                figure.samples.append(_ms(check))
            out.append(figure)
        return out
    finally:
        store.close()


def _hash(conn: sqlite3.Connection, row_id: int) -> str:
    return conn.execute("SELECT hash FROM journal WHERE id = ?", (row_id,)).fetchone()[0]


def _memory(path: Path) -> Figure:
    """Peak Python memory of verify (with the record compare) over all rows after the first,
    against over the second half: the same walk, twice the rows."""
    from till.store.journal import Head, verify
    from till.store.journal_records import Comparer

    store = _open(path)
    try:
        conn = store._db.conn
        (head_id,) = conn.execute("SELECT max(id) FROM journal").fetchone()
        half = head_id // 2

        def peak(after: int) -> float:
            start = Head(after, _hash(conn, after))
            tracemalloc.start()
            try:
                report = store.check_journal(lambda c: verify(c, after=start, compare=Comparer()))
                if not report.ok:
                    raise AssertionError(f"the generated journal fails: {report.problems}")
                return tracemalloc.get_traced_memory()[1] / 1e6
            finally:
                tracemalloc.stop()

        return Figure(
            what=f"journal verify's peak Python memory, {head_id - 1:,} rows",
            floor_what=f"the same over the last {head_id - half:,} rows",
            unit="MB",
            samples=[peak(1)],
            floor=[peak(half)],
            max_ratio=1.1,
            note="tracemalloc: Python's own allocations, SQLite's page cache not included",
        )
    finally:
        store.close()
