"""A terminal's question with a deadline, answered yes or no by the person at the till: the
confirmation of a card payment (confirmation_dialog.py) and Point's customer ID check
(id_check_dialog.py) share the countdown, the keys and the two buttons here."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QWidget

YES_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Y)
NO_KEYS = (Qt.Key.Key_Escape, Qt.Key.Key_N)


class AnswerWithinDialog(QDialog):
    """Enter or Y answers yes, Esc or N no; the countdown shows the seconds the terminal still
    waits. Subclasses lay out their own texts with `countdown_label` and `answer_buttons()`,
    then call `start_countdown()`."""

    urgent_seconds = 5  # the countdown turns urgent from here

    def __init__(
        self,
        answer_within: float,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._deadline = clock() + max(answer_within, 0.0)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdownLabel")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._ticker = QTimer(self)
        self._ticker.setInterval(250)
        self._ticker.timeout.connect(self._tick)

    def answer_buttons(
        self, yes: QPushButton, no: QPushButton, *, min_height: int = 0
    ) -> QHBoxLayout:
        """No on the left, yes on the right; neither takes focus nor is a default button:
        Enter is the yes key, never a focused button."""
        for button in (yes, no):
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if min_height:
                button.setMinimumHeight(min_height)
        yes.clicked.connect(self.accept)
        no.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(no)
        row.addStretch(1)
        row.addWidget(yes)
        return row

    def start_countdown(self) -> None:
        self._ticker.start()
        self._tick()

    def seconds_left(self) -> int:
        return max(math.ceil(self._deadline - self._clock()), 0)

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown_label.setText(self.tr("{n} s left to answer").format(n=left))
        self.countdown_label.setProperty("urgent", left <= self.urgent_seconds)
        if left <= 0 and self.isVisible():
            self.out_of_time()

    def out_of_time(self) -> None:
        """The terminal stopped waiting. By default the adapter cancels the question."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in YES_KEYS:
            self.accept()
        elif event.key() in NO_KEYS:
            self.reject()
        else:
            super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self._ticker.stop()
        super().done(result)
