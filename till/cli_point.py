"""till-admin terminal point-pair | point-unpair: pairing the Verifone Point (Klarna) terminal.

A manager's act: the manager PIN first, through the till's own gate (journaled, wrong PINs count
toward the lockout), then SECURITY REGISTER with the code the terminal shows (REG_VER 1 sends
it, REG_VER 2 checks the terminal's echo of it) and TEST_MAC; only a working pairing reaches the
keyring (till/adapters/point/pairing.py). Unpairing is SECURITY UNREGISTER, then the keyring
forgets the MAC key. Both go through checkout's TerminalAdmin, as on the till's terminal admin
screen: each try is journaled as `terminal_admin` ("pair", "unpair"), refused or not.
"""

from __future__ import annotations

import argparse
import asyncio
import re
from collections.abc import Callable
from typing import Any

from till.checkout.terminal_admin import DEFAULT_REG_VER
from till.cli_texts import ADMIN, tell
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.settings import Settings
from till.store import TillStore

ADMIN_NO_ENTRY_CODE = Message(
    "admin_no_entry_code",
    QT_TRANSLATE_NOOP(
        "Errors", "Give the code the Klarna terminal shows with --entry-code CODE ({pair})."
    ),
)
ADMIN_BAD_ENTRY_CODE = Message(
    "admin_bad_entry_code",
    QT_TRANSLATE_NOOP(
        "Errors", '"{code_value}" is not a pairing code: the 1 to 16 digits 0-9 the terminal shows.'
    ),
)
ADMIN_POINT_ADDRESS_FROM_SETTINGS = Message(
    "admin_point_address_from_settings",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{command} takes the Klarna terminal's address from the settings' [point] section, not "
        "from --host/--port.",
    ),
)


PAIR, UNPAIR = "point-pair", "point-unpair"
COMMAND_NAMES = (PAIR, UNPAIR)
ENTRY_CODE_PATTERN = r"[0-9]{1,16}"

NO_POINT = Message(
    "no_point_terminal",
    QT_TRANSLATE_NOOP(
        "Errors",
        "No Point (Klarna) terminal in the settings: add a [point] section with its host "
        "(`till-admin settings example` shows one).",
    ),
)


# What till-admin says on the console (cli_texts.py prints them in the shop's language).
PAIRED = Message(
    "admin_point_paired",
    QT_TRANSLATE_NOOP(
        "TillAdmin",
        "Paired with the Klarna terminal at {address} (MAC_LABEL {label}, REG_VER {reg_ver}); the "
        "MAC key is in the keyring.",
    ),
    ADMIN,
)
UNPAIRED = Message(
    "admin_point_unpaired",
    QT_TRANSLATE_NOOP("TillAdmin", "The Klarna terminal at {address} is unpaired from this till."),
    ADMIN,
)


def add_arguments(terminal: argparse.ArgumentParser) -> None:
    terminal.add_argument(
        "--entry-code",
        metavar="CODE",
        help=f"{PAIR}: the pairing code the Point terminal shows",
    )
    terminal.add_argument(
        "--reg-ver",
        type=int,
        choices=[1, 2],
        default=DEFAULT_REG_VER,
        help=f"{PAIR}: REGISTER version, 1 (RSA PKCS#1 v1.5) or 2 (RSA OAEP, the default)",
    )


def _entry_code(args: argparse.Namespace) -> str:
    code = (args.entry_code or "").strip()
    if not code:
        raise TillError(
            ADMIN_NO_ENTRY_CODE,
            pair=PAIR,
        )
    # re.ASCII: the terminal's keypad has digits 0-9, not "٣".
    if not re.fullmatch(ENTRY_CODE_PATTERN, code, re.ASCII):
        raise TillError(
            ADMIN_BAD_ENTRY_CODE,
            code_value=code[:20],
        )
    return code


def point_command(
    store: TillStore,
    settings: Settings,
    args: argparse.Namespace,
    *,
    console_manager: Callable[[], object],
) -> int:
    if settings.point is None:
        raise TillError(NO_POINT)
    if args.host is not None or args.port is not None:
        raise TillError(
            ADMIN_POINT_ADDRESS_FROM_SETTINGS,
            command=args.command,
        )
    entry_code = _entry_code(args) if args.command == PAIR else None
    from till.app import point_terminal
    from till.checkout.manager import ManagerGate
    from till.checkout.terminal_admin import TerminalAdmin

    register_id = settings.shop.register_id

    async def in_store(function: Callable[..., Any], *a: Any, **kw: Any) -> Any:
        return function(*a, **kw)  # till-admin does one thing at a time: no worker needed

    async def run() -> int:
        point = point_terminal(settings, store, in_store)
        assert point is not None
        # The same TerminalAdmin as the till's terminal admin screen: the gate, the journal.
        admin = TerminalAdmin(
            store=store, terminal=point, register_id=register_id, in_store=in_store
        )
        gate = ManagerGate(store=store, register_id=register_id, in_store=in_store)
        gate.prompt = console_manager()
        try:
            if entry_code is not None:
                label = await admin.pair(entry_code, manager=gate, reg_ver=args.reg_ver)
                tell(PAIRED, address=point.address, label=label, reg_ver=args.reg_ver)
            else:
                await admin.unpair(manager=gate)
                tell(UNPAIRED, address=point.address)
        finally:
            await point.close()
        return 0

    return asyncio.run(run())
