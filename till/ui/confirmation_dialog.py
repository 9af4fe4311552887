"""The terminal asks the attendant to confirm something in the middle of a payment (a
checkout.ports.Question), or to check the customer's ID (an IdCheck).

Enter or Y answers yes, Esc or N answers no. The countdown shows the seconds the terminal still
waits; when they run out the adapter cancels the question and tells the terminal so, and the
dialog closes (`ask` rejects it on cancellation).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from till.checkout.ports import Audience, IdCheck, Question
from till.ui import sound
from till.ui.answer_dialog import AnswerWithinDialog
from till.ui.dialogs import ask
from till.ui.id_check_dialog import IdCheckDialog

_FLASHES = 6  # half-periods: three visible flashes
_FLASH_MS = 180


log = logging.getLogger(__name__)


class ConfirmationDialog(AnswerWithinDialog):
    def __init__(
        self,
        question: Question,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(question.answer_within, parent, clock=clock)
        self.setObjectName("confirmationDialog")
        self.setWindowTitle(self.tr("The card terminal asks"))
        self._flashes_left = 0
        self.flash_count = 0  # how often the dialog was flashed: a reminder the eye can see

        caption = QLabel(
            self.tr("Ask the customer:")
            if question.audience is Audience.CUSTOMER
            else self.tr("Please confirm:")
        )
        caption.setObjectName("confirmationCaption")
        self.lines_label = QLabel("\n".join(question.lines))
        self.lines_label.setObjectName("confirmationLines")
        self.lines_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lines_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        yes = QPushButton(self.tr("Yes (Enter / Y)"))
        yes.setObjectName("yesButton")
        no = QPushButton(self.tr("No (Esc / N)"))
        no.setObjectName("noButton")
        buttons = self.answer_buttons(yes, no)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(caption)
        layout.addWidget(self.lines_label)
        layout.addWidget(self.countdown_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)

        self._flasher = QTimer(self)
        self._flasher.setInterval(_FLASH_MS)
        self._flasher.timeout.connect(self._flash_step)
        self.start_countdown()

    def flash(self) -> None:
        """Make the reminder visible: the dialog blinks and asks the desktop for attention."""
        self.flash_count += 1
        self._flashes_left = _FLASHES
        self._flasher.start()
        self._flash_step()
        QApplication.alert(self)

    def _flash_step(self) -> None:
        if self._flashes_left <= 0:
            self._flasher.stop()
            self._set_flashing(False)
            return
        self._flashes_left -= 1
        self._set_flashing(bool(self._flashes_left % 2))

    @property
    def flashing(self) -> bool:
        return bool(self.property("flash"))

    def _set_flashing(self, on: bool) -> None:
        # A property the style sheet selects on, so the till's own style stays in force.
        self.setProperty("flash", on)
        self.style().unpolish(self)
        self.style().polish(self)

    def done(self, result: int) -> None:
        self._flasher.stop()
        super().done(result)


class AsksTheAttendant:
    """The ask/remind/ID-check part of the terminal's prompts (checkout.ports.TerminalPrompts),
    for a dialog that runs a terminal request: the question opens over it."""

    confirmation: ConfirmationDialog | None = None
    id_check: IdCheckDialog | None = None  # open while the terminal waits for the answer

    async def check_customer_id(self, check: IdCheck) -> bool:
        """Point's Klarna ID check: its own dialog (Confirm / Deny, keyboard and touch)."""
        sound.play_reminder()  # the cashier may be looking at the customer, not the screen
        dialog = IdCheckDialog(check, self)  # type: ignore[arg-type]
        self.id_check = dialog
        try:
            return bool(await ask(dialog))
        finally:
            self.id_check = None
            dialog.deleteLater()

    async def ask(self, question: Question) -> bool:
        dialog = ConfirmationDialog(question, self)  # type: ignore[arg-type]
        self.confirmation = dialog
        try:
            return bool(await ask(dialog))
        finally:
            self.confirmation = None
            dialog.deleteLater()

    def remind(self, question: Question) -> None:
        # Called from the adapter's timer: nothing may escape into the event loop.
        try:
            sound.play_reminder()
            if self.confirmation is not None:
                self.confirmation.flash()
        except Exception:
            log.exception("the confirmation reminder failed")
