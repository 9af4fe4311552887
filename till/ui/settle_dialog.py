"""A manager settles a card payment of unknown outcome by hand, after checking the terminal.

Both answers are required: was the customer charged (no default: a guess must not be one key
away), and why the manager says so. Checkout journals the decision with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from till.core.card import CardPayment
from till.core.money import format_kr
from till.ui.dialogs import message_label, ok_cancel_row


class SettleDialog(QDialog):
    """Enter settles (when both are given), Esc cancels. Answer: (charged, reason)."""

    def __init__(self, payment: CardPayment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settleDialog")
        self.setWindowTitle(self.tr("Settle a card payment by hand (manager)"))
        self._answer: tuple[bool, str] | None = None

        started = payment.started_at.strftime("%Y-%m-%d %H:%M:%S")
        about = QLabel(
            self.tr(
                "The till cannot tell whether the card was charged {amount} kr "
                "(started {started}, trxSyncNumber {sync}).\n"
                "Check the terminal's last receipt or the acquirer's report first."
            ).format(
                amount=format_kr(payment.amount), started=started, sync=payment.trx_sync_number
            )
        )
        about.setObjectName("settleAbout")
        about.setWordWrap(True)
        if payment.message:
            about.setText(about.text() + "\n" + self.tr("Why: {why}").format(why=payment.message))

        self.charged_yes = QRadioButton(self.tr("&Yes, the customer was charged"))
        self.charged_yes.setObjectName("chargedYes")
        self.charged_no = QRadioButton(self.tr("&No, the customer was not charged"))
        self.charged_no.setObjectName("chargedNo")
        self._group = QButtonGroup(self)
        self._group.addButton(self.charged_yes)
        self._group.addButton(self.charged_no)
        self._group.buttonToggled.connect(lambda *_: self.message_label.hide())

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(
            self.tr("Reason, e.g. 'terminal receipt 0421 shows it approved'")
        )
        self.reason_edit.returnPressed.connect(self.confirm)
        self.reason_edit.textChanged.connect(lambda _text: self.message_label.hide())

        self.message_label = message_label()

        buttons = ok_cancel_row(self, self.tr("Settle (Enter)"), self.confirm)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(about)
        layout.addWidget(QLabel(self.tr("Was the customer charged?")))
        layout.addWidget(self.charged_yes)
        layout.addWidget(self.charged_no)
        layout.addWidget(QLabel(self.tr("Reason (required, kept in the journal)")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.setTabOrder(self.charged_yes, self.charged_no)
        self.setTabOrder(self.charged_no, self.reason_edit)
        self.charged_yes.setFocus()

    def confirm(self) -> None:
        checked = self._group.checkedButton()
        reason = self.reason_edit.text().strip()
        if checked is None:
            self._refuse(self.tr("Choose whether the customer was charged."))
            return
        if not reason:
            self._refuse(self.tr("Write why: the reason is kept in the journal."))
            self.reason_edit.setFocus()
            return
        self._answer = (checked is self.charged_yes, reason)
        self.accept()

    def _refuse(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm()
            return
        super().keyPressEvent(event)

    def answer(self) -> tuple[bool, str] | None:
        return self._answer
