"""Files shipped in resources/: found in the installed package, or next to a source checkout."""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path


def _bundled(name: str) -> Path | None:
    """In a PyInstaller bundle (packaging/till.spec) resources/ sits at till/resources/ in the
    bundle's folder; read the file there rather than through the frozen importer."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return None
    return Path(bundle) / "till" / "resources" / name


def asset_text(name: str) -> str:
    if (path := _bundled(name)) is not None:
        return path.read_text(encoding="utf-8")
    try:
        return files("till.resources").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        # An editable install maps only till/ itself; resources/ sits beside it.
        return (Path(__file__).resolve().parent.parent / "resources" / name).read_text("utf-8")


def asset_bytes(name: str) -> bytes:
    if (path := _bundled(name)) is not None:
        return path.read_bytes()
    try:
        return files("till.resources").joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(__file__).resolve().parent.parent / "resources" / name).read_bytes()
