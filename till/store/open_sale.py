"""The open sale: one snapshot per register, saved with each journaled step so that a sale
survives a crash or a restart, and removed when it ends with a receipt or is voided.

Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict

from till.core.sale import ReceiptRef, Sale, SaleKind, SaleLine
from till.store import journal as journal_mod
from till.store.export import line_record
from till.store.journal import utc_now


def save(conn: sqlite3.Connection, sale: Sale, register_id: str, kind: str, data: dict) -> None:
    lines = json.dumps([asdict(line) for line in sale.lines], ensure_ascii=False)
    original = sale.original
    conn.execute(
        "INSERT INTO open_sales (register_id, sale_id, lines, saved_at, kind,"
        " original_register, original_number) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (register_id) DO UPDATE SET sale_id = excluded.sale_id,"
        " lines = excluded.lines, saved_at = excluded.saved_at, kind = excluded.kind,"
        " original_register = excluded.original_register,"
        " original_number = excluded.original_number",
        (
            register_id,
            sale.sale_id,
            lines,
            utc_now(),
            sale.kind.value,
            original.register_id if original else None,
            original.sequence_number if original else None,
        ),
    )
    journal_mod.append(conn, kind, {"sale_id": sale.sale_id, **data}, register_id)


def load(conn: sqlite3.Connection, register_id: str) -> Sale | None:
    row = conn.execute(
        "SELECT sale_id, lines, kind, original_register, original_number"
        " FROM open_sales WHERE register_id = ?",
        (register_id,),
    ).fetchone()
    if row is None:
        return None
    sale_id, lines, kind, original_register, original_number = row
    # Snapshots from before returns lack the new line fields: SaleLine's defaults fill them.
    return Sale(
        sale_id=sale_id,
        lines=[SaleLine(**d) for d in json.loads(lines)],
        kind=SaleKind(kind),
        original=ref(original_register, original_number),
    )


def void(
    conn: sqlite3.Connection, sale: Sale, register_id: str, reason: str, training: bool
) -> None:
    data = {
        "sale_id": sale.sale_id,
        "reason": reason,
        "lines": [line_record(line) for line in sale.lines],
        "total": sale.total,
        "kind": sale.kind.value,
        "training": training,
    }
    journal_mod.append(conn, "sale_voided", data, register_id)
    close(conn, register_id, sale.sale_id)


def close(conn: sqlite3.Connection, register_id: str, sale_id: str) -> None:
    """The sale ended (a receipt, or voided): its snapshot goes."""
    conn.execute(
        "DELETE FROM open_sales WHERE register_id = ? AND sale_id = ?", (register_id, sale_id)
    )


def ref(register_id: str | None, number: int | None) -> ReceiptRef | None:
    """The original receipt a return names, from its two nullable columns."""
    return None if register_id is None or number is None else ReceiptRef(register_id, number)
