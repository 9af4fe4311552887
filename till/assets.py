"""Files shipped in resources/: found in the installed package, or next to a source checkout."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def asset_text(name: str) -> str:
    try:
        return files("till.resources").joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        # An editable install maps only till/ itself; resources/ sits beside it.
        return (Path(__file__).resolve().parent.parent / "resources" / name).read_text("utf-8")


def asset_bytes(name: str) -> bytes:
    try:
        return files("till.resources").joinpath(name).read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return (Path(__file__).resolve().parent.parent / "resources" / name).read_bytes()
