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
