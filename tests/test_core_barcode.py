"""Code 39 patterns, checked against encodings written out elsewhere (module strings with a
wide element of 3, as barcode libraries print them) and against the symbology's own rules."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from till.core.barcode import CODE39_CHARACTERS, code39_modules, code39_width

# Each character alone, as dark (1) and light (0) modules, narrow 1 and wide 3, no gap.
KNOWN = {
    "*": "100010111011101",
    "0": "101000111011101",
    "1": "111010001010111",
    "9": "101110001011101",
    "A": "111010100010111",
    "R": "111010101110001",
    "Z": "100011101110101",
    "-": "100010101110111",
    ".": "111000101011101",
    " ": "100011101011101",
    "$": "100010001000101",
    "/": "100010001010001",
    "+": "100010100010001",
    "%": "101000100010001",
}


def module_string(widths: list[int]) -> str:
    """Widths, bar first, as a string of 1 (bar) and 0 (space) modules."""
    return "".join(("1" if n % 2 == 0 else "0") * w for n, w in enumerate(widths))


def characters(widths: list[int]) -> list[list[int]]:
    """Split a symbol into its characters' nine widths, checking each gap is one narrow space."""
    out = []
    for start in range(0, len(widths), 10):
        out.append(widths[start : start + 9])
        if start + 9 < len(widths):
            assert widths[start + 9] == 1, "the gap between characters is one narrow space"
    return out


@pytest.mark.parametrize("char", [c for c in KNOWN if c != "*"])
def test_each_known_character_between_start_and_stop(char):
    expected = "0".join((KNOWN["*"], KNOWN[char], KNOWN["*"]))
    assert module_string(code39_modules(char)) == expected


def test_a_receipt_barcode_in_full():
    text = "R-EP01-12"
    modules = module_string(code39_modules(text))
    parts = [KNOWN["*"], *(KNOWN.get(c) for c in text), KNOWN["*"]]
    # Characters not in KNOWN are checked by the rules test below; the known ones sit in place.
    width = 16  # 15 modules a character plus its gap
    for n, expected in enumerate(parts):
        if expected is not None:
            assert modules[n * width : n * width + 15] == expected, text[n - 1 : n]
    assert len(modules) == width * len(parts) - 1
    assert code39_width(text) == len(modules)


@given(st.text(alphabet=sorted(CODE39_CHARACTERS), min_size=1, max_size=30))
def test_every_character_has_five_bars_four_spaces_three_wide(text):
    widths = code39_modules(text)
    assert len(widths) == 10 * (len(text) + 2) - 1
    for char in characters(widths):
        assert len(char) == 9 and sorted(set(char)) == [1, 3]
        assert char.count(3) == 3
    # Starts and ends with a bar: an odd count of elements, bars on the even indexes.
    assert len(widths) % 2 == 1


def test_every_character_has_its_own_pattern():
    patterns = {tuple(code39_modules(c)[10:19]) for c in CODE39_CHARACTERS}
    assert len(patterns) == len(CODE39_CHARACTERS) == 43
    assert tuple(code39_modules("0")[:9]) not in patterns  # '*' is none of them


@pytest.mark.parametrize("text", ["", "r-ep01-1", "A*B", "Å", "A_B", "12\n"])
def test_what_code_39_cannot_carry_is_refused(text):
    with pytest.raises(ValueError):
        code39_modules(text)
