"""CtuRequest: built from control data and checked by the field table (CCU document 9, 11.1, 12)."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest
from ccu_examples import DATA_11_1, DATA_12, EXAMPLE_11_1, EXAMPLE_12_REQUEST_BODY
from lxml import etree

from till.core.vat import VatSection, vat_sections
from till.protocols.ccu.request import (
    FIELD_RULES,
    ControlData,
    CtuFieldError,
    build_ctu_request,
    format_ccu_amount,
    validate_control_data,
    validate_ctu_request_xml,
)


def elements(xml: bytes | str) -> list[tuple[str, dict[str, str], str]]:
    """Every element in document order as (path, attributes, stripped text)."""
    root = etree.fromstring(xml.encode() if isinstance(xml, str) else xml)
    tree = root.getroottree()
    return [(tree.getpath(e), dict(e.attrib), (e.text or "").strip()) for e in root.iter()]


def build(data: ControlData, **kw: str) -> bytes:
    kw.setdefault("application_id", "RegApp123")
    kw.setdefault("request_id", "RegApp123_1001")
    return build_ctu_request(data, **kw)


def test_builds_the_11_1_example_element_by_element() -> None:
    """11.1: 100,00 kr with 20,00 kr VAT at 25 %, SaleAmount; same elements in the same order."""
    assert elements(build(DATA_11_1)) == elements(EXAMPLE_11_1)


def test_builds_the_section_12_example_byte_for_byte_without_newlines() -> None:
    """Section 12: 262,00 / 52,40 with PurchaseAmount. The document counts the body "before we
    included some new lines", so ours is the example with its newlines taken out."""
    body = build(
        DATA_12,
        application_id="REG APP 1.0.0.0",
        request_id="RA_VERIFY_RA01AB0101330001_1234",
        sale_amount_element="PurchaseAmount",
    )
    assert elements(body) == elements(EXAMPLE_12_REQUEST_BODY)
    assert body == EXAMPLE_12_REQUEST_BODY.replace("\n", "").encode()
    # The document says 594; the example as printed has 593 without its newlines.
    assert len(body) == 593


def test_the_sale_amount_element_is_a_setting() -> None:
    """Sections 9 and 11.1 name it SaleAmount, the 11.1 text and section 12 PurchaseAmount."""
    sale = validate_ctu_request_xml(build(DATA_11_1))
    purchase = validate_ctu_request_xml(build(DATA_11_1, sale_amount_element="PurchaseAmount"))
    assert sale["SaleAmount"] == "100,00" and "PurchaseAmount" not in sale
    assert purchase["PurchaseAmount"] == "100,00" and "SaleAmount" not in purchase


def test_refund_sends_refund_amount_and_negative_vat() -> None:
    """11.1 Refund Note: <RefundAmount> holds the absolute value, non-zero VAT is negative."""
    refund = dataclasses.replace(
        DATA_11_1, refund=True, vat=vat_sections([(25, -10000), (12, -1120)]), amount=11120
    )
    fields = validate_ctu_request_xml(build(refund))
    assert fields["RefundAmount"] == "111,20"
    assert "SaleAmount" not in fields
    assert fields["VAT1/Amount"] == "-20,00"
    assert fields["VAT2/Amount"] == "-1,20"
    assert fields["VAT3/Amount"] == "0,00"


@pytest.mark.parametrize(
    ("ore", "text"),
    [
        (10000, "100,00"),
        (-2000, "-20,00"),
        (0, "0,00"),
        (5, "0,05"),
        (-5, "-0,05"),
        (5240, "52,40"),
        (99_999_999_999_99, "99999999999,99"),
        (-9_999_999_999_99, "-9999999999,99"),
    ],
)
def test_format_ccu_amount(ore: int, text: str) -> None:
    """Section 9: "11 ', 2 numeric", and "'-10',2" for negative VAT amounts."""
    assert format_ccu_amount(ore) == text


@pytest.mark.parametrize("ore", [100_000_000_000_00, -10_000_000_000_00, 100.0, True, "100"])
def test_format_ccu_amount_refuses_what_section_9_cannot_carry(ore: object) -> None:
    """Section 9: 11 integer digits (10 with a minus sign), öre as an int only."""
    with pytest.raises(CtuFieldError):
        format_ccu_amount(ore)  # type: ignore[arg-type]


