"""The card panel: what the sale's card payments leave the cashier to do (a payment in doubt,
paid without a receipt, part paid), with the buttons that do it. Mixed into CashierWindow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from till.checkout.events import SaleSnapshot, SaleStage
from till.core.money import format_kr
from till.ui.style import CARD_PANEL_STYLES


class CardState:
    """What the sale's card payments leave the cashier to do; the card panel shows it. The
    stage is checkout's (SaleSnapshot.stage); these are its names on the panel."""

    NONE = SaleStage.OPEN
    REGISTERING = SaleStage.REGISTERING  # the receipt is with the control unit
    UNKNOWN = SaleStage.PAYMENT_IN_DOUBT  # locked until it is settled
    NO_RECEIPT = SaleStage.PAID_NO_RECEIPT  # paid in full by card, no control code yet
    PARTIAL = SaleStage.PART_PAID  # the rest is due

    @staticmethod
    def of(sale: SaleSnapshot) -> SaleStage:
        return sale.stage


class CardPanel:
    """Mixed into CashierWindow: uses its entry, totals labels and intent handlers."""

    def _build_card_panel(self) -> QFrame:
        """A card payment that needs the cashier: in doubt, paid without a receipt, or part paid.
        Stays until the sale's state changes, unlike the banner."""
        self.card_panel = QFrame()
        self.card_panel.setObjectName("cardPanel")
        self.card_panel_title = QLabel()
        self.card_panel_title.setObjectName("cardPanelTitle")
        self.card_panel_title.setWordWrap(True)
        self.card_panel_text = QLabel()
        self.card_panel_text.setObjectName("cardPanelText")
        self.card_panel_text.setWordWrap(True)
        self.card_panel_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for action, text in (
            ("settle_card_payment", self.tr("Ask the terminal again (F7)")),
            ("settle_by_hand", self.tr("Settle by hand – manager (Shift+F7)")),
            ("finish_card_sale", self.tr("Retry the control code (F8)")),
            ("give_up_card_sale", self.tr("Give up – reverse the card payment (Shift+F8)")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"cardPanel_{action}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry keeps the keyboard
            button.setAutoDefault(False)
            button.clicked.connect(self._handlers[action])
            buttons.addWidget(button)
            self.card_panel_buttons[action] = button
        buttons.addStretch(1)
        column = QVBoxLayout(self.card_panel)
        column.setContentsMargins(14, 10, 14, 10)
        column.addWidget(self.card_panel_title)
        column.addWidget(self.card_panel_text)
        column.addLayout(buttons)
        self.card_panel.hide()
        return self.card_panel

    def _show_card_payments(self, sale: SaleSnapshot) -> None:
        paid = sale.paid > 0
        self.paid_label.setVisible(paid)
        self.still_due_label.setVisible(paid)
        if paid:
            self.paid_label.setText(
                self.tr("Paid by card  {amount}").format(amount=format_kr(sale.paid))
            )
            self.still_due_label.setText(
                self.tr("Still due  {amount}").format(amount=format_kr(max(sale.due, 0)))
            )
        state = CardState.of(sale)
        self.card_state = state
        self.entry.setPlaceholderText(
            self.tr("Locked: settle the card payment (F7)")
            if state == CardState.UNKNOWN
            else self.tr("Scan or type a code   (3*code adds 3)")
        )
        if state == CardState.NONE:
            self.card_panel.hide()
            return
        shown = {
            CardState.REGISTERING: ("finish_card_sale",),
            CardState.UNKNOWN: ("settle_card_payment", "settle_by_hand"),
            CardState.NO_RECEIPT: ("finish_card_sale", "give_up_card_sale"),
            CardState.PARTIAL: ("give_up_card_sale",),
        }[state]
        for action, button in self.card_panel_buttons.items():
            button.setVisible(action in shown)
        if state == CardState.REGISTERING:
            title = self.tr("Receipt {number} is with the control unit").format(
                number=sale.registering
            )
            text = self.tr(
                "The control unit was asked for this receipt's control code and its answer "
                "did not come through, or the receipt could not be saved. Nothing can change "
                "now: F8 finishes this very receipt (the control unit is asked again with the "
                "same data)."
            )
        elif state == CardState.UNKNOWN:
            doubtful = [p for p in sale.card_payments if p.state.open]
            reversals = [p for p in doubtful if p.state.in_reversal]
            if reversals:  # the money went to the card; did it come back?
                title = self.tr("Sale locked: reversal of {amount} kr in doubt").format(
                    amount=format_kr(sum(p.on_card for p in reversals))
                )
                text = self.tr(
                    "The till cannot tell whether the money went back to the card. Nothing can "
                    "be added, paid or voided until it is settled: ask the terminal again (F7), "
                    "or a manager settles it by hand (Shift+F7) after checking the terminal's "
                    "last receipt."
                )
            else:
                title = self.tr("Sale locked: card payment of {amount} kr in doubt").format(
                    amount=format_kr(sum(p.amount for p in doubtful))
                )
                text = self.tr(
                    "The till cannot tell whether the card was charged. Nothing can be added or "
                    "paid until it is settled: ask the terminal again, or a manager settles it "
                    "by hand after checking the terminal."
                )
        elif state == CardState.NO_RECEIPT:
            title = self.tr("Card paid {amount} kr, but no control code").format(
                amount=format_kr(sale.paid)
            )
            text = self.tr(
                "The receipt can only be made with a control code. Retry when the control "
                "unit answers, or give up: the card payment is then reversed."
            )
        else:
            title = self.tr("Paid by card {paid} kr – {due} kr still due").format(
                paid=format_kr(sale.paid), due=format_kr(sale.due)
            )
            text = self.tr(
                "Take the rest by card (F11) or in cash (F12). The items cannot change now; to "
                "start over, give up and the card payment is reversed."
            )
        self.card_panel_title.setText(title)
        self.card_panel_text.setText(text)
        if self.card_panel.property("state") != state:  # restyling re-polishes: only on change
            self.card_panel.setProperty("state", state)
            self.card_panel.setStyleSheet(CARD_PANEL_STYLES[state])
        self.card_panel.show()
