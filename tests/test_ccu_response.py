"""CtuResponse parsing and what an answer means (CCU document 9, 11.2, 11.3, 12, 12.1)."""

from __future__ import annotations

import pytest
from ccu_examples import CODE_11_2, EXAMPLE_11_2, EXAMPLE_11_3, EXAMPLE_12_ANSWER_BODY

from till.core.receipt import ControlCode
from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    ControlUnitRejected,
)
from till.protocols.ccu.response import CtuResponse, control_code_from_answer, parse_ctu_response


def test_parses_11_2() -> None:
    """11.2: success, CTUID of 17 characters and a Code of 59."""
    assert parse_ctu_response(EXAMPLE_11_2) == CtuResponse(
        response_code=0,
        response_message="Success",
        response_reason="",
        application_id="RegApp123",
        request_id="RegApp123_1001",
        ctuid="ISCCUSE0000000000",
        code=CODE_11_2,
    )
    assert len(CODE_11_2) == 59 and len("ISCCUSE0000000000") == 17


def test_parses_11_3_with_its_multi_line_texts_trimmed() -> None:
    """11.3: ResponseCode 130, texts on their own indented lines, no Code."""
    assert parse_ctu_response(EXAMPLE_11_3) == CtuResponse(
        response_code=130,
        response_message="The receipt CTU server is not accepting the receipt",
        response_reason="The referenced organization identity is incorrect",
        application_id="RegApp123",
        request_id="RegApp123_1001",
        ctuid="ISCCUSE0000000000",
        code="",
    )


def test_parses_the_section_12_answer_body() -> None:
    """Section 12: the body of the HTTP example answer."""
    response = parse_ctu_response(EXAMPLE_12_ANSWER_BODY)
    assert response.response_code == 0
    assert response.application_id == "REG APP 1.0.0.0"
    assert response.request_id == "RA_VERIFY_RA01AB0101330001_1234"
    assert response.ctuid == "ISCCUSE0000000000"


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"HTTP/1.1 200 OK",
        EXAMPLE_11_2[:-30],
        EXAMPLE_11_2.replace(b"<ResponseCode>0</ResponseCode>", b""),
        EXAMPLE_11_2.replace(b"<ResponseCode>0<", b"<ResponseCode><"),
        EXAMPLE_11_2.replace(b"<ResponseCode>0<", b"<ResponseCode>zero<"),
        EXAMPLE_11_2.replace(b"CtuResponse>", b"CtuRequest>"),
        b'<!DOCTYPE CtuResponse [<!ENTITY a "0">]><CtuResponse><ResponseCode>&a;</ResponseCode>'
        b"</CtuResponse>",
    ],
    ids=["empty", "not-xml", "cut", "no-code", "empty-code", "word-code", "wrong-root", "doctype"],
)
def test_bad_bodies_are_protocol_errors(body: bytes) -> None:
    """Section 9: ResponseCode is numeric and always there; anything else is not an answer."""
    with pytest.raises(CcuProtocolError) as caught:
        parse_ctu_response(body)
    assert caught.value.code == "ccu_protocol_error"


def test_success_is_http_200_and_response_code_0() -> None:
    """12.1: "the only situation where a CCU response code is successful"."""
    code = control_code_from_answer(200, "OK", EXAMPLE_11_2, request_id="RegApp123_1001")
    assert code == ControlCode(ctuid="ISCCUSE0000000000", code=CODE_11_2)


def test_response_code_130_is_a_refused_receipt() -> None:
    """11.3: on errors the sale must not be completed; the message carries both texts."""
    with pytest.raises(ControlUnitRefusedReceipt) as caught:
        control_code_from_answer(200, "OK", EXAMPLE_11_3, request_id="RegApp123_1001")
    error = caught.value
    assert error.response_code == 130
    assert "The receipt CTU server is not accepting the receipt" in error.message
    assert "The referenced organization identity is incorrect" in error.message
    assert not error.is_offline


@pytest.mark.parametrize("status", [400, 403, 412, 500, 901, 902, 903, 904, 920, 921])
def test_any_status_but_200_is_rejected_whatever_the_body(status: int) -> None:
    """12.1: a non-200 status is an error even with a success body."""
    with pytest.raises(ControlUnitRejected) as caught:
        control_code_from_answer(status, "X", EXAMPLE_11_2, request_id="RegApp123_1001")
    assert caught.value.http_status == status
    assert caught.value.is_offline is (status == 920)


