"""The card terminal's administrative commands, for the GUI and `till-admin terminal`.

Which commands there are and what they send is the terminal adapter's (for Wallee:
adapters/wallee/admin.py); here each run gets the terminal's counter from the store and is
journaled. A result holds what the terminal printed and a readable summary of its answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from till.checkout.ports import (
    AdminCommand,
    AdminResult,
    PaymentTerminal,
    SilentPrompts,
    TerminalPrompts,
)
from till.store import TillStore

__all__ = ["AdminCommand", "AdminResult", "TerminalAdmin"]


class TerminalAdmin:
    def __init__(
        self,
        *,
        store: TillStore,
        terminal: PaymentTerminal,
        register_id: str,
        in_store: Callable[..., Awaitable[Any]],
    ) -> None:
        self._store = store
        self.terminal = terminal
        self._register_id = register_id
        self._in_store = in_store

    @property
    def commands(self) -> tuple[AdminCommand, ...]:
        return self.terminal.admin_commands()

    async def run(self, name: str, prompts: TerminalPrompts | None = None) -> AdminResult:
        """Run one admin command. Raises ValueError for an unknown one, TillError (e.g.
        TerminalUnavailable) when the terminal cannot be asked."""
        if all(c.name != name for c in self.commands):
            raise ValueError(f"unknown terminal command {name!r}")
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

    async def _journal(self, name: str, *, ok: bool, error: str) -> None:
        await self._in_store(
            self._store.journal,
            "terminal_admin",
            {"command": name, "ok": ok, "error": error, "terminal": self.terminal.address},
            register_id=self._register_id,
        )
