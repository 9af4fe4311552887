"""Returns: which receipt the goods come back against (or none), and which of its lines.

`ReturnDialog` asks for the original receipt: its number typed, or the barcode at its foot
scanned (`R-<register>-<number>`), or F3 for a return without a receipt. `ReturnLinesDialog`
lists the original's lines with what was sold and what can still come back; the cashier picks
one with the arrows and Enter, and the window asks how much. Checkout decides what may be
returned; these only ask.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from till.core.money import format_kr
from till.core.sale import ReceiptRef, SaleError, SaleLine, format_quantity
from till.ui.dialogs import message_label, ok_cancel_row
from till.ui.texts import describe

Index = QModelIndex | QPersistentModelIndex
Returnable = tuple[int, SaleLine, int]  # position on the original, its line, quantity left

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ReturnDialog(QDialog):
    """Enter: against the receipt typed or scanned. F3: without a receipt. Esc: cancel.
    Answer: the receipt's number or barcode text, or "" for a return without a receipt."""

    def __init__(self, register_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return"))
        self._register_id = register_id
        self._answer = ""

        about = QLabel(
            self.tr(
                "Scan the barcode at the foot of the customer's receipt, or type its number. "
                "A manager approves every return."
            )
        )
        about.setWordWrap(True)
        self.receipt_edit = QLineEdit()
        self.receipt_edit.setObjectName("returnReceiptEdit")
        self.receipt_edit.setProperty("role", "big")
        self.receipt_edit.setPlaceholderText(self.tr("Receipt number or barcode"))
        self.receipt_edit.returnPressed.connect(self.confirm)
        self.receipt_edit.textChanged.connect(lambda _text: self.message_label.hide())

        self.without_button = QPushButton(self.tr("Without a receipt (F3)"))
        self.without_button.setObjectName("returnWithoutReceipt")
        self.without_button.setAutoDefault(False)
        self.without_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.without_button.clicked.connect(self.without_receipt)
        without = QHBoxLayout()
        without.addWidget(QLabel(self.tr("No receipt? The items are scanned as in a sale.")), 1)
        without.addWidget(self.without_button)

        self.message_label = message_label()
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(about)
        layout.addWidget(self.receipt_edit)
        layout.addLayout(without)
        layout.addWidget(self.message_label)
        layout.addLayout(ok_cancel_row(self, self.tr("Against this receipt (Enter)"), self.confirm))
        self.setMinimumWidth(520)
        self.receipt_edit.setFocus()

    def confirm(self) -> None:
        text = self.receipt_edit.text().strip()
        if not text:
            self._refuse(
                self.tr("Scan or type the receipt's number, or F3 for a return without one.")
            )
            return
        try:
            ReceiptRef.parse(text, default_register=self._register_id)
        except SaleError as error:
            self._refuse(describe(error))
            return
        self._answer = text
        self.accept()

    def without_receipt(self) -> None:
        self._answer = ""
        self.accept()

    def _refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()
        self.receipt_edit.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F3:
            self.without_receipt()
            return
        super().keyPressEvent(event)

    def answer(self) -> str:
        return self._answer


class ReturnableModel(QAbstractTableModel):
    """The original receipt's lines: position, item, sold, still returnable."""

    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("ReturnableModel", "Item"),
        QT_TRANSLATE_NOOP("ReturnableModel", "Sold"),
        QT_TRANSLATE_NOOP("ReturnableModel", "Can return"),
        QT_TRANSLATE_NOOP("ReturnableModel", "Amount sold"),
    )

    def __init__(self, rows: list[Returnable] | None = None) -> None:
        super().__init__()
        self._rows: list[Returnable] = list(rows or [])

    def set_rows(self, rows: list[Returnable]) -> None:
        if rows == self._rows:
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Returnable | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index.row())
        if entry is None:
            return None
        position, line, left = entry
        if role == Qt.ItemDataRole.DisplayRole:
            by_weight = line.sold_by_weight
            return (
                str(position + 1),  # positions count from 0; the receipt's lines from 1
                line.name,
                format_quantity(line.quantity, by_weight=by_weight),
                format_quantity(left, by_weight=by_weight) if left else "–",
                format_kr(line.amount),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if index.column() == 1 else _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and not left:
            return Qt.GlobalColor.gray  # all of it came back already
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(self.COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _LEFT if section == 1 else _RIGHT
        return None


def returnable_table(name: str, model: ReturnableModel) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a receipt is short
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    return table


class ReturnLinesDialog(QDialog):
    """↑/↓ choose a line of the original receipt, Enter takes it, Esc goes back to scanning.
    Answer: (position, line, quantity left)."""

    def __init__(
        self, original: ReceiptRef, rows: list[Returnable], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("returnLinesDialog")
        self.setWindowTitle(
            self.tr("Return against receipt {number}").format(number=original.sequence_number)
        )
        self._answer: Returnable | None = None
        about = QLabel(
            self.tr(
                "Choose what comes back (↑/↓, Enter); the quantity is asked next. "
                "Esc: scan the items instead."
            )
        )
        about.setWordWrap(True)
        self.model = ReturnableModel(rows)
        self.table = returnable_table("returnLines", self.model)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.confirm())
        self.message_label = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(ok_cancel_row(self, self.tr("Take back (Enter)"), self.confirm))
        self.resize(720, 420)
        first = next((n for n, (_p, _l, left) in enumerate(rows) if left > 0), 0)
        self.table.selectRow(first)
        self.table.setFocus()

    def selected(self) -> Returnable | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def confirm(self) -> None:
        entry = self.selected()
        if entry is None:
            self._refuse(self.tr("Choose a line first (↑/↓)."))
            return
        if entry[2] <= 0:
            self._refuse(self.tr("All of {name} has come back already.").format(name=entry[1].name))
            return
        self._answer = entry
        self.accept()

    def _refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter in the table would only move the current cell; here it takes the line.
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.confirm()
                return True
            self.message_label.hide()
        return super().eventFilter(watched, event)

    def answer(self) -> Returnable | None:
        return self._answer
