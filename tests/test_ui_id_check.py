"""The customer ID check dialog (Point's Klarna payments): what the terminal sent, Confirm and
Deny by keyboard and by touch-sized buttons, a countdown that ends in a denial."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from till.checkout.ports import IdCheck
from till.ui.id_check_dialog import TOUCH_HEIGHT, IdCheckDialog, check_customer_id
from till.ui.selftest import wait_for

pytestmark = pytest.mark.gui

CHECK = IdCheck(("Klarna ID check", "CUSTOMER_NAME: Anna Andersson"), answer_within=60)


def open_dialog() -> IdCheckDialog | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, IdCheckDialog)]
    return next((w for w in shown if w.isVisible()), None)


async def answered(act) -> bool:
    """Await the prompt the way the adapter does, and act on the dialog when it is up."""
    task = asyncio.ensure_future(check_customer_id(CHECK))
    await wait_for("the ID check", lambda: open_dialog() is not None, 5)
    dialog = open_dialog()
    assert dialog is not None
    act(dialog)
    return await asyncio.wait_for(task, 5)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_Return, True),
        (Qt.Key.Key_Y, True),
        (Qt.Key.Key_Escape, False),
        (Qt.Key.Key_N, False),
    ],
)
def test_keys_answer(qtbot, arun, key, expected):
    answer = arun(answered(lambda d: qtbot.keyClick(d, key)))
    assert answer is expected


@pytest.mark.parametrize(("button", "expected"), [("confirm_button", True), ("deny_button", False)])
def test_touch_buttons_answer(qtbot, arun, button, expected):
    def tap(dialog: IdCheckDialog) -> None:
        target = getattr(dialog, button)
        assert target.minimumHeight() >= TOUCH_HEIGHT
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    assert arun(answered(tap)) is expected


def test_shows_what_the_terminal_sent_and_times_out_as_denied(qtbot):
    now = [100.0]
    dialog = IdCheckDialog(CHECK, clock=lambda: now[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Anna Andersson" in dialog.lines_label.text()
    assert "60" in dialog.countdown_label.text()
    now[0] += 61
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.result() != dialog.DialogCode.Accepted
