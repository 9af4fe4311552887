"""Receipts through QPrinter: a PDF per receipt, the 7 kap. 1 § contents, double-size markings."""

from __future__ import annotations

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


def test_the_pdf_text_can_be_read_back(qapp, tmp_path):
    """The PDF holds the receipt as text (an e-mailed receipt can be searched), read back by
    pypdf; its spacing differs from the layout's, so words are compared."""
    from pypdf import PdfReader

    path = tmp_path / "r.pdf"
    render_receipt_pdf(make_receipt(), path)
    words = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "Kvitto nr 42" in words and CTUID in words


def test_the_file_name_is_safe_for_any_register_id(qapp, tmp_path):
    receipt = make_receipt()
    odd = Receipt(**{**_fields(receipt), "shop": ShopIdentity("A", "5561234567", "B", "K 1/2")})
    QtReceiptPrinter(pdf_dir=tmp_path).print_receipt(odd)
    assert [p.name for p in tmp_path.iterdir()] == ["receipt-K_1_2-42.pdf"]


def _fields(receipt: Receipt) -> dict:
    return {name: getattr(receipt, name) for name in receipt.__dataclass_fields__}


# -- the receipt's barcode --------------------------------------------------------------------


def _paint(paper: ReceiptPaper) -> QImage:
    image = QImage(int(paper.width) + 1, int(paper.height) + 1, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    paper.paint(painter)
    painter.end()
    return image


def _dark_runs(image: QImage, y: int) -> list[tuple[int, int]]:
    """(start, width) of every dark run along the pixel row y."""
    runs, start = [], None
    for x in range(image.width()):
        dark = image.pixelColor(x, y).lightness() < 128
        if dark and start is None:
            start = x
        elif not dark and start is not None:
            runs.append((start, x - start))
            start = None
    if start is not None:
        runs.append((start, image.width() - start))
    return runs


def test_the_receipt_ends_with_its_barcode_drawn_as_bars_with_the_text_beneath(qapp):
    receipt = make_receipt(42)
    code = f"R-{SHOP.register_id}-42"
    paper = ReceiptPaper(receipt_layout(receipt), pixel_size=16)
    bars = [row for row in paper.rows if row.barcode]
    assert [row.text for row in bars] == [code]
    row = bars[0]
    beneath = paper.rows[paper.rows.index(row) + 1]
    assert beneath.text == code and not beneath.barcode and beneath.center
    # About 12 mm of bars (plus white above and below) on the 72 mm the roll prints.
    assert row.height / paper.width * 72 == pytest.approx(15, abs=0.5)

    rects = paper.barcode_rects(row)
    assert len(rects) == 5 * (len(code) + 2)  # five bars a character, start and stop too
    module = min(r.width() for r in rects)
    assert module >= 1 and {round(r.width() / module) for r in rects} == {1, 3}
    assert rects[0].left() > 0 and rects[-1].right() < paper.width  # quiet zones
    assert all(row.top < r.top() and r.bottom() < row.top + row.height for r in rects)

    image = _paint(paper)
    runs = _dark_runs(image, int(row.top + row.height / 2))
    assert len(runs) == len(rects)
    assert [(x, w) for x, w in runs] == [(int(r.left()), int(r.width())) for r in rects]
    assert paper.text().splitlines()[-1].strip() == code


def test_a_barcode_text_code_39_cannot_carry_prints_as_text_only(qapp):
    from till.core.receipt import PrintLine

    paper = ReceiptPaper([PrintLine("R-kassa1-7", barcode=True, center=True)], pixel_size=12)
    assert [(r.text, r.barcode) for r in paper.rows] == [("R-kassa1-7", False)]
    assert _dark_runs(_paint(paper), int(paper.rows[0].height / 2))  # the text is inked


def test_the_pdf_of_a_receipt_holds_its_barcode(qapp, tmp_path):
    paper = render_receipt_pdf(make_receipt(5), tmp_path / "r.pdf")
    row = next(r for r in paper.rows if r.barcode)
    assert row.text == f"R-{SHOP.register_id}-5"
    rects = paper.barcode_rects(row)
    module = min(r.width() for r in rects)
    # At the PDF's resolution a module is whole device pixels: sharp bars.
    assert module >= 1 and module == int(module)
    assert sum(r.width() for r in rects) < paper.width
