"""The catalog: products by PLU code or barcode, every change journaled with old and new.

Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from till.core.sale import Product
from till.store import journal as journal_mod

_COLUMNS = "code, name, unit_price, vat_rate, barcode, sold_by_weight, service"


def upsert(conn: sqlite3.Connection, products: list[Product], register_id: str) -> int:
    """Add or update products; the number that were new or changed."""
    changed = 0
    old = {p.code: _by_code(conn, p.code) for p in products}
    # Free barcodes that move within this batch first, so swapping two products'
    # barcodes does not trip UNIQUE halfway through.
    for p in products:
        before = old[p.code]
        if before and before.barcode is not None and before.barcode != p.barcode:
            conn.execute("UPDATE products SET barcode = NULL WHERE code = ?", (p.code,))
    for p in products:
        before = old[p.code]
        conn.execute(
            f"INSERT INTO products ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
            " unit_price = excluded.unit_price, vat_rate = excluded.vat_rate,"
            " barcode = excluded.barcode, sold_by_weight = excluded.sold_by_weight,"
            " service = excluded.service",
            (
                p.code,
                p.name,
                p.unit_price,
                p.vat_rate,
                p.barcode,
                int(p.sold_by_weight),
                int(p.service),
            ),
        )
        if before == p:
            continue
        journal_mod.append(
            conn,
            "product_changed",
            {
                "code": p.code,
                "old": _record(before) if before else None,
                "new": _record(p),
            },
            register_id,
        )
        old[p.code] = p  # a code listed twice is compared with its previous version
        changed += 1
    return changed


def find(conn: sqlite3.Connection, code: str) -> Product | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM products WHERE code = ? OR barcode = ?"
        " ORDER BY code = ? DESC LIMIT 1",
        (code, code, code),
    ).fetchone()
    return _product(row) if row else None


def search(conn: sqlite3.Connection, text: str, limit: int) -> list[Product]:
    folded = text.strip().casefold()
    rows = conn.execute(
        f"SELECT {_COLUMNS}, instr(till_fold(name), ?1) > 0 AS by_name"
        " FROM products"
        " WHERE by_name OR substr(till_fold(code), 1, length(?1)) = ?1"
        " ORDER BY by_name DESC, till_fold(name), code LIMIT ?2",
        (folded, limit),
    ).fetchall()
    return [_product(row[:7]) for row in rows]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM products").fetchone()[0]


def _by_code(conn: sqlite3.Connection, code: str) -> Product | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM products WHERE code = ?", (code,)).fetchone()
    return _product(row) if row else None


def _product(row: tuple) -> Product:
    code, name, unit_price, vat_rate, barcode, by_weight, service = row
    return Product(code, name, unit_price, vat_rate, barcode, bool(by_weight), bool(service))


def _record(p: Product) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "unit_price": p.unit_price,
        "vat_rate": p.vat_rate,
        "barcode": p.barcode,
        "sold_by_weight": p.sold_by_weight,
        "service": p.service,
    }
