"""`till --demo --selftest`: ring up and pay one sale through the real widgets, by keyboard.

Keys go to the same widgets a cashier's keyboard reaches, so this proves the screen, checkout,
the store, the control unit and the printer work together on this very PC.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from till.core.errors import TillError
from till.core.receipt import Receipt
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.cashier_window import CashierWindow

W = TypeVar("W", bound=QWidget)
POLL = 0.02


class SelftestFailed(TillError):
    """The sale did not go through; the message says where it stopped."""

    code = "selftest_failed"


async def wait_for(what: str, probe: Callable[[], W | bool | None], timeout: float) -> W | bool:
    """Poll until `probe()` is truthy, letting the loop (and Qt) run in between."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise SelftestFailed(f"timed out after {timeout:g} s waiting for {what}")
        await asyncio.sleep(POLL)


async def run_selftest(
    window: CashierWindow, *, codes: list[str], tendered: str = "", timeout: float = 30.0
) -> Receipt:
    """Type each code + Enter, F12, the tendered amount (empty: exact), Enter; return the
    receipt once it is stored. Raises SelftestFailed with the screen's error banner, if any."""
    receipts: list[Receipt] = []
    window.receipt_completed.connect(receipts.append)
    try:
        entry = window.entry
        for code in codes:
            QTest.keyClicks(entry, code)
            QTest.keyClick(entry, Qt.Key.Key_Return)
        await window.wait_idle(timeout)
        if window.banner_text:
            raise SelftestFailed(f"ringing up failed: {window.banner_text}")

        QTest.keyClick(entry, Qt.Key.Key_F12)
        dialog = await wait_for(
            "the cash dialog", lambda: _visible(window, CashPaymentDialog), timeout
        )
        if tendered:
            QTest.keyClicks(dialog.tendered_edit, tendered)
        QTest.keyClick(dialog.tendered_edit, Qt.Key.Key_Return)

        await wait_for("the receipt", lambda: bool(receipts) or bool(window.banner_text), timeout)
        await window.wait_idle(timeout)
        if not receipts:
            raise SelftestFailed(f"payment failed: {window.banner_text}")
        return receipts[0]
    finally:
        window.receipt_completed.disconnect(receipts.append)


def _visible(window: QWidget, kind: type[W]) -> W | None:
    for child in window.findChildren(kind):
        if child.isVisible():
            return child
    return None
