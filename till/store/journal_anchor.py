"""The journal's anchor outside the database, and the check the till makes at every start.

A database can be copied and put back, emptied, or cut short together with the records its
last rows name, and still look consistent in itself. So the till keeps, beside the journal key
in the operating system's keyring (till/secrets.py, entry "journal anchor REGISTER"):

  head          the newest journal row the till saw committed (id and hash) and the row count;
  verified      the newest row the start-up check (or a full `till-admin journal verify`)
                found sound: the next start checks only the rows after it;
  first_signed  the first row signed with the key (rows before it predate the key).

When it is written: after the transaction that journals a receipt, cash invoice, copy, Z report,
voided sale, drawer opening or the till's start, after every ANCHOR_EVERY other rows, and when
the store closes: one keyring write (a D-Bus call on Linux) per receipt is cheap next to the
control unit's answer; one per scanned item would not be. A till killed between a commit and
the anchor write leaves the database ahead of the anchor, which is normal: the anchor is a floor.

At start (`check_at_start`), with an anchor:
  - the database file missing, empty, or holding fewer rows than the anchor's count;
  - the anchor's head row with another hash (rewritten, or another register's database);
  - the first signed row without its signature (signatures stripped to re-hash the chain);
  - any id gap; and every row after `verified` checked as journal.verify does: chain,
    signatures, the records those rows name field by field, and the record counts.
Without an anchor (the first start with this keyring) every row is checked. Any problem stops
the start: JournalNotTrusted says what was found and what to do. Nothing is written to a
database that failed the check. A manager who knowingly starts anew (a backup put back on
purpose, a new database) runs `till-admin journal reset-anchor`, which journals the reset with
the old anchor, what was found and the reason, and anchors the database as it is.

An edit to a row or record already checked at an earlier start is found by the full check,
`till-admin journal verify`, not at start: that is the price of not re-reading years of rows.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from till import secrets
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.store import journal as journal_mod
from till.store.journal import Head, JournalReport, utc_now

if TYPE_CHECKING:
    from till.store.repository import TillStore

log = logging.getLogger(__name__)

ANCHOR_VERSION = 1
ANCHOR_KINDS = frozenset(
    {
        "receipt",
        "cash_invoice",
        "receipt_copy",
        "z_report",
        "sale_voided",
        "drawer_opened",
        "till_started",
        "journal_anchor_reset",
    }
)
ANCHOR_EVERY = 50
SHOWN_PROBLEMS = 8  # in the start-up message; till-admin journal verify prints them all

# The problems are the journal check's own lines (technical, for service), listed as they are.
NOT_TRUSTED = Message(
    "journal_not_trusted",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The till did not open for sales: its journal failed the check at start.\n\n{problems}\n\n"
        "Nothing was changed. Do not delete or replace the database ({path}); call for service. "
        "`till-admin journal verify` lists every problem. If the database was put back or started "
        "anew on purpose, a manager accepts it with `till-admin journal reset-anchor --reason "
        '"..."`, which is journaled.',
    ),
)


class JournalNotTrusted(TillError):
    """The start-up check found the journal broken, or the database missing or rolled back."""

    code = "journal_not_trusted"

    def __init__(self, problems: list[str], path: Path) -> None:
        shown = [f"- {p}" for p in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            shown.append(f"- \u2026 (+{len(problems) - SHOWN_PROBLEMS})")  # no words: any language
        super().__init__(
            NOT_TRUSTED, problems="\n".join(shown), path=path, detail="; ".join(problems)
        )
        self.problems = list(problems)


@dataclass(frozen=True, slots=True)
class Anchor:
    head: Head
    rows: int
    verified: Head
    first_signed: int | None
    database: str
    saved_at: str

    def record(self) -> dict[str, Any]:
        return {
            "version": ANCHOR_VERSION,
            "head": {"id": self.head.id, "hash": self.head.hash},
            "rows": self.rows,
            "verified": {"id": self.verified.id, "hash": self.verified.hash},
            "first_signed": self.first_signed,
            "database": self.database,
            "saved_at": self.saved_at,
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Anchor:
        """Raises ValueError for anything but a well-formed anchor of this version."""
        try:
            if record["version"] != ANCHOR_VERSION:
                raise ValueError(f"anchor version {record['version']!r}")
            first = record["first_signed"]
            anchor = cls(
                head=_head(record["head"]),
                rows=record["rows"],
                verified=_head(record["verified"]),
                first_signed=first,
                database=str(record["database"]),
                saved_at=str(record["saved_at"]),
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"anchor field {exc}") from None
        if not (
            isinstance(anchor.rows, int)
            and 0 <= anchor.verified.id <= anchor.head.id <= anchor.rows
            and (first is None or (isinstance(first, int) and first >= 1))
        ):
            raise ValueError("anchor figures out of order")
        return anchor


def _head(value: dict[str, Any]) -> Head:
    row_id, digest = value["id"], value["hash"]
    if not isinstance(row_id, int) or not isinstance(digest, str):
        raise TypeError("head")
    return Head(row_id, digest)


class JournalAnchor:
    """The register's anchor in the keyring: read at start, kept up to date while the till runs."""

    def __init__(self, register_id: str, database: Path) -> None:
        self.register_id = register_id
        self.database = Path(database)
        self._saved: Anchor | None = None
        self._head: Head | None = None
        self._rows_at_write = 0
        self._first_signed: int | None = None

    def load(self) -> Anchor | None:
        """The stored anchor; raises JournalNotTrusted if it is damaged."""
        record = secrets.journal_anchor(self.register_id)
        if record is None:
            return None
        try:
            self._saved = Anchor.from_record(record)
        except ValueError as exc:
            raise JournalNotTrusted(
                [f"the journal anchor in the keyring is damaged ({exc})"], self.database
            ) from None
        return self._saved

    def save(self, head: Head | None, *, verified: Head | None, first_signed: int | None) -> None:
        """Write the anchor: head and count from the database, `verified` as checked."""
        empty = Head(0, "")
        before = self._saved
        anchor = Anchor(
            head=head or empty,
            rows=head.id if head else 0,
            verified=verified or (before.verified if before else empty),
            first_signed=first_signed,
            database=str(self.database),
            saved_at=utc_now(),
        )
        secrets.set_journal_anchor(self.register_id, anchor.record())
        self._saved, self._head, self._rows_at_write = anchor, head, anchor.rows

    # -- while the till runs (TillStore.watch_journal) -------------------------------------------

    def committed(self, conn: sqlite3.Connection) -> None:
        """After each commit: note the new head; write it out after a registration."""
        kinds: set[str] = getattr(conn, "appended_kinds", set())
        if not kinds:
            return
        due = bool(kinds & ANCHOR_KINDS)
        kinds.clear()
        self._head = journal_mod.head(conn)
        if self._saved is not None and self._saved.first_signed is None:
            # The first row this keyed till signed: looked up once per database.
            self._first_signed = first_signed(conn)
            due = due or self._first_signed is not None
        if self._head is not None and (due or self._head.id - self._rows_at_write >= ANCHOR_EVERY):
            self._write()

    def closing(self, conn: sqlite3.Connection) -> None:
        self._head = journal_mod.head(conn)
        if self._head is not None and self._head.id != self._rows_at_write:
            self._write()

    def _write(self) -> None:
        saved = self._saved
        try:
            self.save(
                self._head,
                verified=saved.verified if saved else None,
                first_signed=(saved.first_signed if saved else None) or self._first_signed,
            )
        except Exception:  # the receipt is committed; the next write tries again
            log.warning("could not write the journal anchor to the keyring", exc_info=True)


