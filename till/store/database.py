"""The SQLite connection: pragmas, migrations, transactions, and plain-language errors.

Every sqlite3 error leaving this package is a StoreError whose message the cashier can read;
the original error text is kept in `detail` for the log.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.store.schema import MIGRATIONS

STORE_TOO_NEW = Message(
    "store_too_new",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This database is from a newer till version (schema {version}; this program knows up to "
        "{known}). Install the newer till version; do not delete the database.",
    ),
)


log = logging.getLogger(__name__)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds; long enough for a backup tool's read, short for a cashier

# {reason} below is sqlite's own words (technical, for service).
BUSY_MESSAGE = Message(
    "store_busy",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database is busy (another till program may have it open). Nothing was lost; try "
        "again.",
    ),
)
DISK_MESSAGE = Message(
    "store_disk",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full or failing: the last change was NOT saved. Earlier sales and receipts "
        "are safe. Free disk space or call for service, then try again.",
    ),
)
RECEIPT_DISK_MESSAGE = Message(
    "store_disk_receipt",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full or failing: the receipt was NOT saved and the sale is still open. Free "
        "disk space or call for service, then try again.",
    ),
)
READONLY_MESSAGE = Message(
    "store_readonly",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database cannot be written to (read-only file or folder). Nothing was saved; call "
        "for service.",
    ),
)
CORRUPT_MESSAGE = Message(
    "store_corrupt",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database file is damaged or is not a till database. Do not delete it; call for "
        "service.",
    ),
)
CANTOPEN_MESSAGE = Message(
    "store_cantopen",
    QT_TRANSLATE_NOOP(
        "Errors", "The database file cannot be opened. Check the disk and the folder's permissions."
    ),
)
REFUSED_MESSAGE = Message(
    "store_refused", QT_TRANSLATE_NOOP("Errors", "The database refused the change: {reason}")
)
GENERIC_MESSAGE = Message(
    "store_error",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The database reported an error; nothing was saved. Try again or call for service.",
    ),
)


class StoreError(TillError):
    """A database problem, worded for the cashier; `detail` holds sqlite's own text."""

    code = "store_error"


class SequenceNumberTaken(StoreError):
    """Another caller stored a receipt with this sequence number first; ask for the next one."""

    code = "sequence_number_taken"


class CopyExists(StoreError):
    """The receipt already has its one copy (SKVFS 2014:9 6 kap. 3 §)."""

    code = "copy_exists"


class ReturnRefused(StoreError):
    """A return the rules do not allow: no such original, not a normal sale, or more than sold."""

    code = "return_refused"


class PeriodClosed(StoreError):
    """A Z report for a period with no registration: the period is already closed."""

    code = "period_closed"


def store_error(exc: sqlite3.Error, *, disk_message: Message = DISK_MESSAGE) -> StoreError:
    """Translate a sqlite3 error into a StoreError with a plain message and a code."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    detail = f"{name}: {exc}" if name else f"{type(exc).__name__}: {exc}"
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return StoreError(BUSY_MESSAGE, detail=detail)
    if name.startswith(("SQLITE_FULL", "SQLITE_IOERR")) or "disk is full" in text:
        return StoreError(disk_message, detail=detail)
    if name.startswith("SQLITE_READONLY"):
        return StoreError(READONLY_MESSAGE, detail=detail)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreError(CORRUPT_MESSAGE, detail=detail)
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(CANTOPEN_MESSAGE, detail=detail)
    if name.startswith("SQLITE_CONSTRAINT") or isinstance(exc, sqlite3.IntegrityError):
        return StoreError(REFUSED_MESSAGE, reason=str(exc), detail=detail)
    return StoreError(GENERIC_MESSAGE, detail=detail)


class TillConnection(sqlite3.Connection):
    """The till's connection carries the journal key, so journal.append signs every row, and
    the kinds journaled since the last commit, for the journal anchor (journal_anchor.py).
    `clock`, if set, is the time journal rows and documents are stamped with (journal.now_text):
    None, the computer's clock, except for a generator that writes past days (till.benchmark)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.journal_key: bytes | None = None
        self.appended_kinds: set[str] = set()
        self.clock: Callable[[], datetime] | None = None


