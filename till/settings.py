"""Shop and register settings from a TOML file.

Looked up in this order: `--config PATH`, the TILL_CONFIG environment variable, then
`till.toml` in the platform config dir. A bad or missing value stops startup with a message
naming the key (SettingsError), never a traceback.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs

from till import settings_texts as why
from till.about import application_id
from till.core.errors import Message, TillError
from till.core.money import AmountError, parse_kr
from till.core.receipt import ShopIdentity
from till.settings_texts import (
    SECTIONS,
    SETTING_INVALID,
    SETTINGS_MISSING,
    SETTINGS_NOT_TOML,
    SETTINGS_NOT_UTF8,
    SETTINGS_PATH_NUL,
    SETTINGS_TOO_DEEP,
    SETTINGS_TOO_LARGE,
    SETTINGS_UNREADABLE,
)

APP_NAME = "till"

EXAMPLE = """\
# till settings. Every key is described in the README.
[shop]
name = "Demobutiken AB"
org_nr = "5561234567"            # 10 digits, no dash
address = "Storgatan 1, 111 22 Stockholm"
language = "sv"                  # the cashier screen: "sv" Swedish, "en" English, "de" German

[register]
id = "EP01AB0101330001"          # the register id (kassabeteckning) Infrasec issued
change_fund = "1000,00"          # kronor in the drawer at the start of the day (växelkassa)
idle_lock_minutes = 5            # the screen locks after this long idle (0: never)
# kiosk = true                  # full screen without window frame; default: maximized
# payment_terminals = "wallee"   # "none", "wallee", "point" or "both"; default: the sections below

[control_unit]                   # the iSecureIPC gateway on this PC or the shop's server
host = "127.0.0.1"
port = 2020
connect_timeout = 3.0            # seconds
answer_timeout = 10.0            # seconds
sale_amount_element = "SaleAmount"   # or "PurchaseAmount", as your gateway expects
# Without the gateway (see the README, "Two transports"):
# transport = "direct"           # default "ipc": the iSecureIPC gateway at host:port
# url = "https://ccu.example.se/posconnexion"   # direct: the control unit's address
# certificate = "/etc/till/shop.p12"  # direct: the PKCS#12 file; its passphrase goes in the
#                                  # keyring: till-admin control-unit certificate --import FILE
# ca_bundle = "/etc/till/ccu-ca.pem"  # direct: CAs the server must chain to; default: system's

[terminal]                       # the Wallee card terminal (LTI); leave out for cash only
host = "192.168.1.50"
port = 50000
# pos_id = "EP01AB0101330001"    # posId sent to the terminal; default: the register id
currency = "752"                 # ISO 4217 numeric: 752 is SEK
language = "sv"                  # for activation (ISO 639-1)
ping_interval = 30.0             # seconds between idle health pings
response_timeout = 180.0         # seconds the terminal may stay silent during a payment

# [point]                        # the Verifone Point terminal for Klarna; leave out if none
# host = "192.168.1.51"
# port = 5015                    # the terminal's primary port
# secondary_port = 5016          # its secondary port: ID check answers, cancel, status
# listener_port = 5017           # the till listens here for the terminal's messages
# listener_host = "0.0.0.0"      # the till's address to listen on
# advertise_ip = "192.168.1.20"  # the till's address as the terminal reaches it; default: found
# pos_recon = "KASSA1"           # POS_RECON; default: the register id
# payment_type = "Klarna"
# connect_timeout = 5.0          # seconds
# response_timeout = 300.0       # seconds a payment may take, the ID check included
# id_check_timeout = 120.0       # seconds the cashier has to check the customer's ID

[database]
# path = "/var/lib/till/till.db"  # default: the platform data dir

