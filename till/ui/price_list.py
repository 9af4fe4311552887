"""The price list on screen (SKVFS 2014:9 4 kap.: a till that holds prices shows a current price
list): every product on sale by group, its price (per kg marked) and VAT rate; printed on the
receipt printer with the Print button (checkout/catalog.py, core/price_list.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from till.core.errors import TillError
from till.core.price_list import PriceList
from till.ui.dialogs import message_label
from till.ui.style import FINGER
from till.ui.tasks import TaskKeeper
from till.ui.texts import amount_text, describe

if TYPE_CHECKING:
    from till.checkout.catalog import Catalog

log = logging.getLogger(__name__)


class PriceListDialog(QDialog):
    def __init__(self, catalog: Catalog, prices: PriceList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("priceListDialog")
        self.setWindowTitle(self.tr("Price list"))
        self.catalog = catalog
        self.prices = prices
        self.tasks = TaskKeeper(self._unexpected)

        title = QLabel(
            self.tr("Prices incl. VAT, valid from {time}").format(
                time=prices.produced_at.strftime("%Y-%m-%d %H:%M")
            )
        )
        title.setObjectName("priceListTitle")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("priceListTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Price"), self.tr("VAT")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._fill()

        self.status_label = QLabel()
        self.status_label.setObjectName("priceListStatus")
        self.message_label = message_label()
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setObjectName("priceListPrint")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("priceListClose")
        for button in (self.print_button, self.close_button):
            button.setMinimumSize(120, FINGER)
            button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_list)
        self.close_button.clicked.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        layout.addLayout(row)

    def sizeHint(self) -> QSize:
        return QSize(820, 640)  # fits 1024x768 with the frame

    def _fill(self) -> None:
        bold = QFont()
        bold.setBold(True)
        rows: list[tuple[str, ...] | str] = []
        for section in self.prices.sections:
            rows.append(section.group or self.tr("Other"))
            for p in section.products:
                if p.open_price:
                    price = self.tr("open price")
                elif p.sold_by_weight:
                    price = self.tr("{price}/kg").format(price=amount_text(p.unit_price))
                else:
                    price = amount_text(p.unit_price)
                rows.append((p.code, p.name, price, self.tr("{rate} %").format(rate=p.vat_rate)))
        self.table.setRowCount(len(rows))
        for n, row in enumerate(rows):
            if isinstance(row, str):  # a group's heading across the row
                item = QTableWidgetItem(row)
                item.setFont(bold)
                self.table.setItem(n, 0, item)
                self.table.setSpan(n, 0, 1, 4)
                continue
            for column, text in enumerate(row):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(n, column, item)

    def shown_rows(self) -> list[list[str]]:
        """The table as text, for the tests and the README's screenshots."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in range(4)]
            out.append([c.text() for c in cells if c is not None])
        return out

    def print_list(self) -> None:
        self.print_button.setEnabled(False)
        self.message_label.hide()
        self.tasks.start(self._print(), name="print price list")

    async def _print(self) -> None:
        try:
            prices = await self.catalog.print_price_list()
        except TillError as error:
            self.message_label.setText(describe(error))
            self.message_label.show()
        else:
            self.status_label.setText(
                self.tr("Printed: {count} products.").format(count=prices.product_count)
            )
        finally:
            self.print_button.setEnabled(True)

    def _unexpected(self, error: BaseException) -> None:
        log.error("printing the price list failed", exc_info=error)
        self.message_label.setText(self.tr("The price list did not print."))
        self.message_label.show()
        self.print_button.setEnabled(True)

    async def wait_idle(self, timeout: float = 10.0) -> None:
        await self.tasks.wait_idle(timeout)
