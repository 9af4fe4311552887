"""What the fuzz tests share: their budget, the count of inputs per parser, and mutations.

The budget is `max_examples` per test: 200 in CI, or TILL_FUZZ_EXAMPLES for a longer run:

    TILL_FUZZ_EXAMPLES=20000 pytest tests/test_fuzz_lti.py tests/test_fuzz_ccu.py

At the end of each fuzz module a line says how many inputs each parser was fed.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import Counter
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

ENV = "TILL_FUZZ_EXAMPLES"
CI_EXAMPLES = 200


def _budget() -> int:
    text = os.environ.get(ENV, "").strip()
    if not text:
        return CI_EXAMPLES
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise pytest.UsageError(f"{ENV} must be a whole number of examples, not {text!r}")
    return int(text)


EXAMPLES = _budget()
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)

INPUTS: Counter[str] = Counter()  # parser -> inputs fed to it in this session


def fed(parser: str, count: int = 1) -> None:
    INPUTS[parser] += count


def report(request: pytest.FixtureRequest, prefix: str) -> None:
    """Print the inputs per parser whose name starts with `prefix` (capture or not)."""
    counts = ", ".join(
        f"{name}: {n}" for name, n in sorted(INPUTS.items()) if name.startswith(prefix)
    )
    plugins = request.config.pluginmanager
    reporter = plugins.get_plugin("terminalreporter")
    capture = plugins.get_plugin("capturemanager")
    if reporter is None or capture is None or not counts:
        return
    with capture.global_and_fixture_disabled():  # teardown output is captured otherwise
        reporter.write_line(f"\nfuzz inputs per parser ({ENV}={EXAMPLES}): {counts}")


# -- mutations of valid examples ----------------------------------------------------------------

MARKUP = [
    b"<!-- x -->",
    b"<?pi x?>",
    b"<b/>",
    b"<![CDATA[7]]>",
    b"&#48;",
    b"&x;",
    b"&amp;",
    b'<!DOCTYPE r [<!ATTLIST r a CDATA "x">]>',
    b'<!DOCTYPE r SYSTEM "http://127.0.0.1:1/x.dtd">',
    b'<!DOCTYPE r [<!ENTITY x "boom">]>',
]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "latin-1", "cp037"]
_DIGITS = re.compile(rb"[0-9]+")
_LEAF = re.compile(rb"<([A-Za-z][\w.:-]*)(?: [^<>]*)?>([^<]*)</\1>")

# Numbers that are no numbers: huge, non-ASCII digits (Nd: Arabic-Indic, fullwidth, ...),
# signs, exponents, separators.
huge_numbers = st.one_of(
    st.sampled_from([19, 20, 400, 4300, 4301, 5000]),  # 4300: int()'s own digit limit
    st.integers(min_value=19, max_value=6000),
).map(lambda n: "9" * n)
weird_numbers = st.one_of(
    huge_numbers,
    st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=30),
    st.sampled_from(["-1", "+1", "-0", "1e3", "1_000", "0x10", "1.5", "١", "³", " 1 2 ", ""]),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


def _at(draw: st.DrawFn, data: bytes) -> int:
    return draw(st.integers(min_value=0, max_value=len(data)))


def _flip(draw: st.DrawFn, data: bytes) -> bytes:
    if not data:
        return data
    i = draw(st.integers(min_value=0, max_value=len(data) - 1))
    return data[:i] + bytes([data[i] ^ draw(st.integers(1, 255))]) + data[i + 1 :]


def _truncate(draw: st.DrawFn, data: bytes) -> bytes:
    return data[: _at(draw, data)]


def _insert_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    i = _at(draw, data)
    return data[:i] + draw(st.binary(min_size=1, max_size=16)) + data[i:]


def _delete(draw: st.DrawFn, data: bytes) -> bytes:
    i = _at(draw, data)
    return data[:i] + data[i + draw(st.integers(1, 32)) :]


def _insert_markup(draw: st.DrawFn, data: bytes) -> bytes:
    # Mostly right after a '>', where element text starts; sometimes anywhere.
    ends = [m.end() for m in re.finditer(rb">", data)] or [0]
    i = draw(st.sampled_from(ends)) if draw(st.booleans()) else _at(draw, data)
    return data[:i] + draw(st.sampled_from(MARKUP)) + data[i:]


def _replace_number(draw: st.DrawFn, data: bytes) -> bytes:
    runs = list(_DIGITS.finditer(data))
    if not runs:
        return data
    run = draw(st.sampled_from(runs))
    return data[: run.start()] + draw(weird_numbers).encode() + data[run.end() :]


def _markup_in_leaf(draw: st.DrawFn, data: bytes) -> bytes:
    """A comment, PI, element or DOCTYPE somewhere inside one field's text."""
    leaves = list(_LEAF.finditer(data))
    if not leaves:
        return _insert_markup(draw, data)
    leaf = draw(st.sampled_from(leaves))
    i = draw(st.integers(min_value=leaf.start(2), max_value=leaf.end(2)))
    return data[:i] + draw(st.sampled_from(MARKUP)) + data[i:]


