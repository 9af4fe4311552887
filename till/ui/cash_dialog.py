"""Cash payment: what is due after öre rounding, what the customer hands over, the change.

Typed on the keyboard or on the pad. The note keys say what the customer handed over: 500 means
"the customer gave a 500 note", so it sets the tendered amount (it does not add to what is typed;
a 500 and a 100 are typed as 600); "Exact" means the customer gave exactly what is due. A note
key does not pay by itself: the change shows at once and Pay confirms, so a finger that slips
onto the wrong note costs nothing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from till.core.errors import TillError
from till.core.money import AmountError, format_kr, parse_kr
from till.core.sale import CashSettlement, SaleError
from till.ui.dialogs import message_label, ok_cancel_row
from till.ui.line_edit import empty
from till.ui.numeric_pad import NumericPad, finger_buttons
from till.ui.texts import describe

Settle = Callable[[int | None], CashSettlement]  # None: pays exactly what is due
NOTES = (100, 200, 500)  # kronor: the notes a Swedish customer hands over most


class CashPaymentDialog(QDialog):
    """Enter confirms, Esc cancels. An empty amount means the customer pays exactly."""

    def __init__(self, settle: Settle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashDialog")
        self.setWindowTitle(self.tr("Cash payment"))
        self._settle = settle
        self._quote = settle(None)
        self._tendered = self._quote.due
        self._title = self.windowTitle()

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        self.total_label = self._figure(grid, 0, self.tr("Total"), self._quote.total)
        self.rounding_label = self._figure(grid, 1, self.tr("Öre rounding"), self._quote.rounding)
        self.due_label = self._figure(grid, 2, self.tr("To pay"), self._quote.due, big=True)

        grid.addWidget(QLabel(self.tr("Tendered")), 3, 0)
        self.tendered_edit = QLineEdit()
        self.tendered_edit.setObjectName("tenderedEdit")
        self.tendered_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tendered_edit.setPlaceholderText(format_kr(self._quote.due))
        self.tendered_edit.setProperty("role", "big")
        grid.addWidget(self.tendered_edit, 3, 1)

        self.change_label = self._figure(grid, 4, self.tr("Change"), 0, big=True)
        self.change_label.setObjectName("changeLabel")

        self.message_label = message_label()

        buttons = ok_cancel_row(self, self.tr("Pay (Enter)"), self.confirm)
        self.pay_button, self.cancel_button = finger_buttons(buttons)

        self.pad = NumericPad(self.tendered_edit, self)
        self.pad.add_key("exact", self.tr("Exact"), self.exact, 0, 4)
        for row, note in enumerate(NOTES, start=1):
            self.pad.add_key(f"note_{note}", str(note), lambda note=note: self.note(note), row, 4)

        figures = QVBoxLayout()
        figures.addLayout(grid)
        figures.addWidget(self.message_label)
        figures.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addLayout(figures, 1)
        top.addWidget(self.pad)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)

        self.tendered_edit.textChanged.connect(self._update)
        self.tendered_edit.returnPressed.connect(self.confirm)
        self._update("")

    def start(self, title: str | None = None) -> None:
        """Ready for the next sale: the window keeps one dialog and shows it again, because
        building and showing a new window for every customer stalled the screen."""
        self._quote = self._settle(None)
        self._tendered = self._quote.due
        self.setWindowTitle(title or self._title)
        self.total_label.setText(format_kr(self._quote.total))
        self.rounding_label.setText(format_kr(self._quote.rounding))
        self.due_label.setText(format_kr(self._quote.due))
        self.tendered_edit.setPlaceholderText(format_kr(self._quote.due))
        empty(self.tendered_edit)  # the dialog is kept: clear() would keep every key's undo
        self.message_label.hide()
        self._update("")
        self.tendered_edit.setFocus()

    def note(self, kronor: int) -> None:
        """The customer handed over this note: it is what is tendered (see the module)."""
        self._set_tendered(str(kronor))

    def exact(self) -> None:
        """The customer gave exactly what is due."""
        self._set_tendered(format_kr(self._quote.due, thousands=False))

    def _set_tendered(self, text: str) -> None:
        self.tendered_edit.setText(text)
        self.tendered_edit.selectAll()  # the next key typed starts a new amount
        self.tendered_edit.setFocus()

    def _figure(self, grid: QGridLayout, row: int, name: str, amount: int, *, big: bool = False):
        grid.addWidget(QLabel(name), row, 0)
        value = QLabel(format_kr(amount))
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if big:
            value.setProperty("role", "big")
        grid.addWidget(value, row, 1)
        return value

    def _evaluate(self, text: str) -> CashSettlement:
        return self._settle(parse_kr(text) if text.strip() else None)

    def _update(self, text: str) -> None:
        try:
            settlement = self._evaluate(text)
        except (AmountError, SaleError, TillError):
            self.change_label.setText("–")
            return
        self.message_label.hide()
        self.change_label.setText(format_kr(settlement.change))

    def confirm(self) -> None:
        try:
            settlement = self._evaluate(self.tendered_edit.text())
        except (AmountError, SaleError, TillError) as error:
            self.message_label.setText(describe(error))
            self.message_label.show()
            self.tendered_edit.selectAll()
            return
        self._tendered = settlement.tendered
        self.accept()

    def answer(self) -> int:
        """The cash handed over, in öre."""
        return self._tendered
