"""Receipt layouts (core.receipt.PrintLine) as ESC/POS bytes: no I/O, only bytes.

The commands are Epson's ESC/POS as nearly every 80 mm and 58 mm thermal printer takes them:
ESC @ (initialise), ESC t n (character code table), ESC E n (bold), GS ! n (character size),
ESC a n (justification), GS h / GS w / GS H / GS k (barcode), GS V 66 n (feed and partial cut),
ESC p m t1 t2 (drawer kick pulse).

Code page: CP858 (ESC t 19), Latin-1's letters in the DOS layout plus the euro sign. It has
å ä ö Å Ä Ö é, and also the ü, ø, æ, ß and É of names and product texts that a Swedish shop
meets, which PC865 (Nordic) and PC437 lack in part. A printer without page 19 can be set to
CP850 (ESC t 2: the same letters, no €) or PC865 (ESC t 5) in settings (printer.code_page).
A character the page does not have is never dropped silently: it prints as its letter without
accents (ő as o), else as "?" (ł has no plain form), and every such character is logged.
"""

from __future__ import annotations

import logging
import unicodedata
from dataclasses import dataclass, field

from till.core.receipt import PrintLine, wrap_line

log = logging.getLogger(__name__)

ESC, GS, DLE = b"\x1b", b"\x1d", b"\x10"
INIT = ESC + b"@"
LF = b"\n"

# Python codec name -> the printer's ESC t number (Epson's character code tables).
CODE_PAGES: dict[str, int] = {"cp858": 19, "cp850": 2, "cp865": 5, "cp437": 0}
DEFAULT_CODE_PAGE = "cp858"
# Paper width in mm -> characters of font A across the roll (576 and 384 dots at 12 dots each).
COLUMNS = {80: 48, 58: 32}

DRAWER_KICK = ESC + b"p\x00\x19\xfa"  # pin 2, pulse 25 x 2 ms on, 250 x 2 ms off
# DLE DC4 1 m t: the same pulse as a real-time command (100 ms), which the printer carries out
# even while it is offline (no paper, cover open), when it ignores ESC p in its buffer.
DRAWER_KICK_NOW = DLE + b"\x14\x01\x00\x01"
FEED_AND_CUT = GS + b"V\x42\x03"  # feed 3 lines past the cutter, then a partial cut
BARCODE_HEIGHT = 80  # dots (10 mm at 203 dpi): an easy swipe for a hand scanner


def select_code_page(code_page: str) -> bytes:
    return ESC + b"t" + bytes([CODE_PAGES[code_page]])


def bold(on: bool) -> bytes:
    return ESC + b"E" + (b"\x01" if on else b"\x00")


def size(factor: int) -> bytes:
    """GS ! n: width and height multiplied by `factor` (1 normal, 2 double: 0x11)."""
    n = max(1, min(8, factor)) - 1
    return GS + b"!" + bytes([n << 4 | n])


def align(center: bool) -> bytes:
    return ESC + b"a" + (b"\x01" if center else b"\x00")


def code128(text: str, module: int = 2) -> bytes:
    """GS k 73 (CODE128, function B): code set B chosen with "{B", the text as ASCII; the
    printer adds the check character. HRI off: the text is printed beneath as a line of its own,
    so it wraps and uses the code page like any text."""
    data = b"{B" + text.encode("ascii")
    return (
        GS + b"h" + bytes([BARCODE_HEIGHT])
        + GS + b"w" + bytes([module])
        + GS + b"H\x00"
        + GS + b"k\x49" + bytes([len(data)]) + data
    )  # fmt: skip


@dataclass
class Encoded:
    """The bytes of one job, and the characters the code page could not carry (for tests)."""

    data: bytes
    replaced: list[str] = field(default_factory=list)


class EscPosEncoder:
    """Lays out PrintLines on a roll of `columns` characters and writes them as ESC/POS."""

    def __init__(self, *, code_page: str = DEFAULT_CODE_PAGE, columns: int = 48) -> None:
        if code_page not in CODE_PAGES:
            raise ValueError(f"unknown code page {code_page!r}")
        self.code_page = code_page
        self.columns = columns

    def encode_text(self, text: str, replaced: list[str] | None = None) -> bytes:
        out = bytearray()
        for char in text:
            try:
                out += char.encode(self.code_page)
            except UnicodeEncodeError:
                out += self._fallback(char)
                if replaced is not None:
                    replaced.append(char)
        return bytes(out)

    def _fallback(self, char: str) -> bytes:
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        try:
            substitute = base.encode(self.code_page) if base else b"?"
        except UnicodeEncodeError:
            substitute = b"?"
        log.warning(
            "code page %s has no %r (U+%04X); printed as %r",
            self.code_page, char, ord(char), substitute.decode(self.code_page),
        )  # fmt: skip
        return substitute

    def job(self, lines: list[PrintLine], *, cut: bool = True, drawer: bool = False) -> Encoded:
        """A whole paper: initialise, code page, the lines, feed and cut."""
        replaced: list[str] = []
        out = bytearray(INIT + select_code_page(self.code_page))
        if drawer:
            out += DRAWER_KICK
        for line in lines:
            out += self._line(line, replaced)
        if cut:
            out += FEED_AND_CUT
        return Encoded(bytes(out), replaced)

    def _line(self, line: PrintLine, replaced: list[str]) -> bytes:
        out = bytearray()
        if line.barcode and _code128_text(line.text):
            out += align(True) + code128(line.text) + LF
            line = PrintLine(line.text, center=True)  # the text beneath, for a person
        wide = line.size > 1
        out += align(line.center)
        if wide:
            out += size(line.size)
        if line.bold:
            out += bold(True)
        cols = self.columns // max(1, line.size)
        for text, right in wrap_line(line, self.columns):
            row = text
            if right:  # never longer than the row: the printer would wrap it by itself
                row = f"{text}{right[-cols:]:>{max(1, cols - len(text))}}"
            out += self.encode_text(row, replaced) + LF
        if line.bold:
            out += bold(False)
        if wide:
            out += size(1)
        if line.center:
            out += align(False)
        return bytes(out)


def _code128_text(text: str) -> bool:
    """Code set B carries printable ASCII; up to 40 characters fit any 58 mm roll's width
    badly, so longer texts print as text only."""
    ok = 0 < len(text) <= 40 and all(" " <= c <= "~" for c in text)
    if not ok:
        log.warning("%r cannot be printed as a CODE128 barcode; printed as text", text)
    return ok
