"""The cart table's rows, read from the sale snapshot checkout publishes."""

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
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QTableView

from till.checkout.events import SaleSnapshot
from till.core.money import format_kr
from till.core.sale import SaleLine, format_quantity

Index = QModelIndex | QPersistentModelIndex

# Marked for lupdate; headerData() translates them.
COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("CartModel", "Item"),
    QT_TRANSLATE_NOOP("CartModel", "Qty"),
    QT_TRANSLATE_NOOP("CartModel", "Price"),
    QT_TRANSLATE_NOOP("CartModel", "Discount"),
    QT_TRANSLATE_NOOP("CartModel", "Amount"),
    QT_TRANSLATE_NOOP("CartModel", "VAT"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# data() runs for every role of every visible cell on every paint: compare plain ints, not
# PySide's enum objects, and hand back texts formatted once per change.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ALIGN = tuple(_LEFT if column == 1 else _RIGHT for column in range(len(COLUMNS)))
# The widest text of each column ("" = the item name, which stretches over the rest).
_WIDEST_CELLS = (
    "99",
    "",
    "99,999 kg",
    "9\u00a0999,99/kg",
    "-999,99",
    "99\u00a0999,99",
    "25 %",
)
_COMPACT_HIDDEN = (0, 6)  # on a small screen: the line number and VAT (the receipt has both)


def _cells(line: SaleLine) -> tuple[str, ...]:
    per = "/kg" if line.sold_by_weight else ""
    return (
        str(line.line_no),
        line.name,
        format_quantity(line.quantity, by_weight=line.sold_by_weight),
        format_kr(line.unit_price) + per,
        format_kr(-line.discount) if line.discount else "",
        format_kr(line.amount),
        f"{line.vat_rate} %",
    )


class CartModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._lines: tuple[SaleLine, ...] = ()
        self._cells: list[tuple[str, ...]] = []

    def set_snapshot(self, snapshot: SaleSnapshot) -> None:
        """Tell the view only what changed: a reset makes it lay out and repaint every row,
        which at a scanner's pace is what stalls the screen."""
        old, new = self._lines, snapshot.lines
        if new[: len(old)] == old and len(new) > len(old):  # rung up: rows added at the end
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._set(new)
            self.endInsertRows()
        elif len(new) == len(old) and old:  # a quantity or discount changed
            changed = [row for row, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            self._set(new)
            if changed:
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
        else:  # removed lines or a new sale
            self.beginResetModel()
            self._set(new)
            self.endResetModel()

    def _set(self, lines: tuple[SaleLine, ...]) -> None:
        self._lines = lines
        self._cells = [_cells(line) for line in lines]

    def line_at(self, row: int) -> SaleLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, line_no: int) -> int:
        for row, line in enumerate(self._lines):
            if line.line_no == line_no:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = getattr(role, "value", role)
        if role == _DISPLAY:
            row = index.row()
            return self._cells[row][index.column()] if 0 <= row < len(self._cells) else None
        if role == _ALIGNMENT:
            return _ALIGN[index.column()]
        if role == _TOOLTIP and index.column() == 1:  # the whole name, when it is cut
            line = self.line_at(index.row())
            return line.name if line is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _LEFT if section == 1 else _RIGHT
        return None


def size_cart_columns(cart: QTableView, model: CartModel) -> None:
    """Each column as wide as its widest text or its (translated) heading, measured once in
    the stylesheet's fonts: ResizeToContents would measure every cell again on every change
    and stall the loop as the cart grows. The name takes the rest."""
    cart.ensurePolished()
    metrics = cart.fontMetrics()
    header = cart.horizontalHeader()
    header.ensurePolished()
    bold = QFont(header.font())
    bold.setBold(True)  # the stylesheet's section font
    heading = QFontMetrics(bold)
    for column, widest in enumerate(_WIDEST_CELLS):
        if widest:
            title = model.headerData(column, Qt.Orientation.Horizontal)
            width = max(
                metrics.horizontalAdvance(widest) + 20, heading.horizontalAdvance(title) + 24
            )
            header.resizeSection(column, width)


def compact_cart(cart: QTableView, compact: bool) -> None:
    """A small screen: the names keep their room, the line number and VAT columns go."""
    for column in _COMPACT_HIDDEN:
        cart.setColumnHidden(column, compact)


_ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)


class SameWhenInactive(QObject):
    """Keeps a view's viewport from repainting when its window is (de)activated.

    QAbstractItemView repaints its whole viewport (and the window behind its rounded frame) on
    every activation change, that is each time a dialog opens over the cashier window and
    closes again: about 4 ms of the event loop each way (issue 12's card payment stalls), though
    the stylesheet gives the cart the same colours active and inactive. Only then is the event
    swallowed."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _ACTIVATION:
            return False
        palette = watched.palette()  # type: ignore[attr-defined]
        return palette.isEqual(QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def same_when_inactive(view: QTableView) -> SameWhenInactive:
    """Install SameWhenInactive on `view`'s viewport (owned by the view)."""
    keeper = SameWhenInactive(view)
    view.viewport().installEventFilter(keeper)
    return keeper
