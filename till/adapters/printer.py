"""Receipts on paper (or PDF) through Qt's print system.

The receipt is laid out on a character grid as wide as a receipt roll holds (48 columns of the
small font on 80 mm paper). Markings and the shop name print at twice the font size of the
amount text, as SKVFS 2014:9 asks of "KOPIA" and "ÖVNINGSKVITTO". Laying out rows before
painting lets the PDF page be exactly as long as the receipt, and lets the screen preview and the
tests read the very rows that are printed.

A barcode line (the receipt's `R-<register>-<number>`, scanned for a return or a copy) prints
as Code 39 bars about 12 mm high with its text beneath, so a person can type what a scanner
cannot read.
"""

from __future__ import annotations

import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from till.adapters.print_spooler import PrinterError, receipt_file_name
from till.core.barcode import code39_modules
from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import PrintLine, Receipt, receipt_layout, wrap_line

log = logging.getLogger(__name__)

PRINTER_NOT_FOUND = Message(
    "printer_not_found", QT_TRANSLATE_NOOP("Errors", "The printer {printer} was not found.")
)
NO_RECEIPT_PRINTER = Message(
    "no_receipt_printer", QT_TRANSLATE_NOOP("Errors", "There is no receipt printer set up.")
)
FOLDER_NOT_MADE = Message(
    "receipt_folder_not_made",
    QT_TRANSLATE_NOOP("Errors", "The receipt folder {folder} cannot be created."),
)
FOLDER_NOT_WRITABLE = Message(
    "receipt_folder_not_writable",
    QT_TRANSLATE_NOOP("Errors", "The receipt folder {folder} is not writable."),
)
CANNOT_PRINT_TO = Message(
    "cannot_print_to", QT_TRANSLATE_NOOP("Errors", "The till cannot print to {where}.")
)
CANNOT_PRINT = Message(
    "cannot_print", QT_TRANSLATE_NOOP("Errors", "The till cannot open the printer.")
)
NOT_ACCEPTED = Message(
    "printer_did_not_accept",
    QT_TRANSLATE_NOOP("Errors", "The printer did not accept the receipt."),
)

COLUMNS = 48  # characters of the normal font across the roll
PAPER_WIDTH_MM = 80.0
PRINT_WIDTH_MM = 72.0  # what an 80 mm thermal head prints (576 dots at 203 dpi)
MARGIN_MM = (PAPER_WIDTH_MM - PRINT_WIDTH_MM) / 2
FONT_FAMILIES = ["DejaVu Sans Mono", "Consolas", "Menlo", "Courier New", "monospace"]
BARCODE_HEIGHT_MM = 12.0  # the bars; scanners want height, and 12 mm is an easy swipe
BARCODE_GAP_MM = 1.5  # white above and below the bars
QUIET_ZONE_MODULES = 10  # white either side, so the scanner finds where the symbol starts
MIN_LENGTH_MM = 40.0  # a short slip still tears off cleanly and is not lost in the hand
MAX_LENGTH_PT = 14_400  # 5 m: the longest page PDF readers (and Qt's writer) take


