"""Cashiers and managers: a name, a number, a role and a PIN kept only as a PBKDF2-SHA256 hash
with the user's own random salt (Python's hashlib.pbkdf2_hmac, as manager_pin.py does).

Five wrong PINs in a row lock that user for a minute. The count and the lockout are columns of
the user's row, so a restart does not end them, and, as in pin_lockout.py, each try is counted
as wrong before the PIN is checked, so programs asking at once share the five tries. Hashing is
slow on purpose and runs outside the database lock.

Every change and every sign-in outcome is journaled. While a user is signed in, journal.append
names them in each row (`current_user` on the connection; see set_current_user).
"""

from __future__ import annotations

import hmac
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.store import journal as journal_mod
from till.store import manager_pin
from till.store.database import Database, StoreError
from till.store.journal import utc_now
from till.store.pin_lockout import LOCKOUT_SECONDS, MAX_WRONG, PinLockout

USER_INVALID = Message(
    "user_invalid",
    QT_TRANSLATE_NOOP("Errors", "A user's name is 1 to 40 characters and not only digits."),
)
USER_EXISTS = Message(
    "user_exists", QT_TRANSLATE_NOOP("Errors", "There is already a user named {name}.")
)
LAST_MANAGER = Message(
    "last_manager",
    QT_TRANSLATE_NOOP("Errors", "This is the only manager: add another before disabling this one."),
)
NOT_A_MANAGER = Message("not_a_manager", QT_TRANSLATE_NOOP("Errors", "{name} is not a manager."))
NOT_A_CASHIER = Message("not_a_cashier", QT_TRANSLATE_NOOP("Errors", "{name} is not a cashier."))
SIGN_IN_REFUSED = Message("sign_in_refused", QT_TRANSLATE_NOOP("Errors", "Wrong name or PIN."))
USER_LOCKED = Message(
    "user_locked",
    QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs: wait {seconds} s before trying again."),
)
USER_DISABLED = Message("user_disabled", QT_TRANSLATE_NOOP("Errors", "This user is disabled."))
USER_UNKNOWN = Message("user_unknown", QT_TRANSLATE_NOOP("Errors", "There is no user {who}."))
PIN_INVALID = Message("pin_invalid", QT_TRANSLATE_NOOP("Errors", "A PIN is 4 to 12 digits."))


__all__ = ["LOCKOUT_SECONDS", "MAX_WRONG", "Role", "SignInRefused", "User", "UserStore"]


class Role(StrEnum):
    CASHIER = "cashier"
    MANAGER = "manager"


@dataclass(frozen=True, slots=True)
class User:
    number: int
    name: str
    role: Role
    active: bool = True

    @property
    def is_manager(self) -> bool:
        return self.role is Role.MANAGER

    def journal_name(self) -> dict[str, object]:
        """How a journal row names who did it."""
        return {"number": self.number, "name": self.name}


class SignInRefused(StoreError):
    """A wrong name or PIN, a disabled user, or a locked one. The message says which, except
    that an unknown name and a wrong PIN read alike."""


_COLUMNS = "number, name, role, active"


def _user(row: tuple) -> User:
    return User(int(row[0]), str(row[1]), Role(row[2]), bool(row[3]))


def find(conn: sqlite3.Connection, who: str | int) -> User | None:
    """A user by number (digits) or by name (any case)."""
    text = str(who).strip()
    if text.isdigit():
        row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE number = ?", (int(text),))
    else:
        row = conn.execute(f"SELECT {_COLUMNS} FROM users WHERE name = ?", (text,))
    found = row.fetchone()
    return None if found is None else _user(found)


def _lockout(conn: sqlite3.Connection, number: int) -> PinLockout:
    row = conn.execute("SELECT wrong, locked_until FROM users WHERE number = ?", (number,))
    wrong, until = row.fetchone()
    return PinLockout(int(wrong), float(until))


def _write_lockout(conn: sqlite3.Connection, number: int, state: PinLockout) -> None:
    conn.execute(
        "UPDATE users SET wrong = ?, locked_until = ? WHERE number = ?",
        (state.wrong, state.locked_until, number),
    )


