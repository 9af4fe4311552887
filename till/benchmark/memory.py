"""Memory: peak memory after many sales through the real cashier window, and beside a bare one.

Issue 12 asks that the till's memory stay flat: peak memory after 10,000 sales through the real
window within 10 % of the figure after 1,000. Each measurement runs in a process of its own
(`python -m till.benchmark.memory --sales N`): the real CashierWindow on qasync (offscreen),
the CCU and LTI simulators in their own processes on loopback, receipts printed to PDF through
the spooler. Sales are driven through the window's own intents, as the keys would, without key
delays: mostly cash, every fourth by card, a return every 50th and an X report every 500th.

The process reports its peak resident set (VmHWM) and current one (VmRSS) at checkpoints, so
the figure after 1,000 and after 10,000 come from the same process, the first one first.
The floor of the second figure is a bare PySide6 window on qasync, shown and run for a moment.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from till.benchmark.table import Figure

CODES = ["7310865004703", "3*30", "1,250*1", "20", "13"]
FULL = (1_000, 10_000)  # sales: the first checkpoint and the last
FAST = (5, 20)  # CI: the table (startup is most of it), not the figure
# One process of 10,000 sales takes 20 to 40 minutes here: the table has one run (median of one).
REPEATS_FULL, REPEATS_FAST = 1, 1
CARD_EVERY, RETURN_EVERY, X_EVERY = 4, 50, 500
MANAGER_PIN = "2468"


def memory_mb() -> dict[str, float]:
    """This process's peak and current resident set, in MB (Linux: /proc/self/status)."""
    got: dict[str, float] = {}
    try:
        with open("/proc/self/status") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    got["peak" if key == "VmHWM" else "rss"] = int(value.split()[0]) / 1024
    except OSError:  # not Linux: the peak from getrusage (kB on Linux, bytes on macOS)
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        got["peak"] = got["rss"] = peak / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return got


# -- the process that sells -----------------------------------------------------------------


async def _until(what: str, probe: Callable[[], Any], timeout: float = 20.0) -> Any:
    """Poll `probe` every loop turn (no fixed 20 ms naps: 10,000 sales must be affordable)."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out waiting for {what}")
        await asyncio.sleep(0.001)


def _visible(window, kind):
    return next((d for d in window.findChildren(kind) if d.isVisible()), None)


class Receipts:
    """How many receipts the window completed (a count: a list of them would grow itself)."""

    def __init__(self) -> None:
        self.done = 0

    def count(self, _receipt: object) -> None:
        self.done += 1


async def _ring_up(window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for code in CODES:
        QTest.keyClicks(window.entry, code)
        QTest.keyClick(window.entry, Qt.Key.Key_Return)
    await window.wait_idle(20)


async def _cash_sale(window, receipts: Receipts) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from till.ui.cash_dialog import CashPaymentDialog

    await _ring_up(window)
    count = receipts.done
    window._handlers["pay_cash"]()
    dialog = await _until("the cash dialog", lambda: _visible(window, CashPaymentDialog))
    QTest.keyClick(dialog.tendered_edit, Qt.Key.Key_Return)  # empty: the exact amount
    await _until("the cash receipt", lambda: receipts.done > count)
    await window.wait_idle(20)


async def _card_sale(window, receipts: Receipts) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from till.ui.card_dialog import CardPaymentDialog

    await _ring_up(window)
    count = receipts.done
    window._handlers["pay_card"]()
    dialog = await _until("the card dialog", lambda: _visible(window, CardPaymentDialog))
    QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
    await _until("the card receipt", lambda: receipts.done > count, 30)
    await window.wait_idle(20)


async def _cash_return(window, receipts: Receipts) -> None:
    """A return without a receipt, the manager approving: one item back, paid back in cash."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from till.ui.input_dialogs import ConfirmDialog
    from till.ui.manager_dialog import ManagerPinDialog
    from till.ui.return_dialog import ReturnDialog

    def answer_dialogs() -> bool:
        pin = _visible(window, ManagerPinDialog)
        if pin is not None:
            pin.pin_edit.setText(MANAGER_PIN)
            pin.confirm()
        confirm = _visible(window, ConfirmDialog)
        if confirm is not None:
            confirm.accept()
        return window.tasks.pending == 0

    window._handlers["start_return"]()
    dialog = await _until("the return dialog", lambda: _visible(window, ReturnDialog))
    dialog.without_receipt()
    await _until("the return to start", answer_dialogs)
    QTest.keyClicks(window.entry, "20")
    QTest.keyClick(window.entry, Qt.Key.Key_Return)
    await window.wait_idle(20)
    count = receipts.done
    window._handlers["pay_cash"]()
    await _until("the return receipt", lambda: answer_dialogs() and receipts.done > count)


