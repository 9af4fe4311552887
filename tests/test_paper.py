"""Every document is one piece of paper (issue 10 item 7): each kind is printed to PDF through
the printer the print worker runs (QtReceiptPrinter.print_lines), read back with pypdf, and
must be one page that ends with the document's last line. Also: the receipt's total VAT, and the
merchant's copy of a card slip when the terminal asks for the cardholder's signature."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from fake_terminal import FakeTerminal, approve
from lti_examples import LISTING_2
from pypdf import PdfReader
from shop_examples import PRODUCTS, SHOP
from test_checkout_ports import FakeControlUnit, Prompts
from test_core_report import (
    CASH_INVOICE,
    COPY,
    DAY,
    PRO_FORMA,
    R1,
    R2,
    R4,
    TRAINING,
    day_input,
    line,
    receipt,
)

from till.adapters.print_spooler import PrinterError, ReceiptSpooler
from till.adapters.printer import QtReceiptPrinter
from till.adapters.wallee.payments import slip_from
from till.checkout.register import Checkout
from till.core.card import CardSlip
from till.core.price_list import price_list, price_list_layout
from till.core.receipt import (
    MERCHANT_COPY,
    Payment,
    PaymentMethod,
    PrintLine,
    Receipt,
    merchant_slip_layout,
    receipt_layout,
    signature_payments,
)
from till.core.report import ReportKind, build_report, report_layout
from till.protocols.lti.codec import decode_message
from till.store import TillStore

# A card payment as the Wallee terminal reports it (LTI 6.17 texts), signed for (cvm 2).
HOLDER_TEXT = "***Cardholder Receipt***\nPurchase\nVisa\nXXXXXXXXXXXX0267\nTotal-EFT SEK : 145.00"
MERCHANT_TEXT = "Purchase\nVisa\nXXXXXXXXXXXX0267\nTrm-Id: 47110815\nTotal-EFT SEK : 145.00"
SIGNED = CardSlip(
    masked_pan="XXXXXXXXXXXX0267",
    app_label="Visa",
    auth_code="741392",
    terminal_id="47110815",
    merchant_receipt=MERCHANT_TEXT,
    cardholder_receipt=HOLDER_TEXT,
    signature=True,
)
CARD_SALE = replace(R2, payments=(Payment(PaymentMethod.CARD, 14500, card=SIGNED),))
LONG = receipt(
    9,
    tuple(line(n, f"Vara nummer {n}", 100 + n, 1000, (25, 12, 6, 0)[n % 4]) for n in range(80)),
    (),
)
LONG = replace(LONG, payments=(Payment(PaymentMethod.CASH, LONG.total, LONG.total),))


def z_report(**changes: object) -> list[PrintLine]:
    return report_layout(build_report(day_input(**changes)))


# Each kind: its lines and the last words printed. Adding a document kind is one line here.
DOCUMENTS: dict[str, tuple[Callable[[], list[PrintLine]], str]] = {
    "receipt": (lambda: receipt_layout(R1), "R-K1-1"),
    "return receipt": (lambda: receipt_layout(R4), "R-K1-4"),
    "copy": (lambda: receipt_layout(R2, copy=COPY), "R-K1-2"),
    "training receipt": (lambda: receipt_layout(TRAINING), "R-K1-6"),
    "pro forma": (lambda: receipt_layout(PRO_FORMA), "R-K1-7"),
    "cash invoice": (lambda: receipt_layout(CASH_INVOICE), "KONTANTNOTA"),
    "card sale with cardholder slip": (lambda: receipt_layout(CARD_SALE), "Total-EFT SEK : 145.00"),
    "merchant slip": (
        lambda: merchant_slip_layout(CARD_SALE, CARD_SALE.payments[0]),
        MERCHANT_COPY,
    ),
    "X report": (
        lambda: z_report(kind=ReportKind.X, z_number=None),
        "Slut på X-dagrapport",
    ),
    "Z report": (lambda: z_report(), "Slut på Z-dagrapport"),
    "Z reprint": (lambda: report_layout(build_report(day_input()), copy=True), "KOPIA"),
    "receipt of 80 items": (lambda: receipt_layout(LONG), "R-K1-9"),
    "price list": (
        lambda: price_list_layout(price_list(SHOP, DAY, PRODUCTS)),
        "Slut på prislistan",
    ),
}


def squeeze(text: str) -> str:
    """pypdf reads spaces as tabs, splits some words and keeps no-break spaces: compare
    without any white space."""
    return "".join(text.split())


def last_printed_line(path: Path) -> tuple[int, str, float, float]:
    """Pages, the text lowest on the last page, its height above the bottom edge (points),
    and the page height."""
    pages = PdfReader(path).pages
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            # The text's origin in page space: the text matrix, then the current matrix.
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((y, x, text))

    pages[-1].extract_text(visitor_text=visit)
    lowest = min(y for y, _, _ in found)
    words = "".join(t for y, _, t in sorted(found, key=lambda f: f[1]) if y - lowest < 1.0)
    return len(pages), squeeze(words), lowest, float(pages[-1].mediabox.height)


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_each_document_is_one_piece_of_paper_ending_with_its_last_line(qapp, tmp_path, kind):
    layout, last = DOCUMENTS[kind]
    lines = layout()
    assert next(x.text for x in reversed(lines) if x.text.strip()) == last
    printer = QtReceiptPrinter(pdf_dir=tmp_path)
    printer.print_lines(lines, file_name="doc.pdf", doc_name=kind)

    pages, words, bottom, height = last_printed_line(tmp_path / "doc.pdf")
    assert pages == 1
    assert words == squeeze(last)
    assert 0 < bottom < height  # on the paper, not painted off its edge


def test_the_roll_page_is_as_long_as_the_document(qapp, tmp_path):
    short, long = tmp_path / "short", tmp_path / "long"
    QtReceiptPrinter(pdf_dir=short).print_lines(receipt_layout(R1), file_name="r.pdf", doc_name="")
    QtReceiptPrinter(pdf_dir=long).print_lines(receipt_layout(LONG), file_name="r.pdf", doc_name="")
    (a,) = PdfReader(short / "r.pdf").pages
    (b,) = PdfReader(long / "r.pdf").pages
    assert float(a.mediabox.width) == float(b.mediabox.width) == pytest.approx(80 / 25.4 * 72, 1)
    assert float(b.mediabox.height) > 3 * float(a.mediabox.height)


def test_a_tiny_document_gets_the_minimum_length(qapp, tmp_path):
    QtReceiptPrinter(pdf_dir=tmp_path).print_lines([PrintLine("x")], file_name="t.pdf", doc_name="")
    (page,) = PdfReader(tmp_path / "t.pdf").pages
    assert float(page.mediabox.height) == pytest.approx(40 / 25.4 * 72, abs=2)


def test_the_print_worker_process_prints_a_z_report_on_one_page(tmp_path):
    async def main() -> None:
        spooler = ReceiptSpooler(pdf_dir=tmp_path)
        try:
            await spooler.print_layout(z_report(), file_name="z.pdf", doc_name="Z-dagrapport")
        finally:
            await spooler.close()

    asyncio.run(main())
    pages, words, bottom, _ = last_printed_line(tmp_path / "z.pdf")
    assert (pages, words) == (1, squeeze("Slut på Z-dagrapport")) and bottom > 0


# -- the VAT in all -------------------------------------------------------------------------


def vat_rows(lines: list[PrintLine]) -> dict[str, int]:
    """The VAT column of the receipt's VAT table, in öre, by rate row."""
    start = next(n for n, x in enumerate(lines) if x.text == "Moms %")
    rows = {}
    for row in lines[start + 1 :]:
        if not row.text.endswith(" %"):
            break
        rows[row.text] = ore(row.right.split()[0])
    return rows


