"""The Point codec against the spec document's own examples and Verifone's public samples."""

from __future__ import annotations

from pathlib import Path

import pytest
from point_examples import (
    DOCS_CAPTURE_REQUEST,
    DOCS_CAPTURE_RESPONSE,
    DOCS_CARD_ENTRY_NOTIFICATION,
    DOCS_GET_COUNTER_REQUEST,
    DOCS_GET_COUNTER_RESPONSE,
    SPEC_CONFIRMATION_INCORRECT,
    SPEC_CONFIRMATION_REQUEST,
    SPEC_CONFIRMATION_SUCCESS,
    SPEC_CONFIRMATION_UNEXPECTED,
    SPEC_FILE,
    SPEC_RESPONSES,
)

from till.protocols.point import (
    Capture,
    Confirmation,
    Credit,
    GetCounter,
    LastTran,
    Notification,
    PaymentResponse,
    PointLocalProtocolError,
    PointMessageError,
    Register,
    Response,
    SecondaryResponse,
    SessionFinish,
    SessionStart,
    Unregister,
    Void,
    authenticate,
    decode_notification,
    decode_request,
    decode_response,
    describe,
    encode_request,
    needs_resync,
    parse_amount,
)
from till.protocols.point.codec import parse_int

SPECS = Path(__file__).resolve().parents[2] / "shared" / "specs"
KEY = bytes(range(16))


def test_examples_are_the_spec_documents_own() -> None:
    path = SPECS / SPEC_FILE
    if not path.exists():
        pytest.skip(f"{path} is not here")
    text = path.read_bytes()
    for example in [SPEC_CONFIRMATION_REQUEST, *SPEC_RESPONSES]:
        assert example in text


def test_spec_confirmation_request_decodes() -> None:
    request, auth, extra = decode_request(SPEC_CONFIRMATION_REQUEST)
    assert request == Confirmation("CONFIRMED")
    assert auth is None  # the example leaves COUNTER, MAC and MAC_LABEL out
    assert extra == {}


def test_confirmation_encodes_like_the_spec_example_plus_authentication() -> None:
    auth = authenticate(KEY, "REG1", 100)
    data = encode_request(Confirmation("CONFIRMED", pos_recon="RetailPOS1"), auth)
    lines = data.decode().split("\n")
    example = SPEC_CONFIRMATION_REQUEST.decode().split("\n")
    assert lines[:4] == example[:4]  # root, FUNCTION_TYPE, COMMAND, VALUE in that order
    assert lines[4:] == [
        "<POS_RECON>RetailPOS1</POS_RECON>",
        "<COUNTER>100</COUNTER>",
        f"<MAC>{auth.mac}</MAC>",
        "<MAC_LABEL>REG1</MAC_LABEL>",
        "</TRANSACTION>",
    ]
    assert decode_request(data) == (Confirmation("CONFIRMED", "RetailPOS1"), auth, {})
    denied = encode_request(Confirmation("DENIED"), auth)
    assert b"<VALUE>DENIED</VALUE>" in denied


def test_spec_confirmation_responses_decode() -> None:
    ok = decode_response(SPEC_CONFIRMATION_SUCCESS, SecondaryResponse)
    assert isinstance(ok, SecondaryResponse)
    assert (ok.response_text, ok.result, ok.result_code) == ("SUCCESS", "OK", -1)
    assert (ok.termination_status, ok.secondary_data, ok.detailed_status) == ("SUCCESS", 57, 170)
    assert ok.succeeded and ok.extra == {}

    wrong = decode_response(SPEC_CONFIRMATION_INCORRECT, SecondaryResponse)
    assert (wrong.result, wrong.result_code, wrong.secondary_data) == ("FIELD_ERROR", 59070, 57)
    assert wrong.detailed_status is None and not wrong.succeeded

    unexpected = decode_response(SPEC_CONFIRMATION_UNEXPECTED, SecondaryResponse)
    assert (unexpected.result_code, unexpected.secondary_data) == (59069, 2)
    assert unexpected.detailed_status == -1


