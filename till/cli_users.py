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

from till.checkout.actions import action_words
from till.cli_texts import ADMIN, tell, text
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.settings import Settings
from till.store import TillStore
from till.store.users import Role, User

ADMIN_NOTHING_TYPED = Message(
    "admin_nothing_typed",
    QT_TRANSLATE_NOOP("Errors", "Nothing was typed: standard input is closed or empty."),
)
ADMIN_USER_PINS_DIFFER = Message(
    "admin_user_pins_differ",
    QT_TRANSLATE_NOOP("Errors", "The two PINs differ: nothing was changed."),
)
ADMIN_NO_MANAGER_YET = Message(
    "admin_no_manager_yet",
    QT_TRANSLATE_NOOP("Errors", "There is no manager yet: add one first (--role manager)."),
)
ADMIN_NO_USERS_YET = Message(
    "admin_no_users_yet",
    QT_TRANSLATE_NOOP(
        "Errors", "There are no users yet: add the first manager (users add NAME --role manager)."
    ),
)
ADMIN_NO_SUCH_USER = Message(
    "admin_no_such_user", QT_TRANSLATE_NOOP("Errors", "There is no user {user}.")
)

# What till-admin says on the console (cli_texts.py prints them in the shop's language).
ASK_MANAGER = Message(
    "admin_ask_manager",
    QT_TRANSLATE_NOOP("TillAdmin", "Manager (name or number) for {action}:"),
    ADMIN,
)
ASK_PIN = Message("admin_ask_pin", QT_TRANSLATE_NOOP("TillAdmin", "PIN:"), ADMIN)
ASK_NEW_PIN = Message("admin_ask_new_pin", QT_TRANSLATE_NOOP("TillAdmin", "New PIN:"), ADMIN)
ASK_PIN_AGAIN = Message(
    "admin_ask_pin_again", QT_TRANSLATE_NOOP("TillAdmin", "The same PIN again:"), ADMIN
)
ADDED_MANAGER = Message(
    "admin_added_manager", QT_TRANSLATE_NOOP("TillAdmin", "Added {number} {name} (manager)."), ADMIN
)
ADDED_CASHIER = Message(
    "admin_added_cashier", QT_TRANSLATE_NOOP("TillAdmin", "Added {number} {name} (cashier)."), ADMIN
)
DISABLED = Message(
    "admin_disabled", QT_TRANSLATE_NOOP("TillAdmin", "Disabled {number} {name}."), ADMIN
)
NEW_PIN_SET = Message(
    "admin_new_pin_set", QT_TRANSLATE_NOOP("TillAdmin", "New PIN set for {number} {name}."), ADMIN
)
ROLE_WORDS = {
    Role.MANAGER: Message("admin_role_manager", QT_TRANSLATE_NOOP("TillAdmin", "manager"), ADMIN),
    Role.CASHIER: Message("admin_role_cashier", QT_TRANSLATE_NOOP("TillAdmin", "cashier"), ADMIN),
}
USER_DISABLED = Message("admin_user_disabled", QT_TRANSLATE_NOOP("TillAdmin", "(disabled)"), ADMIN)


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
        raise TillError(ADMIN_NOTHING_TYPED)
    return line.rstrip("\r\n")


def ask_manager_approval(action: str) -> tuple[str, str]:
    """A manager's name (or number) and PIN, for ConsoleManager.ask_manager_approval."""
    from till.cli import _read_pin

    who = read_line(text(ASK_MANAGER, action=action_words(action)) + " ")
    return who, _read_pin(text(ASK_PIN) + " ")


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

    pin = _read_pin(text(ASK_NEW_PIN) + " ")
    if _read_pin(text(ASK_PIN_AGAIN) + " ") != pin:
        raise TillError(ADMIN_USER_PINS_DIFFER)
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
            raise TillError(ADMIN_NO_MANAGER_YET)
        user = users.add(args.name, _new_pin(), Role.MANAGER, register_id=register_id)
        tell(ADDED_MANAGER, number=user.number, name=user.name)
        return 0
    if not users.any_manager():
        raise TillError(ADMIN_NO_USERS_YET)
    action = f"users {args.command}"
    manager = _manager(store, settings, action)
    users.set_current_user(manager)  # the change's journal row names the manager
    try:
        if args.command == "list":
            for user in users.list():
                role = text(ROLE_WORDS[Role(user.role)])
                state = "" if user.active else " " + text(USER_DISABLED)
                print(f"{user.number}\t{user.name}\t{role}{state}")
        elif args.command == "add":
            user = users.add(args.name, _new_pin(), Role(args.role), register_id=register_id)
            added = ADDED_MANAGER if user.role == Role.MANAGER else ADDED_CASHIER
            tell(added, number=user.number, name=user.name)
        elif args.command == "disable":
            user = users.disable(args.user, register_id=register_id)
            tell(DISABLED, number=user.number, name=user.name)
        else:
            if users.find(args.user) is None:
                raise TillError(ADMIN_NO_SUCH_USER, user=args.user)
            user = users.reset_pin(args.user, _new_pin(), register_id=register_id)
            tell(NEW_PIN_SET, number=user.number, name=user.name)
    finally:
        users.set_current_user(None)
    return 0
