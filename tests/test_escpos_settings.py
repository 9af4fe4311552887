"""[printer] for an ESC/POS printer: the keys, their checks, the printer the till builds from
them, and the printer's state in the cashier's status bar."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from till.adapters.escpos import EscPosPrinter
from till.adapters.escpos.status import OUT_OF_PAPER
from till.adapters.escpos.transport import LibraryTransport, NetworkTransport
from till.adapters.print_spooler import PrinterError, ReceiptSpooler
from till.app import receipt_printer
from till.checkout.events import PrinterState, PrinterStatus
from till.settings import EXAMPLE, SettingsError, parse_settings_bytes
from till.settings_file import current_texts

SYSTEM = '# name = "TM-T88"                # a system printer; empty = the default printer\n'


def with_printer(keys: str):
    assert SYSTEM in EXAMPLE
    text = EXAMPLE.replace(SYSTEM, SYSTEM + keys, 1)
    return parse_settings_bytes(text.encode(), source=Path("till.toml"))


def test_the_system_printer_stays_the_default():
    printer = with_printer("").printer
    assert (printer.kind, printer.width_mm, printer.code_page) == ("system", 80, "cp858")


def test_a_network_printer():
    printer = with_printer('kind = "escpos"\nhost = "192.0.2.7"\nwidth_mm = 58\n').printer
    assert (printer.kind, printer.connection, printer.host, printer.port) == (
        "escpos", "network", "192.0.2.7", 9100,
    )  # fmt: skip
    assert printer.width_mm == 58


def test_a_usb_printer_by_its_hex_ids():
    keys = 'kind = "escpos"\nconnection = "usb"\nusb_vendor = "04b8"\nusb_product = "0E15"\n'
    printer = with_printer(keys).printer
    assert (printer.usb_vendor, printer.usb_product) == (0x04B8, 0x0E15)
    assert current_texts(with_printer(keys))["printer.usb_product"] == "0e15"


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        ('kind = "thermal"\n', "printer.kind"),
        ('kind = "escpos"\n', "printer.host"),  # a network printer needs its address
        ('kind = "escpos"\nconnection = "serial"\n', "printer.device"),
        ('kind = "escpos"\nconnection = "file"\n', "printer.device"),
        ('kind = "escpos"\nconnection = "usb"\nusb_vendor = "04b8"\n', "printer.usb_product"),
        ('kind = "escpos"\nconnection = "usb"\nusb_vendor = "4b8"\n', "printer.usb_vendor"),
        ('connection = "bluetooth"\n', "printer.connection"),
        ("width_mm = 76\n", "printer.width_mm"),
        ('code_page = "utf-8"\n', "printer.code_page"),
        ("port = 0\n", "printer.port"),
    ],
)
def test_each_bad_printer_value_names_its_key(keys, key):
    with pytest.raises(SettingsError) as caught:
        with_printer(keys)
    assert f"'{key}'" in caught.value.message


def test_the_till_builds_the_printer_the_settings_name(tmp_path):
    async def main():
        network = with_printer('kind = "escpos"\nhost = "192.0.2.7"\nport = 9101\n')
        printer = await receipt_printer(network)
        assert isinstance(printer, EscPosPrinter) and printer.pdf_copy is None
        assert isinstance(printer.transport, NetworkTransport)
        assert printer.transport.where == "192.0.2.7:9101"
        assert printer.encoder.columns == 48
        await printer.close()

        serial = with_printer(
            f'kind = "escpos"\nconnection = "serial"\ndevice = "/dev/ttyS0"\n'
            f'width_mm = 58\npdf_dir = "{tmp_path}"\n'
        )
        printer = await receipt_printer(serial)
        assert isinstance(printer.transport, LibraryTransport)
        assert isinstance(printer.pdf_copy, ReceiptSpooler)  # the archive copy
        assert printer.encoder.columns == 32
        await printer.close()

        device = tmp_path / "lp0"
        lp = await receipt_printer(
            with_printer(f'kind = "escpos"\nconnection = "file"\ndevice = "{device}"\n')
        )
        await lp.open_drawer()
        assert device.read_bytes() == b"\x1b\x70\x00\x19\xfa"
        await lp.close()

        system = await receipt_printer(with_printer(""))
        assert isinstance(system, ReceiptSpooler)
        await system.close()

    asyncio.run(main())


def test_a_serial_port_that_is_not_there_is_a_printer_error(tmp_path):
    settings = with_printer(
        f'kind = "escpos"\nconnection = "serial"\ndevice = "{tmp_path / "ttyNONE"}"\n'
    )

    async def main():
        printer = await receipt_printer(settings)
        try:
            with pytest.raises(PrinterError) as raised:
                await printer.open_drawer()
            assert raised.value.code == "printer_not_connected"
        finally:
            await printer.close()

    asyncio.run(main())


def test_the_status_bar_shows_the_printer_once_it_reports(rig):
    label = rig.window.printer_label
    assert label.isHidden()  # a system printer tells nothing
    error = PrinterError(OUT_OF_PAPER)
    rig.checkout.publish_status(PrinterStatus(PrinterState.PAPER_OUT, error))
    assert not label.isHidden()
    assert "Printer: out of paper" in label.text()
    assert "The printer is out of paper." in label.toolTip()
    assert label.property("state") == "paper_out"
    rig.checkout.publish_status(PrinterStatus(PrinterState.READY))
    assert "Printer: ready" in label.text()
