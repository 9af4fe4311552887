"""Fuzz tests of the Point parsers: framing, the codec (answers, unsolicited messages,
requests), and the till's connections.

The only outcomes allowed: a result, or the parser's own error (PointFramingError for the
framing, PointMessageError for the codec, PointProtocolError subclasses for a connection).
Inputs: random bytes, the spec document's and Verifone's public examples, and mutations of them
(cuts, flips, comments/PIs/DOCTYPEs, huge and non-ASCII numbers, other encodings), fed whole, in
random pieces and one byte at a time. Budget: tests/fuzz_support.py.
"""

from __future__ import annotations

import dataclasses
from xml.sax.saxutils import escape

import pytest
from fuzz_support import FUZZ, chunks, fed, inputs, is_utf8, report
from hypothesis import given
from hypothesis import strategies as st
from point_examples import REQUESTS, RESPONSES

from till.protocols.point import (
    MAX_COUNTER,
    NEED_DATA,
    Capture,
    Confirmation,
    DocumentSplitter,
    LastTran,
    NotificationListener,
    PaymentResponse,
    PointConnection,
    PointFramingError,
    PointMessageError,
    PointProtocolError,
    RegisterResponse,
    Response,
    SecondaryResponse,
    authenticate,
    decode_request,
    decode_response,
    encode_request,
)
from till.protocols.point.codec import MAX_AMOUNT

AUTH = authenticate(b"k" * 16, "REG1", 7)
ENCODED = [
    encode_request(Capture(amount=12_950), AUTH),
    encode_request(Confirmation("DENIED", "RetailPOS1"), AUTH),
    encode_request(LastTran(), AUTH),
]
SEEDS = RESPONSES + REQUESTS + ENCODED
ANSWERS = [Response, PaymentResponse, SecondaryResponse, RegisterResponse]


@pytest.fixture(scope="module", autouse=True)
def _inputs_per_parser(request: pytest.FixtureRequest):
    yield
    report(request, "point")


def _check_numbers(message: object) -> None:
    for f in dataclasses.fields(message):  # type: ignore[arg-type]
        value = getattr(message, f.name)
        if isinstance(value, int) and not isinstance(value, bool):
            if f.name in ("trans_amount", "approved_amount", "amount"):
                assert 0 <= value <= 99_999_999_999
            elif f.name == "counter":
                assert 0 <= value <= MAX_COUNTER
            else:
                assert -(10**10) < value < 10**10


@FUZZ
@given(payload=inputs(SEEDS), expected=st.sampled_from(ANSWERS))
def test_decode_response_gives_an_answer_or_its_own_error(payload: bytes, expected) -> None:
    fed("point codec")
    try:
        message = decode_response(payload, expected)
    except PointMessageError:
        return
    assert isinstance(message, expected)
    assert is_utf8(payload) and b"<!DOCTYPE" not in payload
    assert message.result_code is not None
    _check_numbers(message)


@FUZZ
@given(payload=inputs(SEEDS))
def test_decode_request_gives_a_request_or_its_own_error(payload: bytes) -> None:
    fed("point codec")
    try:
        request, auth, extra = decode_request(payload)
    except PointMessageError:
        return
    _check_numbers(request)
    assert auth is None or 1 <= auth.counter <= MAX_COUNTER
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in extra.items())


XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r .0123456789"),
    max_size=14,
)
NUMBER_TEXT = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.from_regex(r"[ \t\n\r]{0,2}[+-]?[0-9]{0,12}(\.[0-9]{0,3})?[ \t\n\r]{0,2}", fullmatch=True),
    st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=12),
    XML_TEXT,
)


def _expected_amount(text: str) -> int | None:
    """An independent spelling of "1(2) 6(2)": digits, optionally '.' and one or two more."""
    core = text.replace("\r", " ").strip(" \t\n")
    whole, dot, cents = core.partition(".")
    ascii_digits = set("0123456789")
    if not whole or len(whole) > 9 or not set(whole) <= ascii_digits:
        return None
    if dot and (not cents or len(cents) > 2 or not set(cents) <= ascii_digits):
        return None
    return int(whole) * 100 + (int(cents.ljust(2, "0")) if cents else 0)


