"""The catalog: products by PLU code or any of their barcodes, groups and quick keys; every
change journaled (SKVFS 2014:9 4 kap.: price changes are journaled).

Journal kinds: "product_added" (new, or a removed one back), "price_changed" (code, name, old,
new), "product_changed" (old and new record, for anything else), "product_removed",
"group_added", "quick_key_set", "quick_key_removed". The signed-in user is named in each row
("by", store/journal.py). Removing a product keeps its row as inactive (schema_catalog.V12):
the journal and reports name its code, so a code never comes to mean another product; its
barcodes and quick keys go, so a new product may take them.

Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from till.core.quick_keys import QuickKey, QuickKeyGroup
from till.core.sale import Product
from till.store import journal as journal_mod
from till.store.catalog_csv import CatalogFile, QuickKeyPlace

_COLUMNS = "code, name, unit_price, vat_rate, sold_by_weight, service, open_price, group_name"
_ORDER = (
    " ORDER BY coalesce((SELECT position FROM product_groups g WHERE g.name = p.group_name),"
    " 1e9), p.group_name, till_fold(p.name), p.code"
)


def upsert(
    conn: sqlite3.Connection, products: list[Product], register_id: str, by: Any = None
) -> int:
    """Add or update products (a removed one comes back); the number new or changed."""
    changed = 0
    old = {p.code: _by_code(conn, p.code, active_only=False) for p in products}
    # Free the barcodes of every product in this batch first, so two products swapping
    # barcodes do not trip UNIQUE halfway through.
    for p in products:
        conn.execute("DELETE FROM product_barcodes WHERE product_code = ?", (p.code,))
    for p in products:
        if p.group is not None:
            ensure_group(conn, p.group, register_id, by)
        conn.execute(
            f"INSERT INTO products ({_COLUMNS}, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"
            " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
            " unit_price = excluded.unit_price, vat_rate = excluded.vat_rate,"
            " sold_by_weight = excluded.sold_by_weight, service = excluded.service,"
            " open_price = excluded.open_price, group_name = excluded.group_name, active = 1",
            (
                p.code,
                p.name,
                p.unit_price,
                p.vat_rate,
                int(p.sold_by_weight),
                int(p.service),
                int(p.open_price),
                p.group,
            ),
        )
        conn.executemany(
            "INSERT INTO product_barcodes (barcode, product_code, position) VALUES (?, ?, ?)",
            [(barcode, p.code, i) for i, barcode in enumerate(p.barcodes)],
        )
        before, was_active = old[p.code] or (None, False)
        if _journal_change(conn, before if was_active else None, p, register_id, by):
            changed += 1
        old[p.code] = (p, True)  # a code listed twice is compared with its previous version
    return changed


def _journal_change(
    conn: sqlite3.Connection, before: Product | None, p: Product, register_id: str, by: Any
) -> bool:
    if before == p:
        return False
    if before is None:
        _append(conn, "product_added", {"code": p.code, "new": record(p)}, register_id, by)
        return True
    if before.unit_price != p.unit_price:
        data = {"code": p.code, "name": p.name, "old": before.unit_price, "new": p.unit_price}
        _append(conn, "price_changed", data, register_id, by)
    rest_before = record(before) | {"unit_price": p.unit_price}
    if rest_before != record(p):
        data = {"code": p.code, "old": record(before), "new": record(p)}
        _append(conn, "product_changed", data, register_id, by)
    return True


def remove(conn: sqlite3.Connection, code: str, register_id: str, by: Any = None) -> Product | None:
    """Mark a product removed (inactive); None if there is no such active product."""
    found = _by_code(conn, code, active_only=True)
    if found is None:
        return None
    product = found[0]
    keys = [
        {"group": g, "position": pos}
        for g, pos in conn.execute(
            "SELECT group_name, position FROM quick_keys WHERE product_code = ? ORDER BY 1, 2",
            (code,),
        )
    ]
    conn.execute("DELETE FROM quick_keys WHERE product_code = ?", (code,))
    conn.execute("DELETE FROM product_barcodes WHERE product_code = ?", (code,))
    conn.execute("UPDATE products SET active = 0 WHERE code = ?", (code,))
    data = {"code": code, "name": product.name, "old": record(product), "quick_keys": keys}
    _append(conn, "product_removed", data, register_id, by)
    return product


def find(conn: sqlite3.Connection, code: str) -> Product | None:
    """An active product by its code or, failing that, by any of its barcodes."""
    product = _by_code(conn, code, active_only=True)
    if product is not None:
        return product[0]
    row = conn.execute(
        f"SELECT {_prefixed()} FROM product_barcodes b JOIN products p ON p.code = b.product_code"
        " WHERE b.barcode = ? AND p.active = 1",
        (code,),
    ).fetchone()
    return _product(conn, row) if row else None


def search(conn: sqlite3.Connection, text: str, limit: int) -> list[Product]:
    folded = text.strip().casefold()
    rows = conn.execute(
        f"SELECT {_prefixed()}, instr(till_fold(p.name), ?1) > 0 AS by_name"
        " FROM products p"
        " WHERE p.active = 1 AND (by_name OR substr(till_fold(p.code), 1, length(?1)) = ?1)"
        " ORDER BY by_name DESC, till_fold(p.name), p.code LIMIT ?2",
        (folded, limit),
    ).fetchall()
    return [_product(conn, row[:8]) for row in rows]


def all_products(conn: sqlite3.Connection) -> list[Product]:
    """Every active product, by group (in the groups' order, ungrouped last), then name."""
    rows = conn.execute(f"SELECT {_prefixed()} FROM products p WHERE p.active = 1{_ORDER}")
    barcodes = _all_barcodes(conn)
    return [_product(conn, row, barcodes.get(row[0], ())) for row in rows.fetchall()]


def count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM products WHERE active = 1").fetchone()[0]


# -- groups and quick keys ---------------------------------------------------------------------


def groups(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM product_groups ORDER BY position, name")]


def ensure_group(conn: sqlite3.Connection, name: str, register_id: str, by: Any = None) -> bool:
    """Add group `name` after the others unless it exists; True when it was added."""
    if conn.execute("SELECT 1 FROM product_groups WHERE name = ?", (name,)).fetchone():
        return False
    position = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM product_groups")
    at = position.fetchone()[0]
    conn.execute("INSERT INTO product_groups (name, position) VALUES (?, ?)", (name, at))
    _append(conn, "group_added", {"group": name, "position": at}, register_id, by)
    return True


def quick_key_places(conn: sqlite3.Connection) -> list[QuickKeyPlace]:
    """Every quick key of an active product, in the groups' order, then by position."""
    rows = conn.execute(
        "SELECT k.product_code, k.group_name, k.position, k.label FROM quick_keys k"
        " JOIN product_groups g ON g.name = k.group_name"
        " JOIN products p ON p.code = k.product_code AND p.active = 1"
        " ORDER BY g.position, g.name, k.position"
    )
    return [QuickKeyPlace(*row) for row in rows.fetchall()]


def quick_keys(conn: sqlite3.Connection) -> list[QuickKeyGroup]:
    """The touch grid: groups that have keys, in order, each key labelled (the product's
    name unless a label is set)."""
    names = dict(conn.execute("SELECT code, name FROM products WHERE active = 1").fetchall())
    out: dict[str, list[QuickKey]] = {}
    for place in quick_key_places(conn):
        label = place.label or names[place.product_code]
        out.setdefault(place.group, []).append(QuickKey(label, place.product_code))
    return [QuickKeyGroup(name, tuple(keys)) for name, keys in out.items()]


def set_quick_key(
    conn: sqlite3.Connection, place: QuickKeyPlace, register_id: str, by: Any = None
) -> bool:
    """Put `place` in the grid: the product's other key in that group moves there, a key
    already at that place gives way. True when something changed."""
    now = conn.execute(
        "SELECT position, label FROM quick_keys WHERE group_name = ? AND product_code = ?",
        (place.group, place.product_code),
    ).fetchone()
    if now == (place.position, place.label):
        return False
    ensure_group(conn, place.group, register_id, by)
    conn.execute(
        "DELETE FROM quick_keys WHERE group_name = ? AND (product_code = ? OR position = ?)",
        (place.group, place.product_code, place.position),
    )
    conn.execute(
        "INSERT INTO quick_keys (group_name, position, product_code, label) VALUES (?, ?, ?, ?)",
        (place.group, place.position, place.product_code, place.label),
    )
    data = {
        "code": place.product_code,
        "group": place.group,
        "position": place.position,
        "label": place.label,
    }
    _append(conn, "quick_key_set", data, register_id, by)
    return True


def remove_quick_keys(
    conn: sqlite3.Connection,
    code: str,
    register_id: str,
    *,
    group: str | None = None,
    by: Any = None,
) -> int:
    """Take the product's keys off the grid (in `group` only, when given)."""
    where, args = "product_code = ?", [code]
    if group is not None:
        where, args = where + " AND group_name = ?", [code, group]
    gone = conn.execute(f"SELECT group_name, position FROM quick_keys WHERE {where}", args)
    keys = gone.fetchall()
    conn.execute(f"DELETE FROM quick_keys WHERE {where}", args)
    for group_name, position in keys:
        data = {"code": code, "group": group_name, "position": position}
        _append(conn, "quick_key_removed", data, register_id, by)
    return len(keys)


def import_file(conn: sqlite3.Connection, file: CatalogFile, register_id: str) -> int:
    """A whole product file: its groups in the file's order, its products, and (when the
    file has the column) each listed product's key in its own group, as the file says."""
    for name in file.groups:
        ensure_group(conn, name, register_id)
    changed = upsert(conn, file.products, register_id)
    if file.quick_keys is None:
        return changed
    placed = {key.product_code: key for key in file.quick_keys}
    for product in file.products:
        key = placed.get(product.code)
        if key is not None:
            changed += set_quick_key(conn, key, register_id)
        elif product.group is not None:
            changed += bool(remove_quick_keys(conn, product.code, register_id, group=product.group))
    return changed


# -- rows ----------------------------------------------------------------------------------------


def _append(conn: sqlite3.Connection, kind: str, data: dict, register_id: str, by: Any) -> None:
    """`by`: who approved the change (a manager at a cashier's screen); None: the signed-in
    user, as every journal row names them (journal.append)."""
    journal_mod.append(conn, kind, data if by is None else {**data, "by": by}, register_id)


def _prefixed() -> str:
    return ", ".join(f"p.{c.strip()}" for c in _COLUMNS.split(","))


def _by_code(
    conn: sqlite3.Connection, code: str, *, active_only: bool
) -> tuple[Product, bool] | None:
    row = conn.execute(
        f"SELECT {_prefixed()}, p.active FROM products p WHERE p.code = ?", (code,)
    ).fetchone()
    if row is None or (active_only and not row[8]):
        return None
    return _product(conn, row[:8]), bool(row[8])


def _barcodes(conn: sqlite3.Connection, code: str) -> tuple[str, ...]:
    rows = conn.execute(
        "SELECT barcode FROM product_barcodes WHERE product_code = ? ORDER BY position", (code,)
    )
    return tuple(r[0] for r in rows)


def _all_barcodes(conn: sqlite3.Connection) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for code, barcode in conn.execute(
        "SELECT product_code, barcode FROM product_barcodes ORDER BY product_code, position"
    ):
        out.setdefault(code, []).append(barcode)
    return {code: tuple(codes) for code, codes in out.items()}


def _product(
    conn: sqlite3.Connection, row: tuple, barcodes: tuple[str, ...] | None = None
) -> Product:
    code, name, unit_price, vat_rate, by_weight, service, open_price, group = row
    if barcodes is None:
        barcodes = _barcodes(conn, code)
    return Product(
        code,
        name,
        unit_price,
        vat_rate,
        barcodes[0] if barcodes else None,
        bool(by_weight),
        bool(service),
        bool(open_price),
        group,
        barcodes[1:],
    )


def record(p: Product) -> dict[str, Any]:
    """A product as the journal keeps it."""
    return {
        "code": p.code,
        "name": p.name,
        "unit_price": p.unit_price,
        "vat_rate": p.vat_rate,
        "barcodes": list(p.barcodes),
        "sold_by_weight": p.sold_by_weight,
        "service": p.service,
        "open_price": p.open_price,
        "group": p.group,
    }
