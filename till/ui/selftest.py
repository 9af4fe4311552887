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

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import Receipt
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.cashier_window import CashierWindow

SELFTEST_TIMED_OUT = Message(
    "selftest_timed_out",
    QT_TRANSLATE_NOOP("Errors", "Timed out after {timeout} s waiting for {what}."),
)
SELFTEST_RING_UP_FAILED = Message(
    "selftest_ring_up_failed", QT_TRANSLATE_NOOP("Errors", "Ringing up failed: {error}")
)
SELFTEST_PAYMENT_FAILED = Message(
    "selftest_payment_failed", QT_TRANSLATE_NOOP("Errors", "Payment failed: {error}")
)


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
            raise SelftestFailed(SELFTEST_TIMED_OUT, timeout=f"{timeout:g}", what=what)
        await asyncio.sleep(POLL)


async def type_text(widget: QWidget, text: str, key_delay: float) -> None:
    """Type as a person or a scanner does: with key_delay > 0 each key is its own event-loop
    turn, key_delay seconds apart (a scanner types a key every millisecond or two)."""
    if key_delay <= 0:
        QTest.keyClicks(widget, text)
        return
    for char in text:
        QTest.keyClicks(widget, char)
        await asyncio.sleep(key_delay)


async def press_key(widget: QWidget, key: Qt.Key, key_delay: float) -> None:
    QTest.keyClick(widget, key)
    if key_delay > 0:
        await asyncio.sleep(key_delay)


async def run_selftest(
    window: CashierWindow,
    *,
    codes: list[str],
    tendered: str = "",
    timeout: float = 30.0,
    key_delay: float = 0.0,
) -> Receipt:
    """Type each code + Enter, F12, the tendered amount (empty: exact), Enter; return the
    receipt once it is stored. Raises SelftestFailed with the screen's error banner, if any."""
    receipts: list[Receipt] = []
    window.receipt_completed.connect(receipts.append)
    try:
        entry = window.entry
        for code in codes:
            await type_text(entry, code, key_delay)
            await press_key(entry, Qt.Key.Key_Return, key_delay)
        await window.wait_idle(timeout)
        if _error(window):
            raise SelftestFailed(SELFTEST_RING_UP_FAILED, error=_error(window))

        await press_key(entry, Qt.Key.Key_F12, key_delay)
        dialog = await wait_for(
            "the cash dialog", lambda: _visible(window, CashPaymentDialog), timeout
        )
        if tendered:
            await type_text(dialog.tendered_edit, tendered, key_delay)
        await press_key(dialog.tendered_edit, Qt.Key.Key_Return, key_delay)

        await wait_for("the receipt", lambda: bool(receipts) or bool(_error(window)), timeout)
        await window.wait_idle(timeout)
        if not receipts:
            raise SelftestFailed(SELFTEST_PAYMENT_FAILED, error=_error(window))
        return receipts[0]
    finally:
        window.receipt_completed.disconnect(receipts.append)


def _error(window: CashierWindow) -> str:
    """The banner's text if it shows an error; a standing warning (a day without its Z
    report) does not stop the sale."""
    return window.banner_text if window.banner.property("level") == "error" else ""


def _visible(window: QWidget, kind: type[W]) -> W | None:
    for child in window.findChildren(kind):
        if child.isVisible():
            return child
    return None
