"""The LTI XML codec against the document's own examples (Wallee LTI 2.46, sections 4, 6, 8)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from lti_examples import LISTINGS
from lxml import etree

from till.protocols import lti
from till.protocols.lti import (
    ConfirmationRequest,
    DisplayNotification,
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    LtiMessageError,
    PrinterNotification,
    ReprintReceiptResponse,
    TrxData,
    UnknownMessage,
    decode_message,
    encode_message,
    trx_info_mask,
)
from till.protocols.lti.messages import MESSAGE_CLASSES, LtiMessage

POS = "http://www.vibbek.com/pos"
DEVICE = "http://www.vibbek.com/device"

# Each root element the brief and the document name, with the section it comes from.
DOCUMENT_ELEMENTS = {
    "financialTrxRequest": "6.1",
    "financialTrxResponse": "6.1",
    "activationRequest": "6.2",
    "activationResponse": "6.2",
    "siConfigRequest": "6.3",
    "siConfigResponse": "6.3",
    "deactivationRequest": "6.4",
    "deactivationResponse": "6.4",
    "beFinalBalanceRequest": "6.5",
    "beFinalBalanceResponse": "6.5",
    "siInitRequest": "6.6",
    "siInitResponse": "6.6",
    "pingRequest": "6.7",
    "pingResponse": "6.7",
    "reversalRequest": "6.8",
    "reversalResponse": "6.8",
    "cancelReservationRequest": "6.9",
    "cancelReservationResponse": "6.9",
    "miSubmissionRequest": "6.10",
    "miSubmissionResponse": "6.10",
    "beTransmissionRequest": "6.11",
    "beTransmissionResponse": "6.11",
    "reprintReceiptRequest": "6.12",
    "reprintReceiptResponse": "6.12",
    "configDataRequest": "6.13",
    "configDataResponse": "6.13",
    "errorNotification": "6.14",
    "confirmationRequest": "6.15",
    "confirmationResponse": "6.15",
    "timeoutNotification": "6.15",
    "displayNotification": "6.16",
    "printerNotification": "6.17",
    "abortCardEntryNotification": "6.18",
    "waitForCardPresentRequest": "6.19",
    "waitForCardPresentResponse": "6.19",
    "waitForCardRemovedRequest": "6.20",
    "waitForCardRemovedResponse": "6.20",
    "interEodReceiptRequest": "6.21",
    "interEodReceiptResponse": "6.21",
    "checkCouponIdRequest": "6.22",
    "checkCouponIdResponse": "6.22",
    "pinpadInformationRequest": "6.23",
    "pinpadInformationResponse": "6.23",
    "generatePanTokenRequest": "6.24",
    "generatePanTokenResponse": "6.24",
    "printCurrencyRateTicketRequest": "6.25",
    "printCurrencyRateTicketResponse": "6.25",
    "cardEntryNotification": "6.26.1",
    "cardRemovalNotification": "6.26.2",
    "trxStartNotification": "6.26.3",
    "trxEndNotification": "6.26.4",
    "trxAbortNotification": "6.26.5",
    "sleepRequest": "6.27",
    "sleepResponse": "6.27",
    "adaptAmountRequest": "6.28",
    "adaptAmountResponse": "6.28",
    "commitAuthorisationPurchaseRequest": "6.29",
    "commitAuthorisationPurchaseResponse": "6.29",
    "taxFreeVoucherRequest": "8.1.1",
    "taxFreeVoucherResponse": "8.1.1",
    "taxFreeVoidVoucherRequest": "8.1.2",
    "taxFreeVoidVoucherResponse": "8.1.2",
}


def root_name(payload: bytes) -> str:
    return etree.QName(etree.fromstring(payload)).localname


@pytest.mark.parametrize("number", sorted(LISTINGS))
def test_every_listing_decodes_and_round_trips(number: int) -> None:
    """Sections 6 and 8: every example listing is a message the codec knows, and
    decode -> encode -> decode gives an equal object."""
    section, _caption, payload = LISTINGS[number]
    message = decode_message(payload)
    assert not isinstance(message, UnknownMessage), f"Listing {number} ({section}) unknown"
    assert type(message).element == root_name(payload)
    again = decode_message(encode_message(message))
    assert again == message
    assert type(again) is type(message)


def test_listings_cover_all_65_examples() -> None:
    """The document has Listings 1..65; none was lost in extraction."""
    assert sorted(LISTINGS) == list(range(1, 66))


def test_every_document_message_has_a_class_named_after_its_root_element() -> None:
    """Naming rule the adapter relies on: class name = root element in UpperCamelCase."""
    by_element = {cls.element: cls for cls in MESSAGE_CLASSES}
    assert set(DOCUMENT_ELEMENTS) <= set(by_element)
    for element, cls in by_element.items():
        assert cls.__name__ == element[0].upper() + element[1:]
        assert getattr(lti, cls.__name__) is cls  # re-exported by the package


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


@pytest.mark.parametrize("number", sorted(LISTINGS))
def test_field_names_are_snake_case_of_the_elements(number: int) -> None:
    """Every child element of every listing lands in the field named after it, so nothing
    the document shows is silently ignored."""
    payload = LISTINGS[number][2]
    root = etree.fromstring(payload)
    message = decode_message(payload)
    fields = {f.name for f in dataclasses.fields(message)}
    for child in root:
        if not isinstance(child.tag, str):
            continue
        name = _snake(etree.QName(child).localname).replace("no_d_c_c", "no_dcc")
        if name == "display":
            name = "lines"
        assert name in fields, f"Listing {number}: {child.tag} has no field"
        assert getattr(message, name) not in (None, ())


def test_listing_1_financial_trx_request_fields() -> None:
    """6.1, Listing 1: amounts stay ints of minor units, currency the 3-digit string,
    trxInfo the 3 bytes of 6.1.1 (AAAf: all five notifications)."""
    message = decode_message(LISTINGS[1][2])
    assert message == FinancialTrxRequest(
        pos_id="12345678",
        trx_sync_number=41,
        trx_data=TrxData(
            amount=100, currency="756", transaction_type=0, partial_approval_cap=1, no_dcc=True
        ),
        trx_info=b"\x00\x00\x1f",
        receipt_format=2,
        till_mode="SDK",
    )
    assert message.trx_info == trx_info_mask()


def test_listing_2_financial_trx_response_fields() -> None:
    """6.1, Listing 2, with the comment between elements skipped."""
    message = decode_message(LISTINGS[2][2])
    assert isinstance(message, FinancialTrxResponse)
    assert message.trx_result == 0 and message.approved
    assert message.amount_auth == 600
    assert message.amount_auth_curr == "756"
    assert message.ep2_auth_code == "741392"
    assert message.trx_sync_number == 41
    assert message.amount_remaining == 200
    assert message.partial_approval_flag == 1
    assert message.merchant_reference == "Merchants Custom Ref"


def test_reprint_receipt_response_nests_the_last_responses() -> None:
    """6.12, Listings 24-26: lastTrx is a FinancialTrxResponse, lastRev a ReversalResponse,
    lastCancelRes a CancelReservationResponse."""
    trx = decode_message(LISTINGS[24][2])
    rev = decode_message(LISTINGS[25][2])
    cancel = decode_message(LISTINGS[26][2])
    assert isinstance(trx, ReprintReceiptResponse)
    assert trx.last_trx == decode_message(LISTINGS[2][2])  # the same fields as Listing 2
    assert rev.last_rev == decode_message(LISTINGS[16][2])
    assert cancel.last_cancel_res == decode_message(LISTINGS[18][2])
    assert trx.last_rev is None and rev.last_trx is None and cancel.last_trx is None


def test_display_and_confirmation_keep_lines_and_display_type() -> None:
    """4.1.2: displayType attribute; 6.15, 6.16: repeated <line> children in order."""
    confirmation = decode_message(LISTINGS[30][2])
    assert confirmation == ConfirmationRequest(
        display_type="CARDHOLDER",
        lines=("Trx Amount", "CHF 8.00 OK?"),
        timeout=30,
        timeout_reminder=30,
    )
    display = decode_message(LISTINGS[33][2])
    assert display == DisplayNotification(
        display_type="CARDHOLDER", lines=("CHF 99.99", "Available amount"), min_display_time=4
    )


def test_printer_notification_receipt_text_loses_only_the_indentation() -> None:
    """6.17, Listing 34: merchantReceipt admin="false"; lines keep their order, LF ends."""
    message = decode_message(LISTINGS[34][2])
    assert isinstance(message, PrinterNotification)
    assert message.admin is False
    assert message.cardholder_receipt is None
    lines = message.merchant_receipt.split("\n")
    assert lines[0] == "Purchase"
    assert lines[-1] == "TSI: E800"
    assert "Total-EFT CHF : 301.00" in lines
    assert len(lines) == 14
    holder = decode_message(LISTINGS[35][2])
    assert holder.cardholder_receipt.startswith("***Cardholder Receipt***\nPurchase\n")
    assert holder.admin is None


def test_receipt_keeps_relative_indentation() -> None:
    """6.17: a centred line keeps its extra spaces; only the common indentation goes."""
    payload = (
        b'<vcs-device:printerNotification xmlns:vcs-device="http://www.vibbek.com/device">'
        b'<merchantReceipt admin="true">\n      KVITTO\n    Belopp SEK 10,00\n  </merchantReceipt>'
        b"</vcs-device:printerNotification>"
    )
    message = decode_message(payload)
    assert message.merchant_receipt == "  KVITTO\nBelopp SEK 10,00"
    assert message.admin is True


def test_error_notification_with_code_and_text_in_either_namespace() -> None:
    """6.14: vcs-pos in Listing 29; terminals also send errorText. Either namespace works."""
    assert decode_message(LISTINGS[29][2]) == ErrorNotification()
    for namespace in (POS, DEVICE):
        payload = (
            f'<n:errorNotification xmlns:n="{namespace}"><errorCode>TRM.PT.0002</errorCode>'
            f"<errorText>Abbruch</errorText><cardId>42</cardId></n:errorNotification>"
        ).encode()
        assert decode_message(payload) == ErrorNotification(
            error_code="TRM.PT.0002", error_text="Abbruch", card_id="42"
        )


def test_https_namespace_of_section_4_1_2_is_accepted() -> None:
    """4.1.2 prints the device namespace as https://; accept it too."""
    payload = b'<vcs-device:trxStartNotification xmlns:vcs-device="https://www.vibbek.com/device"/>'
    assert decode_message(payload) == lti.TrxStartNotification()


