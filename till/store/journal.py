"""The journal: every event in time order, hash-chained, signed, and a check that proves it.

Row format
  hash = SHA-256 hex of prev_hash, id, at, kind, register_id and data joined by "\\n"; the first
         row's prev_hash is 64 zeros. This chain is public: an inspector checks an export
         (`till-admin journal export`) without the till, and each Z report prints the hash of
         its last row on paper.
  mac  = HMAC-SHA256 hex of the row's hash under the installation's journal key, which lives
         only in the operating system's keyring (till/secrets.py). Anyone can recompute the
         hashes after an edit; nobody without the key can recompute the macs.

Rows written before the key existed (schema _V_JOURNAL_KEY) have mac NULL and are checked by
the chain alone. The first row appended by a keyed till is the first signed row; every later
row must be signed too (a trigger refuses an unsigned one, verify reports it). The anchor in
the keyring remembers the first signed row, so stripping every mac is found as well
(journal_anchor.py).

What verify finds, each problem naming the row or record:
- a changed row (its hash), a removed row (an id gap, the next row's prev_hash);
- a chain recomputed after an edit (the macs), an unsigned row after signed ones;
- a receipt, cash invoice, copy or Z report without its journal event, or an event whose
  record is gone, and a record whose stored fields differ from its event (the "receipt" and
  "cash_invoice" events hold the whole document; `compare` is given by the repository);
- the newest rows removed, a whole sale removed with its journal rows, or an older copy of the
  database put back: those leave a consistent database and are found against the anchor.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.store import report_sums
from till.store.schema import GENESIS_HASH

JOURNAL_KEY_MISSING = Message(
    "journal_key_missing",
    QT_TRANSLATE_NOOP(
        "Errors", "The journal key is not available, so nothing can be journaled. Call for service."
    ),
)


@dataclass(frozen=True, slots=True)
class JournalRow:
    id: int
    at: str
    kind: str
    register_id: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


@dataclass(frozen=True, slots=True)
class Head:
    """A journal row by id and hash: the newest row, or the last one already checked."""

    id: int
    hash: str


@dataclass(slots=True)
class JournalReport:
    rows_checked: int = 0
    problems: list[str] = field(default_factory=list)
    head: Head | None = None  # the newest row seen
    first_signed: int | None = None  # the first row with a mac, if the check reached it

    @property
    def ok(self) -> bool:
        return not self.problems


# compare(conn, kind, row_id, register_id, data): a record event against its stored record,
# the problems found, or None when there is no such record (journal_records.compare_event).
Compare = Callable[[sqlite3.Connection, str, int, str, dict[str, Any]], list[str] | None]


def canonical_json(data: dict[str, Any]) -> str:
    """One spelling per value, so the hash of a row can be recomputed from its text."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def row_hash(prev_hash: str, row_id: int, at: str, kind: str, register_id: str, data: str) -> str:
    text = "\n".join((prev_hash, str(row_id), at, kind, register_id, data))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def row_mac(key: bytes, digest: str) -> str:
    """The row's signature: HMAC-SHA256 of its hash (which covers its contents and its place)."""
    # hmac.digest is the one-shot C path: the same value as hmac.new(...).hexdigest(), faster.
    return hmac.digest(key, digest.encode("ascii"), "sha256").hex()


def mac_of(key: bytes) -> Callable[[str], str]:
    """row_mac(key, ·) for many rows: HMAC-SHA256 (RFC 2104) with the key's padded inner and
    outer blocks hashed once, so each row costs two small SHA-256 updates (verify's hot loop)."""
    block = hashlib.sha256(key).digest() if len(key) > 64 else key
    block = block.ljust(64, b"\0")
    inner = hashlib.sha256(bytes(b ^ 0x36 for b in block))
    outer = hashlib.sha256(bytes(b ^ 0x5C for b in block))

    def mac(digest: str) -> str:
        i = inner.copy()
        i.update(digest.encode("ascii"))
        o = outer.copy()
        o.update(i.digest())
        return o.hexdigest()

    return mac


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def now_text(conn: sqlite3.Connection) -> str:
    """utc_now(), or the time of the connection's clock if it has one (database.TillConnection:
    the benchmark's generator writes past days), in the same UTC text of one width."""
    clock = getattr(conn, "clock", None)
    if clock is None:
        return utc_now()
    return clock().astimezone(UTC).isoformat(timespec="microseconds")


