"""till-admin products: import | list | export | remove.

till-admin products import FILE.csv     add or update products (Swedish Excel's CSV too)
till-admin products list                the active products as a table
till-admin products export [--output F] the catalog as CSV in the columns import reads
till-admin products remove CODE         mark a product removed (a manager approves)

What it prints is in the shop's language (till.ui.texts with the shop's catalog).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import format_kr
from till.settings import Settings
from till.store import TillStore
from till.store.catalog_csv import (
    READ_AS_1252,
    WINDOWS_1252,
    CatalogError,
    catalog_csv_text,
    decode_products_csv,
    parse_catalog_csv,
)

ADMIN = "TillAdmin"  # the translation context of what till-admin says that is not an error
COMMAND_NAMES = ("import", "list", "export", "remove")

CANNOT_READ = Message(
    "products_cannot_read", QT_TRANSLATE_NOOP("Errors", "Cannot read {file}: {reason}.")
)
CANNOT_WRITE = Message(
    "products_cannot_write", QT_TRANSLATE_NOOP("Errors", "Cannot write {file}: {reason}.")
)
NO_SUCH_PRODUCT = Message(
    "products_no_such_product",
    QT_TRANSLATE_NOOP("Errors", "There is no product with the code {code} in the catalog."),
)
IMPORTED = Message(
    "products_imported",
    QT_TRANSLATE_NOOP("TillAdmin", "{read} products read, {changed} new or changed."),
    ADMIN,
)
SKIPPED = Message(
    "products_skipped",
    QT_TRANSLATE_NOOP("TillAdmin", "Not imported: {error}"),
    ADMIN,
)
SKIPPED_COUNT = Message(
    "products_skipped_count",
    QT_TRANSLATE_NOOP("TillAdmin", "{count} rows were not imported; the other rows were."),
    ADMIN,
)
EXPORTED = Message(
    "products_exported", QT_TRANSLATE_NOOP("TillAdmin", "{count} products exported."), ADMIN
)
REMOVED = Message(
    "products_removed",
    QT_TRANSLATE_NOOP(
        "TillAdmin",
        "Removed {code} {name}: it is no longer sold; receipts and the journal keep it.",
    ),
    ADMIN,
)
# Words of the table, not sentences: translated by context and text (lupdate reads these).
HEADINGS = (
    QT_TRANSLATE_NOOP("TillAdmin", "Code"),
    QT_TRANSLATE_NOOP("TillAdmin", "Name"),
    QT_TRANSLATE_NOOP("TillAdmin", "Price"),
    QT_TRANSLATE_NOOP("TillAdmin", "VAT"),
    QT_TRANSLATE_NOOP("TillAdmin", "Group"),
    QT_TRANSLATE_NOOP("TillAdmin", "Barcodes"),
)
PER_KG = QT_TRANSLATE_NOOP("TillAdmin", "{price}/kg")


def add_parser(groups: Any, path_type: Any) -> None:
    products = groups.add_parser("products", help="the product catalog")
    sub = products.add_subparsers(dest="command", required=True)
    p_import = sub.add_parser("import", help="add or update products from a CSV file")
    p_import.add_argument("file", type=path_type)
    sub.add_parser("list", help="the products on sale, as a table")
    p_export = sub.add_parser("export", help="the catalog as CSV, in the columns import reads")
    p_export.add_argument("--output", type=path_type, help="file to write (default: stdout)")
    p_remove = sub.add_parser("remove", help="stop selling a product (a manager approves)")
    p_remove.add_argument("code")


def products_command(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    from till.ui.texts import catalog_translate

    translate = catalog_translate(settings.language)
    return _COMMANDS[args.command](store, settings, args, translate)


def _say(translate: Any, message: Message, **params: Any) -> str:
    from till.ui.texts import say

    return say(message, translate, **params)


def _import(store: TillStore, settings: Settings, args: argparse.Namespace, tr: Any) -> int:
    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise TillError(CANNOT_READ, file=args.file, reason=error.strerror or error) from None
    text, encoding = decode_products_csv(data)
    try:
        catalog = parse_catalog_csv(text)
    except CatalogError as error:
        if encoding == WINDOWS_1252:
            raise TillError(READ_AS_1252, error=error) from None
        raise
    register_id = settings.shop.register_id
    changed = store.import_catalog(catalog, register_id=register_id)
    store.journal(
        "products_imported",
        {
            "file": str(args.file),
            "rows": len(catalog.products),
            "changed": changed,
            "encoding": encoding,
            "skipped": [{"line": e.line, "why": e.problem.message} for e in catalog.skipped],
        },
        register_id=register_id,
    )
    print(_say(tr, IMPORTED, read=len(catalog.products), changed=changed))
    for error in catalog.skipped:
        print(_say(tr, SKIPPED, error=error), file=sys.stderr)
    if encoding == WINDOWS_1252:
        note = _say(tr, READ_AS_1252, error=args.file)
        print(note, file=sys.stderr)
    if catalog.skipped:
        print(_say(tr, SKIPPED_COUNT, count=len(catalog.skipped)), file=sys.stderr)
        return 1  # a check found a problem: scripts notice, the rest is imported
    return 0


def _list(store: TillStore, settings: Settings, args: argparse.Namespace, tr: Any) -> int:
    rows = [[tr(ADMIN, h) or h for h in HEADINGS]]
    for p in store.all_products():
        price = format_kr(p.unit_price)
        if p.sold_by_weight:
            price = (tr(ADMIN, PER_KG) or PER_KG).format(price=price)
        rows.append([p.code, p.name, price, f"{p.vat_rate} %", p.group or "", " ".join(p.barcodes)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(HEADINGS))]
    for row in rows:
        cells = [
            cell.rjust(w) if i in (2, 3) else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
    return 0


def _export(store: TillStore, settings: Settings, args: argparse.Namespace, tr: Any) -> int:
    products = store.all_products()
    text = catalog_csv_text(products, store.quick_key_places())
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            # UTF-8 with a byte-order mark: Excel then reads å, ä and ö right.
            args.output.write_text(text, encoding="utf-8-sig", newline="")
        except OSError as error:
            raise TillError(
                CANNOT_WRITE, file=args.output, reason=error.strerror or error
            ) from None
    print(_say(tr, EXPORTED, count=len(products)), file=sys.stderr)
    return 0


def _remove(store: TillStore, settings: Settings, args: argparse.Namespace, tr: Any) -> int:
    from till import cli_users
    from till.cli import ConsoleManager

    register_id = settings.shop.register_id
    product = store.find_product(args.code)
    if product is None or product.code != args.code:
        raise TillError(NO_SUCH_PRODUCT, code=args.code)
    gate = cli_users.console_gate(store, settings, ConsoleManager())
    asyncio.run(
        gate.approve("removing a product", details={"code": product.code, "name": product.name})
    )
    approval = store.last_journal_row("manager_approved", register_id)
    by = approval.data.get("user") if approval is not None else None  # None: the PIN's
    removed = store.remove_product(product.code, register_id=register_id, by=by)
    if removed is None:  # removed meanwhile by the till
        raise TillError(NO_SUCH_PRODUCT, code=args.code)
    print(_say(tr, REMOVED, code=removed.code, name=removed.name))
    return 0


_COMMANDS = {"import": _import, "list": _list, "export": _export, "remove": _remove}
