"""Remake the README's screenshots: the main screen, the cash dialog and the settings screen,
taken from a real `till --demo` on an X server (Xvfb), as a shop's screen would show them.

    xvfb-run -a -s "-screen 0 1366x768x24" python tools/screenshots.py [docs/screenshots]

Needs `xvfb` (apt-get install xvfb). Each picture is the whole screen, so dialogs appear over the
window as the cashier sees them. The sale rung up is scripted below.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from till.app import main as till_main
from till.ui.selftest import type_text, wait_for

SALE = ["7310865004703", "3*30", "0,452*1", "12"]  # milk, three bags, bananas by weight, bread


def shoot(path: Path) -> None:
    QApplication.processEvents()
    screen = QGuiApplication.primaryScreen()
    if not screen.grabWindow(0).save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path}")


def visible_dialog(kind: str) -> QDialog | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible() and type(widget).__name__ == kind:
            return widget
    return None


async def settle(seconds: float = 0.6) -> None:
    """Let Qt paint and the demo's simulators answer."""
    await asyncio.sleep(seconds)
    QApplication.processEvents()


def take_screenshots(out: Path):
    async def after_start(session, window) -> int:
        # Xvfb has no window manager to maximize the window: give it the screen as one would.
        window.setGeometry(QGuiApplication.primaryScreen().availableGeometry())
        await settle(1.0)
        for code in SALE:
            await type_text(window.entry, code, 0)
            QTest.keyClick(window.entry, Qt.Key.Key_Return)
        await window.wait_idle(10)
        await settle()
        shoot(out / "main.png")

        window.findChild(QPushButton, "action_pay_cash").click()
        dialog = await wait_for("the cash dialog", lambda: visible_dialog("CashPaymentDialog"), 10)
        await type_text(dialog.tendered_edit, "500", 0)
        await settle()
        shoot(out / "cash.png")
        QTest.keyClick(dialog.tendered_edit, Qt.Key.Key_Return)
        await window.wait_idle(10)
        await settle(1.0)
        shoot(out / "change.png")

        window._handlers["settings"]()
        dialog = await wait_for("the settings", lambda: visible_dialog("SettingsDialog"), 10)
        await settle()
        shoot(out / "settings.png")
        dialog.reject()
        await settle(0.2)
        return 0

    return after_start


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", default="docs/screenshots", type=Path)
    return parser.parse_args(argv)


if __name__ == "__main__":
    args = parse(None)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("no X display: run under xvfb-run (see the docstring)")
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    args.out.mkdir(parents=True, exist_ok=True)
    sys.exit(till_main(["--demo"], after_start=take_screenshots(args.out)))