def _locked_for(conn: sqlite3.Connection, number: int, now: float) -> float:
    state = _lockout(conn, number)
    if state.locked_until - now > LOCKOUT_SECONDS:  # the clock was set back: restart the minute
        _write_lockout(conn, number, PinLockout(state.wrong, now + LOCKOUT_SECONDS))
    return state.seconds_left(now)


def _reserve(conn: sqlite3.Connection, number: int, now: float) -> float:
    left = _locked_for(conn, number, now)
    if left > 0:
        return left
    wrong = _lockout(conn, number).wrong + 1
    if wrong >= MAX_WRONG:  # this try is the last before the lockout, right or wrong
        _write_lockout(conn, number, PinLockout(0, now + LOCKOUT_SECONDS))
    else:
        _write_lockout(conn, number, PinLockout(wrong, 0.0))
    return 0.0


def _locked(seconds_left: float) -> SignInRefused:
    return SignInRefused(USER_LOCKED, seconds=int(seconds_left) + 1)


class UserStore:
    """The users table, on the till's one database (TillStore.users)."""

    def __init__(self, db: Database, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._clock = clock  # wall clock: a lockout outlives the process

    # -- who is signed in -----------------------------------------------------------------

    def set_current_user(self, user: User | None) -> None:
        """Name `user` in every journal row from now on (None: nobody is signed in)."""
        with self._db.lock:
            self._db.conn.current_user = None if user is None else user.journal_name()  # type: ignore[attr-defined]

    # -- reading ----------------------------------------------------------------------------

    def any_manager(self) -> bool:
        """Is there an active manager? If not, the first start asks for one."""
        with self._db.reading() as conn:
            row = conn.execute("SELECT 1 FROM users WHERE role = 'manager' AND active = 1")
            return row.fetchone() is not None

    def list(self) -> list[User]:
        with self._db.reading() as conn:
            return [_user(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM users ORDER BY 1")]

    def find(self, who: str | int) -> User | None:
        with self._db.reading() as conn:
            return find(conn, who)

    def locked_for(self, who: str | int, *, now: float | None = None) -> float:
        now = self._clock() if now is None else now
        with self._db.reading() as conn:
            user = find(conn, who)
            return 0.0 if user is None else _lockout(conn, user.number).seconds_left(now)

    # -- changes (each journaled) -----------------------------------------------------------

    def add(self, name: str, pin: str, role: Role, *, register_id: str) -> User:
        name = " ".join(name.split())
        if not name or name.isdigit() or len(name) > 40:
            raise StoreError(USER_INVALID)
        salt, digest, iterations = _salted_hash(pin)
        now = utc_now()
        with self._db.transaction() as conn:
            if find(conn, name) is not None:
                raise StoreError(USER_EXISTS, name=name)
            cursor = conn.execute(
                "INSERT INTO users (name, role, salt, hash, iterations, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (name, Role(role).value, salt, digest, iterations, now, now),
            )
            user = User(int(cursor.lastrowid or 0), name, Role(role))
            journal_mod.append(
                conn, "user_added", {"user": user.journal_name(), "role": user.role}, register_id
            )
        return user

    def disable(self, who: str | int, *, register_id: str) -> User:
        with self._db.transaction() as conn:
            user = self._existing(conn, who)
            if user.is_manager and user.active:
                others = conn.execute(
                    "SELECT count(*) FROM users WHERE role = 'manager' AND active = 1"
                    " AND number <> ?",
                    (user.number,),
                ).fetchone()[0]
                if not others:
                    raise StoreError(
                        LAST_MANAGER,
                    )
            conn.execute(
                "UPDATE users SET active = 0, updated_at = ? WHERE number = ?",
                (utc_now(), user.number),
            )
            journal_mod.append(conn, "user_disabled", {"user": user.journal_name()}, register_id)
        return User(user.number, user.name, user.role, False)

    def reset_pin(self, who: str | int, pin: str, *, register_id: str) -> User:
        """A new PIN; it also ends the user's lockout and enables a disabled user again."""
        salt, digest, iterations = _salted_hash(pin)
        with self._db.transaction() as conn:
            user = self._existing(conn, who)
            conn.execute(
                "UPDATE users SET salt = ?, hash = ?, iterations = ?, active = 1, wrong = 0,"
                " locked_until = 0, updated_at = ? WHERE number = ?",
                (salt, digest, iterations, utc_now(), user.number),
            )
            journal_mod.append(conn, "user_pin_reset", {"user": user.journal_name()}, register_id)
        return User(user.number, user.name, user.role, True)

    # -- checking a PIN ---------------------------------------------------------------------

    def check_pin(
        self,
        who: str | int,
        pin: str,
        *,
        purpose: str,
        register_id: str,
        now: float | None = None,
        failed: str | None = None,
        details: dict[str, object] | None = None,
        role: Role | None = None,
    ) -> User:
        """The user whose PIN this is; SignInRefused otherwise. The outcome is journaled with
        `details`: kind `purpose` ("signed_in", "manager_approved"), or `failed` (by default
        "<purpose>_failed"). With `role`, a right PIN of a user without it is refused too."""
        now = self._clock() if now is None else now
        failed = failed or f"{purpose}_failed"
        details = details or {}
        refusal: SignInRefused | None = None
        with self._db.transaction() as conn:  # the refusal is journaled, then raised
            user = find(conn, who)
            if user is None or not user.active:
                why = "no such user" if user is None else "user disabled"
                self._journal_failed(conn, failed, who, user, why, register_id, details)
                refusal = SignInRefused(USER_DISABLED if user else SIGN_IN_REFUSED)
            elif (left := _reserve(conn, user.number, now)) > 0:
                self._journal_failed(conn, failed, who, user, "locked", register_id, details)
                refusal = _locked(left)
            else:
                stored = conn.execute(
                    "SELECT salt, hash, iterations FROM users WHERE number = ?", (user.number,)
                ).fetchone()
        if refusal is not None:
            raise refusal
        assert user is not None
        right = _matches(pin, stored)
        with self._db.transaction() as conn:
            if right:
                _write_lockout(conn, user.number, PinLockout(0, 0.0))
                if role is None or user.role is role:
                    data = {**details, "user": user.journal_name()}
                    journal_mod.append(conn, purpose, data, register_id)
                    return user
                self._journal_failed(conn, failed, who, user, f"not a {role}", register_id, details)
                left = -1.0
            else:
                left = _lockout(conn, user.number).seconds_left(now)
                why = "wrong PIN"
                self._journal_failed(conn, failed, who, user, why, register_id, details, left)
        if left < 0:
            not_role = NOT_A_MANAGER if role is Role.MANAGER else NOT_A_CASHIER
            raise SignInRefused(not_role, name=user.name)
        if left > 0:
            raise _locked(left)
        raise SignInRefused(SIGN_IN_REFUSED)

    @staticmethod
    def _journal_failed(
        conn: sqlite3.Connection,
        kind: str,
        who: str | int,
        user: User | None,
        why: str,
        register_id: str,
        details: dict[str, object],
        locked_for: float = 0.0,
    ) -> None:
        data: dict[str, object] = {**details, "reason": why}
        data["user"] = user.journal_name() if user is not None else {"typed": str(who)[:40]}
        if locked_for > 0:
            data["locked_for_seconds"] = round(locked_for)
        journal_mod.append(conn, kind, data, register_id)

    @staticmethod
    def _existing(conn: sqlite3.Connection, who: str | int) -> User:
        user = find(conn, who)
        if user is None:
            raise StoreError(USER_UNKNOWN, who=who)
        return user


def _salted_hash(pin: str) -> manager_pin.Stored:
    try:
        return manager_pin.salted_hash(pin)
    except StoreError:
        raise StoreError(PIN_INVALID) from None


def _matches(pin: str, stored: tuple[bytes, bytes, int]) -> bool:
    if not isinstance(pin, str) or not pin.isdigit():
        return False
    salt, digest, iterations = stored
    return hmac.compare_digest(manager_pin._pin_hash(pin, salt, iterations), digest)
