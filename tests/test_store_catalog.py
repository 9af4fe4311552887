"""The product catalog: lookups by PLU or barcode, journaled changes, CSV price lists."""

from __future__ import annotations

import pytest
from shop_examples import BAG, BANANAS, MILK

from till.core.errors import TillError
from till.core.sale import Product
from till.store import StoreError, TillStore
from till.store.catalog_csv import (
    UTF8,
    WINDOWS_1252,
    CatalogError,
    decode_products_csv,
    parse_products_csv,
)


def test_products_are_found_by_code_or_barcode(store: TillStore) -> None:
    assert store.upsert_products([MILK, BAG, BANANAS], register_id="K1") == 3
    assert store.product_count() == 3
    assert store.find_product("11") == MILK
    assert store.find_product("7310865004703") == MILK
    assert store.find_product("1") == BANANAS
    assert store.find_product("999") is None


def test_a_code_wins_over_another_products_barcode(store: TillStore) -> None:
    odd = Product("7310865004703", "Udda", 100, 25)
    store.upsert_products([MILK, odd], register_id="K1")
    assert store.find_product("7310865004703") == odd


def test_search_by_name_any_case_then_by_code_prefix(store: TillStore) -> None:
    products = [
        Product("100", "Ölkorv", 3500, 12),
        Product("200", "Mjölk", 2150, 12),
        Product("101", "Smör", 5990, 12),
        Product("300", "Gräddfil", 1990, 12),
    ]
    store.upsert_products(products, register_id="K1")
    assert [p.name for p in store.search_products("ÖL")] == ["Mjölk", "Ölkorv"]
    assert [p.code for p in store.search_products("10")] == ["101", "100"]  # by name
    # A name match comes before a code match.
    store.upsert_products([Product("555", "Kaffe 10-pack", 100, 12)], register_id="K1")
    assert store.search_products("10")[0].code == "555"
    assert len(store.search_products("", limit=2)) == 2
    assert store.search_products("xyz") == []


def test_unchanged_products_are_not_counted_or_journaled(store: TillStore) -> None:
    store.upsert_products([MILK, BAG], register_id="K1")
    assert store.upsert_products([MILK, BAG], register_id="K1") == 0
    assert len(store.journal_rows()) == 2


def test_a_price_change_is_journaled_with_old_and_new(store: TillStore) -> None:
    store.upsert_products([MILK, BAG], register_id="K1")
    dearer = Product(MILK.code, MILK.name, 2390, MILK.vat_rate, MILK.barcode)
    assert store.upsert_products([dearer, BAG], register_id="K1") == 1
    assert store.find_product("11") == dearer
    row = store.journal_rows()[-1]
    assert row.kind == "price_changed"
    assert row.register_id == "K1"
    assert row.data == {"code": "11", "name": "Mjölk", "old": 2150, "new": 2390}
    first = store.journal_rows()[0]
    assert first.kind == "product_added" and first.data["new"]["code"] == "11"
    renamed = Product(MILK.code, "Mjölk 1 l", 2390, MILK.vat_rate, MILK.barcode)
    assert store.upsert_products([renamed], register_id="K1") == 1
    row = store.journal_rows()[-1]
    assert row.kind == "product_changed"
    assert (row.data["old"]["name"], row.data["new"]["name"]) == ("Mjölk", "Mjölk 1 l")
    assert store.verify_journal().ok


def test_two_products_can_swap_barcodes_in_one_import(store: TillStore) -> None:
    a = Product("1", "A", 100, 25, barcode="111")
    b = Product("2", "B", 100, 25, barcode="222")
    store.upsert_products([a, b], register_id="K1")
    a2 = Product("1", "A", 100, 25, barcode="222")
    b2 = Product("2", "B", 100, 25, barcode="111")
    assert store.upsert_products([a2, b2], register_id="K1") == 2
    assert store.find_product("222") == a2


def test_a_barcode_clash_is_refused_and_nothing_is_changed(store: TillStore) -> None:
    store.upsert_products([MILK], register_id="K1")
    clash = Product("12", "Mjölk 2", 100, 12, barcode=MILK.barcode)
    cheaper = Product(BAG.code, BAG.name, 100, BAG.vat_rate)
    with pytest.raises(StoreError) as info:
        store.upsert_products([cheaper, clash], register_id="K1")
    assert info.value.code == "store_refused"
    assert store.product_count() == 1
    assert len(store.journal_rows()) == 1


# -- CSV ---------------------------------------------------------------------------------------

SEMICOLON = """\ufeffcode;name;price;vat;barcode;unit
11;Mjölk;21,50;12;7310865004703;st
1;Bananer;24,90;12;;kg
30;Tygkasse;19;25;;
"""

COMMA = """code,name,price,vat,barcode,unit
11,Mjölk,21.50,12,7310865004703,st
1,Bananer,"24,90",12,,KG
30,"Tygkasse, stor",19,25,,
"""


def test_semicolon_csv_from_swedish_excel() -> None:
    assert parse_products_csv(SEMICOLON) == [
        MILK,
        BANANAS,
        Product("30", "Tygkasse", 1900, 25),
    ]


def test_comma_csv() -> None:
    assert parse_products_csv(COMMA) == [
        MILK,
        BANANAS,
        Product("30", "Tygkasse, stor", 1900, 25),
    ]