def test_result_codes_the_till_must_handle() -> None:
    assert describe(-1).key == "point_ok"
    assert "Confirmation Unexpected" in describe(59069).message
    assert "Incorrect Confirmation Value" in describe(59070).message
    assert describe(59002).key == "point_busy"
    unknown = describe(12345, "SOMETHING ODD")
    assert unknown.key == "point_result_unknown" and "12345" in unknown.message
    assert "SOMETHING ODD" in unknown.message
    assert needs_resync(40007) and needs_resync(19)
    assert not needs_resync(-1) and not needs_resync(59069) and not needs_resync(None)


def test_get_counter_examples() -> None:
    request, auth, extra = decode_request(DOCS_GET_COUNTER_REQUEST)
    assert (request, auth, extra) == (GetCounter("REG1"), None, {})
    data = encode_request(GetCounter("REG1"))
    assert b"<COUNTER>" not in data and b"<MAC>" not in data  # "Do NOT send COUNTER"
    assert decode_request(data)[0] == GetCounter("REG1")
    answer = decode_response(DOCS_GET_COUNTER_RESPONSE)
    assert (answer.result_code, answer.counter, answer.response_text) == (
        -1,
        1,
        "Operation Successful",
    )


def test_capture_examples() -> None:
    request, auth, extra = decode_request(DOCS_CAPTURE_REQUEST)
    assert request == Capture(amount=100, payment_type=None)
    assert auth is None
    assert extra == {
        "CAPTURECARD_EARLYRETURN": "TRUE",
        "MANUAL_ENTRY": "FALSE",
        "FORCE_FLAG": "FALSE",
    }
    answer = decode_response(DOCS_CAPTURE_RESPONSE, PaymentResponse)
    assert isinstance(answer, PaymentResponse)
    assert (answer.trans_amount, answer.payment_type, answer.payment_media) == (
        100,
        "CREDIT",
        "DISCOVER",
    )
    assert (answer.invoice, answer.counter) == ("123456", 4)
    assert answer.extra == {"ACCT_NUM": "651000******0224", "CARD_ENTRY_MODE": "Contactless"}


def test_klarna_capture_credit_void_and_last_tran_encode() -> None:
    auth = authenticate(KEY, "REG2", 3)
    capture = encode_request(Capture(amount=12_950), auth).decode()
    assert "<TRANS_AMOUNT>129.50</TRANS_AMOUNT>\n<PAYMENT_TYPE>Klarna</PAYMENT_TYPE>" in capture
    assert decode_request(capture.encode())[0] == Capture(amount=12_950)
    credit = encode_request(Credit(amount=5, ctroutd="1629760677599520"), auth)
    assert b"<TRANS_AMOUNT>0.05</TRANS_AMOUNT>" in credit
    assert b"<CTROUTD>1629760677599520</CTROUTD>" in credit
    void = encode_request(Void(ctroutd="45"), auth)
    assert decode_request(void)[0] == Void(ctroutd="45")
    last = encode_request(LastTran(), auth).decode()
    assert last.startswith(
        "<TRANSACTION>\n<FUNCTION_TYPE>REPORT</FUNCTION_TYPE>\n<COMMAND>LAST_TRAN"
    )


def test_session_start_carries_the_listener_address() -> None:
    auth = authenticate(KEY, "REG1", 9)
    start = SessionStart(invoice="K&1<2", pos_ip="192.168.31.100", pos_port=5017)
    data = encode_request(start, auth)
    assert b"<INVOICE>K&amp;1&lt;2</INVOICE>" in data
    assert b"<POS_IP>192.168.31.100</POS_IP>\n<POS_PORT>5017</POS_PORT>" in data
    assert decode_request(data)[0] == start
    assert b"<COMMAND>FINISH</COMMAND>" in encode_request(SessionFinish(), auth)


