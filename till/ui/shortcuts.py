"""Every key the cashier uses, in one table: the window installs it, the README prints it.

Keys scoped to the window become QActions, so they work wherever the focus is. Keys the entry
line would otherwise take for itself (Enter, Delete, arrows, Esc) are handled by the entry line,
because the focus always returns there and a window shortcut would never see them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence


class Scope(StrEnum):
    WINDOW = "window"
    ENTRY = "entry"


@dataclass(frozen=True, slots=True)
class Shortcut:
    key: str  # QKeySequence portable text
    action: str  # the window's handler for it
    description: str
    scope: Scope = Scope.WINDOW


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "Return",
        "add_item",
        "Add the product typed or scanned in the entry line (`3*code` adds 3)",
        Scope.ENTRY,
    ),
    Shortcut("F2", "search_product", "Search a product by name and add it"),
    Shortcut("F4", "change_quantity", "Change the quantity of the selected line"),
    Shortcut("F6", "line_discount", "Give a discount (in kronor) on the selected line"),
    Shortcut("Del", "remove_line", "Remove the selected line (entry empty)", Scope.ENTRY),
    Shortcut("Up", "select_previous", "Select the line above", Scope.ENTRY),
    Shortcut("Down", "select_next", "Select the line below", Scope.ENTRY),
    Shortcut("F12", "pay_cash", "Pay cash: tendered amount, change, öre rounding"),
    Shortcut("F9", "void_sale", "Void the open sale (asks to confirm)"),
    Shortcut("F10", "show_last_receipt", "Show the last receipt on screen"),
    Shortcut("F1", "help", "Show this list of keys"),
    Shortcut("Esc", "clear_entry", "Clear the entry line; in a dialog: cancel", Scope.ENTRY),
)

# What the table's key text reads as in the README and the help screen.
_KEY_NAMES = {"Return": "Enter", "Del": "Delete", "Up": "↑", "Down": "↓"}


def key_name(shortcut: Shortcut) -> str:
    return _KEY_NAMES.get(shortcut.key, shortcut.key)


def shortcut_for_key(combination: QKeyCombination, scope: Scope) -> Shortcut | None:
    """The table row a key press in `scope` means; the keypad Enter counts as Enter."""
    key = combination.key()
    modifiers = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    pressed = QKeySequence(QKeyCombination(modifiers, key))
    for shortcut in SHORTCUTS:
        if shortcut.scope is scope and QKeySequence(shortcut.key) == pressed:
            return shortcut
    return None


def shortcut_table_markdown() -> str:
    """The README's list of keys."""
    rows = ["| Key | What it does |", "| --- | --- |"]
    rows += [f"| {key_name(s)} | {s.description} |" for s in SHORTCUTS]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # python -m till.ui.shortcuts > the README section
    print(shortcut_table_markdown(), end="")
