"""Touch as well as keys: a button a finger can hit for every action that has a key. The pay
buttons sit under the total; the others in a bar across the bottom of the window. Each button
runs the very handler its key runs (CashierWindow._handlers) and shows the key small under its
word, so a keyboard user learns the F-keys from the screen. Mixed into CashierWindow."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from till.ui.shortcuts import SHORTCUTS, key_name

BUTTON_HEIGHT = 60  # a finger's target is at least 48 px; the hint line needs the rest
MIN_WIDTH = 64

# The bar's actions, left to right, and the word on each button (context CashierWindow).
BAR_ACTIONS = (
    "search_product",
    "change_quantity",
    "line_discount",
    "remove_line",
    "void_sale",
    "start_return",
    "print_copy",
    "x_report",
    "z_report",
    "help",
)
PAY_ACTIONS = ("pay_cash", "pay_card", "pay_klarna")
LABELS = {
    "search_product": QT_TRANSLATE_NOOP("CashierWindow", "Search"),
    "change_quantity": QT_TRANSLATE_NOOP("CashierWindow", "Qty"),
    "line_discount": QT_TRANSLATE_NOOP("CashierWindow", "Discount"),
    "remove_line": QT_TRANSLATE_NOOP("CashierWindow", "Remove"),
    "void_sale": QT_TRANSLATE_NOOP("CashierWindow", "Void"),
    "start_return": QT_TRANSLATE_NOOP("CashierWindow", "Return"),
    "print_copy": QT_TRANSLATE_NOOP("CashierWindow", "Copy"),
    "x_report": QT_TRANSLATE_NOOP("CashierWindow", "X report"),
    "z_report": QT_TRANSLATE_NOOP("CashierWindow", "Z report"),
    "help": QT_TRANSLATE_NOOP("CashierWindow", "Help"),
    "pay_cash": QT_TRANSLATE_NOOP("CashierWindow", "Cash"),
    "pay_card": QT_TRANSLATE_NOOP("CashierWindow", "Card"),
    "pay_klarna": QT_TRANSLATE_NOOP("CashierWindow", "Klarna"),
}
_BY_ACTION = {s.action: s for s in SHORTCUTS}


class ActionButton(QPushButton):
    """A word and, small under it, the key that does the same."""

    def __init__(self, text: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.word = QLabel(text)
        self.word.setObjectName("actionWord")
        self.hint = QLabel(hint)
        self.hint.setObjectName("actionHint")
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.setSpacing(0)
        for label in (self.word, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # The click is the button's, wherever on it the finger lands.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)
        self.setAccessibleName(text)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry line keeps the keyboard
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(BUTTON_HEIGHT)

    def sizeHint(self) -> QSize:
        # QPushButton measures its own (empty) text: measure the labels instead.
        self.word.ensurePolished()
        self.hint.ensurePolished()
        width = max(
            self.word.fontMetrics().horizontalAdvance(self.word.text()),
            self.hint.fontMetrics().horizontalAdvance(self.hint.text()),
        )
        return QSize(max(MIN_WIDTH, width + 20), BUTTON_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class ActionButtons:
    """Mixed into CashierWindow: uses its _handlers and checkout."""

    def _action_button(self, action: str) -> ActionButton:
        shortcut = _BY_ACTION[action]
        button = ActionButton(self.tr(LABELS[action]), key_name(shortcut))
        button.setObjectName(f"action_{action}")
        button.setProperty("role", "action")
        button.setToolTip(QCoreApplication.translate("Shortcuts", shortcut.description))
        button.clicked.connect(lambda _=False, action=action: self._handlers[action]())
        self.action_buttons[action] = button
        return button

    def _build_action_bar(self) -> QWidget:
        self.action_buttons: dict[str, ActionButton] = getattr(self, "action_buttons", {})
        bar = QWidget()
        bar.setObjectName("actionBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for action in BAR_ACTIONS:
            row.addWidget(self._action_button(action))
        self.action_bar = bar
        return bar

    def _build_pay_buttons(self) -> QWidget:
        """Cash, card, and Klarna where the till takes it: under the total, big."""
        self.action_buttons = getattr(self, "action_buttons", {})
        box = QWidget()
        box.setObjectName("payButtons")
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for action in PAY_ACTIONS:
            if action == "pay_klarna" and not self.checkout.takes_klarna:
                continue
            button = self._action_button(action)
            button.setProperty("role", "pay")
            row.addWidget(button)
        return box
