"""A product sold per kg, entered without a weight: the cashier types what the scale shows,
on the keyboard or the pad ("0,452" kg). A scale over serial is a later step."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from till.core.money import format_kr, round_half_up_div
from till.core.sale import ONE, Product, parse_quantity
from till.ui.numeric_pad import PadValueDialog


class WeightDialog(PadValueDialog):
    """answer(): the weight in grams (thousandths of a kg, as sale quantities are)."""

    def __init__(self, product: Product, parent: QWidget | None = None) -> None:
        self.product = product
        super().__init__(
            self.tr("Weight"),
            self.tr("Weight of {name} ({price}/kg)").format(
                name=product.name, price=format_kr(product.unit_price)
            ),
            lambda text: parse_quantity(text, by_weight=True),
            unit=self.tr("kg"),
            parent=parent,
        )
        self.setObjectName("weightDialog")
        self.edit.setPlaceholderText("0,000")

    def show_result(self, text: str) -> None:
        try:
            grams = parse_quantity(text, by_weight=True)
        except ValueError:
            self.result_label.clear()
            return
        amount = round_half_up_div(self.product.unit_price * grams, ONE)  # as the sale rounds
        self.result_label.setText(format_kr(amount))
