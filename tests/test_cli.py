"""till-admin: products import, journal verify and export, receipt show, settings errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_support import drop_guards, make_receipt, raw

from till.cli import main
from till.settings import EXAMPLE, load_settings
from till.startup import journal_start
from till.store import TillStore


def admin(config: Path, *args: str) -> int:
    return main(["--config", str(config), *args])


ROOT = Path(__file__).resolve().parents[1]
CLOSED_STDIN = "closed"


def real_admin(config: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """till-admin as a shop runs it: its own process (`python -m till.cli` is what the
    `till-admin` script runs). stdin None: /dev/null; CLOSED_STDIN: file descriptor 0 closed."""
    command = [sys.executable, "-m", "till.cli", "--config", str(config), *args]
    if stdin == CLOSED_STDIN:
        command = ["sh", "-c", 'exec "$0" "$@" <&-', *command]
    return subprocess.run(
        command,
        input=None if stdin in (None, CLOSED_STDIN) else stdin,
        stdin=subprocess.DEVNULL if stdin is None else None,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def assert_one_line_message(result: subprocess.CompletedProcess, words: str) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    assert result.returncode in (1, 2), result
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("till-admin") and words in lines[0], lines[0]


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


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('till.db"', 'till\\u0000.db"', "database.path"),  # TOML's escape for NUL
        ("port = 2020", "port = 99999999999999999999999", "control_unit.port"),
        ("port = 50000", "port = 70000", "terminal.port"),
        ('change_fund = "1000,00"', 'change_fund = "99999999999999999999"', "change_fund"),
        ('org_nr = "5561234567"', 'org_nr = "٥٥٦١٢٣٤٥٦٧"', "shop.org_nr"),
    ],
)
def test_bad_settings_are_one_line_in_a_real_process(config, old, new, words):
    text = config.read_text("utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), "utf-8")
    assert_one_line_message(real_admin(config, "receipt", "show", "1"), words)


def test_a_settings_file_with_a_byte_order_mark_is_read(config):
    config.write_bytes(b"\xef\xbb\xbf" + config.read_bytes())
    result = real_admin(config, "journal", "verify")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "stdin", "words"),
    [
        (["report", "z", "--reprint", "99999999999999999999"], None, "--reprint"),
        (["receipt", "show", "99999999999999999999"], None, "number"),
        (["receipt", "show", "٣"], None, "digits 0-9"),  # int() would read 3
        (["terminal", "ping", "--port", "70000"], None, "1 to 65535"),
        (["terminal", "ping", "--port", "9" * 30], None, "1 to 65535"),
        (["terminal", "ping", "--host", "a b"], None, "--host"),
        (["manager", "set-pin"], None, "standard input is closed or empty"),
        (["manager", "set-pin"], CLOSED_STDIN, "standard input is closed or empty"),
        (["report", "z"], CLOSED_STDIN, "standard input is closed or empty"),
        (["manager", "set-pin"], "١٢٣٤\n١٢٣٤\n", "4 to 12 digits"),
        (["products", "import", "/nonexistent/p.csv"], None, "Cannot read"),
    ],
)
def test_bad_arguments_and_input_are_one_line_in_a_real_process(config, args, stdin, words):
    assert_one_line_message(real_admin(config, *args, stdin=stdin), words)


def test_a_csv_field_of_200000_characters_is_one_line(config, tmp_path):
    csv = tmp_path / "big.csv"
    csv.write_text("code;name;price;vat\n1;" + "x" * 200_000 + ";1;25\n", "utf-8")
    assert_one_line_message(real_admin(config, "products", "import", str(csv)), "Line 2")


def test_foreign_digits_in_a_csv_price_are_one_line(config, tmp_path):
    csv = tmp_path / "p.csv"
    csv.write_text("code;name;price;vat\n1;Smör;٢٤,90;12\n", "utf-8")
    result = real_admin(config, "products", "import", str(csv))
    assert_one_line_message(result, "Line 2, column 'price'")


def test_a_csv_from_swedish_excel_imports_and_says_so(config, tmp_path):
    csv = tmp_path / "excel.csv"
    csv.write_bytes("code;name;price;vat\n13;Smör 500 g;64,90;12\n".encode("cp1252"))
    result = real_admin(config, "products", "import", str(csv))
    assert result.returncode == 0, result.stderr
    assert "1 products read" in result.stdout and "Windows-1252" in result.stderr
    store = TillStore.open(tmp_path / "till.db")
    try:
        assert store.find_product("13").name == "Smör 500 g"
        assert store.journal_rows()[-1].data["encoding"] == "cp1252"
    finally:
        store.close()


def test_a_reader_that_goes_away_ends_the_export_quietly(config, tmp_path):
    """`till-admin journal export | head -1`: no BrokenPipeError traceback, as with cat."""
    store = TillStore.open(tmp_path / "till.db")
    for n in range(100):  # ~200 kB: more than a pipe holds, so the writer meets the close
        store.journal("drawer_opened", {"reason": f"{n} " + "x" * 2000}, register_id="K1")
    store.close()
    command = [sys.executable, "-m", "till.cli", "--config", str(config), "journal", "export"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        first = json.loads(proc.stdout.readline())
        proc.stdout.close()  # head -1 has its line and exits
        err = proc.stderr.read()
        code = proc.wait(timeout=60)
    assert first["id"] == 1
    assert err == b"" and code == 1


@pytest.mark.parametrize(
    "args",
    [
        ["--config", "till\0.toml", "journal", "verify"],
        ["products", "import", "p\0.csv"],
        ["journal", "export", "--output", "out\0.jsonl"],
    ],
)
def test_a_nul_in_a_path_argument_is_one_line(config, args, capsys):
    """A NUL cannot reach a real process's argv (exec refuses it), so main() is called."""
    with pytest.raises(SystemExit) as caught:
        main(args if args[0] == "--config" else ["--config", str(config), *args])
    err = capsys.readouterr().err
    assert caught.value.code == 2 and len(err.splitlines()) == 1 and "NUL" in err