# -- the checks -----------------------------------------------------------------------------------


def missing_database(anchor: JournalAnchor, saved: Anchor | None) -> str | None:
    """The problem if the database file is gone though the register has written to it."""
    if saved is None or saved.rows == 0 or anchor.database.exists():
        return None
    return (
        f"the database file {anchor.database} does not exist, but this register had written "
        f"{saved.rows} journal rows to it (last saved {saved.saved_at})"
    )


def inspect(conn: sqlite3.Connection, saved: Anchor | None, *, full: bool) -> JournalReport:
    """The journal against the anchor, then its rows: all of them (full, or no anchor) or those
    after the anchor's verified row. One read snapshot (TillStore.check_journal)."""
    from till.store.journal_records import Comparer

    if full or saved is None or saved.verified.id <= 0:
        count, low, high = conn.execute(
            "SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0) FROM journal"
        ).fetchone()
    else:
        # At start, nothing that reads ten years of rows: ids run 1..n (the append trigger), so
        # the last id stands for the count; the walk from the verified row finds a gap after
        # it, the full verify (till-admin journal verify) one before it.
        (high,) = conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()
        count, low = high, 1 if high else 0
    found = [] if saved is None else _against_anchor(conn, saved, count)
    if count and (low != 1 or high != count):
        found.append(
            f"the journal has {count} rows numbered {low}..{high}: rows are missing (removed)"
        )
    incremental = not full and not found and saved is not None and saved.verified.id > 0
    after = saved.verified if incremental and saved is not None else None
    report = journal_mod.verify(conn, after=after, compare=Comparer())
    if saved is None and not report.ok and _signed(conn):
        found.append(
            "there is no journal anchor in this computer's keyring, though the journal is signed: "
            "the keyring was reset, or the database comes from another computer"
        )
    report.problems[:0] = found
    return report


