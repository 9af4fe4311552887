"""The look shipped in resources/: the font (DejaVu Sans) loads from the package and has the
Swedish letters, the icon is there in every size and its .ico is a well-formed Windows icon, the
cashier window wears resources/till.qss in that font with finger-sized keys, and the start
(till.ui.look.apply_look) makes font and icon the application's."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication, QPushButton

from till.assets import asset_bytes, asset_text
from till.ui import look
from till.ui.style import STYLE

SWEDISH = "åäöÅÄÖéüß€"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, the first after the signature."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("name", look.FONT_FILES)
def test_each_shipped_font_has_the_swedish_letters(qapp, name):
    raw = QRawFont(QByteArray(asset_bytes(name)), 16)
    assert raw.isValid()
    assert raw.familyName() == look.FONT_FAMILY
    missing = [c for c in SWEDISH if not raw.supportsCharacter(ord(c))]
    assert missing == []


def test_the_font_loads_into_qt_from_the_package(qapp):
    assert look.FONT_FAMILY in look.load_fonts()
    assert look.load_fonts() == look.load_fonts()  # once per process, not once per call
    font = QFont(look.FONT_FAMILY)
    font.setPixelSize(16)
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(c)) for c in SWEDISH)


def test_the_licence_ships_next_to_the_font():
    licence = asset_text("fonts/LICENSE-DejaVu")
    assert "Bitstream Vera Fonts Copyright" in licence
    assert "Arev Fonts Copyright" in licence


@pytest.mark.parametrize("size", look.ICON_SIZES)
def test_the_icon_ships_in_each_size(size):
    assert png_size(asset_bytes(f"till-{size}.png")) == (size, size)


def test_the_ico_holds_every_size_as_windows_reads_it():
    data = asset_bytes("till.ico")
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind, count) == (0, 1, len(look.ICON_SIZES))
    sizes = []
    end = 6 + 16 * count
    for index in range(count):
        width, height, colours, zero, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        side = width or 256  # 0 means 256
        assert (height or 256) == side
        assert (colours, zero, planes, bits) == (0, 0, 1, 32)
        assert offset == end  # the images follow the directory, back to back
        image = data[offset : offset + length]
        assert len(image) == length
        if image[:8] == PNG_SIGNATURE:
            assert png_size(image) == (side, side)
        else:  # a BMP: BITMAPINFOHEADER, twice the height (colour rows, then the AND mask)
            header, bmp_width, bmp_height, _, bmp_bits = struct.unpack_from("<IiiHH", image)
            assert (header, bmp_width, bmp_height, bmp_bits) == (40, side, 2 * side, 32)
            mask_row = ((side + 31) // 32) * 4
            assert length == 40 + side * side * 4 + mask_row * side
        sizes.append(side)
        end += length
    assert end == len(data)
    assert sizes == list(look.ICON_SIZES)


def test_the_stylesheet_comes_from_resources_and_names_the_font():
    assert asset_text("till.qss") == STYLE
    assert f'font-family: "{look.FONT_FAMILY}"' in STYLE
    assert "QPushButton { padding: 14px 18px;" in STYLE  # the keys a finger presses


def test_the_window_wears_the_stylesheet_in_the_shipped_font(rig, qapp):
    look.load_fonts()
    window = rig.window
    assert window.styleSheet() == asset_text("till.qss")
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert buttons
    for button in buttons:
        assert button.font().family() == look.FONT_FAMILY, button.objectName()
        assert button.height() >= 48, button.objectName()


def test_the_start_makes_font_and_icon_the_applications(qapp):
    before_font, before_icon = QApplication.font(), qapp.windowIcon()
    try:
        look.apply_look(qapp)
        font = QApplication.font()
        assert font.family() == look.FONT_FAMILY
        assert font.pixelSize() == look.FONT_PIXEL_SIZE
        icon = qapp.windowIcon()
        assert sorted(s.width() for s in icon.availableSizes()) == list(look.ICON_SIZES)
        assert icon.pixmap(16, 16).size().width() == 16
    finally:  # the session's other GUI tests keep the font they were written against
        QApplication.setFont(before_font)
        qapp.setWindowIcon(before_icon)
