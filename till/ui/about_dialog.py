"""About: the program's name, model designation, maker, version and this installation's
manufacturing number (SKVFS 2014:9: what an inspector reads off the register)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from till.about import Identity, identity
from till.ui.style import FINGER

if TYPE_CHECKING:
    from till.checkout.register import Checkout


class AboutDialog(QDialog):
    def __init__(self, about: Identity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About till"))
        number = about.manufacturing_number or self.tr("(made at the first start)")
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for name, label, value in (
            ("name", self.tr("Program"), about.name),
            ("model", self.tr("Model"), about.model),
            ("maker", self.tr("Maker"), about.maker),
            ("version", self.tr("Version"), about.version),
            ("number", self.tr("Manufacturing number"), number),
        ):
            shown = QLabel(value)
            shown.setObjectName(f"about_{name}")
            if name == "number":
                shown.setProperty("role", "big")
            form.addRow(label, shown)
            self.values[name] = shown
        close = QPushButton(self.tr("Close"))
        close.setObjectName("aboutClose")
        close.setMinimumSize(120, FINGER)
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(close)


async def about_checkout(checkout: Checkout) -> Identity:
    """This till's identity; the manufacturing number is made now if the start did not yet."""
    number = await checkout.in_store(
        checkout.store.manufacturing_number, register_id=checkout.register_id
    )
    return identity(number)