@pytest.mark.parametrize(
    ("request_", "auth"),
    [
        (Confirmation("CONFIRMED"), None),  # authenticated without COUNTER/MAC
        (GetCounter("REG1"), authenticate(KEY, "REG1", 1)),  # must go without
        (Register(key="QUJD", reg_ver=1), None),  # REG_VER 1 needs ENTRY_CODE
        (Register(key="QUJD", reg_ver=1, entry_code="12a4"), None),
        (Register(key="QUJD", reg_ver=2, entry_code="1234"), None),
        (Register(key="QUJD", reg_ver=3, entry_code="1234"), None),
        (Capture(amount=0), authenticate(KEY, "R", 1)),
        (Capture(amount=-100), authenticate(KEY, "R", 1)),
        (Capture(amount=100_000_000), authenticate(KEY, "R", 1)),
        (Capture(amount=True), authenticate(KEY, "R", 1)),  # type: ignore[arg-type]
        (Confirmation("MAYBE"), authenticate(KEY, "R", 1)),  # type: ignore[arg-type]
        (SessionStart(invoice=""), authenticate(KEY, "R", 1)),
        (SessionStart(invoice="x" * 41), authenticate(KEY, "R", 1)),
        (SessionStart(invoice="1", pos_ip="till.local", pos_port=5017), authenticate(KEY, "R", 1)),
        (SessionStart(invoice="1", pos_ip="10.0.0.1"), authenticate(KEY, "R", 1)),
        (SessionStart(invoice="1", pos_ip="10.0.0.1", pos_port=70000), authenticate(KEY, "R", 1)),
        (Confirmation("CONFIRMED", pos_recon="x" * 31), authenticate(KEY, "R", 1)),
    ],
)
def test_encode_refuses_what_the_terminal_would_refuse(request_, auth) -> None:
    with pytest.raises(PointLocalProtocolError):
        encode_request(request_, auth)


def test_register_and_unregister_encode() -> None:
    data = encode_request(Register(key="QUJD", reg_ver=1, entry_code="0427"))
    assert data == (
        b"<TRANSACTION>\n<FUNCTION_TYPE>SECURITY</FUNCTION_TYPE>\n<COMMAND>REGISTER</COMMAND>\n"
        b"<ENTRY_CODE>0427</ENTRY_CODE>\n<KEY>QUJD</KEY>\n<REG_VER>1</REG_VER>\n</TRANSACTION>"
    )
    assert decode_request(data)[0] == Register(key="QUJD", reg_ver=1, entry_code="0427")
    v2 = encode_request(Register(key="QUJD", reg_ver=2))
    assert b"ENTRY_CODE" not in v2 and b"<REG_VER>2</REG_VER>" in v2
    unregister = encode_request(Unregister(), authenticate(KEY, "REG1", 2))
    assert b"<COMMAND>UNREGISTER</COMMAND>" in unregister and b"<MAC_LABEL>REG1" in unregister


@pytest.mark.parametrize(
    ("text", "ore"),
    [
        ("5.35", 535),
        ("5", 500),
        ("5.3", 530),
        ("0.01", 1),
        ("999999.99", 99_999_999),
        (" 1.00\n", 100),
    ],
)
def test_amounts_are_read_into_ore(text: str, ore: int) -> None:
    assert parse_amount(text, "TRANS_AMOUNT") == ore


@pytest.mark.parametrize(
    "text", ["", "-1.00", "+1", "1e3", "1.234", "1,00", "0x10", "١", "１", "1 000", "9" * 10, "1."]
)
def test_amounts_that_are_no_amounts(text: str) -> None:
    with pytest.raises(PointMessageError):
        parse_amount(text, "TRANS_AMOUNT")


@pytest.mark.parametrize("text", ["", "1.5", "١٢", "²", "99999999999", "--1", "1_0", " "])
def test_numbers_are_ascii_and_bounded(text: str) -> None:
    with pytest.raises(PointMessageError):
        parse_int(text, "RESULT_CODE")


