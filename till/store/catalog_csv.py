"""The product list a shop keeps in Excel, as CSV: code,name,price,vat,barcode,unit,service.

`service` (optional) marks a service rather than goods (ja/nej, yes/no, 1/0, true/false; empty
is no): the X/Z reports count services apart (SKVFS 2014:9 7 kap. 2 § points 9 and 10).

Swedish Excel saves with ';' between fields and ',' in decimals, so both delimiters are read.
Its "CSV (semicolon delimited)" is Windows-1252, its "CSV UTF-8" is UTF-8 with a byte-order
mark: decode_products_csv reads both. One bad row rejects the whole file: a half-imported price
list is worse than none. Digits are 0-9 only: int() and a regex digit class read "٣" as 3.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from till.core.errors import TillError
from till.core.money import AmountError, parse_kr
from till.core.sale import Product, SaleError
from till.core.vat import VAT_RATES

COLUMNS = ("code", "name", "price", "vat", "barcode", "unit", "service")
REQUIRED = ("code", "name", "price", "vat")
UNITS = {"st": False, "kg": True}  # value: sold_by_weight
YES_NO = {
    "": False,
    **dict.fromkeys(("ja", "yes", "1", "true"), True),
    **dict.fromkeys(("nej", "no", "0", "false"), False),
}

_VAT = re.compile(r"^([0-9]{1,2})(?:[.,]0{1,2})?\s*%?$")
# NUL and the like; a name may keep Excel's line break (Alt+Enter) and tabs.
_CONTROL = {
    "code": re.compile(r"[\x00-\x1f\x7f]"),
    "barcode": re.compile(r"[\x00-\x1f\x7f]"),
    "name": re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"),
}

UTF8 = "utf-8"
WINDOWS_1252 = "cp1252"  # Swedish Excel's "CSV (semicolon delimited)"


class CatalogError(TillError):
    """A product file the till cannot read; the message names the line and the column."""

    code = "catalog_csv"

    def __init__(self, message: str, *, line: int, column: str | None = None) -> None:
        where = f"Line {line}" + (f", column '{column}'" if column else "")
        super().__init__(f"{where}: {message}")
        self.line = line
        self.column = column


def decode_products_csv(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 (with or without a byte-order
    mark) or, when it is not UTF-8, Windows-1252 as Swedish Excel saves it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\0" in data:
        raise CatalogError(
            "the file is UTF-16 (Excel's 'Unicode text') or not text at all; "
            "save it as 'CSV UTF-8' or 'CSV (semicolon delimited)'",
            line=1,
        )
    try:
        return data.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(WINDOWS_1252), WINDOWS_1252
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise CatalogError(
            f"byte 0x{data[error.start]:02x} is neither UTF-8 nor Windows-1252 text; "
            "save the file as 'CSV UTF-8'",
            line=line,
        ) from None


def parse_products_csv(text: str) -> list[Product]:
    text = text.removeprefix("\ufeff")  # Excel's UTF-8 byte order mark
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in header_line else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return _products(reader, delimiter)
    except csv.Error as error:  # e.g. a field past csv.field_size_limit() (131,072 characters)
        raise CatalogError(
            f"not a CSV line the till can read ({error})", line=reader.line_num
        ) from None


def _products(reader: Any, delimiter: str) -> list[Product]:
    header = _header(next(reader, None))

    products: list[Product] = []
    seen_codes: dict[str, int] = {}
    seen_barcodes: dict[str, int] = {}
    for fields in reader:
        line = reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            hint = " (quote prices with a decimal comma, or use ';')" if delimiter == "," else ""
            raise CatalogError(
                f"expected {len(header)} fields, found {len(fields)}{hint}", line=line
            )
        row = {name: value.strip() for name, value in zip(header, fields, strict=True)}
        product = _product(row, line)
        if product.code in seen_codes:
            raise CatalogError(
                f"code {_quote(product.code)} is also on line {seen_codes[product.code]}",
                line=line,
                column="code",
            )
        seen_codes[product.code] = line
        if product.barcode is not None:
            if product.barcode in seen_barcodes:
                raise CatalogError(
                    f"barcode {_quote(product.barcode)} is also on line "
                    f"{seen_barcodes[product.barcode]}",
                    line=line,
                    column="barcode",
                )
            seen_barcodes[product.barcode] = line
        products.append(product)
    return products


def _header(fields: list[str] | None) -> list[str]:
    if not fields:
        raise CatalogError("the file is empty; the first line must name the columns", line=1)
    names = [f.strip().lower() for f in fields]
    for name in names:
        if name not in COLUMNS:
            raise CatalogError(
                f"unknown column {_quote(name)}; the columns are {','.join(COLUMNS)}", line=1
            )
    if len(set(names)) != len(names):
        raise CatalogError("a column is named twice", line=1)
    for name in REQUIRED:
        if name not in names:
            raise CatalogError("the column is missing from the header", line=1, column=name)
    return names


def _quote(value: str) -> str:
    """A field in a message: quoted, one line, and short (a field may be 100,000 characters)."""
    return repr(value if len(value) <= 40 else value[:37] + "...")


def _foreign_digits(text: str) -> bool:
    return any(c.isdigit() and not c.isascii() for c in text)


def _product(row: dict[str, str], line: int) -> Product:
    for column, control in _CONTROL.items():
        if control.search(row.get(column, "")):
            raise CatalogError("a control character is in it", line=line, column=column)
    for column in ("code", "price", "barcode"):
        if _foreign_digits(row.get(column, "")):
            raise CatalogError(
                f"{_quote(row[column])} has digits other than 0-9", line=line, column=column
            )
    code = row["code"]
    if not code:
        raise CatalogError("a product needs a code", line=line, column="code")
    name = row["name"]
    if not name:
        raise CatalogError("a product needs a name", line=line, column="name")
    try:
        price = parse_kr(row["price"])
    except AmountError:
        raise CatalogError(
            f"{_quote(row['price'])} is not a price in kronor (e.g. 24,90)",
            line=line,
            column="price",
        ) from None
    if price < 0:
        raise CatalogError("a price cannot be negative", line=line, column="price")
    m = _VAT.match(row["vat"])
    if not m or int(m.group(1)) not in VAT_RATES:
        raise CatalogError(
            f"{_quote(row['vat'])} is not a VAT rate; use 25, 12, 6 or 0", line=line, column="vat"
        )
    unit = row.get("unit", "").lower() or "st"
    if unit not in UNITS:
        raise CatalogError(
            f"{_quote(row['unit'])} is not a unit; use st or kg", line=line, column="unit"
        )
    barcode = row.get("barcode", "") or None
    if barcode is not None and any(c.isspace() for c in barcode):
        raise CatalogError(f"{_quote(barcode)} has spaces in it", line=line, column="barcode")
    service = row.get("service", "").lower()
    if service not in YES_NO:
        raise CatalogError(
            f"{_quote(row['service'])} is not yes or no; use ja or nej", line=line, column="service"
        )
    try:
        return Product(code, name, price, int(m.group(1)), barcode, UNITS[unit], YES_NO[service])
    except (SaleError, ValueError) as exc:
        raise CatalogError(str(exc), line=line) from None
