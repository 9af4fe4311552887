"""Who is at the till: a cashier signs in, the first manager is added, or a manager approves one
action on a cashier's screen. The dialog only asks (name or number, PIN masked); checkout
checks the PIN, journals every try and locks a user after five wrong ones (checkout/users.py).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from till.ui.dialogs import message_label, ok_cancel_row
from till.ui.manager_dialog import _PIN, PIN_LENGTH, _pin_edit


class Purpose(Enum):
    SIGN_IN = "sign in"
    FIRST_MANAGER = "first manager"
    APPROVE = "approve"


class SignInDialog(QDialog):
    """Enter moves from the name to the PIN (to its repeat), then accepts; Esc cancels.
    Answer: (name or number, PIN)."""

    def __init__(
        self,
        purpose: Purpose,
        *,
        action: str = "",
        message: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.purpose = purpose
        self._answer: tuple[str, str] = ("", "")
        if purpose is Purpose.FIRST_MANAGER:
            self.setWindowTitle(self.tr("The first manager"))
            about = self.tr(
                "No one can sign in on this till yet. Add the first manager: a name and a PIN "
                "({low}–{high} digits), typed twice."
            ).format(low=PIN_LENGTH[0], high=PIN_LENGTH[1])
        elif purpose is Purpose.APPROVE:
            self.setWindowTitle(self.tr("Manager approval"))
            about = self.tr(
                "A manager approves: {action}. The manager types their name or number and PIN."
            ).format(action=QCoreApplication.translate("ManagerPinDialog", action))
        else:
            self.setWindowTitle(self.tr("Sign in"))
            about = self.tr("Sign in: your name or number and your PIN.")
        about_label = QLabel(about)
        about_label.setObjectName("signInAbout")
        about_label.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("signInName")
        self.name_edit.setProperty("role", "big")
        self.name_edit.setMaxLength(40)
        self.pin_edit = _pin_edit("signInPin")
        self.repeat_edit = _pin_edit("signInRepeat")
        self.message_label = message_label()
        for edit in (self.name_edit, self.pin_edit, self.repeat_edit):
            edit.textChanged.connect(lambda _text: self.message_label.hide())

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(about_label)
        layout.addWidget(QLabel(self.tr("Name or number")))
        layout.addWidget(self.name_edit)
        layout.addWidget(QLabel(self.tr("PIN")))
        layout.addWidget(self.pin_edit)
        self.name_edit.returnPressed.connect(self.pin_edit.setFocus)
        if purpose is Purpose.FIRST_MANAGER:
            layout.addWidget(QLabel(self.tr("The same PIN again")))
            layout.addWidget(self.repeat_edit)
            self.pin_edit.returnPressed.connect(self.repeat_edit.setFocus)
            self.repeat_edit.returnPressed.connect(self.confirm)
        else:
            self.repeat_edit.hide()
            self.pin_edit.returnPressed.connect(self.confirm)
        layout.addWidget(self.message_label)
        if message:
            self._show(message)
        accept = self.tr("Approve (Enter)") if purpose is Purpose.APPROVE else self.tr("OK (Enter)")
        layout.addLayout(ok_cancel_row(self, accept, self.confirm))
        self.setMinimumWidth(420)
        self.name_edit.setFocus()

    def confirm(self) -> None:
        name, pin = self.name_edit.text().strip(), self.pin_edit.text()
        if not name:
            self._refuse(self.tr("Type a name or number."), self.name_edit)
            return
        if not _PIN.fullmatch(pin):
            self._refuse(
                self.tr("The PIN is {low} to {high} digits, nothing else.").format(
                    low=PIN_LENGTH[0], high=PIN_LENGTH[1]
                ),
                self.pin_edit,
            )
            return
        if self.purpose is Purpose.FIRST_MANAGER and self.repeat_edit.text() != pin:
            self.repeat_edit.clear()
            self._refuse(self.tr("The two PINs differ: type it again."), self.repeat_edit)
            return
        self._answer = (name, pin)
        self.accept()

    def _refuse(self, message: str, edit: QLineEdit) -> None:
        edit.selectAll()
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show(message)

    def _show(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def answer(self) -> tuple[str, str]:
        return self._answer
