"""One product of the catalog, added or changed by a manager: code (fixed once it exists), name,
price, VAT, piece or kg, open price, service, group, barcodes, and its quick key.

The dialog checks what it can on its own (a price it can read, the barcodes' check digits:
checkout/catalog.check_product); the catalog checks the rest when it saves (a code or barcode
another product has) and the dialog is shown again with that message.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from till.checkout.catalog import QuickKeyWish, check_product
from till.core.errors import TillError
from till.core.money import AmountError, format_kr, parse_kr
from till.core.sale import Product
from till.core.vat import VAT_RATES
from till.store.catalog_csv import MAX_GROUP, MAX_LABEL, NOT_PRICE, CatalogProblem
from till.ui.dialogs import message_label
from till.ui.style import FINGER
from till.ui.texts import describe


class ProductDialog(QDialog):
    """Answer: (Product, QuickKeyWish). `product` None: a new one; `new` with a product: a new
    one shown again with `error` after the catalog refused it."""

    def __init__(
        self,
        groups: list[str],
        product: Product | None = None,
        *,
        quick_key: QuickKeyWish | None = None,
        new: bool | None = None,
        error: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("productDialog")
        self.new = product is None if new is None else new  # new: the code may be typed
        self.setWindowTitle(self.tr("New product") if self.new else self.tr("Product"))
        self._answer: tuple[Product, QuickKeyWish] | None = None

        self.code_edit = self._edit("productCode", 32)
        self.name_edit = self._edit("productName", 60)
        self.price_edit = self._edit("productPrice", 12)
        self.price_edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.vat_box = QComboBox()
        self.vat_box.setObjectName("productVat")
        for rate in sorted(VAT_RATES, reverse=True):
            self.vat_box.addItem(self.tr("{rate} %").format(rate=rate), rate)
        self.unit_box = QComboBox()
        self.unit_box.setObjectName("productUnit")
        self.unit_box.addItem(self.tr("per piece"), False)
        self.unit_box.addItem(self.tr("per kg (weighed)"), True)
        self.open_price_box = QCheckBox(self.tr("Open price: the cashier types it at each sale"))
        self.open_price_box.setObjectName("productOpenPrice")
        self.service_box = QCheckBox(self.tr("A service, not goods"))
        self.service_box.setObjectName("productService")
        self.group_box = QComboBox()
        self.group_box.setObjectName("productGroup")
        self.group_box.setEditable(True)  # a new group is typed
        self.group_box.addItem("")
        self.group_box.addItems(groups)
        self.group_box.lineEdit().setMaxLength(MAX_GROUP)
        self.barcodes_edit = self._edit("productBarcodes", 200)
        self.barcodes_edit.setPlaceholderText(self.tr("Several are separated by spaces"))
        self.quick_key_box = QCheckBox(self.tr("A quick key in the group's grid"))
        self.quick_key_box.setObjectName("productQuickKey")
        self.label_edit = self._edit("productKeyLabel", MAX_LABEL)
        self.label_edit.setPlaceholderText(self.tr("Key text (empty: the name)"))
        for widget in (
            self.vat_box,
            self.unit_box,
            self.group_box,
            self.open_price_box,
            self.service_box,
            self.quick_key_box,
        ):
            widget.setMinimumHeight(FINGER)

        form = QFormLayout()
        form.setVerticalSpacing(6)
        form.addRow(self.tr("Code (PLU)"), self.code_edit)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Price incl. VAT (kr)"), self.price_edit)
        form.addRow(self.tr("VAT"), self.vat_box)
        form.addRow(self.tr("Sold"), self.unit_box)
        form.addRow("", self.open_price_box)
        form.addRow("", self.service_box)
        form.addRow(self.tr("Group"), self.group_box)
        form.addRow(self.tr("Barcodes"), self.barcodes_edit)
        form.addRow("", self.quick_key_box)
        form.addRow(self.tr("Key text"), self.label_edit)

        self.message_label = message_label()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("productSave")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("productCancel")
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.cancel_button, self.save_button):
            button.setMinimumSize(120, FINGER)
            button.setAutoDefault(False)
            row.addWidget(button)
        self.save_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addLayout(row)

        if product is not None:
            self._fill(product, quick_key or QuickKeyWish(False))
        self.code_edit.setReadOnly(not self.new)  # a code never changes: it is in the journal
        if error:
            self.message_label.setText(error)
            self.message_label.show()
        (self.name_edit if self.code_edit.isReadOnly() else self.code_edit).setFocus()

    def sizeHint(self) -> QSize:
        return QSize(640, 680)  # fits 1024x768 with the frame

    def _edit(self, name: str, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setMaxLength(length)
        edit.setMinimumHeight(FINGER)
        edit.textChanged.connect(lambda _text: self.message_label.hide())
        return edit

    def _fill(self, product: Product, wish: QuickKeyWish) -> None:
        self.code_edit.setText(product.code)
        self.name_edit.setText(product.name)
        self.price_edit.setText(format_kr(product.unit_price, thousands=False))
        self.vat_box.setCurrentIndex(self.vat_box.findData(product.vat_rate))
        self.unit_box.setCurrentIndex(1 if product.sold_by_weight else 0)
        self.open_price_box.setChecked(product.open_price)
        self.service_box.setChecked(product.service)
        self.group_box.setCurrentText(product.group or "")
        self.barcodes_edit.setText(" ".join(product.barcodes))
        self.quick_key_box.setChecked(wish.wanted)
        self.label_edit.setText(wish.label or "")

    def _product(self) -> tuple[Product, QuickKeyWish]:
        text = self.price_edit.text().strip()
        try:
            price = parse_kr(text.removesuffix("kr").strip())
        except AmountError:
            raise CatalogProblem(NOT_PRICE, value=repr(text)) from None
        barcodes = self.barcodes_edit.text().replace(",", " ").split()
        group = " ".join(self.group_box.currentText().split()) or None
        product = Product(
            self.code_edit.text().strip(),
            " ".join(self.name_edit.text().split()),
            price,
            self.vat_box.currentData(),
            barcodes[0] if barcodes else None,
            sold_by_weight=self.unit_box.currentData(),
            service=self.service_box.isChecked(),
            open_price=self.open_price_box.isChecked(),
            group=group,
            more_barcodes=tuple(barcodes[1:]),
        )
        label = " ".join(self.label_edit.text().split()) or None
        wish = QuickKeyWish(self.quick_key_box.isChecked(), label)
        check_product(product, wish)
        return product, wish

    def confirm(self) -> None:
        try:
            self._answer = self._product()
        except TillError as error:
            self.message_label.setText(describe(error))
            self.message_label.show()
            return
        self.accept()

    def answer(self) -> tuple[Product, QuickKeyWish] | None:
        return self._answer