BAD_DATA = [
    ("OrgNr", {"org_nr": "123456789"}),
    ("OrgNr", {"org_nr": "12345678901"}),
    ("OrgNr", {"org_nr": "556123-456"}),
    ("OrgNr", {"org_nr": "１２３４５６７８９０"}),  # full-width digits are digits to str.isdigit
    ("ManRegisterID", {"register_id": ""}),
    ("ManRegisterID", {"register_id": "RA01AB01013300011"}),
    ("ManRegisterID", {"register_id": "RA01-AB01"}),
    ("ManRegisterID", {"register_id": "RÅ01"}),
    ("SequenceNumber", {"sequence_number": 0}),
    ("SequenceNumber", {"sequence_number": -1}),
    ("SequenceNumber", {"sequence_number": 10**12}),
    ("SequenceNumber", {"sequence_number": True}),
    ("ReceiptType", {"receipt_type": "kvitto"}),
    ("DateTime", {"date_time": datetime(999, 1, 1)}),
    ("DateTime", {"date_time": "201012241945"}),
    ("SaleAmount", {"amount": -1}),
    ("SaleAmount", {"amount": 100_000_000_000_00}),
    ("SaleAmount", {"amount": 100.0}),
    ("RefundAmount", {"amount": -1, "refund": True}),
    ("VAT1", {"vat": vat_sections([(25, 10000)])[:3]}),
    ("VAT1/Percent", {"vat": tuple(reversed(vat_sections([(25, 10000)])))}),
    ("VAT3/Percent", {"vat": (*vat_sections([])[:2], VatSection(7, 0, 0), vat_sections([])[3])}),
    ("VAT1/Amount", {"vat": vat_sections([(25, -10000)])}),  # negative VAT on a sale
    ("VAT1/Amount", {"refund": True}),  # positive VAT on a refund
]


@pytest.mark.parametrize(("field", "change"), BAD_DATA, ids=[f"{f}-{c}" for f, c in BAD_DATA])
def test_each_bad_field_is_named(field: str, change: dict[str, object]) -> None:
    """Section 9's field table: the error names the element that is wrong."""
    data = dataclasses.replace(DATA_11_1, **change)
    with pytest.raises(CtuFieldError) as caught:
        build(data)
    assert caught.value.field == field
    assert field in str(caught.value)
    assert caught.value.code == "ccu_field_invalid"


@pytest.mark.parametrize(
    ("field", "kw"),
    [
        ("ApplicationID", {"application_id": ""}),
        ("ApplicationID", {"application_id": "A" * 65}),
        ("ApplicationID", {"application_id": " RegApp"}),
        ("RequestID", {"request_id": "R" * 65}),
        ("RequestID", {"request_id": "line\nbreak"}),
        ("RequestID", {"request_id": "kvitto-ö"}),
        ("SaleAmount", {"sale_amount_element": "Amount"}),
    ],
)
def test_bad_ids_and_settings_are_named(field: str, kw: dict[str, str]) -> None:
    """Section 9: ApplicationID and RequestID hold at most 64 characters."""
    with pytest.raises(CtuFieldError) as caught:
        build(DATA_11_1, **kw)
    assert caught.value.field == field


def test_64_character_ids_are_fine() -> None:
    """Section 9: 64 is the limit, not beyond it."""
    body = build(DATA_11_1, application_id="A" * 64, request_id="R" * 64)
    assert validate_ctu_request_xml(body)["RequestID"] == "R" * 64


def test_built_request_validates_to_the_same_fields() -> None:
    """The builder and the receiving side use one field table (section 9)."""
    kw = {"application_id": "till 0.1", "request_id": "sale-42"}
    assert validate_ctu_request_xml(build(DATA_12, **kw)) == validate_control_data(DATA_12, **kw)


def test_field_table_covers_every_element_of_section_9() -> None:
    """Section 9 lists these tags; the table must have a rule for each."""
    expected = {
        "ApplicationID", "RequestID", "DateTime", "OrgNr", "ManRegisterID", "SequenceNumber",
        "ReceiptType", "SaleAmount", "PurchaseAmount", "RefundAmount", "Percent", "Amount",
    }  # fmt: skip
    assert set(FIELD_RULES) == expected


def test_the_documents_examples_validate() -> None:
    """11.1 (indented) and section 12 (one element per line) are both valid requests."""
    fields = validate_ctu_request_xml(EXAMPLE_11_1.encode())
    assert fields["OrgNr"] == "1111111111"
    assert fields["VAT1/Amount"] == "20,00"
    assert fields["ReceiptType"] == "normal"
    fields = validate_ctu_request_xml(EXAMPLE_12_REQUEST_BODY.encode())
    assert fields["PurchaseAmount"] == "262,00"
    assert fields["RequestID"] == "RA_VERIFY_RA01AB0101330001_1234"


