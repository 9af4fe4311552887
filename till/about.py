"""Who made this program and which build it is (SKVFS 2014:9: the register's marking names its
maker, model and manufacturing number; the inspector asks for the program's version).

The maker's fields live here and nowhere else; the version is the installed package's, which
setuptools-scm derives from git at each build (pyproject.toml). The manufacturing number is
this installation's own, made once (`new_manufacturing_number`) and kept in the database
(till/store/installation.py).
"""

from __future__ import annotations

import argparse
import secrets
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from typing import Any

NAME = "till"
MODEL = "till SE-1"  # the model designation: "SE", the Swedish register model
MAKER = "till AB"
FALLBACK_VERSION = "0.0.0+unknown"  # run from a source tree that was never installed

# "SE", 12 random digits and a Luhn check digit: a typo in a number read off a label shows.
_NUMBER_DIGITS = 12


def version() -> str:
    """The installed build's version, e.g. 0.1.dev42+g5ec2228 (setuptools-scm)."""
    try:
        return package_version(NAME)
    except PackageNotFoundError:
        return FALLBACK_VERSION


def application_id() -> str:
    """The default control_unit.application_id: the program and version in the characters the
    setting allows ('+' of a local version becomes '-')."""
    return f"{NAME} {version().replace('+', '-')}"[:64]


def luhn_digit(digits: str) -> str:
    """The Luhn check digit for `digits` (0-9 only)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def new_manufacturing_number() -> str:
    """A new installation's number: "SE" + 12 random digits + a check digit."""
    digits = "".join(str(secrets.randbelow(10)) for _ in range(_NUMBER_DIGITS))
    return f"SE{digits}{luhn_digit(digits)}"


def is_manufacturing_number(text: str) -> bool:
    body = text[2:]
    return (
        text.startswith("SE")
        and len(body) == _NUMBER_DIGITS + 1
        and body.isascii()
        and body.isdigit()
        and luhn_digit(body[:-1]) == body[-1]
    )


@dataclass(frozen=True, slots=True)
class Identity:
    """What the About screen and `--version` show."""

    name: str
    model: str
    maker: str
    version: str
    manufacturing_number: str | None  # None: no database yet (made at the first start)


def identity(manufacturing_number: str | None) -> Identity:
    return Identity(NAME, MODEL, MAKER, version(), manufacturing_number)


def version_text(manufacturing_number: str | None) -> str:
    """`till --version` and `till-admin --version`: fixed English labels, like --help."""
    about = identity(manufacturing_number)
    number = about.manufacturing_number or "(made at the first start)"
    return (
        f"{about.name} {about.version}\n"
        f"model: {about.model}\n"
        f"maker: {about.maker}\n"
        f"manufacturing number: {number}\n"
    )


def manufacturing_number_for(config: str | None) -> str | None:
    """The number in the database the settings at `config` name, read only; None when there
    are no settings or no database yet (`--version` must work before the first start)."""
    from till.settings import SettingsError, config_path, load_settings
    from till.store.installation import read_number

    try:
        settings = load_settings(config_path(config))
    except SettingsError:
        return None
    return read_number(settings.database)


class VersionAction(argparse.Action):
    """`--version`: name, model, maker, version and, with the settings (--config first, or
    TILL_CONFIG), this installation's manufacturing number; then exit."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, namespace: Any, *_: Any) -> None:
        number = manufacturing_number_for(getattr(namespace, "config", None))
        sys.stdout.write(version_text(number))  # stdout, as argparse's own version action
        parser.exit(0)
