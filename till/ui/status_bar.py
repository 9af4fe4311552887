"""The status bar: the control unit's and the card terminal's state, the register and the
shop. Mixed into CashierWindow.

Each state is a few words ("Control unit: reachable"); the whole text, with the reason the
state is what it is (an error, described in the shop's language), is the label's tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from till.checkout.events import ControlUnitState, ControlUnitStatus, PrinterState, PrinterStatus
from till.core.errors import TillError
from till.ui.style import CONTROL_UNIT_COLOURS, PRINTER_COLOURS, TERMINAL_COLOURS
from till.ui.texts import describe


def reason_words(reason: TillError | str) -> str:
    """Why a device is in its state: an error in the shop's language, else as it came (an
    address, a CTUID)."""
    return describe(reason) if isinstance(reason, BaseException) else reason


class StatusBar:
    """Mixed into CashierWindow: uses its checkout's shop."""

    def _build_status_bar(self) -> None:
        self.control_unit_label = QLabel()
        self.control_unit_label.setObjectName("controlUnitLabel")
        register = QLabel(self.tr("Register {id}").format(id=self.checkout.shop.register_id))
        register.setObjectName("registerLabel")
        shop = QLabel(self.checkout.shop.name)
        shop.setObjectName("shopLabel")
        self.terminal_label = QLabel()
        self.terminal_label.setObjectName("terminalLabel")
        # Only a printer that tells its state (ESC/POS) shows one: hidden until it reports.
        self.printer_label = QLabel()
        self.printer_label.setObjectName("printerLabel")
        self.printer_label.hide()
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.control_unit_label, 1)
        bar.addWidget(self.terminal_label, 1)
        bar.addWidget(self.printer_label, 1)
        bar.addPermanentWidget(register)
        bar.addPermanentWidget(shop)

    def _show_terminal(self, online: bool | None, message: TillError | str) -> None:
        if online is None:
            state, text = "none", self.tr("Terminal: none")
        elif online:
            state, text = "online", self.tr("Terminal: online")
        else:
            state, text = "offline", self.tr("Terminal: offline")
        reason = reason_words(message)
        whole = self.tr("{state} – {reason}").format(state=text, reason=reason) if reason else text
        colour = TERMINAL_COLOURS[state]
        self.terminal_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.terminal_label.setToolTip(whole)
        self.terminal_label.setProperty("state", state)

    def _control_unit_words(self, state: ControlUnitState) -> str:
        if state is ControlUnitState.ONLINE:
            return self.tr("Control unit: reachable")
        if state is ControlUnitState.BUSY:
            return self.tr("Control unit: asking for a control code")
        if state is ControlUnitState.OFFLINE:
            return self.tr("Control unit: offline")
        return self.tr("Control unit: not asked yet")

    def _printer_words(self, state: PrinterState) -> str:
        if state is PrinterState.READY:
            return self.tr("Printer: ready")
        if state is PrinterState.PAPER_OUT:
            return self.tr("Printer: out of paper")
        if state is PrinterState.COVER_OPEN:
            return self.tr("Printer: cover open")
        if state is PrinterState.OFFLINE:
            return self.tr("Printer: offline")
        return self.tr("Printer: not connected")

    def _show_printer(self, status: PrinterStatus) -> None:
        colour = PRINTER_COLOURS.get(str(status.state), "#6b7280")
        text = self._printer_words(status.state)
        reason = reason_words(status.message)
        whole = self.tr("{state} – {reason}").format(state=text, reason=reason) if reason else text
        self.printer_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.printer_label.setToolTip(whole)
        self.printer_label.setProperty("state", str(status.state))
        self.printer_label.show()

    def _show_control_unit(self, status: ControlUnitStatus) -> None:
        colour = CONTROL_UNIT_COLOURS.get(str(status.state), "#6b7280")
        text = self._control_unit_words(status.state)
        reason = reason_words(status.message)
        whole = self.tr("{state} – {reason}").format(state=text, reason=reason) if reason else text
        self.control_unit_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.control_unit_label.setToolTip(whole)
        self.control_unit_label.setProperty("state", str(status.state))
