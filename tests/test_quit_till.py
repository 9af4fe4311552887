"""Quit never hangs, for the whole till (issue 12 item 7): the till is started by app.run and
closed as the cashier closes it, by closing the cashier window (lastWindowClosed ends run(),
which closes the TillSession), at random moments, 100 times; each close returns within a second
and leaves nothing running.

Every iteration is one whole run() on a new database. Every tenth is `till --demo` itself:
its throwaway folder, demo shop, its own simulators (made to do what this moment needs), the
Klarna pairing and the demo sign-in; its close includes stopping those simulators. To stay
fast the others are a till configured for simulators started once and shared (signed in, the
Point terminal paired only for a Klarna moment). Each has the Wallee client, the Point listener,
the control-unit client, the store worker, a printer (the print worker process, or an ESC/POS
network printer that answers, or that never answers so its job hangs on the printer's
thread) and the cashier window. The moments:

- start: the window has just shown (Wallee connecting, its first ping, the window's first
  tasks, the print worker still loading Qt);
- idle: everything settled;
- cash: a cash sale on a slow control unit (its answer may come, and the receipt print, before
  the close); cash_silent: waiting for a control unit that never answers;
- card: a card payment on a terminal slow to read the card; card_silent: no card ever comes;
- klarna: a Klarna payment on the Point terminal (its ID check asked).
"""

from __future__ import annotations

import asyncio
import os
import random
import threading
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from fake_escpos import READY, FakeEscPosPrinter
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from till import app, secrets
from till.checkout.users import demo_sign_in
from till.settings import PrinterSettings, Settings
from till.simulators.ccu import CcuSimulator, FailureMode
from till.simulators.lti import LtiSimulator, Scenario
from till.simulators.point import PointSimulator
from till.store import TillStore
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.selftest import wait_for

pytestmark = pytest.mark.gui

CLOSES = 100
DEMO_EVERY = 10  # every tenth run is `till --demo` itself
WITHIN = 1.0  # seconds a close may take
SEED = 20261129  # the same moments on every run: a failure can be repeated
MOMENTS = ("start", "idle", "cash", "cash_silent", "card", "card_silent", "klarna")
BANANAS = "7310865004703"  # in the demo catalog
DEVICE_CODE = ("/simulators/", "fake_escpos")  # tasks of the shared simulators, not the till's
# The inner task of an asyncio.wait_for(writer.wait_closed(), ...): the task awaiting it (a
# simulator's, or the till's, which is checked itself) owns it.
INNER = "StreamWriter.wait_closed"


