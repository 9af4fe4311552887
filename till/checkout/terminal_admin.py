"""The card terminal's administrative commands, for the GUI and `till-admin terminal`.

Which commands there are and what they send is the terminal adapter's (for Wallee:
adapters/wallee/admin.py); here each run gets the terminal's counter from the store and is
journaled. A result holds what the terminal printed and a readable summary of its answer.

Pairing. A terminal that is paired with the till (Point: SECURITY REGISTER with the entry code
shown on the terminal, the MAC key kept in the keyring) is paired and unpaired here, by a
manager only (checkout's ManagerGate), and both are journaled. Which terminal that is comes
from the wiring (`pairing`; by default the admin's terminal if it can be paired at all).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, Protocol, runtime_checkable

from till.checkout.manager import ManagerGate
from till.checkout.ports import (
    AdminCommand,
    AdminResult,
    PaymentTerminal,
    SilentPrompts,
    TerminalPrompts,
)
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.store import TillStore

ENTRY_CODE_INVALID = Message(
    "entry_code_invalid",
    QT_TRANSLATE_NOOP("Errors", "Type the entry code the terminal shows (digits only)."),
)
REG_VER_INVALID = Message(
    "reg_ver_invalid", QT_TRANSLATE_NOOP("Errors", "REG_VER must be 1 or 2, not {reg_ver}.")
)
NOT_PAIRABLE = Message(
    "not_pairable",
    QT_TRANSLATE_NOOP("Errors", "This terminal is not paired with the till."),
)


__all__ = ["AdminCommand", "AdminResult", "PairableTerminal", "TerminalAdmin"]

DEFAULT_REG_VER = 2  # OAEP: the newer of the two key-wrapping versions


@runtime_checkable
class PairableTerminal(Protocol):
    """A terminal the till pairs with (Point): `pair` returns the terminal's label for the
    pairing; it raises TillError subclasses with a message for the manager."""

    kind: str
    address: str

    async def pair(self, *, reg_ver: int = 1, entry_code: str | None = None) -> str: ...

    async def unpair(self) -> None: ...


# Commands that change the terminal rather than ask it: a manager's (issue 9). Pairing and
# unpairing always ask a manager (pair, unpair below).
MANAGER_COMMANDS = frozenset({"deactivate", "end-of-day"})


class TerminalAdmin:
    def __init__(
        self,
        *,
        store: TillStore,
        terminal: PaymentTerminal,
        register_id: str,
        in_store: Callable[..., Awaitable[Any]],
        pairing: PairableTerminal | None = None,
    ) -> None:
        self._store = store
        self.terminal = terminal
        self._register_id = register_id
        self._in_store = in_store
        if pairing is None and isinstance(terminal, PairableTerminal):
            pairing = terminal
        self.pairing = pairing  # the terminal "Pair" and "Unpair" act on, if any

    @property
    def commands(self) -> tuple[AdminCommand, ...]:
        return self.terminal.admin_commands()

    async def run(
        self,
        name: str,
        prompts: TerminalPrompts | None = None,
        *,
        manager: ManagerGate | None = None,
    ) -> AdminResult:
        """Run one admin command. Raises ValueError for an unknown one, TillError (e.g.
        TerminalUnavailable) when the terminal cannot be asked. With `manager`, a command that
        changes the terminal (MANAGER_COMMANDS) needs a manager once cashiers sign in."""
        if all(c.name != name for c in self.commands):
            raise ValueError(f"unknown terminal command {name!r}")
        if manager is not None and name in MANAGER_COMMANDS:
            await manager.approve_if_cashiers(f"terminal {name}")
        counter = await self._in_store(
            self._store.terminal_counter, self.terminal.kind, self._register_id
        )
        try:
            result = await self.terminal.admin(name, counter, prompts or SilentPrompts())
        except Exception as error:
            await self._journal(name, ok=False, error=str(error))
            raise
        await self._journal(name, ok=result.ok, error=result.error_code)
        return result

    async def pair(
        self, entry_code: str, *, manager: ManagerGate, reg_ver: int = DEFAULT_REG_VER
    ) -> str:
        """Pair the till with the terminal (a manager approves first). Returns the pairing's
        label. Raises NotApproved, TillError (wrong entry code, no keyring, no terminal)."""
        terminal = self._pairable()
        code = entry_code.strip()
        if not (code.isascii() and code.isdigit()):
            raise TillError(ENTRY_CODE_INVALID)
        if reg_ver not in (1, 2):
            raise TillError(REG_VER_INVALID, reg_ver=reg_ver)
        await manager.approve("pair the payment terminal", details={"terminal": terminal.address})
        try:
            label = await terminal.pair(reg_ver=reg_ver, entry_code=code)
        except Exception as error:
            await self._journal("pair", ok=False, error=str(error), terminal=terminal)
            raise
        await self._journal("pair", ok=True, error="", terminal=terminal, reg_ver=reg_ver)
        return label

    async def unpair(self, *, manager: ManagerGate) -> None:
        """Unpair the till from the terminal (a manager approves first): the key is forgotten."""
        terminal = self._pairable()
        await manager.approve("unpair the payment terminal", details={"terminal": terminal.address})
        try:
            await terminal.unpair()
        except Exception as error:
            await self._journal("unpair", ok=False, error=str(error), terminal=terminal)
            raise
        await self._journal("unpair", ok=True, error="", terminal=terminal)

    def _pairable(self) -> PairableTerminal:
        if self.pairing is None:
            raise TillError(NOT_PAIRABLE)
        return self.pairing

    async def _journal(
        self,
        name: str,
        *,
        ok: bool,
        error: str,
        terminal: PairableTerminal | PaymentTerminal | None = None,
        **more: Any,
    ) -> None:
        await self._in_store(
            self._store.journal,
            "terminal_admin",
            {
                "command": name,
                "ok": ok,
                "error": error,
                "terminal": (terminal or self.terminal).address,
                **more,
            },
            register_id=self._register_id,
        )


def with_pairing(
    admin: TerminalAdmin | None,
    klarna_terminal: PaymentTerminal | None,
    *,
    store: TillStore,
    register_id: str,
    in_store: Callable[..., Awaitable[Any]],
) -> TerminalAdmin | None:
    """The admin screen's TerminalAdmin with the Klarna terminal's pairing: on a register with
    Point only, one for it; beside Wallee, the card terminal's admin pairs the Point terminal."""
    if not isinstance(klarna_terminal, PairableTerminal):
        return admin
    if admin is None:
        return TerminalAdmin(
            store=store, terminal=klarna_terminal, register_id=register_id, in_store=in_store
        )
    if admin.pairing is None:
        admin.pairing = klarna_terminal
    return admin
