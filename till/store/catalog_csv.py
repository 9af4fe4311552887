"""The product list a shop keeps in Excel, as CSV: code,name,price,vat,barcode,unit,service.

`service` (optional) marks a service rather than goods (ja/nej, yes/no, 1/0, true/false; empty
is no): the X/Z reports count services apart (SKVFS 2014:9 7 kap. 2 § points 9 and 10).

Swedish Excel saves with ';' between fields and ',' in decimals, so both delimiters are read.
One bad row rejects the whole file: a half-imported price list is worse than none.
"""

from __future__ import annotations

import csv
import io
import re

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

_VAT = re.compile(r"^(\d{1,2})(?:[.,]0{1,2})?\s*%?$")


class CatalogError(TillError):
    """A product file the till cannot read; the message names the line and the column."""

    code = "catalog_csv"

    def __init__(self, message: str, *, line: int, column: str | None = None) -> None:
        where = f"Line {line}" + (f", column '{column}'" if column else "")
        super().__init__(f"{where}: {message}")
        self.line = line
        self.column = column


def parse_products_csv(text: str) -> list[Product]:
    text = text.removeprefix("\ufeff")  # Excel's UTF-8 byte order mark
    header_line = text.split("\n", 1)[0]
    delimiter = ";" if ";" in header_line else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
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
                f"code {product.code} is also on line {seen_codes[product.code]}",
                line=line,
                column="code",
            )
        seen_codes[product.code] = line
        if product.barcode is not None:
            if product.barcode in seen_barcodes:
                raise CatalogError(
                    f"barcode {product.barcode} is also on line {seen_barcodes[product.barcode]}",
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
                f"unknown column '{name}'; the columns are {','.join(COLUMNS)}", line=1
            )
    if len(set(names)) != len(names):
        raise CatalogError("a column is named twice", line=1)
    for name in REQUIRED:
        if name not in names:
            raise CatalogError("the column is missing from the header", line=1, column=name)
    return names


def _product(row: dict[str, str], line: int) -> Product:
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
            f"'{row['price']}' is not a price in kronor (e.g. 24,90)", line=line, column="price"
        ) from None
    if price < 0:
        raise CatalogError("a price cannot be negative", line=line, column="price")
    m = _VAT.match(row["vat"])
    if not m or int(m.group(1)) not in VAT_RATES:
        raise CatalogError(
            f"'{row['vat']}' is not a VAT rate; use 25, 12, 6 or 0", line=line, column="vat"
        )
    unit = row.get("unit", "").lower() or "st"
    if unit not in UNITS:
        raise CatalogError(f"'{row['unit']}' is not a unit; use st or kg", line=line, column="unit")
    barcode = row.get("barcode", "") or None
    if barcode is not None and any(c.isspace() for c in barcode):
        raise CatalogError(f"'{barcode}' has spaces in it", line=line, column="barcode")
    service = row.get("service", "").lower()
    if service not in YES_NO:
        raise CatalogError(
            f"'{row['service']}' is not yes or no; use ja or nej", line=line, column="service"
        )
    try:
        return Product(code, name, price, int(m.group(1)), barcode, UNITS[unit], YES_NO[service])
    except (SaleError, ValueError) as exc:
        raise CatalogError(str(exc), line=line) from None
