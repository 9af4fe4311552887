"""An open-price product (Product.open_price): the cashier types the price at each sale."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from till.core.money import format_kr, parse_kr
from till.core.sale import Product
from till.ui.numeric_pad import PadValueDialog


class PriceDialog(PadValueDialog):
    """answer(): the unit price in öre. The product's price, if it has one, is suggested."""

    def __init__(self, product: Product, parent: QWidget | None = None) -> None:
        self.product = product
        super().__init__(
            self.tr("Price"),
            self.tr("Price of {name}").format(name=product.name),
            parse_kr,
            initial=format_kr(product.unit_price, thousands=False) if product.unit_price else "",
            unit=self.tr("kr"),
            parent=parent,
        )
        self.setObjectName("priceDialog")
        self.edit.setPlaceholderText("0,00")
