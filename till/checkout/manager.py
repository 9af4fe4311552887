"""The one permission check for manager-only actions (training mode, a drawer opened without a
sale, returns, the Z report, settling a card payment by hand).

Until cashiers log in, a manager's PIN stands for the manager; it is kept only as a salted hash
in the store. Every approval and every refusal is journaled with the action it was for.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from till.core.errors import TillError
from till.store import TillStore

MAX_WRONG = 5  # wrong PINs in a row before the till stops asking for a while
LOCKOUT_SECONDS = 60.0


class ManagerPrompt(Protocol):
    """The UI asks for the PIN; None when the cashier cancels."""

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None: ...


class NotApproved(TillError):
    code = "not_approved"


class ManagerGate:
    def __init__(
        self,
        *,
        store: TillStore,
        register_id: str,
        in_store: Callable[..., Awaitable[Any]],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._register_id = register_id
        self._in_store = in_store
        self._clock = clock
        self.prompt: ManagerPrompt | None = None  # the UI sets itself here
        self._wrong = 0
        self._locked_until = 0.0

    async def approve(self, action: str, *, details: dict | None = None) -> None:
        """Return when a manager approved `action`; raise NotApproved otherwise. Journaled."""
        if self.prompt is None:
            raise NotApproved("A manager must approve this, and this till cannot ask for a PIN.")
        now = self._clock()
        if now < self._locked_until:
            wait = int(self._locked_until - now) + 1
            raise NotApproved(f"Too many wrong PINs: wait {wait} s before trying again.")
        if not await self._in_store(self._store.has_manager_pin):
            pin = await self.prompt.ask_manager_pin(action, first_time=True)
            if not pin:
                raise NotApproved(f"Not done: {action} needs a manager, and no PIN was set.")
            await self._in_store(self._store.set_manager_pin, pin, register_id=self._register_id)
        else:
            pin = await self.prompt.ask_manager_pin(action, first_time=False)
            if pin is None:
                raise NotApproved(f"Not done: {action} was not approved.")
            if not await self._in_store(self._store.check_manager_pin, pin):
                self._wrong += 1
                await self._journal("manager_refused", action, details)
                if self._wrong >= MAX_WRONG:
                    self._wrong = 0
                    self._locked_until = self._clock() + LOCKOUT_SECONDS
                raise NotApproved("Wrong manager PIN: not done.")
        self._wrong = 0
        await self._journal("manager_approved", action, details)

    async def _journal(self, kind: str, action: str, details: dict | None) -> None:
        await self._in_store(
            self._store.journal,
            kind,
            {"action": action, **(details or {})},
            register_id=self._register_id,
        )
