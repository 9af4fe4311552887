"""The catalog on screen, for a manager: search, add, change and remove products, their groups
and quick keys, and the price list. Opened from the cashier window (Ctrl+E, or Help's Catalog
button); a manager approves once when it opens (checkout/catalog.py), and every change is
journaled by the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from till.checkout.catalog import Catalog, QuickKeyWish
from till.core.errors import TillError
from till.core.sale import Product
from till.ui.dialogs import WorkingDialog, ask, message_label
from till.ui.input_dialogs import ConfirmDialog
from till.ui.price_list import PriceListDialog
from till.ui.product_dialog import ProductDialog
from till.ui.style import FINGER
from till.ui.tasks import TaskKeeper
from till.ui.texts import amount_text, describe

if TYPE_CHECKING:
    from till.ui.cashier_window import CashierWindow

log = logging.getLogger(__name__)


class CatalogDialog(WorkingDialog, QDialog):
    button_prefix = "catalog"

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogDialog")
        self.setWindowTitle(self.tr("Catalog"))
        self.catalog = catalog
        self.tasks = TaskKeeper(self._unexpected)
        self.products: list[Product] = []
        self.child: QDialog | None = None  # the product or price-list dialog open over it

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalogSearch")
        self.search_edit.setPlaceholderText(self.tr("Search by name, code or barcode"))
        self.search_edit.setMinimumHeight(FINGER)
        self.search_edit.textChanged.connect(self._show_products)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("catalogTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Price"),
                self.tr("VAT"),
                self.tr("Group"),
                self.tr("Barcodes"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(FINGER)  # a row a finger can pick
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._enable)

        self.status_label = QLabel()
        self.status_label.setObjectName("catalogStatus")
        self.message_label = message_label()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("add", self.tr("Add"), self.add_product),
            ("edit", self.tr("Change"), self.edit_selected),
            ("remove", self.tr("Remove"), self.remove_selected),
            ("prices", self.tr("Price list"), self.show_price_list),
        ):
            row.addWidget(self._button(name, text, slot))
        row.addStretch(1)
        row.addWidget(self._button("close", self.tr("Close"), self.accept))

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        layout.addLayout(row)
        self._enable()
        self.tasks.start(self.reload(), name="catalog load")

    def sizeHint(self) -> QSize:
        return QSize(960, 660)  # fits 1024x768 with the frame

    # -- the list --------------------------------------------------------------------------

    async def reload(self) -> None:
        self.products = await self.catalog.products()
        self._show_products()

    def _shown(self) -> list[Product]:
        text = self.search_edit.text().strip().casefold()
        if not text:
            return self.products
        return [
            p
            for p in self.products
            if text in p.name.casefold()
            or p.code.casefold().startswith(text)
            or any(b.startswith(text) for b in p.barcodes)
        ]

    def _show_products(self) -> None:
        shown = self._shown()
        self.table.setRowCount(len(shown))
        for row, p in enumerate(shown):
            price = amount_text(p.unit_price)
            if p.sold_by_weight:
                price = self.tr("{price}/kg").format(price=price)
            if p.open_price:
                price = self.tr("{price} (open)").format(price=price)
            cells = (
                p.code,
                p.name,
                price,
                self.tr("{rate} %").format(rate=p.vat_rate),
                p.group or "",
                " ".join(p.barcodes),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(Qt.ItemDataRole.UserRole, p.code)
                self.table.setItem(row, column, item)
        self.status_label.setText(
            self.tr("{shown} of {count} products").format(
                shown=len(shown), count=len(self.products)
            )
        )
        self._enable()

    def selected(self) -> Product | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.products if p.code == code), None)

    def select_code(self, code: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == code:
                self.table.selectRow(row)
                return

    def _enable(self) -> None:
        chosen = self.selected() is not None
        self.buttons["edit"].setEnabled(chosen)
        self.buttons["remove"].setEnabled(chosen)

    # -- changes ---------------------------------------------------------------------------

    def add_product(self) -> None:
        self.tasks.start(self._edit(None), name="catalog add")

    def edit_selected(self) -> None:
        product = self.selected()
        if product is not None:
            self.tasks.start(self._edit(product), name="catalog change")

    def remove_selected(self) -> None:
        product = self.selected()
        if product is not None:
            self.tasks.start(self._remove(product), name="catalog remove")

    def show_price_list(self) -> None:
        self.tasks.start(self._price_list(), name="price list")

    async def _edit(self, product: Product | None) -> None:
        self.message_label.hide()
        groups = await self.catalog.groups()
        wish = None
        if product is not None:
            place = await self.catalog.quick_key_of(product)
            wish = QuickKeyWish(place is not None, place.label if place else None)
        new, error = product is None, ""
        while True:
            self.child = ProductDialog(
                groups, product, quick_key=wish, new=new, error=error, parent=self
            )
            answer = await ask(self.child)
            self.child.deleteLater()
            self.child = None
            if answer is None:
                return
            product, wish = answer
            try:
                if new:
                    await self.catalog.add(product, wish)
                else:
                    await self.catalog.change(product, wish)
            except TillError as refused:
                error = describe(refused)  # shown again, with what the manager typed
                continue
            break
        await self.reload()
        self.select_code(product.code)
        self.status_label.setText(
            self.tr("Saved: {code} {name}.").format(code=product.code, name=product.name)
        )

    async def _remove(self, product: Product) -> None:
        self.child = ConfirmDialog(
            self.tr("Remove product"),
            self.tr(
                "Remove {code} {name} from the catalog? It is no longer sold; receipts and the "
                "journal keep it."
            ).format(code=product.code, name=product.name),
            self.tr("Remove (Enter)"),
            parent=self,
        )
        yes = await ask(self.child)
        self.child.deleteLater()
        self.child = None
        if not yes:
            return
        try:
            await self.catalog.remove(product.code)
        except TillError as error:
            self._show_error(describe(error))
            return
        await self.reload()
        self.status_label.setText(
            self.tr("Removed: {code} {name}.").format(code=product.code, name=product.name)
        )

    async def _price_list(self) -> None:
        self.child = PriceListDialog(self.catalog, await self.catalog.price_list(), parent=self)
        await ask(self.child)
        self.child.deleteLater()
        self.child = None


# -- the cashier window's side ------------------------------------------------------------------


async def open_catalog(window: CashierWindow) -> bool:
    """The window's catalog action: a manager approves, then the catalog dialog; the quick keys
    are loaded again afterwards."""
    catalog = Catalog(window.checkout)
    await catalog.begin()
    try:
        await window._ask(CatalogDialog(catalog, window))
    finally:
        catalog.end()
        window.reload_quick_keys()
    return False


async def open_price_list(window: CashierWindow) -> bool:
    """The price list for anyone at the till (SKVFS 2014:9 4 kap.: shown on request)."""
    catalog = Catalog(window.checkout)
    await window._ask(PriceListDialog(catalog, await catalog.price_list(), window))
    return False


def add_catalog_buttons(help_dialog: QDialog, handlers: dict[str, Callable[[], None]]) -> None:
    """Touch: Help's row gets Catalog and Price list buttons; each closes Help and opens its
    screen, as the keys do."""
    box = help_dialog.findChild(QDialogButtonBox)
    if box is None:
        return
    for action, text in (
        ("catalog", QCoreApplication.translate("CatalogDialog", "Catalog")),
        ("price_list", QCoreApplication.translate("CatalogDialog", "Price list")),
    ):
        button = QPushButton(text)
        button.setObjectName(f"{action}Button")
        button.setMinimumSize(120, FINGER)
        button.clicked.connect(help_dialog.accept)
        button.clicked.connect(lambda _checked=False, action=action: handlers[action]())
        box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
