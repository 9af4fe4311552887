"""Signing in on the cashier screen: at the start (the first start adds the first manager),
after F3 (switch cashier) and after the idle lock; and a manager's approval on a cashier's
screen (checkout's ApprovalPrompt). The rules are checkout's (checkout/users.py).

A window made with sign_in=False (the test rigs, a till whose database has no users) works as
before users existed: nobody needs to sign in and the manager PIN approves.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer

from till.core.errors import TillError
from till.ui.sign_in_dialog import Purpose, SignInDialog
from till.ui.texts import describe

IDLE_CHECK_MS = 5_000
# Intents that run while nobody is signed in.
IDLE_LOCK = "idle lock"
WHILE_SIGNED_OUT = frozenset({"sign in", "switch cashier", "help", IDLE_LOCK})
SIGN_IN_FIRST = QT_TRANSLATE_NOOP("SignInIntents", "Sign in first (F3).")


class SignInIntents:
    """Mixed into CashierWindow: uses its checkout, _ask, _run, banner and title."""

    checkout: Any

    def _setup_sign_in(self, required: bool, idle_seconds: float | None) -> None:
        self.sign_in_required = required
        if idle_seconds is not None:
            self.checkout.cashiers.idle_seconds = idle_seconds
        self._idle_timer = QTimer(self)  # type: ignore[arg-type]
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self._check_idle)
        if required:
            self._idle_timer.start()

    def _refused_while_signed_out(self, name: str) -> bool:
        """True (and says so) when `name` must wait for someone to sign in. Any other intent
        is activity: the idle time starts again."""
        if name != IDLE_LOCK:
            self.checkout.cashiers.touch()
        if not self.sign_in_required or self.checkout.cashiers.current is not None:
            return False
        if name in WHILE_SIGNED_OUT:
            return False
        self.show_error(self.tr(SIGN_IN_FIRST))
        return True

    async def _sign_in(self) -> bool:
        """Ask until someone signs in (or the dialog is cancelled: the screen stays locked)."""
        cashiers = self.checkout.cashiers
        message = ""
        while cashiers.current is None:
            first = await cashiers.needs_first_manager()
            purpose = Purpose.FIRST_MANAGER if first else Purpose.SIGN_IN
            answer = await self._ask(SignInDialog(purpose, message=message, parent=self))
            if answer is None:
                self.show_error(self.tr(SIGN_IN_FIRST))
                return False
            who, pin = answer
            try:
                if first:
                    await cashiers.add_first_manager(who, pin)
                else:
                    await cashiers.sign_in(who, pin)
            except TillError as error:
                message = describe(error)
        self._show_cashier()
        return True

    async def _switch_cashier(self) -> bool:
        """F3: the cashier signs out and the next one signs in; the open sale stays."""
        await self.checkout.cashiers.switch()
        self._show_cashier()
        return await self._sign_in()

    def _check_idle(self) -> None:
        cashiers = self.checkout.cashiers
        if cashiers.current is None or cashiers.idle_seconds <= 0:
            return
        if cashiers.idle_for() >= cashiers.idle_seconds:
            self._run(self._idle_lock, IDLE_LOCK)

    async def _idle_lock(self) -> bool:
        if not await self.checkout.cashiers.lock_if_idle():
            return False
        self._show_cashier()
        return await self._sign_in()

    def _show_cashier(self) -> None:
        if not self.sign_in_required:
            return
        user = self.checkout.cashiers.current
        name = user.name if user is not None else self.tr("nobody signed in")
        self.setWindowTitle(f"{self._title} – {name}")

    # -- checkout's ApprovalPrompt -----------------------------------------------------------

    async def ask_manager_approval(self, action: str) -> tuple[str, str] | None:
        return await self._ask(SignInDialog(Purpose.APPROVE, action=action, parent=self))
