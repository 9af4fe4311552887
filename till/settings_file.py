"""Writing the settings file from the settings screen (issue 10): the same file the installer
writes, checked by the same reader the till starts with, written so a crash leaves the old
file or the new one, never half of one.

The screen edits texts (one per key, below); only the keys whose text changed are put into the
file, through tomlkit, so the installer's comments and every key the screen does not show stay
as they were. The result is parsed by `parse_settings_bytes` before anything is written: a value
the till would refuse at its next start is refused here, with the same message.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.settings import (
    MAX_SETTINGS_BYTES,
    PAYMENT_TERMINALS,
    PRINTER_CODE_PAGES,
    Settings,
    SettingsError,
    parse_settings_bytes,
)

NO_SETTINGS_FILE = Message(
    "settings_no_file",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This till was started without a settings file (the demo), so there is nowhere to save "
        "the settings.",
    ),
)
SETTINGS_NOT_SAVED = Message(
    "settings_not_saved",
    QT_TRANSLATE_NOOP("Errors", "The settings could not be saved to {path}: {why}"),
)
REGISTER_ID_FIXED = Message(
    "register_id_fixed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The register id cannot change: register {register} has receipts, and a register's "
        "receipts are numbered in one series under its id (the control unit and the tax agency "
        "know them by it). A new register id needs a new register with its own database.",
    ),
)

SETTINGS_APPEARED = Message(
    "settings_file_appeared",
    QT_TRANSLATE_NOOP(
        "Errors",
        "A settings file appeared at {path} while this screen was open: it was left as it is. "
        "Start the till again to use it.",
    ),
)

LANGUAGES = ("sv", "en", "de")
TRANSPORTS = ("ipc", "direct")
FOLDER_MODE = 0o700  # as till/store/database.py makes the till's folders
HEADER = "# till settings: every key is in the README; the settings screen edits it too.\n"


@dataclass(frozen=True, slots=True)
class Field:
    """One key the screen edits: its dotted TOML key and how its text becomes a TOML value."""

    key: str
    kind: str  # "text", "int", "float", "bool" or "choice"
    choices: tuple[str, ...] = ()
    optional: bool = False  # empty text: the key is taken out (the default applies)


FIELDS: tuple[Field, ...] = (
    Field("shop.name", "text"),
    Field("shop.org_nr", "text"),
    Field("shop.address", "text"),
    Field("register.id", "text"),
    Field("shop.language", "choice", LANGUAGES),
    Field("register.idle_lock_minutes", "int"),
    Field("register.kiosk", "bool"),
    Field("control_unit.transport", "choice", TRANSPORTS),
    Field("control_unit.host", "text"),
    Field("control_unit.port", "int"),
    Field("control_unit.url", "text"),
    Field("control_unit.connect_timeout", "float"),
    Field("control_unit.answer_timeout", "float"),
    Field("register.payment_terminals", "choice", PAYMENT_TERMINALS),
    Field("terminal.host", "text"),
    Field("terminal.port", "int"),
    Field("point.host", "text"),
    Field("point.port", "int"),
    Field("point.secondary_port", "int"),
    Field("point.listener_port", "int"),
    Field("printer.name", "text", optional=True),
    Field("printer.pdf_dir", "text", optional=True),
    Field("printer.kind", "choice", ("system", "escpos")),
    Field("printer.connection", "choice", ("network", "serial", "usb", "file")),
    Field("printer.host", "text", optional=True),
    Field("printer.port", "int"),
    Field("printer.device", "text", optional=True),
    Field("printer.baudrate", "int"),
    Field("printer.usb_vendor", "text", optional=True),
    Field("printer.usb_product", "text", optional=True),
    Field("printer.width_mm", "int", ("80", "58")),
    Field("printer.code_page", "choice", PRINTER_CODE_PAGES),
)
BY_KEY = {field.key: field for field in FIELDS}


def _number(value: float) -> str:
    return f"{value:g}"


def current_texts(settings: Settings) -> dict[str, str]:
    """What the screen shows for each key of FIELDS."""
    shop, cu, printer = settings.shop, settings.control_unit, settings.printer
    texts = {
        "shop.name": shop.name,
        "shop.org_nr": shop.org_nr,
        "shop.address": shop.address,
        "register.id": shop.register_id,
        "shop.language": settings.language,
        "register.idle_lock_minutes": str(settings.idle_lock_minutes),
        "register.kiosk": "true" if getattr(settings, "kiosk", False) else "false",
        "control_unit.transport": cu.transport,
        "control_unit.host": cu.host,
        "control_unit.port": str(cu.port),
        "control_unit.url": "",
        "control_unit.connect_timeout": _number(cu.connect_timeout),
        "control_unit.answer_timeout": _number(cu.answer_timeout),
        "register.payment_terminals": settings.payment_terminals,
        "printer.name": printer.name,
        "printer.pdf_dir": "" if printer.pdf_dir is None else str(printer.pdf_dir),
        "printer.kind": printer.kind,
        "printer.connection": printer.connection,
        "printer.host": printer.host,
        "printer.port": str(printer.port),
        "printer.device": printer.device,
        "printer.baudrate": str(printer.baudrate),
        "printer.usb_vendor": f"{printer.usb_vendor:04x}" if printer.usb_vendor else "",
        "printer.usb_product": f"{printer.usb_product:04x}" if printer.usb_product else "",
        "printer.width_mm": str(printer.width_mm),
        "printer.code_page": printer.code_page,
    }
    if cu.transport == "direct":
        texts["control_unit.url"] = f"https://{cu.host}:{cu.port}{cu.path}"
    t, p = settings.terminal, settings.point
    texts["terminal.host"] = "" if t is None else t.host
    texts["terminal.port"] = "" if t is None else str(t.port)
    texts["point.host"] = "" if p is None else p.host
    for name in ("port", "secondary_port", "listener_port"):
        texts[f"point.{name}"] = "" if p is None else str(getattr(p, name))
    return texts


def toml_value(field: Field, text: str) -> Any:
    """The text as the TOML value it stands for; a text that is no number stays a string, so
    the reader's own message ("must be a int") says what is wrong with it."""
    text = text.strip()
    if field.optional and not text:
        return None
    if field.kind == "int" and re.fullmatch(r"-?[0-9]{1,15}", text, re.ASCII):
        return int(text)
    if field.kind == "float" and re.fullmatch(r"-?[0-9]{1,15}([.,][0-9]{1,9})?", text, re.ASCII):
        return float(text.replace(",", "."))
    if field.kind == "bool":
        return text == "true"
    return text


