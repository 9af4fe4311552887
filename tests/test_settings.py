"""Settings: a bad or missing value stops startup with a message naming the key."""

import ipaddress
import json
import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from till.settings import (
    EXAMPLE,
    SettingsError,
    config_path,
    load_settings,
    parse_settings_bytes,
)


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


# -- payment terminals: [terminal] (Wallee), [point] (Verifone Point, Klarna) ----------------


def with_point(text: str = EXAMPLE) -> str:
    """The example with its commented-out [point] section switched on."""
    start = text.index("# [point]")
    end = text.index("\n\n", start)
    block = "\n".join(line[2:] for line in text[start:end].splitlines())
    return text[:start] + block + text[end:]


def without_terminal(text: str) -> str:
    start = text.index("[terminal]")
    return text[:start] + text[text.index("\n\n", start) + 2 :]


def test_the_examples_point_section_parses_with_its_defaults(tmp_path):
    settings = load_settings(write(tmp_path, with_point()))
    point = settings.point
    assert point is not None and settings.payment_terminals == "both"
    assert (point.host, point.port, point.secondary_port, point.listener_port) == (
        "192.168.1.51",
        5015,
        5016,
        5017,
    )
    assert (point.listener_host, point.advertise_ip, point.pos_recon) == (
        "0.0.0.0",
        "192.168.1.20",
        "KASSA1",
    )
    assert point.payment_type == "Klarna"
    assert (point.connect_timeout, point.response_timeout, point.id_check_timeout) == (
        5.0,
        300.0,
        120.0,
    )


def test_a_point_section_with_only_a_host_takes_the_defaults(tmp_path):
    text = without_terminal(EXAMPLE).replace(
        "[database]", '[point]\nhost = "10.0.0.9"\n\n[database]'
    )
    settings = load_settings(write(tmp_path, text))
    point = settings.point
    assert point is not None and settings.terminal is None
    assert (point.port, point.secondary_port, point.listener_port) == (5015, 5016, 5017)
    assert point.advertise_ip is None and point.listener_host == "0.0.0.0"
    assert point.pos_recon == "EP01AB0101330001"  # the register id
    assert point.payment_type == "Klarna"
    assert (point.connect_timeout, point.response_timeout, point.id_check_timeout) == (5, 300, 120)
    assert settings.payment_terminals == "point"


@pytest.mark.parametrize(
    ("text", "derived"),
    [
        (EXAMPLE, "wallee"),
        (without_terminal(EXAMPLE), "none"),
        (with_point(), "both"),
        (without_terminal(with_point()), "point"),
    ],
)
def test_payment_terminals_follows_the_sections_and_an_explicit_match_is_taken(
    tmp_path, text, derived
):
    assert load_settings(write(tmp_path, text)).payment_terminals == derived
    stated = text.replace('# payment_terminals = "wallee"', f'payment_terminals = "{derived}"', 1)
    assert stated != text
    assert load_settings(write(tmp_path, stated)).payment_terminals == derived


