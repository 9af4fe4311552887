"""Product files as Swedish Excel saves them (';', decimal comma, Windows-1252 or UTF-8 with a
byte-order mark, Swedish headers), wrong check digits reported, export and import again."""

from __future__ import annotations

import pytest

from till.core.sale import Product
from till.store import TillStore
from till.store.catalog_csv import (
    UTF8,
    WINDOWS_1252,
    CatalogError,
    QuickKeyPlace,
    catalog_csv_text,
    decode_products_csv,
    parse_catalog_csv,
)

K1 = "K1"
EXCEL_ROWS = (
    "PLU;Streckkod;Namn;Pris;Moms;Grupp;Styckvis/kg;Snabbknapp\r\n"
    "1;;Bananer;24,90;12%;Frukt;kg;1\r\n"
    "13;7311876220007;Smör 500 g;64,90;12;Mejeri;st;\r\n"
    "50;;Cykel;1\u00a0499,00;25;;st;\r\n"
    "51;;Kanot;12 500,00 kr;25 %;;Styckvis;\r\n"
)


def ean13(first12: str) -> str:
    """The whole EAN-13, its check digit worked out here (GS1: weights 1,3,1,3... from the left
    for 13 digits), not by the till's code."""
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (EXCEL_ROWS.encode("cp1252"), WINDOWS_1252),  # "CSV (semicolon delimited)"
        (EXCEL_ROWS.encode("utf-8-sig"), UTF8),  # "CSV UTF-8": with a byte-order mark
    ],
)
def test_a_file_saved_by_swedish_excel_is_read(data: bytes, encoding: str) -> None:
    text, read_as = decode_products_csv(data)
    assert read_as == encoding
    file = parse_catalog_csv(text)
    assert file.skipped == []
    assert file.products == [
        Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt"),
        Product("13", "Smör 500 g", 6490, 12, "7311876220007", group="Mejeri"),
        Product("50", "Cykel", 149900, 25),
        Product("51", "Kanot", 1250000, 25),
    ]
    assert file.groups == ["Frukt", "Mejeri"]
    assert file.quick_keys == [QuickKeyPlace("1", "Frukt", 1)]


def test_a_wrong_check_digit_skips_that_row_and_names_line_barcode_and_digit() -> None:
    right = ean13("731187622000")
    right_digit = int(right[-1])
    wrong = right[:-1] + str((right_digit + 3) % 10)
    text = (
        "PLU;Namn;Pris;Moms;Streckkod\n"
        "13;Smör;64,90;12;" + right + "\n"
        "14;Ost;99,00;12;" + wrong + "\n"
        "15;Bröd;39,00;12;\n"
    )
    file = parse_catalog_csv(text)
    assert [p.code for p in file.products] == ["13", "15"]
    (error,) = file.skipped
    assert isinstance(error, CatalogError)
    assert (error.line, error.column) == (3, "barcode")
    assert error.params["problem"].params == {"barcode": wrong, "expected": right_digit}
    assert error.message == (
        f"Line 3, column 'Streckkod': Barcode {wrong} has a wrong check digit: "
        f"the last digit should be {right_digit}."
    )


def test_a_barcode_excel_made_a_number_says_so() -> None:
    with pytest.raises(CatalogError) as info:
        parse_catalog_csv("PLU;Namn;Pris;Moms;Streckkod\n11;Mjölk;21,50;12;7,31087E+12\n")
    assert (info.value.line, info.value.column) == (2, "barcode")
    assert "format the barcode column as text" in info.value.message


def test_several_barcodes_in_one_cell() -> None:
    file = parse_catalog_csv("code;name;price;vat;barcode\n1;A;1;25;96385074 4006381333931\n")
    assert file.products[0].barcodes == ("96385074", "4006381333931")


def test_a_row_that_cannot_be_read_rejects_the_whole_file() -> None:
    with pytest.raises(CatalogError) as info:
        parse_catalog_csv("PLU;Namn;Pris;Moms\n1;A;1,00;25\n2;B;gratis;25\n")
    assert info.value.line == 3 and "column 'Pris'" in info.value.message


def test_export_then_import_gives_the_same_catalog(store: TillStore, tmp_path) -> None:
    products = [
        Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt"),
        Product("2", "Äpplen; röda", 2995, 12, sold_by_weight=True, group="Frukt"),
        Product("11", "Mjölk", 2150, 12, "7310865004703", more_barcodes=("96385074",)),
        Product("41", "Presentkort", 10000, 0, open_price=True),
        Product("900", 'Klippning "kort"', 35000, 25, service=True, group="Tjänster"),
    ]
    store.upsert_products(products, register_id=K1)
    store.set_quick_key(QuickKeyPlace("2", "Frukt", 3, "Äpplen"), register_id=K1)
    store.set_quick_key(QuickKeyPlace("1", "Frukt", 1), register_id=K1)
    path = tmp_path / "export.csv"
    path.write_text(
        catalog_csv_text(store.all_products(), store.quick_key_places()),
        encoding="utf-8-sig",
        newline="",
    )
    text, _ = decode_products_csv(path.read_bytes())
    file = parse_catalog_csv(text)
    assert {p.code: p for p in file.products} == {p.code: p for p in products}
    other = TillStore.open(tmp_path / "other.db")
    try:
        other.import_catalog(file, register_id=K1)
        assert other.all_products() == store.all_products()
        assert other.quick_keys() == store.quick_keys()
        assert other.product_groups() == store.product_groups()
        # The same file again changes nothing and journals nothing.
        rows = len(other.journal_rows())
        assert other.import_catalog(file, register_id=K1) == 0
        assert len(other.journal_rows()) == rows
    finally:
        other.close()


def test_an_import_without_the_quick_key_column_leaves_the_keys(store: TillStore) -> None:
    bananas = Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt")
    store.upsert_products([bananas], register_id=K1)
    store.set_quick_key(QuickKeyPlace("1", "Frukt", 1), register_id=K1)
    file = parse_catalog_csv("code;name;price;vat;unit;group\n1;Bananer;26,90;12;kg;Frukt\n")
    assert store.import_catalog(file, register_id=K1) == 1
    assert store.quick_key_places() == [QuickKeyPlace("1", "Frukt", 1)]
    with_column = parse_catalog_csv(
        "code;name;price;vat;unit;group;quick_key\n1;Bananer;26,90;12;kg;Frukt;\n"
    )
    store.import_catalog(with_column, register_id=K1)
    assert store.quick_key_places() == []
    assert store.journal_rows()[-1].kind == "quick_key_removed"


def test_the_demo_catalog_has_groups_and_quick_keys_and_right_check_digits(store) -> None:
    from till.assets import asset_text

    file = parse_catalog_csv(asset_text("demo_catalog.csv"))
    assert file.skipped == []  # every demo barcode has its right check digit
    store.import_catalog(file, register_id=K1)
    grid = {group.name: [key.product_code for key in group.keys] for group in store.quick_keys()}
    assert list(grid) == ["Frukt", "Bröd", "Påsar"]
    assert grid["Frukt"][0] == "1" and store.find_product("1").sold_by_weight
