"""The printer's real-time status: DLE EOT n, answered with one byte each, even while the
printer is offline (Epson ESC/POS, "Transmit real-time status").

n = 1 printer status: bit 3 offline. n = 2 offline cause: bit 2 cover open, bit 5 printing
stopped at the paper end, bit 6 an error. n = 4 roll paper sensor: bits 5 and 6 paper out.
Bits 1 and 4 are always set and bits 0 and 7 never: an answer without that pattern is not a
status byte (a printer that does not speak DLE EOT, or noise), and is taken as "no answer".
"""

from __future__ import annotations

from till.adapters.print_spooler import PrinterError
from till.checkout.events import PrinterState
from till.core.errors import QT_TRANSLATE_NOOP, Message

QUERIES = (b"\x10\x04\x01", b"\x10\x04\x02", b"\x10\x04\x04")
READY_BYTE = 0x12  # the fixed bits alone: nothing wrong

OUT_OF_PAPER = Message(
    "printer_out_of_paper", QT_TRANSLATE_NOOP("Errors", "The printer is out of paper.")
)
COVER_OPEN = Message(
    "printer_cover_open", QT_TRANSLATE_NOOP("Errors", "The printer's cover is open.")
)
PRINTER_OFFLINE = Message(
    "printer_offline",
    QT_TRANSLATE_NOOP("Errors", "The printer is offline (an error light may tell why)."),
)
NOT_CONNECTED = Message(
    "printer_not_connected",
    QT_TRANSLATE_NOOP("Errors", "The printer at {where} cannot be reached."),
)
NO_ANSWER = Message(
    "printer_no_answer",
    QT_TRANSLATE_NOOP("Errors", "The printer at {where} did not answer within {seconds} s."),
)

STATE_MESSAGES = {
    PrinterState.PAPER_OUT: OUT_OF_PAPER,
    PrinterState.COVER_OPEN: COVER_OPEN,
    PrinterState.OFFLINE: PRINTER_OFFLINE,
}


def valid(byte: int) -> bool:
    return byte & 0x93 == 0x12


def state_of(answers: bytes) -> PrinterState:
    """The state from the three answers to QUERIES, worst first: paper, cover, offline."""
    if len(answers) < 3 or not all(valid(b) for b in answers[:3]):
        return PrinterState.NOT_CONNECTED
    printer, cause, paper = answers[:3]
    if paper & 0x60 or cause & 0x20:
        return PrinterState.PAPER_OUT
    if cause & 0x04:
        return PrinterState.COVER_OPEN
    if printer & 0x08 or cause & 0x40:
        return PrinterState.OFFLINE
    return PrinterState.READY


def state_error(state: PrinterState) -> PrinterError | None:
    """The error a job meets in this state; None when the printer is ready."""
    message = STATE_MESSAGES.get(state)
    return None if message is None else PrinterError(message, detail=f"status: {state}")
