"""The card terminal's administrative commands (Ctrl+T): one button each, and what it printed.

A command runs to its end: the terminal is busy with it anyway, and an end of day or an
activation stopped half-way would leave nobody knowing its state. So the dialog stays open
while one runs; its result, the summary and every printout, appear in the read-only view.

With a Point (Klarna) terminal configured there are two more buttons: "Pair Point terminal"
(asks the entry code the terminal shows, REG_VER 2) and "Unpair Point terminal"; a manager
approves either (checkout's TerminalAdmin asks the ManagerGate).
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from till.checkout.manager import ManagerGate
from till.checkout.ports import Progress, TerminalLines
from till.checkout.terminal_admin import AdminResult, TerminalAdmin
from till.core.errors import TillError
from till.ui.card_dialog import spoken_lines, status_text
from till.ui.confirmation_dialog import AsksTheAttendant, ConfirmationDialog
from till.ui.dialogs import ask, message_label
from till.ui.input_dialogs import ValueDialog
from till.ui.tasks import TaskKeeper
from till.ui.texts import describe

log = logging.getLogger(__name__)

CALM = QT_TRANSLATE_NOOP(
    "TerminalAdminDialog", "Something unexpected went wrong; details are in the log."
)
# The buttons' labels come from checkout, which has no Qt: listed here for lupdate, and a test
# checks that every command's label is among them.
COMMAND_LABELS = (
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Activate"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Deactivate"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "SI config"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "SI init"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "End of day (final balance)"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Transmission"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Submission"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Intermediate EOD receipt"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Reprint last receipt"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Config data"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "PIN pad information"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Ping"),
    # the Point terminal's (adapters/point/terminal.py)
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Status"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Test the pairing (TEST_MAC)"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Last transaction"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "Resynchronise the counter"),
    QT_TRANSLATE_NOOP("TerminalAdminDialog", "End of day"),
)
PAIR, UNPAIR = "pair", "unpair"  # the pairing buttons' names beside the commands
COLUMNS = 2


class TerminalAdminDialog(AsksTheAttendant, QDialog):
    def __init__(
        self,
        admin: TerminalAdmin,
        parent: QWidget | None = None,
        *,
        manager: ManagerGate | None = None,
    ) -> None:
        super().__init__(parent)
        self.manager = manager  # approves pairing and unpairing
        self.setObjectName("terminalAdminDialog")
        self.setWindowTitle(self.tr("Card terminal"))
        self.admin = admin
        self.tasks = TaskKeeper(self._unexpected)
        self.running: str | None = None
        self.last_result: AdminResult | None = None
        self.confirmation: ConfirmationDialog | None = None

        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for n, command in enumerate(admin.commands):
            button = QPushButton(self.tr(command.label))
            button.setObjectName(f"command_{command.name}")
            button.setAutoDefault(True)  # Enter runs the focused command
            button.setToolTip(
                self.tr("Talks to the acquirer: may take minutes") if command.slow else ""
            )
            button.clicked.connect(lambda _checked=False, name=command.name: self.run(name))
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self.buttons[command.name] = button
        if admin.pairing is not None and manager is not None:
            n = len(admin.commands)
            for name, label in (
                (PAIR, self.tr("Pair Point terminal")),
                (UNPAIR, self.tr("Unpair Point terminal")),
            ):
                button = QPushButton(label)
                button.setObjectName(f"command_{name}")
                button.setAutoDefault(True)
                button.setToolTip(self.tr("Manager only"))
                button.clicked.connect(lambda _checked=False, name=name: self.run(name))
                grid.addWidget(button, n // COLUMNS, n % COLUMNS)
                self.buttons[name] = button
                n += 1

        self.status_label = QLabel(
            self.tr("Terminal at {address}. Choose a command (arrows, Enter).").format(
                address=admin.terminal.address
            )
        )
        self.status_label.setObjectName("adminStatus")
        self.status_label.setWordWrap(True)
        self.message_label = message_label()

        self.output = QPlainTextEdit()
        self.output.setObjectName("adminOutput")
        self.output.setReadOnly(True)
        self.output.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.output.setFont(font)
        self.output.setPlaceholderText(self.tr("What the terminal answers and prints shows here."))

        close = QPushButton(self.tr("Close (Esc)"))
        close.setAutoDefault(False)
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)

        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addStretch(1)
        columns.addLayout(left)
        columns.addWidget(self.output, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(bottom)
        self.resize(980, 560)
        self.buttons[admin.commands[0].name].setFocus()

    # -- running a command ----------------------------------------------------------------

    def run(self, name: str) -> asyncio.Task[Any] | None:
        if self.running is not None:
            return None
        self.running = name
        for button in self.buttons.values():
            button.setEnabled(False)
        label = self.buttons[name].text()
        slow = any(c.slow for c in self.admin.commands if c.name == name)
        self.status_label.setText(
            self.tr("{command}: waiting for the terminal{slow}…").format(
                command=label, slow=self.tr(" (this can take minutes)") if slow else ""
            )
        )
        self.message_label.hide()
        return self.tasks.start(self._run(name), name=f"terminal {name}")

    async def _pairing(self, name: str) -> AdminResult | None:
        """Pair (asking the entry code) or unpair; a manager approves in checkout."""
        assert self.manager is not None
        if name == UNPAIR:
            await self.admin.unpair(manager=self.manager)
            return AdminResult(name, True, self.tr("Unpaired: the till forgot the MAC key."), ())
        code = await ask(
            ValueDialog(
                self.tr("Pair Point terminal"),
                self.tr("Type the entry code the terminal shows:"),
                _entry_code,
                parent=self,
            )
        )
        if code is None:
            return None
        label = await self.admin.pair(code, manager=self.manager)
        return AdminResult(
            name, True, self.tr("Paired (MAC_LABEL {label}).").format(label=label), ()
        )

    async def _run(self, name: str) -> None:
        try:
            if name in (PAIR, UNPAIR):
                outcome = await self._pairing(name)
                if outcome is None:  # the entry code was not given
                    self.status_label.setText(self.tr("Choose a command (arrows, Enter)."))
                    return
                result = outcome
            else:
                result = await self.admin.run(name, prompts=self, manager=self.manager)
        except TillError as error:
            log.info("terminal command %s failed: %s (%s)", name, error, error.detail)
            self._show_error(describe(error))
            self.output.setPlainText("")
        else:
            self.last_result = result
            said = describe(result.said) if result.said is not None else None
            self.output.setPlainText(result.text(said))
            if result.ok:
                self.status_label.setText(
                    self.tr("{command}: done.").format(command=self.buttons[name].text())
                )
            else:
                why = said if said is not None else result.summary
                self._show_error(self.tr("The terminal refused: {why}").format(why=why))
        finally:
            self._ready(name)

    def _ready(self, name: str) -> None:
        self.running = None
        for button in self.buttons.values():
            button.setEnabled(True)
        self.buttons[name].setFocus()

    def _show_error(self, message: str) -> None:
        self.status_label.setText(self.tr("Choose a command (arrows, Enter)."))
        self.message_label.setText(message)
        self.message_label.show()

    def _unexpected(self, error: BaseException) -> None:
        log.error("terminal command failed unexpectedly", exc_info=error)
        self._show_error(self.tr(CALM))
        if self.running is not None:
            self._ready(self.running)

    async def wait_idle(self, timeout: float = 10.0) -> None:
        await self.tasks.wait_idle(timeout)

    # -- keys and closing -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.focusNextChild()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)

    def reject(self) -> None:
        if self.running is not None:
            self._show_error(
                self.tr("Wait for the terminal to finish: a command cannot be stopped half-way.")
            )
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    # -- TerminalPrompts: an activation or end of day may ask or show things too --------------

    def show_lines(self, lines: TerminalLines) -> None:
        self.status_label.setText(" / ".join(spoken_lines(lines)))

    def show_progress(self, progress: Progress) -> None:
        text = status_text(progress)
        if text:
            self.status_label.setText(QCoreApplication.translate("TerminalStatus", text))


def _entry_code(text: str) -> str:
    code = text.strip()
    if not (code.isascii() and code.isdigit()):
        raise ValueError(
            QCoreApplication.translate("TerminalAdminDialog", "The entry code is digits only.")
        )
    return code
