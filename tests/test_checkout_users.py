"""Cashiers at the checkout: signing in, switching, the idle lock, every journal row naming who,
and manager-only actions refused to a cashier unless a manager approves with their PIN."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

import pytest
from shop_examples import PRODUCTS, SHOP

from till.checkout.day_reports import DayReports
from till.checkout.manager import NotApproved
from till.checkout.register import Checkout
from till.checkout.users import Cashiers, NotSignedIn, Role, SignInRefused
from till.core.card import CardPaymentState
from till.core.errors import TillError
from till.store import TillStore


class NoControlUnit:
    async def request_code(self, data, request_id):
        raise AssertionError("no receipt is registered in these tests")

    async def probe(self) -> None:
        pass


class ManagerAtTheScreen:
    """The UI's approval prompt: answers with `answer` (who, PIN) or None (cancelled)."""

    def __init__(self, answer: tuple[str, str] | None) -> None:
        self.answer = answer
        self.asked: list[str] = []

    async def ask_manager_approval(self, action: str) -> tuple[str, str] | None:
        self.asked.append(action)
        return self.answer


def run(store: TillStore, scenario: Callable) -> None:
    async def go() -> None:
        checkout = Checkout(
            store=store,
            control_unit=NoControlUnit(),
            shop=SHOP,
            clock=lambda: datetime(2026, 11, 21, 14, 5).astimezone(),
        )
        try:
            await scenario(checkout)
        finally:
            await checkout.close()

    asyncio.run(go())


def rows(store: TillStore, kind: str) -> list[dict]:
    return [r.data for r in store.journal_rows() if r.kind == kind]


def staff(store: TillStore) -> None:
    store.users.add("Maja", "1111", Role.MANAGER, register_id=SHOP.register_id)
    store.users.add("Kalle", "2222", Role.CASHIER, register_id=SHOP.register_id)


async def _training(c: Checkout) -> None:
    await c.set_training(True)


async def _drawer(c: Checkout) -> None:
    await c.open_drawer("change for the float")


async def _return(c: Checkout) -> None:
    await c.start_return()


async def _z_report(c: Checkout) -> None:
    await DayReports(c).take_z_report()


MANAGER_ONLY = {
    "training mode on": _training,
    "drawer without a sale": _drawer,
    "return": _return,
    "Z report": _z_report,
}


@pytest.mark.parametrize("action", MANAGER_ONLY)
def test_a_cashier_is_refused_a_manager_only_action(store, action):
    staff(store)

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("Kalle", "2222")
        for answer in (None, ("Kalle", "2222"), ("Maja", "9999")):
            c.manager.prompt = ManagerAtTheScreen(answer)
            with pytest.raises(NotApproved):
                await MANAGER_ONLY[action](c)

    run(store, scenario)
    refused = rows(store, "manager_refused")
    assert [r["reason"] for r in refused] == ["not a manager", "wrong PIN"]
    assert all(r["action"] == action for r in refused)
    assert all(r["by"] == {"number": 2, "name": "Kalle"} for r in refused)
    assert not rows(store, "manager_approved")


@pytest.mark.parametrize("action", MANAGER_ONLY)
def test_a_manager_approves_one_action_on_a_cashiers_screen(store, action):
    staff(store)

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("Kalle", "2222")
        prompt = ManagerAtTheScreen(("maja", "1111"))
        c.manager.prompt = prompt
        try:
            await MANAGER_ONLY[action](c)
        except NotApproved:
            raise
        except TillError:  # the Z report of an empty period is refused after the approval
            pass
        assert prompt.asked == [action]
        assert c.cashiers.current is not None and c.cashiers.current.name == "Kalle"

    run(store, scenario)
    approved = rows(store, "manager_approved")
    assert len(approved) == 1 and approved[0]["action"] == action
    assert approved[0]["user"] == {"number": 1, "name": "Maja"}  # who approved
    assert approved[0]["by"] == {"number": 2, "name": "Kalle"}  # on whose screen


def test_a_signed_in_manager_is_not_asked(store):
    staff(store)

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("1", "1111")
        c.manager.prompt = prompt = ManagerAtTheScreen(None)
        await c.set_training(True)
        assert prompt.asked == []

    run(store, scenario)
    assert rows(store, "manager_approved")[0]["by"] == {"number": 1, "name": "Maja"}


def test_sign_in_switch_and_every_row_names_the_cashier(store):
    staff(store)
    store.upsert_products(PRODUCTS, register_id=SHOP.register_id)

    async def scenario(c: Checkout) -> None:
        with pytest.raises(NotSignedIn):
            c.cashiers.require()
        with pytest.raises(SignInRefused):
            await c.cashiers.sign_in("Kalle", "1111")
        await c.cashiers.sign_in("Kalle", "2222")
        await c.enter("30")  # a sale line: journaled
        await c.cashiers.switch()
        assert c.cashiers.current is None
        await c.cashiers.sign_in("Maja", "1111")
        await c.enter("30")  # the open sale stays for the next cashier

    run(store, scenario)
    journal = store.journal_rows()
    lines = [r for r in journal if r.kind == "item_added"]
    assert [r.data["by"]["name"] for r in lines] == ["Kalle", "Maja"]
    assert [r.data["user"]["name"] for r in journal if r.kind == "signed_in"] == ["Kalle", "Maja"]
    assert rows(store, "signed_out") == [
        {
            "user": {"number": 2, "name": "Kalle"},
            "reason": "switch",
            "by": {"number": 2, "name": "Kalle"},
        }
    ]
    assert rows(store, "signed_in_failed")[0]["reason"] == "wrong PIN"


