"""Settings: a bad or missing value stops startup with a message naming the key."""

from pathlib import Path

import pytest

from till.settings import EXAMPLE, SettingsError, config_path, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "till.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_example_in_the_readme_loads(tmp_path):
    settings = load_settings(write(tmp_path, EXAMPLE))
    assert settings.shop.org_nr == "5561234567"
    assert settings.shop.register_id == "EP01AB0101330001"
    assert settings.control_unit.port == 2020
    assert settings.change_fund == 100000
    assert settings.control_unit.sale_amount_element == "SaleAmount"
    assert settings.printer.pdf_dir is None
    assert settings.terminal is not None and settings.terminal.port == 50000
    assert settings.terminal.pos_id == "EP01AB0101330001"  # defaults to the register id


def test_without_a_terminal_section_the_till_takes_cash_only(tmp_path):
    start = EXAMPLE.index("[terminal]")
    text = EXAMPLE[:start] + EXAMPLE[EXAMPLE.index("[database]") :]
    assert load_settings(write(tmp_path, text)).terminal is None


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('org_nr = "5561234567"', 'org_nr = "556123-4567"', "shop.org_nr"),
        ('id = "EP01AB0101330001"', 'id = "EP01AB01013300012"', "register.id"),
        ("port = 2020", 'port = "2020"', "control_unit.port"),
        ("port = 2020", "port = 70000", "control_unit.port"),
        ('"SaleAmount"   #', '"Amount"   #', "control_unit.sale_amount_element"),
        ("answer_timeout = 10.0", "answer_timeout = 0", "control_unit.answer_timeout"),
        ('name = "Demobutiken AB"\n', "", "shop.name"),
        ('# path = "/var', 'path = ""  # "/var', "database.path"),
        ("port = 50000", "port = 0", "terminal.port"),
        ('change_fund = "1000,00"', 'change_fund = "lots"', "register.change_fund"),
        ('currency = "752"', 'currency = "SEK"', "terminal.currency"),
        ('host = "192.168.1.50"', 'host = "a b"', "terminal.host"),
    ],
)
def test_each_bad_value_names_its_key(tmp_path, old, new, key):
    assert old in EXAMPLE
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, EXAMPLE.replace(old, new, 1)))
    assert f"'{key}'" in caught.value.message


def test_missing_file_and_broken_toml_say_so(tmp_path):
    with pytest.raises(SettingsError, match="No settings file"):
        load_settings(tmp_path / "nope.toml")
    with pytest.raises(SettingsError, match="not valid TOML"):
        load_settings(write(tmp_path, "[shop\nname="))


def test_config_path_order(monkeypatch, tmp_path):
    monkeypatch.setenv("TILL_CONFIG", str(tmp_path / "env.toml"))
    assert config_path("cli.toml") == Path("cli.toml")
    assert config_path(None) == tmp_path / "env.toml"
    monkeypatch.delenv("TILL_CONFIG")
    assert config_path(None).name == "till.toml"


def test_a_utf8_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "till.toml"
    path.write_bytes(b"\xef\xbb\xbf" + EXAMPLE.encode("utf-8"))  # as Notepad saves "UTF-8 BOM"
    assert load_settings(path).shop.name == "Demobutiken AB"


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        # Arabic-Indic and fullwidth digits: str.isdigit(), int() and regex \d take them.
        ('org_nr = "5561234567"', 'org_nr = "٥٥٦١٢٣٤٥٦٧"', "shop.org_nr"),
        ('org_nr = "5561234567"', 'org_nr = "５５６１２３４５６７"', "shop.org_nr"),
        ('change_fund = "1000,00"', 'change_fund = "١٠٠٠,00"', "register.change_fund"),
        ('currency = "752"', 'currency = "٧٥٢"', "terminal.currency"),
        ('id = "EP01AB0101330001"', 'id = "EP٠١"', "register.id"),
        # Huge numbers and ports out of range are a message, not OverflowError.
        ("port = 2020", "port = 99999999999999999999999", "control_unit.port"),
        ("port = 2020", "port = -1", "control_unit.port"),
        ("port = 50000", "port = 65536", "terminal.port"),
        ('change_fund = "1000,00"', 'change_fund = "99999999999999999999"', "register.change_fund"),
        ("answer_timeout = 10.0", "answer_timeout = " + "9" * 400, "control_unit.answer_timeout"),
        ("answer_timeout = 10.0", "answer_timeout = inf", "control_unit.answer_timeout"),
        ("answer_timeout = 10.0", "answer_timeout = nan", "control_unit.answer_timeout"),
        # NUL and other control characters; a home folder that does not exist.
        ('# path = "/var/lib/till/till.db"', 'path = "/tmp/a\\u0000b.db"', "database.path"),
        ('# pdf_dir = "/home/shop/receipts"', 'pdf_dir = "~nosuchuser9x/r"', "printer.pdf_dir"),
        ('name = "Demobutiken AB"', 'name = "Demo\\u0000butiken"', "shop.name"),
        ('# name = "TM-T88"', 'name = "TM\\u0007"', "printer.name"),
    ],
)
def test_foreign_digits_huge_numbers_and_nul_name_their_key(tmp_path, old, new, key):
    assert old in EXAMPLE
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, EXAMPLE.replace(old, new, 1)))
    assert f"'{key}'" in caught.value.message
    assert "\n" not in caught.value.message


def test_a_section_that_is_not_a_table_names_it(tmp_path):
    text = "control_unit = 5\n" + EXAMPLE.replace("[control_unit]", "[control_unit_old]")
    with pytest.raises(SettingsError, match=r"'control_unit' must be a table"):
        load_settings(write(tmp_path, text))


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ("[shop]\nname = 'Sm\xf6r'\n".encode("cp1252"), "not UTF-8"),
        (b"a = " + b"[" * 5000, "nested too deeply"),  # tomllib's RecursionError
        (b"a = " + b"{b = " * 5000, "nested too deeply"),
        (b"x" * 1_000_001, "too large"),
    ],
)
def test_unreadable_files_say_why(tmp_path, data, says):
    path = tmp_path / "till.toml"
    path.write_bytes(data)
    with pytest.raises(SettingsError, match=says):
        load_settings(path)


def test_a_nul_in_the_settings_files_own_name(tmp_path):
    with pytest.raises(SettingsError, match="NUL"):
        load_settings(Path(f"{tmp_path}/till\0.toml"))
