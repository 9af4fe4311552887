"""Who is at the till: signing in and out, switching cashier, the idle lock, and a manager's
approval on a cashier's screen.

Cashiers sign in with their name (or number) and PIN (store/users.py keeps the salted hashes and
the per-user lockout). While one is signed in, every journal row names them. Locking the
screen after an idle time is a sign-out (journaled with its reason); the open sale stays and the
next cashier to sign in carries on with it. Switching cashier is the same sign-out, asked for.

A manager-only action is approved at once when a manager is signed in; otherwise a manager
types their name and PIN on the cashier's screen, and that one approval is journaled naming
both. Until the first manager exists (an old database, a test rig), the ManagerGate keeps the
older single manager PIN (checkout/manager.py).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from till.checkout.actions import action_words
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.store import TillStore
from till.store.users import Role, SignInRefused, User

MANAGER_EXISTS = Message(
    "manager_exists",
    QT_TRANSLATE_NOOP("Errors", "There is already a manager: sign in instead."),
)
SIGN_IN_FIRST = Message("sign_in_first", QT_TRANSLATE_NOOP("Errors", "Sign in first."))
APPROVAL_CANNOT_ASK = Message(
    "approval_cannot_ask",
    QT_TRANSLATE_NOOP("Errors", "A manager must approve this, and this till cannot ask for a PIN."),
)
APPROVAL_REFUSED = Message(
    "approval_refused", QT_TRANSLATE_NOOP("Errors", "Not done: {action} was not approved.")
)
APPROVAL_FAILED = Message("approval_failed", QT_TRANSLATE_NOOP("Errors", "Not done: {why}"))
DISABLE_SELF = Message(
    "user_disable_self",
    QT_TRANSLATE_NOOP("Errors", "{name} cannot disable themselves: another manager must do it."),
)


__all__ = ["ApprovalPrompt", "Cashiers", "NotSignedIn", "Role", "SignInRefused", "User"]

DEFAULT_IDLE_SECONDS = 300.0
DEMO_MANAGER = ("Demo", "1234")  # `till --demo` signs in as this manager (README)


class NotSignedIn(TillError):
    code = "not_signed_in"


class ApprovalPrompt(Protocol):
    """The UI asks a manager for their name (or number) and PIN; None when cancelled."""

    async def ask_manager_approval(self, action: str) -> tuple[str, str] | None: ...


class Cashiers:
    def __init__(
        self,
        *,
        store: TillStore,
        register_id: str,
        in_store: Callable[..., Awaitable[Any]],
        idle_seconds: float = DEFAULT_IDLE_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,  # the idle time: not the wall clock
    ) -> None:
        self._store = store
        self._register_id = register_id
        self._in_store = in_store
        self._monotonic = monotonic
        self.idle_seconds = idle_seconds  # 0: never lock
        self.current: User | None = None
        self._last_activity = monotonic()

    # -- the first manager -------------------------------------------------------------------

    async def needs_first_manager(self) -> bool:
        return not await self._in_store(self._store.users.any_manager)

    async def add_first_manager(self, name: str, pin: str) -> User:
        """The first start: the first manager is added and signed in."""
        if not await self.needs_first_manager():
            raise TillError(MANAGER_EXISTS)
        await self._in_store(
            self._store.users.add, name, pin, Role.MANAGER, register_id=self._register_id
        )
        return await self.sign_in(name, pin)

    # -- signing in and out ------------------------------------------------------------------

    async def sign_in(self, who: str, pin: str) -> User:
        """Sign in (journaled, as is a refusal); SignInRefused when the name or PIN is wrong,
        the user is disabled or locked. Whoever was signed in is signed out first."""
        if self.current is not None:
            await self.sign_out("switch")
        user = await self._in_store(
            self._store.users.check_pin,
            who,
            pin,
            purpose="signed_in",
            register_id=self._register_id,
        )
        self.current = user
        self._store.users.set_current_user(user)
        self.touch()
        return user

    async def sign_out(self, reason: str = "signed_out") -> None:
        """reason: "signed_out", "switch" (switching cashier) or "idle" (the screen locked)."""
        user = self.current
        if user is None:
            return
        await self._in_store(
            self._store.journal,
            "signed_out",
            {"user": user.journal_name(), "reason": reason},
            register_id=self._register_id,
        )
        self.current = None
        self._store.users.set_current_user(None)

    async def switch(self) -> None:
        """The one key that hands the till to another cashier: sign out, then sign in."""
        await self.sign_out("switch")

    def require(self) -> User:
        if self.current is None:
            raise NotSignedIn(SIGN_IN_FIRST)
        return self.current

    # -- the idle lock -----------------------------------------------------------------------

    def touch(self) -> None:
        """The cashier did something: the idle time starts again."""
        self._last_activity = self._monotonic()

    def idle_for(self) -> float:
        return self._monotonic() - self._last_activity

    async def lock_if_idle(self) -> bool:
        """Sign out if nothing happened for idle_seconds; True when the screen locked."""
        if self.current is None or self.idle_seconds <= 0 or self.idle_for() < self.idle_seconds:
            return False
        await self.sign_out("idle")
        return True

    # -- the people (the Cashiers screen; the same store calls as `till-admin users`) ---------

    async def people(self) -> list[tuple[User, float]]:
        """Every user with the seconds left of their PIN lockout (0: not locked)."""

        def read() -> list[tuple[User, float]]:
            users = self._store.users
            return [(u, users.locked_for(u.number)) for u in users.list()]

        return await self._in_store(read)

    async def add_user(self, name: str, pin: str, role: Role, *, by: User | None) -> User:
        return await self._in_store(
            self._as, by, self._store.users.add, name, pin, role, register_id=self._register_id
        )

    async def disable_user(self, number: int, *, by: User | None) -> User:
        """Not the manager who approved, nor whoever is signed in; the store refuses the last
        active manager (LAST_MANAGER)."""
        for me in (by, self.current):
            if me is not None and me.number == number:
                raise TillError(DISABLE_SELF, name=me.name)
        return await self._in_store(
            self._as, by, self._store.users.disable, number, register_id=self._register_id
        )

    async def reset_user_pin(self, number: int, pin: str, *, by: User | None) -> User:
        return await self._in_store(
            self._as, by, self._store.users.reset_pin, number, pin, register_id=self._register_id
        )

    def _as(self, by: User | None, function: Callable[..., User], *a: Any, **kw: Any) -> User:
        """On the store's one worker: the change's journal row names `by` (the approving
        manager) as `by`, as till-admin's does; then the signed-in user again."""
        users = self._store.users
        users.set_current_user(by or self.current)
        try:
            return function(*a, **kw)
        finally:
            users.set_current_user(self.current)

    # -- a manager's approval ----------------------------------------------------------------

    async def approve(
        self, action: str, details: dict | None, prompt: ApprovalPrompt | None
    ) -> User:
        """The manager who approves `action`: the signed-in one, or one who types their name
        and PIN. Journaled ("manager_approved" / "manager_refused"); NotApproved otherwise."""
        from till.checkout.manager import NotApproved

        data = {"action": action, **(details or {})}
        if self.current is not None and self.current.is_manager:
            await self._in_store(
                self._store.journal,
                "manager_approved",
                {**data, "user": self.current.journal_name()},
                register_id=self._register_id,
            )
            return self.current
        ask = getattr(prompt, "ask_manager_approval", None)
        if ask is None:
            raise NotApproved(APPROVAL_CANNOT_ASK)
        answer = await ask(action)
        if answer is None:
            raise NotApproved(APPROVAL_REFUSED, action=action_words(action))
        who, pin = answer
        try:
            return await self._in_store(
                self._store.users.check_pin,
                who,
                pin,
                purpose="manager_approved",
                failed="manager_refused",
                register_id=self._register_id,
                details=data,
                role=Role.MANAGER,
            )
        except SignInRefused as exc:
            raise NotApproved(APPROVAL_FAILED, why=exc) from exc


async def demo_sign_in(cashiers: Cashiers) -> User:
    """The demo's manager "Demo" (PIN 1234), added on its throwaway database and signed in."""
    name, pin = DEMO_MANAGER
    if await cashiers.needs_first_manager():
        return await cashiers.add_first_manager(name, pin)
    return await cashiers.sign_in(name, pin)
