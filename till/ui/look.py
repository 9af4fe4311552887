"""The till's own look, the same on every PC: the shipped font (DejaVu Sans: å ä ö and all of
Latin-1, whatever fonts the PC has) and the application icon, both from resources/ through
till.assets, so an installed package and a frozen bundle load them alike. The stylesheet is
till/ui/style.py's STYLE (resources/till.qss), set by the cashier window itself."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication

from till.assets import asset_bytes

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"  # the family resources/till.qss names
FONT_FILES = ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf")
FONT_PIXEL_SIZE = 16  # till.qss's QWidget size: dialogs outside the window match it
ICON_SIZES = (16, 32, 48, 64, 128, 256)

_loaded_families: list[str] | None = None


def load_fonts() -> list[str]:
    """Add the shipped fonts to Qt's database once per process; their family names."""
    global _loaded_families
    if _loaded_families is None:
        families: list[str] = []
        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(asset_bytes(name)))
            if font_id < 0:  # the PC's own fonts still show the till; say why it looks off
                log.warning("could not load the font %s", name)
                continue
            families += QFontDatabase.applicationFontFamilies(font_id)
        _loaded_families = families
    return list(_loaded_families)


def application_font() -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPixelSize(FONT_PIXEL_SIZE)
    return font


def application_icon() -> QIcon:
    """The icon in every shipped size, so title bar and task bar each take a sharp one."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        if pixmap.loadFromData(asset_bytes(f"till-{size}.png"), "PNG"):
            icon.addPixmap(pixmap)
    return icon


def apply_look(app: QApplication) -> None:
    """At start, before any window: the shipped font as the application's, and the icon."""
    if FONT_FAMILY in load_fonts():
        app.setFont(application_font())
    app.setWindowIcon(application_icon())
