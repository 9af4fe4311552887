"""The manager PIN's lockout, kept in the database so that a restart does not reset it.

Each try is counted as wrong *before* the PIN is checked and uncounted when it proves right, so
several programs asking at once (the till and till-admin, or a script running till-admin in a
loop) together get no more than MAX_WRONG tries per lockout. Times are wall-clock seconds
(time.time()): a monotonic clock does not survive a restart. A clock set back never makes the
lockout longer than LOCKOUT_SECONDS.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from till.store.journal import utc_now

MAX_WRONG = 5  # wrong PINs in a row before the till stops asking for a while
LOCKOUT_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class PinLockout:
    wrong: int  # tries in a row not (yet) proven right
    locked_until: float  # time.time() seconds; 0.0 when not locked

    def seconds_left(self, now: float) -> float:
        return max(0.0, min(self.locked_until - now, LOCKOUT_SECONDS))


def read(conn: sqlite3.Connection) -> PinLockout:
    row = conn.execute("SELECT wrong, locked_until FROM manager_pin_lockout").fetchone()
    return PinLockout(0, 0.0) if row is None else PinLockout(int(row[0]), float(row[1]))


def _write(conn: sqlite3.Connection, state: PinLockout) -> None:
    conn.execute(
        "INSERT INTO manager_pin_lockout (id, wrong, locked_until, updated_at)"
        " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET wrong = excluded.wrong,"
        " locked_until = excluded.locked_until, updated_at = excluded.updated_at",
        (state.wrong, state.locked_until, utc_now()),
    )


def locked_for(conn: sqlite3.Connection, *, now: float) -> float:
    """The seconds the lockout still lasts; 0.0 when not locked. In a write transaction."""
    state = read(conn)
    if state.locked_until - now > LOCKOUT_SECONDS:  # the clock was set back: restart the minute
        _write(conn, PinLockout(state.wrong, now + LOCKOUT_SECONDS))
    return state.seconds_left(now)


def reserve(conn: sqlite3.Connection, *, now: float) -> float:
    """Count one try as wrong until it proves right. Returns 0.0, or the seconds the lockout
    still lasts (then nothing is counted and the PIN must not be checked). In a write
    transaction."""
    left = locked_for(conn, now=now)
    if left > 0:
        return left
    wrong = read(conn).wrong + 1
    if wrong >= MAX_WRONG:  # this try is the last before the lockout, right or wrong
        _write(conn, PinLockout(0, now + LOCKOUT_SECONDS))
    else:
        _write(conn, PinLockout(wrong, 0.0))
    return 0.0


def proven_right(conn: sqlite3.Connection) -> None:
    """The reserved try was the right PIN: the wrong ones in a row, and a lockout it set, end."""
    _write(conn, PinLockout(0, 0.0))
