"""The measured processes of the `sales` section's card payment rows (till.benchmark.sales).

`python -m till.benchmark.sales_window --child till` pays by card through the real cashier
window and card dialog; `--child bare` does the same I/O from a bare QMainWindow. Both run on a
qasync loop watched by the same StallWatch and print one JSON line: per measured payment, the
longest stall of each phase and the most CPU the loop's thread used between two wake-ups.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from bisect import bisect_right
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from till.benchmark.sales import (
    CODES,
    KEY_DELAY,
    SHOP,
    DurableTable,
    http_round_trip,
    make_till,
)

TICK = 0.002  # the stall watcher's sleep: a wake-up later than this is a stall
CARD_AMOUNT = 12_345  # öre; the bare window's request (the till's is its sale's total)
_TAIL = 0.05  # s watched after each payment's end: the repaint after the dialog closes


class StallWatch:
    """Wakes every TICK on the loop; keeps when each wake-up came, how late it was, and how
    much CPU the loop's thread used in between (a late wake-up with little CPU is the process
    waiting for a core or the disk, not the till's work)."""

    def __init__(self) -> None:
        self.ends: list[float] = []
        self.gaps: list[float] = []
        self.cpu: list[float] = []
        self._stop = asyncio.Event()
        self._task: asyncio.Future | None = None

    def start(self) -> None:
        self._task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        last, last_cpu = time.perf_counter(), time.thread_time()
        while not self._stop.is_set():
            await asyncio.sleep(TICK)
            now, cpu = time.perf_counter(), time.thread_time()
            self.ends.append(now)
            self.gaps.append(now - last - TICK)
            self.cpu.append(cpu - last_cpu)
            last, last_cpu = now, cpu

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task

    def _span(self, start: float, end: float) -> slice:
        """The wake-ups that ended within (start, end]: a stall is the phase's in which the
        loop got back, the one whose work held it."""
        lo, hi = bisect_right(self.ends, start), bisect_right(self.ends, end)
        # A phase shorter than a tick (the bare window's start) gets the stall it fell inside.
        return slice(lo, max(hi, min(lo + 1, len(self.gaps))))

    def worst(self, start: float, end: float) -> float:
        """The longest stall (ms) of the phase."""
        return max(self.gaps[self._span(start, end)], default=0.0) * 1000

    def worst_cpu(self, start: float, end: float) -> float:
        """The most CPU (ms) the loop's thread used between two wake-ups of the phase."""
        return max(self.cpu[self._span(start, end)], default=0.0) * 1000

    def phases(self, t0: float, t1: float, t2: float, end: float) -> dict[str, float]:
        spans = {"start": (t0, t1), "flood": (t1, t2), "finish": (t2, end)}
        out = {phase: self.worst(*span) for phase, span in spans.items()}
        out |= {f"{phase}_cpu": self.worst_cpu(*span) for phase, span in spans.items()}
        return out


def _timed_terminal_client(port: int):
    """The real TerminalClient, noting when the first frame and the final answer came."""
    from till.adapters.wallee import TerminalClient

    class TimedTerminalClient(TerminalClient):
        first: float | None = None
        final: float | None = None

        def arm(self) -> None:
            self.first = self.final = None

        def _dispatch(self, conn, event) -> None:
            now = time.perf_counter()
            if self.first is None:
                self.first = now
            if self.final is None and conn.is_final(event):
                self.final = now
            super()._dispatch(conn, event)

    return TimedTerminalClient("127.0.0.1", port)


