"""An on-screen numeric pad for a finger: 0-9, the decimal comma, backspace and clear, typing
into one line edit; and a small dialog that asks for one number with it (weight, price).

The pad's keys never take the focus: the line edit keeps it, so a keyboard, a scanner and
the pad can be used in turn on the same field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from till.ui.dialogs import ParsedValue, message_label, ok_cancel_row
from till.ui.line_edit import empty

KEY_SIZE = (72, 56)  # a finger's key: wider and higher than the 48 px minimum

# (name, text, row, column): the digits as on a phone's keypad turned upside down (a till's)
_KEYS = (
    *((str(d), str(d), 2 - (d - 1) // 3, (d - 1) % 3) for d in range(1, 10)),
    ("0", "0", 3, 0),
    ("comma", ",", 3, 1),
    ("back", "⌫", 0, 3),
    ("clear", "C", 1, 3),
)


def pad_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setProperty("role", "pad")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the line edit keeps the keyboard
    button.setAutoDefault(False)
    button.setMinimumSize(*KEY_SIZE)
    return button


class NumericPad(QWidget):
    """Keys that type into `target`. `keys` by name ("0"…"9", "comma", "back", "clear", and
    any key added with add_key) for the tests and the dialogs that add their own."""

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numericPad")
        self.target = target
        self.keys: dict[str, QPushButton] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        for name, text, row, column in _KEYS:
            button = pad_button(text, f"padKey_{name}")
            button.clicked.connect(lambda _=False, name=name: self.press(name))
            self.grid.addWidget(button, row, column)
            self.keys[name] = button
        self.keys["back"].setToolTip(self.tr("Delete the last character"))
        self.keys["clear"].setToolTip(self.tr("Clear"))

    def press(self, name: str) -> None:
        """What a key does to the line edit (insert replaces a selection, as typing does)."""
        edit = self.target
        if name == "back":
            edit.backspace()
        elif name == "clear":
            empty(edit)  # the cash dialog's edit lives on: no undo history to pile up
        else:
            edit.insert("," if name == "comma" else name)

    def add_key(
        self, name: str, text: str, action: Callable[[], None], row: int, column: int
    ) -> QPushButton:
        """A key of the dialog's own beside the digits (a note, "Exact")."""
        button = pad_button(text, f"padKey_{name}")
        button.setProperty("role", "note")
        button.setMinimumWidth(104)  # "Exact" / "Jämnt" in the note keys' larger font
        button.clicked.connect(lambda _=False: action())
        self.grid.addWidget(button, row, column)
        self.keys[name] = button
        return button


class PadValueDialog(ParsedValue, QDialog):
    """One number typed on the keyboard or the pad; `parse` turns the text into the answer or
    raises an error the dialog shows. Enter (or OK) confirms, Esc (or Cancel) adds nothing."""

    def __init__(
        self,
        title: str,
        prompt: str,
        parse: Callable[[str], Any],
        *,
        initial: str = "",
        unit: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._parse = parse
        self._value: Any = None
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        self.edit = QLineEdit(initial)
        self.edit.setObjectName("padValueEdit")
        self.edit.setProperty("role", "big")
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.selectAll()  # the first key typed replaces a suggested value
        self.edit.returnPressed.connect(self.confirm)
        self.edit.textChanged.connect(self._changed)
        self.unit_label = QLabel(unit)
        self.unit_label.setProperty("role", "big")
        self.result_label = QLabel()  # what the value makes (the weighed line's amount)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.message_label = message_label()
        self.pad = NumericPad(self.edit, self)
        row = QGridLayout()
        row.addWidget(self.edit, 0, 0)
        row.addWidget(self.unit_label, 0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        ok_text = QCoreApplication.translate("PadValueDialog", "OK (Enter)")
        buttons = ok_cancel_row(self, ok_text, self.confirm)
        self.ok_button, self.cancel_button = finger_buttons(buttons)
        layout.addLayout(buttons)

    def _changed(self, text: str) -> None:
        self.message_label.hide()
        self.show_result(text)

    def show_result(self, text: str) -> None:
        """Subclasses show what the value makes; nothing here."""


def add_pad(dialog: QDialog, edit: QLineEdit) -> NumericPad:
    """A pad under `edit` in a one-value dialog built elsewhere (quantity, discount), above its
    OK/Cancel row, whose buttons it makes finger-sized too."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    pad = NumericPad(edit, dialog)
    dialog.pad = pad  # type: ignore[attr-defined]  # as PadValueDialog has it
    layout.insertWidget(layout.count() - 1, pad, 0, Qt.AlignmentFlag.AlignHCenter)
    row = layout.itemAt(layout.count() - 1).layout()
    if row is not None:
        finger_buttons(row)
    return pad


def finger_buttons(row) -> tuple[QPushButton, QPushButton]:
    """OK and Cancel of an ok_cancel_row, made finger-sized (the row holds Cancel, then OK)."""
    buttons = [
        row.itemAt(i).widget()
        for i in range(row.count())
        if isinstance(row.itemAt(i).widget(), QPushButton)
    ]
    cancel, ok = buttons
    for button in buttons:
        button.setMinimumSize(*KEY_SIZE)
        button.setMinimumWidth(140)
    return ok, cancel