def test_encoding_matches_section_4() -> None:
    """4.1.1, 4.1.2: declaration, prefixed root in its namespace, children unprefixed,
    None fields left out."""
    payload = encode_message(
        FinancialTrxRequest(
            pos_id="kassa-1",
            trx_sync_number=7,
            trx_data=TrxData(amount=12_350, currency="752", transaction_type=0),
        )
    )
    assert payload.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = etree.fromstring(payload)
    assert root.tag == f"{{{POS}}}financialTrxRequest"
    assert root.prefix == "vcs-pos"
    assert [child.tag for child in root] == ["posId", "trxSyncNumber", "trxData"]
    assert root.find("trxData/amount").text == "12350"
    assert root.find("trxData/currency").text == "752"
    assert b"receiptFormat" not in payload and b"noDCC" not in payload

    device = etree.fromstring(encode_message(lti.ConfirmationResponse(result=1)))
    assert device.tag == f"{{{DEVICE}}}confirmationResponse"
    assert device.prefix == "vcs-device"


def test_encoding_escapes_text() -> None:
    """A merchant reference with markup characters survives the trip."""
    message = lti.ReversalRequest(merchant_reference='<&>"åäö')
    assert decode_message(encode_message(message)) == message


def test_unknown_child_elements_are_ignored() -> None:
    """Newer terminals add fields; the till must not choke on them."""
    payload = (
        b'<vcs-pos:financialTrxResponse xmlns:vcs-pos="http://www.vibbek.com/pos">'
        b"<surchargeAmount>5</surchargeAmount><trxResult>1</trxResult>"
        b"<nested><deeper>x</deeper></nested></vcs-pos:financialTrxResponse>"
    )
    assert decode_message(payload) == FinancialTrxResponse(trx_result=1)


