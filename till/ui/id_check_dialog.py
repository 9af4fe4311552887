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

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from till.checkout.ports import IdCheck
from till.ui.answer_dialog import AnswerWithinDialog
from till.ui.dialogs import ask

TOUCH_HEIGHT = 72  # px: a button a finger hits without aiming


class IdCheckDialog(AnswerWithinDialog):
    urgent_seconds = 10

    def __init__(
        self,
        check: IdCheck,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(check.answer_within, parent, clock=clock)
        self.setObjectName("idCheckDialog")
        self.setWindowTitle(self.tr("Check the customer's ID"))

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

        self.confirm_button = QPushButton(self.tr("ID checked (Enter / Y)"))
        self.confirm_button.setObjectName("confirmIdButton")
        self.deny_button = QPushButton(self.tr("Deny (Esc / N)"))
        self.deny_button.setObjectName("denyIdButton")
        for button in (self.confirm_button, self.deny_button):
            button.setMinimumWidth(200)
        buttons = self.answer_buttons(
            self.confirm_button, self.deny_button, min_height=TOUCH_HEIGHT
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(caption)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.countdown_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        self.start_countdown()

    def out_of_time(self) -> None:
        self.reject()  # the terminal stops waiting: a denial, never a silent yes


async def check_customer_id(check: IdCheck, parent: QWidget | None = None) -> bool:
    """Open the dialog over `parent` and wait: True only when the cashier confirmed."""
    dialog = IdCheckDialog(check, parent)
    try:
        return bool(await ask(dialog))
    finally:
        dialog.deleteLater()
