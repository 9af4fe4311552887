"""The terminal asks the cashier to check the customer's ID (a checkout.ports.IdCheck: Point's
Klarna payments).

The dialog shows what the terminal sent and two large buttons, for a touch screen as well as
the keyboard: Confirm (Enter or Y) and Deny (Esc or N). Closing it any other way is a denial:
the terminal must not take silence for a yes. A countdown shows how long the terminal waits;
when it runs out the dialog closes as denied.

It plugs into the prompts the UI gives a terminal request: `check_customer_id` below is what
`TerminalPrompts.check_customer_id` awaits (ui/confirmation_dialog.py's AsksTheAttendant).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from till.checkout.ports import IdCheck
from till.ui.dialogs import ask

_CONFIRM_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Y)
_DENY_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_N)
TOUCH_HEIGHT = 72  # px: a button a finger hits without aiming


class IdCheckDialog(QDialog):
    def __init__(
        self,
        check: IdCheck,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("idCheckDialog")
        self.setWindowTitle(self.tr("Check the customer's ID"))
        self._clock = clock
        self._deadline = clock() + max(check.answer_within, 0.0)

        caption = QLabel(
            self.tr("The Klarna terminal asks you to check the customer's ID against this:")
        )
        caption.setObjectName("idCheckCaption")
        caption.setWordWrap(True)
        self.lines_label = QLabel("\n".join(check.lines))
        self.lines_label.setObjectName("idCheckLines")
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lines_label.setWordWrap(True)
        self.lines_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdownLabel")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.confirm_button = QPushButton(self.tr("ID checked (Enter / Y)"))
        self.confirm_button.setObjectName("confirmIdButton")
        self.deny_button = QPushButton(self.tr("Deny (Esc / N)"))
        self.deny_button.setObjectName("denyIdButton")
        for button in (self.confirm_button, self.deny_button):
            button.setAutoDefault(False)  # Enter is the confirm key, never a focused button
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(TOUCH_HEIGHT)
            button.setMinimumWidth(200)
        self.confirm_button.clicked.connect(self.accept)
        self.deny_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deny_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(caption)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.countdown_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)

        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._tick()

    def seconds_left(self) -> int:
        return max(math.ceil(self._deadline - self._clock()), 0)

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown_label.setText(self.tr("{n} s left to answer").format(n=left))
        self.countdown_label.setProperty("urgent", left <= 10)
        if left <= 0 and self.isVisible():
            self.reject()  # the terminal stops waiting: a denial, never a silent yes

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _CONFIRM_KEYS:
            self.accept()
        elif event.key() in _DENY_KEYS:
            self.reject()
        else:
            super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._ticker.stop()
        super().done(result)


async def check_customer_id(check: IdCheck, parent: QWidget | None = None) -> bool:
    """Open the dialog over `parent` and wait: True only when the cashier confirmed."""
    dialog = IdCheckDialog(check, parent)
    try:
        return bool(await ask(dialog))
    finally:
        dialog.deleteLater()
