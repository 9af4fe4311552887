"""This installation's manufacturing number (migration 11): made at the first start, journaled
once, and never changed after (the table's triggers refuse an update or a delete).

Functions take the connection of a transaction the repository began, except `read_number`,
which reads a database file without opening it for writing (`--version`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from till.about import new_manufacturing_number
from till.store import journal as journal_mod
from till.store.journal import utc_now


def number(conn: sqlite3.Connection) -> str | None:
    row = conn.execute("SELECT manufacturing_number FROM installation WHERE id = 1").fetchone()
    return None if row is None else str(row[0])


def get_or_create(conn: sqlite3.Connection, register_id: str) -> str:
    """The number; the first call makes it and journals it ("installation_created")."""
    known = number(conn)
    if known is not None:
        return known
    made = new_manufacturing_number()
    conn.execute(
        "INSERT INTO installation (id, manufacturing_number, created_at) VALUES (1, ?, ?)",
        (made, utc_now()),
    )
    journal_mod.append(conn, "installation_created", {"manufacturing_number": made}, register_id)
    return made


def read_number(path: Path) -> str | None:
    """The number in the database at `path`, read only; None if there is no database yet or it
    has none (an older schema, or never started)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return number(conn)
    except sqlite3.Error:  # no installation table: a database before migration 11
        return None
    finally:
        conn.close()