async def _till_payments(args: argparse.Namespace, watch: StallWatch) -> list[dict]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from till.adapters.print_spooler import ReceiptSpooler
    from till.adapters.wallee import WalleeTerminal
    from till.ui.card_dialog import CardPaymentDialog
    from till.ui.cashier_window import CashierWindow
    from till.ui.selftest import press_key, type_text, wait_for

    workdir = Path(args.workdir)
    client = _timed_terminal_client(args.lti_port)
    terminal = WalleeTerminal(client, pos_id=SHOP.register_id)
    printer = ReceiptSpooler(pdf_dir=workdir / "receipts")
    await printer.start()
    store, _unit, checkout = make_till(workdir, args.ccu_port, printer, terminal)
    window = CashierWindow(checkout)
    window.show()
    receipts: list = []
    window.receipt_completed.connect(receipts.append)
    watch.start()
    out: list[dict] = []
    try:
        await asyncio.sleep(0.2)  # let the window settle
        for n in range(args.warmup + args.payments):
            ring = time.perf_counter()
            for code in CODES:
                await type_text(window.entry, code, KEY_DELAY)
                await press_key(window.entry, Qt.Key.Key_Return, KEY_DELAY)
            await window.wait_idle(10)
            client.arm()
            before = len(receipts)
            t0 = time.perf_counter()
            await press_key(window.entry, Qt.Key.Key_F11, KEY_DELAY)
            dialog = await wait_for(
                "the card dialog",
                lambda: next(
                    (d for d in window.findChildren(CardPaymentDialog) if d.isVisible()), None
                ),
                10,
            )
            QTest.keyClick(dialog.amount_edit, Qt.Key.Key_Return)
            await wait_for("the card receipt", lambda b=before: len(receipts) > b, 60)
            await window.wait_idle(10)
            await asyncio.sleep(_TAIL)
            end = time.perf_counter()
            assert client.first is not None and client.final is not None
            if n >= args.warmup:
                phases = watch.phases(t0, client.first, client.final, end)
                phases["ring_up"] = watch.worst(ring, t0)
                out.append(phases)
            await asyncio.sleep(0.1)
    finally:
        await watch.stop()
        window.close()
        await checkout.close()
        await terminal.close()
        store.close()
        await printer.close()
    return out


async def _bare_payments(args: argparse.Namespace, watch: StallWatch) -> list[dict]:
    from PySide6.QtWidgets import QLabel, QMainWindow

    from till.protocols.lti import FinancialTrxRequest, LtiConnection, TrxData, trx_info_mask
    from till.protocols.lti.framing import FrameDecoder

    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1024, 768)
    window.show()
    # The request bytes are made before anything is measured: the codec is not the floor's.
    first_sync = 100_000 + (os.getpid() % 1000) * 100
    requests = [
        LtiConnection().send(
            FinancialTrxRequest(
                pos_id=SHOP.register_id,
                trx_sync_number=first_sync + n,
                trx_data=TrxData(
                    amount=CARD_AMOUNT, currency="752", transaction_type=0, partial_approval_cap=1
                ),
                trx_info=trx_info_mask(),
                receipt_format=1,
            )
        )
        for n in range(args.warmup + args.payments)
    ]
    ccu_request = Path(args.ccu_request).read_bytes()
    # The till commits on a worker thread of its store, not on the loop: so does the floor.
    worker = ThreadPoolExecutor(max_workers=1)
    durable = worker.submit(DurableTable, Path(args.workdir) / "bare.db", args.row_size).result()
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("127.0.0.1", args.lti_port)
    decoder = FrameDecoder()
    watch.start()
    out: list[dict] = []
    try:
        await asyncio.sleep(0.2)
        for n, request in enumerate(requests):
            first = final = None
            t0 = time.perf_counter()
            writer.write(request)
            await writer.drain()
            while final is None:
                data = await reader.read(64 * 1024)
                if not data:
                    raise ConnectionError("the terminal simulator closed the connection")
                decoder.receive_data(data)
                while (frame := decoder.next_frame()) is not None:
                    now = time.perf_counter()
                    first = first or now
                    if b"financialTrxResponse" in frame:
                        final = now
            await http_round_trip(args.ccu_port, ccu_request)
            await loop.run_in_executor(worker, durable.commit)
            await asyncio.sleep(_TAIL)
            end = time.perf_counter()
            if n >= args.warmup:
                assert first is not None
                out.append(watch.phases(t0, first, final, end))
            await asyncio.sleep(0.1)
    finally:
        await watch.stop()
        writer.close()
        worker.submit(durable.close).result()
        worker.shutdown()
        window.close()
    return out


def run_child(args: argparse.Namespace) -> list[dict]:
    """One measured process: the till's window or the bare one, on a qasync loop."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)  # closing the window must not stop the loop early
    loop = qasync.QEventLoop(app)
    payments = _till_payments if args.child == "till" else _bare_payments
    with loop:
        return loop.run_until_complete(payments(args, StallWatch()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m till.benchmark.sales_window")
    parser.add_argument("--child", choices=("till", "bare"), required=True)
    parser.add_argument("--workdir", required=True)
    parser.add_argument("--lti-port", type=int, required=True)
    parser.add_argument("--ccu-port", type=int, required=True)
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--payments", type=int, default=2)
    parser.add_argument("--ccu-request")
    parser.add_argument("--row-size", type=int, default=2000)
    args = parser.parse_args(argv)
    print(json.dumps(run_child(args)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
