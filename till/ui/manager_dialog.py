"""A manager approves with the manager PIN (checkout's ManagerGate asks through this dialog).

The first time, when no PIN exists yet, the manager chooses one and types it twice. Checkout
checks the PIN and journals every approval and refusal; the dialog only asks and masks it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from till.ui.dialogs import message_label, ok_cancel_row

PIN_LENGTH = (4, 12)
_PIN = re.compile(rf"\d{{{PIN_LENGTH[0]},{PIN_LENGTH[1]}}}", re.ASCII)
# What checkout asks approval for (journaled in English), listed for lupdate; shown translated.
ACTIONS = (
    QT_TRANSLATE_NOOP("ManagerPinDialog", "return"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "training mode on"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "training mode off"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "drawer without a sale"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "Z report"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "journal viewer"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "pair the payment terminal"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "unpair the payment terminal"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "settle a card payment by hand"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "terminal deactivate"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "terminal end-of-day"),
    QT_TRANSLATE_NOOP("ManagerPinDialog", "editing the catalog"),
)


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_LENGTH[1])
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
    edit.setProperty("role", "big")
    edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return edit


class ManagerPinDialog(QDialog):
    """Enter approves (first time: Enter moves on to the repeat, then sets it), Esc cancels.
    Answer: the PIN typed."""

    def __init__(self, action: str, *, first_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerPinDialog")
        self.first_time = first_time
        self._pin = ""
        action = self.tr(action)
        if first_time:
            self.setWindowTitle(self.tr("Set the manager PIN"))
            about = self.tr(
                "No manager PIN is set on this till yet. The manager chooses one now "
                "({low}–{high} digits) and types it twice. Needed for: {action}."
            ).format(low=PIN_LENGTH[0], high=PIN_LENGTH[1], action=action)
        else:
            self.setWindowTitle(self.tr("Manager approval"))
            about = self.tr("A manager approves: {action}. Type the manager PIN.").format(
                action=action
            )
        about_label = QLabel(about)
        about_label.setObjectName("managerAbout")
        about_label.setWordWrap(True)

        self.pin_edit = _pin_edit("managerPinEdit")
        self.pin_edit.textChanged.connect(lambda _text: self.message_label.hide())
        self.repeat_edit = _pin_edit("managerRepeatEdit")
        self.repeat_edit.textChanged.connect(lambda _text: self.message_label.hide())
        self.message_label = message_label()

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(about_label)
        layout.addWidget(QLabel(self.tr("New PIN") if first_time else self.tr("Manager PIN")))
        layout.addWidget(self.pin_edit)
        if first_time:
            layout.addWidget(QLabel(self.tr("The same PIN again")))
            layout.addWidget(self.repeat_edit)
            self.pin_edit.returnPressed.connect(self._next)
            self.repeat_edit.returnPressed.connect(self.confirm)
        else:
            self.repeat_edit.hide()
            self.pin_edit.returnPressed.connect(self.confirm)
        layout.addWidget(self.message_label)
        accept = self.tr("Set PIN (Enter)") if first_time else self.tr("Approve (Enter)")
        layout.addLayout(ok_cancel_row(self, accept, self.confirm))
        self.setMinimumWidth(420)
        self.pin_edit.setFocus()

    def _next(self) -> None:
        if self._refuse_new_pin(self.pin_edit.text()):
            return
        self.repeat_edit.setFocus()

    def _refuse_new_pin(self, pin: str) -> bool:
        if _PIN.fullmatch(pin):
            return False
        self._refuse(
            self.tr("The PIN is {low} to {high} digits, nothing else.").format(
                low=PIN_LENGTH[0], high=PIN_LENGTH[1]
            ),
            self.pin_edit,
        )
        return True

    def confirm(self) -> None:
        pin = self.pin_edit.text()
        if self.first_time:
            if self._refuse_new_pin(pin):
                return
            if self.repeat_edit.text() != pin:
                self.repeat_edit.clear()
                self._refuse(self.tr("The two PINs differ: type it again."), self.repeat_edit)
                return
        elif not pin:
            self._refuse(self.tr("Type the manager PIN, or Esc to cancel."), self.pin_edit)
            return
        self._pin = pin
        self.accept()

    def _refuse(self, message: str, edit: QLineEdit) -> None:
        edit.selectAll()
        edit.setFocus()
        self.message_label.setText(message)
        self.message_label.show()

    def answer(self) -> str:
        return self._pin
