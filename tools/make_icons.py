"""Render the application icon, resources/till.svg, to the files that ship beside it:
till-16.png … till-256.png (the window icon, the Linux desktop entry) and till.ico (Windows:
the bundle's .exe and the installer). Run after changing the SVG and commit the outputs:

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py

Qt only (QtSvg), no Pillow. The .ico is written here: a 6-byte header, one 16-byte entry per
size, then the images. 16, 32 and 48 px are 32-bit BMPs, the form every Windows tool reads;
64 px and up are PNGs, as Windows has read them since Vista (Microsoft recommends PNG for 256).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SIZES = (16, 32, 48, 64, 128, 256)
BMP_SIZES = (16, 32, 48)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO's BMP image: BITMAPINFOHEADER (height doubled: colour rows, then the mask), the
    BGRA rows bottom-up, then a 1-bit AND mask, all zero (the alpha channel says it all)."""
    size = image.width()
    stride = image.bytesPerLine()
    bits = bytes(image.constBits())  # ARGB32 in memory (little-endian): B, G, R, A
    rows = b"".join(bits[y * stride : y * stride + size * 4] for y in reversed(range(size)))
    mask = bytes(((size + 31) // 32) * 4 * size)
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, len(rows) + len(mask),
                         0, 0, 0, 0)  # fmt: skip
    return header + rows + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR (reserved, type 1 = icon, count), one ICONDIRENTRY per image (width and height,
    0 meaning 256; colours 0; reserved; planes 1; 32 bits; byte count; offset), the images."""
    offset = 6 + 16 * len(images)
    entries, blobs = [], []
    for size, blob in sorted(images.items()):
        side = 0 if size >= 256 else size
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(RESOURCES / "till.svg"))
    if not renderer.isValid():
        print("till.svg is not a valid SVG", file=sys.stderr)
        return 1
    in_ico: dict[int, bytes] = {}
    for size in SIZES:
        image = render(renderer, size)
        png = png_bytes(image)
        (RESOURCES / f"till-{size}.png").write_bytes(png)
        in_ico[size] = bmp_entry(image) if size in BMP_SIZES else png
    (RESOURCES / "till.ico").write_bytes(ico_bytes(in_ico))
    print(f"wrote till-{{{','.join(map(str, SIZES))}}}.png and till.ico in {RESOURCES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