def edited_text(original: str, changes: dict[str, str]) -> str:
    """`original` (the file's text) with the changed keys put in (comments kept)."""
    doc = tomlkit.parse(original)
    terminals = changes.get("register.payment_terminals")
    for key, text in changes.items():
        section, name = key.split(".", 1)
        value = toml_value(BY_KEY[key], text)
        table = doc.get(section)
        if value is None:
            if table is not None and hasattr(table, "keys") and name in table:
                del table[name]
            continue
        if table is None or not hasattr(table, "keys"):
            table = tomlkit.table()
            doc[section] = table
        table[name] = value
    if terminals in PAYMENT_TERMINALS:
        # The reader checks payment_terminals against the sections: the sections follow it.
        if terminals not in ("wallee", "both") and "terminal" in doc:
            del doc["terminal"]
        if terminals not in ("point", "both") and "point" in doc:
            del doc["point"]
        for section in ("terminal",) * (terminals in ("wallee", "both")) + ("point",) * (
            terminals in ("point", "both")
        ):
            if section not in doc:
                doc[section] = tomlkit.table()
    text = tomlkit.dumps(doc)
    return text if text.lstrip().startswith("#") else HEADER + text


def read_file(path: Path) -> str:
    if not path.is_file():
        raise SettingsError(NO_SETTINGS_FILE)
    try:
        data = path.read_bytes()[: MAX_SETTINGS_BYTES + 1]
    except OSError as error:
        raise SettingsError(SETTINGS_NOT_SAVED, path=path, why=error) from None
    parse_settings_bytes(data, source=path)  # a file broken since the start: its own message
    return data.decode("utf-8-sig")


@dataclass(frozen=True, slots=True)
class Change:
    key: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class Edit:
    """A checked edit: the new file's text, the settings it reads as, and what changed."""

    text: str
    settings: Settings
    changes: tuple[Change, ...]


def prepare(
    path: Path, old: Settings, texts: dict[str, str], *, original: str | None = None
) -> Edit:
    """The file at `path` with the screen's `texts` put in, checked by the till's own reader;
    SettingsError (the reader's, naming the key) if it would not start with it. `original`:
    the text to start from instead of the file's (the first start: the example settings)."""
    shown = current_texts(old)
    changes = {k: v.strip() for k, v in texts.items() if k in BY_KEY and v.strip() != shown[k]}
    if original is None:
        original = read_file(path)
    text = edited_text(original, changes) if changes else original
    new = parse_settings_bytes(text.encode("utf-8"), source=path)
    before, after = current_texts(old), current_texts(new)
    changed = tuple(Change(k, before[k], after[k]) for k in BY_KEY if before[k] != after[k])
    return Edit(text, new, changed)


def write_new(path: Path, text: str) -> None:
    """The first start's settings file: its folder made 0700 as the till makes its own (the
    file names the shop's devices), then the file written 0600; a file that appeared meanwhile
    (an installer's) is left alone."""
    try:
        if not path.parent.is_dir():
            path.parent.mkdir(parents=True, exist_ok=True)  # mode applies to the last only
            os.chmod(path.parent, FOLDER_MODE)  # mkdir's mode would pass through the umask
    except OSError as error:
        raise SettingsError(SETTINGS_NOT_SAVED, path=path, why=error) from None
    if path.exists() or path.is_symlink():
        raise SettingsError(SETTINGS_APPEARED, path=path)
    write_atomically(path, text)


def write_atomically(path: Path, text: str) -> None:
    """A temporary file beside `path`, synced, then renamed over it: readers see the old file
    or the new one. The file keeps its permissions (0600 stays 0600)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o600
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(text.encode("utf-8"))
                file.flush()
                os.fsync(file.fileno())
            os.chmod(temporary, mode)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        with contextlib.suppress(OSError):  # the rename itself on disk (not on every system)
            folder = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)
    except OSError as error:
        raise SettingsError(SETTINGS_NOT_SAVED, path=path, why=error) from None
