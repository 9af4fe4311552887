"""Code 39, the barcode under every receipt: its `R-<register>-<number>` scans back into the till
(a return against the receipt, or its copy) with any ordinary scanner, without a check digit.

Each character is nine elements, five bars and four spaces, three of them wide; characters are
separated by a narrow space, and the symbol starts and stops with '*'. Widths are in modules:
narrow 1, wide 3 (the ratio may be 1:2 to 1:3; 3 reads most reliably on thermal paper).
"""

from __future__ import annotations

NARROW = 1
WIDE = 3
GAP = NARROW  # the space between two characters

# Each character's nine elements, bar first, as a 9-bit number read from the top bit: 1 = wide.
_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%"
_PATTERNS = (
    0x034, 0x121, 0x061, 0x160, 0x031, 0x130, 0x070, 0x025, 0x124, 0x064,  # 0-9
    0x109, 0x049, 0x148, 0x019, 0x118, 0x058, 0x00D, 0x10C, 0x04C, 0x01C,  # A-J
    0x103, 0x043, 0x142, 0x013, 0x112, 0x052, 0x007, 0x106, 0x046, 0x016,  # K-T
    0x181, 0x0C1, 0x1C0, 0x091, 0x190, 0x0D0, 0x085, 0x184, 0x0C4, 0x0A8,  # U-Z - . space $
    0x0A2, 0x08A, 0x02A,  # / + %
)  # fmt: skip
_START_STOP = 0x094  # '*'

CODE39_CHARACTERS = frozenset(_ALPHABET)
_PATTERN = dict(zip(_ALPHABET, _PATTERNS, strict=True))


def _widths(pattern: int) -> list[int]:
    return [WIDE if pattern >> (8 - i) & 1 else NARROW for i in range(9)]


def code39_modules(text: str) -> list[int]:
    """The symbol for `text` as element widths in modules, bar first, bars and spaces taking
    turns (so odd positions are bars), start and stop '*' included, no quiet zone.

    Raises ValueError for an empty text or a character Code 39 cannot carry (lower case,
    '*', anything outside 0-9 A-Z - . space $ / + %)."""
    if not text:
        raise ValueError("a barcode needs at least one character")
    bad = sorted({c for c in text if c not in CODE39_CHARACTERS})
    if bad:
        raise ValueError(f"Code 39 cannot carry {''.join(bad)!r}")
    out: list[int] = []
    for pattern in (_START_STOP, *(_PATTERN[c] for c in text), _START_STOP):
        if out:
            out.append(GAP)
        out.extend(_widths(pattern))
    return out


def code39_width(text: str) -> int:
    """The symbol's width in modules, without quiet zones."""
    return sum(code39_modules(text))


# -- GTIN check digits (EAN-8, UPC-A, EAN-13, GTIN-14) -------------------------------------------
# GS1 General Specifications 7.9.1: from the right, the digits before the check digit weigh
# 3, 1, 3, ...; the check digit brings the sum up to a multiple of ten.

GTIN_LENGTHS = frozenset({8, 12, 13, 14})


def is_gtin(barcode: str) -> bool:
    """An all-digit code of a GTIN's length: the check digit applies. Other codes (a shop's own
    Code 128 labels, short in-store numbers) carry no check digit the till knows of."""
    return len(barcode) in GTIN_LENGTHS and barcode.isascii() and barcode.isdigit()


def gtin_check_digit(digits: str) -> int:
    """The check digit that completes `digits` (a GTIN without its last digit)."""
    if not (digits.isascii() and digits.isdigit()):
        raise ValueError("a GTIN is digits 0-9 only")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return (10 - total % 10) % 10


def wrong_check_digit(barcode: str) -> int | None:
    """The digit a GTIN should end in when it ends in another; None when it is right or the
    code is not a GTIN."""
    if not is_gtin(barcode):
        return None
    expected = gtin_check_digit(barcode[:-1])
    return None if int(barcode[-1]) == expected else expected
