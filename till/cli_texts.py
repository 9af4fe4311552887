"""till-admin speaks the shop's language (shop.language in the settings it loads; Swedish
until they are loaded, or when they cannot be).

Its sentences are Messages in the "TillAdmin" context, its errors are described as the
till's screen describes them (till.ui.texts), through the till's own catalog loaded once
without a QApplication. The `--help` texts stay English (argparse's own words are English).
"""

from __future__ import annotations

import sys
from typing import Any, TextIO

from till.core.errors import Message
from till.ui.texts import Translate, catalog_translate, describe, param_text, say

ADMIN = "TillAdmin"  # the translation context of till-admin's own sentences
DEFAULT_LANGUAGE = "sv"

_state: dict[str, Translate] = {}


def reset() -> None:
    """Back to Swedish until the settings name the language (each run of main)."""
    _state.clear()


def use_language(language: str) -> None:
    """Load the catalog for `language` (once per run: loading reads the .qm file)."""
    _state["translate"] = catalog_translate(language)


def translate() -> Translate:
    if "translate" not in _state:
        use_language(DEFAULT_LANGUAGE)
    return _state["translate"]


def text(message: Message, **params: Any) -> str:
    """`message` in the shop's language."""
    return say(message, translate(), **params)


def tell(message: Message, *, file: TextIO | None = None, end: str = "\n", **params: Any) -> None:
    """Print `message` in the shop's language (standard output unless `file`)."""
    print(text(message, **params), file=file or sys.stdout, end=end, flush=end == "")


def error_text(error: BaseException) -> str:
    """An error as the screen would say it, in the shop's language."""
    return describe(error, translate())


def words(value: Any) -> str:
    """A value another module gives as text, a Message or an error, in the shop's language."""
    return param_text(value, translate())