def test_children_in_any_order() -> None:
    """Most LTI types allow any child order (DESIGN.md); match children by local name."""
    payload = (
        b'<p:confirmationRequest xmlns:p="http://www.vibbek.com/device">'
        b"<timeoutReminder>0</timeoutReminder><timeout>5</timeout>"
        b"<display><line>a</line></display></p:confirmationRequest>"
    )
    assert decode_message(payload) == ConfirmationRequest(
        lines=("a",), timeout=5, timeout_reminder=0
    )


def test_unknown_message_is_a_value() -> None:
    """An unknown root element is returned, not raised: the client ignores it."""
    payload = b'<vcs-device:coffeeNotification xmlns:vcs-device="http://www.vibbek.com/device"/>'
    message = decode_message(payload)
    assert message == UnknownMessage(name="coffeeNotification", payload=payload)


def test_known_name_in_a_foreign_namespace_is_unknown() -> None:
    payload = b'<x:pingResponse xmlns:x="urn:somebody-else"/>'
    assert isinstance(decode_message(payload), UnknownMessage)


@pytest.mark.parametrize(
    ("payload", "names"),
    [
        (
            b'<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos">'
            b"<amountAuth>100</amountAuth></p:financialTrxResponse>",
            "financialTrxResponse: missing trxResult",
        ),
        (
            b'<d:confirmationResponse xmlns:d="http://www.vibbek.com/device"/>',
            "confirmationResponse: missing result",
        ),
        (
            b'<d:confirmationRequest xmlns:d="http://www.vibbek.com/device">'
            b"<display><line>x</line></display></d:confirmationRequest>",
            "confirmationRequest: missing timeout",
        ),
        (
            b'<p:financialTrxRequest xmlns:p="http://www.vibbek.com/pos"><posId>1</posId>'
            b"</p:financialTrxRequest>",
            "financialTrxRequest: missing trxData",
        ),
        (
            b'<p:reprintReceiptResponse xmlns:p="http://www.vibbek.com/pos"><lastTrx>'
            b"<amountAuth>1</amountAuth></lastTrx></p:reprintReceiptResponse>",
            "reprintReceiptResponse: missing lastTrx/trxResult",
        ),
        (
            b'<p:cancelReservationResponse xmlns:p="http://www.vibbek.com/pos"/>',
            "cancelReservationResponse: missing result",
        ),
    ],
)
def test_missing_required_element_is_named(payload: bytes, names: str) -> None:
    """6.1, 6.9, 6.12, 6.15: a message without the element it exists for is an error."""
    with pytest.raises(LtiMessageError) as caught:
        decode_message(payload)
    assert caught.value.detail == names
    assert names in str(caught.value)