[printer]
# kind = "system"                 # "system": a printer with a driver (by name) or PDF files;
#                                 # "escpos": a thermal receipt printer spoken to directly
# name = "TM-T88"                # a system printer; empty = the default printer
# pdf_dir = "/home/shop/receipts" # system: each receipt as a PDF here instead of paper;
#                                 # escpos: a PDF copy of each paper here (an archive)
# connection = "network"         # escpos: "network" (port 9100), "serial", "usb" or "file"
# host = "192.168.1.60"          # network
# port = 9100
# device = "/dev/ttyS0"          # serial: COM3 on Windows; file: /dev/usb/lp0
# baudrate = 9600
# usb_vendor = "04b8"            # usb: vendor and product id in hex (lsusb, Device Manager)
# usb_product = "0e15"
# width_mm = 80                  # 80 (48 characters a line) or 58 (32)
# code_page = "cp858"            # cp858 (ESC t 19, with €), cp850, cp865 (Nordic), cp437
"""


MAX_SETTINGS_BYTES = 1_000_000
LANGUAGES = ("sv", "en", "de")  # the screen's languages (shop.language): catalogs in translations/
HOST_PATTERN = r"[A-Za-z0-9.:\-\[\]]{1,253}"  # a name or an IPv4/IPv6 address, ASCII only

# Any character but control characters (NUL, newline, ...), which a receipt cannot print.
_PRINTABLE = r"[^\x00-\x1f\x7f]"


class SettingsError(TillError):
    code = "settings"


@dataclass(frozen=True, slots=True)
class ControlUnitSettings:
    host: str
    port: int
    connect_timeout: float
    answer_timeout: float
    sale_amount_element: str
    application_id: str
    transport: str = "ipc"  # "ipc": the iSecureIPC gateway; "direct": HTTPS to the CCU itself
    path: str = "/"  # direct: the URL's path
    certificate: Path | None = None  # direct: the shop's PKCS#12 file
    ca_bundle: Path | None = None  # direct: CAs the server is checked against; None: system's


@dataclass(frozen=True, slots=True)
class TerminalSettings:
    host: str
    port: int
    pos_id: str
    currency: str
    language: str
    ping_interval: float
    connect_timeout: float
    response_timeout: float


@dataclass(frozen=True, slots=True)
class PointSettings:
    """The Verifone Point terminal (Klarna): its two ports and the till's listener."""

    host: str
    port: int
    secondary_port: int
    listener_port: int
    listener_host: str
    advertise_ip: str | None  # None: the till's address on the route to the terminal
    pos_recon: str
    payment_type: str
    connect_timeout: float
    response_timeout: float
    id_check_timeout: float


@dataclass(frozen=True, slots=True)
class PrinterSettings:
    name: str
    pdf_dir: Path | None
    kind: str = "system"  # "system" (QPrinter or PDF) or "escpos" (adapters/escpos)
    connection: str = "network"  # escpos: network, serial or usb
    host: str = ""
    port: int = 9100
    device: str = ""
    baudrate: int = 9600
    usb_vendor: int = 0
    usb_product: int = 0
    width_mm: int = 80
    code_page: str = "cp858"


@dataclass(frozen=True, slots=True)
class Settings:
    source: Path
    shop: ShopIdentity
    control_unit: ControlUnitSettings
    database: Path
    printer: PrinterSettings
    terminal: TerminalSettings | None = None  # the Wallee card terminal; None: no cards
    change_fund: int = 0  # öre, for the X and Z reports
    language: str = "sv"  # the cashier screen's: sv, en or de (shop.language)
    point: PointSettings | None = None  # the Verifone Point terminal (Klarna); None: none
    idle_lock_minutes: int = 5  # the cashier screen locks after this long idle; 0: never
    kiosk: bool = False  # the cashier screen full screen (no frame); else maximized

    @property
    def payment_terminals(self) -> str:
        """register.payment_terminals: which sections there are (checked against the file)."""
        return terminals_of(self.terminal is not None, self.point is not None)


PAYMENT_TERMINALS = ("none", "wallee", "point", "both")


def terminals_of(wallee: bool, point: bool) -> str:
    return PAYMENT_TERMINALS[int(wallee) + 2 * int(point)]


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "till.toml"


def default_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "till.db"


def config_path(cli_path: str | None) -> Path:
    if cli_path:
        return Path(cli_path)
    if os.environ.get("TILL_CONFIG"):
        return Path(os.environ["TILL_CONFIG"])
    return default_config_path()


def load_settings(path: Path) -> Settings:
    if "\0" in str(path):
        raise SettingsError(SETTINGS_PATH_NUL, path=str(path))
    try:
        with path.open("rb") as file:  # bounded: --config /dev/zero must not eat the memory
            data = file.read(MAX_SETTINGS_BYTES + 1)
    except FileNotFoundError:
        raise SettingsError(SETTINGS_MISSING, path=path) from None
    except OSError as error:
        raise SettingsError(SETTINGS_UNREADABLE, path=path, error=error) from None
    if len(data) > MAX_SETTINGS_BYTES:
        raise SettingsError(SETTINGS_TOO_LARGE, path=path)
    return parse_settings_bytes(data, source=path)


