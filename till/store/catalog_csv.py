"""The product list a shop keeps in Excel, as CSV, read and written.

Columns (any order, any case; English or Swedish names, README "Catalog"): code (PLU), name,
price, vat are needed; barcode (several split by spaces or commas), unit (st or kg), service,
open_price, group, quick_key (the key's place, 1-99, in the group's grid) and label (the key's
text) are optional. `service` marks a service rather than goods: the X/Z reports count services
apart (SKVFS 2014:9 7 kap. 2 § points 9 and 10).

Swedish Excel saves with ';' between fields and ',' in decimals, so both delimiters are read,
and prices may carry thousands separators (space or no-break space) and "kr". Its "CSV
(semicolon delimited)" is Windows-1252, its "CSV UTF-8" is UTF-8 with a byte-order mark:
decode_products_csv reads both. A row that cannot be read rejects the whole file: a
half-imported price list is worse than none. A GTIN with a wrong check digit is a typo in one
product: that row is skipped and reported, the rest is imported (CatalogFile.skipped).
Digits are 0-9 only: int() and a regex digit class read "٣" as 3.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from till.core.barcode import wrong_check_digit
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import AmountError, format_kr, parse_kr
from till.core.sale import Product
from till.core.vat import VAT_RATES

COLUMNS = (
    "code",
    "name",
    "price",
    "vat",
    "barcode",
    "unit",
    "service",
    "open_price",
    "group",
    "quick_key",
    "label",
)
REQUIRED = ("code", "name", "price", "vat")
# Header names as people write them, folded (lower case, '_' and runs of spaces as one space).
HEADER_NAMES = {
    "code": ("code", "plu", "kod", "artikelnummer", "artnr"),
    "name": ("name", "namn", "benämning", "artikel"),
    "price": ("price", "pris"),
    "vat": ("vat", "moms", "momssats", "moms %", "vat %"),
    "barcode": ("barcode", "barcodes", "streckkod", "streckkoder", "ean", "gtin"),
    "unit": ("unit", "enhet", "styckvis/kg", "st/kg"),
    "service": ("service", "tjänst"),
    "open_price": ("open price", "öppet pris"),
    "group": ("group", "grupp", "varugrupp"),
    "quick_key": ("quick key", "snabbknapp"),
    "label": ("label", "knapptext"),
}
_HEADER = {alias: column for column, aliases in HEADER_NAMES.items() for alias in aliases}
UNITS = {  # value: sold_by_weight
    **dict.fromkeys(("st", "styck", "styckvis", "piece", "pcs"), False),
    **dict.fromkeys(("kg", "per kg", "kilo"), True),
}
YES_NO = {
    "": False,
    **dict.fromkeys(("ja", "yes", "1", "true", "j", "y", "x"), True),
    **dict.fromkeys(("nej", "no", "0", "false", "n"), False),
}
MAX_GROUP = 40
MAX_LABEL = 30
MAX_QUICK_KEY = 99

_VAT = re.compile(r"^([0-9]{1,2})(?:[.,]0{1,2})?\s*%?$")
_BARCODE = re.compile(r"[0-9A-Za-z-]{1,32}")  # what the till's entry line takes (register.py)
_BARCODE_SPLIT = re.compile(r"[\s,]+")
# A barcode column Excel kept as numbers: 7310865004703 becomes "7,31087E+12".
_EXCEL_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)?[Ee]\+[0-9]+")
# NUL and the like; a name may keep Excel's line break (Alt+Enter) and tabs.
_CONTROL = {
    "code": re.compile(r"[\x00-\x1f\x7f]"),
    "barcode": re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"),
    "name": re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"),
    "group": re.compile(r"[\x00-\x1f\x7f]"),
    "label": re.compile(r"[\x00-\x1f\x7f]"),
}

UTF8 = "utf-8"
WINDOWS_1252 = "cp1252"  # Swedish Excel's "CSV (semicolon delimited)"


AT_LINE = Message("catalog_csv_line", QT_TRANSLATE_NOOP("Errors", "Line {line}: {problem}"))
AT_COLUMN = Message(
    "catalog_csv_line_column",
    QT_TRANSLATE_NOOP("Errors", "Line {line}, column '{column}': {problem}"),
)
UTF16 = Message(
    "catalog_csv_utf16",
    QT_TRANSLATE_NOOP(
        "Errors",
        'The file is UTF-16 (Excel\'s "Unicode text") or not text at all: save it as '
        '"CSV UTF-8" or "CSV (semicolon delimited)".',
    ),
)
BAD_BYTE = Message(
    "catalog_csv_bad_byte",
    QT_TRANSLATE_NOOP(
        "Errors",
        'Byte 0x{byte} is neither UTF-8 nor Windows-1252 text: save the file as "CSV UTF-8".',
    ),
)
UNREADABLE = Message(
    "catalog_csv_unreadable",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This line cannot be read as CSV: a field is longer than 131,072 characters, "
        "or its quotes are broken.",
    ),
)
FIELD_COUNT = Message(
    "catalog_csv_field_count",
    QT_TRANSLATE_NOOP("Errors", "Expected {expected} fields, found {found}."),
)
FIELD_COUNT_COMMA = Message(
    "catalog_csv_field_count_comma",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Expected {expected} fields, found {found}: quote prices with a decimal comma, "
        "or separate the fields with ';'.",
    ),
)
CODE_TWICE = Message(
    "catalog_csv_code_twice", QT_TRANSLATE_NOOP("Errors", "Code {code} is also on line {other}.")
)
BARCODE_TWICE = Message(
    "catalog_csv_barcode_twice",
    QT_TRANSLATE_NOOP("Errors", "Barcode {barcode} is also on line {other}."),
)
QUICK_KEY_TWICE = Message(
    "catalog_csv_quick_key_twice",
    QT_TRANSLATE_NOOP("Errors", "Quick key {position} of group {group} is also on line {other}."),
)
EMPTY = Message(
    "catalog_csv_empty",
    QT_TRANSLATE_NOOP("Errors", "The file is empty: the first line must name the columns."),
)
UNKNOWN_COLUMN = Message(
    "catalog_csv_unknown_column",
    QT_TRANSLATE_NOOP("Errors", "Unknown column {name}: the columns are {columns}."),
)
COLUMN_TWICE = Message(
    "catalog_csv_column_twice", QT_TRANSLATE_NOOP("Errors", "Column {name} is named twice.")
)
COLUMN_MISSING = Message(
    "catalog_csv_column_missing",
    QT_TRANSLATE_NOOP("Errors", "The column is missing from the header."),
)
CONTROL_CHARACTER = Message(
    "catalog_csv_control_character", QT_TRANSLATE_NOOP("Errors", "A control character is in it.")
)
FOREIGN_DIGITS = Message(
    "catalog_csv_foreign_digits", QT_TRANSLATE_NOOP("Errors", "{value} has digits other than 0-9.")
)
NO_CODE = Message("catalog_no_code", QT_TRANSLATE_NOOP("Errors", "A product needs a code."))
NO_NAME = Message("catalog_no_name", QT_TRANSLATE_NOOP("Errors", "A product needs a name."))
NOT_PRICE = Message(
    "catalog_not_price",
    QT_TRANSLATE_NOOP("Errors", "{value} is not a price in kronor (write it like 24,90)."),
)
NEGATIVE_PRICE = Message(
    "catalog_negative_price", QT_TRANSLATE_NOOP("Errors", "A price cannot be negative.")
)
NOT_VAT = Message(
    "catalog_not_vat", QT_TRANSLATE_NOOP("Errors", "{value} is not a VAT rate: use 25, 12, 6 or 0.")
)
NOT_UNIT = Message(
    "catalog_not_unit", QT_TRANSLATE_NOOP("Errors", "{value} is not a unit: use st or kg.")
)
NOT_YES_NO = Message(
    "catalog_not_yes_no", QT_TRANSLATE_NOOP("Errors", "{value} is not yes or no: use ja or nej.")
)
NOT_BARCODE = Message(
    "catalog_not_barcode",
    QT_TRANSLATE_NOOP(
        "Errors", "{value} is not a barcode: at most 32 letters, digits 0-9 and '-'."
    ),
)
BARCODE_AS_NUMBER = Message(
    "catalog_barcode_as_number",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{value} is a barcode Excel turned into a number (its last digits are lost): format "
        "the barcode column as text in Excel, type the barcodes again and save.",
    ),
)
WRONG_CHECK_DIGIT = Message(
    "catalog_wrong_check_digit",
    QT_TRANSLATE_NOOP(
        "Errors", "Barcode {barcode} has a wrong check digit: the last digit should be {expected}."
    ),
)
NOT_QUICK_KEY = Message(
    "catalog_not_quick_key",
    QT_TRANSLATE_NOOP("Errors", "{value} is not a quick key's place: use 1 to 99."),
)
QUICK_KEY_NEEDS_GROUP = Message(
    "catalog_quick_key_needs_group",
    QT_TRANSLATE_NOOP("Errors", "A quick key needs a group: give the product one."),
)
TOO_LONG = Message(
    "catalog_too_long", QT_TRANSLATE_NOOP("Errors", "This is longer than {limit} characters.")
)
READ_AS_1252 = Message(
    "catalog_csv_read_as_1252",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{error} (The file was read as Windows-1252, as Swedish Excel saves CSV, not as UTF-8.)",
    ),
)


class CatalogProblem(TillError):
    """What is wrong in one field or line; a CatalogError says where."""

    code = "catalog_problem"


class CatalogError(TillError):
    """A product file the till cannot read, or a row it skips: the message names the line and
    the column (as the file's header names it); `column` is the till's own column name."""

    code = "catalog_csv"

    def __init__(
        self,
        problem: Message | TillError,
        *,
        line: int,
        column: str | None = None,
        header: str | None = None,
        **params: Any,
    ) -> None:
        self.problem = (
            problem if isinstance(problem, TillError) else CatalogProblem(problem, **params)
        )
        if column:
            super().__init__(AT_COLUMN, line=line, column=header or column, problem=self.problem)
        else:
            super().__init__(AT_LINE, line=line, problem=self.problem)
        self.line = line
        self.column = column


@dataclass(frozen=True, slots=True)
class QuickKeyPlace:
    """A product's key in its group's grid, from the file's quick_key and label columns."""

    product_code: str
    group: str
    position: int
    label: str | None = None


@dataclass(slots=True)
class CatalogFile:
    """What a product file holds: products in file order, their groups in order of first
    appearance, the quick keys (when the file has the column) and the rows skipped."""

    products: list[Product] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    quick_keys: list[QuickKeyPlace] | None = None  # None: the file says nothing about keys
    skipped: list[CatalogError] = field(default_factory=list)


def decode_products_csv(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 (with or without a byte-order
    mark) or, when it is not UTF-8, Windows-1252 as Swedish Excel saves it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in data:
        raise CatalogError(UTF16, line=1)
    try:
        return data.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(WINDOWS_1252), WINDOWS_1252
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CatalogError(BAD_BYTE, line=line, byte=f"{data[error.start]:02x}") from None


def parse_products_csv(text: str) -> list[Product]:
    """The products of a file; rows skipped for a wrong check digit are left out (see
    parse_catalog_csv for them, the groups and the quick keys)."""
    return parse_catalog_csv(text).products


def parse_catalog_csv(text: str) -> CatalogFile:
    text = text.removeprefix("\ufeff")  # Excel's UTF-8 byte order mark
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in header_line else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return _Reader(reader, delimiter).read()
    except csv.Error:  # e.g. a field past csv.field_size_limit() (131,072 characters)
        raise CatalogError(UNREADABLE, line=reader.line_num) from None


class _Reader:
    def __init__(self, reader: Any, delimiter: str) -> None:
        self.reader = reader
        self.delimiter = delimiter
        self.out = CatalogFile()
        self.seen_codes: dict[str, int] = {}
        self.seen_barcodes: dict[str, int] = {}
        self.seen_keys: dict[tuple[str, int], int] = {}
        self.shown: dict[str, str] = {}  # column -> the file's own header name

    def read(self) -> CatalogFile:
        header = self._header(next(self.reader, None))
        if "quick_key" in header:
            self.out.quick_keys = []
        for fields in self.reader:
            line = self.reader.line_num
            if not any(f.strip() for f in fields):
                continue
            if len(fields) != len(header):
                comma = self.delimiter == ","
                raise CatalogError(
                    FIELD_COUNT_COMMA if comma else FIELD_COUNT,
                    line=line,
                    expected=len(header),
                    found=len(fields),
                )
            row = {name: value.strip() for name, value in zip(header, fields, strict=True)}
            self._row(row, line)
        return self.out

    def _error(self, problem: Message | TillError, line: int, column: str | None = None, **p: Any):
        header = self.shown.get(column or "", column)
        return CatalogError(problem, line=line, column=column, header=header, **p)

    def _header(self, fields: list[str] | None) -> list[str]:
        if not fields or not any(f.strip() for f in fields):
            raise CatalogError(EMPTY, line=1)
        names: list[str] = []
        for raw in fields:
            folded = " ".join(raw.strip().lower().replace("_", " ").split())
            column = _HEADER.get(folded)
            if column is None:
                raise CatalogError(
                    UNKNOWN_COLUMN, line=1, name=_quote(folded), columns=",".join(COLUMNS)
                )
            if column in names:
                raise CatalogError(COLUMN_TWICE, line=1, name=_quote(raw.strip()))
            names.append(column)
            self.shown[column] = raw.strip()
        for column in REQUIRED:
            if column not in names:
                raise CatalogError(COLUMN_MISSING, line=1, column=column)
        return names

    def _row(self, row: dict[str, str], line: int) -> None:
        product, place = _product(row, line, self._error)
        if product.code in self.seen_codes:
            raise self._error(
                CODE_TWICE,
                line,
                "code",
                code=_quote(product.code),
                other=self.seen_codes[product.code],
            )
        self.seen_codes[product.code] = line
        for barcode in product.barcodes:
            if barcode in self.seen_barcodes:
                raise self._error(
                    BARCODE_TWICE,
                    line,
                    "barcode",
                    barcode=_quote(barcode),
                    other=self.seen_barcodes[barcode],
                )
            self.seen_barcodes[barcode] = line
        if place is not None:
            key = (place.group, place.position)
            if key in self.seen_keys:
                raise self._error(
                    QUICK_KEY_TWICE,
                    line,
                    "quick_key",
                    position=place.position,
                    group=_quote(place.group),
                    other=self.seen_keys[key],
                )
            self.seen_keys[key] = line
        for barcode in product.barcodes:  # a typo in one product: skip it, import the rest
            expected = wrong_check_digit(barcode)
            if expected is not None:
                self.out.skipped.append(
                    self._error(
                        WRONG_CHECK_DIGIT, line, "barcode", barcode=barcode, expected=expected
                    )
                )
                return
        if product.group and product.group not in self.out.groups:
            self.out.groups.append(product.group)
        self.out.products.append(product)
        if place is not None and self.out.quick_keys is not None:
            self.out.quick_keys.append(place)


def _quote(value: str) -> str:
    """A field in a message: quoted, one line, and short (a field may be 100,000 characters)."""
    return repr(value if len(value) <= 40 else value[:37] + "...")


def _foreign_digits(text: str) -> bool:
    return any(c.isdigit() and not c.isascii() for c in text)


def _product(row: dict[str, str], line: int, error: Any) -> tuple[Product, QuickKeyPlace | None]:
    for column, control in _CONTROL.items():
        if control.search(row.get(column, "")):
            raise error(CONTROL_CHARACTER, line, column)
    for column in ("code", "price", "vat", "barcode", "quick_key"):
        if _foreign_digits(row.get(column, "")):
            raise error(FOREIGN_DIGITS, line, column, value=_quote(row[column]))
    code = row["code"]
    if not code:
        raise error(NO_CODE, line, "code")
    name = row["name"]
    if not name:
        raise error(NO_NAME, line, "name")
    price_text = row["price"].replace("\u202f", "").removesuffix("kr").strip()
    try:
        price = parse_kr(price_text)
    except AmountError:
        raise error(NOT_PRICE, line, "price", value=_quote(row["price"])) from None
    if price < 0:
        raise error(NEGATIVE_PRICE, line, "price")
    m = _VAT.match(row["vat"])
    if not m or int(m.group(1)) not in VAT_RATES:
        raise error(NOT_VAT, line, "vat", value=_quote(row["vat"]))
    unit = " ".join(row.get("unit", "").lower().split()) or "st"
    if unit not in UNITS:
        raise error(NOT_UNIT, line, "unit", value=_quote(row["unit"]))
    if _EXCEL_NUMBER.fullmatch(row.get("barcode", "")):
        raise error(BARCODE_AS_NUMBER, line, "barcode", value=_quote(row["barcode"]))
    barcodes = [b for b in _BARCODE_SPLIT.split(row.get("barcode", "")) if b]
    for barcode in barcodes:
        if not _BARCODE.fullmatch(barcode):
            raise error(NOT_BARCODE, line, "barcode", value=_quote(barcode))
    flags = {}
    for column in ("service", "open_price"):
        value = row.get(column, "").lower()
        if value not in YES_NO:
            raise error(NOT_YES_NO, line, column, value=_quote(row[column]))
        flags[column] = YES_NO[value]
    group = " ".join(row.get("group", "").split()) or None
    if group is not None and len(group) > MAX_GROUP:
        raise error(TOO_LONG, line, "group", limit=MAX_GROUP)
    place = _quick_key(row, line, code, group, error)
    try:
        product = Product(
            code,
            name,
            price,
            int(m.group(1)),
            barcodes[0] if barcodes else None,
            UNITS[unit],
            flags["service"],
            flags["open_price"],
            group,
            tuple(barcodes[1:]),
        )
    except TillError as exc:  # what Product itself refuses (SaleError, VatRateError)
        raise error(exc, line) from None
    return product, place


def _quick_key(
    row: dict[str, str], line: int, code: str, group: str | None, error: Any
) -> QuickKeyPlace | None:
    text = row.get("quick_key", "")
    label = " ".join(row.get("label", "").split()) or None
    if label is not None and len(label) > MAX_LABEL:
        raise error(TOO_LONG, line, "label", limit=MAX_LABEL)
    if not text:
        return None
    if not re.fullmatch("[0-9]{1,2}", text) or not 1 <= int(text) <= MAX_QUICK_KEY:
        raise error(NOT_QUICK_KEY, line, "quick_key", value=_quote(text))
    if group is None:
        raise error(QUICK_KEY_NEEDS_GROUP, line, "quick_key")
    return QuickKeyPlace(code, group, int(text), label)


# -- writing ---------------------------------------------------------------------------------------


def catalog_csv_text(products: Iterable[Product], quick_keys: Iterable[QuickKeyPlace]) -> str:
    """The catalog as Swedish Excel opens it (';', decimal comma; write it as UTF-8 with a
    byte-order mark) in the columns parse_catalog_csv reads: export, edit, import again.
    A product's key in its own group is written; a key in another group is not."""
    places: dict[tuple[str, str], tuple[int, str | None]] = {}
    for key in quick_keys:
        places.setdefault((key.group, key.product_code), (key.position, key.label))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for p in products:
        position, label = places.get((p.group or "", p.code), (None, None))
        writer.writerow(
            (
                p.code,
                p.name,
                format_kr(p.unit_price, thousands=False),
                p.vat_rate,
                " ".join(p.barcodes),
                "kg" if p.sold_by_weight else "st",
                "ja" if p.service else "nej",
                "ja" if p.open_price else "nej",
                p.group or "",
                "" if position is None else position,
                label or "",
            )
        )
    return out.getvalue()