def test_ids_are_optional_in_a_received_request() -> None:
    """11.1: "The ApplicationID and RequestID values are optional to the API"."""
    text = EXAMPLE_11_1.replace("  <ApplicationID>RegApp123</ApplicationID>\n", "")
    text = text.replace("  <RequestID>RegApp123_1001</RequestID>\n", "")
    fields = validate_ctu_request_xml(text.encode())
    assert "ApplicationID" not in fields and "RequestID" not in fields


def swap(text: str, a: str, b: str) -> str:
    return text.replace(a, "\0").replace(b, a).replace("\0", b)


BAD_XML = [
    ("OrgNr", EXAMPLE_11_1.replace("<OrgNr>1111111111</OrgNr>", "")),
    ("OrgNr", EXAMPLE_11_1.replace("1111111111", "111111111")),
    ("DateTime", EXAMPLE_11_1.replace("201012241945", "201013241945")),
    ("DateTime", EXAMPLE_11_1.replace("201012241945", "2010122419")),
    ("SequenceNumber", EXAMPLE_11_1.replace(">1001<", ">1234567890123<")),
    ("ManRegisterID", EXAMPLE_11_1.replace("RA01AB0101330001", "RA01AB01013300012")),
    ("ReceiptType", EXAMPLE_11_1.replace('Type="normal"', 'Type="kvitto"')),
    ("ReceiptType", EXAMPLE_11_1.replace('<ReceiptType Type="normal"/>', "<ReceiptType/>")),
    ("SaleAmount", EXAMPLE_11_1.replace("<SaleAmount>100,00</SaleAmount>", "")),
    ("SaleAmount", EXAMPLE_11_1.replace("100,00", "100.00")),
    ("SaleAmount", EXAMPLE_11_1.replace("100,00", "-100,00")),
    (
        "RefundAmount",
        EXAMPLE_11_1.replace("</SaleAmount>", "</SaleAmount><RefundAmount>1,00</RefundAmount>"),
    ),
    ("VAT1/Amount", EXAMPLE_11_1.replace("<Amount>20,00", "<Amount>-20,00")),
    (
        "VAT1/Amount",
        EXAMPLE_11_1.replace("SaleAmount>", "RefundAmount>"),  # a refund's VAT must be <= 0
    ),
    ("VAT2/Percent", EXAMPLE_11_1.replace("<Percent>12,00</Percent>", "<Percent>112,00</Percent>")),
    ("VAT3/Percent", EXAMPLE_11_1.replace("<Percent>6,00</Percent>", "")),
    ("VAT4", EXAMPLE_11_1.replace("<VAT4>", "<VAT5>").replace("</VAT4>", "</VAT5>")),
    ("Foo", EXAMPLE_11_1.replace("<ControlData>", "<ControlData><Foo/>")),
    ("VAT2", EXAMPLE_11_1.replace("</VAT1>", "</VAT1><VAT2><Percent>12,00</Percent></VAT2>")),
    (
        "DateTime",
        swap(EXAMPLE_11_1, "<DateTime>201012241945</DateTime>", "<OrgNr>1111111111</OrgNr>"),
    ),
    ("ControlData", EXAMPLE_11_1.replace("ControlData>", "Data>")),
    ("CtuRequest", EXAMPLE_11_1.replace("CtuRequest>", "CtuResponse>")),
    ("CtuRequest", EXAMPLE_11_1[:-20]),
    ("CtuRequest", ""),
]


@pytest.mark.parametrize(("field", "text"), BAD_XML)
def test_received_request_errors_name_the_element(field: str, text: str) -> None:
    """Section 9 and 12: iSecureIPC validates the receipt and says what is wrong."""
    with pytest.raises(CtuFieldError) as caught:
        validate_ctu_request_xml(text.encode())
    assert caught.value.field == field
    assert field in caught.value.reason


def test_entities_are_never_resolved(tmp_path) -> None:
    """A request may not make the validator read files (defused parsing)."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    text = f'<!DOCTYPE CtuRequest [<!ENTITY x SYSTEM "file://{secret}">]>\n' + EXAMPLE_11_1.replace(
        "RegApp123_1001", "&x;"
    )
    with pytest.raises(CtuFieldError) as caught:
        validate_ctu_request_xml(text.encode())
    assert "TOP SECRET" not in str(caught.value)
    assert caught.value.field == "CtuRequest"