def append(conn: sqlite3.Connection, kind: str, data: dict[str, Any], register_id: str) -> int:
    """Add one event; the caller holds a write transaction so id and prev_hash cannot race.

    The row is signed with the connection's journal_key (database.TillConnection), and names
    the signed-in user, if any, in data["by"] (users.UserStore.set_current_user)."""
    if not conn.in_transaction:
        raise RuntimeError("journal.append must run inside a write transaction")
    by = getattr(conn, "current_user", None)  # the signed-in user (store/users.py)
    if by is not None and "by" not in data:
        data = {**data, "by": by}
    text = canonical_json(data)
    last = conn.execute("SELECT id, hash, mac FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    row_id, prev_hash = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    key: bytes | None = getattr(conn, "journal_key", None)
    if key is None and last is not None and last[2] is not None:
        from till.store.database import StoreError

        raise StoreError(
            JOURNAL_KEY_MISSING,
        )
    at = now_text(conn)
    digest = row_hash(prev_hash, row_id, at, kind, register_id, text)
    mac = row_mac(key, digest) if key else None
    conn.execute(
        "INSERT INTO journal (id, at, kind, register_id, data, prev_hash, hash, mac)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (row_id, at, kind, register_id, text, prev_hash, digest, mac),
    )
    report_sums.record(conn, row_id, kind, register_id, data)  # in the same transaction
    kinds = getattr(conn, "appended_kinds", None)
    if kinds is not None:
        kinds.add(kind)
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


def head(conn: sqlite3.Connection) -> Head | None:
    row = conn.execute("SELECT id, hash FROM journal ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else Head(row[0], row[1])


def verify(
    conn: sqlite3.Connection, *, after: Head | None = None, compare: Compare | None = None
) -> JournalReport:
    """Every problem found, each naming the row id; the caller provides a read snapshot.

    after=None checks every row and every record. after=Head(id, hash) checks that row still has
    that hash and everything after it: the rows written since the last check (the start-up
    check), with the records they name, and the number of records against the events."""
    report = JournalReport()
    key: bytes | None = getattr(conn, "journal_key", None)
    expected_id, prev, signed = 1, GENESIS_HASH, False
    if after is not None and after.id > 0:
        row = conn.execute("SELECT hash, mac FROM journal WHERE id = ?", (after.id,)).fetchone()
        if row is None:
            report.problems.append(
                f"row {after.id}: missing, though it was checked at an earlier start (removed)"
            )
        elif row[0] != after.hash:
            report.problems.append(
                f"row {after.id}: its hash is not the one checked at an earlier start "
                "(the journal was rewritten, or this is another database)"
            )
        else:
            signed = row[1] is not None
        expected_id, prev = after.id + 1, after.hash
        report.head = Head(after.id, after.hash)
    bad_macs: list[tuple[int, int]] = []  # runs of rows whose signature fails, not every id
    signer = mac_of(key) if key is not None else None
    # Only the problems found are kept: rows come one at a time from the cursor and records are
    # matched to events by SQLite afterwards (_records_against_events), so memory stays flat.
    unstored: dict[str, list[str]] = {kind: [] for kind in _RECORDS}  # found by compare
    # Without compare the number is read by SQLite (no json.loads); with it, compare needs the
    # parsed event anyway and the number is taken from it as before.
    number_sql = "NULL" if compare is not None else _NUMBER_SQL
    for row_id, at, kind, register_id, data, prev_hash, digest, mac, sql_number in conn.execute(
        f"SELECT {_COLUMNS}, mac, {number_sql} FROM journal WHERE id >= ? ORDER BY id",
        (expected_id,),
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
        if mac is None:
            if signed:
                report.problems.append(
                    f"row {row_id}: not signed, though the rows before it are (written or "
                    "rewritten without the till's key)"
                )
        else:
            if not signed and report.first_signed is None:
                report.first_signed = row_id
            signed = True
            if signer is None or not hmac.compare_digest(mac, signer(digest)):
                if bad_macs and bad_macs[-1][1] == row_id - 1:
                    bad_macs[-1] = (bad_macs[-1][0], row_id)
                else:
                    bad_macs.append((row_id, row_id))
        if kind in _RECORDS:
            record = _RECORDS[kind]
            event = _data(data) if compare is not None else None
            number = sql_number if compare is None else _number(event, record.key)
            if number is None:
                report.problems.append(
                    f"row {row_id}: {kind} event without a {record.key.replace('_', ' ')}"
                )
            elif compare is not None and event is not None:
                found = compare(conn, kind, row_id, register_id, event)
                if found is None:
                    unstored[kind].append(_not_stored(record, row_id, register_id, number))
                else:
                    report.problems += found
        expected_id, prev = row_id + 1, digest
    if report.rows_checked:
        report.head = Head(expected_id - 1, prev)  # the newest row seen
    report.problems += _signature_problems(bad_macs, key)
    if after is None:
        report.problems += _records_against_events(conn, unstored, compare is None)
    else:
        report.problems += [p for kind in _RECORDS for p in unstored[kind]]
        report.problems += _newest_records(conn)
    return report


def _number(event: dict[str, Any] | None, key: str) -> int | None:
    number = event.get(key) if event is not None else None
    return number if isinstance(number, int) and not isinstance(number, bool) else None


def _signature_problems(runs: list[tuple[int, int]], key: bytes | None) -> list[str]:
    """One line per run of rows whose signature fails, not one per row: a wrong key fails all."""
    why = (
        "the journal key is not available to check them"
        if key is None
        else "altered and re-hashed, or signed with another key than this till's"
    )
    return [
        f"row {a}: signature does not match ({why})"
        if a == b
        else f"rows {a}..{b}: signatures do not match ({why})"
        for a, b in runs
    ]


def _not_stored(record: _Record, row_id: int, register_id: str, number: int) -> str:
    return (
        f"row {row_id}: records {record.noun} {register_id} #{number}, which is not in the "
        f"{record.table} table ({record.noun} removed)"
    )


def _records_against_events(
    conn: sqlite3.Connection, unstored: dict[str, list[str]], events_unchecked: bool
) -> list[str]:
    """Every stored record has its event; and, unless compare did it row by row, every event
    its record. SQLite does the set work (NOT IN builds a temporary index of one side), so
    neither side is held in Python."""
    problems = []
    for kind, record in _RECORDS.items():
        for register_id, number in conn.execute(
            f"SELECT register_id, number FROM ({record.stored}) WHERE (register_id, number)"
            f" NOT IN ({_EVENTS}) ORDER BY ord",
            {"kind": kind},
        ):
            problems.append(
                f"{record.noun} {register_id} #{number}: no '{kind}' event in the journal "
                "(journal rows were removed)"
            )
        problems += unstored[kind]
        if not events_unchecked:
            continue
        # One line per (register, number), at its first event, naming its last (as a dict
        # keyed by them did).
        for row_id, register_id, number in conn.execute(
            f"SELECT max(id), register_id, number FROM ({_EVENTS_WITH_ID}) WHERE"
            f" (register_id, number) NOT IN (SELECT register_id, number FROM ({record.stored}))"
            " GROUP BY register_id, number ORDER BY min(id)",
            {"kind": kind},
        ):
            problems.append(_not_stored(record, row_id, register_id, number))
    return problems


def _newest_records(conn: sqlite3.Connection) -> list[str]:
    """The newest stored record of each kind has its event: a record slipped in at the end
    without one is found at start. Index lookups only, whatever the journal's age; records
    among older ones are the full verify's to find (its NOT IN over every record)."""
    problems = []
    for kind, record in _RECORDS.items():
        newest = conn.execute(
            f"SELECT register_id, number FROM ({record.stored}) ORDER BY ord DESC LIMIT 1"
        ).fetchone()
        if newest is None:
            continue
        register_id, number = newest
        if record.key == "sequence_number":  # the journal_number index (schema V14)
            path = "'$.sequence_number'"
            found = conn.execute(
                f"SELECT 1 FROM journal WHERE json_extract(data, {path}) = ?"
                f" AND json_extract(data, {path}) IS NOT NULL AND kind = ? AND register_id = ?"
                " LIMIT 1",
                (number, kind, register_id),
            ).fetchone()
        else:  # Z reports: the newest is the last one's event, written with it
            last = conn.execute(
                "SELECT json_extract(data, '$.number') FROM journal WHERE kind = ?"
                " AND register_id = ? ORDER BY id DESC LIMIT 1",
                (kind, register_id),
            ).fetchone()
            found = last if last is not None and last[0] == number else None
        if found is None:
            problems.append(
                f"{record.noun} {register_id} #{number}: no '{kind}' event in the journal "
                "(journal rows were removed, or the record was added without them)"
            )
    return problems


@dataclass(frozen=True, slots=True)
class _Record:
    """A kind of stored registration and the journal event that must exist for each one."""

    noun: str
    table: str
    key: str  # the number's key in the event's data
    stored: str  # SQL: register_id, number and ord (the order to report in) of every stored one


_RECORDS = {
    "receipt": _Record(
        "receipt",
        "receipts",
        "sequence_number",
        "SELECT register_id, sequence_number AS number, id AS ord FROM receipts",
    ),
    "cash_invoice": _Record(
        "cash invoice",
        "cash_invoices",
        "sequence_number",
        "SELECT register_id, number, id AS ord FROM cash_invoices",
    ),
    "receipt_copy": _Record(
        "copy of receipt",
        "receipt_copies",
        "sequence_number",
        "SELECT r.register_id, r.sequence_number AS number, c.receipt_id AS ord"
        " FROM receipt_copies c JOIN receipts r ON r.id = c.receipt_id",
    ),
    "z_report": _Record(
        "Z report",
        "z_reports",
        "number",
        "SELECT register_id, number, id AS ord FROM z_reports",
    ),
}


# The number of a record event, read by SQLite: an integer, exactly as json.loads would give
# it (json_type tells a JSON integer from true/false and reals, which json_extract would turn
# into 1/0 or a float); NULL when there is none or the text is not JSON. The CASE keeps
# json_type off malformed text, on which it raises.
def _number_sql(kind: str) -> str:
    path = f"CASE {kind} WHEN 'z_report' THEN '$.number' ELSE '$.sequence_number' END"
    return (
        f"CASE WHEN json_valid(data) THEN CASE json_type(data, {path}) WHEN 'integer'"
        f" THEN json_extract(data, {path}) END END"
    )


_NUMBER_SQL = (
    "CASE WHEN kind IN ('receipt', 'cash_invoice', 'receipt_copy', 'z_report') THEN "
    f"{_number_sql('kind')} END"
)
# The events of one kind (bound as :kind) that have a number, as the walk finds them.
_EVENTS_WITH_ID = (
    f"SELECT id, register_id, {_number_sql(':kind')} AS number FROM journal"
    " WHERE kind = :kind AND number IS NOT NULL"
)
_EVENTS = f"SELECT register_id, number FROM ({_EVENTS_WITH_ID})"


def _data(text: str) -> dict[str, Any] | None:
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None
