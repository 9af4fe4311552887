"""The Cashiers screen, by touch: a manager adds a cashier (who then signs in with that PIN),
disables one (whose sign-in is then refused), sets a new PIN, and cannot disable themselves; a
cashier who is not a manager is refused the screen, and a manager approving on a cashier's
screen is the `by` of each change in the journal."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton, QWidget
from shop_examples import PRODUCTS, SHOP
from ui_till_rig import WAIT, closed, open_dialog

from till.checkout.register import Checkout
from till.checkout.users import Role, SignInRefused
from till.store import TillStore
from till.ui.cashier_window import CashierWindow
from till.ui.help_dialog import HelpDialog
from till.ui.input_dialogs import ConfirmDialog
from till.ui.sign_in_dialog import Purpose, SignInDialog
from till.ui.users_dialog import PinForm, UsersDialog

pytestmark = pytest.mark.gui

LEFT = Qt.MouseButton.LeftButton


class NoControlUnit:
    async def request_code(self, data, request_id):
        raise AssertionError("no receipt is registered in these tests")

    async def probe(self) -> None:
        pass


@pytest.fixture
def till(qtbot, arun, tmp_path):
    store = TillStore.open(tmp_path / "till.db")
    store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
    store.users.add("Maja", "1111", Role.MANAGER, register_id=SHOP.register_id)
    store.users.add("Kalle", "2222", Role.CASHIER, register_id=SHOP.register_id)
    checkout = Checkout(
        store=store,
        control_unit=NoControlUnit(),
        shop=SHOP,
        clock=lambda: datetime(2026, 11, 21, 14, 5).astimezone(),
    )
    made: list[CashierWindow] = []

    def window() -> CashierWindow:
        w = CashierWindow(checkout, title="till test", sign_in=True, idle_seconds=0)
        qtbot.addWidget(w)
        made.append(w)
        w.show()
        return w

    yield window, checkout, store
    for w in made:
        w.tasks.cancel_all()
    arun(checkout.close())
    store.close()


def click(qtbot, button: QWidget) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    assert button.height() >= 48 and button.width() >= 48, button.objectName()
    qtbot.mouseClick(button, LEFT)


async def sign_in(qtbot, window, purpose: Purpose, who: str, pin: str) -> None:
    dialog = await open_dialog(window, SignInDialog)
    assert dialog.purpose is purpose
    qtbot.keyClicks(dialog.name_edit, who)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    await closed(dialog)


async def open_screen(qtbot, window) -> None:
    """Help's Cashiers button, by touch."""
    click(qtbot, window.action_buttons["help"])
    help_dialog = await open_dialog(window, HelpDialog)
    click(qtbot, help_dialog.findChild(QPushButton, "usersButton"))


def click_row(qtbot, dialog: UsersDialog, name: str) -> None:
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == name)
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=QPoint(rect.center()))


async def fill_pin(qtbot, form: PinForm, pin: str) -> None:
    """The PIN twice on the pad: touch a field, then the digits."""
    for edit in (form.pin_edit, form.repeat_edit):
        qtbot.mouseClick(edit, LEFT)
        for digit in pin:
            click(qtbot, form.pad.keys[digit])
    click(qtbot, form.save_button)


def states(dialog: UsersDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
        for r in range(table.rowCount())
    }


def rows(store: TillStore, kind: str) -> list[dict]:
    return [r.data for r in store.journal_rows() if r.kind == kind]