class Database:
    """One connection shared by the checkout worker and, rarely, the Qt thread.

    isolation_level=None turns off sqlite3's implicit transactions so BEGIN/COMMIT are ours;
    the RLock keeps one thread's transaction from interleaving with another thread's reads.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self.lock = threading.RLock()
        # Called after each COMMIT, under the lock; must not raise (the data is committed).
        self.after_commit: Callable[[], None] | None = None
        self._batched = False  # inside batch(): each transaction() is a savepoint of it

    @classmethod
    def open(cls, path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> Database:
        path = Path(path)
        try:
            _private_folder(path.parent)
            _private_file(path)
        except (OSError, ValueError) as exc:  # ValueError: a NUL character in the path
            raise StoreError(CANTOPEN_MESSAGE, detail=str(exc)) from exc
        try:
            conn = sqlite3.connect(
                str(path),
                timeout=busy_timeout,
                isolation_level=None,
                check_same_thread=False,
                factory=TillConnection,
            )
        except sqlite3.Error as exc:
            raise store_error(exc) from exc
        db = cls(conn, path)
        try:
            db._configure(busy_timeout)
            db._migrate()
        except BaseException:
            conn.close()
            raise
        # SQLite gives a new -wal/-shm the database file's mode; older ones are fixed here.
        for companion in ("-wal", "-shm"):
            _tighten(path.with_name(path.name + companion))
        return db

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def _configure(self, busy_timeout: float) -> None:
        conn = self.conn
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                # Still durable with synchronous=FULL, only slower; not worth refusing to start.
                log.warning("SQLite refused WAL mode for %s (got %s)", self.path, mode)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # Without this, INSERT OR REPLACE deletes rows without firing the refusing triggers.
            conn.execute("PRAGMA recursive_triggers = ON")
        except sqlite3.Error as exc:
            raise store_error(exc) from exc
        # SQLite's lower() only folds ASCII; Swedish names need å/ä/ö folded too.
        conn.create_function("till_fold", 1, _fold, deterministic=True)

    def _migrate(self) -> None:
        """Apply each missing migration in its own transaction; a no-op when up to date."""
        known = len(MIGRATIONS)
        while True:
            with self.transaction():
                version = self.conn.execute("PRAGMA user_version").fetchone()[0]
                if version > known:
                    raise StoreError(
                        STORE_TOO_NEW,
                        version=version,
                        known=known,
                        detail=f"user_version={version} known={known} path={self.path}",
                    )
                if version == known:
                    return
                for statement in MIGRATIONS[version]:
                    self.conn.execute(statement)
                # user_version is part of the database header, so it commits with the migration.
                self.conn.execute(f"PRAGMA user_version = {version + 1}")
            log.info("migrated %s to schema %d", self.path, version + 1)

    @contextmanager
    def transaction(self, *, disk_message: Message = DISK_MESSAGE) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT: takes the write lock up front so a later statement
        cannot fail with SQLITE_BUSY halfway; any error rolls everything back. Inside batch(),
        a savepoint: an error undoes this call's writes; the batch commits the rest."""
        with self.lock:
            if self._batched:
                with self._savepoint(disk_message) as conn:
                    yield conn
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback()
                if isinstance(exc, sqlite3.Error):
                    raise store_error(exc, disk_message=disk_message) from exc
                raise
            if self.after_commit is not None:
                self.after_commit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many write calls in one transaction, committed together at the end (each call a
        savepoint). For bulk writing only (the benchmark's generator): the till's own calls
        are each durable when they return, so the till never batches."""
        with self.lock:
            if self._batched:
                raise RuntimeError("a batch is open already")
            with self.transaction():
                self._batched = True
                try:
                    yield
                finally:
                    self._batched = False

    @contextmanager
    def _savepoint(self, disk_message: Message) -> Iterator[sqlite3.Connection]:
        try:
            self.conn.execute("SAVEPOINT store_call")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO store_call")
                raise
            finally:
                self.conn.execute("RELEASE store_call")
        except sqlite3.Error as exc:
            raise store_error(exc, disk_message=disk_message) from exc

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A deferred transaction so multi-query reads see one consistent snapshot (inside
        batch(), the batch's own)."""
        with self.lock:
            if self._batched:
                yield self.conn
                return
            try:
                self.conn.execute("BEGIN")
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                self._rollback()
                if isinstance(exc, sqlite3.Error):
                    raise store_error(exc) from exc
                raise

    def _rollback(self) -> None:
        # SQLite may already have rolled back by itself (e.g. after SQLITE_FULL).
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                log.exception("rollback failed")


# Receipts, the journal and the manager PIN's hash are the till's user's alone (POSIX modes;
# Windows keeps the ACL the user's profile folder gives).
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def _private_folder(folder: Path) -> None:
    """Create the folder as 0700; a folder that exists is the shop's choice and left alone."""
    if folder.is_dir():
        return
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=FOLDER_MODE)
    except FileExistsError:  # another till process made it first
        return
    if os.name == "posix":
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode passes through the umask


def _private_file(path: Path) -> None:
    """Create the database file as 0600 before SQLite does (SQLite would use 0644 & ~umask),
    or tighten an existing one."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        _tighten(path)
    else:
        os.close(fd)


def _tighten(path: Path) -> None:
    if os.name != "posix":
        return
    try:
        mode = os.stat(path).st_mode & 0o777
        if mode != FILE_MODE:
            os.chmod(path, FILE_MODE)
            log.info("%s was mode %o, now %o", path, mode, FILE_MODE)
    except FileNotFoundError:
        pass
    except OSError as exc:  # e.g. owned by another user: the till still works, say so in the log
        log.warning("cannot make %s private: %s", path, exc)


def _fold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value
