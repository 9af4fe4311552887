"""Every key the cashier uses, in one table: the window installs it, the README prints it.

Keys scoped to the window become QActions, so they work wherever the focus is. Keys the entry
line would otherwise take for itself (Enter, Delete, arrows, Esc) are handled by the entry line,
because the focus always returns there and a window shortcut would never see them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence


class Scope(StrEnum):
    WINDOW = "window"
    ENTRY = "entry"


@dataclass(frozen=True, slots=True)
class Shortcut:
    key: str  # QKeySequence portable text
    action: str  # the window's handler for it
    description: str  # English; the help screen shows it translated ("Shortcuts")
    scope: Scope = Scope.WINDOW


SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "Return",
        "add_item",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Add the product typed or scanned in the entry line (`3*code` adds 3)"
        ),
        Scope.ENTRY,
    ),
    Shortcut(
        "F2",
        "search_product",
        QT_TRANSLATE_NOOP("Shortcuts", "Search a product by name and add it"),
    ),
    Shortcut(
        "F4",
        "change_quantity",
        QT_TRANSLATE_NOOP("Shortcuts", "Change the quantity of the selected line"),
    ),
    Shortcut(
        "F6",
        "line_discount",
        QT_TRANSLATE_NOOP("Shortcuts", "Give a discount (in kronor) on the selected line"),
    ),
    Shortcut(
        "Del",
        "remove_line",
        QT_TRANSLATE_NOOP("Shortcuts", "Remove the selected line (entry empty)"),
        Scope.ENTRY,
    ),
    Shortcut(
        "Up",
        "select_previous",
        QT_TRANSLATE_NOOP("Shortcuts", "Select the line above"),
        Scope.ENTRY,
    ),
    Shortcut(
        "Down", "select_next", QT_TRANSLATE_NOOP("Shortcuts", "Select the line below"), Scope.ENTRY
    ),
    Shortcut(
        "F12",
        "pay_cash",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Pay cash: tendered amount, change, öre rounding. In a return: pay the money back in "
            "cash (the amount to hand over is shown)",
        ),
    ),
    Shortcut(
        "F11",
        "pay_card",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Pay by card: all that is due, or type less and take the rest another way. In a "
            "return: pay the money back to the card",
        ),
    ),
    Shortcut(
        "Shift+F11",
        "pay_klarna",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Pay with Klarna (Point terminal); the terminal may ask you to check the customer's "
            "ID. In a return: pay the money back through Klarna",
        ),
    ),
    Shortcut(
        "F7",
        "settle_card_payment",
        QT_TRANSLATE_NOOP("Shortcuts", "Card payment in doubt: ask the terminal again"),
    ),
    Shortcut(
        "Shift+F7",
        "settle_by_hand",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Card payment in doubt: settle it by hand (manager; a reason is journaled)"
        ),
    ),
    Shortcut(
        "F8",
        "finish_card_sale",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "No control code yet (card paid, or the answer lost): ask the control unit again "
            "with the same receipt and finish the sale",
        ),
    ),
    Shortcut(
        "Shift+F8",
        "give_up_card_sale",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Give up a card-paid sale: reverse its card payments (asks first); the sale stays open",
        ),
    ),
    Shortcut(
        "F9",
        "void_sale",
        QT_TRANSLATE_NOOP("Shortcuts", "Void the open sale or return (asks to confirm)"),
    ),
    Shortcut(
        "F10",
        "show_last_receipt",
        QT_TRANSLATE_NOOP("Shortcuts", "Show the last receipt on screen"),
    ),
    Shortcut(
        "Ctrl+R",
        "start_return",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Return (manager): against a receipt (scan its barcode or type its number) or without "
            "one. In a return against a receipt: pick a line of it to take back",
        ),
    ),
    Shortcut(
        "Ctrl+K",
        "print_copy",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Print a receipt's copy (KOPIA): scan its barcode or type its number; one copy only",
        ),
    ),
    Shortcut(
        "Ctrl+P",
        "pro_forma",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Pro forma receipt (EJ KVITTO) of the open sale; the sale stays open for payment",
        ),
    ),
    Shortcut(
        "Ctrl+L",
        "toggle_training",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Training mode on or off (manager): ÖVNINGSKVITTO receipts, no card is charged",
        ),
    ),
    Shortcut(
        "Ctrl+O",
        "go_offline",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Control unit out: issue cash invoices (kontantnota) instead of receipts, after a "
            "payment failed for it (asks first); ends by itself when the unit answers",
        ),
    ),
    Shortcut(
        "Ctrl+D",
        "open_drawer",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Open the cash drawer without a sale (manager; the reason is journaled)"
        ),
    ),
    Shortcut(
        "Ctrl+X",
        "x_report",
        QT_TRANSLATE_NOOP("Shortcuts", "X report (X-dagrapport): the day so far; closes nothing"),
    ),
    Shortcut(
        "Ctrl+Z",
        "z_report",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Z report (Z-dagrapport): closes the day (manager, asks first); the card terminal's "
            "end of day runs with it",
        ),
    ),
    Shortcut(
        "Ctrl+Shift+Z",
        "reprint_z",
        QT_TRANSLATE_NOOP("Shortcuts", "Reprint a Z report by its number (marked KOPIA)"),
    ),
    Shortcut(
        "Ctrl+U",
        "print_originals",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Print a receipt that was stored but never printed (its original, once)",
        ),
    ),
    Shortcut(
        "Ctrl+J",
        "journal_viewer",
        QT_TRANSLATE_NOOP("Shortcuts", "Journal (manager): every event, by day and kind, in full"),
    ),
    Shortcut(
        "Ctrl+T",
        "terminal_admin",
        QT_TRANSLATE_NOOP("Shortcuts", "Card terminal: activation, end of day, receipts, ping"),
    ),
    Shortcut(
        "F3",
        "switch_cashier",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Switch cashier: sign out (the sale stays) and the next one signs in"
        ),
    ),
    Shortcut("F1", "help", QT_TRANSLATE_NOOP("Shortcuts", "Show this list of keys")),
    Shortcut(
        "Shift+F1",
        "about",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "About: program, model, maker, version and manufacturing number"
        ),
    ),
    Shortcut(
        "Ctrl+,",
        "settings",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Settings (manager): shop, register, control unit, terminals, printer, language",
        ),
    ),
    Shortcut(
        "Ctrl+E",
        "catalog",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Catalog (manager): products, prices, groups and quick keys; every change journaled",
        ),
    ),
    Shortcut(
        "Ctrl+Shift+U",
        "users",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "Cashiers (manager): add a cashier or manager, disable one, set a new PIN",
        ),
    ),
    Shortcut(
        "Ctrl+Shift+P",
        "price_list",
        QT_TRANSLATE_NOOP(
            "Shortcuts", "Price list: every product's price and VAT rate, to show or print"
        ),
    ),
    Shortcut(
        "Esc",
        "clear_entry",
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the entry line; in a dialog: cancel"),
        Scope.ENTRY,
    ),
)


@dataclass(frozen=True, slots=True)
class DialogKey:
    """A key inside one dialog; the dialog handles it itself (listed for the README)."""

    dialog: str
    key: str
    description: str


DIALOG_KEYS: tuple[DialogKey, ...] = (
    DialogKey("Card payment", "Return", "Start the payment on the terminal for the amount shown"),
    DialogKey(
        "Card payment",
        "Esc",
        "Before it starts: back. While the terminal waits for the card: stop it (abort code 01)",
    ),
    DialogKey(
        "Card payment",
        "F12",
        "The customer pays cash instead: stop the card entry (abort code 02), then take cash",
    ),
    DialogKey("Terminal question", "Return", "Yes (also Y)"),
    DialogKey("Terminal question", "Esc", "No (also N); unanswered, the terminal gives up"),
    DialogKey(
        "Settle by hand", "Return", "Settle: both the yes/no answer and a reason are required"
    ),
    DialogKey("Card terminal", "↑ ↓ Enter", "Choose a command and run it; its printout is shown"),
    DialogKey(
        "Manager PIN",
        "Return",
        "Approve (the first time: choose a PIN of 4–12 digits, Enter, the same again, Enter)",
    ),
    DialogKey("Manager PIN", "Esc", "Cancel: the action is not done"),
    DialogKey("Return", "Return", "Return against the receipt scanned or typed"),
    DialogKey("Return", "F3", "Return without a receipt: scan the items as in a sale"),
    DialogKey(
        "Return lines", "↑ ↓ Enter", "Choose a line of the original receipt; the quantity is next"
    ),
    DialogKey("Return lines", "Esc", "Back to the till: scan the items coming back instead"),
    DialogKey("X / Z report", "Return", "Close (also Esc); the report was printed already"),
    DialogKey(
        "Receipts not printed",
        "↑ ↓ Enter",
        "Choose a stored receipt that never printed and print its original (once)",
    ),
    DialogKey(
        "Journal",
        "Tab ↑ ↓",
        "Move between the day, all days, the kind and the rows; the selected row is shown in "
        "full below (Alt+D day, Alt+A all days, Alt+K kind)",
    ),
)

# What the table's key text reads as in the README and the help screen.
_KEY_NAMES = {"Return": "Enter", "Del": "Delete", "Up": "↑", "Down": "↓"}


def key_name(shortcut: Shortcut | DialogKey) -> str:
    return _KEY_NAMES.get(shortcut.key, shortcut.key)


def shortcut_for_key(combination: QKeyCombination, scope: Scope) -> Shortcut | None:
    """The table row a key press in `scope` means; the keypad Enter counts as Enter."""
    key = combination.key()
    modifiers = combination.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    return _BY_KEY.get((QKeySequence(QKeyCombination(modifiers, key)).toString(), scope))


# Every key press asks; parse the table's key texts once, not on each press.
_BY_KEY = {(QKeySequence(s.key).toString(), s.scope): s for s in SHORTCUTS}


def shortcut_table_markdown() -> str:
    """The README's list of keys."""
    rows = ["| Key | What it does |", "| --- | --- |"]
    rows += [f"| {key_name(s)} | {s.description} |" for s in SHORTCUTS]
    rows += ["", "| In the dialog | Key | What it does |", "| --- | --- | --- |"]
    rows += [f"| {k.dialog} | {key_name(k)} | {k.description} |" for k in DIALOG_KEYS]
    return "\n".join(rows) + "\n"


if __name__ == "__main__":  # python -m till.ui.shortcuts > the README section
    print(shortcut_table_markdown(), end="")
