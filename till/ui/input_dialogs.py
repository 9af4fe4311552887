"""Small dialogs: one value typed and checked in place (quantity, discount), or a yes/no."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from till.ui.dialogs import ParsedValue, message_label, ok_cancel_row


class ValueDialog(ParsedValue, QDialog):
    """Asks for one value; `parse` turns the text into it or raises with a message to show."""

    def __init__(
        self,
        title: str,
        prompt: str,
        parse: Callable[[str], Any],
        *,
        initial: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("valueDialog")
        self.setWindowTitle(title)
        self._parse = parse
        self._value: Any = None
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("valueEdit")
        self.edit.setProperty("role", "big")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.selectAll()
        self.edit.returnPressed.connect(self.confirm)
        self.edit.textChanged.connect(lambda _text: self.message_label.hide())
        self.message_label = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.edit)
        layout.addWidget(self.message_label)
        layout.addLayout(ok_cancel_row(self, self.tr("OK (Enter)"), self.confirm))
        self.setMinimumWidth(360)


class ConfirmDialog(QDialog):
    """A question with one way forward (Enter) and one way back (Esc)."""

    def __init__(self, title: str, question: str, yes: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.setWindowTitle(title)
        label = QLabel(question)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addLayout(ok_cancel_row(self, yes, self.accept))
        self.setMinimumWidth(360)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