@FUZZ
@given(text=NUMBER_TEXT)
def test_amounts_read_exactly_or_are_refused(text: str) -> None:
    """TRANS_AMOUNT reads as exactly its öre, is empty (None), or is PointMessageError."""
    fed("point codec")
    payload = (
        "<RESPONSE><RESULT_CODE>-1</RESULT_CODE>"
        f"<TRANS_AMOUNT>{escape(text)}</TRANS_AMOUNT></RESPONSE>"
    ).encode()
    blank = text.replace("\r", " ").strip(" \t\n") == ""
    expected = None if blank else _expected_amount(text)
    try:
        answer = decode_response(payload, PaymentResponse)
    except PointMessageError:
        assert expected is None and not blank
        return
    assert isinstance(answer, PaymentResponse)
    assert answer.trans_amount == expected
    assert blank or expected is not None


@FUZZ
@given(ore=st.integers(min_value=1, max_value=MAX_AMOUNT))
def test_amounts_round_trip(ore: int) -> None:
    data = encode_request(Capture(amount=ore), AUTH)
    assert decode_request(data)[0] == Capture(amount=ore)


def _split(stream: bytes, cuts: list[int], one_byte: bool) -> list[bytes] | PointFramingError:
    fed("point framing")
    splitter = DocumentSplitter()
    got: list[bytes] = []
    pieces = [bytes([c]) for c in stream] if one_byte else chunks(stream, cuts)
    try:
        for piece in pieces:
            splitter.receive_data(piece)
            while (doc := splitter.next_document()) is not None:
                got.append(doc)
    except PointFramingError as error:
        return error
    return got


@FUZZ
@given(
    docs=st.lists(st.sampled_from(SEEDS), max_size=4),
    gaps=st.lists(st.sampled_from([b"", b" ", b"\n", b"\r\n\t "]), min_size=5, max_size=5),
    cuts=st.lists(st.integers(min_value=0), max_size=20),
)
def test_framing_gives_back_exactly_the_documents_sent(docs, gaps, cuts) -> None:
    stream = b"".join(gap + doc for gap, doc in zip(gaps, docs, strict=False)) + gaps[-1]
    assert _split(stream, cuts, one_byte=False) == docs


@FUZZ
@given(
    payloads=st.lists(inputs(SEEDS), max_size=4),
    cuts=st.lists(st.integers(min_value=0), max_size=20),
)
def test_framing_gives_documents_or_its_own_error(payloads, cuts) -> None:
    stream = b"\n".join(payloads)
    whole = _split(stream, [], one_byte=False)
    pieces = _split(stream, cuts, one_byte=False)
    # Where the stream is cut never changes what comes out.
    if isinstance(whole, PointFramingError):
        assert isinstance(pieces, PointFramingError)
    else:
        assert pieces == whole
        at = 0
        for doc in whole:  # each document is a piece of the stream, in order
            found = stream.find(doc, at)
            assert found >= 0
            at = found + len(doc)
        assert all(is_utf8(doc) and b"<!DOCTYPE" not in doc for doc in whole)


@FUZZ
@given(payload=inputs(SEEDS))
def test_framing_one_byte_at_a_time_agrees(payload: bytes) -> None:
    whole = _split(payload, [], one_byte=False)
    bytewise = _split(payload, [], one_byte=True)
    if isinstance(whole, PointFramingError):
        assert isinstance(bytewise, PointFramingError)
    else:
        assert bytewise == whole


@FUZZ
@given(
    payloads=st.lists(inputs(SEEDS), max_size=3),
    cuts=st.lists(st.integers(min_value=0), max_size=10),
    port=st.sampled_from(["primary", "secondary"]),
)
def test_connections_give_events_or_their_own_errors(payloads, cuts, port) -> None:
    fed("point connection")
    conn = PointConnection(port)
    request = LastTran() if port == "primary" else Confirmation("CONFIRMED")
    conn.send(request, AUTH)
    listener = NotificationListener()
    for reader in (conn, listener):
        try:
            for piece in chunks(b"\n".join(payloads), cuts):
                reader.receive_data(piece)
                while (event := reader.next_event()) is not NEED_DATA:
                    assert isinstance(event, Response)
        except PointProtocolError:
            pass
