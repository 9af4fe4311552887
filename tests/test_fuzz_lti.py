"""Fuzz tests of the LTI parsers: framing (3.1), the codec (4, 6, 8), the till's connection.

The only outcomes allowed (issue 7): a result, or the parser's own error class (LtiFramingError
for the framing, LtiMessageError for the codec, LtiProtocolError subclasses for the
connection). Inputs: random bytes, the document's 65 listings, and mutations of them (byte
flips, cuts, inserted comments/PIs/DOCTYPEs, huge and non-ASCII numbers, other encodings),
fed whole, in random pieces and one byte at a time. Budget: tests/fuzz_support.py.
"""

from __future__ import annotations

import dataclasses
from xml.sax.saxutils import escape

import pytest
from fuzz_support import FUZZ, chunks, fed, huge_numbers, inputs, is_utf8, report
from hypothesis import given
from hypothesis import strategies as st
from lti_examples import LISTINGS

from till.protocols.lti import (
    MAX_FRAME,
    NEED_DATA,
    DeviceMessage,
    FinancialTrxRequest,
    FinancialTrxResponse,
    FrameDecoder,
    LtiConnection,
    LtiDeviceConnection,
    LtiFramingError,
    LtiMessageError,
    LtiProtocolError,
    MalformedNotification,
    TrxData,
    UnknownMessage,
    decode_message,
    encode_frame,
)
from till.protocols.lti.codec import MAX_DIGITS
from till.protocols.lti.messages import LtiMessage

PAYLOADS = [payload for _section, _caption, payload in LISTINGS.values()]
# What a terminal sends (responses, device messages, errorNotification): the till's side.
FROM_TERMINAL = [p for p in PAYLOADS if not getattr(decode_message(p), "from_till", True)]
FROM_TILL = [p for p in PAYLOADS if getattr(decode_message(p), "from_till", False)]
PAYMENT = FinancialTrxRequest(trx_data=TrxData(amount=9_900, currency="752"))


@pytest.fixture(scope="module", autouse=True)
def _inputs_per_parser(request: pytest.FixtureRequest):
    yield
    report(request, "lti")


def _numbers_in(value: object) -> list[int]:
    """Every int inside a decoded message, nested ones included."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int):
        return [value]
    if isinstance(value, tuple):
        return [n for item in value for n in _numbers_in(item)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [n for f in dataclasses.fields(value) for n in _numbers_in(getattr(value, f.name))]
    return []


def decode_or_own_error(payload: bytes) -> LtiMessage | UnknownMessage | LtiMessageError:
    fed("lti codec")
    try:
        message = decode_message(payload)
    except LtiMessageError as error:
        return error
    assert isinstance(message, LtiMessage | UnknownMessage)
    # What a message can never hold, whatever the input was.
    assert is_utf8(payload), "only UTF-8 is read"
    assert b"<!DOCTYPE" not in payload, "no DTD is read"
    if isinstance(message, LtiMessage):
        assert all(0 <= n < 10**MAX_DIGITS for n in _numbers_in(message))
    return message


@FUZZ
@given(payload=inputs(PAYLOADS))
def test_codec_gives_a_message_or_its_own_error(payload: bytes) -> None:
    decode_or_own_error(payload)


@FUZZ
@given(payload=inputs(PAYLOADS), encoding=st.sampled_from(["utf-16", "utf-32", "utf-16-be"]))
def test_codec_reads_no_other_encoding(payload: bytes, encoding: str) -> None:
    """4.1.1: UTF-8 only; a document in UTF-16 or UTF-32 (BOM or not) is refused."""
    text = payload.decode("utf-8", "replace")
    outcome = decode_or_own_error(text.encode(encoding))
    assert isinstance(outcome, LtiMessageError)


XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r 0123456789")
)
NUMBER_TEXT = st.one_of(
    st.integers(min_value=0, max_value=10**25).map(str),
    huge_numbers,
    st.from_regex(r"[ \t\n]{0,3}[+-]?[0-9]{1,25}[ \t\n]{0,3}", fullmatch=True),
    st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=25),
    XML_TEXT,
)


def _expected_number(text: str) -> int | None:
    """The number `text` must read as, or None if it must be refused: ASCII digits only, at
    most MAX_DIGITS, XML white space around them allowed (an independent spelling of 6.1)."""
    core = text.replace("\r", " ").strip(" \t\n")
    if core and len(core) <= MAX_DIGITS and all("0" <= c <= "9" for c in core):
        return int(core)
    return None


@FUZZ
@given(
    text=NUMBER_TEXT,
    field=st.sampled_from(["amountAuth", "amountTip", "ep2TrxSeqCnt", "trxResult"]),
)
def test_numbers_are_ascii_digits_or_an_error(text: str, field: str) -> None:
    """6.1: a number field reads as its ASCII digits or is LtiMessageError, nothing between."""
    result = "" if field == "trxResult" else "<trxResult>1</trxResult>"
    payload = (
        '<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos">'
        f"{result}<{field}>{escape(text)}</{field}></p:financialTrxResponse>"
    ).encode()
    outcome = decode_or_own_error(payload)
    expected = _expected_number(text)
    if field == "trxResult" and expected not in (0, 1):
        expected = None  # 6.1: 0 or 1, nothing else
    if expected is None:
        assert isinstance(outcome, LtiMessageError)
    else:
        assert isinstance(outcome, FinancialTrxResponse)
        attribute = {"ep2TrxSeqCnt": "ep2_trx_seq_cnt", "trxResult": "trx_result"}.get(
            field, "amount_auth" if field == "amountAuth" else "amount_tip"
        )
        assert getattr(outcome, attribute) == expected


@FUZZ
@given(
    number=st.integers(min_value=0, max_value=10**MAX_DIGITS - 1),
    markup=st.sampled_from([b"<!-- c -->", b"<?pi?>", b"<x/>", b"<x>1</x>"]),
    cut=st.integers(min_value=0, max_value=MAX_DIGITS),
    element=st.sampled_from(
        [b"amountAuth", b"ep2TrxSeqCnt", b"cardNumber", b"merchantReference", b"trxSyncNumber"]
    ),
)
def test_markup_inside_a_field_is_an_error(
    number: int, markup: bytes, cut: int, element: bytes
) -> None:
    """Issue 7: `0<?pi?>130` read as 0. Markup anywhere inside a field's text is refused."""
    digits = str(number).encode()
    cut = min(cut, len(digits))
    payload = (
        b'<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos"><trxResult>0</trxResult>'
        b"<" + element + b">" + digits[:cut] + markup + digits[cut:] + b"</" + element + b">"
        b"</p:financialTrxResponse>"
    )
    assert isinstance(decode_or_own_error(payload), LtiMessageError)


