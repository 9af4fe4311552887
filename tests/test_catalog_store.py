"""The catalog in the database (migration 12): several barcodes per product, groups, quick
keys in order, removal that keeps the product's row, every change journaled."""

from __future__ import annotations

import sqlite3

import pytest
from shop_examples import BAG, BANANAS, MILK
from test_store_card_payments import database_before

from till.core.barcode import gtin_check_digit, wrong_check_digit
from till.core.quick_keys import QuickKey, QuickKeyGroup
from till.core.sale import Product
from till.store import StoreError, TillStore
from till.store.catalog_csv import QuickKeyPlace

K1 = "K1"


def kinds(store: TillStore) -> list[str]:
    return [r.kind for r in store.journal_rows()]


# -- migration 12 -----------------------------------------------------------------------------


def test_migration_12_moves_barcodes_and_keeps_every_product(tmp_path) -> None:
    path = tmp_path / "old.db"
    conn = database_before(path, "V12_CATALOG")
    conn.executemany(
        "INSERT INTO products (code, barcode, name, unit_price, vat_rate, sold_by_weight, service)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            ("11", "7310865004703", "Mjölk", 2150, 12, 0, 0),
            ("1", None, "Bananer", 2490, 12, 1, 0),
            ("900", "CUT-1", "Klippning", 35000, 25, 0, 1),
        ],
    )
    conn.close()
    store = TillStore.open(path)
    try:
        assert store.find_product("7310865004703") == MILK
        assert store.find_product("1") == BANANAS
        cut = store.find_product("CUT-1")
        assert cut is not None and cut.service and cut.barcodes == ("CUT-1",)
        assert store.product_count() == 3
        assert store.quick_keys() == []
    finally:
        store.close()
    raw = sqlite3.connect(path)
    try:
        # The old column is empty and stays so: a barcode written there would never be found.
        assert raw.execute(
            "SELECT count(*) FROM products WHERE barcode IS NOT NULL"
        ).fetchone() == (0,)
        assert raw.execute(
            "SELECT barcode, product_code, position FROM product_barcodes ORDER BY barcode"
        ).fetchall() == [("7310865004703", "11", 0), ("CUT-1", "900", 0)]
        with pytest.raises(sqlite3.IntegrityError, match="product_barcodes"):
            raw.execute("UPDATE products SET barcode = '1234' WHERE code = '1'")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            raw.execute("INSERT INTO product_groups (name, position) VALUES ('', 1)")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            raw.execute("UPDATE products SET active = 2 WHERE code = '1'")
    finally:
        raw.close()


# -- barcodes ---------------------------------------------------------------------------------


def test_a_product_is_found_by_any_of_its_barcodes(store: TillStore) -> None:
    milk = Product("11", "Mjölk", 2150, 12, "7310865004703", more_barcodes=("96385074",))
    store.upsert_products([milk], register_id=K1)
    assert store.find_product("96385074") == milk
    assert store.find_product("7310865004703") == milk
    assert milk.barcodes == ("7310865004703", "96385074")


def test_a_barcode_belongs_to_one_product(store: TillStore) -> None:
    store.upsert_products([MILK], register_id=K1)
    other = Product("12", "Mjölk 2", 100, 12, more_barcodes=(MILK.barcode,))
    with pytest.raises(StoreError):
        store.upsert_products([other], register_id=K1)


def test_check_digits_computed_by_hand() -> None:
    # EAN-13 400638133393?: 4*1+0*3+0*1+6*3+3*1+8*3+1*1+3*3+3*1+3*3+9*1+3*3 = 89 -> 1
    assert gtin_check_digit("400638133393") == 1
    # EAN-8 9638507?: 9*3+6*1+3*3+8*1+5*3+0*1+7*3 = 86 -> 4
    assert gtin_check_digit("9638507") == 4
    assert wrong_check_digit("96385074") is None
    assert wrong_check_digit("96385070") == 4
    assert wrong_check_digit("4006381333932") == 1
    assert wrong_check_digit("CUT-1") is None  # not a GTIN: no check digit
    assert wrong_check_digit("1234567") is None  # 7 digits: not a GTIN length


# -- groups, quick keys ---------------------------------------------------------------------------