async def _x_report(window) -> None:
    from till.ui.report_dialog import ReportDialog

    window._handlers["x_report"]()
    dialog = await _until("the X report", lambda: _visible(window, ReportDialog), 60)
    dialog.accept()
    await window.wait_idle(20)


def native_mb() -> dict[str, float]:
    """Where native memory sits (glibc's heap in use and free, SQLite's own), for diagnosis;
    empty where the C libraries are not glibc's or SQLite's shared one."""
    import ctypes
    import ctypes.util

    got: dict[str, float] = {}
    try:

        class MallInfo2(ctypes.Structure):
            _fields_ = [
                (name, ctypes.c_size_t)
                for name in (
                    "arena",
                    "ordblks",
                    "smblks",
                    "hblks",
                    "hblkhd",
                    "usmblks",
                    "fsmblks",
                    "uordblks",
                    "fordblks",
                    "keepcost",
                )
            ]

        libc = ctypes.CDLL(None)
        libc.mallinfo2.restype = MallInfo2
        info = libc.mallinfo2()
        got["heap_used"] = round((info.uordblks + info.hblkhd) / 2**20, 2)
        got["heap_free"] = round(info.fordblks / 2**20, 2)
    except (AttributeError, OSError):
        pass
    try:
        import sqlite3  # noqa: F401  (loads the library _sqlite3 links)

        lib = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        lib.sqlite3_memory_used.restype = ctypes.c_int64
        got["sqlite"] = round(lib.sqlite3_memory_used() / 2**20, 2)
    except (AttributeError, OSError, TypeError):
        pass
    return got


def census(window) -> dict[str, int]:
    """What a leak would pile up: the window's QObjects, Python objects, tasks."""
    from PySide6.QtCore import QObject

    gc.collect()
    return {
        "qobjects": len(window.findChildren(QObject)),
        "python_objects": len(gc.get_objects()),
        "tasks": len(asyncio.all_tasks()),
    }


async def sell(
    window, sales: int, checkpoints: list[int], report: Callable[[dict], None], card_every: int
) -> None:
    receipts = Receipts()
    window.receipt_completed.connect(receipts.count)
    card = window.checkout.cards.terminal is not None
    started = time.perf_counter()
    for n in range(1, sales + 1):
        if card and n % card_every == 0:
            await _card_sale(window, receipts)
        else:
            await _cash_sale(window, receipts)
        if n % RETURN_EVERY == 0:
            await _cash_return(window, receipts)
        if window.day_reports is not None and n % X_EVERY == 0:
            await _x_report(window)
        if n in checkpoints:
            took = time.perf_counter() - started
            report(
                {
                    "sales": n,
                    "seconds": round(took, 2),
                    **memory_mb(),
                    **native_mb(),
                    **census(window),
                }
            )


def run_till(
    workdir: Path, sales: int, checkpoints: list[int], card_every: int, trace: bool
) -> None:
    card = card_every > 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    from till.adapters.control_unit import ControlUnitClient
    from till.adapters.print_spooler import ReceiptSpooler
    from till.adapters.wallee import TerminalClient, WalleeTerminal
    from till.assets import asset_text
    from till.benchmark.sales import SHOP, free_port, spawn
    from till.checkout.day_reports import DayReports
    from till.checkout.register import Checkout
    from till.store import TillStore
    from till.store.catalog_csv import parse_products_csv
    from till.ui.cashier_window import CashierWindow

    if trace:
        import tracemalloc

        tracemalloc.start(12)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    snapshots: list = []

    def report(point: dict) -> None:
        print(json.dumps(point), flush=True)
        if trace:
            snapshots.append(tracemalloc.take_snapshot())
            if len(snapshots) > 1:
                stats = snapshots[-1].compare_to(snapshots[-2], "traceback")
                for stat in stats[:8]:
                    print(f"# {stat.size_diff / 1024:+.0f} kB {stat.count_diff:+d}", flush=True)
                    for line in stat.traceback.format()[-12:]:
                        print("#   " + line, flush=True)

    async def main() -> None:
        ccu_port, lti_port = free_port(), free_port()
        simulators = [await spawn("till.simulators.ccu", "--port", str(ccu_port))]
        terminal = None
        if card:
            simulators.append(
                await spawn("till.simulators.lti", "--port", str(lti_port), "--card-delay", "0")
            )
            terminal = WalleeTerminal(
                TerminalClient("127.0.0.1", lti_port), pos_id=SHOP.register_id
            )
        printer = ReceiptSpooler(pdf_dir=workdir / "receipts")
        await printer.start()
        store = TillStore.open(workdir / "memory.db", journal_key=os.urandom(32))
        store.upsert_products(parse_products_csv(asset_text("demo_catalog.csv")), register_id="X")
        store.set_manager_pin(MANAGER_PIN, register_id=SHOP.register_id)  # returns ask for it
        client = ControlUnitClient("127.0.0.1", ccu_port, application_id="bench")
        checkout = Checkout(
            store=store, control_unit=client, shop=SHOP, printer=printer, terminal=terminal
        )
        window = CashierWindow(checkout, day_reports=DayReports(checkout))
        window.show()
        try:
            await asyncio.sleep(0.2)
            await sell(window, sales, checkpoints, report, card_every)
        finally:
            window.close()
            await checkout.close()
            if terminal is not None:
                await terminal.close()
            store.close()
            await printer.close()
            for process in simulators:
                process.terminate()
                await process.wait()

    with loop:
        loop.run_until_complete(main())


