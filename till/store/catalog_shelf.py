"""TillStore's catalog: products, groups and quick keys (store/catalog.py does the SQL).
Mixed into TillStore (repository.py), which holds the database."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from till.core.quick_keys import QuickKeyGroup
from till.core.sale import Product
from till.store import catalog
from till.store.catalog_csv import CatalogFile, QuickKeyPlace
from till.store.database import Database


class CatalogShelf:
    _db: Database

    def upsert_products(
        self, products: Iterable[Product], *, register_id: str, by: Any = None
    ) -> int:
        """Add or update products; each new or changed one is journaled with old and new
        (`by`: who approved it, when not the signed-in user)."""
        products = list(products)
        with self._db.transaction() as conn:
            return catalog.upsert(conn, products, register_id, by)

    def find_product(self, code: str) -> Product | None:
        """By PLU code or barcode; a PLU wins if a code happens to equal another's barcode."""
        with self._db.reading() as conn:
            return catalog.find(conn, code)

    def search_products(self, text: str, limit: int = 20) -> list[Product]:
        """Name contains `text` (any case, å/ä/ö too) first, then codes starting with it."""
        with self._db.reading() as conn:
            return catalog.search(conn, text, limit)

    def product_count(self) -> int:
        with self._db.reading() as conn:
            return catalog.count(conn)

    def all_products(self) -> list[Product]:
        """Every active product by group, then name (the price list, the catalog editor)."""
        with self._db.reading() as conn:
            return catalog.all_products(conn)

    def remove_product(self, code: str, *, register_id: str, by: Any = None) -> Product | None:
        """Mark it removed (kept as inactive: the journal names its code); journaled."""
        with self._db.transaction() as conn:
            return catalog.remove(conn, code, register_id, by)

    def import_catalog(self, file: CatalogFile, *, register_id: str) -> int:
        """A parsed product file: groups, products and quick keys in one transaction."""
        with self._db.transaction() as conn:
            return catalog.import_file(conn, file, register_id)

    def product_groups(self) -> list[str]:
        with self._db.reading() as conn:
            return catalog.groups(conn)

    def add_product_group(self, name: str, *, register_id: str) -> bool:
        with self._db.transaction() as conn:
            return catalog.ensure_group(conn, name, register_id)

    def quick_keys(self) -> list[QuickKeyGroup]:
        with self._db.reading() as conn:
            return catalog.quick_keys(conn)

    def quick_key_places(self) -> list[QuickKeyPlace]:
        with self._db.reading() as conn:
            return catalog.quick_key_places(conn)

    def set_quick_key(self, place: QuickKeyPlace, *, register_id: str, by: Any = None) -> bool:
        with self._db.transaction() as conn:
            return catalog.set_quick_key(conn, place, register_id, by)

    def remove_quick_keys(
        self, code: str, *, register_id: str, group: str | None = None, by: Any = None
    ) -> int:
        with self._db.transaction() as conn:
            return catalog.remove_quick_keys(conn, code, register_id, group=group, by=by)
