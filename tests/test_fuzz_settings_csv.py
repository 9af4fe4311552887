"""Fuzzing the settings loader and the product CSV parser (DESIGN.md: every parser has a
hypothesis fuzz test). The only outcomes are a result or the parser's own error, SettingsError
or CatalogError, with a one-line message; a result holds only what the parser promises.

CI runs about 200 examples per test; `TILL_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz_*.py`
runs more (README, "Tests").
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from till.core.vat import VAT_RATES
from till.settings import EXAMPLE, Settings, SettingsError, parse_settings_bytes
from till.store.catalog_csv import CatalogError, decode_products_csv, parse_products_csv

MAX_EXAMPLES = int(os.environ.get("TILL_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SOURCE = Path("fuzz.toml")
DEMO_CSV = (Path(__file__).resolve().parents[1] / "resources" / "demo_catalog.csv").read_bytes()

# Inputs that broke parsers before (issue 7): foreign digits, huge numbers, NUL, deep nesting.
NASTY_TEXT = [
    "٣",
    "５５６１２３４５６７",
    "٥٥٦١٢٣٤٥٦٧",
    "9" * 400,
    "-0",
    "1e400",
    "nan",
    "inf",
    "\x00",
    "\ufeff",
    "~nosuchuser9x/x",
    "\n",
    '"',
    ";",
    ",",
    "24,90",
    "١٢",
    "\u00a0",
    "x" * 300,
]


def toml_value() -> st.SearchStrategy[str]:
    """A TOML value's source text: mostly valid TOML, of any type and size."""
    scalars = st.one_of(
        st.integers().map(str),
        st.sampled_from(["9" * 400, "-9" * 30, "0", "65535", "65536", "-1"]),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.sampled_from(["inf", "-inf", "nan", "1e400", "true", "false", "1979-05-27"]),
        st.text(max_size=40).map(json.dumps),  # JSON's escapes are TOML's (\u0000 included)
        st.sampled_from(NASTY_TEXT).map(json.dumps),
    )
    return st.one_of(
        scalars,
        st.lists(scalars, max_size=4).map(lambda xs: "[" + ", ".join(xs) + "]"),
        st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),
        st.just("{ a = 1 }"),
    )


def check_settings(data: bytes) -> None:
    try:
        result = parse_settings_bytes(data, source=SOURCE)
    except SettingsError as error:
        assert error.message and "\n" not in error.message
        event("settings: SettingsError")
        return
    event("settings: parsed")
    assert isinstance(result, Settings)
    assert re.fullmatch("[0-9]{10}", result.shop.org_nr)
    assert re.fullmatch("[A-Za-z0-9]{1,16}", result.shop.register_id)
    assert 1 <= result.control_unit.port <= 65535
    assert isinstance(result.change_fund, int) and result.change_fund >= 0
    if result.terminal is not None:
        assert 1 <= result.terminal.port <= 65535
        assert re.fullmatch("[0-9]{3}", result.terminal.currency)
    assert "\0" not in str(result.database) and "\0" not in result.shop.name


def check_csv_text(text: str) -> None:
    try:
        products = parse_products_csv(text)
    except CatalogError as error:
        assert error.message.startswith("Line ") and "\n" not in error.message
        assert error.line >= 1
        event("csv: CatalogError")
        return
    event("csv: parsed" if products else "csv: parsed, no rows")
    assert isinstance(products, list)
    codes = [p.code for p in products]
    assert len(set(codes)) == len(codes)
    for product in products:
        assert product.code and product.name
        assert type(product.unit_price) is int and product.unit_price >= 0
        assert product.vat_rate in VAT_RATES
        for value in (product.code, product.barcode or ""):
            assert not any(c.isdigit() and not c.isascii() for c in value)
            assert "\0" not in value
        assert "\0" not in product.name


def check_csv_bytes(data: bytes) -> None:
    try:
        text, encoding = decode_products_csv(data)
    except CatalogError as error:
        assert error.message.startswith("Line ") and "\n" not in error.message
        event("csv bytes: not text")
        return
    event(f"csv bytes: {encoding}")
    check_csv_text(text)


def mutate(data: st.DataObject, base: bytes) -> bytes:
    """A few byte-level edits: insert, delete or replace a short run anywhere."""
    out = bytearray(base)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        at = data.draw(st.integers(0, len(out)), label="at")
        kind = data.draw(st.sampled_from(["insert", "delete", "replace"]), label="kind")
        chunk = data.draw(
            st.one_of(
                st.binary(min_size=1, max_size=8),
                st.sampled_from(NASTY_TEXT).map(lambda t: t.encode("utf-8")),
            ),
            label="chunk",
        )
        if kind == "insert":
            out[at:at] = chunk
        elif kind == "delete":
            del out[at : at + len(chunk)]
        else:
            out[at : at + len(chunk)] = chunk
    return bytes(out)