def _against_anchor(conn: sqlite3.Connection, saved: Anchor, count: int) -> list[str]:
    when = f"last saved {saved.saved_at}"
    if count == 0 and saved.rows > 0:
        return [
            f"the database is empty, but this register had written {saved.rows} journal rows "
            f"({when}): it was replaced or emptied"
        ]
    found = []
    if count < saved.rows:
        found.append(
            f"the database holds {count} journal rows, fewer than the {saved.rows} this register "
            f"had written ({when}): rows were removed, or an older copy of the database was put "
            "back"
        )
    if saved.head.id > 0:
        row = conn.execute("SELECT hash FROM journal WHERE id = ?", (saved.head.id,)).fetchone()
        if row is not None and row[0] != saved.head.hash:
            found.append(
                f"journal row {saved.head.id} is not the row this register wrote ({when}): the "
                "journal was rewritten, or this is another register's database"
            )
    if saved.first_signed is not None:
        row = conn.execute("SELECT mac FROM journal WHERE id = ?", (saved.first_signed,)).fetchone()
        if row is not None and row[0] is None:
            found.append(
                f"journal row {saved.first_signed} was signed with the till's key and is not any "
                "more: the signatures were stripped and the journal rewritten"
            )
    return found


def _signed(conn: sqlite3.Connection) -> bool:
    return first_signed(conn) is not None


def first_signed(conn: sqlite3.Connection) -> int | None:
    """The first row with a signature (a scan up to it: rows before the key are few or none)."""
    row = conn.execute("SELECT id FROM journal WHERE mac IS NOT NULL ORDER BY id LIMIT 1")
    found = row.fetchone()
    return None if found is None else found[0]


def check_at_start(store: TillStore, anchor: JournalAnchor) -> JournalReport:
    """The start-up check. Raises JournalNotTrusted on any problem; otherwise moves the anchor's
    verified row to the head and keeps the anchor up to date from now on."""
    saved = anchor.load()
    report = store.check_journal(lambda conn: inspect(conn, saved, full=False))
    if not report.ok:
        log.error("journal check at start: %s", "; ".join(report.problems))
        raise JournalNotTrusted(report.problems, anchor.database)
    first = saved.first_signed if saved and saved.first_signed else report.first_signed
    anchor.save(report.head, verified=report.head, first_signed=first)
    store.watch_journal(anchor)
    return report


def full_check(store: TillStore, anchor: JournalAnchor, *, saved: Anchor | None) -> JournalReport:
    """Every row and record, and the anchor `saved` (`till-admin journal verify`). When all is
    well the anchor's verified row moves to the head, so the next start checks only newer rows."""
    report = store.check_journal(lambda conn: inspect(conn, saved, full=True))
    if report.ok:
        anchor.save(report.head, verified=report.head, first_signed=report.first_signed)
    return report


def reset_anchor(store: TillStore, anchor: JournalAnchor, *, reason: str) -> Anchor:
    """A manager accepts the database as it is: journaled with the old anchor, what the check
    found and the reason; then the anchor is made anew from this database."""
    try:
        saved = anchor.load()
        previous: dict[str, Any] | None = None if saved is None else saved.record()
    except JournalNotTrusted:
        saved, previous = None, secrets.journal_anchor(anchor.register_id)
    report = store.check_journal(lambda conn: inspect(conn, saved, full=True))
    store.journal(
        "journal_anchor_reset",
        {
            "reason": reason,
            "previous_anchor": previous,
            "problems": report.problems[:50],
            "problem_count": len(report.problems),
        },
        register_id=anchor.register_id,
    )
    head = store.check_journal(journal_mod.head)
    anchor.save(head, verified=head, first_signed=store.check_journal(first_signed))
    assert anchor._saved is not None
    return anchor._saved
