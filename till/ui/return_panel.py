"""The return on screen: the strip that says a return is open and the original receipt's
lines that can come back. Mixed into CashierWindow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from till.checkout.events import SaleSnapshot
from till.core.sale import SaleKind
from till.ui.card_panel import CardState
from till.ui.return_dialog import ReturnableModel, returnable_table


class ReturnPanel:
    """Mixed into CashierWindow: uses its mode strips, entry and checkout."""

    def _build_return_panel(self) -> QWidget:
        """A return against a receipt: the original's lines, what was sold, what can come back."""
        self.return_panel = QWidget()
        self.return_panel.setObjectName("returnPanelBox")
        self.return_panel_title = QLabel()
        self.return_panel_title.setObjectName("returnPanelTitle")
        self.returnable_model = ReturnableModel()
        self.returnable_view = returnable_table("returnPanel", self.returnable_model)
        self.returnable_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry keeps the keys
        self.returnable_view.setMaximumHeight(170)
        column = QVBoxLayout(self.return_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.return_panel_title)
        column.addWidget(self.returnable_view)
        self.return_panel.hide()
        return self.return_panel

    def _show_return(self, sale: SaleSnapshot) -> None:
        strip = self.mode_strips["return"]
        if sale.kind is not SaleKind.RETURN:
            strip.hide()
            self.return_panel.hide()
            return
        keys = self.tr("F12 pays back in cash, F11 to the card, F9 cancels the return.")
        if sale.original is None:
            strip.setText(self.tr("RETUR utan kvitto – scan the items coming back. ") + keys)
            placeholder = self.tr("Scan or type the items coming back")
            self.return_panel.hide()
        else:
            number = sale.original.sequence_number
            strip.setText(
                self.tr(
                    "RETUR mot kvitto {number} – scan the items coming back or pick a line "
                    "(Ctrl+R). "
                ).format(number=number)
                + keys
            )
            placeholder = self.tr("Scan an item from receipt {number}, or Ctrl+R").format(
                number=number
            )
            self.return_panel_title.setText(
                self.tr("Receipt {number} ({code}): what can come back").format(
                    number=number, code=sale.original.code
                )
            )
            self.returnable_model.set_rows(self.checkout.returnable())
            self.return_panel.show()
        if self.card_state == CardState.NONE:
            self.entry.setPlaceholderText(placeholder)
        strip.show()
