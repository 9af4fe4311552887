"""Emptying a line edit that lives as long as the till does, without its undo history growing.

QLineEdit.clear() is an edit the cashier could undo: it and every key typed before it stay in
the line edit's undo history for as long as the line edit lives. The entry line is emptied
after every scan and never closed, so its history grew with every sale: about 1.5 kB of peak
memory a sale (the history's vector doubles as it grows). setText() starts a new history.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def empty(edit: QLineEdit) -> None:
    """Empty `edit` and forget its undo history (textChanged still fires, as with clear())."""
    edit.setText("")