def _replace_leaf_text(draw: st.DrawFn, data: bytes) -> bytes:
    """One field's text replaced by a number that is none, or by any text at all."""
    leaves = list(_LEAF.finditer(data))
    if not leaves:
        return data
    leaf = draw(st.sampled_from(leaves))
    text = draw(st.one_of(weird_numbers, st.text(max_size=40)))
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").encode("utf-8", "replace")
    return data[: leaf.start(2)] + escaped + data[leaf.end(2) :]


def _duplicate_leaf(draw: st.DrawFn, data: bytes) -> bytes:
    leaves = list(_LEAF.finditer(data))
    if not leaves:
        return data
    leaf = draw(st.sampled_from(leaves))
    return data[: leaf.end()] + leaf.group(0) + data[leaf.end() :]


def _reencode(draw: st.DrawFn, data: bytes) -> bytes:
    text = data.decode("utf-8", "replace")
    encoding = draw(st.sampled_from(ENCODINGS))
    if draw(st.booleans()):  # declare it too, as an honest sender would
        text = re.sub(r'encoding="[^"]*"', f'encoding="{encoding}"', text, count=1)
    return text.encode(encoding, "replace")


Mutation = Callable[[st.DrawFn, bytes], bytes]
# Byte mutations mostly break the XML; field mutations keep it well-formed and reach the
# fields, where the faults of issue 7 were.
BYTE_MUTATIONS: list[Mutation] = [_flip, _truncate, _insert_bytes, _delete, _reencode]
FIELD_MUTATIONS: list[Mutation] = [
    _insert_markup,
    _markup_in_leaf,
    _replace_number,
    _replace_leaf_text,
    _duplicate_leaf,
]


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes], mutations: list[Mutation]) -> bytes:
    """A valid example with one to three of the mutations."""
    data = draw(st.sampled_from(seeds))
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        data = draw(st.sampled_from(mutations))(draw, data)
    return data


def inputs(seeds: list[bytes]) -> st.SearchStrategy[bytes]:
    """Random bytes, valid examples, and mutations of them (mostly of their fields)."""
    return st.one_of(
        st.binary(max_size=512),
        st.sampled_from(seeds),
        mutated(seeds, BYTE_MUTATIONS),
        mutated(seeds, FIELD_MUTATIONS),
        mutated(seeds, FIELD_MUTATIONS),
        mutated(seeds, BYTE_MUTATIONS + FIELD_MUTATIONS),
    )


def chunks(data: bytes, cuts: list[int]) -> list[bytes]:
    """`data` cut at the given points (taken modulo its length)."""
    points = sorted({c % (len(data) + 1) for c in cuts} | {0, len(data)})
    return [data[a:b] for a, b in itertools.pairwise(points)]


def is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
