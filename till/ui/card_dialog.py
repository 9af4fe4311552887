"""Card payment: the amount (all that is due, or less for a split tender), then the terminal.

While the payment runs this dialog is the terminal's `TerminalPrompts` (checkout/ports.py): it
shows what the terminal wants the attendant and the cardholder to see in two areas, the card's
comings and goings on a status line, and opens a `ConfirmationDialog` when the terminal asks.
Esc asks the terminal to stop waiting for the card, F12 does the same because the customer
pays cash instead. Checkout decides everything; the dialog only shows and asks.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from till.checkout.ports import Progress, TerminalLines
from till.core.money import AmountError, format_kr, parse_kr
from till.ui.confirmation_dialog import AsksTheAttendant, ConfirmationDialog
from till.ui.dialogs import message_label
from till.ui.tasks import current_loop
from till.ui.terminal_display import DisplayBoard, Screen
from till.ui.texts import describe

log = logging.getLogger(__name__)

# Repaints of the display areas are gathered: a flood of notifications costs one setText a frame.
REPAINT_MS = 30
DISPLAY_LINES = 4

STATUS_TEXTS = {
    Progress.CARD_PRESENTED: QT_TRANSLATE_NOOP("TerminalStatus", "Card presented (contactless)"),
    Progress.CARD_SWIPED: QT_TRANSLATE_NOOP("TerminalStatus", "Card swiped (magstripe)"),
    Progress.CARD_INSERTED: QT_TRANSLATE_NOOP("TerminalStatus", "Card inserted (chip)"),
    Progress.CARD_READ: QT_TRANSLATE_NOOP("TerminalStatus", "Card read"),
    Progress.CARD_REMOVED: QT_TRANSLATE_NOOP("TerminalStatus", "Card removed"),
    Progress.STARTED: QT_TRANSLATE_NOOP("TerminalStatus", "Transaction started"),
    Progress.ENDED: QT_TRANSLATE_NOOP("TerminalStatus", "Transaction ended"),
    Progress.ABORTED: QT_TRANSLATE_NOOP("TerminalStatus", "Transaction aborted"),
}


def status_text(progress: Progress) -> str | None:
    """The status line for a payment's progress, None if it has none. In English; the dialogs
    show it translated in the "TerminalStatus" context."""
    return STATUS_TEXTS.get(progress)


def _display_area(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    label.setMinimumHeight(DISPLAY_LINES * 28)
    return label


class CardPaymentDialog(AsksTheAttendant, QDialog):
    """Two phases: the amount (Enter starts, Esc closes), then the payment (Esc / F12 cancel
    card entry; the window closes the dialog when checkout is done)."""

    cancel_requested = Signal(bool)  # True: the customer pays cash instead (abortCode 02)

    def __init__(
        self,
        due: int,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardDialog")
        self.setWindowTitle(self.tr("Card payment"))
        self.due = due
        self.running = False
        self.cash_instead = False  # F12: the window takes cash once the terminal has stopped
        self.abort_codes: list[int] = []  # sent while running, for the window and the tests
        self.confirmation: ConfirmationDialog | None = None
        self.board = DisplayBoard(clock)
        self._painted = -1
        self.paints = 0  # how often the display areas were set: few, however many notifications
        self._amount: asyncio.Future[int | None] | None = None

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.addWidget(QLabel(self.tr("Still due")), 0, 0)
        self.due_label = QLabel(format_kr(due))
        self.due_label.setObjectName("cardDueLabel")
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(self.due_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Charge the card")), 1, 0)
        self.amount_edit = QLineEdit(format_kr(due, thousands=False))
        self.amount_edit.setObjectName("cardAmountEdit")
        self.amount_edit.setProperty("role", "big")
        self.amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount_edit.selectAll()
        self.amount_edit.returnPressed.connect(self.confirm_amount)
        self.amount_edit.textChanged.connect(lambda _text: self.message_label.hide())
        grid.addWidget(self.amount_edit, 1, 1)

        self.attendant_label = _display_area("attendantDisplay")
        self.cardholder_label = _display_area("cardholderDisplay")
        screens = QHBoxLayout()
        screens.setSpacing(12)
        for caption, area in (
            (self.tr("Terminal – for you"), self.attendant_label),
            (self.tr("Terminal – customer's screen"), self.cardholder_label),
        ):
            column = QVBoxLayout()
            title = QLabel(caption)
            title.setObjectName("displayCaption")
            column.addWidget(title)
            column.addWidget(area, 1)
            screens.addLayout(column, 1)
        self.terminal_frame = QFrame()
        self.terminal_frame.setObjectName("terminalFrame")
        self.terminal_frame.setLayout(screens)

        self.status_label = QLabel(self.tr("Enter starts the payment on the terminal."))
        self.status_label.setObjectName("cardStatusLabel")
        self.status_label.setWordWrap(True)

        self.message_label = message_label()

        self.keys_label = QLabel()
        self.keys_label.setObjectName("dialogKeys")
        self._show_keys()

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addLayout(grid)
        layout.addWidget(self.message_label)
        layout.addWidget(self.terminal_frame, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.keys_label)
        layout.addLayout(self._touch_buttons())
        self.setMinimumWidth(640)

        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.timeout.connect(self._paint_display)

    def _touch_buttons(self) -> QHBoxLayout:
        """The keys as buttons for a finger (touch screen): the same three things."""
        self.stop_button = QPushButton(self.tr("Cancel (Esc)"))  # back, or stop the terminal
        self.stop_button.clicked.connect(lambda: self.cancel_card_entry())
        self.cash_button = QPushButton(self.tr("Cash instead (F12)"))
        self.cash_button.clicked.connect(lambda: self.cancel_card_entry(customer_pays_cash=True))
        self.start_button = QPushButton(self.tr("Start (Enter)"))
        self.start_button.clicked.connect(self.confirm_amount)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.stop_button, self.cash_button, self.start_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter stays the amount field's
            button.setAutoDefault(False)
            button.setMinimumSize(140, 56)
            row.addWidget(button)
        return row

    def set_due(self, due: int) -> None:
        """For a dialog built ahead of time: the amount this payment is for."""
        self.due = due
        self.due_label.setText(format_kr(due))
        self.amount_edit.setText(format_kr(due, thousands=False))
        self.amount_edit.selectAll()

    # -- phase one: the amount ---------------------------------------------------------------

    async def choose_amount(self) -> int | None:
        """Open the dialog and wait for the amount (Enter) or None (Esc, or F12 for cash)."""
        self._amount = current_loop().create_future()
        self.finished.connect(self._closed_before_start)
        self.open()
        self.amount_edit.setFocus()
        try:
            return await self._amount
        except asyncio.CancelledError:
            self.finish()
            raise
        finally:
            self.finished.disconnect(self._closed_before_start)

    def _closed_before_start(self, _result: int) -> None:
        if self._amount is not None and not self._amount.done():
            self._amount.set_result(None)

    def parse_amount(self) -> int:
        text = self.amount_edit.text().strip()
        amount = parse_kr(text) if text else self.due
        if amount <= 0:
            raise AmountError(self.tr("the amount must be more than 0"))
        if amount > self.due:
            raise AmountError(self.tr("at most {due} kr is due").format(due=format_kr(self.due)))
        return amount

    def confirm_amount(self) -> None:
        if self.running or self._amount is None or self._amount.done():
            return
        try:
            amount = self.parse_amount()
        except AmountError as error:
            self.message_label.setText(describe(error))
            self.message_label.show()
            self.amount_edit.selectAll()
            return
        self._amount.set_result(amount)

    # -- phase two: the payment runs ------------------------------------------------------

    def start(self) -> None:
        self.running = True
        self.amount_edit.setReadOnly(True)
        self.amount_edit.deselect()
        self.amount_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocus()
        self.status_label.setText(self.tr("Waiting for the terminal…"))
        self.start_button.hide()  # started: only stop and cash-instead are left
        self._show_keys()

    def finish(self) -> None:
        """Checkout is done with the payment: close, whatever the outcome."""
        self.running = False
        self._repaint.stop()
        if self.confirmation is not None:
            self.confirmation.reject()
        if self.isVisible():
            super().done(QDialog.DialogCode.Accepted)

    def _show_keys(self) -> None:
        if self.running:
            text = self.tr("Esc: stop waiting for the card     F12: customer pays cash instead")
        else:
            text = self.tr("Enter: start     Esc: back     F12: customer pays cash instead")
        self.keys_label.setText(text)

    def cancel_card_entry(self, *, customer_pays_cash: bool = False) -> None:
        if customer_pays_cash:
            self.cash_instead = True
        if not self.running:
            self.reject()
            return
        self.abort_codes.append(2 if customer_pays_cash else 1)
        self.status_label.setText(
            self.tr("Customer pays cash: asking the terminal to stop…")
            if customer_pays_cash
            else self.tr("Asking the terminal to stop waiting for the card…")
        )
        self.cancel_requested.emit(customer_pays_cash)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.cancel_card_entry()
        elif key == Qt.Key.Key_F12:
            self.cancel_card_entry(customer_pays_cash=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirm_amount()  # not QDialog's default-button handling
        else:
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self.running:  # the window manager's close button: the payment cannot just vanish
            self.cancel_card_entry()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.cancel_card_entry()
            return
        super().closeEvent(event)

    # -- TerminalPrompts ------------------------------------------------------------------

    def show_lines(self, lines: TerminalLines) -> None:
        self.board.show(lines.audience, spoken_lines(lines), lines.hold)
        self._schedule(REPAINT_MS / 1000 if self.board.version != self._painted else None)

    def show_progress(self, progress: Progress) -> None:
        text = status_text(progress)
        if text is None:
            log.info("terminal progress %s not shown", progress)
            return
        self.status_label.setText(QCoreApplication.translate("TerminalStatus", text))

    # -- painting the display areas -------------------------------------------------------

    def _schedule(self, delay: float | None) -> None:
        """Repaint in `delay` seconds, or when the next held line set may go (None)."""
        waiting = self.board.next_change_in()
        if delay is None or (waiting is not None and waiting < delay):
            delay = waiting
        if delay is None:
            return
        ms = max(math.ceil(delay * 1000), 0)
        if self._repaint.isActive() and self._repaint.remainingTime() <= ms:
            return
        self._repaint.start(ms)

    def _paint_display(self) -> None:
        self.board.tick()
        if self.board.version != self._painted:
            self._painted = self.board.version
            self.paints += 1
            self.attendant_label.setText(self.board.text(Screen.ATTENDANT))
            self.cardholder_label.setText(self.board.text(Screen.CARDHOLDER))
        self._schedule(None)


def spoken_lines(lines: TerminalLines) -> tuple[str, ...]:
    """The terminal's own lines as it sent them; the till's own (errors) in the shop's language."""
    return tuple(describe(x) if isinstance(x, BaseException) else x for x in lines.lines)
