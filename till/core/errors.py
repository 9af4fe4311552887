"""Errors the person at the till can meet, as values: a `Message` (a code and an English
template with `{placeholders}`) and its parameters.

The English text is the translation's source: `QT_TRANSLATE_NOOP("Errors", "...")` marks each
template so `translations/update.py` (lupdate) finds it (lupdate reads only literal strings:
a context given as the name ERRORS is skipped), and one place in the UI (`till.ui.texts.describe`)
turns an error into the shop's language. `str(error)` is the English text, for logs and tests.
Parameters are plain values; `Amount` and nested errors are rendered by the UI in its language.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from typing import Any

ERRORS = "Errors"  # the translation context of every Message


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate reads this very name
    """Marks `text` for translation under `context` without importing Qt; returns it as is."""
    return text


def placeholders(template: str) -> frozenset[str]:
    """The `{names}` a template asks for (format specs and conversions ignored)."""
    return frozenset(
        field.split(".")[0].split("[")[0]
        for _literal, field, _spec, _conversion in string.Formatter().parse(template)
        if field
    )


class _Defaulting(dict[str, Any]):
    """A missing parameter shows as its `{name}`: a message never fails to render."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, params: dict[str, Any]) -> str:
    """`template` with `params` put in; unknown names stay as `{name}`, never an exception."""
    try:
        return template.format_map(_Defaulting(params))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template  # a broken translation shows its words rather than failing


MESSAGES: dict[str, Message] = {}


@dataclass(frozen=True, slots=True)
class Message:
    """What the till says, once: `code` for logs and tests, `text` the English template."""

    code: str
    text: str
    context: str = ERRORS

    def __post_init__(self) -> None:
        known = MESSAGES.setdefault(self.code, self)
        if known.text != self.text:  # one code, one meaning
            raise ValueError(f"message code {self.code!r} is defined twice")

    @property
    def placeholders(self) -> frozenset[str]:
        return placeholders(self.text)

    def english(self, **params: Any) -> str:
        return fill(self.text, {k: english(v) for k, v in params.items()})


def english(value: Any) -> str:
    """A parameter as English text (logs, `str(error)`)."""
    if isinstance(value, TillError):
        return value.message
    if isinstance(value, Message):  # a phrase put into another message
        return value.text
    return str(value)


class TillError(Exception):
    """Base of every error the cashier sees: a Message and its parameters; `detail` goes to the
    log only. A plain string is still accepted for text that is not the till's own (a device's
    words); tests/test_spoken_texts.py keeps the till's own sentences out of the code."""

    code: str = "till_error"

    def __init__(self, message: Message | str, /, *, detail: str = "", **params: Any) -> None:
        self.spoken = message if isinstance(message, Message) else None
        self.params = params
        if self.spoken is not None:
            self.code = self.spoken.code
            text = self.spoken.english(**params)
        else:  # a device's own words; `code=` names it for logs and tests
            text = message
            self.code = str(params.pop("code", type(self).code))
        super().__init__(text)
        self.message = text
        self.detail = detail

    def __str__(self) -> str:
        return self.message
