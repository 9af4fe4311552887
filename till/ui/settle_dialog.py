"""A manager settles a card payment of unknown outcome by hand, after checking the terminal.

Both answers are required: was the customer charged (no default: a guess must not be one key
away), and why the manager says so. Checkout journals the decision with the reason. For a
reversal in doubt the question is the other way round: was the money given back to the card?
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

from till.core.card import CardPayment, CardPaymentState
from till.core.money import format_kr
from till.ui.dialogs import message_label, ok_cancel_row


class SettleDialog(QDialog):
    """Enter settles (when both are given), Esc cancels. Answer: (charged, reason), where
    charged means the card ends up charged by the payment (a reversal not carried out)."""

    def __init__(
        self, payment: CardPayment, parent: QWidget | None = None, *, reference: str = ""
    ) -> None:
        """`reference`: the payment's terminal reference as the terminal's receipt shows it."""
        super().__init__(parent)
        self.setObjectName("settleDialog")
        self.setWindowTitle(self.tr("Settle a card payment by hand (manager)"))
        self._answer: tuple[bool, str] | None = None
        self.reversal = payment.reversal if payment.state.in_reversal else None

        if self.reversal is None:
            started = payment.started_at.strftime("%Y-%m-%d %H:%M:%S")
            about = QLabel(
                self.tr(
                    "The till cannot tell whether the card was charged {amount} kr "
                    "(started {started}, {reference}).\n"
                    "Check the terminal's last receipt or the acquirer's report first."
                ).format(
                    amount=format_kr(payment.amount),
                    started=started,
                    reference=reference or payment.terminal_ref,
                )
            )
            question = QLabel(self.tr("Was the customer charged?"))
            yes = self.tr("&Yes, the customer was charged")
            no = self.tr("&No, the customer was not charged")
        else:
            self.setWindowTitle(self.tr("Settle a card reversal by hand (manager)"))
            about = QLabel(
                self.tr(
                    "The card payment of {amount} kr was being reversed (requested "
                    "{requested}, terminal transaction {seq}), and the till cannot tell whether "
                    "the money went back to the card.\n"
                    "Check the terminal's last receipt (a reversal slip) or the acquirer's "
                    "report first."
                ).format(
                    amount=format_kr(payment.on_card),
                    requested=self.reversal.requested_at.strftime("%Y-%m-%d %H:%M:%S"),
                    seq=self.reversal.orig_trx_seq_cnt or "?",
                )
            )
            question = QLabel(self.tr("Was the money given back to the card?"))
            yes = self.tr("&Yes, the money was given back to the card")
            no = self.tr("&No, the card payment stands")
        about.setObjectName("settleAbout")
        about.setWordWrap(True)
        why = self._why(payment.state)  # the record's own words are English: said by state
        if why:
            about.setText(about.text() + "\n" + why)

        # The first button is "yes" to the question asked (charged; or given back).
        self.answer_yes = QRadioButton(yes)
        self.answer_yes.setObjectName("answerYes")
        self.answer_no = QRadioButton(no)
        self.answer_no.setObjectName("answerNo")
        self.charged_yes, self.charged_no = self.answer_yes, self.answer_no
        self._group = QButtonGroup(self)
        self._group.addButton(self.answer_yes)
        self._group.addButton(self.answer_no)
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
        layout.addWidget(question)
        layout.addWidget(self.answer_yes)
        layout.addWidget(self.answer_no)
        layout.addWidget(QLabel(self.tr("Reason (required, kept in the journal)")))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.setTabOrder(self.answer_yes, self.answer_no)
        self.setTabOrder(self.answer_no, self.reason_edit)
        self.answer_yes.setFocus()

    def _why(self, state: CardPaymentState) -> str:
        if state is CardPaymentState.PENDING:
            return self.tr("Why: the till stopped before the terminal answered.")
        if state is CardPaymentState.UNKNOWN:
            return self.tr("Why: no answer from the terminal said what happened.")
        if state is CardPaymentState.REVERSAL_PENDING:
            return self.tr("Why: the till stopped before the terminal answered the reversal.")
        if state is CardPaymentState.REVERSAL_UNKNOWN:
            return self.tr("Why: no answer from the terminal said what became of the reversal.")
        return ""

    def confirm(self) -> None:
        checked = self._group.checkedButton()
        reason = self.reason_edit.text().strip()
        if checked is None:
            self._refuse(
                self.tr("Choose whether the customer was charged.")
                if self.reversal is None
                else self.tr("Choose whether the money was given back to the card.")
            )
            return
        if not reason:
            self._refuse(self.tr("Write why: the reason is kept in the journal."))
            self.reason_edit.setFocus()
            return
        yes = checked is self.answer_yes
        # Checkout asks "is the card charged by it?": after a reversal given back, it is not.
        self._answer = (yes if self.reversal is None else not yes, reason)
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