def test_the_screen_locks_after_the_idle_time(store):
    staff(store)
    now = [100.0]

    async def scenario() -> None:
        async def in_store(f, *a, **kw):
            return f(*a, **kw)

        cashiers = Cashiers(
            store=store,
            register_id="K1",
            in_store=in_store,
            idle_seconds=120,
            monotonic=lambda: now[0],
        )
        await cashiers.sign_in("Kalle", "2222")
        now[0] += 119
        assert not await cashiers.lock_if_idle()
        cashiers.touch()
        now[0] += 119
        assert not await cashiers.lock_if_idle()
        now[0] += 1
        assert await cashiers.lock_if_idle()
        assert cashiers.current is None

    asyncio.run(scenario())
    assert rows(store, "signed_out")[0]["reason"] == "idle"


def test_the_first_manager_is_added_once_and_signed_in(store):
    async def scenario(c: Checkout) -> None:
        assert await c.cashiers.needs_first_manager()
        user = await c.cashiers.add_first_manager("Demo", "1234")
        assert user.is_manager and c.cashiers.current == user
        with pytest.raises(Exception, match="already a manager"):
            await c.cashiers.add_first_manager("Other", "1234")

    run(store, scenario)
    assert rows(store, "user_added")[0]["role"] == "manager"


def test_a_registered_receipt_names_the_signed_in_cashier(tmp_path):
    from test_checkout import ring_up, run_with_till

    async def scenario(rig) -> None:
        rig.store.users.add("Kalle", "2222", Role.CASHIER, register_id=SHOP.register_id)
        await rig.checkout.cashiers.sign_in("Kalle", "2222")
        await ring_up(rig.checkout)
        receipt = await rig.checkout.pay_cash(50000)
        assert receipt.cashier == "Kalle"
        assert rig.store.receipt(SHOP.register_id, 1) == receipt
        assert rig.printer.printed == [receipt]
        rows = rig.store.journal_rows()
        assert all(r.data["by"]["name"] == "Kalle" for r in rows if r.kind.startswith("control_"))
        assert next(r for r in rows if r.kind == "receipt").data["cashier"] == "Kalle"

    run_with_till(tmp_path, scenario)


def test_settling_by_hand_and_the_terminals_end_of_day_are_a_managers(tmp_path):
    from fake_terminal import lose
    from test_checkout_ports import Prompts, Rig, Unknown

    from till.checkout.card_tender import PaymentUnknown
    from till.checkout.terminal_admin import TerminalAdmin

    async def scenario() -> None:
        rig = Rig(tmp_path / "till.db")
        staff(rig.store)
        checkout = rig.checkout
        admin = TerminalAdmin(
            store=rig.store,
            terminal=rig.terminal,
            register_id=SHOP.register_id,
            in_store=checkout.in_store,
        )
        try:
            await checkout.cashiers.sign_in("Kalle", "2222")
            rig.terminal.charges.append(lose)
            rig.terminal.records.append(Unknown("undecided", answered=True))
            await rig.ring_up()
            with pytest.raises(PaymentUnknown):
                await checkout.pay_card(Prompts())
            checkout.manager.prompt = ManagerAtTheScreen(None)
            with pytest.raises(NotApproved):
                await checkout.settle_by_hand(charged=False, reason="no slip on the terminal")
            with pytest.raises(NotApproved):
                await admin.run("end-of-day", manager=checkout.manager)
            assert rig.states() == [CardPaymentState.UNKNOWN]
            checkout.manager.prompt = ManagerAtTheScreen(("Maja", "1111"))
            await checkout.settle_by_hand(charged=False, reason="no slip on the terminal")
            assert (await admin.run("end-of-day", manager=checkout.manager)).ok
        finally:
            await checkout.close()
            rig.store.close()

    asyncio.run(scenario())
    store = TillStore.open(tmp_path / "till.db")
    try:
        actions = [(d["action"], d["user"]["name"]) for d in rows(store, "manager_approved")]
        assert actions == [
            ("settle a card payment by hand", "Maja"),
            ("terminal end-of-day", "Maja"),
        ]
        assert len(rows(store, "card_payment_settled_by_hand")) == 1
    finally:
        store.close()


def test_a_gate_made_outside_checkout_asks_a_manager_user_not_a_new_pin(store):
    """till-admin makes its own ManagerGate: once managers exist, nobody can set the old single
    manager PIN there to approve with it."""
    from till.checkout.manager import ManagerGate

    staff(store)

    class Console(ManagerAtTheScreen):
        async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
            return "9999"

    async def in_store(f, *a, **kw):
        return f(*a, **kw)

    async def scenario() -> None:
        gate = ManagerGate(store=store, register_id=SHOP.register_id, in_store=in_store)
        gate.prompt = Console(("Kalle", "2222"))
        with pytest.raises(NotApproved):
            await gate.approve("resetting the journal anchor")
        gate.prompt = Console(("Maja", "1111"))
        await gate.approve("resetting the journal anchor")

    asyncio.run(scenario())
    assert not store.has_manager_pin()
    assert rows(store, "manager_approved")[0]["user"]["name"] == "Maja"
