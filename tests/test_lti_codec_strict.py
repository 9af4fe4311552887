"""The LTI codec refuses, as its own LtiMessageError, every frame it cannot read exactly
(issue 7): numbers that are no amounts, markup inside a field, a field twice, a DTD in any
encoding, any encoding but UTF-8 (Wallee LTI 2.46 sections 4.1.1 and 6)."""

from __future__ import annotations

import pytest
from lti_examples import LISTINGS

from till.protocols import lti
from till.protocols.lti import (
    ConfirmationRequest,
    FinancialTrxResponse,
    LtiMessageError,
    decode_message,
)

TRX_RESPONSE = (
    '<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos">{}</p:financialTrxResponse>'
)


def trx_response(inner: str) -> bytes:
    return TRX_RESPONSE.format(inner).encode()


@pytest.mark.parametrize(
    "number",
    [
        "1" * 5000,  # int() refuses beyond 4300 digits with a ValueError of its own
        "9" * 19,  # above MAX_DIGITS: no amount or counter has that many
        "-5",  # 6.1 types amountAuth xsd:unsignedLong
        "+5",
        "1e3",
        "\u0663",  # ARABIC-INDIC DIGIT THREE: str.isdigit() and int() both take it
        "\uff13",  # FULLWIDTH DIGIT THREE
        "\u00b2",  # SUPERSCRIPT TWO: isdigit() but not int()
        "",
    ],
    ids=[
        "5000-digits",
        "19-digits",
        "negative",
        "plus",
        "exponent",
        "arabic",
        "fullwidth",
        "superscript",
        "empty",
    ],
)
def test_a_number_that_is_no_amount_is_a_message_error(number: str) -> None:
    """6.1: amountAuth is ASCII digits of at most MAX_DIGITS; anything else raises the codec's
    own LtiMessageError (a ValueError here killed the terminal reader task)."""
    payload = trx_response(f"<trxResult>0</trxResult><amountAuth>{number}</amountAuth>")
    with pytest.raises(LtiMessageError, match="amountAuth"):
        decode_message(payload)


def test_eighteen_digits_are_still_a_number() -> None:
    payload = trx_response(f"<trxResult>0</trxResult><amountAuth>{'9' * 18}</amountAuth>")
    assert decode_message(payload).amount_auth == 10**18 - 1


def test_a_confirmation_timeout_of_400_digits_is_a_message_error() -> None:
    """6.15: timeout is seconds; 400 digits overflowed the float the client made of it."""
    payload = (
        '<d:confirmationRequest xmlns:d="http://www.vibbek.com/device"><display><line>OK?</line>'
        f"</display><timeout>{'4' * 400}</timeout></d:confirmationRequest>"
    ).encode()
    with pytest.raises(LtiMessageError, match="timeout") as caught:
        decode_message(payload)
    assert caught.value.message_class is ConfirmationRequest


@pytest.mark.parametrize(
    "inner",
    [
        "<trxResult>1<?pi?>0</trxResult>",
        "<trxResult>1<!-- x -->0</trxResult>",
        "<trxResult>1<b/>0</trxResult>",
        "<trxResult>0</trxResult><amountAuth>1<?pi x?>00</amountAuth>",
        "<trxResult>0</trxResult><cardNumber>XXXX<!-- -->0267</cardNumber>",
    ],
    ids=["pi", "comment", "element", "pi-in-amount", "comment-in-text"],
)
def test_markup_inside_a_field_is_a_message_error(inner: str) -> None:
    """An element's text is its whole content: lxml's .text stops at the first comment or
    PI, so "1<?pi?>0" read as 1 (declined) and "1<?pi?>00" as 1 öre."""
    with pytest.raises(LtiMessageError, match="markup"):
        decode_message(trx_response(inner))


def test_markup_inside_a_display_line_is_a_message_error() -> None:
    payload = (
        b'<d:displayNotification xmlns:d="http://www.vibbek.com/device"><display>'
        b"<line>SEK<!-- -->1</line></display></d:displayNotification>"
    )
    with pytest.raises(LtiMessageError, match="display/line"):
        decode_message(payload)


