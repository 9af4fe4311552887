"""The catalog as the till's screens and till-admin change it: the rules a product must meet,
a manager's approval, and the price list.

A manager approves once per editing session (`begin`). The catalog is not changed while a sale
is open: SKVFS 2014:9 6 kap. forbids changing an article's preset text during a sale, and a
price that changes under the cashier's hands is a dispute. Every change is journaled by the
store (store/catalog.py: product_added, price_changed, product_changed, product_removed,
quick_key_set, quick_key_removed), naming the signed-in user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from till.core.barcode import wrong_check_digit
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import Amount
from till.core.price_list import PriceList, price_list, price_list_layout
from till.core.sale import MAX_OPEN_PRICE, Product
from till.store.catalog_csv import (
    MAX_GROUP,
    MAX_LABEL,
    MAX_QUICK_KEY,
    NEGATIVE_PRICE,
    NO_CODE,
    NO_NAME,
    NOT_BARCODE,
    QUICK_KEY_NEEDS_GROUP,
    TOO_LONG,
    WRONG_CHECK_DIGIT,
    QuickKeyPlace,
)

if TYPE_CHECKING:
    from till.checkout.register import Checkout

EDITING = "editing the catalog"  # the action a manager approves (ui/manager_dialog.ACTIONS)
MAX_NAME = 60  # a receipt line is 40-48 characters: longer names wrap; this many is a mistake
_CODE = re.compile(r"[0-9A-Za-z-]{1,32}")  # what the entry line takes (register._ENTRY)

CATALOG_DURING_SALE = Message(
    "catalog_during_sale",
    QT_TRANSLATE_NOOP("Errors", "Finish or void the open sale before changing the catalog."),
)
NOT_A_CODE = Message(
    "catalog_not_a_code",
    QT_TRANSLATE_NOOP(
        "Errors", "{code} is not a product code: at most 32 letters, digits 0-9 and '-'."
    ),
)
CODE_TAKEN = Message(
    "catalog_code_taken",
    QT_TRANSLATE_NOOP("Errors", "Code {code} already belongs to {name}."),
)
BARCODE_TAKEN = Message(
    "catalog_barcode_taken",
    QT_TRANSLATE_NOOP("Errors", "Barcode {barcode} already belongs to {name} (code {code})."),
)
BARCODE_TWICE = Message(
    "catalog_barcode_listed_twice",
    QT_TRANSLATE_NOOP("Errors", "Barcode {barcode} is listed twice."),
)
PRICE_TOO_HIGH = Message(
    "catalog_price_too_high", QT_TRANSLATE_NOOP("Errors", "A price is at most {limit}.")
)
NO_SUCH_PRODUCT = Message(
    "catalog_no_such_product",
    QT_TRANSLATE_NOOP("Errors", "There is no product with the code {code} in the catalog."),
)
NOT_EDITING = Message(
    "catalog_not_approved",
    QT_TRANSLATE_NOOP("Errors", "A manager must approve changes to the catalog first."),
)
NO_PRINTER = Message(
    "price_list_no_printer",
    QT_TRANSLATE_NOOP("Errors", "No printer is set up: the price list cannot be printed."),
)
PRICE_LIST_NOT_PRINTED = Message(
    "price_list_not_printed",
    QT_TRANSLATE_NOOP("Errors", "The price list did not print: {why}"),
)


class CatalogRefused(TillError):
    """A product the catalog cannot take as it is; the message says which field and why."""

    code = "catalog_refused"


@dataclass(frozen=True, slots=True)
class QuickKeyWish:
    """Whether the product has a key in its group's grid, and its text (None: the name)."""

    wanted: bool
    label: str | None = None


def check_barcodes(barcodes: tuple[str, ...]) -> None:
    """Letters, digits and '-'; a GTIN (8, 12, 13 or 14 digits) with its right check digit."""
    seen: set[str] = set()
    for barcode in barcodes:
        if not _CODE.fullmatch(barcode):
            raise CatalogRefused(NOT_BARCODE, value=repr(barcode))
        expected = wrong_check_digit(barcode)
        if expected is not None:
            raise CatalogRefused(WRONG_CHECK_DIGIT, barcode=barcode, expected=expected)
        if barcode in seen:
            raise CatalogRefused(BARCODE_TWICE, barcode=barcode)
        seen.add(barcode)


def check_product(product: Product, wish: QuickKeyWish | None = None) -> None:
    """The rules a product meets on its own (the store checks codes against other products)."""
    if not product.code.strip():
        raise CatalogRefused(NO_CODE)
    if not _CODE.fullmatch(product.code):
        raise CatalogRefused(NOT_A_CODE, code=repr(product.code))
    if not product.name.strip():
        raise CatalogRefused(NO_NAME)
    if len(product.name) > MAX_NAME:
        raise CatalogRefused(TOO_LONG, limit=MAX_NAME)
    if product.unit_price < 0:
        raise CatalogRefused(NEGATIVE_PRICE)
    if product.unit_price > MAX_OPEN_PRICE:
        raise CatalogRefused(PRICE_TOO_HIGH, limit=Amount(MAX_OPEN_PRICE))
    if product.group is not None and len(product.group) > MAX_GROUP:
        raise CatalogRefused(TOO_LONG, limit=MAX_GROUP)
    check_barcodes(product.barcodes)
    if wish is not None and wish.wanted:
        if product.group is None:
            raise CatalogRefused(QUICK_KEY_NEEDS_GROUP)
        if wish.label is not None and len(wish.label) > MAX_LABEL:
            raise CatalogRefused(TOO_LONG, limit=MAX_LABEL)