@pytest.mark.parametrize(
    ("body", "request_id"),
    [
        (EXAMPLE_11_2, "RegApp123_1002"),  # an answer to another request
        (EXAMPLE_11_2.replace(b"<CTUID>ISCCUSE0000000000</CTUID>", b""), "RegApp123_1001"),
        (EXAMPLE_11_2.replace(b"EP4</Code>", b"EP</Code>"), "RegApp123_1001"),
        (EXAMPLE_11_2.replace(CODE_11_2.encode(), b""), "RegApp123_1001"),
        # Section 12's placeholder code has 65 characters, so it is no control code.
        (EXAMPLE_12_ANSWER_BODY, "RA_VERIFY_RA01AB0101330001_1234"),
    ],
    ids=["other-request", "no-ctuid", "58-chars", "no-code", "placeholder"],
)
def test_success_that_does_not_fit_is_a_mismatch(body: bytes, request_id: str) -> None:
    """Section 9: RequestID comes back as sent, CTUID and a 59-character Code are there."""
    with pytest.raises(ControlUnitMismatch) as caught:
        control_code_from_answer(200, "OK", body, request_id=request_id)
    assert caught.value.code == "ccu_mismatch"


def test_bad_xml_with_200_is_a_protocol_error() -> None:
    """12.1.1: a 200 answer must hold an XML body with a ResponseCode."""
    with pytest.raises(CcuProtocolError):
        control_code_from_answer(200, "OK", b"<CtuResponse><Resp", request_id="r")


# -- issue 7: a field is its element's whole text, in UTF-8, without a DTD ---------------------


@pytest.mark.parametrize(
    "code",
    [
        b"0<?pi?>130",  # lxml's .text stopped at the PI: it read as 0, success
        b"0<!-- x -->130",
        b"0<b/>130",
        b"<?pi?>0",
        b"00",
        b"-0",
        b"+0",
        "\u0660".encode(),  # ARABIC-INDIC DIGIT ZERO: int() reads it as 0
        "\uff10".encode(),  # FULLWIDTH DIGIT ZERO
        b"1" * 5000,
        b"1" * 10,
    ],
    ids=[
        "pi",
        "comment",
        "element",
        "pi-first",
        "00",
        "-0",
        "+0",
        "arabic-zero",
        "fullwidth-zero",
        "5000-digits",
        "10-digits",
    ],
)
def test_a_response_code_that_is_not_plainly_a_number_is_a_protocol_error(code: bytes) -> None:
    """Section 9: ResponseCode is numeric and 0 is success; only "0" spells success."""
    body = EXAMPLE_11_2.replace(b"<ResponseCode>0<", b"<ResponseCode>" + code + b"<")
    with pytest.raises(CcuProtocolError):
        parse_ctu_response(body)


def test_a_negative_response_code_is_an_error_code() -> None:
    """A C service may well answer -1: not success, so a refused receipt."""
    body = EXAMPLE_11_2.replace(b"<ResponseCode>0<", b"<ResponseCode>-1<")
    assert parse_ctu_response(body).response_code == -1


@pytest.mark.parametrize(
    "body",
    [
        EXAMPLE_11_2.replace(
            b"<ResponseCode>0</ResponseCode>",
            b"<ResponseCode>130</ResponseCode><ResponseCode>0</ResponseCode>",
        ),
        EXAMPLE_11_2.replace(b"<CTUID>", b"<CTUID>ISCCUSE0000000001</CTUID><CTUID>"),
        EXAMPLE_11_2.replace(b"<Code>", b"<Code>A<!-- -->"),
        EXAMPLE_11_2.replace(b"<RequestID>RegApp123", b"<RequestID>RegApp123<?pi?>"),
        EXAMPLE_11_2.replace(b"</CtuResponse>", b"<ControlCode/></CtuResponse>"),
    ],
    ids=["two-codes", "two-ctuids", "comment-in-code", "pi-in-request-id", "two-control-codes"],
)
def test_a_field_twice_or_with_markup_inside_is_a_protocol_error(body: bytes) -> None:
    with pytest.raises(CcuProtocolError):
        parse_ctu_response(body)


def test_comments_between_fields_are_fine() -> None:
    body = EXAMPLE_11_2.replace(b"<ResponseMessage>", b"<!-- ok --><?pi?><ResponseMessage>")
    assert parse_ctu_response(body) == parse_ctu_response(EXAMPLE_11_2)


ATTLIST_11_3 = (
    '<?xml version="1.0" encoding="{}"?><!DOCTYPE CtuResponse [<!ATTLIST CtuResponse x CDATA "y">]>'
) + EXAMPLE_11_3.decode()


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16", "UTF-32"])
def test_a_dtd_is_refused_however_encoded(encoding: str) -> None:
    with pytest.raises(CcuProtocolError):
        parse_ctu_response(ATTLIST_11_3.format(encoding).encode(encoding))


@pytest.mark.parametrize("encoding", ["UTF-16", "UTF-32", "ISO-8859-1"])
def test_only_utf8_is_read(encoding: str) -> None:
    """Section 12: iSecureIPC answers "Content-Type: text/xml; charset=utf-8"."""
    body = f'<?xml version="1.0" encoding="{encoding}"?>'.encode() + EXAMPLE_11_2
    with pytest.raises(CcuProtocolError) as caught:
        parse_ctu_response(body)
    assert "only UTF-8" in caught.value.detail
    with pytest.raises(CcuProtocolError):
        parse_ctu_response(body.decode().encode(encoding))
