"""The register's running report sums (core/report_sums.py), kept beside the journal.

`record` runs inside journal.append, in the transaction that writes the event: the sums after
the event are the sums after the register's previous counted event plus this one's share. A
period's figures are two rows: the last at or before its end, the last before its start.

Journals written before the sums existed (schema V15) have no rows for their older events: a
period that reaches back before a register's first row is made from its documents read back
instead (day_reports.report_input); from the first Z report after the upgrade on, periods are
covered.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from till.core import report_sums
from till.core.report import PeriodTotals

_LATEST = (
    "SELECT journal_id, sums FROM report_sums WHERE register_id = ? AND journal_id <= ?"
    " ORDER BY journal_id DESC LIMIT 1"
)


def record(conn: sqlite3.Connection, row_id: int, kind: str, register_id: str, data: Any) -> None:
    """Add the event's share to the register's sums, if it counts in a report."""
    if kind not in report_sums.COUNTED_KINDS or not report_sums.counts(kind, data):
        return
    row = conn.execute(_LATEST, (register_id, row_id)).fetchone()
    sums = report_sums.added(json.loads(row[1]) if row else None, kind, data)
    conn.execute(
        "INSERT INTO report_sums (journal_id, register_id, sums) VALUES (?, ?, ?)",
        (row_id, register_id, json.dumps(sums, separators=(",", ":"), ensure_ascii=False)),
    )


def covered(conn: sqlite3.Connection, register_id: str, after: int) -> bool:
    """Whether every counted event of the register after journal row `after` has its sums:
    no counted event lies between `after` and the register's first sums row."""
    (first,) = conn.execute(
        "SELECT min(journal_id) FROM report_sums WHERE register_id = ?", (register_id,)
    ).fetchone()
    if first is not None and after + 1 >= first:
        return True
    kinds = report_sums.COUNTED_KINDS
    upto = "AND id < ?" if first is not None else ""
    marks = ",".join("?" * len(kinds))
    older = conn.execute(
        f"SELECT 1 FROM journal INDEXED BY journal_kind WHERE kind IN ({marks})"
        f" AND id > ? {upto} AND register_id = ? LIMIT 1",
        (*kinds, after, *([first] if first is not None else []), register_id),
    ).fetchone()
    return older is None


def period_totals(
    conn: sqlite3.Connection, register_id: str, after: int, upto: int
) -> PeriodTotals:
    """The figures of journal rows after..upto of the register: two rows read. Only for a
    period that is `covered`."""
    before = _sums_at(conn, register_id, after)
    return report_sums.between(before, _sums_at(conn, register_id, upto))


def _sums_at(
    conn: sqlite3.Connection, register_id: str, journal_id: int
) -> report_sums.Sums | None:
    row = conn.execute(_LATEST, (register_id, journal_id)).fetchone()
    return json.loads(row[1]) if row else None
