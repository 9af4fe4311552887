"""Cash payment: what is due after öre rounding, what the customer hands over, the change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from till.core.errors import TillError
from till.core.money import AmountError, format_kr, parse_kr
from till.core.sale import CashSettlement, SaleError
from till.ui.dialogs import message_label, ok_cancel_row

Settle = Callable[[int | None], CashSettlement]  # None: pays exactly what is due


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

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)

        self.tendered_edit.textChanged.connect(self._update)
        self.tendered_edit.returnPressed.connect(self.confirm)
        self.setMinimumWidth(420)
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
        self.tendered_edit.clear()
        self.message_label.hide()
        self._update("")
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
            self.message_label.setText(str(error))
            self.message_label.show()
            self.tendered_edit.selectAll()
            return
        self._tendered = settlement.tendered
        self.accept()

    def answer(self) -> int:
        """The cash handed over, in öre."""
        return self._tendered
