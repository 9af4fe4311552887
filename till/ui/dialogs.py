"""Await a dialog without a nested event loop.

`QDialog.exec()` inside a coroutine would start a second Qt event loop under the qasync one,
which qasync cannot re-enter: the coroutine's own awaits would stall. So a dialog is opened with
`open()` (window-modal, returns at once) and the coroutine awaits a future that the dialog's
`finished` signal resolves.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton

from till.core.errors import TillError
from till.ui.style import FINGER
from till.ui.tasks import TaskKeeper, current_loop
from till.ui.texts import describe

log = logging.getLogger(__name__)


async def ask(dialog: QDialog) -> Any:
    """Open `dialog`, wait until it closes. Returns `dialog.answer()` if it was accepted and has
    one, True if accepted without one, None if rejected (Esc, close button)."""
    future: asyncio.Future[int] = current_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        result = await future
    except asyncio.CancelledError:
        dialog.reject()
        raise
    finally:
        dialog.finished.disconnect(finished)
    if result != QDialog.DialogCode.Accepted:
        return None
    answer = getattr(dialog, "answer", None)
    return answer() if callable(answer) else True


def message_label() -> QLabel:
    """The red line under a dialog's input that says what is wrong with it; hidden until then."""
    label = QLabel()
    label.setObjectName("dialogMessage")
    label.setWordWrap(True)
    label.hide()
    return label


def ok_cancel_row(dialog: QDialog, accept_text: str, accept: Callable[[], None]) -> QHBoxLayout:
    """Cancel and OK buttons, right-aligned. Neither is a default button nor takes focus:
    Enter belongs to the input field, and a default button would accept unchecked input."""
    ok = QPushButton(accept_text)
    cancel = QPushButton(QCoreApplication.translate("Dialogs", "Cancel (Esc)"))
    for button in (ok, cancel):
        button.setAutoDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    ok.clicked.connect(accept)
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    return row


class ParsedValue:
    """Mixed into a dialog that asks for one value: `edit`, `message_label` and `_parse` set by
    the dialog. Enter parses the text: a value closes the dialog, a refusal says why (core's
    parse errors are Messages, or ValueErrors written for the cashier) and keeps it open."""

    edit: QLineEdit
    message_label: QLabel
    _parse: Callable[[str], Any]
    _value: Any = None

    def confirm(self) -> None:
        try:
            self._value = self._parse(self.edit.text())
        except (ValueError, TillError) as error:
            self.message_label.setText(describe(error))
            self.message_label.show()
            self.edit.selectAll()
            return
        self.accept()  # type: ignore[attr-defined]  # the QDialog it is mixed into

    def answer(self) -> Any:
        return self._value


CALM = QT_TRANSLATE_NOOP(
    "Dialogs", "Something went wrong; nothing more was changed."
)  # a bug in a dialog's own task: the details go to the log


class WorkingDialog:
    """Mixed into a dialog that works through tasks (the catalog, the cashiers): a row of
    finger-sized buttons by name, what a failed task says, and no task left running once the
    dialog is closed. The dialog sets `tasks = TaskKeeper(self._unexpected)`, `message_label`
    and `buttons` ({} to start) and names its buttons with `button_prefix`."""

    tasks: TaskKeeper
    message_label: QLabel
    buttons: dict[str, QPushButton]
    button_prefix: str

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{self.button_prefix}_{name}")
        button.setMinimumSize(120, FINGER)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[name] = button
        return button

    def _show_error(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def _unexpected(self, error: BaseException) -> None:
        if isinstance(error, TillError):
            self._show_error(describe(error))
            return
        log.error("%s failed", type(self).__name__, exc_info=error)
        self._show_error(QCoreApplication.translate("Dialogs", CALM))

    def done(self, result: int) -> None:
        self.tasks.cancel_all()  # a load still running must not touch the closed dialog
        super().done(result)  # type: ignore[misc]  # the QDialog it is mixed into

    async def wait_idle(self, timeout: float = 10.0) -> None:
        await self.tasks.wait_idle(timeout)