def receipt_font(pixel_size: int, *, size: int = 1, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    font.setPixelSize(pixel_size * size)
    font.setBold(bold)
    return font


@dataclass(frozen=True, slots=True)
class Row:
    """One printed row: left text, optional right-aligned text, its font and place."""

    text: str
    right: str
    size: int
    bold: bool
    center: bool
    top: float
    height: float
    barcode: bool = False  # `text` painted as Code 39 bars filling the row


class ReceiptPaper:
    """Receipt lines laid out as rows for one paint device (a printer, an image, a widget)."""

    def __init__(
        self,
        lines: list[PrintLine],
        *,
        pixel_size: int,
        device: QPaintDevice | None = None,
        columns: int = COLUMNS,
    ) -> None:
        self.pixel_size = pixel_size
        self.columns = columns
        self._device = device
        self.char_width = self._metrics(1, False).horizontalAdvance("0")
        self.width = self.char_width * columns
        self.rows: list[Row] = []
        top = 0.0
        for line in lines:
            height = self._metrics(line.size, line.bold).lineSpacing()
            if line.barcode and _encodable(line.text):
                bars = self.width * (BARCODE_HEIGHT_MM + 2 * BARCODE_GAP_MM) / PRINT_WIDTH_MM
                self.rows.append(Row(line.text, "", 1, False, True, top, bars, barcode=True))
                top += bars
                line = PrintLine(line.text, center=True)  # the text beneath, for a person
            for text, right in wrap_line(line, self.columns):
                self.rows.append(Row(text, right, line.size, line.bold, line.center, top, height))
                top += height
        self.height = top

    @classmethod
    def fitting(
        cls, lines: list[PrintLine], width: float, device: QPaintDevice | None = None
    ) -> ReceiptPaper:
        """The largest font whose `COLUMNS` characters fit in `width` device pixels."""
        probe = QFontMetricsF(receipt_font(1000), device) if device else None
        ratio = (probe or QFontMetricsF(receipt_font(1000))).horizontalAdvance("0") / 1000
        pixel_size = max(1, int(width / (COLUMNS * ratio)))
        paper = cls(lines, pixel_size=pixel_size, device=device)
        while paper.width > width and pixel_size > 1:
            pixel_size -= 1
            paper = cls(lines, pixel_size=pixel_size, device=device)
        return paper

    def _metrics(self, size: int, bold: bool) -> QFontMetricsF:
        font = receipt_font(self.pixel_size, size=size, bold=bold)
        return QFontMetricsF(font, self._device) if self._device else QFontMetricsF(font)

    def paint(self, painter: QPainter, *, x: float = 0.0, y: float = 0.0) -> None:
        self.paint_rows(painter, self.rows, x=x, y=y)

    def barcode_rects(self, row: Row, *, x: float = 0.0, y: float = 0.0) -> list[QRectF]:
        """The bars of a barcode row, centred on the roll. A module is a whole number of
        device pixels where the width allows it, so every bar is painted sharp."""
        widths = code39_modules(row.text)
        modules = sum(widths)
        module = self.width / (modules + 2 * QUIET_ZONE_MODULES)
        if module >= 1:
            module = float(int(module))
        elif modules + 4 <= self.width:  # a narrow screen: a smaller quiet zone, sharp bars
            module = 1.0
        left = x + (self.width - modules * module) / 2
        if module >= 1:
            left = float(round(left))
        gap = self.width * BARCODE_GAP_MM / PRINT_WIDTH_MM
        top, height = y + row.top + gap, row.height - 2 * gap
        rects = []
        for n, width in enumerate(widths):
            if n % 2 == 0:  # bars and spaces take turns, a bar first
                rects.append(QRectF(left, top, width * module, height))
            left += width * module
        return rects

    def paint_rows(
        self, painter: QPainter, rows: list[Row], *, x: float = 0.0, y: float = 0.0
    ) -> None:
        painter.setPen(QColor("black"))
        for row in rows:
            if row.barcode:
                for rect in self.barcode_rects(row, x=x, y=y):
                    painter.fillRect(rect, QColor("black"))
                continue
            painter.setFont(receipt_font(self.pixel_size, size=row.size, bold=row.bold))
            rect = QRectF(x, y + row.top, self.width, row.height)
            left = Qt.AlignmentFlag.AlignVCenter
            if row.center:
                painter.drawText(rect, left | Qt.AlignmentFlag.AlignHCenter, row.text)
                continue
            painter.drawText(rect, left | Qt.AlignmentFlag.AlignLeft, row.text)
            if row.right:
                painter.drawText(rect, left | Qt.AlignmentFlag.AlignRight, row.right)

    def text(self) -> str:
        """The rows as plain text, for logs and tests."""
        out = []
        for row in self.rows:
            cols = self.columns // row.size
            if row.barcode:
                out.append(("|" * min(cols, len(row.text) + 8)).center(cols).rstrip())
            elif row.center:
                out.append(row.text.center(cols).rstrip())
            elif row.right:
                out.append(f"{row.text}{row.right:>{max(1, cols - len(row.text))}}")
            else:
                out.append(row.text)
        return "\n".join(out)


def _encodable(text: str) -> bool:
    """A text Code 39 cannot carry (a register id in lower case) prints as text only."""
    try:
        code39_modules(text)
    except ValueError:
        log.warning("%r cannot be printed as a Code 39 barcode; printed as text", text)
        return False
    return True


class QtReceiptPrinter:
    """Checkout's ReceiptPrinter: a system printer by name (or the default one), or PDF files."""

    def __init__(self, *, printer_name: str = "", pdf_dir: Path | None = None) -> None:
        self.printer_name = printer_name
        self.pdf_dir = pdf_dir
        self.last_paper: ReceiptPaper | None = None

    def print_receipt(self, receipt: Receipt) -> None:
        self.print_lines(
            receipt_layout(receipt),
            file_name=receipt_file_name(receipt),
            doc_name=f"Kvitto {receipt.sequence_number}",
        )

    def print_lines(self, lines: list[PrintLine], *, file_name: str, doc_name: str) -> None:
        """Print laid-out lines: `file_name` in pdf_dir, or to the printer as `doc_name`."""
        if self.pdf_dir is not None:
            self._ensure_pdf_dir(self.pdf_dir)
            printer = _pdf_printer(self.pdf_dir / file_name)
        else:
            printer = self._system_printer()
        printer.setDocName(doc_name)
        self.last_paper = print_layout(printer, lines)

    def _system_printer(self) -> QPrinter:
        if self.printer_name:
            info = QPrinterInfo.printerInfo(self.printer_name)
            if info.isNull():
                raise PrinterError(
                    PRINTER_NOT_FOUND,
                    printer=self.printer_name,
                    detail=f"available: {QPrinterInfo.availablePrinterNames()}",
                )
        else:
            info = QPrinterInfo.defaultPrinter()
            if info.isNull():
                raise PrinterError(NO_RECEIPT_PRINTER)
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
        return printer

    @staticmethod
    def _ensure_pdf_dir(pdf_dir: Path) -> None:
        try:
            pdf_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PrinterError(FOLDER_NOT_MADE, folder=str(pdf_dir), detail=str(error)) from error
        if not os.access(pdf_dir, os.W_OK):
            raise PrinterError(FOLDER_NOT_WRITABLE, folder=str(pdf_dir))


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_size(paper: ReceiptPaper, dpi: float) -> QPageSize:
    """A page as long as the document: one piece of paper off the roll.

    Qt keeps a custom page size in whole points; the length is rounded up (plus a point), since
    rounding it to the nearest point cut the last row off onto a second page."""
    length_mm = max(MIN_LENGTH_MM, paper.height / dpi * 25.4 + 2 * MARGIN_MM)
    length_pt = math.ceil(length_mm / 25.4 * 72) + 1
    width_pt = math.ceil(PAPER_WIDTH_MM / 25.4 * 72)
    return QPageSize(
        QSizeF(width_pt, min(length_pt, MAX_LENGTH_PT)),
        QPageSize.Unit.Point,
        "Receipt",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )


def print_layout(printer: QPrinter, lines: list[PrintLine]) -> ReceiptPaper:
    """Paint the lines on one roll-sized page. Only a printer that ignores the custom length
    (fixed sheets) or a document longer than a PDF page may hold gets several pages."""
    printer.setCreator("till")
    dpi = printer.resolution()
    paper = ReceiptPaper.fitting(lines, PRINT_WIDTH_MM / 25.4 * dpi, printer)
    printer.setPageSize(page_size(paper, dpi))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    painter = QPainter()
    if not painter.begin(printer):
        where = printer.outputFileName() or printer.printerName()
        raise PrinterError(CANNOT_PRINT_TO, where=where) if where else PrinterError(CANNOT_PRINT)
    try:
        page_height = printer.pageRect(QPrinter.Unit.DevicePixel).height()
        for offset, rows in enumerate(_pages(paper.rows, page_height)):
            if offset:
                printer.newPage()
            painter_offset = -rows[0].top if rows else 0.0
            paper.paint_rows(painter, rows, y=painter_offset)
    finally:
        ended = painter.end()
    if not ended:
        raise PrinterError(NOT_ACCEPTED)
    return paper


def _pages(rows: list[Row], page_height: float) -> list[list[Row]]:
    pages: list[list[Row]] = [[]]
    start = 0.0
    for row in rows:
        # Half a device pixel of slack: float sums of row heights are not exact.
        if pages[-1] and row.top + row.height - start > page_height + 0.5:
            pages.append([])
            start = row.top
        pages[-1].append(row)
    return pages


def render_receipt_pdf(receipt: Receipt, path: Path) -> ReceiptPaper:
    """Write one receipt to a PDF file; returns the laid-out rows that were painted."""
    printer = _pdf_printer(path)
    printer.setDocName(f"Kvitto {receipt.sequence_number}")
    return print_layout(printer, receipt_layout(receipt))
