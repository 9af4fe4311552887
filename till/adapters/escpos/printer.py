"""Checkout's ReceiptPrinter (and CashDrawer) for an ESC/POS thermal printer.

Each job asks the printer's status first (paper, cover, offline: DLE EOT), sends the receipt
with its cut, and asks again: paper that ran out during the receipt fails the job too, so the
original stays unprinted and is printed whole later (Ctrl+U). Every failure is a PrinterError
with its own Message, and checkout's unprinted-receipt rule does the rest.

The socket, serial and USB calls block; they run on one thread of this printer's own, one job at
a time, under a timeout, so the cashier's screen never waits on a printer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from till.adapters.escpos.encoder import (
    COLUMNS,
    DEFAULT_CODE_PAGE,
    DRAWER_KICK,
    DRAWER_KICK_NOW,
    EscPosEncoder,
)
from till.adapters.escpos.status import (
    NO_ANSWER,
    NOT_CONNECTED,
    QUERIES,
    STATE_MESSAGES,
    state_error,
    state_of,
)
from till.adapters.escpos.transport import FileTransport, Transport
from till.adapters.print_spooler import PrinterError, ReceiptSpooler, receipt_file_name
from till.checkout.events import PrinterState, PrinterStatus
from till.core.receipt import PrintLine, Receipt, receipt_layout

log = logging.getLogger(__name__)

STATUS_WAIT = 1.5  # seconds for the three status bytes; a printer answers in milliseconds


class EscPosPrinter:
    def __init__(
        self,
        transport: Transport,
        *,
        width_mm: int = 80,
        code_page: str = DEFAULT_CODE_PAGE,
        timeout: float = 20.0,
        pdf_copy: ReceiptSpooler | None = None,
    ) -> None:
        self.transport = transport
        self.encoder = EscPosEncoder(code_page=code_page, columns=COLUMNS[width_mm])
        self.timeout = timeout
        # An archive copy of each paper as PDF (printer.pdf_dir): a ReceiptSpooler, or None.
        self.pdf_copy = pdf_copy
        self.status = PrinterStatus(PrinterState.NOT_CONNECTED)
        self.on_status: Callable[[PrinterStatus], None] | None = None
        self._lock = asyncio.Lock()  # one job at a time
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="escpos")

    # -- checkout's ports ---------------------------------------------------------------------

    async def print_receipt(self, receipt: Receipt) -> None:
        await self.print_layout(
            receipt_layout(receipt),
            file_name=receipt_file_name(receipt),
            doc_name=f"Kvitto {receipt.sequence_number}",
        )

    async def print_layout(self, lines: list[PrintLine], *, file_name: str, doc_name: str) -> None:
        data = self.encoder.job(lines).data
        await self._run(data)
        if self.pdf_copy is not None:
            try:
                await self.pdf_copy.print_layout(lines, file_name=file_name, doc_name=doc_name)
            except Exception:  # the paper is out: an archive failure only logs
                log.exception("the PDF copy of %s was not written", file_name)

    async def open_drawer(self) -> None:
        """The drawer kick pulse on the printer's drawer port (pin 2). The drawer opens with the
        printer out of paper too: the customer's change must not wait for a new roll."""
        await self._run(DRAWER_KICK, check_after=False, drawer=True)

    async def query_status(self) -> PrinterStatus:
        """Ask the printer now (the status bar's poll); never raises."""
        with contextlib.suppress(PrinterError):  # it is in self.status, for the status bar
            await self._run(b"", check_after=False)
        return self.status

    async def watch(self, interval: float = 30.0) -> None:
        """Keep the status bar honest between sales."""
        while True:
            if not self._lock.locked():
                await self.query_status()
            await asyncio.sleep(interval)

    async def close(self) -> None:
        self._thread.shutdown(wait=False, cancel_futures=True)
        # A job stuck in a read or write of a printer that does not answer would hold the
        # thread (and the till's exit, which joins it) for its timeouts: closing the
        # connection ends the call at once (transport.py).
        self.transport.close()
        if self.pdf_copy is not None:
            await self.pdf_copy.close()

    # -- the job, on the printer's thread -----------------------------------------------------

    async def _run(self, data: bytes, *, check_after: bool = True, drawer: bool = False) -> None:
        async with self._lock:
            loop = asyncio.get_running_loop()
            future = loop.run_in_executor(self._thread, self._job, data, check_after, drawer)
            try:
                state = await asyncio.wait_for(future, self.timeout)
            except TimeoutError:
                # The thread is stuck in a call; closing the connection ends it.
                self.transport.close()
                error = PrinterError(
                    NO_ANSWER, where=self.transport.where, seconds=f"{self.timeout:.0f}"
                )
                self._report(PrinterState.NOT_CONNECTED, error)
                raise error from None
            except PrinterError as error:
                self._report(error_state(error), error)
                raise
            self._report(state, "")

    def _job(self, data: bytes, check_after: bool, drawer: bool) -> PrinterState:
        transport = self.transport
        try:
            transport.open()
        except Exception as error:
            raise PrinterError(NOT_CONNECTED, where=transport.where, detail=repr(error)) from None
        try:
            try:
                state = self._check(transport)
            except PrinterError as error:
                if not drawer or error_state(error) is PrinterState.NOT_CONNECTED:
                    raise
                transport.write(DRAWER_KICK_NOW)  # offline: only a real-time command works
                return error_state(error)
            if data:
                transport.write(data)
                if check_after:
                    state = self._check(transport)
            return state
        except PrinterError:
            raise
        except Exception as error:  # a reset, a broken pipe, a USB error
            raise PrinterError(NOT_CONNECTED, where=transport.where, detail=repr(error)) from None
        finally:
            transport.close()

    @staticmethod
    def _check(transport: Transport) -> PrinterState:
        if not transport.can_read:
            return PrinterState.READY  # a file: nothing to ask, nothing known against it
        answers = b""
        for query in QUERIES:
            transport.write(query)
            answers += transport.read(1, STATUS_WAIT)
        state = state_of(answers)
        if state is PrinterState.NOT_CONNECTED:
            raise PrinterError(
                NO_ANSWER,
                where=transport.where,
                seconds=f"{STATUS_WAIT:g}",
                detail=f"status answers {answers.hex()}",
            )
        error = state_error(state)
        if error is not None:
            raise error
        return state

    def _report(self, state: PrinterState, message: PrinterError | str) -> None:
        self.status = PrinterStatus(state, message)
        if self.on_status is not None:
            self.on_status(self.status)


def error_state(error: PrinterError) -> PrinterState:
    for state, message in STATE_MESSAGES.items():
        if error.code == message.code:
            return state
    return PrinterState.NOT_CONNECTED


def file_printer(
    path: Path, *, width_mm: int = 80, code_page: str = DEFAULT_CODE_PAGE
) -> EscPosPrinter:
    """A printer device file (/dev/usb/lp0) or a plain file: bytes out, no status."""
    return EscPosPrinter(FileTransport(path), width_mm=width_mm, code_page=code_page)
