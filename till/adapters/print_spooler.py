"""Receipts are printed by a worker process, not by the till's own process.

Writing a PDF or spooling to a printer ends in one long call into Qt (QPainter.end) that holds
Python's GIL for tens of milliseconds, and a printer driver can hang outright. In a thread that
would stall the cashier screen; in its own process it can do neither. The till sends each job
as the receipt's laid-out lines (core.receipt.receipt_layout), one JSON object per line on the
worker's stdin, and reads one JSON answer per job. A dead or silent worker is restarted.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import sys
from dataclasses import asdict
from pathlib import Path

from till.adapters.closing import CLOSE_WITHIN
from till.core.errors import MESSAGES, QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import PrintLine, Receipt, ReceiptType, receipt_layout

log = logging.getLogger(__name__)


# A frozen bundle (packaging/) has no `python -m`: its own executable runs the worker when given
# this switch (packaging/launch_till.py).
FROZEN_WORKER_SWITCH = "--print-worker"


def worker_command() -> list[str]:
    """The command that starts a print worker, before its options."""
    if getattr(sys, "frozen", False):
        return [sys.executable, FROZEN_WORKER_SWITCH]
    return [sys.executable, "-m", "till.adapters.print_worker"]


class PrinterError(TillError):
    code = "printer_error"


PRINTER_TIMEOUT = Message(
    "printer_timeout",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The printer did not finish within {seconds} s; the receipt is saved and can be shown "
        "with F10.",
    ),
)
WORKER_STOPPED = Message(
    "print_worker_stopped",
    QT_TRANSLATE_NOOP("Errors", "The printing program stopped; it is restarted."),
)
WORKER_NONSENSE = Message(
    "print_worker_nonsense",
    QT_TRANSLATE_NOOP("Errors", "The printing program answered nonsense; it is restarted."),
)
WORKER_OUT_OF_TURN = Message(
    "print_worker_out_of_turn",
    QT_TRANSLATE_NOOP("Errors", "The printing program answered out of turn; it is restarted."),
)


def _worker_error(answer: dict) -> PrinterError:
    """The worker's failed answer as the Message it names (core.errors.MESSAGES), else its
    words as they came (a printer driver's own)."""
    with contextlib.suppress(ImportError):  # registers the printer's Messages (Qt, lazily)
        import till.adapters.printer  # noqa: F401
    from till.adapters.print_worker import NOT_PRINTED

    message = MESSAGES.get(str(answer.get("code", "")))
    detail = str(answer.get("detail", ""))
    params = answer.get("params") if isinstance(answer.get("params"), dict) else {}
    if message is not None:
        return PrinterError(message, detail=detail, **params)
    if not answer.get("error"):
        return PrinterError(NOT_PRINTED, detail=detail)
    return PrinterError(str(answer["error"]), code="printer_error", detail=detail)


def receipt_file_name(receipt: Receipt, kind: str = "receipt") -> str:
    register = re.sub(r"[^0-9A-Za-z_-]", "_", receipt.shop.register_id)
    if receipt.receipt_type is ReceiptType.CASH_INVOICE:
        kind = "cash-invoice"
    return f"{kind}-{register}-{receipt.sequence_number}.pdf"


class ReceiptSpooler:
    """Checkout's ReceiptPrinter: hands receipts to the print worker process."""

    def __init__(
        self, *, printer_name: str = "", pdf_dir: Path | None = None, timeout: float = 30.0
    ) -> None:
        self.printer_name = printer_name
        self.pdf_dir = pdf_dir
        self.timeout = timeout
        self._process: asyncio.subprocess.Process | None = None
        self._lock = asyncio.Lock()  # one job at a time, answers in order
        self._jobs = 0

    async def _worker(self) -> asyncio.subprocess.Process:
        if self._process is not None and self._process.returncode is None:
            return self._process
        args = worker_command()
        if self.printer_name:
            args += ["--printer", self.printer_name]
        if self.pdf_dir is not None:
            args += ["--pdf-dir", str(self.pdf_dir)]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # it draws on paper, not a screen
        self._process = await asyncio.create_subprocess_exec(
            *args, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, env=env
        )
        return self._process

    async def start(self) -> None:
        """Start the worker now, so the first receipt does not wait for Qt to load."""
        async with self._lock:
            await self._worker()

    async def print_receipt(self, receipt: Receipt) -> None:
        await self.print_layout(
            receipt_layout(receipt),
            file_name=receipt_file_name(receipt),
            doc_name=f"Kvitto {receipt.sequence_number}",
        )

    async def print_layout(self, lines: list[PrintLine], *, file_name: str, doc_name: str) -> None:
        """Any laid-out paper: a receipt's copy, an X or Z report."""
        job = {
            "lines": [asdict(line) for line in lines],
            "file_name": file_name,
            "doc_name": doc_name,
        }
        await self.print_job(job)

    async def print_job(self, job: dict) -> None:
        async with self._lock:
            self._jobs += 1
            job = {**job, "id": self._jobs}
            process = await self._worker()
            assert process.stdin is not None and process.stdout is not None
            try:
                process.stdin.write(json.dumps(job, ensure_ascii=False).encode() + b"\n")
                await process.stdin.drain()
                raw = await asyncio.wait_for(process.stdout.readline(), self.timeout)
            except TimeoutError:
                await self._kill()
                raise PrinterError(PRINTER_TIMEOUT, seconds=f"{self.timeout:.0f}") from None
            except (OSError, ConnectionError) as error:
                await self._kill()
                raise PrinterError(WORKER_STOPPED, detail=repr(error)) from None
            if not raw:
                await self._kill()
                raise PrinterError(WORKER_STOPPED)
            try:
                answer = json.loads(raw)
            except json.JSONDecodeError:
                await self._kill()
                raise PrinterError(
                    WORKER_NONSENSE, detail=raw[:200].decode(errors="replace")
                ) from None
            if answer.get("id") != job["id"]:
                await self._kill()
                raise PrinterError(WORKER_OUT_OF_TURN)
            if not answer.get("ok"):
                raise _worker_error(answer)

    async def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.returncode is None:
            process.kill()
            with contextlib.suppress(Exception):
                await process.wait()

    async def close(self) -> None:
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        assert process.stdin is not None
        process.stdin.close()  # the worker ends at the end of its input
        try:
            # Quit never waits long: a receipt cut short is not marked printed (Ctrl+U).
            await asyncio.wait_for(process.wait(), CLOSE_WITHIN)
        except TimeoutError:
            pass
        finally:  # also when the till's close cuts this one short: no worker outlives it
            if process.returncode is None:
                with contextlib.suppress(ProcessLookupError):  # it ended just now
                    process.kill()
        with contextlib.suppress(TimeoutError):  # a killed process ends at once
            await asyncio.wait_for(process.wait(), CLOSE_WITHIN)