def test_optional_columns_may_be_left_out_and_in_any_order() -> None:
    text = "Name;Code;VAT;Price\r\nKaffe;5;12 %;49,00\r\n\r\n"
    assert parse_products_csv(text) == [Product("5", "Kaffe", 4900, 12)]


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("code;name;price;vat\n1;A;1,00;25\n2;B;12,3x;25\n", 3, "price", "not a price"),
        ("code;name;price;vat\n1;A;-5;25\n", 2, "price", "negative"),
        ("code;name;price;vat\n1;A;1;24\n", 2, "vat", "25, 12, 6 or 0"),
        ("code;name;price;vat;unit\n1;A;1;25;l\n", 2, "unit", "st or kg"),
        ("code;name;price;vat\n1;;1;25\n", 2, "name", "needs a name"),
        ("code;name;price;vat\n;A;1;25\n", 2, "code", "needs a code"),
        ("code;name;price;vat\n1;A;1;25\n1;B;2;25\n", 3, "code", "also on line 2"),
        ("code;name;price;vat;barcode\n1;A;1;25;7\n2;B;1;25;7\n", 3, "barcode", "line 2"),
        ("code;name;price;vat;barcode\n1;A;1;25;73/10\n", 2, "barcode", "not a barcode"),
        ("code;name;prize;vat\n1;A;1;25\n", 1, None, "Unknown column 'prize'"),
        ("code;name;vat\n1;A;25\n", 1, "price", "missing"),
        ("", 1, None, "empty"),
        ("code;name;price;vat;group;quick_key\n1;A;1;25;;3\n", 2, "quick_key", "needs a group"),
        ("code;name;price;vat;group;quick_key\n1;A;1;25;G;100\n", 2, "quick_key", "1 to 99"),
        (
            "code;name;price;vat;group;quick_key\n1;A;1;25;G;3\n2;B;1;25;G;3\n",
            3,
            "quick_key",
            "also on line 2",
        ),
        ("code,name,price,vat\n1,A,24,90,25\n", 2, None, "quote prices"),
        ("code;name;price;vat\n1;A;1;25;extra\n", 2, None, "Expected 4 fields, found 5"),
    ],
)
def test_a_bad_row_names_its_line_and_column(
    text: str, line: int, column: str | None, words: str
) -> None:
    with pytest.raises(CatalogError) as info:
        parse_products_csv(text)
    err = info.value
    assert isinstance(err, TillError)
    assert (err.line, err.column) == (line, column)
    assert err.message.startswith(f"Line {line}")
    if column:
        assert f"column '{column}':" in err.message
    assert words in err.message


def test_line_numbers_count_quoted_line_breaks() -> None:
    text = 'code,name,price,vat\n1,"Two\nlines",1,25\n2,B,x,25\n'
    with pytest.raises(CatalogError, match=r"^Line 4, column 'price':"):
        parse_products_csv(text)


def test_parsed_csv_imports_into_the_store(store: TillStore) -> None:
    assert store.upsert_products(parse_products_csv(SEMICOLON), register_id="K1") == 3
    assert store.find_product("7310865004703") == MILK


def test_swedish_excels_windows_1252_is_read_and_named() -> None:
    data = "code;name;price;vat\n13;Smör 500 g;64,90;12\n".encode("cp1252")
    assert b"Sm\xf6r" in data  # what Excel's "CSV (semicolon delimited)" writes
    text, encoding = decode_products_csv(data)
    assert encoding == WINDOWS_1252
    assert parse_products_csv(text)[0].name == "Smör 500 g"
    utf8 = decode_products_csv(b"\xef\xbb\xbf" + "code;name;price;vat\n1;Smör;1;12\n".encode())
    assert utf8 == ("code;name;price;vat\n1;Smör;1;12\n", UTF8)


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        ("code;name\n".encode("utf-16"), 1, "UTF-16"),  # Excel's "Unicode text"
        (b"code;name;price;vat\n1;A\x00;1;25\n", 1, "not text"),
        (b"code;name;price;vat\n1;A;1;25\n2;B\x81;1;25\n", 3, "0x81"),  # undefined in 1252
    ],
)
def test_bytes_that_are_not_a_text_csv_are_named(data: bytes, line: int, words: str) -> None:
    with pytest.raises(CatalogError) as info:
        decode_products_csv(data)
    assert info.value.line == line and words in info.value.message


def test_a_field_of_200000_characters_is_a_message() -> None:
    text = "code,name,price,vat\n1,A,1,25\n2," + "x" * 200_000 + ",1,25\n"
    with pytest.raises(CatalogError, match=r"^Line 3: .*longer than 131,072 characters"):
        parse_products_csv(text)


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("١;Mjölk;21,50;12;", "code"),  # Arabic-Indic one
        ("1;Mjölk;٢١,50;12;", "price"),
        ("1;Mjölk;21,50;١٢;", "vat"),
        ("1;Mjölk;21,50;12;٧٣١٠٨٦٥٠٠٤٧٠٣", "barcode"),
        ("1;Mjölk;２１,50;12;", "price"),  # fullwidth
        ("1\x00;Mjölk;21,50;12;", "code"),
        ("1;Mjölk\x00;21,50;12;", "name"),
    ],
)
def test_digits_other_than_0_to_9_and_nul_are_refused(row: str, column: str) -> None:
    with pytest.raises(CatalogError) as info:
        parse_products_csv("code;name;price;vat;barcode\n" + row + "\n")
    assert (info.value.line, info.value.column) == (2, column)
