"""till-admin: products import, journal verify and export, receipt show, settings errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_store_support import drop_guards, make_receipt, raw

from till.cli import main
from till.settings import EXAMPLE, load_settings
from till.startup import journal_start
from till.store import TillStore


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "till.toml"
    text = EXAMPLE.replace('id = "EP01AB0101330001"', 'id = "K1"')
    text = text.replace('# path = "/var/lib/till/till.db"', f'path = "{tmp_path / "till.db"}"')
    path.write_text(text, encoding="utf-8")
    return path


def admin(config: Path, *args: str) -> int:
    return main(["--config", str(config), *args])


def test_products_import_then_the_till_finds_them(config, tmp_path, capsys):
    csv = tmp_path / "products.csv"
    csv.write_text(
        "code;name;price;vat;barcode;unit\n1;Bananer;24,90;12;;kg\n30;Tygkasse;19;25;735;st\n",
        encoding="utf-8",
    )
    assert admin(config, "products", "import", str(csv)) == 0
    assert "2 products read, 2 new or changed" in capsys.readouterr().out
    store = TillStore.open(tmp_path / "till.db")
    try:
        assert store.find_product("735").name == "Tygkasse"
        assert store.find_product("1").sold_by_weight
        assert [r.kind for r in store.journal_rows()][-1] == "products_imported"
    finally:
        store.close()


def test_a_bad_csv_names_the_line_and_imports_nothing(config, tmp_path, capsys):
    csv = tmp_path / "products.csv"
    csv.write_text("code;name;price;vat\n1;Bananer;24,90;12\n2;Äpplen;gratis;12\n", "utf-8")
    assert admin(config, "products", "import", str(csv)) == 2
    err = capsys.readouterr().err
    assert "3" in err and "price" in err.lower()
    store = TillStore.open(tmp_path / "till.db")
    try:
        assert store.product_count() == 0
    finally:
        store.close()


def test_journal_verify_finds_an_altered_row(config, tmp_path, capsys):
    store = TillStore.open(tmp_path / "till.db")
    store.store_receipt(make_receipt(1))
    store.journal("drawer_opened", {"reason": "change"}, register_id="K1")
    store.close()
    assert admin(config, "journal", "verify") == 0
    assert "Journal intact" in capsys.readouterr().out

    conn = raw(tmp_path / "till.db")
    drop_guards(conn)
    conn.execute("UPDATE journal SET data = '{\"reason\":\"nothing\"}' WHERE kind='drawer_opened'")
    conn.close()
    assert admin(config, "journal", "verify") == 1
    out = capsys.readouterr().out
    assert "NOT intact" in out and "PROBLEM" in out


def test_journal_export_and_receipt_show(config, tmp_path, capsys):
    store = TillStore.open(tmp_path / "till.db")
    for n in (1, 2):
        store.store_receipt(make_receipt(n))
    store.close()
    out_file = tmp_path / "export.jsonl"
    assert admin(config, "journal", "export", "--format", "jsonl", "--output", str(out_file)) == 0
    events = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert [e["id"] for e in events] == list(range(1, len(events) + 1))  # every event, in order
    receipt_events = [e["data"] for e in events if e["kind"] == "receipt"]
    assert [r["sequence_number"] for r in receipt_events] == [1, 2]
    assert receipt_events[0]["control_code"] == "A" * 59 and events[0]["hash"]

    args = ["journal", "export", "--receipts", "--output", str(out_file)]
    assert admin(config, *args) == 0
    records = [json.loads(line) for line in out_file.read_text("utf-8").splitlines()]
    assert [r["sequence_number"] for r in records] == [1, 2]
    assert records[0]["control_code"] == "A" * 59 and records[0]["ctuid"] == "TEST123456789"
    assert records[0]["lines"] and records[0]["payments"]

    assert admin(config, "receipt", "show", "2") == 0
    text = capsys.readouterr().out
    assert "Kvitto nr 2" in text and "Kontrollenhet TEST123456789" in text
    assert admin(config, "receipt", "show", "9") == 2


def test_a_bad_setting_is_one_line_naming_the_key(tmp_path, capsys):
    path = tmp_path / "bad.toml"
    path.write_text(EXAMPLE.replace('org_nr = "5561234567"', 'org_nr = "12"'), "utf-8")
    assert main(["--config", str(path), "journal", "verify"]) == 2
    err = capsys.readouterr().err
    assert "shop.org_nr" in err and "Traceback" not in err


def test_startup_journals_each_changed_setting(config, tmp_path):
    settings = load_settings(config)
    store = TillStore.open(settings.database)
    try:
        assert journal_start(store, settings) == []
        config.write_text(config.read_text("utf-8").replace("port = 2020", "port = 2021"), "utf-8")
        moved = load_settings(config)
        assert journal_start(store, moved) == ["control_unit.port"]
        change = [r for r in store.journal_rows() if r.kind == "setting_changed"]
        assert [(c.data["key"], c.data["from"], c.data["to"]) for c in change] == [
            ("control_unit.port", "2020", "2021")
        ]
    finally:
        store.close()
