"""The receipt on screen, painted by the same code that prints it, so what you see is printed.
The same paper shows day reports (report_dialog.py) and the receipt's barcode as bars."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from till.adapters.printer import ReceiptPaper
from till.core.receipt import PrintLine, Receipt, receipt_layout

MARGIN = 16  # px of white paper around the print


class PaperWidget(QWidget):
    """A strip of receipt paper with any laid-out lines on it."""

    def __init__(
        self, lines: list[PrintLine], *, pixel_size: int = 14, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("receiptPaper")
        self.paper = ReceiptPaper(lines, pixel_size=pixel_size)
        self.setFixedSize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(int(self.paper.width) + 2 * MARGIN, int(self.paper.height) + 2 * MARGIN)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        self.paper.paint(painter, x=MARGIN, y=MARGIN)
        painter.end()

    def text(self) -> str:
        return self.paper.text()


class ReceiptPaperWidget(PaperWidget):
    """A receipt on its strip of paper."""

    def __init__(self, receipt: Receipt, *, pixel_size: int = 14, parent: QWidget | None = None):
        super().__init__(receipt_layout(receipt), pixel_size=pixel_size, parent=parent)


def paper_scroll(paper: QWidget) -> QScrollArea:
    """The paper on a grey desk, scrolled when it is longer than the screen."""
    scroll = QScrollArea()
    scroll.setWidget(paper)
    scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    scroll.setStyleSheet("QScrollArea { background: #d9dde3; border: none; }")
    return scroll


class ReceiptPreview(QDialog):
    """Shows a receipt already stored and printed. It prints nothing: a copy is another matter."""

    def __init__(self, receipt: Receipt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.setWindowTitle(self.tr("Receipt {number}").format(number=receipt.sequence_number))
        self.receipt = receipt
        self.paper_widget = ReceiptPaperWidget(receipt)
        scroll = paper_scroll(self.paper_widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        width = self.paper_widget.width() + 48
        self.resize(width, min(700, self.paper_widget.height() + 90))  # fits 1024x768

    def keyPressEvent(self, event) -> None:
        # Enter closes too: the cashier's hand is on the keypad, not the mouse.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