@pytest.mark.parametrize(
    ("inner", "element"),
    [
        (b"<trxResult>0</trxResult><amountAuth>12,50</amountAuth>", "amountAuth"),
        (b"<trxResult>zero</trxResult>", "trxResult"),
        (b"<trxResult>1_0</trxResult>", "trxResult"),
        (b"<trxResult>\xd9\xa1</trxResult>", "trxResult"),  # an Arabic-Indic digit one
        (b"<trxResult>0</trxResult><panToken>not base64!</panToken>", "panToken"),
    ],
)
def test_bad_value_names_the_element(inner: bytes, element: str) -> None:
    """A number that is not a whole number (money must never be guessed) names its element."""
    payload = (
        b'<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos">'
        + inner
        + b"</p:financialTrxResponse>"
    )
    with pytest.raises(LtiMessageError, match=element):
        decode_message(payload)


def test_bad_boolean_and_attribute_are_named() -> None:
    with pytest.raises(LtiMessageError, match="cardPresent"):
        decode_message(
            b'<p:waitForCardPresentResponse xmlns:p="http://www.vibbek.com/pos">'
            b"<cardPresent>maybe</cardPresent></p:waitForCardPresentResponse>"
        )
    with pytest.raises(LtiMessageError, match="merchantReceipt/@admin"):
        decode_message(
            b'<d:printerNotification xmlns:d="http://www.vibbek.com/device">'
            b'<merchantReceipt admin="yes">x</merchantReceipt></d:printerNotification>'
        )


