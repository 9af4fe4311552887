"""ESC/POS bytes of a receipt, written to a file as a printer's device file takes them: the code
page and the Swedish letters, the double-size markings, the barcode, the cut, the widths."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime

import pytest
from test_printer import CTUID, make_receipt

from till.adapters.escpos import file_printer
from till.adapters.escpos.encoder import EscPosEncoder
from till.core.receipt import (
    ControlCode,
    PrintLine,
    ReceiptCopy,
    ReceiptType,
    receipt_layout,
    wrap_line,
)

INIT = b"\x1b\x40"
# CP858's table (IBM code page 850 with the euro sign at 0xD5), written out here rather than
# asked of Python's codec: the positions the printer's page 19 prints these letters at.
CP858 = {"å": 0x86, "ä": 0x84, "ö": 0x94, "Å": 0x8F, "Ä": 0x8E, "Ö": 0x99, "é": 0x82, "€": 0xD5}
SELECT_CP858 = b"\x1b\x74\x13"  # ESC t 19
DOUBLE_ON = b"\x1d\x21\x11"  # GS ! : twice as wide and twice as high
DOUBLE_OFF = b"\x1d\x21\x00"
BOLD_ON, BOLD_OFF = b"\x1b\x45\x01", b"\x1b\x45\x00"
CENTER = b"\x1b\x61\x01"
PARTIAL_CUT = b"\x1d\x56\x42"  # GS V 66 n: feed n lines, then cut
DRAWER_KICK = b"\x1b\x70\x00\x19\xfa"  # ESC p 0 25 250


def printed(tmp_path, lines, **kwargs) -> bytes:
    path = tmp_path / "lp0"
    asyncio.run(file_printer(path, **kwargs).print_layout(lines, file_name="x", doc_name="x"))
    return path.read_bytes()


def test_swedish_letters_are_sent_in_the_code_page_the_printer_is_told(tmp_path):
    data = printed(tmp_path, [PrintLine("åäö ÅÄÖ é 5 €")])
    assert data.startswith(INIT + SELECT_CP858)
    expected = bytes(
        [CP858["å"], CP858["ä"], CP858["ö"], 0x20, CP858["Å"], CP858["Ä"], CP858["Ö"], 0x20]
    ) + bytes([CP858["é"], 0x20, 0x35, 0x20, CP858["€"]])
    assert expected + b"\n" in data
    assert b"?" not in data


def test_the_nordic_page_when_set(tmp_path):
    # PC865 (ESC t 5): å 0x86, ä 0x84, ö 0x94, Å 0x8F, Ä 0x8E, Ö 0x99, é 0x82 as in PC437.
    data = printed(tmp_path, [PrintLine("åäöÅÄÖé")], code_page="cp865")
    assert data.startswith(INIT + b"\x1b\x74\x05")
    assert bytes([0x86, 0x84, 0x94, 0x8F, 0x8E, 0x99, 0x82]) + b"\n" in data


def test_a_letter_the_page_lacks_is_printed_plainly_and_reported():
    encoder = EscPosEncoder()
    encoded = encoder.job([PrintLine("Dvořák Łódź")])
    # á (0xA0) and ó (0xA2) are on the page; ř and ź print without their marks; Ł has no
    # plain form and prints as "?", logged like the others.
    assert b"Dvor\xa0k ?\xa2dz\n" in encoded.data
    assert encoded.replaced == ["ř", "Ł", "ź"]


def test_a_copy_has_kopia_in_double_size_above_and_below(tmp_path):
    receipt = make_receipt()
    asked = datetime(2026, 11, 22, 9, 0).astimezone()
    copy = ReceiptCopy(receipt, asked, ControlCode(CTUID, "C" * 59), "r")
    data = printed(tmp_path, receipt_layout(receipt, copy=copy))
    marking = CENTER + DOUBLE_ON + BOLD_ON + b"KOPIA\n" + BOLD_OFF + DOUBLE_OFF
    assert data.count(marking) == 2
    assert data.rstrip(b"\x03").endswith(PARTIAL_CUT)


@pytest.mark.parametrize(
    "receipt_type", [ReceiptType.TRAINING, ReceiptType.PRO_FORMA, ReceiptType.CASH_INVOICE]
)
def test_every_marking_is_double_size(tmp_path, receipt_type):
    receipt = replace(make_receipt(), receipt_type=receipt_type)
    data = printed(tmp_path, receipt_layout(receipt))
    word = receipt_type.marking.encode("cp858")
    assert data.count(DOUBLE_ON + BOLD_ON + word + b"\n" + BOLD_OFF + DOUBLE_OFF) == 2


def test_the_receipt_barcode_is_code128_with_its_text_beneath(tmp_path):
    receipt = make_receipt(42)
    data = printed(tmp_path, receipt_layout(receipt))
    code = receipt.ref.code.encode()
    symbol = b"{B" + code
    assert b"\x1d\x6b\x49" + bytes([len(symbol)]) + symbol in data  # GS k 73 n data
    assert CENTER + code + b"\n" in data


def test_the_paper_is_fed_and_cut_once_at_the_end_and_no_drawer_kick(tmp_path):
    data = printed(tmp_path, receipt_layout(make_receipt()))
    assert data.endswith(PARTIAL_CUT + b"\x03")
    assert data.count(PARTIAL_CUT) == 1
    assert DRAWER_KICK not in data


def test_the_drawer_kick_bytes(tmp_path):
    path = tmp_path / "lp0"
    asyncio.run(file_printer(path).open_drawer())
    assert path.read_bytes() == DRAWER_KICK


@pytest.mark.parametrize(("width", "columns"), [(80, 48), (58, 32)])
def test_amounts_are_flush_right_on_the_roll(tmp_path, width, columns):
    data = printed(tmp_path, [PrintLine("Mjölk 1,5 l", "21,50")], width_mm=width)
    row = "Mjölk 1,5 l".ljust(columns - 5) + "21,50"
    assert row.encode("cp858") + b"\n" in data


def test_a_long_line_wraps_and_a_double_line_has_half_the_columns(tmp_path):
    wrap = wrap_line  # the paper's and the roll's one rule (core/receipt.py)
    assert wrap(PrintLine("a" * 40), 32) == [("a" * 32, ""), ("a" * 8, "")]
    assert wrap(PrintLine("ÖVNINGSKVITTO", size=2), 32) == [("ÖVNINGSKVITTO", "")]
    assert wrap(PrintLine("B" * 20, size=2), 32) == [("B" * 16, ""), ("B" * 4, "")]
    rows = wrap(PrintLine("x" * 30, "123,00"), 32)
    assert rows == [("x" * 30, ""), ("", "123,00")]
    # On the roll the amount's own row is flush right across the 32 columns.
    data = printed(tmp_path, [PrintLine("x" * 30, "123,00")], width_mm=58)
    assert b"x" * 30 + b"\n" + "  123,00".rjust(32).encode("cp858") + b"\n" in data
