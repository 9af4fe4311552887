"""A journal event against the record it names: was a stored record changed after it was
journaled?

The "receipt" and "cash_invoice" events hold the whole document as the export writes it
(export.receipt_record), so the stored document is read back, written the same way, and every
field the event holds must be equal: lines, VAT, payments, totals, the control code. A copy's
event holds its amount, time and control code; a Z report's event its period, grand totals, the
SHA-256 of its stored content and (from this version) the hash of the last journal row it
closes, which is also printed on the report.

Only the fields an event holds are compared, so events written by an older version (with fewer
fields) are not reported. An event's own text is covered by the journal's hash and signature.
"""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

from till.core.sale import ReceiptRef
from till.store.copies import copy_of
from till.store.export import receipt_record
from till.store.journal_records_batch import Window, read_window
from till.store.sale_documents import CASH_INVOICES, RECEIPTS, find

_MISSING = object()
_NOUN = {
    "receipt": ("receipt", "receipts"),
    "cash_invoice": ("cash invoice", "cash_invoices"),
    "receipt_copy": ("copy of receipt", "receipt_copies"),
    "z_report": ("Z report", "z_reports"),
}


def compare_event(
    conn: sqlite3.Connection, kind: str, row_id: int, register_id: str, event: dict[str, Any]
) -> list[str] | None:
    """The differences between the event and its stored record; None if there is no record."""
    try:
        stored = _stored(conn, kind, register_id, _own(event))
    except Exception as exc:  # a tampered row may not even load
        return _unreadable(kind, row_id, register_id, event, exc)
    return _compare(kind, row_id, register_id, event, stored)


class Comparer:
    """compare_event for one verify, on one read snapshot: receipts and cash invoices are read
    back a window of numbers at a time (four queries for up to WINDOW documents) and written
    straight as their records, without the Receipt objects between (journal_records_batch.py).
    Events come in journal order, which is number order, so each window is read once."""

    def __init__(self) -> None:
        self._windows: dict[tuple[str, str], Window] = {}

    def __call__(
        self,
        conn: sqlite3.Connection,
        kind: str,
        row_id: int,
        register_id: str,
        event: dict[str, Any],
    ) -> list[str] | None:
        number = event.get("sequence_number")
        if kind not in ("receipt", "cash_invoice") or type(number) is not int:
            return compare_event(conn, kind, row_id, register_id, event)
        series = RECEIPTS if kind == "receipt" else CASH_INVOICES
        window = self._windows.get((kind, register_id))
        if window is None or not window.holds(number):
            window = read_window(conn, series, register_id, number)
            self._windows[(kind, register_id)] = window
        stored = window.records.get(number)
        if isinstance(stored, Exception):
            return _unreadable(kind, row_id, register_id, event, stored)
        return _compare(kind, row_id, register_id, event, stored)


def _own(event: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in event.items() if k != "by"}  # who did it: the row's, not the record's


def _unreadable(
    kind: str, row_id: int, register_id: str, event: dict[str, Any], exc: Exception
) -> list[str]:
    noun, _ = _NOUN[kind]
    number = event.get("number", event.get("sequence_number"))
    return [
        f"{noun} {register_id} #{number} (journal row {row_id}): the stored record cannot "
        f"be read back ({type(exc).__name__}: {exc}); it was changed"
    ]


def _compare(
    kind: str, row_id: int, register_id: str, event: dict[str, Any], stored: dict | None
) -> list[str] | None:
    if stored is None:
        return None
    event = _own(event)
    # The rule, in an untouched database: every field equal, which dict equality tells in C.
    # Values read back from SQLite cannot be 1 where the event has 1.0 or True (the columns'
    # affinity and the code that reads them fix the types), so == is the whole test here.
    if stored == event or all(stored.get(k, _MISSING) == v for k, v in event.items()):
        return []
    noun, table = _NOUN[kind]
    number = event.get("number", event.get("sequence_number"))
    return [
        f"{noun} {register_id} #{number} (journal row {row_id}): {what} (the {table} record was "
        "changed after it was journaled)"
        for what in _differences(event, stored, "")
    ][:10]


def _stored(
    conn: sqlite3.Connection, kind: str, register_id: str, event: dict[str, Any]
) -> dict[str, Any] | None:
    if kind in ("receipt", "cash_invoice"):
        series = RECEIPTS if kind == "receipt" else CASH_INVOICES
        number = event["sequence_number"]
        found = find(conn, series, register_id, number)
        if found is None:
            return None
        record = receipt_record(found)
        # Reading a receipt back computes its total and line amounts from the lines; the
        # stored columns (what copies and exports use) are compared as they are.
        row_id, total = conn.execute(
            f"SELECT id, total FROM {series.head} WHERE register_id = ? AND {series.number} = ?",
            (register_id, number),
        ).fetchone()
        record["total"] = total
        for position, amount in conn.execute(
            f"SELECT position, amount FROM {series.lines} WHERE {series.fk} = ?", (row_id,)
        ):
            if 0 <= position < len(record["lines"]):
                record["lines"][position]["amount"] = amount
        return record
    if kind == "receipt_copy":
        ref = ReceiptRef(event.get("register_id", register_id), event["sequence_number"])
        copy = copy_of(conn, ref)
        if copy is None:
            return None
        return {
            "register_id": ref.register_id,
            "sequence_number": ref.sequence_number,
            "amount": copy.receipt.total,
            "created_at": copy.created_at.isoformat(),
            "ctuid": copy.control.ctuid,
            "control_code": copy.control.code,
            "request_id": copy.request_id,
        }
    row = conn.execute(
        "SELECT created_at, first_journal_id, last_journal_id, grand_sales, grand_returns,"
        " content FROM z_reports WHERE register_id = ? AND number = ?",
        (register_id, event["number"]),
    ).fetchone()
    if row is None:
        return None
    created_at, first, last, sales, returns, content = row
    closed = conn.execute("SELECT hash FROM journal WHERE id = ?", (last,)).fetchone()
    return {
        "number": event["number"],
        "created_at": created_at,
        "first_journal_id": first,
        "last_journal_id": last,
        "grand_sales": sales,
        "grand_returns": returns,
        "content_sha256": hashlib.sha256(content.encode("utf-8")).hexdigest(),
        # The hash printed on the Z report is the hash of the row it closes, as the journal has
        # it now: a journal rewritten since then no longer matches its paper.
        "last_journal_hash": closed[0] if closed else None,
    }


# Values compared in place: equal ones (the rule, in an untouched database) are passed over
# without a call or a path string, which was most of a full verify's time.
_LEAVES = (str, int, float, bool, type(None))


def _differences(journaled: Any, stored: Any, path: str) -> list[str]:
    if isinstance(journaled, dict) and isinstance(stored, dict):
        found = []
        for key, value in journaled.items():
            other = stored.get(key, _MISSING)
            if type(value) is type(other) and type(value) in _LEAVES and value == other:
                continue
            found += _differences(value, other, f"{path}.{key}".lstrip("."))
        return found
    if isinstance(journaled, list) and isinstance(stored, list) and len(journaled) == len(stored):
        found = []
        for n, (a, b) in enumerate(zip(journaled, stored, strict=True), start=1):
            if type(a) is type(b) and type(a) in _LEAVES and a == b:
                continue
            found += _differences(a, b, f"{path}[{n}]")
        return found
    if journaled == stored and type(journaled) is type(stored):
        return []
    shown = "missing" if stored is _MISSING else _short(stored)
    return [f"{path or 'record'} is {shown} as stored but {_short(journaled)} in the journal"]


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."
