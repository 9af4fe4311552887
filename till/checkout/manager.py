"""The one permission check for manager-only actions (training mode, a drawer opened without a
sale, returns, the Z report, settling a card payment by hand).

Once the store has a manager user (issue 9), a manager approves: the signed-in one, or one who
types their name and PIN (checkout/users.py, with a lockout per user). Before that, a single
manager's PIN stands for the manager; it is kept only as a salted hash in the store. Every
approval and every refusal is journaled with the action it was for. Five wrong PINs in a row
lock manager actions for a minute, in the database (store/pin_lockout.py): a restart does not
end the lockout, and `till-admin` counts toward the same one.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from till.checkout.actions import action_words
from till.checkout.users import Cashiers, User
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.store import TillStore
from till.store.pin_lockout import LOCKOUT_SECONDS, MAX_WRONG

MANAGER_CANNOT_ASK = Message(
    "manager_cannot_ask",
    QT_TRANSLATE_NOOP("Errors", "A manager must approve this, and this till cannot ask for a PIN."),
)
MANAGER_PIN_NOT_SET = Message(
    "manager_pin_not_set",
    QT_TRANSLATE_NOOP("Errors", "Not done: {action} needs a manager, and no PIN was set."),
)
MANAGER_NOT_APPROVED = Message(
    "manager_not_approved", QT_TRANSLATE_NOOP("Errors", "Not done: {action} was not approved.")
)
MANAGER_PIN_WRONG = Message(
    "manager_pin_wrong", QT_TRANSLATE_NOOP("Errors", "Wrong manager PIN: not done.")
)
MANAGER_PIN_LOCKED = Message(
    "manager_pin_locked",
    QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs: wait {wait} s before trying again."),
)


__all__ = ["LOCKOUT_SECONDS", "MAX_WRONG", "ManagerGate", "ManagerPrompt", "NotApproved"]


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
        clock: Callable[[], float] = time.time,  # wall clock: the lockout outlives the process
    ) -> None:
        self._store = store
        self._register_id = register_id
        self._in_store = in_store
        self._clock = clock
        self.prompt: ManagerPrompt | None = None  # the UI sets itself here
        # Cashiers (checkout/users.py): Checkout hands in its own, which knows who is signed
        # in; a gate made elsewhere (till-admin) still asks a manager once managers exist.
        self.users: Cashiers | None = Cashiers(
            store=store, register_id=register_id, in_store=in_store
        )

    async def approve(self, action: str, *, details: dict | None = None) -> User | None:
        """Return when a manager approved `action`: that manager, or None when the single
        manager PIN approved; raise NotApproved otherwise. Journaled.

        Once managers exist as users, one of them approves (checkout/users.py); the single
        manager PIN below is for a till without users yet."""
        if self.users is not None and not await self.users.needs_first_manager():
            return await self.users.approve(action, details, self.prompt)  # type: ignore[arg-type]
        if self.prompt is None:
            raise NotApproved(MANAGER_CANNOT_ASK)
        _refuse_while_locked(
            await self._in_store(self._store.manager_pin_locked_for, now=self._clock())
        )
        if not await self._in_store(self._store.has_manager_pin):
            pin = await self.prompt.ask_manager_pin(action, first_time=True)
            if not pin:
                raise NotApproved(MANAGER_PIN_NOT_SET, action=action_words(action))
            await self._in_store(self._store.set_manager_pin, pin, register_id=self._register_id)
            await self._journal("manager_approved", action, details)
            return None
        pin = await self.prompt.ask_manager_pin(action, first_time=False)
        if pin is None:
            raise NotApproved(MANAGER_NOT_APPROVED, action=action_words(action))
        # Counted before it is checked: parallel tries share the MAX_WRONG (store/pin_lockout.py).
        _refuse_while_locked(
            await self._in_store(self._store.reserve_manager_pin_try, now=self._clock())
        )
        right = await self._in_store(self._store.check_manager_pin, pin)
        data = {"action": action, **(details or {})}
        if not right:
            left = (await self._in_store(self._store.manager_pin_lockout)).seconds_left(
                self._clock()
            )
            if left > 0:
                data["locked_for_seconds"] = round(left)
        await self._in_store(
            self._store.finish_manager_pin_try,
            right,
            "manager_approved" if right else "manager_refused",
            data,
            register_id=self._register_id,
        )
        if not right:
            raise NotApproved(MANAGER_PIN_WRONG)
        return None

    async def approve_if_cashiers(self, action: str, *, details: dict | None = None) -> None:
        """Manager-only once cashiers sign in (checkout/users.py); on a till without users
        (before issue 9) anyone may, as before."""
        if self.users is not None and not await self.users.needs_first_manager():
            await self.users.approve(action, details, self.prompt)  # type: ignore[arg-type]

    async def _journal(self, kind: str, action: str, details: dict | None) -> None:
        await self._in_store(
            self._store.journal,
            kind,
            {"action": action, **(details or {})},
            register_id=self._register_id,
        )


def _refuse_while_locked(seconds_left: float) -> None:
    if seconds_left > 0:
        wait = int(seconds_left) + 1
        raise NotApproved(MANAGER_PIN_LOCKED, wait=wait)