def test_numbers_tolerate_surrounding_whitespace() -> None:
    payload = (
        b'<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos">'
        b"<trxResult>\n  0\n</trxResult></p:financialTrxResponse>"
    )
    assert decode_message(payload).trx_result == 0


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"\x00\x01\x02garbage",
        b"<vcs-pos:pingResponse",
        b'<p:pingResponse xmlns:p="http://www.vibbek.com/pos"></p:pingRequest>',
        b"just text",
    ],
)
def test_garbage_is_a_message_error(payload: bytes) -> None:
    with pytest.raises(LtiMessageError):
        decode_message(payload)


def test_entities_and_doctypes_are_refused() -> None:
    """A frame is data: no DTD, no entity expansion, no external fetch."""
    payload = (
        b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "boom">]>'
        b'<p:errorNotification xmlns:p="http://www.vibbek.com/pos">'
        b"<errorText>&x;</errorText></p:errorNotification>"
    )
    with pytest.raises(LtiMessageError, match="DOCTYPE"):
        decode_message(payload)


def test_trx_info_mask_bits_of_6_1_1() -> None:
    """6.1.1: card entry + removal is 00000000 00000000 00000011, AAAD in base64."""
    import base64

    mask = trx_info_mask(
        card_entry=True, card_removal=True, trx_start=False, trx_end=False, trx_abort=False
    )
    assert mask == b"\x00\x00\x03"
    assert base64.b64encode(mask) == b"AAAD"
    assert trx_info_mask() == b"\x00\x00\x1f"
    assert trx_info_mask(False, False, False, False, trx_abort=True) == b"\x00\x00\x10"
    assert trx_info_mask(False, False, False, False, False) == b"\x00\x00\x00"
    wire = encode_message(
        FinancialTrxRequest(trx_data=TrxData(amount=1, currency="752"), trx_info=mask)
    )
    assert b"<trxInfo>AAAD</trxInfo>" in wire


def test_every_class_round_trips_with_only_its_required_fields() -> None:
    """Each message class, built with just its required fields, encodes and decodes."""
    samples = {int: 1, str: "x", bool: True, TrxData: TrxData(amount=1, currency="752")}
    for cls in MESSAGE_CLASSES:
        kwargs = {}
        for f in dataclasses.fields(cls):
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                hint = {"int": int, "str": str, "bool": bool, "TrxData": TrxData}[str(f.type)]
                kwargs[f.name] = samples[hint]
        message = cls(**kwargs)
        assert isinstance(message, LtiMessage)
        assert decode_message(encode_message(message)) == message, cls.__name__


def test_only_line_children_of_display_are_lines() -> None:
    """6.16: Display holds <line> elements; anything else in it is ignored, not shown."""
    payload = (
        b'<d:displayNotification xmlns:d="http://www.vibbek.com/device"><display>'
        b"<line>Kort</line><icon>card.png</icon><!-- x --><line></line></display>"
        b"</d:displayNotification>"
    )
    assert decode_message(payload).lines == ("Kort", "")
