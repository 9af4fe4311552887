"""The status bar: the control unit's and the card terminal's state, the register and the
shop. Mixed into CashierWindow."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from till.checkout.events import ControlUnitStatus
from till.ui.style import CONTROL_UNIT_COLOURS, TERMINAL_COLOURS


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
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.control_unit_label, 1)
        bar.addWidget(self.terminal_label, 1)
        bar.addPermanentWidget(register)
        bar.addPermanentWidget(shop)

    def _show_terminal(self, online: bool | None, message: str) -> None:
        if online is None:
            state, text = "none", self.tr("Terminal: none")
        elif online:
            state, text = "online", self.tr("Terminal: online")
        else:
            state = "offline"
            text = self.tr("Terminal: offline – {reason}").format(reason=message)
        colour = TERMINAL_COLOURS[state]
        self.terminal_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.terminal_label.setToolTip(message)
        self.terminal_label.setProperty("state", state)

    def _show_control_unit(self, status: ControlUnitStatus) -> None:
        colour = CONTROL_UNIT_COLOURS.get(str(status.state), "#6b7280")
        self.control_unit_label.setText(
            f"<span style='color:{colour}'>●</span> "
            + self.tr("Control unit: {message}").format(message=status.message)
        )
        self.control_unit_label.setProperty("state", str(status.state))
