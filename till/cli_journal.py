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

from till.core.errors import TillError
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
            print(f"There is no database at {anchor.database} yet: nothing to check.")
            return 0
        return _verdict([*problems, missing or f"{anchor.database} does not exist"], 0)
    store = TillStore.open(anchor.database)
    try:
        report = full_check(store, anchor, saved=saved)
    finally:
        store.close()
    problems += report.problems
    if not problems and report.head is not None:
        print(f"Journal head: row {report.head.id}, hash {report.head.hash}")
    return _verdict(problems, report.rows_checked)


def _verdict(problems: list[str], rows: int) -> int:
    for problem in problems:
        print(f"PROBLEM: {problem}")
    if not problems:
        print(f"Journal intact: {rows} rows checked.")
        return 0
    print(f"Journal NOT intact: {len(problems)} problems in {rows} rows.")
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
        raise TillError("Give the reason with --reason; it is journaled.", code="no_reason")
    anchor = JournalAnchor(settings.shop.register_id, Path(settings.database))
    saved, damaged = _load(anchor)
    if saved is not None:
        print(
            f"The keyring's anchor for register {anchor.register_id}: {saved.rows} journal rows, "
            f"head row {saved.head.id} (saved {saved.saved_at})."
        )
    elif damaged:
        print(f"The keyring's anchor for register {anchor.register_id} is damaged.")
    else:
        print(f"There is no anchor for register {anchor.register_id} in the keyring.")
    exists = anchor.database.exists()
    print(
        f"The database {anchor.database} "
        + ("will be used as it is." if exists else "does not exist and will be made anew, empty.")
    )
    print(
        "From now on the till checks the journal against this database. The reset is journaled "
        "with the old anchor, what the check finds and your reason."
    )
    print(f"Type {CONFIRM_WORD} to go on: ", end="", flush=True)
    try:
        answer = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError, UnicodeDecodeError):
        answer = ""
    if answer.strip() != CONFIRM_WORD:
        print("Nothing was changed.")
        return 1
    store = TillStore.open(anchor.database)
    try:
        _manager_approves(store, settings, console_manager())
        new = reset_anchor(store, anchor, reason=reason)
    finally:
        store.close()
    print(
        f"Anchor reset: register {anchor.register_id}'s journal is anchored at row {new.head.id} "
        f"(hash {new.head.hash}); the reset is that row in the journal."
    )
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
