"""The hash-chained journal: every event in time order, and a check that none was altered.

hash = SHA-256 hex of prev_hash, id, at, kind, register_id and data joined by "\\n"; the first
row's prev_hash is 64 zeros. Changing a row breaks its own hash; removing one breaks the next
row's prev_hash (and leaves an id gap); removing the newest rows is caught by comparing the
receipts table with the journal's "receipt" events.
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


def rows(conn: sqlite3.Connection) -> list[JournalRow]:
    return [
        JournalRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])
        for r in conn.execute(f"SELECT {_COLUMNS} FROM journal ORDER BY id")
    ]


def verify(conn: sqlite3.Connection) -> JournalReport:
    """Every problem found, each naming the row id; the caller provides a read snapshot."""
    report = JournalReport()
    expected_id, prev = 1, GENESIS_HASH
    journaled: dict[tuple[str, int], int] = {}
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
        if kind == "receipt":
            seq = _sequence_number(data)
            if seq is None:
                report.problems.append(f"row {row_id}: receipt event without a sequence number")
            else:
                journaled[(register_id, seq)] = row_id
        expected_id, prev = row_id + 1, digest

    stored = set()
    for register_id, seq in conn.execute(
        "SELECT register_id, sequence_number FROM receipts ORDER BY id"
    ):
        stored.add((register_id, seq))
        if (register_id, seq) not in journaled:
            report.problems.append(
                f"receipt {register_id} #{seq}: no 'receipt' event in the journal "
                "(journal rows were removed)"
            )
    for key, row_id in journaled.items():
        if key not in stored:
            report.problems.append(
                f"row {row_id}: records receipt {key[0]} #{key[1]}, which is not in the "
                "receipts table (receipt removed)"
            )
    return report


def _sequence_number(data: str) -> int | None:
    try:
        value = json.loads(data).get("sequence_number")
    except (ValueError, AttributeError):
        return None
    return value if isinstance(value, int) else None