def test_quick_keys_come_in_the_groups_order_then_by_place(store: TillStore) -> None:
    bread = Product("12", "Bröd Levain", 3900, 12, group="Bröd")
    bun = Product("15", "Kanelbulle", 1800, 12, group="Bröd")
    bananas = Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt")
    store.add_product_group("Frukt", register_id=K1)
    store.upsert_products([bread, bun, bananas], register_id=K1)
    assert store.product_groups() == ["Frukt", "Bröd"]
    store.set_quick_key(QuickKeyPlace("15", "Bröd", 2), register_id=K1)
    store.set_quick_key(QuickKeyPlace("12", "Bröd", 1, "Levain"), register_id=K1)
    store.set_quick_key(QuickKeyPlace("1", "Frukt", 5), register_id=K1)
    assert store.quick_keys() == [
        QuickKeyGroup("Frukt", (QuickKey("Bananer", "1"),)),
        QuickKeyGroup("Bröd", (QuickKey("Levain", "12"), QuickKey("Kanelbulle", "15"))),
    ]
    # A key moved onto a taken place takes it; the one there gives way.
    store.set_quick_key(QuickKeyPlace("15", "Bröd", 1), register_id=K1)
    assert store.quick_keys()[1].keys == (QuickKey("Kanelbulle", "15"),)
    assert kinds(store).count("quick_key_set") == 4
    assert "group_added" in kinds(store)


def test_removing_keeps_the_row_frees_barcodes_and_keys_and_is_journaled(
    store: TillStore,
) -> None:
    bag = Product("30", "Tygkasse", 1900, 25, "7350012340018", group="Påsar")
    store.upsert_products([bag, MILK], register_id=K1)
    store.set_quick_key(QuickKeyPlace("30", "Påsar", 1), register_id=K1)
    removed = store.remove_product("30", register_id=K1)
    assert removed == bag
    assert store.find_product("30") is None
    assert store.find_product("7350012340018") is None
    assert store.quick_keys() == []
    assert [p.code for p in store.all_products()] == ["11"]
    row = store.journal_rows()[-1]
    assert row.kind == "product_removed"
    assert row.data["code"] == "30" and row.data["old"]["barcodes"] == ["7350012340018"]
    assert row.data["quick_keys"] == [{"group": "Påsar", "position": 1}]
    assert store.remove_product("30", register_id=K1) is None
    # The barcode is free for another product; the code brings the old one back.
    store.upsert_products([Product("31", "Ny kasse", 900, 25, "7350012340018")], register_id=K1)
    store.upsert_products([BAG], register_id=K1)
    assert store.find_product("30") == BAG
    assert kinds(store)[-1] == "product_added"
    assert store.verify_journal().ok


def test_a_price_change_is_its_own_journal_row_with_old_and_new(store: TillStore) -> None:
    store.upsert_products([BAG], register_id=K1)
    cheaper = Product(BAG.code, "Tygkasse stor", 1500, 25, group="Påsar")
    assert store.upsert_products([cheaper], register_id=K1) == 1
    price, change = store.journal_rows()[-2:]
    assert price.kind == "price_changed"
    assert price.data == {"code": "30", "name": "Tygkasse stor", "old": 1900, "new": 1500}
    assert change.kind == "product_changed"
    assert (change.data["old"]["name"], change.data["new"]["group"]) == ("Tygkasse", "Påsar")


def test_the_signed_in_user_is_named_in_a_price_change(store: TillStore) -> None:
    from till.store.users import Role

    store.upsert_products([BAG], register_id=K1)
    store.users.add("Maja", "1111", Role.MANAGER, register_id=K1)
    store.users.set_current_user(store.users.find("Maja"))
    try:
        store.upsert_products([Product("30", "Tygkasse", 2500, 25)], register_id=K1)
    finally:
        store.users.set_current_user(None)
    row = store.journal_rows()[-1]
    assert row.kind == "price_changed" and row.data["by"]["name"] == "Maja"


def test_all_products_are_by_group_order_then_name(store: TillStore) -> None:
    store.add_product_group("Frukt", register_id=K1)
    store.upsert_products(
        [
            Product("3", "Äpplen", 100, 12, group="Frukt"),
            Product("4", "Citroner", 100, 12, group="Frukt"),
            Product("5", "Batterier", 100, 25),
            Product("6", "Bulle", 100, 12, group="Bröd"),
        ],
        register_id=K1,
    )
    assert [p.name for p in store.all_products()] == ["Citroner", "Äpplen", "Bulle", "Batterier"]
