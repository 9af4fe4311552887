"""Small questions for the till's manager actions: why (the drawer), which receipt, which Z."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from till.core.sale import ReceiptRef, SaleError
from till.ui.input_dialogs import ValueDialog


def _required(text: str) -> str:
    reason = text.strip()
    if not reason:
        raise SaleError(
            QCoreApplication.translate(
                "ReasonDialog", "Write why: the reason is kept in the journal."
            )
        )
    return reason


class ReasonDialog(ValueDialog):
    """A reason that is journaled; required. Answer: the reason, stripped."""

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(title, prompt, _required, parent=parent)
        self.setObjectName("reasonDialog")
        self.edit.setProperty("role", "")
        self.edit.setPlaceholderText(self.tr("e.g. 'change for the bank', 'customer's lost coin'"))
        self.setMinimumWidth(480)


class ReceiptNumberDialog(ValueDialog):
    """A receipt's number typed, or its barcode scanned (`R-<register>-<number>`). Answer: the
    text as typed, once it reads as a receipt number; checkout looks the receipt up."""

    def __init__(
        self, title: str, prompt: str, register_id: str, parent: QWidget | None = None
    ) -> None:
        def parse(text: str) -> str:
            ReceiptRef.parse(text, default_register=register_id)
            return text.strip()

        super().__init__(title, prompt, parse, parent=parent)
        self.setObjectName("receiptNumberDialog")
        self.edit.setPlaceholderText(self.tr("Number, or scan the receipt's barcode"))


def parse_report_number(text: str) -> int:
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise SaleError(
            QCoreApplication.translate("ReasonDialog", "'{text}' is not a Z report number").format(
                text=text
            )
        )
    return int(text)