def tcp_sockets() -> dict[int, tuple[int, int]]:
    """This process's TCP sockets: inode -> (local port, remote port), from /proc."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:  # closed meanwhile
            continue
        if target.startswith("socket:["):
            inodes.add(int(target[8:-1]))
    found = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as rows:
            next(rows)
            for row in rows:
                cols = row.split()
                if int(cols[9]) in inodes:
                    local, remote = (int(cols[i].rsplit(":", 1)[1], 16) for i in (1, 2))
                    found[int(cols[9])] = (local, remote)
    return found


def live_children() -> list[int]:
    """Child processes of this one that still run (a print worker)."""
    me, out = str(os.getpid()), []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                state, parent = stat.read().rsplit(")", 1)[1].split()[:2]
        except OSError:
            continue
        if parent == me and state != "Z":
            out.append(int(pid))
    return out


async def act(window, moment: str, rng: random.Random) -> None:
    """Bring the till to `moment`, as the cashier does (the window's own intents)."""
    if moment == "start":
        await asyncio.sleep(rng.uniform(0.0, 0.05))
        return
    await window.wait_idle(10)
    if moment != "idle":
        window.entry.setText(BANANAS)
        window.add_item()
        await window.wait_idle(10)
    if moment.startswith("cash"):
        window._handlers["pay_cash"]()

        def cash_dialog():
            return next((d for d in window.findChildren(CashPaymentDialog) if d.isVisible()), 0)

        dialog = await wait_for("the cash dialog", cash_dialog, 10)
        QTest.keyClick(dialog.tendered_edit, Qt.Key.Key_Return)  # the exact amount
        if moment == "cash_silent":  # the write-ahead rows are in: the code is asked for
            await wait_for("the request", lambda: window.checkout.registration, 10)
    elif moment.startswith("card"):
        window._handlers["pay_card"]()
    elif moment == "klarna":
        window._handlers["pay_klarna"]()
    await asyncio.sleep(rng.uniform(0.0, 0.15))


def test_closing_the_till_returns_within_a_second_at_any_moment(
    qapp, arun, monkeypatch, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    ccu, lti = CcuSimulator(mode=FailureMode.SLOW), LtiSimulator()
    point_sim = PointSimulator(entry_code=app.DEMO_POINT_ENTRY_CODE)
    escpos = FakeEscPosPrinter()
    ports: dict[str, int | tuple[int, int]] = {}
    opened: list[app.TillSession] = []
    plan: dict[str, object] = {}  # what the iteration about to start wants
    real_open_session = app.open_session
    # The PIN's key stretching is not what this test is about (0.2 s a sign-in).
    monkeypatch.setattr("till.store.manager_pin.PIN_ITERATIONS", 1000)

    async def open_session(settings: Settings, *, demo: bool, **kwargs) -> app.TillSession:
        settings = replace(settings, printer=plan["printer"])
        session = await real_open_session(settings, demo=True, **kwargs)  # with the catalog
        if not demo:  # run() pairs and signs in only for --demo
            await demo_sign_in(session.checkout.cashiers)
            if plan["moment"] == "klarna" and session.point is not None:
                await session.point.pair(reg_ver=2, entry_code=app.DEMO_POINT_ENTRY_CODE)
        opened.append(session)
        return session

    # --demo's own simulators, doing what the shared ones do this time; run() stops them.
    def own_ccu(**kwargs: object) -> CcuSimulator:
        return CcuSimulator(mode=ccu.mode, delay=ccu.delay, **kwargs)

    def own_lti() -> LtiSimulator:
        simulator = LtiSimulator(scenario=lti.scenario)
        simulator.card_delay = lti.card_delay
        return simulator

    def printer(n: int) -> tuple[str, PrinterSettings]:
        if rng.random() < 0.1:  # the print worker process, writing PDF files
            return "worker", PrinterSettings(name="", pdf_dir=tmp_path / f"receipts{n}")
        escpos.status = dict(READY) if rng.random() < 0.5 else None  # None: never answers
        kind = "escpos" if escpos.status else "escpos_silent"
        return kind, PrinterSettings(
            name="", pdf_dir=None, kind="escpos", host="127.0.0.1", port=escpos.port
        )

    async def one(n: int) -> tuple[str, str, float, bool]:
        moment = rng.choice(MOMENTS)
        kind, plan["printer"] = printer(n)
        plan["moment"] = moment
        ccu.delay = 60.0 if moment == "cash_silent" else rng.uniform(0.0, 0.2)
        lti.scenario = Scenario.NO_CARD if moment == "card_silent" else Scenario.APPROVE
        lti.card_delay = rng.uniform(0.0, 0.2)
        demo = n % DEMO_EVERY == 0
        settings = None
        if not demo:  # a new database: a new keyring, as run() makes for --demo
            secrets.use_memory_keyring(from_env=False)
            workdir = tmp_path / f"till{n}"
            workdir.mkdir()
            settings = app.demo_settings(workdir, ports["ccu"], ports["lti"], ports["point"])
        args = app.parse_args(["--demo"] if demo else [])
        sockets_before, tasks_before = set(tcp_sockets()), asyncio.all_tasks()

        running = asyncio.ensure_future(app.run(qapp, settings, args))
        await wait_for(
            "the window", lambda: running.done() or (len(opened) > n and opened[n].window), 20
        )
        assert not running.done(), running.result()  # the start failed: its error
        session = opened[n]
        await act(session.window, moment, rng)
        started = time.monotonic()
        session.window.close()  # as the cashier closes the till: lastWindowClosed ends run()
        await asyncio.wait({running}, timeout=5 * WITHIN)  # a hang fails, not blocks
        took = time.monotonic() - started
        assert running.done(), f"close {n} ({moment}) hangs"
        assert running.result() == 0

        what = f"close {n} ({moment}, printer {kind})"
        left = [
            task
            for task in asyncio.all_tasks() - tasks_before
            if not task.done()
            and not any(s in task.get_coro().cr_code.co_filename for s in DEVICE_CODE)
            and task.get_coro().__qualname__ != INNER
        ]
        assert not left, f"{what} left tasks {left}"
        servers = {ports["ccu"], ports["lti"], *ports["point"], escpos.port}
        sockets = [
            pair
            for inode, pair in tcp_sockets().items()
            if inode not in sockets_before and pair[0] not in servers
        ]
        assert not sockets, f"{what} left sockets (local, remote port) {sockets}"
        # A worker cut short is killed by the close; it is gone a moment after the signal.
        await wait_for("the print worker to end", lambda: not live_children(), 0.2)
        threads = [t.name for t in threading.enumerate() if t.name.startswith(("store", "escpos"))]
        assert not threads, f"{what} left threads {threads}"
        resumable = False
        if moment == "cash_silent" and not demo:  # (--demo's folder is gone with it)
            store = TillStore.open(settings.database, journal_key=secrets.journal_key())
            try:
                register = settings.shop.register_id
                resumable = bool(
                    store.load_open_sale(register) and store.open_registration(register)
                )
            finally:
                store.close()
            assert resumable, f"{what}: the sale cut short is not resumable"
        return moment, kind, took, resumable

    async def main() -> list[tuple[str, str, float, bool]]:
        ports.update(ccu=await ccu.start(), lti=await lti.start(), point=await point_sim.start())
        await escpos.start()
        monkeypatch.setattr("till.simulators.ccu.CcuSimulator", own_ccu)
        monkeypatch.setattr("till.simulators.lti.LtiSimulator", own_lti)
        monkeypatch.setattr(app, "open_session", open_session)
        try:
            return [await one(n) for n in range(CLOSES)]
        finally:
            for simulator in (ccu, lti, point_sim, escpos):
                await simulator.stop()

    closes = arun(main(), timeout=600)
    moment, kind, worst, _ = max(closes, key=lambda close: close[2])
    moments, printers = Counter(close[0] for close in closes), Counter(close[1] for close in closes)
    print(f"{len(closes)} closes {dict(moments)} {dict(printers)}")
    print(f"slowest {worst:.3f} s ({moment}, printer {kind})")
    assert len(closes) == CLOSES
    assert worst < WITHIN, f"slowest close {worst:.3f} s ({moment}, printer {kind})"
    assert any(close[3] for close in closes)  # a cash sale cut short was checked resumable
