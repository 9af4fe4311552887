"""Register modes: training and offline (cash invoices), kept per register across restarts.

Settings, not registrations: changed freely, every change journaled with who or why.
Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from till.store import journal as journal_mod
from till.store.journal import utc_now


@dataclass(frozen=True, slots=True)
class RegisterModes:
    training: bool = False
    offline: bool = False  # the control unit is out: cash invoices instead of receipts


def read(conn: sqlite3.Connection, register_id: str) -> RegisterModes:
    row = conn.execute(
        "SELECT training, offline FROM register_modes WHERE register_id = ?", (register_id,)
    ).fetchone()
    return RegisterModes(bool(row[0]), bool(row[1])) if row else RegisterModes()


def set_mode(
    conn: sqlite3.Connection,
    register_id: str,
    column: str,
    on: bool,
    kind: str,
    data: dict[str, Any],
) -> None:
    conn.execute(
        f"INSERT INTO register_modes (register_id, {column}, updated_at) VALUES (?, ?, ?)"
        f" ON CONFLICT (register_id) DO UPDATE SET {column} = excluded.{column},"
        " updated_at = excluded.updated_at",
        (register_id, int(on), utc_now()),
    )
    journal_mod.append(conn, kind, {"on": bool(on), **data}, register_id)
