"""`till-admin products list | export | remove` and import of a Swedish Excel file with a
wrong check digit; export then import gives the same catalog."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from till.cli import main
from till.core.sale import Product
from till.settings import load_settings
from till.store import TillStore
from till.store.catalog_csv import QuickKeyPlace
from till.store.users import Role


@pytest.fixture
def english(config: Path) -> Iterator[Path]:
    """The example settings in English, so the words checked here stay the same once the
    Swedish catalog has these texts."""
    text = config.read_text(encoding="utf-8")
    config.write_text(re.sub(r'language = "sv"(\s+# the cashier)', r'language = "en"\1', text))
    assert load_settings(config).language == "en"
    yield config
    from till.ui.texts import set_language

    set_language("sv")  # till-admin set English amounts for this process: the default again


def open_store(config: Path) -> TillStore:
    return TillStore.open(load_settings(config).database)


def fill(config: Path) -> None:
    store = open_store(config)
    try:
        store.users.add("Maja", "1111", Role.MANAGER, register_id="K1")
        store.upsert_products(
            [
                Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt"),
                Product("11", "Mjölk", 2150, 12, "7310865004703", more_barcodes=("96385074",)),
                Product("30", "Tygkasse", 1900, 25, group="Påsar"),
            ],
            register_id="K1",
        )
        store.set_quick_key(QuickKeyPlace("1", "Frukt", 1), register_id="K1")
    finally:
        store.close()


def admin(config: Path, *args: str, stdin: str = "") -> int:
    import sys

    old = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        return main(["--config", str(config), "products", *args])
    finally:
        sys.stdin = old


def test_list_prints_a_table_by_group(english, capsys) -> None:
    fill(english)
    assert admin(english, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["Code", "Name", "Price", "VAT", "Group", "Barcodes"]
    assert [line.split()[0] for line in lines[1:]] == ["1", "30", "11"]
    assert "24,90/kg" in lines[1] and "12 %" in lines[1] and "Frukt" in lines[1]
    assert lines[3].endswith("7310865004703 96385074")


def test_export_then_import_round_trips(english, tmp_path, capsys) -> None:
    fill(english)
    out = tmp_path / "catalog.csv"
    assert admin(english, "export", "--output", str(out)) == 0
    assert "3 products exported." in capsys.readouterr().err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b";24,90;" in data
    before = open_store(english)
    try:
        products, keys = before.all_products(), before.quick_keys()
        before.remove_product("1", register_id="K1")  # gone, and back with the import
    finally:
        before.close()
    assert admin(english, "import", str(out)) == 0
    # The product came back and so did its quick key: two changes, the rest as it was.
    assert "3 products read, 2 new or changed." in capsys.readouterr().out
    after = open_store(english)
    try:
        assert after.all_products() == products
        assert after.quick_keys() == keys
    finally:
        after.close()


def test_import_reports_a_wrong_check_digit_and_imports_the_rest(english, tmp_path, capsys):
    path = tmp_path / "excel.csv"
    text = "PLU;Namn;Pris;Moms;Streckkod\r\n1;Smör;64,90;12;7311876220008\r\n2;Bröd;39,00;12;\r\n"
    path.write_bytes(text.encode("cp1252"))
    assert admin(english, "import", str(path)) == 1
    captured = capsys.readouterr()
    assert "1 products read" in captured.out
    assert (
        "Not imported: Line 2, column 'Streckkod': Barcode 7311876220008 has a wrong check "
        "digit: the last digit should be 7." in captured.err
    )
    assert "1 rows were not imported" in captured.err and "Windows-1252" in captured.err
    store = open_store(english)
    try:
        assert store.find_product("2").name == "Bröd" and store.find_product("1") is None
        (row,) = [r for r in store.journal_rows() if r.kind == "products_imported"]
        assert row.data["skipped"][0]["line"] == 2
    finally:
        store.close()


def test_remove_needs_a_manager_and_is_journaled(english, capsys) -> None:
    fill(english)
    assert admin(english, "remove", "30", stdin="Maja\n9999\n") == 2
    assert "not done" in capsys.readouterr().err.lower()
    store = open_store(english)
    try:
        assert store.find_product("30") is not None
    finally:
        store.close()
    assert admin(english, "remove", "30", stdin="Maja\n1111\n") == 0
    assert "Removed 30 Tygkasse" in capsys.readouterr().out
    assert admin(english, "remove", "30", stdin="Maja\n1111\n") == 2
    assert "There is no product with the code 30" in capsys.readouterr().err
    store = open_store(english)
    try:
        assert store.find_product("30") is None
        kinds = [r.kind for r in store.journal_rows()]
        assert kinds[-2:] == ["manager_approved", "product_removed"]
        assert store.journal_rows()[-1].data["by"]["name"] == "Maja"
        assert "manager_refused" in kinds
    finally:
        store.close()