# -- settings -----------------------------------------------------------------------------------


def test_the_example_settings_parse() -> None:
    """The harness's baseline: unmutated, the example is a valid Settings."""
    assert isinstance(parse_settings_bytes(EXAMPLE.encode(), source=SOURCE), Settings)


@FUZZ
@given(st.one_of(st.binary(max_size=2000), st.text(max_size=2000).map(str.encode)))
def test_fuzz_settings_random_bytes_and_text(data: bytes) -> None:
    check_settings(data)


EXAMPLE_LINES = EXAMPLE.splitlines()
VALUE_LINES = [i for i, line in enumerate(EXAMPLE_LINES) if re.match(r"#? ?\w+ = ", line)]
# Values that fit some key of the example (another key's value, a port, a short id): most
# mutations then reach the per-key checks instead of stopping at the first wrong type.
PLAUSIBLE = st.one_of(
    st.sampled_from(
        [re.split(r"\s+#", EXAMPLE_LINES[i].split(" = ", 1)[1])[0] for i in VALUE_LINES]
    ),
    st.integers(0, 70000).map(str),
    st.floats(0, 1000, allow_nan=False).map(repr),
    st.from_regex(r"[A-Za-z0-9]{0,18}", fullmatch=True).map(json.dumps),
    st.from_regex(r"[0-9]{0,12}(,[0-9]{0,3})?", fullmatch=True).map(json.dumps),
)


@FUZZ
@given(st.data())
def test_fuzz_settings_mutated_example(data: st.DataObject) -> None:
    lines = list(EXAMPLE_LINES)
    for _ in range(data.draw(st.integers(0, 3), label="values")):
        i = data.draw(st.sampled_from(VALUE_LINES), label="line")
        key = lines[i].lstrip("# ").split(" = ", 1)[0]
        lines[i] = f"{key} = {data.draw(toml_value() | PLAUSIBLE, label='value')}"
    if data.draw(st.integers(0, 3), label="drop a line") == 0:
        del lines[data.draw(st.integers(0, len(lines) - 1), label="dropped")]
    text = "\n".join(lines) + "\n"
    raw = text.encode("utf-8", "surrogatepass")
    if data.draw(st.booleans(), label="bom"):
        raw = b"\xef\xbb\xbf" + raw
    if data.draw(st.integers(0, 3), label="byte edits") == 0:
        raw = mutate(data, raw)
    check_settings(raw)


# -- the product CSV ------------------------------------------------------------------------------


def test_the_demo_catalog_parses() -> None:
    text, _ = decode_products_csv(DEMO_CSV)
    assert len(parse_products_csv(text)) > 10


@FUZZ
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(str.encode)))
def test_fuzz_csv_random_bytes(data: bytes) -> None:
    check_csv_bytes(data)


@FUZZ
@given(
    st.text(
        alphabet=st.sampled_from(list('code;name,price"vat\n\r 0123456789٣,.-%kgst'))
        | st.characters(),
        max_size=1000,
    )
)
def test_fuzz_csv_random_text(text: str) -> None:
    check_csv_text("code;name;price;vat;barcode;unit;service\n" + text)


DEMO_ROWS = [line.split(";") for line in DEMO_CSV.decode("utf-8").splitlines()]


@FUZZ
@given(st.data())
def test_fuzz_csv_mutated_demo_catalog(data: st.DataObject) -> None:
    rows = [list(row) for row in DEMO_ROWS]
    for _ in range(data.draw(st.integers(0, 4), label="fields")):
        r = data.draw(st.integers(0, len(rows) - 1), label="row")
        c = data.draw(st.integers(0, len(rows[r]) - 1), label="column")
        rows[r][c] = data.draw(
            st.one_of(
                st.sampled_from(NASTY_TEXT),
                st.text(max_size=20),
                st.integers().map(str),
                st.just("x" * 140_000),  # past csv.field_size_limit()
            ),
            label="value",
        )
    text = "\n".join(";".join(row) for row in rows) + "\n"
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]), label="encoding")
    raw = (
        text.encode(encoding, "replace")
        if encoding == "cp1252"
        else text.encode(encoding, "surrogatepass")
    )
    if data.draw(st.integers(0, 3), label="byte edits") == 0:
        raw = mutate(data, raw)
    check_csv_bytes(raw)
