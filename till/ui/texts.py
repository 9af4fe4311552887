"""The one place where what the till says becomes words in the shop's language.

Errors and messages are values (`till.core.errors.Message` and parameters); `describe` turns
one into text through Qt's catalogs: `QCoreApplication.translate` on the screen, or a
`QTranslator` loaded on its own for `till-admin`, which has no application object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from till.assets import asset_bytes
from till.core.errors import Message, TillError, fill
from till.core.money import Amount, format_kr

Translate = Callable[[str, str], str]

_DECIMAL_POINT_LANGUAGES = frozenset({"en"})
_language = {"current": "sv"}


def set_language(language: str) -> None:
    """The language amounts are written in (decimal comma or point); set with the catalogs."""
    _language["current"] = language


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def catalog_translate(language: str) -> Translate:
    """A Translate for code without a QApplication (till-admin): the till's own catalog for
    `language` on its own. English, or a missing catalog, gives the source text back."""
    set_language(language)
    translator = QTranslator()
    try:
        data = asset_bytes(f"till_{language}.qm")
    except FileNotFoundError:
        return lambda _context, text: text
    if not translator.load(data):
        return lambda _context, text: text
    keep = (translator, data)  # load(bytes) keeps no reference: the closure holds both

    def translate(context: str, text: str) -> str:
        return keep[0].translate(context, text) or text

    return translate


def amount_text(ore: int) -> str:
    """An amount in the current language: '1 234,50 kr' or, in English, '1,234.50 kr'."""
    text = format_kr(ore)
    if _language["current"] in _DECIMAL_POINT_LANGUAGES:
        text = text.replace(",", ".").replace("\u00a0", ",")
    return f"{text} kr"


def param_text(value: Any, translate: Translate = qt_translate) -> str:
    if isinstance(value, BaseException):
        return describe(value, translate)
    if isinstance(value, Message):
        return say(value, translate)
    if isinstance(value, Amount):
        return amount_text(value)
    return str(value)


def say(message: Message, translate: Translate = qt_translate, **params: Any) -> str:
    """`message` with `params`, in the shop's language."""
    template = translate(message.context, message.text) or message.text
    return fill(template, {k: param_text(v, translate) for k, v in params.items()})


def describe(error: BaseException, translate: Translate = qt_translate) -> str:
    """What to show the person at the till for `error`: its Message translated, or (for a
    device's own words, which the till does not translate) its text as it came."""
    if isinstance(error, TillError) and error.spoken is not None:
        return say(error.spoken, translate, **error.params)
    return str(error)
