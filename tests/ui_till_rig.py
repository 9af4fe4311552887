"""The cashier screen with everything behind it, for the returns, modes, reports and journal
tests (no tests here): a real Checkout and TillStore, the CCU simulator behind the real
control-unit client, optionally the LTI terminal simulator behind the real terminal client
and the Point simulator behind a paired PointTerminal (Klarna), DayReports, and the window
driven by the keyboard as a cashier does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from shop_examples import PRODUCTS, SHOP

from till.adapters.control_unit import ControlUnitClient
from till.adapters.point import PointTerminal
from till.adapters.print_spooler import ReceiptSpooler
from till.adapters.wallee import TerminalClient, WalleeTerminal
from till.checkout.day_reports import DayReports
from till.checkout.register import Checkout, local_now
from till.checkout.terminal_admin import TerminalAdmin
from till.simulators.ccu import CcuSimulator
from till.simulators.lti import LtiSimulator, Scenario
from till.simulators.point import PointSimulator
from till.store import TillStore
from till.ui.cashier_window import CashierWindow
from till.ui.manager_dialog import ManagerPinDialog
from till.ui.selftest import wait_for

WAIT = 10.0
POS_ID = "EP01AB0101330001"
PIN = "4711"
ENTRY_CODE = "4711"  # shown on the simulated Point terminal for pairing (REG_VER 2)
CTRL = Qt.KeyboardModifier.ControlModifier
NO_MODIFIER = Qt.KeyboardModifier.NoModifier


@dataclass
class Clock:
    """Checkout's clock; a test may set `now` to move it to another day."""

    now: Callable[[], datetime] = field(default=local_now)

    def __call__(self) -> datetime:
        return self.now()


@dataclass
class Rig:
    window: CashierWindow
    checkout: Checkout
    store: TillStore
    ccu: CcuSimulator
    reports: DayReports
    receipts_dir: Path
    clock: Clock
    terminal: LtiSimulator | None = None
    client: TerminalClient | None = None
    admin: TerminalAdmin | None = None
    point_sim: PointSimulator | None = None
    point: PointTerminal | None = None


def point_terminal(
    sim: PointSimulator, store: TillStore, checkout: list[Checkout]
) -> PointTerminal:
    """A PointTerminal on the simulator; its counter and journal go through the checkout's
    store worker (`checkout` holds the Checkout once it is built)."""

    def in_store(fn, *args, **kwargs):
        return checkout[0].in_store(fn, *args, **kwargs)

    return PointTerminal(
        "127.0.0.1",
        register_id=SHOP.register_id,
        port=sim.port,
        secondary_port=sim.secondary_port,
        reserve_counter=lambda: in_store(store.reserve_terminal_counter, "point", SHOP.register_id),
        resync_counter=lambda last: in_store(
            store.advance_terminal_counter, "point", SHOP.register_id, last, reason="GET_COUNTER"
        ),
        listener_host="127.0.0.1",
        listener_port=0,
        advertise_ip="127.0.0.1",
        pos_recon=SHOP.register_id,
        journal=lambda kind, data: in_store(
            store.journal, kind, data, register_id=SHOP.register_id
        ),
        connect_timeout=1.0,
        response_timeout=10.0,
        id_check_timeout=30.0,
    )


