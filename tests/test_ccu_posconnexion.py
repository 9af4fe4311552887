"""The PosConneXion envelope (CCU document section 10) against the document's own examples.

Base64 is computed here with binascii, not by the codec; the expected request bytes are the
10.1 example itself with only its indentation removed and its placeholder filled in.
"""

from __future__ import annotations

import binascii
import re
from datetime import datetime
from pathlib import Path

import pytest
from ccu_examples import CODE_11_2, CTUID, DATA_11_1, EXAMPLE_11_1, EXAMPLE_11_2, EXAMPLE_11_3
from posconnexion_examples import (
    APPLICATION_ID,
    EXAMPLE_10_1,
    EXAMPLE_10_2,
    EXAMPLE_10_2_WITHOUT_BRACKET,
    ORG_NR,
    PLACEHOLDER,
    REGISTER_ID,
    REQUEST_ID,
    TRANSACTION_ID,
)

from till.protocols.ccu import posconnexion
from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    PosConneXionBadData,
    PosConneXionRefused,
    PosConneXionServiceRefused,
)
from till.protocols.ccu.posconnexion import (
    PosConneXionRequestError,
    read_request,
    unwrap_response,
    wrap_ctu_request,
    wrap_ctu_response,
)
from till.protocols.ccu.request import build_ctu_request
from till.protocols.ccu.response import control_code_from_answer, parse_ctu_response

SPEC = Path("/work/shared/specs/infrasec-ccu-api.md")
DATE_TIME_10_1 = datetime(2017, 1, 31, 14, 26, 20)  # "20170131142620"


def b64(data: bytes) -> bytes:
    return binascii.b2a_base64(data, newline=False)


def answer_10_2(ctu: bytes, **swap: bytes) -> bytes:
    """10.2 without its "[" line, ServiceData = base64 of `ctu`, then any field swapped."""
    body = EXAMPLE_10_2_WITHOUT_BRACKET.replace(PLACEHOLDER.encode(), b64(ctu))
    for old, new in swap.items():
        assert old.encode() in body
        body = body.replace(old.encode(), new)
    return body


@pytest.mark.skipif(not SPEC.is_file(), reason="the CCU document is not on this machine")
def test_the_examples_are_the_documents_verbatim() -> None:
    spec = SPEC.read_bytes()
    assert ("### 10.1" in spec.decode()) and EXAMPLE_10_1.encode() in spec
    assert b"```\n" + EXAMPLE_10_2 + b"```" in spec


def test_the_request_is_the_10_1_example() -> None:
    ctu = EXAMPLE_11_1.encode()
    body = wrap_ctu_request(
        ctu,
        application_id=APPLICATION_ID,
        request_id=REQUEST_ID,
        org_nr=ORG_NR,
        register_id=REGISTER_ID,
        date_time=DATE_TIME_10_1,
    )
    expected = re.sub(r">\s+<", "><", EXAMPLE_10_1.strip()).replace(PLACEHOLDER, b64(ctu).decode())
    assert body == expected.encode()


def test_the_request_carries_build_ctu_requests_bytes() -> None:
    ctu = build_ctu_request(DATA_11_1, application_id="RegApp123", request_id="RegApp123_1001")
    body = wrap_ctu_request(
        ctu,
        application_id="RegApp123",
        request_id="RegApp123_1001",
        org_nr=DATA_11_1.org_nr,
        register_id=DATA_11_1.register_id,
        date_time=DATA_11_1.date_time,
    )
    assert b"<ServiceData>" + b64(ctu) + b"</ServiceData>" in body
    assert b"<DateTime>20101224194500</DateTime>" in body
    request = read_request(body)
    assert request.ctu_request == ctu
    assert (request.org_nr, request.register_id) == ("1111111111", "RA01AB0101330001")


def test_escaped_header_texts_round_trip() -> None:
    body = wrap_ctu_request(
        b"<CtuRequest/>",
        application_id="A & B <POS>",
        request_id="r1",
        org_nr=ORG_NR,
        register_id=REGISTER_ID,
        date_time=DATE_TIME_10_1,
    )
    assert read_request(body).application_id == "A & B <POS>"


def test_the_10_2_example_as_printed_is_refused_for_its_stray_bracket() -> None:
    # The till reads a posConneXionResponse only when it is a whole XML document; the "["
    # printed before the root in 10.2 is the document's slip, and guessing past junk before
    # the root could also take a broken answer for a good one.
    with pytest.raises(PosConneXionBadData) as caught:
        unwrap_response(
            EXAMPLE_10_2.replace(PLACEHOLDER.encode(), b64(EXAMPLE_11_2)), request_id=REQUEST_ID
        )
    assert caught.value.answer_lost and not caught.value.is_offline


