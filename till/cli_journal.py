"""till-admin journal verify | reset-anchor: the journal's full check and the manager's reset.

Both open the database themselves: a missing database is reported (verify) or made anew only
after the manager confirmed it (reset-anchor), never created by the check itself.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

from till.cli_texts import ADMIN, tell, text
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.settings import Settings
from till.store import TillStore
from till.store.journal_anchor import (
    Anchor,
    JournalAnchor,
    JournalNotTrusted,
    full_check,
    missing_database,
    reset_anchor,
)

ADMIN_REASON_NEEDED = Message(
    "admin_reason_needed",
    QT_TRANSLATE_NOOP("Errors", "Give the reason with --reason; it is journaled."),
)

# What till-admin says on the console (cli_texts.py prints them in the shop's language).
NO_DATABASE_YET = Message(
    "admin_no_database_yet",
    QT_TRANSLATE_NOOP("TillAdmin", "There is no database at {path} yet: nothing to check."),
    ADMIN,
)
NO_DATABASE = Message(
    "admin_no_database",
    QT_TRANSLATE_NOOP("TillAdmin", "{path} does not exist."),
    ADMIN,
)
JOURNAL_HEAD = Message(
    "admin_journal_head",
    QT_TRANSLATE_NOOP("TillAdmin", "Journal head: row {row}, hash {hash}"),
    ADMIN,
)
PROBLEM = Message(
    "admin_problem",
    QT_TRANSLATE_NOOP("TillAdmin", "PROBLEM: {problem}"),
    ADMIN,
)
JOURNAL_INTACT = Message(
    "admin_journal_intact",
    QT_TRANSLATE_NOOP("TillAdmin", "Journal intact: {rows} rows checked."),
    ADMIN,
)
JOURNAL_NOT_INTACT = Message(
    "admin_journal_not_intact",
    QT_TRANSLATE_NOOP("TillAdmin", "Journal NOT intact: {problems} problems in {rows} rows."),
    ADMIN,
)
ANCHOR_SAVED = Message(
    "admin_anchor_saved",
    QT_TRANSLATE_NOOP(
        "TillAdmin",
        "The keyring's anchor for register {register}: {rows} journal rows, head row {row} (saved "
        "{saved_at}).",
    ),
    ADMIN,
)
ANCHOR_DAMAGED = Message(
    "admin_anchor_damaged",
    QT_TRANSLATE_NOOP("TillAdmin", "The keyring's anchor for register {register} is damaged."),
    ADMIN,
)
NO_ANCHOR = Message(
    "admin_no_anchor",
    QT_TRANSLATE_NOOP("TillAdmin", "There is no anchor for register {register} in the keyring."),
    ADMIN,
)
DATABASE_KEPT = Message(
    "admin_database_kept",
    QT_TRANSLATE_NOOP("TillAdmin", "The database {path} will be used as it is."),
    ADMIN,
)
DATABASE_ANEW = Message(
    "admin_database_anew",
    QT_TRANSLATE_NOOP(
        "TillAdmin", "The database {path} does not exist and will be made anew, empty."
    ),
    ADMIN,
)
RESET_EXPLAINED = Message(
    "admin_reset_explained",
    QT_TRANSLATE_NOOP(
        "TillAdmin",
        "From now on the till checks the journal against this database. The reset is journaled "
        "with the old anchor, what the check finds and your reason.",
    ),
    ADMIN,
)
TYPE_TO_GO_ON = Message(
    "admin_type_to_go_on",
    QT_TRANSLATE_NOOP("TillAdmin", "Type {word} to go on:"),
    ADMIN,
)
NOTHING_CHANGED = Message(
    "admin_nothing_changed",
    QT_TRANSLATE_NOOP("TillAdmin", "Nothing was changed."),
    ADMIN,
)
ANCHOR_RESET = Message(
    "admin_anchor_reset",
    QT_TRANSLATE_NOOP(
        "TillAdmin",
        "Anchor reset: register {register}'s journal is anchored at row {row} (hash {hash}); the "
        "reset is that row in the journal.",
    ),
    ADMIN,
)

CONFIRM_WORD = "RESET"


def add_commands(journal_commands: argparse._SubParsersAction) -> None:
    reset = journal_commands.add_parser(
        "reset-anchor",
        help="accept the database as it is as the register's journal (after a backup was put "
        "back or the register started anew on purpose); journaled",
    )
    reset.add_argument("--reason", required=True, help="why, for the journal")


def journal_verify(settings: Settings, args: argparse.Namespace) -> int:
    """Every row, signature and record, and the anchor in the keyring; exit 1 on any problem."""
    anchor = JournalAnchor(settings.shop.register_id, Path(settings.database))
    saved, problems = _load(anchor)
    if not anchor.database.exists():
        missing = missing_database(anchor, saved)
        if missing is None and not problems:  # a register that never wrote: nothing to check
            tell(NO_DATABASE_YET, path=anchor.database)
            return 0
        return _verdict([*problems, missing or text(NO_DATABASE, path=anchor.database)], 0)
    store = TillStore.open(anchor.database)
    try:
        report = full_check(store, anchor, saved=saved)
    finally:
        store.close()
    problems += report.problems
    if not problems and report.head is not None:
        tell(JOURNAL_HEAD, row=report.head.id, hash=report.head.hash)
    return _verdict(problems, report.rows_checked)


def _verdict(problems: list[str], rows: int) -> int:
    for problem in problems:
        tell(PROBLEM, problem=problem)
    if not problems:
        tell(JOURNAL_INTACT, rows=rows)
        return 0
    tell(JOURNAL_NOT_INTACT, problems=len(problems), rows=rows)
    return 1


def _load(anchor: JournalAnchor) -> tuple[Anchor | None, list[str]]:
    try:
        return anchor.load(), []
    except JournalNotTrusted as error:
        return None, list(error.problems)


def journal_reset_anchor(
    settings: Settings, args: argparse.Namespace, *, console_manager: Callable[[], object]
) -> int:
    reason = args.reason.strip()
    if not reason:
        raise TillError(ADMIN_REASON_NEEDED)
    anchor = JournalAnchor(settings.shop.register_id, Path(settings.database))
    saved, damaged = _load(anchor)
    if saved is not None:
        tell(
            ANCHOR_SAVED,
            register=anchor.register_id,
            rows=saved.rows,
            row=saved.head.id,
            saved_at=saved.saved_at,
        )
    elif damaged:
        tell(ANCHOR_DAMAGED, register=anchor.register_id)
    else:
        tell(NO_ANCHOR, register=anchor.register_id)
    exists = anchor.database.exists()
    tell(DATABASE_KEPT if exists else DATABASE_ANEW, path=anchor.database)
    tell(RESET_EXPLAINED)
    print(text(TYPE_TO_GO_ON, word=CONFIRM_WORD) + " ", end="", flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError, UnicodeDecodeError):
        answer = ""
    if answer.strip() != CONFIRM_WORD:
        tell(NOTHING_CHANGED)
        return 1
    store = TillStore.open(anchor.database)
    try:
        _manager_approves(store, settings, console_manager())
        new = reset_anchor(store, anchor, reason=reason)
    finally:
        store.close()
    tell(ANCHOR_RESET, register=anchor.register_id, row=new.head.id, hash=new.head.hash)
    return 0


def _manager_approves(store: TillStore, settings: Settings, console: object) -> None:
    """The manager PIN, when one is set, through the till's own gate (journaled, lockout)."""
    if not store.has_manager_pin() and not store.users.any_manager():
        return
    from till.checkout.manager import ManagerGate

    async def in_store(function: Callable, *a: object, **kw: object) -> object:
        return function(*a, **kw)

    async def run() -> None:
        gate = ManagerGate(store=store, register_id=settings.shop.register_id, in_store=in_store)
        gate.prompt = console
        await gate.approve("resetting the journal anchor")

    asyncio.run(run())
