"""The manager's PIN: 4 to 12 digits, kept only as a salted PBKDF2 hash.

Hashing is slow on purpose, so it runs outside the database lock: salted_hash() before the
transaction that stores it, matches() after the read that fetched it. The lockout after wrong
tries is pin_lockout.py's.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import sqlite3

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.store import journal as journal_mod
from till.store.database import StoreError
from till.store.journal import utc_now

MANAGER_PIN_INVALID = Message(
    "manager_pin_invalid", QT_TRANSLATE_NOOP("Errors", "A manager PIN is 4 to 12 digits.")
)


PIN_ITERATIONS = 200_000
_PIN = re.compile(r"[0-9]{4,12}")

Stored = tuple[bytes, bytes, int]  # salt, hash, iterations


def salted_hash(pin: str) -> Stored:
    """A new salt and the PIN's hash; StoreError (pin_invalid) if it is no PIN."""
    if not isinstance(pin, str) or not _PIN.fullmatch(pin):
        raise StoreError(MANAGER_PIN_INVALID)
    salt = os.urandom(16)
    return salt, _pin_hash(pin, salt, PIN_ITERATIONS), PIN_ITERATIONS


def store(conn: sqlite3.Connection, stored: Stored, register_id: str) -> None:
    salt, digest, iterations = stored
    replaced = conn.execute("SELECT 1 FROM manager_pin").fetchone() is not None
    conn.execute(
        "INSERT INTO manager_pin (id, salt, hash, iterations, set_at)"
        " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET salt = excluded.salt,"
        " hash = excluded.hash, iterations = excluded.iterations,"
        " set_at = excluded.set_at",
        (salt, digest, iterations, utc_now()),
    )
    journal_mod.append(conn, "manager_pin_set", {"replaced": replaced}, register_id)


def read(conn: sqlite3.Connection) -> Stored | None:
    return conn.execute("SELECT salt, hash, iterations FROM manager_pin").fetchone()


def matches(pin: str, stored: Stored | None) -> bool:
    if stored is None or not isinstance(pin, str) or not _PIN.fullmatch(pin):
        return False
    salt, digest, iterations = stored
    return hmac.compare_digest(_pin_hash(pin, salt, iterations), digest)


def _pin_hash(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)