def test_the_10_2_example_with_its_placeholder_is_not_base64() -> None:
    # "BASE64XXX" is 9 characters: no base64 text has a length that is not a multiple of 4.
    with pytest.raises(PosConneXionBadData) as caught:
        unwrap_response(EXAMPLE_10_2_WITHOUT_BRACKET, request_id=REQUEST_ID)
    assert "base64" in caught.value.detail


def test_the_10_2_example_unwraps_to_the_11_2_answer() -> None:
    inner = unwrap_response(answer_10_2(EXAMPLE_11_2), request_id=REQUEST_ID)
    assert inner == EXAMPLE_11_2
    code = control_code_from_answer(200, "OK", inner, request_id="RegApp123_1001")
    assert (code.ctuid, code.code) == (CTUID, CODE_11_2)


def test_the_10_2_fields_are_read() -> None:
    answer = posconnexion.parse_response(answer_10_2(EXAMPLE_11_2))
    assert answer.transaction_id == TRANSACTION_ID
    assert (answer.application_id, answer.request_id) == (APPLICATION_ID, REQUEST_ID)
    assert (answer.org_nr, answer.register_id) == (ORG_NR, REGISTER_ID)
    assert (answer.response_code, answer.response_message, answer.response_reason) == (
        0,
        "Success",
        "",
    )
    assert (answer.service_id, answer.service_code, answer.service_message) == ("CCU", 0, "Success")


def test_a_refusal_inside_the_envelope_reaches_response_py() -> None:
    inner = unwrap_response(answer_10_2(EXAMPLE_11_3), request_id=REQUEST_ID)
    assert parse_ctu_response(inner).response_code == 130
    with pytest.raises(ControlUnitRefusedReceipt):
        control_code_from_answer(200, "OK", inner, request_id="RegApp123_1001")


def test_base64_over_several_lines_is_read() -> None:
    wrapped = binascii.b2a_base64(EXAMPLE_11_2)  # one line; split it every 76 characters
    lines = b"\n".join(wrapped[i : i + 76] for i in range(0, len(wrapped), 76))
    body = EXAMPLE_10_2_WITHOUT_BRACKET.replace(PLACEHOLDER.encode(), lines)
    assert unwrap_response(body, request_id=REQUEST_ID) == EXAMPLE_11_2


def test_round_trip_through_both_sides() -> None:
    ctu = build_ctu_request(DATA_11_1, application_id="RegApp123", request_id="R-7")
    request = read_request(
        wrap_ctu_request(
            ctu,
            application_id="RegApp123",
            request_id="R-7",
            org_nr=DATA_11_1.org_nr,
            register_id=DATA_11_1.register_id,
            date_time=DATA_11_1.date_time,
        )
    )
    answer = wrap_ctu_response(
        EXAMPLE_11_2,
        transaction_id="1",
        application_id=request.application_id,
        request_id=request.request_id,
        org_nr=request.org_nr,
        register_id=request.register_id,
    )
    assert request.ctu_request == ctu
    assert unwrap_response(answer, request_id="R-7") == EXAMPLE_11_2


def test_the_header_refusal_is_the_units_no() -> None:
    body = answer_10_2(
        EXAMPLE_11_2,
        **{
            "<ResponseCode>0</ResponseCode>\n  <ResponseMessage>Success</ResponseMessage>\n  "
            "<ResponseReason></ResponseReason>\n  <posConnexion": (
                b"<ResponseCode>412</ResponseCode><ResponseMessage>Not authorized"
                b"</ResponseMessage><ResponseReason>certificate</ResponseReason>"
                b"<ResponseAlert>call Infrasec</ResponseAlert><posConnexion"
            )
        },
    )
    with pytest.raises(PosConneXionRefused) as caught:
        unwrap_response(body, request_id=REQUEST_ID)
    error = caught.value
    assert (error.response_code, error.response_reason, error.response_alert) == (
        412,
        "certificate",
        "call Infrasec",
    )
    assert "412" in str(error) and "Not authorized" in str(error) and "call Infrasec" in str(error)
    assert not error.answer_lost and not error.is_offline
    assert error.code == "ccu_pcx_refused"


def test_a_header_refusal_that_names_no_request_is_still_a_refusal() -> None:
    body = answer_10_2(
        EXAMPLE_11_2,
        **{
            f"<RequestID>{REQUEST_ID}</RequestID>": b"",
            "<ResponseCode>0</ResponseCode>\n  <ResponseMessage>": b"<ResponseCode>7</ResponseCode>"
            b"<ResponseMessage>",
        },
    )
    with pytest.raises(PosConneXionRefused):
        unwrap_response(body, request_id=REQUEST_ID)


