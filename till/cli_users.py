"""`till-admin users add|list|disable|reset-pin`: the till's cashiers and managers.

Every command but the very first `add` (which makes the first manager) needs a manager: their
name (or number) and PIN are asked on the console, checked by the same store call as the till
(journaled, five wrong PINs lock that manager, across programs and restarts). From a pipe each
answer is one line: the manager, the manager's PIN, then the new PIN twice where one is set.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from till.core.errors import TillError
from till.settings import Settings
from till.store import TillStore
from till.store.users import Role, User

if TYPE_CHECKING:
    from till.checkout.manager import ManagerGate

COMMAND_NAMES = ["add", "list", "disable", "reset-pin"]


def add_parser(groups: argparse._SubParsersAction) -> None:
    users = groups.add_parser("users", help="cashiers and managers (a manager's PIN)")
    sub = users.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="add a user (the first one is a manager)")
    add.add_argument("name")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.CASHIER.value)
    sub.add_parser("list", help="every user: number, name, role, active")
    disable = sub.add_parser("disable", help="a user can no longer sign in")
    disable.add_argument("user", help="name or number")
    reset = sub.add_parser("reset-pin", help="a new PIN (ends a lockout, enables again)")
    reset.add_argument("user", help="name or number")


def read_line(prompt: str) -> str:
    """One answer: a prompt on a terminal, one line from a pipe."""
    from till.cli import _interactive

    try:
        if _interactive():
            return input(prompt)
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (EOFError, OSError, ValueError, UnicodeDecodeError):
        line = ""
    if not line:
        raise TillError("Nothing was typed: standard input is closed or empty.", code="no_input")
    return line.rstrip("\r\n")


def ask_manager_approval(action: str) -> tuple[str, str]:
    """A manager's name (or number) and PIN, for ConsoleManager.ask_manager_approval."""
    from till.cli import _read_pin

    who = read_line(f"Manager (name or number) for {action}: ")
    return who, _read_pin("PIN: ")


def console_gate(store: TillStore, settings: Settings, console: object) -> ManagerGate:
    """The till's manager gate on the console: a manager's name and PIN once users exist."""
    from till.checkout.manager import ManagerGate

    async def in_store(function: Callable, *a: object, **kw: object) -> object:
        return function(*a, **kw)

    gate = ManagerGate(store=store, register_id=settings.shop.register_id, in_store=in_store)
    gate.prompt = console  # type: ignore[assignment]
    return gate


def _new_pin() -> str:
    from till.cli import _read_pin

    pin = _read_pin("New PIN: ")
    if _read_pin("The same PIN again: ") != pin:
        raise TillError("The two PINs differ: nothing was changed.")
    return pin


def _manager(store: TillStore, settings: Settings, action: str) -> User:
    who, pin = ask_manager_approval(action)
    return store.users.check_pin(
        who,
        pin,
        purpose="manager_approved",
        failed="manager_refused",
        register_id=settings.shop.register_id,
        details={"action": action},
        role=Role.MANAGER,
    )


def users_command(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    register_id = settings.shop.register_id
    users = store.users
    if args.command == "add" and not users.any_manager():
        if args.role != Role.MANAGER.value:
            raise TillError("There is no manager yet: add one first (--role manager).")
        user = users.add(args.name, _new_pin(), Role.MANAGER, register_id=register_id)
        print(f"Added {user.number} {user.name} (manager).")
        return 0
    if not users.any_manager():
        raise TillError(
            "There are no users yet: add the first manager (users add NAME --role manager)."
        )
    action = f"users {args.command}"
    manager = _manager(store, settings, action)
    users.set_current_user(manager)  # the change's journal row names the manager
    try:
        if args.command == "list":
            for user in users.list():
                state = "" if user.active else " (disabled)"
                print(f"{user.number}\t{user.name}\t{user.role}{state}")
        elif args.command == "add":
            user = users.add(args.name, _new_pin(), Role(args.role), register_id=register_id)
            print(f"Added {user.number} {user.name} ({user.role}).")
        elif args.command == "disable":
            user = users.disable(args.user, register_id=register_id)
            print(f"Disabled {user.number} {user.name}.")
        else:
            if users.find(args.user) is None:
                raise TillError(f"There is no user {args.user}.")
            user = users.reset_pin(args.user, _new_pin(), register_id=register_id)
            print(f"New PIN set for {user.number} {user.name}.")
    finally:
        users.set_current_user(None)
    return 0
