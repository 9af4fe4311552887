"""Receipt copies: a normal receipt may have one copy (SKVFS 2014:9), with its own control code.

Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import ControlCode, ReceiptCopy, ReceiptType
from till.core.sale import ReceiptRef
from till.store import journal as journal_mod
from till.store import sale_documents as documents
from till.store.database import CopyExists, StoreError

COPY_REFUSED_NO_RECEIPT = Message(
    "copy_refused_no_receipt",
    QT_TRANSLATE_NOOP(
        "Errors",
        "There is no receipt {sequence_number} on register {register_id}; no copy was made.",
    ),
)
COPY_REFUSED_NOT_NORMAL = Message(
    "copy_refused_not_normal",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {sequence_number} is {receipt_type}: only a normal receipt can have a copy.",
    ),
)
COPY_EXISTS_ALREADY = Message(
    "copy_exists_already",
    QT_TRANSLATE_NOOP(
        "Errors", "Receipt {sequence_number} already has its copy; SKVFS 2014:9 allows only one."
    ),
)


def store(conn: sqlite3.Connection, copy: ReceiptCopy) -> None:
    ref = copy.receipt.ref
    row = conn.execute(
        "SELECT id, receipt_type, total FROM receipts"
        " WHERE register_id = ? AND sequence_number = ?",
        (ref.register_id, ref.sequence_number),
    ).fetchone()
    if row is None:
        raise StoreError(
            COPY_REFUSED_NO_RECEIPT,
            sequence_number=ref.sequence_number,
            register_id=ref.register_id,
        )
    receipt_id, receipt_type, total = row
    if receipt_type != ReceiptType.NORMAL.value:
        raise StoreError(
            COPY_REFUSED_NOT_NORMAL,
            sequence_number=ref.sequence_number,
            receipt_type=documents.TYPE_NAMES.get(ReceiptType(receipt_type), receipt_type),
        )
    if conn.execute("SELECT 1 FROM receipt_copies WHERE receipt_id = ?", (receipt_id,)).fetchone():
        raise CopyExists(COPY_EXISTS_ALREADY, sequence_number=ref.sequence_number)
    conn.execute(
        "INSERT INTO receipt_copies (receipt_id, created_at, ctuid, control_code,"
        " request_id) VALUES (?, ?, ?, ?, ?)",
        (
            receipt_id,
            copy.created_at.isoformat(),
            copy.control.ctuid,
            copy.control.code,
            copy.request_id,
        ),
    )
    journal_mod.append(
        conn,
        "receipt_copy",
        {
            "register_id": ref.register_id,
            "sequence_number": ref.sequence_number,
            "amount": total,
            "created_at": copy.created_at.isoformat(),
            "ctuid": copy.control.ctuid,
            "control_code": copy.control.code,
            "request_id": copy.request_id,
        },
        ref.register_id,
    )


def copy_of(conn: sqlite3.Connection, ref: ReceiptRef) -> ReceiptCopy | None:
    row = conn.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in documents.RECEIPT_COLUMNS.split(','))},"
        " c.created_at, c.ctuid, c.control_code, c.request_id"
        " FROM receipt_copies c JOIN receipts r ON r.id = c.receipt_id"
        " WHERE r.register_id = ? AND r.sequence_number = ?",
        (ref.register_id, ref.sequence_number),
    ).fetchone()
    if row is None:
        return None
    created_at, ctuid, code, request_id = row[-4:]
    return ReceiptCopy(
        receipt=documents.load(conn, documents.RECEIPTS, row[:-4]),
        created_at=datetime.fromisoformat(created_at),
        control=ControlCode(ctuid, code),
        request_id=request_id,
    )