@pytest.mark.parametrize(
    "payload",
    [
        b"<TRANSACTION><RESULT_CODE>-1</RESULT_CODE></TRANSACTION>",  # wrong root
        b"<RESPONSE><RESULT>OK</RESULT></RESPONSE>",  # no RESULT_CODE
        b"<RESPONSE><RESULT_CODE> </RESULT_CODE></RESPONSE>",  # an empty one
        b"<RESPONSE><RESULT_CODE/></RESPONSE>",
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE><RESULT_CODE>5</RESULT_CODE></RESPONSE>",
        b"<RESPONSE><RESULT_CODE>-1<!-- x -->9</RESULT_CODE></RESPONSE>",
        b"<RESPONSE><RESULT_CODE><X>1</X></RESULT_CODE></RESPONSE>",
        b"<RESPONSE><RESULT_CODE>\xd9\xa1</RESULT_CODE></RESPONSE>",  # Arabic-Indic one
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE><COUNTER>99999999999</COUNTER></RESPONSE>",
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE><COUNTER>-5</COUNTER></RESPONSE>",
        b"<RESPONSE>text<RESULT_CODE>-1</RESULT_CODE></RESPONSE>",
        b'<!DOCTYPE RESPONSE [<!ENTITY x "-1">]>'
        b"<RESPONSE><RESULT_CODE>&x;</RESULT_CODE></RESPONSE>",
        b"<RESPONSE><RESULT_CODE>&x;</RESULT_CODE></RESPONSE>",
        b'<?xml version="1.0" encoding="latin-1"?>'
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE></RESPONSE>",
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE>",
        b"\xff",
    ],
)
def test_decode_refuses(payload: bytes) -> None:
    with pytest.raises(PointMessageError):
        decode_response(payload, PaymentResponse)


def test_payment_amount_fields_refused_when_malformed() -> None:
    bad = (
        b"<RESPONSE><RESULT_CODE>-1</RESULT_CODE><APPROVED_AMOUNT>1e2</APPROVED_AMOUNT></RESPONSE>"
    )
    with pytest.raises(PointMessageError):
        decode_response(bad, PaymentResponse)
    # the same field is only text where the answer does not model it
    assert decode_response(bad, Response).extra == {"APPROVED_AMOUNT": "1e2"}


def test_unsolicited_messages() -> None:
    card = decode_notification(DOCS_CARD_ENTRY_NOTIFICATION)
    assert isinstance(card, Notification)
    assert card.result_code == 1 and not card.asks_id_check
    assert card.extra == {"CARD_ENTRY_METHOD": "INSERTED|SWIPED|TAPPED|MANUAL"}
    id_check = decode_notification(
        b"<RESPONSE><RESPONSE_TEXT>ID CHECK</RESPONSE_TEXT><RESULT>OK</RESULT>"
        b"<RESULT_CODE>-1</RESULT_CODE><TERMINATION_STATUS>SUCCESS</TERMINATION_STATUS>"
        b"<SECONDARY_DATA>57</SECONDARY_DATA><DETAILED_STATUS>170</DETAILED_STATUS>"
        b"<CUSTOMER_NAME>Anna Andersson</CUSTOMER_NAME></RESPONSE>"
    )
    assert id_check.asks_id_check
    assert id_check.extra == {"CUSTOMER_NAME": "Anna Andersson"}


def test_unknown_commands_and_half_authentication_are_refused() -> None:
    with pytest.raises(PointMessageError):
        decode_request(
            b"<TRANSACTION><FUNCTION_TYPE>X</FUNCTION_TYPE><COMMAND>Y</COMMAND></TRANSACTION>"
        )
    with pytest.raises(PointMessageError):
        decode_request(
            b"<TRANSACTION><FUNCTION_TYPE>REPORT</FUNCTION_TYPE><COMMAND>LAST_TRAN</COMMAND>"
            b"<COUNTER>3</COUNTER></TRANSACTION>"
        )
    with pytest.raises(PointMessageError):
        decode_request(
            b"<TRANSACTION><FUNCTION_TYPE>PAYMENT</FUNCTION_TYPE><COMMAND>VOID</COMMAND></TRANSACTION>"
        )
