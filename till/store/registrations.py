"""Control-code requests and printed originals, written ahead (DESIGN.md, data flow of a sale).

A request for a control code is saved with the whole receipt-to-be (the journal's receipt
record) before it goes out: SENT. The code that comes back is saved before the receipt is
stored: ANSWERED. From then on the receipt under that number can only be that paper with that
code (a trigger on receipts refuses anything else): a retry after a storage fault or a crash
stores it and never asks the control unit for another receipt under the same number. The
receipt's own transaction marks the request STORED. A request the control unit answered with a
refusal, or that never left the till, is FAILED and its number is free again; one sent whose
answer was lost stays SENT and is sent again with the very same data.

A receipt's or cash invoice's original gets a row in printed_originals once it came off the
printer; a stored one without that row was never printed and is offered to the cashier.

Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from enum import StrEnum

from till.core.receipt import ControlCode, Receipt, ReceiptType
from till.store import journal as journal_mod
from till.store.export import receipt_from_record, receipt_record
from till.store.journal import canonical_json, utc_now


class RegistrationState(StrEnum):
    SENT = "sent"  # saved, then sent (or about to be): the answer is not known
    ANSWERED = "answered"  # the control code is saved; the receipt is not stored yet
    STORED = "stored"  # the receipt is stored with it
    FAILED = "failed"  # refused by the control unit, or never sent: the number is free


@dataclass(frozen=True, slots=True)
class Registration:
    """A control-code request in flight, with the receipt it is for (control None until
    ANSWERED)."""

    id: int
    receipt: Receipt
    state: RegistrationState

    @property
    def answered(self) -> bool:
        return self.state is RegistrationState.ANSWERED


_COLUMNS = "id, paper, state, ctuid, control_code"


def _request_record(receipt: Receipt) -> dict:
    return {
        "sale_id": receipt.sale_id,
        "sequence_number": receipt.sequence_number,
        "receipt_type": receipt.receipt_type.value,
        "request_id": receipt.request_id,
        "kind": receipt.kind.value,
        "total": receipt.total,
    }


def begin(conn: sqlite3.Connection, receipt: Receipt) -> Registration:
    register_id = receipt.shop.register_id
    now = utc_now()
    paper = canonical_json(receipt_record(receipt))
    cursor = conn.execute(
        "INSERT INTO control_requests (register_id, sequence_number, receipt_type, sale_id,"
        " request_id, paper, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            register_id,
            receipt.sequence_number,
            receipt.receipt_type.value,
            receipt.sale_id,
            receipt.request_id,
            paper,
            RegistrationState.SENT.value,
            now,
            now,
        ),
    )
    journal_mod.append(conn, "control_code_requested", _request_record(receipt), register_id)
    assert cursor.lastrowid is not None
    return Registration(cursor.lastrowid, receipt, RegistrationState.SENT)


def answer(
    conn: sqlite3.Connection, registration: Registration, control: ControlCode
) -> Registration:
    conn.execute(
        "UPDATE control_requests SET state = ?, ctuid = ?, control_code = ?, updated_at = ?"
        " WHERE id = ?",
        (RegistrationState.ANSWERED.value, control.ctuid, control.code, utc_now(), registration.id),
    )
    receipt = registration.receipt
    journal_mod.append(
        conn,
        "control_code_received",
        {**_request_record(receipt), "ctuid": control.ctuid, "control_code": control.code},
        receipt.shop.register_id,
    )
    return Registration(
        registration.id, _with_control(receipt, control), RegistrationState.ANSWERED
    )


def fail(conn: sqlite3.Connection, registration: Registration, error: dict) -> None:
    """The control unit said no, or the request never left: the number is free again."""
    conn.execute(
        "UPDATE control_requests SET state = ?, updated_at = ? WHERE id = ?",
        (RegistrationState.FAILED.value, utc_now(), registration.id),
    )
    receipt = registration.receipt
    journal_mod.append(
        conn,
        "control_code_failed",
        {**_request_record(receipt), **error},
        receipt.shop.register_id,
    )


def mark_stored(conn: sqlite3.Connection, receipt: Receipt) -> None:
    """In the receipt's own transaction: its request is done."""
    conn.execute(
        "UPDATE control_requests SET state = ?, updated_at = ?"
        " WHERE register_id = ? AND sequence_number = ? AND state = ?",
        (
            RegistrationState.STORED.value,
            utc_now(),
            receipt.shop.register_id,
            receipt.sequence_number,
            RegistrationState.ANSWERED.value,
        ),
    )


def open_registration(conn: sqlite3.Connection, register_id: str) -> Registration | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM control_requests WHERE register_id = ?"
        " AND state IN ('sent', 'answered')",
        (register_id,),
    ).fetchone()
    if row is None:
        return None
    row_id, paper, state, ctuid, code = row
    receipt = receipt_from_record(json.loads(paper))
    if ctuid is not None and code is not None:
        receipt = _with_control(receipt, ControlCode(ctuid, code))
    return Registration(row_id, receipt, RegistrationState(state))


def _with_control(receipt: Receipt, control: ControlCode) -> Receipt:
    return replace(receipt, control=control)


# -- printed originals ----------------------------------------------------------------------


def series_of(receipt: Receipt) -> str:
    return "cash_invoice" if receipt.receipt_type is ReceiptType.CASH_INVOICE else "receipt"


def mark_printed(conn: sqlite3.Connection, receipt: Receipt) -> bool:
    """True if this call marked it; False if its original was marked printed before."""
    cursor = conn.execute(
        "INSERT INTO printed_originals (series, register_id, number, printed_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (series_of(receipt), receipt.shop.register_id, receipt.sequence_number, utc_now()),
    )
    return cursor.rowcount == 1


def is_printed(conn: sqlite3.Connection, receipt: Receipt) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM printed_originals WHERE series = ? AND register_id = ? AND number = ?",
            (series_of(receipt), receipt.shop.register_id, receipt.sequence_number),
        ).fetchone()
        is not None
    )


def unprinted(conn: sqlite3.Connection, register_id: str) -> list[tuple[str, int]]:
    """(series, number) of every stored original not printed: receipts, then cash invoices,
    each in number order."""
    return [
        (series, number)
        for series, number in conn.execute(
            "SELECT 'receipt', r.sequence_number FROM receipts r"
            " LEFT JOIN printed_originals p ON p.series = 'receipt'"
            "  AND p.register_id = r.register_id AND p.number = r.sequence_number"
            " WHERE r.register_id = ? AND p.number IS NULL"
            " UNION ALL"
            " SELECT 'cash_invoice', c.number FROM cash_invoices c"
            " LEFT JOIN printed_originals p ON p.series = 'cash_invoice'"
            "  AND p.register_id = c.register_id AND p.number = c.number"
            " WHERE c.register_id = ? AND p.number IS NULL",
            (register_id, register_id),
        )
    ]
