"""Receipts stored but never printed: the cashier picks one and its original is printed.

The till stopped between storing a receipt and printing it, or the printer failed. The receipt
is registered (it has its control code), so what is printed is the original, once; it is not a
copy (KOPIA), which has its own control code and is asked for with Ctrl+K.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QVBoxLayout, QWidget

from till.core.money import format_kr
from till.core.receipt import Receipt, ReceiptType
from till.ui.dialogs import ok_cancel_row


class UnprintedDialog(QDialog):
    """↑ ↓ choose, Enter prints the chosen original, Esc closes. `answer()` is the receipt."""

    def __init__(self, receipts: list[Receipt], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unprintedDialog")
        self.setWindowTitle(self.tr("Receipts not printed"))
        self.receipts = receipts
        text = QLabel(
            self.tr(
                "These receipts are stored with their control code but were never printed. "
                "Enter prints the chosen one's original (only once; it is not a copy)."
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        for receipt in receipts:
            self.list.addItem(self._describe(receipt))
        self.list.setCurrentRow(0)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list)
        layout.addLayout(ok_cancel_row(self, self.tr("Print (Enter)"), self.accept))
        self.setMinimumSize(480, 320)
        self.list.setFocus()

    def _describe(self, receipt: Receipt) -> str:
        name = (
            self.tr("Cash invoice")
            if receipt.receipt_type is ReceiptType.CASH_INVOICE
            else self.tr("Receipt")
        )
        return self.tr("{name} {number}  ·  {time}  ·  {amount} kr").format(
            name=name,
            number=receipt.sequence_number,
            time=receipt.created_at.strftime("%Y-%m-%d %H:%M"),
            amount=format_kr(receipt.to_pay),
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    def answer(self) -> Receipt | None:
        row = self.list.currentRow()
        return self.receipts[row] if 0 <= row < len(self.receipts) else None