def test_the_service_refusal() -> None:
    body = answer_10_2(
        EXAMPLE_11_2,
        **{
            "<ServiceID>CCU</ServiceID>\n      <ResponseCode>0</ResponseCode>": (
                b"<ServiceID>CCU</ServiceID><ResponseCode>921</ResponseCode>"
            )
        },
    )
    with pytest.raises(PosConneXionServiceRefused) as caught:
        unwrap_response(body, request_id=REQUEST_ID)
    assert caught.value.response_code == 921
    assert not caught.value.answer_lost and not caught.value.is_offline


def test_another_request_id_is_a_mismatch() -> None:
    body = answer_10_2(EXAMPLE_11_2)
    with pytest.raises(ControlUnitMismatch) as caught:
        unwrap_response(body, request_id="806e589fc9506475")
    assert caught.value.answer_lost


@pytest.mark.parametrize(
    ("old", "new", "why"),
    [
        (f"<TransactionID>{TRANSACTION_ID}</TransactionID>", b"", "TransactionID"),
        ("<ResponseCode>0</ResponseCode>\n  <ResponseMessage>", b"<ResponseMessage>", "header"),
        (
            "<ResponseCode>0</ResponseCode>\n  <ResponseMessage>",
            b"<ResponseCode>+0</ResponseCode><ResponseMessage>",
            "not a number",
        ),
        (
            "<ResponseCode>0</ResponseCode>\n  <ResponseMessage>",
            b"<ResponseCode>0</ResponseCode><ResponseCode>0</ResponseCode><ResponseMessage>",
            "2 ResponseCode",
        ),
        ("<ServiceID>CCU</ServiceID>", b"<ServiceID>XYZ</ServiceID>", "no CCU service"),
        ("<posConneXionResponse>", b"<posConneXionAnswer>", "posConneXionResponse"),
        (
            "<ResponseCode>0</ResponseCode>\n  <ResponseMessage>",
            b"<ResponseCode>0<!--x--></ResponseCode><ResponseMessage>",
            "markup",
        ),
    ],
)
def test_an_unreadable_answer_is_bad_data(old: str, new: bytes, why: str) -> None:
    body = answer_10_2(EXAMPLE_11_2, **{old: new})
    with pytest.raises(PosConneXionBadData) as caught:
        unwrap_response(body, request_id=REQUEST_ID)
    assert why in caught.value.detail
    assert caught.value.answer_lost and isinstance(caught.value, CcuProtocolError)


def test_two_ccu_services_are_bad_data() -> None:
    service = re.search(
        rb"<posConnexionService>.*</posConnexionService>", answer_10_2(EXAMPLE_11_2), re.S
    )
    assert service is not None
    body = answer_10_2(EXAMPLE_11_2).replace(service.group(0), service.group(0) * 2)
    with pytest.raises(PosConneXionBadData) as caught:
        unwrap_response(body, request_id=REQUEST_ID)
    assert "2 CCU services" in caught.value.detail


@pytest.mark.parametrize(
    "service_data",
    [
        b"",
        b"!!!!",
        b"QUJD=",
        b"QU=JD",
        binascii.b2a_base64(b"not xml at all", newline=False),
        binascii.b2a_base64("<CtuResponse/>".encode("utf-16"), newline=False),
    ],
)
def test_bad_service_data(service_data: bytes) -> None:
    body = EXAMPLE_10_2_WITHOUT_BRACKET.replace(PLACEHOLDER.encode(), service_data)
    with pytest.raises(PosConneXionBadData):
        unwrap_response(body, request_id=REQUEST_ID)


def test_a_doctype_is_refused() -> None:
    body = b'<!DOCTYPE posConneXionResponse [<!ENTITY x "0">]>' + answer_10_2(EXAMPLE_11_2)
    with pytest.raises(PosConneXionBadData) as caught:
        unwrap_response(body, request_id=REQUEST_ID)
    assert "DOCTYPE" in caught.value.detail


def test_each_error_has_its_own_code() -> None:
    classes = [PosConneXionRefused, PosConneXionServiceRefused, PosConneXionBadData]
    codes = {cls.code for cls in classes}
    assert len(codes) == 3 and not codes & {ControlUnitError.code, CcuProtocolError.code}


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("<ServiceEncoding>base64</ServiceEncoding>", "<ServiceEncoding>hex</ServiceEncoding>"),
        ("<ServiceID>CCU</ServiceID>", "<ServiceID>OTHER</ServiceID>"),
        ("<DateTime>20170131142620</DateTime>", "<DateTime>201701311426</DateTime>"),
        ("posConneXionRequest>", "CtuRequest>"),
        ("<ServiceData>", "<ServiceData>*"),
    ],
)
def test_the_unit_side_refuses_a_bad_request(old: str, new: str) -> None:
    good = EXAMPLE_10_1.replace(PLACEHOLDER, b64(EXAMPLE_11_1.encode()).decode())
    assert read_request(good.encode()).request_id == REQUEST_ID
    with pytest.raises(PosConneXionRequestError):
        read_request(good.replace(old, new).encode())
