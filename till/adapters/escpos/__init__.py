"""ESC/POS thermal receipt printers (printer.kind = "escpos"): the encoder (encoder.py), the
status bytes (status.py), the connections (transport.py) and checkout's printer (printer.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from till.adapters.escpos.printer import EscPosPrinter, file_printer
from till.adapters.escpos.transport import (
    FileTransport,
    NetworkTransport,
    Transport,
    serial_transport,
    usb_transport,
)

if TYPE_CHECKING:
    from till.adapters.print_spooler import ReceiptSpooler
    from till.settings import PrinterSettings

__all__ = ["EscPosPrinter", "build_escpos_printer", "file_printer"]


def build_escpos_printer(
    settings: PrinterSettings, *, pdf_copy: ReceiptSpooler | None = None
) -> EscPosPrinter:
    """The printer [printer] describes (kind = "escpos"); nothing is opened yet."""
    transport: Transport
    if settings.connection == "file":  # a device file (/dev/usb/lp0): bytes out, no status
        transport = FileTransport(Path(settings.device))
    elif settings.connection == "serial":
        transport = serial_transport(settings.device, settings.baudrate)
    elif settings.connection == "usb":
        transport = usb_transport(settings.usb_vendor, settings.usb_product)
    else:
        transport = NetworkTransport(settings.host, settings.port)
    return EscPosPrinter(
        transport,
        width_mm=settings.width_mm,
        code_page=settings.code_page,
        pdf_copy=pdf_copy,
    )
