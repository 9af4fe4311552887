"""Signing in on the cashier screen: the first manager, F3 switching cashier, the idle lock,
intents refused while nobody is signed in, and a manager approving on a cashier's screen."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from shop_examples import PRODUCTS, SHOP
from ui_till_rig import WAIT, closed, open_dialog, press, scan

from till.checkout.register import Checkout
from till.checkout.users import Role
from till.store import TillStore
from till.ui.cashier_window import CashierWindow
from till.ui.selftest import wait_for
from till.ui.sign_in_dialog import Purpose, SignInDialog


class NoControlUnit:
    async def request_code(self, data, request_id):
        raise AssertionError("no receipt is registered in these tests")

    async def probe(self) -> None:
        pass


@pytest.fixture
def till(qtbot, arun, tmp_path):
    store = TillStore.open(tmp_path / "till.db")
    store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
    checkout = Checkout(
        store=store,
        control_unit=NoControlUnit(),
        shop=SHOP,
        clock=lambda: datetime(2026, 11, 21, 14, 5).astimezone(),
    )
    made: list[CashierWindow] = []

    def window(**users: tuple[str, Role]) -> CashierWindow:
        for name, (pin, role) in users.items():
            store.users.add(name, pin, role, register_id=SHOP.register_id)
        w = CashierWindow(checkout, title="till test", sign_in=True, idle_seconds=60)
        qtbot.addWidget(w)
        made.append(w)
        w.show()
        return w

    yield window, checkout, store
    for w in made:
        w.tasks.cancel_all()
    arun(checkout.close())
    store.close()


async def answer(qtbot, window, purpose: Purpose, who: str, pin: str) -> SignInDialog:
    dialog = await open_dialog(window, SignInDialog)
    assert dialog.purpose is purpose
    qtbot.keyClicks(dialog.name_edit, who)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    if purpose is Purpose.FIRST_MANAGER:
        qtbot.keyClicks(dialog.repeat_edit, pin)
        qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    await closed(dialog)
    return dialog


def kinds(store: TillStore, kind: str) -> list[dict]:
    return [r.data for r in store.journal_rows() if r.kind == kind]


def test_the_first_start_adds_the_first_manager(qtbot, arun, till):
    make, checkout, store = till
    window = make()

    async def go() -> None:
        await answer(qtbot, window, Purpose.FIRST_MANAGER, "Maja", "1111")
        await window.wait_idle(WAIT)

    arun(go())
    assert checkout.cashiers.current is not None and checkout.cashiers.current.is_manager
    assert window.windowTitle().endswith("Maja")
    assert kinds(store, "user_added")[0]["role"] == "manager"


def test_nothing_is_done_while_nobody_is_signed_in(qtbot, arun, till):
    make, checkout, store = till
    window = make(Maja=("1111", Role.MANAGER))

    async def go() -> None:
        dialog = await open_dialog(window, SignInDialog)
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
        await closed(dialog)
        await window.wait_idle(WAIT)
        await scan(qtbot, window, "30")
        assert "Sign in first" in window.banner_text
        assert checkout.sale.is_empty
        press(qtbot, window, Qt.Key.Key_F3)
        await answer(qtbot, window, Purpose.SIGN_IN, "Maja", "0000")  # wrong: asked again
        dialog = await open_dialog(window, SignInDialog)
        assert "Wrong name or PIN" in dialog.message_label.text()
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
        await closed(dialog)
        await window.wait_idle(WAIT)

    arun(go())
    assert checkout.cashiers.current is None
    assert kinds(store, "signed_in_failed")[0]["reason"] == "wrong PIN"


def test_f3_switches_cashier_and_the_sale_stays(qtbot, arun, till):
    make, checkout, store = till
    window = make(Maja=("1111", Role.MANAGER), Kalle=("2222", Role.CASHIER))

    async def go() -> None:
        await answer(qtbot, window, Purpose.SIGN_IN, "Kalle", "2222")
        await window.wait_idle(WAIT)
        await scan(qtbot, window, "30")
        press(qtbot, window, Qt.Key.Key_F3)
        await answer(qtbot, window, Purpose.SIGN_IN, "2", "2222")  # back in by number
        await window.wait_idle(WAIT)
        press(qtbot, window, Qt.Key.Key_F3)
        await answer(qtbot, window, Purpose.SIGN_IN, "maja", "1111")
        await window.wait_idle(WAIT)
        await scan(qtbot, window, "30")

    arun(go())
    assert checkout.cashiers.current.name == "Maja" and len(checkout.sale.lines) == 2
    assert [d["reason"] for d in kinds(store, "signed_out")] == ["switch", "switch"]
    assert [d["by"]["name"] for d in kinds(store, "item_added")] == ["Kalle", "Maja"]


def test_the_screen_locks_after_the_idle_time(qtbot, arun, till):
    make, checkout, store = till
    window = make(Maja=("1111", Role.MANAGER), Kalle=("2222", Role.CASHIER))
    now = [1000.0]
    checkout.cashiers._monotonic = lambda: now[0]

    async def go() -> None:
        await answer(qtbot, window, Purpose.SIGN_IN, "Kalle", "2222")
        await window.wait_idle(WAIT)
        now[0] += 59
        window._check_idle()
        await window.wait_idle(WAIT)
        assert checkout.cashiers.current is not None
        now[0] += 1
        window._check_idle()
        await wait_for("the lock", lambda: checkout.cashiers.current is None, WAIT)
        await answer(qtbot, window, Purpose.SIGN_IN, "Kalle", "2222")
        await window.wait_idle(WAIT)

    arun(go())
    assert kinds(store, "signed_out")[0]["reason"] == "idle"
    assert checkout.cashiers.current.name == "Kalle"


def test_a_manager_approves_on_a_cashiers_screen(qtbot, arun, till):
    make, checkout, store = till
    window = make(Maja=("1111", Role.MANAGER), Kalle=("2222", Role.CASHIER))

    async def go() -> None:
        await answer(qtbot, window, Purpose.SIGN_IN, "Kalle", "2222")
        await window.wait_idle(WAIT)
        press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # training
        await answer(qtbot, window, Purpose.APPROVE, "Maja", "1111")
        await window.wait_idle(WAIT)

    arun(go())
    assert checkout.training
    approved = kinds(store, "manager_approved")[0]
    assert approved["user"]["name"] == "Maja" and approved["by"]["name"] == "Kalle"
    assert checkout.cashiers.current.name == "Kalle"