def run_bare() -> None:
    """The floor: a bare PySide6 window on qasync, shown, the loop run for a moment."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    window = QMainWindow()
    window.setCentralWidget(QLabel("till"))
    window.resize(1200, 720)
    window.show()
    with loop:
        loop.run_until_complete(asyncio.sleep(0.5))
    print(json.dumps({"sales": 0, **memory_mb()}), flush=True)


# -- the section ----------------------------------------------------------------------------


def _measure(args: list[str], timeout: float) -> list[dict]:
    done = subprocess.run(
        [sys.executable, "-m", "till.benchmark.memory", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory worker failed: {done.stderr[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def figures(fast: bool, workdir: Path, db: Path | None = None) -> list[Figure]:
    first, last = FAST if fast else FULL
    repeats = REPEATS_FAST if fast else REPEATS_FULL
    flat = Figure(
        f"peak RSS after {last:,} sales through the cashier window",
        f"peak RSS after {first:,} sales (same process)",
        "MB",
        max_ratio=1.10,
    )
    beside = Figure(
        f"peak RSS of the till's window after {last:,} sales",
        "bare PySide6 window on qasync",
        "MB",
    )
    rates: list[float] = []
    for n in range(repeats):
        beside.floor.append(_measure(["--bare"], 60)[-1]["peak"])
        points = _measure(
            [
                "--sales",
                str(last),
                "--checkpoints",
                f"{first},{last}",
                "--workdir",
                str(workdir / f"run{n}"),
            ],
            7200,
        )
        at = {p["sales"]: p for p in points}
        flat.floor.append(at[first]["peak"])
        flat.samples.append(at[last]["peak"])
        beside.samples.append(at[last]["peak"])
        rates.append(last / at[last]["seconds"])
    mix = (
        f"cash sales, every {CARD_EVERY}th by card (LTI simulator), a cash return every "
        f"{RETURN_EVERY}th, an X report every {X_EVERY}th; receipts to PDF"
    )
    flat.note = (
        f"{mix}; {statistics.median(rates):.1f} sales/s through the window's intents "
        f"without key delays; VmHWM at {first:,} and {last:,} sales in one process"
        + (" (fast mode: small counts, the ratio says little)" if fast else "")
    )
    beside.note = "the same processes' peak; the bare window is shown and run for 0.5 s"
    return [flat, beside]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m till.benchmark.memory", description=__doc__)
    parser.add_argument("--bare", action="store_true", help="the floor: a bare window")
    parser.add_argument("--sales", type=int, default=1_000)
    parser.add_argument("--checkpoints", default="", help="comma-separated sale counts")
    parser.add_argument("--workdir", type=Path, help="for the database and receipts")
    parser.add_argument(
        "--card-every", type=int, default=CARD_EVERY, help="every nth sale by card; 0: none"
    )
    parser.add_argument("--trace", action="store_true", help="tracemalloc growth per checkpoint")
    args = parser.parse_args(argv)
    if args.bare:
        run_bare()
        return 0
    checkpoints = sorted({int(c) for c in args.checkpoints.split(",") if c} | {args.sales})
    if args.workdir is None:
        import tempfile

        with tempfile.TemporaryDirectory(prefix="till-memory-") as tmp:
            run_till(Path(tmp), args.sales, checkpoints, args.card_every, args.trace)
    else:
        args.workdir.mkdir(parents=True, exist_ok=True)
        run_till(args.workdir, args.sales, checkpoints, args.card_every, args.trace)
    return 0


if __name__ == "__main__":
    sys.exit(main())