def parse_settings_bytes(data: bytes, *, source: Path) -> Settings:
    """The settings file's bytes to Settings; the only error raised is SettingsError."""
    try:
        # Notepad and some editors put a UTF-8 byte-order mark first; TOML itself does not.
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SettingsError(SETTINGS_NOT_UTF8, source=source, error=error) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(SETTINGS_NOT_TOML, source=source, error=error) from None
    except RecursionError:  # tomllib recurses per nested array or inline table
        raise SettingsError(SETTINGS_TOO_DEEP, source=source) from None
    return parse_settings(raw, source=source)


class _Reader:
    """Reads typed values by dotted key, so every error names the key it is about."""

    def __init__(self, raw: dict[str, Any], source: Path) -> None:
        self.raw = raw
        self.source = source

    def _fail(self, key: str, reason: Message, **params: Any) -> SettingsError:
        """The setting `key` is wrong for `reason` (a settings_texts Message, nested so its
        own parameters come along)."""
        return SettingsError(
            SETTING_INVALID,
            key=key,
            source=self.source,
            why=SettingsError(reason, **params),
            detail=key,
        )

    def get(self, key: str, kind: type, default: Any = ...) -> Any:
        node: Any = self.raw
        parts = key.split(".")
        for depth, part in enumerate(parts):
            if not isinstance(node, dict):
                section = ".".join(parts[:depth])
                raise self._fail(key, why.NOT_A_TABLE, section=section, value=_show(node))
            if part not in node:
                if default is ...:
                    raise self._fail(key, why.MISSING)
                return default
            node = node[part]
        if kind is float and isinstance(node, int) and not isinstance(node, bool):
            if abs(node) > 10**15:  # float() of a 400-digit int raises OverflowError
                raise self._fail(key, why.FAR_OUT_OF_RANGE, value=node)
            node = float(node)
        if not isinstance(node, kind) or (kind is int and isinstance(node, bool)):
            raise self._fail(key, why.WRONG_KIND, kind=kind.__name__, value=_show(node))
        return node

    def text(
        self, key: str, pattern: str, reason: Message, default: Any = ..., **params: Any
    ) -> str:
        value = self.get(key, str, default).strip()
        # re.ASCII: \d and \w would take "٣" (Arabic-Indic three) for a digit.
        if not re.fullmatch(pattern, value, re.ASCII):
            raise self._fail(key, reason, **params)
        return value

    def number(self, key: str, kind: type, low: float, high: float, default: Any) -> Any:
        value = self.get(key, kind, default)
        if not low <= value <= high:
            raise self._fail(key, why.NOT_BETWEEN, low=low, high=high)
        return value

    def path(self, key: str) -> Path | None:
        value = self.get(key, str, None)
        if value is None:
            return None
        if not value.strip():
            raise self._fail(key, why.EMPTY)
        if "\0" in value:
            raise self._fail(key, why.NUL)
        try:
            return Path(value).expanduser()
        except RuntimeError:  # "~someone/..." for a user this computer does not know
            raise self._fail(key, why.NO_HOME_FOLDER, value=_show(value)) from None


PRINTER_CODE_PAGES = ("cp858", "cp850", "cp865", "cp437")  # adapters/escpos/encoder.py


def _printer(r: _Reader) -> PrinterSettings:
    """[printer]: a system printer by name (or PDF), or an ESC/POS printer and its connection;
    an escpos printer's address is needed only for the connection it uses."""
    kind = r.text("printer.kind", "system|escpos", why.PRINTER_KIND, "system")
    connection = r.text(
        "printer.connection", "network|serial|usb|file", why.PRINTER_CONNECTION, "network"
    )

    def needed(used_by: str, otherwise: str) -> Any:
        used = connection == used_by or (used_by, connection) == ("serial", "file")
        return ... if kind == "escpos" and used else otherwise  # ...: required

    def usb_id(key: str) -> int:
        return int(r.text(key, "[0-9A-Fa-f]{4}", why.USB_ID, needed("usb", "0000")), 16)

    width = r.get("printer.width_mm", int, 80)
    if width not in (58, 80):
        raise r._fail("printer.width_mm", why.PRINTER_WIDTH)
    host = r.text("printer.host", f"({HOST_PATTERN})?", why.HOST_OR_ADDRESS, needed("network", ""))
    device = r.text(
        "printer.device", _PRINTABLE + "{0,200}", why.SERIAL_DEVICE, needed("serial", "")
    )
    if not host and needed("network", "") is ...:
        raise r._fail("printer.host", why.HOST_OR_ADDRESS)
    if not device and needed("serial", "") is ...:
        raise r._fail("printer.device", why.SERIAL_DEVICE)
    return PrinterSettings(
        name=r.text("printer.name", _PRINTABLE + "{0,128}", why.PRINTER_NAME, ""),
        pdf_dir=r.path("printer.pdf_dir"),
        kind=kind,
        connection=connection,
        host=host,
        port=r.number("printer.port", int, 1, 65535, 9100),
        device=device,
        baudrate=r.number("printer.baudrate", int, 1200, 921600, 9600),
        usb_vendor=usb_id("printer.usb_vendor"),
        usb_product=usb_id("printer.usb_product"),
        width_mm=width,
        code_page=r.text(
            "printer.code_page",
            "|".join(PRINTER_CODE_PAGES),
            why.CODE_PAGE,
            "cp858",
            pages=", ".join(PRINTER_CODE_PAGES),
        ),
    )