def test_a_manager_adds_disables_and_sets_a_pin_by_touch(qtbot, arun, till):
    make, checkout, store = till
    window = make()

    async def add(name: str, pin: str, role: Role = Role.CASHIER, repeat: str = "") -> PinForm:
        users = await open_dialog(window, UsersDialog)
        click(qtbot, users.buttons["add"])
        form = await open_dialog(users, PinForm)
        qtbot.keyClicks(form.name_edit, name)
        click(qtbot, form.role_buttons[role])
        qtbot.mouseClick(form.pin_edit, LEFT)
        for digit in pin:
            click(qtbot, form.pad.keys[digit])
        qtbot.mouseClick(form.repeat_edit, LEFT)
        for digit in repeat or pin:
            click(qtbot, form.pad.keys[digit])
        click(qtbot, form.save_button)
        return form

    async def steps() -> None:
        await sign_in(qtbot, window, Purpose.SIGN_IN, "Maja", "1111")
        await window.wait_idle(WAIT)
        await open_screen(qtbot, window)
        users = await open_dialog(window, UsersDialog)
        await users.wait_idle(WAIT)
        assert states(users) == {"Maja": ("Manager", "Active"), "Kalle": ("Cashier", "Active")}

        form = await add("Lisa", "1357", repeat="1358")  # two PINs that differ: not saved
        assert form.isVisible() and "differ" in form.message_label.text()
        qtbot.mouseClick(form.repeat_edit, LEFT)
        for digit in "1357":
            click(qtbot, form.pad.keys[digit])
        click(qtbot, form.save_button)
        await closed(form)
        await users.wait_idle(WAIT)
        assert states(users)["Lisa"] == ("Cashier", "Active")
        assert users.status_label.text() == "Added: 3 Lisa."
        click_row(qtbot, users, "Lisa")
        users.grab().save("/tmp/g_users.png")

        click_row(qtbot, users, "Kalle")
        click(qtbot, users.buttons["disable"])
        confirm = await open_dialog(users, ConfirmDialog)
        yes = next(b for b in confirm.findChildren(QPushButton) if b.text() == "Disable (Enter)")
        click(qtbot, yes)
        await closed(confirm)
        await users.wait_idle(WAIT)
        assert states(users)["Kalle"] == ("Cashier", "Disabled")

        click_row(qtbot, users, "Lisa")
        click(qtbot, users.buttons["pin"])
        form = await open_dialog(users, PinForm)
        assert not form.name_edit.isVisible()
        form.grab().save("/tmp/g_pin_form.png")
        await fill_pin(qtbot, form, "8642")
        await closed(form)
        await users.wait_idle(WAIT)
        assert users.status_label.text() == "New PIN set: 3 Lisa."

        click_row(qtbot, users, "Maja")  # oneself: refused, with the reason
        click(qtbot, users.buttons["disable"])
        confirm = await open_dialog(users, ConfirmDialog)
        qtbot.keyClick(confirm, Qt.Key.Key_Return)
        await closed(confirm)
        await users.wait_idle(WAIT)
        assert users.message_label.text() == (
            "Maja cannot disable themselves: another manager must do it."
        )
        assert states(users)["Maja"] == ("Manager", "Active")
        click(qtbot, users.buttons["close"])
        await closed(users)
        await window.wait_idle(WAIT)

        with pytest.raises(SignInRefused):
            await checkout.cashiers.sign_in("Kalle", "2222")  # disabled
        with pytest.raises(SignInRefused):
            await checkout.cashiers.sign_in("Lisa", "1357")  # the old PIN
        assert (await checkout.cashiers.sign_in("Lisa", "8642")).name == "Lisa"

    arun(steps(), timeout=60)
    maja = {"number": 1, "name": "Maja"}
    added = rows(store, "user_added")[-1]
    assert added["user"]["name"] == "Lisa" and added["role"] == "cashier" and added["by"] == maja
    assert [(r["user"]["name"], r["by"]) for r in rows(store, "user_disabled")] == [("Kalle", maja)]
    assert [(r["user"]["name"], r["by"]) for r in rows(store, "user_pin_reset")] == [("Lisa", maja)]
    assert "signed_in_failed" in [r.kind for r in store.journal_rows()]


def test_a_cashier_is_refused_the_screen_and_a_manager_approves_on_theirs(qtbot, arun, till):
    make, checkout, store = till
    window = make()

    async def go() -> None:
        await sign_in(qtbot, window, Purpose.SIGN_IN, "Kalle", "2222")
        await window.wait_idle(WAIT)
        await open_screen(qtbot, window)
        await sign_in(qtbot, window, Purpose.APPROVE, "Kalle", "2222")  # not a manager
        await window.wait_idle(WAIT)
        assert "Kalle is not a manager" in window.banner_text
        assert not any(d.isVisible() for d in window.findChildren(UsersDialog))

        await open_screen(qtbot, window)
        await sign_in(qtbot, window, Purpose.APPROVE, "Maja", "1111")
        users = await open_dialog(window, UsersDialog)
        await users.wait_idle(WAIT)
        click(qtbot, users.buttons["add"])
        form = await open_dialog(users, PinForm)
        qtbot.keyClicks(form.name_edit, "Olle")
        click(qtbot, form.role_buttons[Role.MANAGER])
        form.grab().save("/tmp/g_add_form.png")
        await fill_pin(qtbot, form, "9753")
        await closed(form)
        await users.wait_idle(WAIT)
        assert states(users)["Olle"] == ("Manager", "Active")
        click(qtbot, users.buttons["close"])
        await closed(users)
        await window.wait_idle(WAIT)
        await checkout.in_store(store.journal, "probe", {}, register_id=SHOP.register_id)

    arun(go(), timeout=60)
    refused = rows(store, "manager_refused")[0]
    assert refused["action"] == "cashiers" and refused["reason"] == "not a manager"
    added = rows(store, "user_added")[-1]
    assert added["user"]["name"] == "Olle" and added["role"] == "manager"
    assert added["by"] == {"number": 1, "name": "Maja"}  # the approving manager, not Kalle
    assert checkout.cashiers.current.name == "Kalle"
    assert rows(store, "probe")[0]["by"]["name"] == "Kalle"  # Kalle's screen again