@pytest.mark.parametrize(
    ("text", "stated", "says"),
    [
        (EXAMPLE, "point", "needs a [point] section and no [terminal] section"),
        (EXAMPLE, "none", "has a [terminal] section and no [point] section"),
        (with_point(), "wallee", "has a [terminal] and a [point] section"),
        (without_terminal(EXAMPLE), "both", "has neither"),
        (EXAMPLE, "Wallee", '"none", "wallee", "point" or "both"'),
        (EXAMPLE, "klarna", '"none", "wallee", "point" or "both"'),
    ],
)
def test_an_explicit_payment_terminals_must_match_the_sections(tmp_path, text, stated, says):
    text = text.replace('# payment_terminals = "wallee"', f'payment_terminals = "{stated}"', 1)
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, text))
    assert "'register.payment_terminals'" in caught.value.message
    assert says in caught.value.message


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ('host = "192.168.1.51"', 'host = "a b"', "point.host"),
        ('host = "192.168.1.51"', "", "point.host"),
        ("port = 5015 ", "port = 0 ", "point.port"),
        ("port = 5015 ", "port = 65536 ", "point.port"),
        ("port = 5015 ", 'port = "5015" ', "point.port"),
        ("secondary_port = 5016", "secondary_port = 70000", "point.secondary_port"),
        ("secondary_port = 5016", "secondary_port = 5015", "point.secondary_port"),
        ("listener_port = 5017", "listener_port = 5015", "point.listener_port"),
        ("listener_port = 5017", "listener_port = 5016", "point.listener_port"),
        ("listener_port = 5017", "listener_port = -1", "point.listener_port"),
        ("listener_port = 5017", "listener_port = true", "point.listener_port"),
        ('listener_host = "0.0.0.0"', 'listener_host = ""', "point.listener_host"),
        ('advertise_ip = "192.168.1.20"', 'advertise_ip = "till.local"', "point.advertise_ip"),
        ('advertise_ip = "192.168.1.20"', 'advertise_ip = "999.1.1.1"', "point.advertise_ip"),
        ('advertise_ip = "192.168.1.20"', 'advertise_ip = "١٩٢.1.1.1"', "point.advertise_ip"),
        ('pos_recon = "KASSA1"', 'pos_recon = "KASSA 1"', "point.pos_recon"),
        ('pos_recon = "KASSA1"', 'pos_recon = "K٣"', "point.pos_recon"),
        ('pos_recon = "KASSA1"', 'pos_recon = ""', "point.pos_recon"),
        ('payment_type = "Klarna"', 'payment_type = "<Klarna>"', "point.payment_type"),
        ("connect_timeout = 5.0 ", "connect_timeout = 0 ", "point.connect_timeout"),
        ("response_timeout = 300.0", "response_timeout = 5", "point.response_timeout"),
        ("response_timeout = 300.0", "response_timeout = nan", "point.response_timeout"),
        ("id_check_timeout = 120.0", "id_check_timeout = 9999", "point.id_check_timeout"),
        ("id_check_timeout = 120.0", 'id_check_timeout = "2m"', "point.id_check_timeout"),
    ],
)
def test_each_bad_point_value_names_its_key(tmp_path, old, new, key):
    text = with_point()
    start = text.index("[point]")
    assert old in text[start:]
    text = text[:start] + text[start:].replace(old, new, 1)
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, text))
    assert f"'{key}'" in caught.value.message
    assert "\n" not in caught.value.message


def test_a_point_key_that_is_not_a_table_names_it(tmp_path):
    text = "point = 5\n" + EXAMPLE
    with pytest.raises(SettingsError, match=r"'point' must be a table"):
        load_settings(write(tmp_path, text))


def test_the_point_settings_are_journaled_at_start(tmp_path):
    from till.startup import settings_record

    record = settings_record(load_settings(write(tmp_path, with_point())))
    assert record["register.payment_terminals"] == "both"
    assert record["point.host"] == "192.168.1.51"
    assert record["point.listener_port"] == "5017"
    assert record["point.advertise_ip"] == "192.168.1.20"
    assert record["point.id_check_timeout"] == "120.0"
    plain = settings_record(load_settings(write(tmp_path, EXAMPLE)))
    assert plain["register.payment_terminals"] == "wallee"
    assert not any(key.startswith("point.") for key in plain)


POINT_VALUES = st.one_of(
    st.integers(-2, 70000).map(str),
    st.sampled_from(["5015", "5016", "5017", "9" * 400, "nan", "inf", "true", "1e400", "[1]"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text(max_size=40).map(json.dumps),
    st.sampled_from(["127.0.0.1", "::1", "999.1.1.1", "١٢٧.0.0.1", "KASSA1", "K٣", ""]).map(
        json.dumps
    ),
)


@settings(
    max_examples=int(os.environ.get("TILL_FUZZ_EXAMPLES", "200")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(st.data())
def test_fuzz_the_point_section(data: st.DataObject) -> None:
    """A mutated [point] section: Settings whose point values keep their promises, or one
    SettingsError line naming a key."""
    lines = with_point().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("[point]"))
    values = [i for i in range(start + 1, len(lines)) if " = " in lines[i]][:12]
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        i = data.draw(st.sampled_from(values), label="line")
        key = lines[i].split(" = ", 1)[0]
        lines[i] = f"{key} = {data.draw(POINT_VALUES, label='value')}"
    try:
        result = parse_settings_bytes(("\n".join(lines) + "\n").encode(), source=Path("f.toml"))
    except SettingsError as error:
        assert "\n" not in error.message
        # json.dumps writes lone surrogates as \ud800, which TOML itself refuses.
        assert "Setting '" in error.message or "not valid TOML" in error.message
        return
    point = result.point
    assert point is not None and result.payment_terminals == "both"
    ports = (point.port, point.secondary_port, point.listener_port)
    assert all(1 <= p <= 65535 for p in ports) and len(set(ports)) == 3
    assert re.fullmatch(r"[A-Za-z0-9_\-]{1,30}", point.pos_recon, re.ASCII)
    assert point.advertise_ip is None or ipaddress.ip_address(point.advertise_ip)
    assert point.advertise_ip is None or point.advertise_ip.isascii()
    assert 10 <= point.id_check_timeout <= 600 and 10 <= point.response_timeout <= 900
