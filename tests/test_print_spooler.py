"""Receipts printed by the worker process: a failure is a plain message, never a stall or a
lost sale, and a dead or silent worker is replaced."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from test_store_support import make_receipt

from till.adapters.print_spooler import PrinterError, ReceiptSpooler


def run(coro) -> None:
    asyncio.run(coro)


def test_receipts_become_pdf_files(tmp_path):
    async def main() -> None:
        spooler = ReceiptSpooler(pdf_dir=tmp_path / "out")
        try:
            await spooler.print_receipt(make_receipt(1))
            await spooler.print_receipt(make_receipt(2))
        finally:
            await spooler.close()
        for n in (1, 2):
            pdf = tmp_path / "out" / f"receipt-K1-{n}.pdf"
            assert pdf.read_bytes().startswith(b"%PDF")

    run(main())


def test_an_unknown_printer_is_a_plain_message_and_the_worker_goes_on(tmp_path):
    async def main() -> None:
        spooler = ReceiptSpooler(printer_name="no-such-printer")
        try:
            for _ in range(2):  # the same worker answers again after a failed job
                with pytest.raises(PrinterError, match="no-such-printer"):
                    await spooler.print_receipt(make_receipt(1))
        finally:
            await spooler.close()

    run(main())


class FakeWorker(ReceiptSpooler):
    """A spooler whose worker is a small script: what a crashed or broken worker looks like."""

    def __init__(self, script: str, **kw) -> None:
        super().__init__(**kw)
        self.script = script
        self.started = 0

    async def _worker(self):
        if self._process is not None and self._process.returncode is None:
            return self._process
        self.started += 1
        self._process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            self.script,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        return self._process


@pytest.mark.parametrize(
    ("script", "words"),
    [
        ("import sys; sys.stdin.readline(); sys.exit(3)", "stopped"),
        ("import sys; sys.stdin.readline(); print('garbage', flush=True)", "nonsense"),
        ("import sys, time; sys.stdin.readline(); time.sleep(30)", "did not finish"),
        (
            'import sys; sys.stdin.readline(); print(\'{"id": 99, "ok": true}\', flush=True)',
            "out of turn",
        ),
    ],
)
def test_a_broken_worker_is_replaced(script, words):
    async def main() -> None:
        spooler = FakeWorker(script, timeout=0.5)
        try:
            for _ in range(2):
                with pytest.raises(PrinterError, match=words):
                    await spooler.print_receipt(make_receipt(1))
            assert spooler.started == 2  # killed and started anew for the next receipt
        finally:
            await spooler.close()

    run(main())


def test_closing_ends_the_worker(tmp_path: Path):
    async def main() -> None:
        spooler = ReceiptSpooler(pdf_dir=tmp_path)
        await spooler.start()
        process = spooler._process
        await spooler.close()
        assert process is not None and process.returncode == 0

    run(main())
