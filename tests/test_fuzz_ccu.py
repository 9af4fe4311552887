"""Fuzz tests of the CCU parsers: the CtuResponse XML (9, 11.2, 11.3) and the iSecureIPC
HTTP answer reader (12).

The only outcomes allowed (issue 7): a result, or the parser's own error (CcuProtocolError
for the body; CcuProtocolError or ControlUnitDropped for the HTTP reader; a ControlUnitError
from control_code_from_answer). Inputs: random bytes, the document's examples and mutations of
them, fed whole, in random pieces and one byte at a time. Budget: tests/fuzz_support.py.
"""

from __future__ import annotations

from xml.etree import ElementTree
from xml.sax.saxutils import escape

import pytest
from ccu_examples import (
    ANSWER_12_BODY,
    ANSWER_12_CRLF,
    ANSWER_12_LF,
    CODE_11_2,
    EXAMPLE_11_2,
    EXAMPLE_11_3,
    EXAMPLE_12_ANSWER,
    EXAMPLE_12_ANSWER_BODY,
)
from fuzz_support import FUZZ, chunks, fed, huge_numbers, inputs, is_utf8, report
from hypothesis import given
from hypothesis import strategies as st

from till.core.receipt import ControlCode
from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitDropped,
    ControlUnitError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    ControlUnitRejected,
)
from till.protocols.ccu.http import HttpAnswer, HttpAnswerReader
from till.protocols.ccu.response import CtuResponse, control_code_from_answer, parse_ctu_response

BODIES = [EXAMPLE_11_2, EXAMPLE_11_3, EXAMPLE_12_ANSWER_BODY, ANSWER_12_BODY]
ANSWERS = [
    ANSWER_12_CRLF,
    ANSWER_12_LF,
    EXAMPLE_12_ANSWER,
    ANSWER_12_LF.replace(b"Content-Length: 363\n", b""),  # read to the close
    b"HTTP/1.1 920 CTU Unavailable\r\nContent-Length: 0\r\nConnection : Close\r\n\r\n",
]


@pytest.fixture(scope="module", autouse=True)
def _inputs_per_parser(request: pytest.FixtureRequest):
    yield
    report(request, "ccu")


def parse_or_own_error(body: bytes) -> CtuResponse | CcuProtocolError:
    fed("ccu CtuResponse")
    try:
        response = parse_ctu_response(body)
    except CcuProtocolError as error:
        return error
    assert isinstance(response, CtuResponse)
    assert is_utf8(body), "only UTF-8 is read"
    assert b"<!DOCTYPE" not in body, "no DTD is read"
    # Read as written, never guessed: expat, another parser, finds the same text.
    code = ElementTree.fromstring(body).findtext("ResponseCode")
    assert code is not None and code.strip(" \t\r\n") == str(response.response_code)
    return response


@FUZZ
@given(body=inputs(BODIES))
def test_ctu_response_is_parsed_or_its_own_error(body: bytes) -> None:
    parse_or_own_error(body)


RESPONSE_CODES = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.from_regex(r"[ \t\n]{0,2}[+-]?[0-9]{1,12}[ \t\n]{0,2}", fullmatch=True),
    st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=12),
    huge_numbers,
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"
        )
    ),
)


@FUZZ
@given(text=RESPONSE_CODES)
def test_response_code_is_read_as_written_or_refused(text: str) -> None:
    """Section 9: a numeric ResponseCode, 0 for success. It is read only when the number
    writes back the same (no "00", "+0", "-0", no non-ASCII digits), and is at most 9 digits."""
    body = EXAMPLE_11_2.replace(b"<ResponseCode>0<", f"<ResponseCode>{escape(text)}<".encode())
    outcome = parse_or_own_error(body)
    core = text.replace("\r", " ").strip(" \t\n")
    digits = core.removeprefix("-")
    plain = digits.isascii() and digits.isdigit() and len(digits) <= 9 and str(int(core)) == core
    if plain:
        assert isinstance(outcome, CtuResponse) and outcome.response_code == int(core)
    else:
        assert isinstance(outcome, CcuProtocolError)


@FUZZ
@given(
    body=inputs(BODIES),
    status=st.sampled_from([200, 200, 200, 412, 920]),
    request_id=st.sampled_from(["RegApp123_1001", "RA_VERIFY_RA01AB0101330001_1234", "x"]),
)
def test_a_control_code_only_from_a_whole_success(body: bytes, status: int, request_id: str):
    """12.1: success is HTTP 200 and ResponseCode 0 with our RequestID, a CTUID and a Code of
    59 characters; anything else is one of the ControlUnitError classes."""
    fed("ccu control code")
    try:
        code = control_code_from_answer(status, "OK", body, request_id=request_id)
    except (CcuProtocolError, ControlUnitRefusedReceipt, ControlUnitMismatch, ControlUnitRejected):
        return
    assert isinstance(code, ControlCode)
    assert status == 200 and len(code.code) == 59 and code.ctuid
    assert parse_ctu_response(body).response_code == 0
    assert code.code.encode() in body and code.code == code.code.strip()
    if body in BODIES:
        assert code.code == CODE_11_2


def _read(wire: bytes, pieces: list[bytes], eof: bool) -> tuple[object, int]:
    """The reader's outcome (an answer, None, or an error class) and the bytes it took."""
    reader = HttpAnswerReader()
    taken = 0
    try:
        for piece in pieces:
            reader.receive_data(piece)
            taken += len(piece)
            answer = reader.answer()
            if answer is not None:
                return answer, taken
        if eof:
            reader.receive_eof()
            return reader.answer(), taken
        return None, taken
    except (CcuProtocolError, ControlUnitDropped) as error:
        return type(error), taken


@FUZZ
@given(
    wire=inputs(ANSWERS),
    cuts=st.lists(st.integers(min_value=0), max_size=20),
    eof=st.booleans(),
)
def test_http_answer_in_any_pieces_or_its_own_error(wire: bytes, cuts: list[int], eof: bool):
    """Section 12: an answer, None (incomplete) or the reader's own error, and the same one
    whether the bytes came in random pieces, one byte per read, or all at once."""
    fed("ccu http answer", 3)
    one_by_one, taken = _read(wire, [wire[i : i + 1] for i in range(len(wire))], eof)
    assert one_by_one is None or isinstance(one_by_one, HttpAnswer | type)
    if isinstance(one_by_one, type):
        assert issubclass(one_by_one, ControlUnitError)
    # Stopped where one-byte reads stopped, the same bytes at once give the same outcome.
    at_once, _ = _read(wire[:taken], [wire[:taken]], eof and taken == len(wire))
    assert at_once == one_by_one
    pieces, taken_in_pieces = _read(wire, chunks(wire, cuts), eof)
    if taken_in_pieces == taken:
        assert pieces == one_by_one
    if isinstance(one_by_one, HttpAnswer):
        assert one_by_one.body in wire and 100 <= one_by_one.status <= 999