def ore(text: str) -> int:
    kronor, _, ore_ = text.replace("\u00a0", "").partition(",")
    sign = -1 if kronor.startswith("-") else 1
    return sign * (abs(int(kronor)) * 100 + int(ore_))


def test_the_receipt_shows_the_total_vat_and_the_vat_per_rate(qapp, tmp_path):
    # R1 by hand: 12 %: (43,00 + 29,73) * 12/112 = 7,7925 -> 7,79; 25 %: 19,00 / 5 = 3,80.
    lines = receipt_layout(R1)
    rows = vat_rows(lines)
    assert rows == {"25 %": 380, "12 %": 779}
    (total,) = [x for x in lines if x.text == "Moms totalt"]
    assert ore(total.right) == sum(rows.values()) == 1159
    printer = QtReceiptPrinter(pdf_dir=tmp_path)
    printer.print_lines(lines, file_name="r.pdf", doc_name="")
    words = squeeze(PdfReader(tmp_path / "r.pdf").pages[0].extract_text())
    assert "Momstotalt11,59" in words


def test_a_return_shows_its_vat_in_all_as_paid_back(qapp):
    # R4 by hand: 12 %: -21,50 * 12/112 = -2,3036 -> -2,30; 25 %: -19,00 / 5 = -3,80.
    lines = receipt_layout(R4)
    rows = vat_rows(lines)
    assert rows == {"25 %": -380, "12 %": -230}
    (total,) = [x for x in lines if x.text == "Moms totalt"]
    assert ore(total.right) == sum(rows.values()) == -610