def test_comments_between_elements_are_still_fine() -> None:
    """Listing 2 has one after amountRemaining: only comments inside a field are refused."""
    payload = trx_response("<!-- a --><trxResult>0</trxResult><?pi?><amountAuth>5</amountAuth>")
    assert decode_message(payload) == FinancialTrxResponse(trx_result=0, amount_auth=5)


def test_a_field_given_twice_is_a_message_error() -> None:
    with pytest.raises(LtiMessageError, match="trxResult appears more than once"):
        decode_message(trx_response("<trxResult>1</trxResult><trxResult>0</trxResult>"))


@pytest.mark.parametrize("value", ["2", "7", "255"])
def test_trx_result_is_0_or_1_only(value: str) -> None:
    """6.1: 0 authorised, 1 declined. Anything else is neither, and must not read as declined."""
    with pytest.raises(LtiMessageError, match="trxResult"):
        decode_message(trx_response(f"<trxResult>{value}</trxResult>"))


def test_amount_tip_is_read_and_approval_without_amount_is_a_message() -> None:
    """6.1, Listing 2: amountTip 100 is kept; trxResult 0 without amountAuth is parsed as it
    is (the checkout settles it from the terminal's record), not refused by the codec."""
    assert decode_message(LISTINGS[2][2]).amount_tip == 100
    assert decode_message(trx_response("<trxResult>0</trxResult>")) == FinancialTrxResponse(
        trx_result=0
    )


DTD_DISPLAY = (
    '<?xml version="1.0" encoding="{encoding}"?>'
    "<!DOCTYPE d:displayNotification "
    '[<!ATTLIST d:displayNotification displayType CDATA "ATTENDANT">]>'
    '<d:displayNotification xmlns:d="http://www.vibbek.com/device"><display><line>x</line>'
    "</display></d:displayNotification>"
)


@pytest.mark.parametrize("encoding", ["UTF-8", "UTF-16", "UTF-16-LE", "UTF-32", "UTF-32-BE"])
def test_a_dtd_is_refused_however_encoded(encoding: str) -> None:
    """A UTF-16 or UTF-32 frame slipped its DOCTYPE past a byte search, and its ATTLIST
    default became the display type (libxml2's attribute lookup falls back to the DTD)."""
    payload = DTD_DISPLAY.format(encoding=encoding.removesuffix("-LE").removesuffix("-BE"))
    with pytest.raises(LtiMessageError):
        decode_message(payload.encode(encoding.lower()))


@pytest.mark.parametrize(
    ("encoding", "codec"),
    [("UTF-16", "utf-16"), ("UTF-32", "utf-32"), ("ISO-8859-1", "latin-1"), ("US-ASCII", "ascii")],
)
def test_only_utf8_is_read(encoding: str, codec: str) -> None:
    """4.1.1: every listing declares UTF-8; any other encoding is refused, not guessed."""
    payload = (
        f'<?xml version="1.0" encoding="{encoding}"?>'
        '<p:pingResponse xmlns:p="http://www.vibbek.com/pos"/>'
    ).encode(codec)
    with pytest.raises(LtiMessageError):
        decode_message(payload)


def test_utf8_with_a_byte_order_mark_or_without_a_declaration_is_read() -> None:
    ping = b'<p:pingResponse xmlns:p="http://www.vibbek.com/pos"/>'
    assert decode_message(b"\xef\xbb\xbf" + LISTINGS[14][2]) == lti.PingResponse()
    assert decode_message(ping) == lti.PingResponse()
    text = (
        '<p:errorNotification xmlns:p="http://www.vibbek.com/pos">'
        "<errorText>Avbrutet på kortet</errorText></p:errorNotification>"
    )
    assert decode_message(text.encode()).error_text == "Avbrutet på kortet"