def make_rig(
    qtbot,
    arun,
    tmp_path: Path,
    *,
    with_terminal: bool = False,
    response_timeout: float = 3.0,
    with_point: bool = False,
) -> Rig:
    """`with_point`: the Point simulator and a PointTerminal paired to it (REG_VER 2) take
    Klarna, beside the Wallee simulator's cards when `with_terminal` too."""
    ccu = CcuSimulator(delay=2.0)
    ccu_port = arun(ccu.start())
    store = TillStore.open(tmp_path / "till.db")
    store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
    control_unit = ControlUnitClient(
        "127.0.0.1", ccu_port, application_id="till-ui-test", connect_timeout=1.0,
        answer_timeout=1.0,
    )  # fmt: skip
    sim = client = admin = terminal = None
    if with_terminal:
        sim = LtiSimulator(scenario=Scenario.APPROVE)
        client = TerminalClient(
            "127.0.0.1", arun(sim.start()), connect_timeout=1.0, response_timeout=response_timeout,
            ping_interval=60.0,
        )  # fmt: skip
        terminal = WalleeTerminal(client, pos_id=POS_ID, language="sv")
    built: list[Checkout] = []
    point_sim = point = None
    if with_point:
        point_sim = PointSimulator(entry_code=ENTRY_CODE)
        arun(point_sim.start())
        point = point_terminal(point_sim, store, built)
    clock = Clock()
    receipts_dir = tmp_path / "receipts"
    checkout = Checkout(
        store=store,
        control_unit=control_unit,
        shop=SHOP,
        printer=ReceiptSpooler(pdf_dir=receipts_dir),
        clock=clock,
        terminal=terminal,
        klarna_terminal=point,
    )
    built.append(checkout)
    if point is not None:
        arun(point.pair(reg_ver=2, entry_code=ENTRY_CODE))
        point.start()
    if terminal is not None:
        admin = TerminalAdmin(
            store=store,
            terminal=terminal,
            register_id=SHOP.register_id,
            in_store=checkout.in_store,
        )
    reports = DayReports(checkout, change_fund=50000, terminal_admin=admin)
    window = CashierWindow(checkout, title="till test", terminal_admin=admin, day_reports=reports)
    qtbot.addWidget(window)

    async def show() -> None:
        # Shown inside the running loop, as the app does: the window's first look at the
        # store (a day without its Z report) runs and ends here.
        window.show()
        await window.wait_idle(WAIT)

    arun(show())
    return Rig(
        window, checkout, store, ccu, reports, receipts_dir, clock, sim, client, admin,
        point_sim, point,
    )  # fmt: skip


def close_rig(rig: Rig, arun) -> None:
    rig.window.tasks.cancel_all()  # a dialog a failed test left open
    if rig.client is not None:
        arun(rig.client.close())
    if rig.point is not None:
        arun(rig.point.close())
    arun(rig.checkout.close())
    arun(rig.checkout.printer.close())  # ends the print worker process
    rig.store.close()
    if rig.terminal is not None:
        arun(rig.terminal.stop())
    if rig.point_sim is not None:
        arun(rig.point_sim.stop())
    arun(rig.ccu.stop())


# -- driving the screen like a cashier --------------------------------------------------------


def dialog(window: QWidget, kind: type):
    """The visible dialog of that kind, if one is open."""
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


async def open_dialog(window: QWidget, kind: type):
    return await wait_for(kind.__name__, lambda: dialog(window, kind), WAIT)


def gone(widget) -> bool:
    return not shiboken6.isValid(widget) or not widget.isVisible()


async def closed(widget) -> None:
    await wait_for("the dialog to close", lambda: gone(widget), WAIT)


def press(qtbot, window: CashierWindow, key: Qt.Key, modifier=NO_MODIFIER) -> None:
    qtbot.keyClick(window.entry, key, modifier)


async def scan(qtbot, window: CashierWindow, text: str) -> None:
    qtbot.keyClicks(window.entry, text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    await window.wait_idle(WAIT)


async def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type and press Enter, as a person or a scanner does."""
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


async def approve(qtbot, window: CashierWindow, pin: str = PIN) -> ManagerPinDialog:
    """Answer the manager PIN dialog by typing; the first time the PIN is set (typed twice)."""
    pin_dialog = await open_dialog(window, ManagerPinDialog)
    qtbot.keyClicks(pin_dialog.pin_edit, pin)
    qtbot.keyClick(pin_dialog.pin_edit, Qt.Key.Key_Return)
    if pin_dialog.first_time:
        assert pin_dialog.repeat_edit.hasFocus() or not window.isActiveWindow()
        qtbot.keyClicks(pin_dialog.repeat_edit, pin)
        qtbot.keyClick(pin_dialog.repeat_edit, Qt.Key.Key_Return)
    await closed(pin_dialog)
    return pin_dialog


async def cash_sale(qtbot, window: CashierWindow, *codes: str) -> None:
    """Ring up the codes and pay the exact amount in cash."""
    from till.ui.cash_dialog import CashPaymentDialog

    receipts = []
    window.receipt_completed.connect(receipts.append)
    try:
        for code in codes:
            await scan(qtbot, window, code)
        press(qtbot, window, Qt.Key.Key_F12)
        cash = await open_dialog(window, CashPaymentDialog)
        qtbot.keyClick(cash.tendered_edit, Qt.Key.Key_Return)
        await wait_for("the receipt", lambda: receipts or window.banner_text, WAIT)
        await window.wait_idle(WAIT)
    finally:
        window.receipt_completed.disconnect(receipts.append)


def journal_kinds(rig: Rig) -> list[str]:
    return [row.kind for row in rig.store.journal_rows()]