def test_the_receipt_still_carries_every_point_of_7_kap_1(qapp):
    text = "\n".join(f"{x.text} {x.right}" for x in receipt_layout(R1))
    for required in (
        "Hörnbutiken AB",  # 1 name
        "Org.nr 556123-4567",  # 1 organisation number
        "Storgatan 1, 123 45 Åby",  # 2 address
        "2024-06-01 09:01",  # 3 date and time
        "Kvitto nr 1",  # 4 sequence number
        "Kassa K1",  # 5 register
        "Mjölk",  # 6 articles and quantities
        "Totalt",  # 8 total
        "Moms totalt",  # 9 VAT
        "12 %",  # 10 VAT per rate
        "Kontant",  # 11 payment method
        "Kontrollenhet CTU0001",  # 12 control unit
    ):
        assert required in text, required


# -- the merchant's copy to sign ------------------------------------------------------------


def test_the_merchant_copy_is_marked_and_has_a_signature_line() -> None:
    lines = merchant_slip_layout(CARD_SALE, CARD_SALE.payments[0])
    marked = [x for x in lines if x.text == MERCHANT_COPY]
    assert marked and all(x.size == 2 for x in marked)
    texts = [x.text for x in lines]
    assert "Kortinnehavarens underskrift" in texts
    signature = texts.index("Kortinnehavarens underskrift")
    assert "_" * 40 in texts[signature:]
    for terminal_line in MERCHANT_TEXT.splitlines():  # as the terminal sent it
        assert terminal_line in texts
    assert "Kvitto nr 2" in [x.right for x in lines]


def test_without_terminal_text_the_merchant_copy_shows_the_card_and_amount() -> None:
    bare = replace(SIGNED, merchant_receipt="")
    sale = replace(R2, payments=(Payment(PaymentMethod.CARD, 14500, card=bare),))
    lines = merchant_slip_layout(sale, sale.payments[0])
    assert PrintLine("Kort", "145,00") in lines
    assert "  Visa XXXXXXXXXXXX0267" in [x.text for x in lines]


def test_only_a_signed_card_payment_gets_a_merchant_copy() -> None:
    assert signature_payments(CARD_SALE) == [CARD_SALE.payments[0]]
    assert not signature_payments(_receipt_with(replace(SIGNED, signature=False)))
    assert not signature_payments(R1)  # cash


def test_no_merchant_copy_rides_on_the_cardholder_receipt() -> None:
    texts = [x.text for x in receipt_layout(CARD_SALE)]
    assert HOLDER_TEXT.splitlines()[0] in texts
    assert MERCHANT_COPY not in texts and "Kortinnehavarens underskrift" not in texts


def _receipt_with(card: CardSlip) -> Receipt:
    return replace(R2, payments=(Payment(PaymentMethod.CARD, 14500, card=card),))


