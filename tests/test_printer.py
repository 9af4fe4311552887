"""Receipts through QPrinter: a PDF per receipt, the 7 kap. 1 § contents, double-size markings."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinterInfo
from shop_examples import SHOP

from till.adapters.printer import (
    COLUMNS,
    PrinterError,
    QtReceiptPrinter,
    ReceiptPaper,
    render_receipt_pdf,
)
from till.core.money import cash_rounding
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptType,
    ShopIdentity,
    receipt_layout,
)
from till.core.sale import SaleLine
from till.core.vat import vat_sections

CODE = "SVYBJGYBXC3YUFQMMWWPZMVLVVTQHTF5;7TQORV5TKG5OXWA3OGZPTGODU7"  # 59 characters
CTUID = "ISCCUSE0000000000"


def make_receipt(sequence_number: int = 42) -> Receipt:
    lines = (
        SaleLine(1, "11", "Mjölk 1,5 l", 2150, 1000, 12),
        SaleLine(2, "30", "Tygkasse", 1900, 3000, 25, discount=500),
        SaleLine(3, "1", "Bananer", 2490, 1250, 12, sold_by_weight=True),
        SaleLine(4, "20", "Dagstidning", 3500, 1000, 6),
    )
    total = sum(line.amount for line in lines)
    rounding = cash_rounding(total)
    due = total + rounding
    return Receipt(
        shop=SHOP,
        sequence_number=sequence_number,
        receipt_type=ReceiptType.NORMAL,
        created_at=datetime(2026, 11, 21, 14, 5).astimezone(),
        sale_id="f" * 32,
        lines=lines,
        vat=vat_sections((line.vat_rate, line.amount) for line in lines),
        rounding=rounding,
        payments=(Payment(PaymentMethod.CASH, due, 50000, 50000 - due),),
        control=ControlCode(CTUID, CODE),
        request_id=f"{SHOP.register_id}_{sequence_number}_ffffffff",
    )


def test_a_receipt_is_written_as_a_pdf(qapp, tmp_path):
    path = tmp_path / "r.pdf"
    paper = render_receipt_pdf(make_receipt(), path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert paper.rows and paper.height > 0


def test_the_printed_rows_carry_what_a_swedish_receipt_must(qapp, tmp_path):
    text = render_receipt_pdf(make_receipt(), tmp_path / "r.pdf").text()
    for required in (
        "Demobutiken AB",  # 1 company name
        "Org.nr 556123-4567",  # 1 organisation number
        "Storgatan 1, 111 22 Stockholm",  # 2 address
        "2026-11-21 14:05",  # 3 date and time
        "Kvitto nr 42",  # 4 sequence number
        f"Kassa {SHOP.register_id}",  # 5 register designation
        "Tygkasse",  # 6 articles and quantities
        "3 x 19,00/st",
        "Totalt",  # 8 total
        "Moms %",  # 9, 10 VAT per rate
        "Kontant",  # 11 payment method
        f"Kontrollenhet {CTUID}",  # 12 control unit's manufacturing number
    ):
        assert required in text, required
    # The 59-character control code is wrapped on the narrow roll, never cut off.
    assert CODE in text.replace("\n", "")


def test_every_row_fits_the_roll_and_markings_print_twice_as_large(qapp, tmp_path):
    paper = render_receipt_pdf(make_receipt(), tmp_path / "r.pdf")
    for row in paper.rows:
        assert len(row.text) + (len(row.right) + 1 if row.right else 0) <= COLUMNS // row.size
    normal = next(r for r in paper.rows if r.right == "Kvitto nr 42")
    double = next(r for r in paper.rows if r.size == 2)
    assert double.text == "Demobutiken AB"
    assert double.height == pytest.approx(2 * normal.height, rel=0.1)


def test_the_system_printer_writes_one_named_pdf_per_receipt(qapp, tmp_path):
    printer = QtReceiptPrinter(pdf_dir=tmp_path / "receipts")
    printer.print_receipt(make_receipt(7))
    printer.print_receipt(make_receipt(8))
    names = sorted(p.name for p in (tmp_path / "receipts").iterdir())
    assert names == [f"receipt-{SHOP.register_id}-7.pdf", f"receipt-{SHOP.register_id}-8.pdf"]
    assert printer.last_paper is not None and "Kvitto nr 8" in printer.last_paper.text()


def test_a_pdf_folder_that_cannot_be_made_is_a_printer_error(qapp, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PrinterError, match="receipt folder"):
        QtReceiptPrinter(pdf_dir=blocker / "receipts").print_receipt(make_receipt())


def test_an_unknown_printer_is_a_printer_error(qapp):
    with pytest.raises(PrinterError, match="not found"):
        QtReceiptPrinter(printer_name="no-such-printer-here").print_receipt(make_receipt())


@pytest.mark.skipif(
    not QPrinterInfo.defaultPrinter().isNull(), reason="this machine has a default printer"
)
def test_no_default_printer_is_a_printer_error(qapp):
    with pytest.raises(PrinterError, match="no receipt printer"):
        QtReceiptPrinter().print_receipt(make_receipt())


def test_the_layout_paints_ink_on_an_image(qapp):
    paper = ReceiptPaper(receipt_layout(make_receipt()), pixel_size=12)
    image = QImage(int(paper.width) + 1, int(paper.height) + 1, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    paper.paint(painter)
    painter.end()
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
def test_the_pdf_text_can_be_read_back(qapp, tmp_path):
    path = tmp_path / "r.pdf"
    render_receipt_pdf(make_receipt(), path)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Kvitto nr 42" in text and CTUID in text


def test_the_file_name_is_safe_for_any_register_id(qapp, tmp_path):
    receipt = make_receipt()
    odd = Receipt(**{**_fields(receipt), "shop": ShopIdentity("A", "5561234567", "B", "K 1/2")})
    QtReceiptPrinter(pdf_dir=tmp_path).print_receipt(odd)
    assert [p.name for p in tmp_path.iterdir()] == ["receipt-K_1_2-42.pdf"]


def _fields(receipt: Receipt) -> dict:
    return {name: getattr(receipt, name) for name in receipt.__dataclass_fields__}