class Catalog:
    """The catalog for the screens: the price list for anyone, changes for a manager."""

    def __init__(self, checkout: Checkout) -> None:
        self._checkout = checkout
        self._approved = False
        self._by: Any = None  # the manager who approved (journaled as "by" with each change)

    # -- the price list (anyone may see and print it) ------------------------------------------

    async def price_list(self) -> PriceList:
        c = self._checkout
        products = await c.in_store(c.store.all_products)
        return price_list(c.shop, c.now(), products)

    async def print_price_list(self) -> PriceList:
        c = self._checkout
        if c.printer is None:
            raise TillError(NO_PRINTER)
        prices = await self.price_list()
        stamp = prices.produced_at.strftime("%Y%m%d-%H%M%S")
        try:
            await c.printer.print_layout(
                price_list_layout(prices),
                file_name=f"price-list-{c.register_id}-{stamp}.pdf",
                doc_name="Prislista",
            )
        except TillError as error:
            raise TillError(PRICE_LIST_NOT_PRINTED, why=error) from None
        await c.in_store(
            c.store.journal,
            "price_list_printed",
            {"products": prices.product_count},
            register_id=c.register_id,
        )
        return prices

    # -- reading -------------------------------------------------------------------------------

    async def products(self) -> list[Product]:
        return await self._checkout.in_store(self._checkout.store.all_products)

    async def search(self, text: str) -> list[Product]:
        return await self._checkout.in_store(self._checkout.store.search_products, text, 200)

    async def groups(self) -> list[str]:
        return await self._checkout.in_store(self._checkout.store.product_groups)

    async def quick_key_of(self, product: Product) -> QuickKeyPlace | None:
        places = await self._checkout.in_store(self._checkout.store.quick_key_places)
        return next(
            (k for k in places if k.product_code == product.code and k.group == product.group),
            None,
        )

    # -- changes (a manager) -------------------------------------------------------------------

    async def begin(self) -> None:
        """A manager approves editing the catalog (once for this editing session)."""
        self._refuse_during_sale()
        c = self._checkout
        await c.manager.approve(EDITING)
        self._approved = True
        # A manager may approve on a cashier's screen: the changes name the manager, not the
        # cashier signed in (the single manager PIN of a till without users names nobody).
        row = await c.in_store(c.store.last_journal_row, "manager_approved", c.register_id)
        if row is not None and row.data.get("action") == EDITING and "user" in row.data:
            self._by = row.data["user"]

    def end(self) -> None:
        self._approved = False
        self._by = None

    async def add(self, product: Product, wish: QuickKeyWish | None = None) -> Product:
        """A new product; a removed one with the same code comes back."""
        self._may_change()
        check_product(product, wish)
        c = self._checkout
        existing = await c.in_store(c.store.find_product, product.code)
        if existing is not None and existing.code == product.code:
            raise CatalogRefused(CODE_TAKEN, code=product.code, name=existing.name)
        return await self._save(product, wish)

    async def change(self, product: Product, wish: QuickKeyWish | None = None) -> Product:
        """New values for the product with the same code (the code itself never changes)."""
        self._may_change()
        check_product(product, wish)
        c = self._checkout
        existing = await c.in_store(c.store.find_product, product.code)
        if existing is None or existing.code != product.code:
            raise CatalogRefused(NO_SUCH_PRODUCT, code=product.code)
        return await self._save(product, wish)

    async def remove(self, code: str) -> Product:
        self._may_change()
        c = self._checkout
        removed = await c.in_store(
            c.store.remove_product, code, register_id=c.register_id, by=self._by
        )
        if removed is None:
            raise CatalogRefused(NO_SUCH_PRODUCT, code=code)
        return removed

    async def _save(self, product: Product, wish: QuickKeyWish | None) -> Product:
        c = self._checkout
        for barcode in product.barcodes:
            owner = await c.in_store(c.store.find_product, barcode)
            if owner is not None and owner.code != product.code and barcode in owner.barcodes:
                raise CatalogRefused(
                    BARCODE_TAKEN, barcode=barcode, name=owner.name, code=owner.code
                )
        register_id = c.register_id
        await c.in_store(c.store.upsert_products, [product], register_id=register_id, by=self._by)
        if wish is None:
            return product
        keys = await c.in_store(c.store.quick_key_places)
        mine = [k for k in keys if k.product_code == product.code]
        for key in mine:
            if not wish.wanted or key.group != product.group:
                await c.in_store(
                    c.store.remove_quick_keys,
                    product.code,
                    register_id=register_id,
                    group=key.group,
                    by=self._by,
                )
        if wish.wanted and product.group is not None:
            here = next((k for k in mine if k.group == product.group), None)
            taken = {k.position for k in keys if k.group == product.group}
            position = here.position if here else _first_free(taken)
            place = QuickKeyPlace(product.code, product.group, position, wish.label or None)
            await c.in_store(c.store.set_quick_key, place, register_id=register_id, by=self._by)
        return product

    def _refuse_during_sale(self) -> None:
        if not self._checkout.sale.is_empty:
            raise CatalogRefused(CATALOG_DURING_SALE)

    def _may_change(self) -> None:
        if not self._approved:
            raise CatalogRefused(NOT_EDITING)
        self._refuse_during_sale()


def _first_free(taken: set[int]) -> int:
    for position in range(1, MAX_QUICK_KEY + 1):
        if position not in taken:
            return position
    return MAX_QUICK_KEY  # a full grid: the last key gives way
