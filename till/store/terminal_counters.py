"""Counters a terminal needs for every authenticated command, reserved before it is sent.

Point's COUNTER must rise with every command the till signs (SESSION START, CAPTURE, the ID
check's CONFIRMATION, ...), across restarts. Each value is taken here, in its own committed
transaction, before the command goes out (write ahead): a crash after the reservation can only
skip a value, never send one twice. The row is the one card_payments.py keeps per terminal
kind and register (`terminal_counters`, migration 8): `value` is the next one to use.
"""

from __future__ import annotations

import sqlite3

from till.store.card_payments import terminal_counter


def reserve(conn: sqlite3.Connection, terminal_kind: str, register_id: str) -> int:
    """The next counter value, marked used in the same transaction."""
    value = terminal_counter(conn, terminal_kind, register_id)
    conn.execute(
        "INSERT INTO terminal_counters (terminal_kind, register_id, value) VALUES (?, ?, ?)"
        " ON CONFLICT (terminal_kind, register_id) DO UPDATE SET value = excluded.value",
        (terminal_kind, register_id, value + 1),
    )
    return value