def test_the_lti_cvm_says_when_the_cardholder_signs() -> None:
    """LTI 6.1 financialTrxResponse cvm: 2, 6, 7 and 8 are (PIN and) signature."""
    for cvm, signs in ((2, True), (6, True), (7, True), (8, True), (1, False), (3, False)):
        xml = LISTING_2.replace(b"<cvm>2</cvm>", f"<cvm>{cvm}</cvm>".encode())
        assert slip_from(decode_message(xml)).signature is signs, cvm
    assert slip_from(decode_message(LISTING_2.replace(b"<cvm>2</cvm>", b""))).signature is False


class Paper:
    """A printer that keeps what it was given, in order; a slip can be made to jam."""

    def __init__(self, jam_slips: bool = False) -> None:
        self.printed: list[tuple[str, list[PrintLine]]] = []
        self.jam_slips = jam_slips

    async def print_receipt(self, receipt: Receipt) -> None:
        self.printed.append(("receipt", receipt_layout(receipt)))

    async def print_layout(self, lines: list[PrintLine], *, file_name: str, doc_name: str):
        if self.jam_slips:
            raise PrinterError("the paper jammed")
        self.printed.append((file_name, lines))


def sell_by_card(tmp_path: Path, paper: Paper, *, signs: bool) -> tuple[Receipt | None, bool]:
    """One card sale through checkout with a fake terminal: the receipt and whether it is
    marked printed."""

    def signed(payment):
        outcome = approve(payment)
        return replace(outcome, slip=replace(outcome.slip, signature=signs))

    async def main() -> tuple[Receipt | None, bool]:
        store = TillStore.open(tmp_path / "till.db")
        store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        terminal = FakeTerminal()
        terminal.charges.append(signed)
        checkout = Checkout(
            store=store,
            control_unit=FakeControlUnit(),
            shop=SHOP,
            terminal=terminal,
            printer=paper,
            clock=lambda: datetime(2026, 11, 29, 12, 0).astimezone(),
        )
        try:
            await checkout.enter("7310865004703")
            sold = await checkout.pay_card(Prompts())
            return sold, sold is not None and store.is_printed(sold)
        finally:
            await checkout.close()
            store.close()

    return asyncio.run(main())


@pytest.mark.parametrize("signs", [True, False])
def test_a_signed_card_sale_prints_the_merchant_copy_after_the_receipt(tmp_path, signs):
    paper = Paper()
    sold, printed = sell_by_card(tmp_path, paper, signs=signs)
    assert sold is not None and printed
    names = [name for name, _ in paper.printed]
    if not signs:
        assert names == ["receipt"]
        return
    assert names == ["receipt", f"receipt-{SHOP.register_id}-1-merchant-1.pdf"]
    slip = [x.text for x in paper.printed[1][1]]
    assert slip[0] == MERCHANT_COPY and "Kortinnehavarens underskrift" in slip


def test_a_jammed_merchant_copy_does_not_undo_the_printed_receipt(tmp_path):
    paper = Paper(jam_slips=True)
    sold, printed = sell_by_card(tmp_path, paper, signs=True)
    assert sold is not None and printed
    assert [name for name, _ in paper.printed] == ["receipt"]


def test_the_worker_answers_a_failure_with_its_message_code_and_parameters(tmp_path):
    """The till rebuilds the Message from the answer, to say it in the shop's language."""
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    job = {"id": 1, "lines": [{"text": "x"}], "file_name": "r.pdf", "doc_name": "r"}
    done = subprocess.run(
        [sys.executable, "-m", "till.adapters.print_worker", "--pdf-dir", str(blocker / "r")],
        input=json.dumps(job) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    answer = json.loads(done.stdout.splitlines()[0])
    assert answer["ok"] is False and answer["id"] == 1
    assert answer["code"] == "receipt_folder_not_made"
    assert answer["params"] == {"folder": str(blocker / "r")}
    assert answer["error"] == f"The receipt folder {blocker / 'r'} cannot be created."