def _show(value: Any) -> str:
    """A value in a message: one line, and short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_settings(raw: dict[str, Any], *, source: Path) -> Settings:
    r = _Reader(raw, source)
    shop = ShopIdentity(
        name=r.text("shop.name", _PRINTABLE + "{1,64}", why.SHOP_NAME),
        org_nr=r.text("shop.org_nr", r"[0-9]{10}", why.ORG_NR),
        address=r.text("shop.address", _PRINTABLE + "{1,120}", why.ADDRESS),
        register_id=r.text("register.id", r"[A-Za-z0-9]{1,16}", why.LETTERS_OR_DIGITS, most=16),
    )
    transport = r.text("control_unit.transport", r"ipc|direct", why.TRANSPORT, "ipc")
    host, port, path = _control_unit_address(r, transport)
    control_unit = ControlUnitSettings(
        host=host,
        port=port,
        connect_timeout=r.number("control_unit.connect_timeout", float, 0.1, 60, 3.0),
        answer_timeout=r.number("control_unit.answer_timeout", float, 0.5, 120, 10.0),
        sale_amount_element=r.text(
            "control_unit.sale_amount_element",
            r"SaleAmount|PurchaseAmount",
            why.SALE_AMOUNT_ELEMENT,
            "SaleAmount",
        ),
        application_id=r.text(
            "control_unit.application_id",
            r"[\w .\-]{1,64}",
            why.APPLICATION_ID,
            application_id(),
        ),
        transport=transport,
        path=path,
        certificate=r.path("control_unit.certificate"),
        ca_bundle=r.path("control_unit.ca_bundle"),
    )
    if transport == "direct" and control_unit.certificate is None:
        raise r._fail("control_unit.certificate", why.CERTIFICATE_NEEDED)
    printer = _printer(r)
    settings = Settings(
        source=source,
        shop=shop,
        control_unit=control_unit,
        database=r.path("database.path") or default_database_path(),
        printer=printer,
        terminal=_terminal(r, shop.register_id) if "terminal" in raw else None,
        change_fund=_change_fund(r),
        language=r.text(
            "shop.language",
            "|".join(LANGUAGES),
            why.LANGUAGE,
            "sv",
            languages=", ".join(LANGUAGES),
        ),
        point=_point(r, shop.register_id) if "point" in raw else None,
        idle_lock_minutes=r.number("register.idle_lock_minutes", int, 0, 240, 5),
        kiosk=r.get("register.kiosk", bool, False),
    )
    _check_payment_terminals(r, settings)
    return settings


def _control_unit_address(r: _Reader, transport: str) -> tuple[str, int, str]:
    """host, port and path: the gateway's host and port, or the direct transport's URL."""
    if transport == "ipc":
        host = r.text("control_unit.host", HOST_PATTERN, why.HOST)
        return host, r.number("control_unit.port", int, 1, 65535, ...), "/"
    key = "control_unit.url"
    url = r.get(key, str).strip()
    try:
        parts = urlsplit(url)
        port = parts.port or 443
    except ValueError:
        raise r._fail(key, why.HTTPS_URL) from None
    host = parts.hostname or ""
    if parts.scheme != "https" or not re.fullmatch(HOST_PATTERN, host, re.ASCII):
        raise r._fail(key, why.HTTPS_URL)
    if parts.query or parts.fragment or parts.username or parts.password:
        raise r._fail(key, why.HTTPS_URL_PLAIN)
    path = parts.path or "/"
    if not re.fullmatch(r"/[A-Za-z0-9._~/%\-]*", path, re.ASCII):
        raise r._fail(key, why.URL_PATH)
    return host, port, path


_SECTIONS = SECTIONS  # what each register.payment_terminals needs, as words


def _check_payment_terminals(r: _Reader, settings: Settings) -> None:
    """An explicit register.payment_terminals must agree with the sections the file has; left
    out, it follows them (files written before the setting existed keep working)."""
    key = "register.payment_terminals"
    stated = r.get(key, str, None)
    if stated is None:
        return
    stated = stated.strip()
    if stated not in PAYMENT_TERMINALS:
        raise r._fail(key, why.PAYMENT_TERMINALS)
    found = settings.payment_terminals
    if stated != found:
        raise r._fail(
            key,
            why.TERMINALS_DISAGREE,
            stated=stated,
            needs=_SECTIONS[stated],
            has=_SECTIONS[found],
        )


def _change_fund(r: _Reader) -> int:
    text = r.get("register.change_fund", str, "0")
    if any(c.isdigit() and not c.isascii() for c in text):  # parse_kr's \d takes "٣" for 3
        raise r._fail("register.change_fund", why.CHANGE_FUND_DIGITS)
    try:
        value = parse_kr(text)
    except AmountError:
        raise r._fail("register.change_fund", why.CHANGE_FUND) from None
    if value < 0:
        raise r._fail("register.change_fund", why.NEGATIVE)
    return value


def _terminal(r: _Reader, register_id: str) -> TerminalSettings:
    return TerminalSettings(
        host=r.text("terminal.host", HOST_PATTERN, why.HOST_OR_ADDRESS),
        port=r.number("terminal.port", int, 1, 65535, 50000),
        pos_id=r.text(
            "terminal.pos_id",
            r"[A-Za-z0-9]{1,16}",
            why.LETTERS_OR_DIGITS,
            register_id,
            most=16,
        ),
        currency=r.text("terminal.currency", r"[0-9]{3}", why.CURRENCY, "752"),
        language=r.text("terminal.language", r"[a-z]{2}", why.TERMINAL_LANGUAGE, "sv"),
        ping_interval=r.number("terminal.ping_interval", float, 1, 3600, 30.0),
        connect_timeout=r.number("terminal.connect_timeout", float, 0.1, 60, 5.0),
        response_timeout=r.number("terminal.response_timeout", float, 10, 900, 180.0),
    )


_IP_ADDRESS = r"[0-9]{1,3}(\.[0-9]{1,3}){3}|[0-9A-Fa-f:]{2,39}"


def _point(r: _Reader, register_id: str) -> PointSettings:
    port = r.number("point.port", int, 1, 65535, 5015)
    secondary_port = r.number("point.secondary_port", int, 1, 65535, 5016)
    listener_port = r.number("point.listener_port", int, 1, 65535, 5017)
    if secondary_port == port:
        raise r._fail("point.secondary_port", why.PORT_CLASH, port=port)
    if listener_port in (port, secondary_port):
        raise r._fail(
            "point.listener_port",
            why.PORTS_CLASH,
            port=port,
            secondary_port=secondary_port,
        )
    advertise_ip = None
    if r.get("point.advertise_ip", str, None) is not None:
        # The regex keeps to ASCII first: ipaddress alone would take other scripts' digits.
        advertise_ip = r.text("point.advertise_ip", _IP_ADDRESS, why.ADVERTISE_IP)
        if not _is_ip(advertise_ip):
            raise r._fail("point.advertise_ip", why.ADVERTISE_IP)
    return PointSettings(
        host=r.text("point.host", HOST_PATTERN, why.HOST_OR_ADDRESS),
        port=port,
        secondary_port=secondary_port,
        listener_port=listener_port,
        listener_host=r.text("point.listener_host", HOST_PATTERN, why.HOST_OR_ADDRESS, "0.0.0.0"),
        advertise_ip=advertise_ip,
        pos_recon=r.text(
            "point.pos_recon",
            r"[A-Za-z0-9_\-]{1,30}",
            why.POS_RECON,
            register_id,
        ),
        payment_type=r.text(
            "point.payment_type",
            r"[A-Za-z0-9_]{1,20}",
            why.PAYMENT_TYPE,
            "Klarna",
        ),
        connect_timeout=r.number("point.connect_timeout", float, 0.1, 60, 5.0),
        response_timeout=r.number("point.response_timeout", float, 10, 900, 300.0),
        id_check_timeout=r.number("point.id_check_timeout", float, 10, 600, 120.0),
    )


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
