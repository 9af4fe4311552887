"""Ctrl+T: the terminal's administrative commands through the dialog, against the simulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from test_ui_card_payment import (
    CardTill,
    close_card_till,
    gone,
    make_card_till,
    open_dialog,
    press,
)

from till.adapters.wallee.admin import COMMANDS
from till.protocols.lti import ActivationRequest, BeFinalBalanceRequest, PingRequest
from till.ui.selftest import wait_for
from till.ui.terminal_admin_dialog import TerminalAdminDialog

pytestmark = pytest.mark.gui

WAIT = 5.0


@pytest.fixture
def till(qtbot, arun, tmp_path) -> Iterator[CardTill]:
    rig = make_card_till(qtbot, arun, tmp_path)
    yield rig
    close_card_till(rig, arun)


async def open_admin(qtbot, till: CardTill) -> TerminalAdminDialog:
    press(qtbot, till.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    return await open_dialog(till.window, TerminalAdminDialog)


def test_every_command_has_a_button(qtbot, arun, till):
    async def look() -> TerminalAdminDialog:
        return await open_admin(qtbot, till)

    admin = arun(look())
    assert list(admin.buttons) == [c.name for c in COMMANDS]
    assert admin.buttons["activate"].hasFocus() or not admin.isActiveWindow()
    qtbot.keyClick(admin, Qt.Key.Key_Escape)
    arun(till.window.wait_idle(WAIT))
    assert gone(admin)


def test_ping_and_end_of_day_show_what_the_terminal_answers_and_prints(qtbot, arun, till):
    window, sim = till.window, till.terminal
    texts: dict[str, str] = {}

    async def manager() -> None:
        admin = await open_admin(qtbot, till)
        ping = admin.buttons["ping"]
        ping.setFocus()
        qtbot.keyClick(ping, Qt.Key.Key_Return)  # Enter runs the focused command
        await wait_for("the ping", lambda: admin.last_result is not None, WAIT)
        await admin.wait_idle(WAIT)
        texts["ping"] = admin.output.toPlainText()
        texts["ping status"] = admin.status_label.text()

        end_of_day = admin.buttons["end-of-day"]
        end_of_day.setFocus()
        qtbot.keyClick(end_of_day, Qt.Key.Key_Space)
        assert admin.running == "end-of-day" and not ping.isEnabled()
        qtbot.keyClick(admin, Qt.Key.Key_Escape)  # refused while the terminal works
        assert admin.isVisible() and "Wait" in admin.message_label.text()
        await admin.wait_idle(WAIT)
        texts["eod"] = admin.output.toPlainText()
        assert ping.isEnabled()
        qtbot.keyClick(admin, Qt.Key.Key_Escape)
        await window.wait_idle(WAIT)

    arun(manager(), timeout=15)
    assert [type(r) for r in sim.received] == [PingRequest, BeFinalBalanceRequest]
    assert texts["ping"] == "Ping: done."
    assert texts["ping status"] == "Ping: done."
    assert "Final balance" in texts["eod"] and "Trm-Id: SIM00001" in texts["eod"]
    assert "Transactions: 0" in texts["eod"]
    kinds = [
        (r.kind, r.data["command"])
        for r in till.store.journal_rows()
        if r.kind.startswith("terminal")
    ]
    assert kinds == [("terminal_admin", "ping"), ("terminal_admin", "end-of-day")]


def test_activate_sends_the_configured_language_and_arrows_move_between_commands(qtbot, arun, till):
    sim = till.terminal

    async def manager() -> None:
        admin = await open_admin(qtbot, till)
        admin.buttons["deactivate"].setFocus()
        qtbot.keyClick(admin.buttons["deactivate"], Qt.Key.Key_Up)
        assert QApplication.focusWidget() is admin.buttons["activate"] or not admin.isActiveWindow()
        qtbot.keyClick(admin.buttons["activate"], Qt.Key.Key_Return)
        await wait_for("the activation", lambda: admin.last_result is not None, WAIT)
        await admin.wait_idle(WAIT)
        assert "Activation" in admin.output.toPlainText()
        qtbot.keyClick(admin, Qt.Key.Key_Escape)
        await till.window.wait_idle(WAIT)

    arun(manager(), timeout=15)
    activations = [r for r in sim.received if isinstance(r, ActivationRequest)]
    assert len(activations) == 1 and activations[0].language == "sv"


def test_a_terminal_that_cannot_be_reached_is_said_in_the_dialog(qtbot, arun, till):
    arun(till.terminal.stop())

    async def manager() -> None:
        admin = await open_admin(qtbot, till)
        qtbot.keyClick(admin.buttons["ping"], Qt.Key.Key_Return)
        await admin.wait_idle(WAIT)
        assert admin.message_label.isVisible()
        assert "cannot be reached" in admin.message_label.text()
        assert admin.output.toPlainText() == "" and admin.running is None
        qtbot.keyClick(admin, Qt.Key.Key_Escape)
        await till.window.wait_idle(WAIT)

    arun(manager(), timeout=15)
    assert till.window.banner_text == ""  # said in the dialog, not on the screen behind it


def test_without_a_terminal_ctrl_t_is_refused(qtbot, arun, tmp_path):
    rig = make_card_till(qtbot, arun, tmp_path, with_terminal=False)
    try:

        async def manager() -> None:
            press(qtbot, rig.window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
            await rig.window.wait_idle(WAIT)

        arun(manager())
        assert "No card terminal" in rig.window.banner_text
        assert not rig.window.findChildren(TerminalAdminDialog)
    finally:
        close_card_till(rig, arun)
