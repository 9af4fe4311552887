"""The hash-chained journal: every event in time order, and a check that none was altered.

hash = SHA-256 hex of prev_hash, id, at, kind, register_id and data joined by "\\n"; the first
row's prev_hash is 64 zeros. Changing a row breaks its own hash; removing one breaks the next
row's prev_hash (and leaves an id gap); removing the newest rows is caught by comparing the
receipts, cash invoices, copies and Z reports with their journal events.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from till.store.schema import GENESIS_HASH


@dataclass(frozen=True, slots=True)
class JournalRow:
    id: int
    at: str
    kind: str
    register_id: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(slots=True)
class JournalReport:
    rows_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def canonical_json(data: dict[str, Any]) -> str:
    """One spelling per value, so the hash of a row can be recomputed from its text."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def row_hash(prev_hash: str, row_id: int, at: str, kind: str, register_id: str, data: str) -> str:
    text = "\n".join((prev_hash, str(row_id), at, kind, register_id, data))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def append(conn: sqlite3.Connection, kind: str, data: dict[str, Any], register_id: str) -> int:
    """Add one event; the caller holds a write transaction so id and prev_hash cannot race."""
    if not conn.in_transaction:
        raise RuntimeError("journal.append must run inside a write transaction")
    text = canonical_json(data)
    last = conn.execute("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    row_id, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at = utc_now()
    digest = row_hash(prev_hash, row_id, at, kind, register_id, text)
    conn.execute(
        "INSERT INTO journal (id, at, kind, register_id, data, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (row_id, at, kind, register_id, text, prev_hash, digest),
    )
    return row_id


_COLUMNS = "id, at, kind, register_id, data, prev_hash, hash"


def rows(
    conn: sqlite3.Connection,
    *,
    after: int = 0,
    upto: int | None = None,
    register_id: str | None = None,
    limit: int = -1,
) -> list[JournalRow]:
    """Rows with after < id <= upto (no upper bound if None), of one register or all, oldest
    first."""
    return [
        JournalRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])
        for r in conn.execute(
            f"SELECT {_COLUMNS} FROM journal WHERE id > ? AND id <= coalesce(?, id)"
            " AND register_id = coalesce(?, register_id) ORDER BY id LIMIT ?",
            (after, upto, register_id, limit),
        )
    ]


def last_of_kind(conn: sqlite3.Connection, kind: str, register_id: str) -> JournalRow | None:
    """The newest row of a kind for a register (the journal_kind index finds it)."""
    r = conn.execute(
        f"SELECT {_COLUMNS} FROM journal WHERE kind = ? AND register_id = ?"
        " ORDER BY id DESC LIMIT 1",
        (kind, register_id),
    ).fetchone()
    return None if r is None else JournalRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])


def verify(conn: sqlite3.Connection) -> JournalReport:
    """Every problem found, each naming the row id; the caller provides a read snapshot."""
    report = JournalReport()
    expected_id, prev = 1, GENESIS_HASH
    journaled: dict[str, dict[tuple[str, int], int]] = {kind: {} for kind in _RECORDS}
    for row_id, at, kind, register_id, data, prev_hash, digest in conn.execute(
        f"SELECT {_COLUMNS} FROM journal ORDER BY id"
    ):
        report.rows_checked += 1
        if row_id != expected_id:
            gap = f"{expected_id}" if row_id == expected_id + 1 else f"{expected_id}..{row_id - 1}"
            report.problems.append(f"row {row_id}: row(s) {gap} before it are missing (removed)")
        if prev_hash != prev:
            report.problems.append(
                f"row {row_id}: prev_hash does not match the previous row's hash "
                "(a row before it was removed or altered)"
            )
        if row_hash(prev_hash, row_id, at, kind, register_id, data) != digest:
            report.problems.append(f"row {row_id}: hash does not match its contents (altered)")
        if kind in _RECORDS:
            record = _RECORDS[kind]
            number = _number(data, record.key)
            if number is None:
                report.problems.append(
                    f"row {row_id}: {kind} event without a {record.key.replace('_', ' ')}"
                )
            else:
                journaled[kind][(register_id, number)] = row_id
        expected_id, prev = row_id + 1, digest

    for kind, record in _RECORDS.items():
        stored = set()
        for register_id, number in conn.execute(record.stored):
            stored.add((register_id, number))
            if (register_id, number) not in journaled[kind]:
                report.problems.append(
                    f"{record.noun} {register_id} #{number}: no '{kind}' event in the journal "
                    "(journal rows were removed)"
                )
        for key, row_id in journaled[kind].items():
            if key not in stored:
                report.problems.append(
                    f"row {row_id}: records {record.noun} {key[0]} #{key[1]}, which is not in the "
                    f"{record.table} table ({record.noun} removed)"
                )
    return report


@dataclass(frozen=True, slots=True)
class _Record:
    """A kind of stored registration and the journal event that must exist for each one."""

    noun: str
    table: str
    key: str  # the number's key in the event's data
    stored: str  # SQL: (register_id, number) of every stored one


_RECORDS = {
    "receipt": _Record(
        "receipt",
        "receipts",
        "sequence_number",
        "SELECT register_id, sequence_number FROM receipts ORDER BY id",
    ),
    "cash_invoice": _Record(
        "cash invoice",
        "cash_invoices",
        "sequence_number",
        "SELECT register_id, number FROM cash_invoices ORDER BY id",
    ),
    "receipt_copy": _Record(
        "copy of receipt",
        "receipt_copies",
        "sequence_number",
        "SELECT r.register_id, r.sequence_number FROM receipt_copies c"
        " JOIN receipts r ON r.id = c.receipt_id ORDER BY c.receipt_id",
    ),
    "z_report": _Record(
        "Z report",
        "z_reports",
        "number",
        "SELECT register_id, number FROM z_reports ORDER BY id",
    ),
}


def _number(data: str, key: str) -> int | None:
    try:
        value = json.loads(data).get(key)
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None
