"""Editing the catalog at the till: a manager approves, the rules a product meets, every change
journaled, nothing changed during a sale; the price list shown and printed; quick keys."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

import pytest
from shop_examples import BAG, MILK, SHOP

from till.checkout.catalog import Catalog, CatalogRefused, QuickKeyWish
from till.checkout.manager import NotApproved
from till.checkout.register import Checkout
from till.core.price_list import price_list_layout
from till.core.quick_keys import QuickKey, QuickKeyGroup
from till.core.receipt import layout_text
from till.core.sale import Product
from till.store import TillStore
from till.store.users import Role

NOW = datetime(2026, 11, 21, 14, 5).astimezone()


class NoControlUnit:
    async def request_code(self, data, request_id):
        raise AssertionError("nothing is registered here")

    async def probe(self) -> None:
        pass


class Manager:
    def __init__(self, answer: tuple[str, str] | None) -> None:
        self.answer = answer
        self.asked: list[str] = []

    async def ask_manager_approval(self, action: str) -> tuple[str, str] | None:
        self.asked.append(action)
        return self.answer


class Paper:
    def __init__(self) -> None:
        self.printed: list[tuple[list, str, str]] = []

    async def print_receipt(self, receipt) -> None:
        raise AssertionError("no receipts here")

    async def print_layout(self, lines, *, file_name: str, doc_name: str) -> None:
        self.printed.append((lines, file_name, doc_name))


def run(store: TillStore, scenario: Callable, printer=None) -> None:
    async def go() -> None:
        checkout = Checkout(
            store=store, control_unit=NoControlUnit(), shop=SHOP, clock=lambda: NOW, printer=printer
        )
        try:
            await scenario(checkout)
        finally:
            await checkout.close()

    asyncio.run(go())


def staffed(store: TillStore) -> TillStore:
    store.users.add("Maja", "1111", Role.MANAGER, register_id=SHOP.register_id)
    store.users.add("Kalle", "2222", Role.CASHIER, register_id=SHOP.register_id)
    store.upsert_products([MILK, BAG], register_id=SHOP.register_id)
    return store


def rows(store: TillStore, kind: str) -> list[dict]:
    return [r.data for r in store.journal_rows() if r.kind == kind]


def test_a_cashier_needs_a_manager_to_edit_and_a_price_change_is_journaled(store) -> None:
    staffed(store)

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("Kalle", "2222")
        catalog = Catalog(c)
        with pytest.raises(CatalogRefused):  # not approved yet
            await catalog.change(Product("11", "Mjölk", 2390, 12, MILK.barcode))
        c.manager.prompt = Manager(None)
        with pytest.raises(NotApproved):
            await catalog.begin()
        c.manager.prompt = prompt = Manager(("Maja", "1111"))
        await catalog.begin()
        assert prompt.asked == ["editing the catalog"]
        await catalog.change(Product("11", "Mjölk", 2390, 12, MILK.barcode))

    run(store, scenario)
    assert store.find_product("11").unit_price == 2390
    (change,) = rows(store, "price_changed")
    assert change["code"] == "11" and (change["old"], change["new"]) == (2150, 2390)
    # Kalle is signed in, Maja approved at his screen: the change names her.
    assert change["name"] == "Mjölk" and change["by"]["name"] == "Maja"
    assert rows(store, "manager_approved")[-1]["user"]["name"] == "Maja"


def test_a_wrong_check_digit_is_refused_naming_the_digit(store) -> None:
    staffed(store)
    # 7311876220008: 7+3*3+1+1*3+8+7*3+6+2*3+2+0+0+0*3 = 7+9+1+3+8+21+6+6+2 = 63 -> 7 is right
    wrong = "7311876220008"

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("Maja", "1111")
        catalog = Catalog(c)
        await catalog.begin()
        with pytest.raises(CatalogRefused) as info:
            await catalog.add(Product("13", "Smör", 6490, 12, wrong))
        assert info.value.code == "catalog_wrong_check_digit"
        assert info.value.params == {"barcode": wrong, "expected": 7}
        assert "should be 7" in info.value.message
        with pytest.raises(CatalogRefused, match="already belongs to Mjölk"):
            await catalog.add(Product("13", "Smör", 6490, 12, MILK.barcode))
        with pytest.raises(CatalogRefused, match="Code 11 already belongs"):
            await catalog.add(Product("11", "Ny", 100, 12))
        with pytest.raises(CatalogRefused, match="needs a group"):
            await catalog.add(Product("13", "Smör", 6490, 12), QuickKeyWish(True))
        await catalog.add(Product("13", "Smör", 6490, 12, "7311876220007"))

    run(store, scenario)
    assert store.find_product("7311876220007").name == "Smör"
    assert rows(store, "product_added")[-1]["new"]["barcodes"] == ["7311876220007"]


def test_nothing_changes_while_a_sale_is_open(store) -> None:
    staffed(store)

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("Maja", "1111")
        catalog = Catalog(c)
        await catalog.begin()
        await c.enter("11")
        with pytest.raises(CatalogRefused, match="open sale"):
            await catalog.remove("30")
        with pytest.raises(CatalogRefused, match="open sale"):
            await catalog.begin()
        await c.void_sale()
        await catalog.remove("30")

    run(store, scenario)
    assert store.find_product("30") is None
    assert rows(store, "product_removed")[0]["code"] == "30"


def test_quick_keys_follow_the_product_and_come_back_in_order(store) -> None:
    staffed(store)
    seen: list = []

    async def scenario(c: Checkout) -> None:
        await c.cashiers.sign_in("Maja", "1111")
        catalog = Catalog(c)
        await catalog.begin()
        bag = Product("30", "Tygkasse", 1900, 25, group="Påsar")
        await catalog.change(bag, QuickKeyWish(True))
        await catalog.add(Product("34", "Papperskasse", 400, 25, group="Påsar"), QuickKeyWish(True))
        bananas = Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt")
        await catalog.add(bananas, QuickKeyWish(True, "Banan"))
        seen.append(await c.quick_keys())
        await catalog.change(
            Product("30", "Tygkasse", 1900, 25, group="Påsar"), QuickKeyWish(False)
        )
        seen.append(await c.quick_keys())

    run(store, scenario)
    assert seen[0] == [
        QuickKeyGroup("Påsar", (QuickKey("Tygkasse", "30"), QuickKey("Papperskasse", "34"))),
        QuickKeyGroup("Frukt", (QuickKey("Banan", "1"),)),
    ]
    assert seen[1][0] == QuickKeyGroup("Påsar", (QuickKey("Papperskasse", "34"),))


def test_the_price_list_shows_every_product_by_group_and_prints(store) -> None:
    store.upsert_products(
        [
            MILK,
            Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt"),
            Product("41", "Presentkort", 10000, 0, open_price=True),
        ],
        register_id=SHOP.register_id,
    )
    store.remove_product("41", register_id=SHOP.register_id)
    paper = Paper()
    seen: list = []

    async def scenario(c: Checkout) -> None:
        seen.append(await Catalog(c).print_price_list())

    run(store, scenario, printer=paper)
    (prices,) = seen
    assert [(s.group, [p.code for p in s.products]) for s in prices.sections] == [
        ("Frukt", ["1"]),
        (None, ["11"]),
    ]
    (lines, file_name, doc_name) = paper.printed[0]
    assert doc_name == "Prislista" and file_name.startswith("price-list-")
    text = layout_text(lines)
    assert "PRISLISTA" in text and "2026-11-21 14:05" in text
    assert "1 Bananer" in text and "24,90 kr/kg  12 %" in text
    assert "11 Mjölk" in text and "21,50 kr  12 %" in text
    assert "Presentkort" not in text  # removed: no longer sold
    assert text.index("Frukt") < text.index("Bananer") < text.index("Övrigt") < text.index("Mjölk")
    assert lines == price_list_layout(prices)
    assert rows(store, "price_list_printed") == [{"products": 2}]


def test_the_price_list_without_a_printer_is_a_message(store) -> None:
    async def scenario(c: Checkout) -> None:
        with pytest.raises(Exception, match="No printer") as info:
            await Catalog(c).print_price_list()
        assert info.value.code == "price_list_no_printer"

    run(store, scenario)