@FUZZ
@given(payload=inputs(PAYLOADS), at=st.integers(min_value=0))
def test_a_doctype_anywhere_is_refused(payload: bytes, at: int) -> None:
    """Issue 7: no DTD is ever read, whatever else the frame holds."""
    at %= len(payload) + 1
    doctype = b'<!DOCTYPE r [<!ATTLIST r displayType CDATA "ATTENDANT">]>'
    outcome = decode_or_own_error(payload[:at] + doctype + payload[at:])
    assert isinstance(outcome, LtiMessageError)


@FUZZ
@given(
    payloads=st.lists(inputs(PAYLOADS).filter(bool), max_size=6),
    noise=st.binary(max_size=64),
    cuts=st.lists(st.integers(min_value=0), max_size=30),
)
def test_framing_gives_frames_or_its_own_error(payloads, noise, cuts) -> None:
    """3.1: frames in any split; a bad length is LtiFramingError, and stays so."""
    wire = b"".join(encode_frame(p) for p in payloads) + noise
    fed("lti framing")
    decoder = FrameDecoder()
    got: list[bytes] = []
    error = None
    for piece in chunks(wire, cuts):
        try:
            decoder.receive_data(piece)
            while (frame := decoder.next_frame()) is not None:
                got.append(frame)
        except LtiFramingError as caught:
            error = caught
            break
    # An independent reading of 3.1 for the same bytes.
    expected: list[bytes] = []
    at, bad = 0, False
    while len(wire) - at >= 4:
        length = int.from_bytes(wire[at : at + 4], "big")
        if not 0 < length <= MAX_FRAME:
            bad = True
            break
        if at + 4 + length > len(wire):
            break
        expected.append(wire[at + 4 : at + 4 + length])
        at += 4 + length
    assert got == expected
    assert (error is not None) is bad
    if error is not None:
        with pytest.raises(LtiFramingError):
            decoder.next_frame()


def _run_connection(wire: bytes, pieces: list[bytes]) -> list[object]:
    """Events and error classes of the till's side, a new request after each final answer."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    outcomes: list[object] = []
    for piece in pieces:
        conn.receive_data(piece)
        while True:
            try:
                event = conn.next_event()
            except LtiFramingError:
                outcomes.append(LtiFramingError)
                return outcomes
            except LtiProtocolError as error:
                outcomes.append(type(error))
                if conn.outstanding_request is None:
                    conn.send(PAYMENT)
                continue
            if event is NEED_DATA:
                break
            assert isinstance(event, LtiMessage | UnknownMessage | MalformedNotification)
            if isinstance(event, MalformedNotification):
                assert issubclass(event.message_class, DeviceMessage)
                assert isinstance(event.error, LtiMessageError)
                outcomes.append((event.name, event.error.detail))  # errors compare by identity
            else:
                outcomes.append(event)
            if conn.outstanding_request is None:
                conn.send(PAYMENT)
    return outcomes


@FUZZ
@given(
    payloads=st.lists(inputs(FROM_TERMINAL).filter(bool), min_size=1, max_size=5),
    cuts=st.lists(st.integers(min_value=0), max_size=20),
)
def test_connection_one_byte_at_a_time_as_in_any_pieces(payloads, cuts) -> None:
    """The till's side gives events or LtiProtocolError subclasses, the same ones whether the
    frames come whole, in random pieces, or one byte per read."""
    wire = b"".join(encode_frame(p) for p in payloads)
    fed("lti connection", 3)
    whole = _run_connection(wire, [wire])
    assert _run_connection(wire, chunks(wire, cuts)) == whole
    assert _run_connection(wire, [wire[i : i + 1] for i in range(len(wire))]) == whole


@FUZZ
@given(payloads=st.lists(inputs(FROM_TILL).filter(bool), min_size=1, max_size=5))
def test_device_side_reads_requests_or_its_own_error(payloads) -> None:
    """The simulator's side decodes the till's requests (PoS messages) the same strict way."""
    device = LtiDeviceConnection()
    device.receive_data(b"".join(encode_frame(p) for p in payloads))
    fed("lti device connection")
    for _ in payloads:
        try:
            event = device.next_event()
        except LtiFramingError:
            break
        except LtiMessageError:
            continue
        assert isinstance(event, LtiMessage | UnknownMessage)
