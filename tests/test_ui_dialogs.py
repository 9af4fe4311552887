"""The small dialogs on their own: cash, one value, product search, and awaiting them."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from till.core.errors import TillError
from till.core.sale import FRACTION_OF_A_PIECE, Product, parse_quantity, settle_cash
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.dialogs import ask
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.product_search import ProductSearchDialog
from till.ui.selftest import wait_for
from till.ui.texts import say

pytestmark = pytest.mark.gui


def settle_for(total: int):
    return lambda tendered: settle_cash(total, tendered)


async def answer_of(qtbot, dialog: QDialog, keys) -> object:
    """Open the dialog the way the window does, type, and await its answer."""
    task = asyncio.ensure_future(ask(dialog))
    await wait_for("the dialog", dialog.isVisible, 5)
    keys()
    return await asyncio.wait_for(task, 5)


def test_cash_dialog_shows_rounding_and_live_change(qtbot):
    dialog = CashPaymentDialog(settle_for(10963))
    qtbot.addWidget(dialog)
    assert dialog.total_label.text() == "109,63"
    assert dialog.rounding_label.text() == "0,37"
    assert dialog.due_label.text() == "110,00"
    assert dialog.change_label.text() == "0,00"  # empty: exact
    qtbot.keyClicks(dialog.tendered_edit, "200")
    assert dialog.change_label.text() == "90,00"
    qtbot.keyClicks(dialog.tendered_edit, ",5")
    assert dialog.change_label.text() == "90,50"


@pytest.mark.parametrize("typed", ["50", "abc", "1,234"])
def test_cash_dialog_refuses_bad_or_too_small_amounts_in_place(qtbot, typed):
    dialog = CashPaymentDialog(settle_for(10963))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.tendered_edit, typed)
    qtbot.keyClick(dialog.tendered_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message_label.isVisible() and dialog.message_label.text()


def test_cash_dialog_answers_the_tendered_amount(qtbot, arun):
    dialog = CashPaymentDialog(settle_for(10963))
    qtbot.addWidget(dialog)

    def keys() -> None:
        qtbot.keyClicks(dialog.tendered_edit, "500")
        qtbot.keyClick(dialog.tendered_edit, Qt.Key.Key_Return)

    assert arun(answer_of(qtbot, dialog, keys)) == 50000


def test_cash_dialog_empty_means_exact_and_escape_cancels(qtbot, arun):
    exact = CashPaymentDialog(settle_for(10963))
    cancelled = CashPaymentDialog(settle_for(10963))
    qtbot.addWidget(exact)
    qtbot.addWidget(cancelled)
    enter = lambda: qtbot.keyClick(exact.tendered_edit, Qt.Key.Key_Return)  # noqa: E731
    escape = lambda: qtbot.keyClick(cancelled.tendered_edit, Qt.Key.Key_Escape)  # noqa: E731
    assert arun(answer_of(qtbot, exact, enter)) == 11000
    assert arun(answer_of(qtbot, cancelled, escape)) is None


def test_value_dialog_parses_or_explains(qtbot, arun):
    dialog = ValueDialog("Quantity", "How many?", lambda t: parse_quantity(t, by_weight=False))
    qtbot.addWidget(dialog)

    def keys() -> None:
        qtbot.keyClicks(dialog.edit, "2,5")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        assert dialog.message_label.text() == say(FRACTION_OF_A_PIECE)
        dialog.edit.clear()
        qtbot.keyClicks(dialog.edit, "4")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

    assert arun(answer_of(qtbot, dialog, keys)) == 4000


def test_confirm_dialog_enter_is_yes(qtbot, arun):
    dialog = ConfirmDialog("Void", "Sure?", "Void")
    qtbot.addWidget(dialog)
    assert arun(answer_of(qtbot, dialog, lambda: qtbot.keyClick(dialog, Qt.Key.Key_Return)))


PRODUCTS = [
    Product("40", "Kaffe mellanrost", 5990, 12),
    Product("41", "Kaffe mörkrost", 6290, 12),
    Product("20", "Dagstidning", 3500, 6),
]


async def fake_search(text: str) -> list[Product]:
    await asyncio.sleep(0.01)
    return [p for p in PRODUCTS if text.lower() in p.name.lower()]


def test_search_picks_with_arrows_and_enter(qtbot, arun):
    dialog = ProductSearchDialog(fake_search)
    qtbot.addWidget(dialog)

    async def pick() -> object:
        task = asyncio.ensure_future(ask(dialog))
        await wait_for("the dialog", dialog.isVisible, 5)
        qtbot.keyClicks(dialog.query_edit, "kaffe")
        await wait_for("results", lambda: dialog.results.count() == 2, 5)
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)
        return await task

    assert arun(pick()) == PRODUCTS[1]


def test_search_enter_before_the_results_takes_the_first_when_ready(qtbot, arun):
    dialog = ProductSearchDialog(fake_search)
    qtbot.addWidget(dialog)

    def keys() -> None:
        qtbot.keyClicks(dialog.query_edit, "tidn")
        qtbot.keyClick(dialog.query_edit, Qt.Key.Key_Return)

    assert arun(answer_of(qtbot, dialog, keys)) == PRODUCTS[2]


def test_search_failure_is_shown_in_the_dialog(qtbot, arun):
    async def broken(text: str) -> list[Product]:
        raise TillError("the product list cannot be read")

    dialog = ProductSearchDialog(broken)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.query_edit, "x")

    async def settle() -> None:
        await wait_for("the message", lambda: "cannot" in dialog.message_label.text(), 5)

    arun(settle())
    assert dialog.isVisible()
