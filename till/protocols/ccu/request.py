"""The CtuRequest XML of CCU document sections 9 and 11.1: control data in, bytes out.

One field table (`FIELD_RULES`) serves both directions: the till checks what it is about to send
with it, and the simulator checks what it receives with it, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from till.core.control import ControlData
from till.core.receipt import ReceiptType
from till.core.vat import VAT_RATES, VatSection
from till.protocols.ccu.errors import CtuFieldError

__all__ = [
    "AMOUNT_ELEMENTS",
    "CONTROL_DATA_ORDER",
    "FIELD_RULES",
    "SALE_AMOUNT_ELEMENTS",
    "ControlData",
    "CtuFieldError",
    "build_ctu_request",
    "format_ccu_amount",
    "validate_control_data",
    "validate_ctu_request_xml",
]

# The document names the sale amount <SaleAmount> in section 9 and 11.1 but <PurchaseAmount>
# in the 11.1 text and the section 12 example, so which one is sent is a setting.
SALE_AMOUNT_ELEMENTS = ("SaleAmount", "PurchaseAmount")
AMOUNT_ELEMENTS = (*SALE_AMOUNT_ELEMENTS, "RefundAmount")
VAT_ELEMENTS = ("VAT1", "VAT2", "VAT3", "VAT4")
# Children of <ControlData> in the order of section 9 and both examples; "Amount" stands for
# whichever of AMOUNT_ELEMENTS the request holds.
CONTROL_DATA_ORDER = (
    "DateTime",
    "OrgNr",
    "ManRegisterID",
    "SequenceNumber",
    "ReceiptType",
    "Amount",
    *VAT_ELEMENTS,
)

# "Alphanumeric" in section 9 cannot be taken literally: the section 12 example sends
# "REG APP 1.0.0.0" and "RA_VERIFY_RA01AB0101330001_1234". Printable ASCII keeps a C-coded
# gateway safe; no edge spaces because the answer's texts are whitespace-trimmed.
_ID = r"(?! )[\x20-\x7e]{1,64}(?<! )"
_POSITIVE_AMOUNT = r"[0-9]{1,11},[0-9]{2}"  # "11 ', 2 numeric"

# Element name -> (pattern the whole text must match, what the cashier's owner is told).
# [0-9] rather than \d: \d would also accept non-ASCII digits.
FIELD_RULES: dict[str, tuple[re.Pattern[str], str]] = {
    "ApplicationID": (re.compile(_ID), "must be 1 to 64 printable ASCII characters"),
    "RequestID": (re.compile(_ID), "must be 1 to 64 printable ASCII characters"),
    "DateTime": (re.compile(r"[0-9]{12}"), "must be 12 digits YYYYMMDDhhmm"),
    "OrgNr": (re.compile(r"[0-9]{10}"), "must be 10 digits"),
    "ManRegisterID": (re.compile(r"[A-Za-z0-9]{1,16}"), "must be 1 to 16 letters A-Z or digits"),
    "SequenceNumber": (re.compile(r"[1-9][0-9]{0,11}"), "must be a number from 1 to 12 digits"),
    "ReceiptType": (
        re.compile("|".join(t.value for t in ReceiptType)),
        "must be one of " + ", ".join(t.value for t in ReceiptType),
    ),
    "SaleAmount": (re.compile(_POSITIVE_AMOUNT), "must be 0,00 to 99999999999,99"),
    "PurchaseAmount": (re.compile(_POSITIVE_AMOUNT), "must be 0,00 to 99999999999,99"),
    "RefundAmount": (re.compile(_POSITIVE_AMOUNT), "must be 0,00 to 99999999999,99"),
    "Percent": (re.compile(r"[0-9]{1,2},[0-9]{2}"), "must be 0,00 to 99,99"),
    # "11',2 numeric" for a sale, "'-10',2" for a refund: the sign takes one digit's place.
    "Amount": (
        re.compile(r"(?:[0-9]{1,11}|-[0-9]{1,10}),[0-9]{2}"),
        "must be -9999999999,99 to 99999999999,99",
    ),
}

_MAX_ORE = 99_999_999_999_99
_MIN_ORE = -9_999_999_999_99


def format_ccu_amount(ore: int, *, field: str = "Amount") -> str:
    """10000 -> "100,00", -2000 -> "-20,00"; beyond the "11,2 numeric" limits -> CtuFieldError."""
    if type(ore) is not int:  # bool is an int too, and money is never a float
        raise CtuFieldError(field, f"must be a whole number of öre, not {type(ore).__name__}")
    if not _MIN_ORE <= ore <= _MAX_ORE:
        raise CtuFieldError(field, "is outside -9999999999,99 to 99999999999,99")
    kronor, rest = divmod(abs(ore), 100)
    return f"{'-' if ore < 0 else ''}{kronor},{rest:02d}"


def _check(field: str, value: str, rule: str | None = None) -> str:
    pattern, problem = FIELD_RULES[rule or field]
    if not pattern.fullmatch(value):
        raise CtuFieldError(field, problem)
    return value


def _check_date_time(value: str) -> str:
    _check("DateTime", value)
    try:
        datetime.strptime(value, "%Y%m%d%H%M")
    except ValueError:
        raise CtuFieldError("DateTime", "is not a real date and time") from None
    return value


def _check_vat_sign(field: str, value: str, *, refund: bool) -> None:
    negative = value.startswith("-")
    if refund and not negative and value.strip("0,"):
        raise CtuFieldError(field, "must be negative or 0,00 on a refund")
    if not refund and negative:
        raise CtuFieldError(field, "must not be negative on a sale")


def validate_control_data(
    data: ControlData,
    *,
    application_id: str,
    request_id: str,
    sale_amount_element: str = "SaleAmount",
) -> dict[str, str]:
    """Every field as it will be sent, in document order; the first bad one -> CtuFieldError.

    Keys are element names; the VAT sections are "VAT1/Percent", "VAT1/Amount" and so on.
    """
    if sale_amount_element not in SALE_AMOUNT_ELEMENTS:
        raise CtuFieldError(
            "SaleAmount",
            f"element name {sale_amount_element!r} is not one of "
            + " or ".join(SALE_AMOUNT_ELEMENTS),
        )
    fields = {
        "ApplicationID": _check("ApplicationID", _text(application_id, "ApplicationID")),
        "RequestID": _check("RequestID", _text(request_id, "RequestID")),
    }
    if not isinstance(data.date_time, datetime):
        raise CtuFieldError("DateTime", "must be a date and time")
    fields["DateTime"] = _check_date_time(data.date_time.strftime("%Y%m%d%H%M"))
    fields["OrgNr"] = _check("OrgNr", _text(data.org_nr, "OrgNr"))
    fields["ManRegisterID"] = _check("ManRegisterID", _text(data.register_id, "ManRegisterID"))
    if type(data.sequence_number) is not int:
        raise CtuFieldError("SequenceNumber", "must be a whole number")
    fields["SequenceNumber"] = _check("SequenceNumber", str(data.sequence_number))
    try:
        fields["ReceiptType"] = ReceiptType(data.receipt_type).value
    except ValueError:
        raise CtuFieldError("ReceiptType", FIELD_RULES["ReceiptType"][1]) from None
    amount_element = "RefundAmount" if data.refund else sale_amount_element
    if type(data.amount) is int and data.amount < 0:
        raise CtuFieldError(
            amount_element, "must not be negative (a refund sends its absolute value)"
        )
    fields[amount_element] = _check(
        amount_element, format_ccu_amount(data.amount, field=amount_element)
    )
    if len(data.vat) != len(VAT_RATES):
        raise CtuFieldError("VAT1", f"there must be exactly four VAT sections, not {len(data.vat)}")
    for element, rate, section in zip(VAT_ELEMENTS, VAT_RATES, data.vat, strict=True):
        if not isinstance(section, VatSection) or section.rate != rate:
            raise CtuFieldError(f"{element}/Percent", f"must be the {rate} % section")
        fields[f"{element}/Percent"] = _check(
            f"{element}/Percent", format_ccu_amount(rate * 100), "Percent"
        )
        field = f"{element}/Amount"
        value = _check(field, format_ccu_amount(section.vat, field=field), "Amount")
        _check_vat_sign(field, value, refund=data.refund)
        fields[field] = value
    return fields


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise CtuFieldError(field, f"must be text, not {type(value).__name__}")
    return value


def build_ctu_request(
    data: ControlData,
    *,
    application_id: str,
    request_id: str,
    sale_amount_element: str = "SaleAmount",
) -> bytes:
    """The <CtuRequest> of section 11.1 as UTF-8 bytes, without newlines (the way section 12
    counts its body). Validates everything first: bad data never reaches the wire."""
    fields = validate_control_data(
        data,
        application_id=application_id,
        request_id=request_id,
        sale_amount_element=sale_amount_element,
    )
    root = etree.Element("CtuRequest")
    etree.SubElement(root, "ApplicationID").text = fields["ApplicationID"]
    etree.SubElement(root, "RequestID").text = fields["RequestID"]
    control = etree.SubElement(root, "ControlData")
    for name in ("DateTime", "OrgNr", "ManRegisterID", "SequenceNumber"):
        etree.SubElement(control, name).text = fields[name]
    etree.SubElement(control, "ReceiptType", Type=fields["ReceiptType"])
    amount_element = next(name for name in AMOUNT_ELEMENTS if name in fields)
    etree.SubElement(control, amount_element).text = fields[amount_element]
    for element in VAT_ELEMENTS:
        vat = etree.SubElement(control, element)
        etree.SubElement(vat, "Percent").text = fields[f"{element}/Percent"]
        etree.SubElement(vat, "Amount").text = fields[f"{element}/Amount"]
    return etree.tostring(root, encoding="utf-8", xml_declaration=False)


# --- the receiving side: what a control unit (our simulator) checks -------------------------

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def _elements(parent: etree._Element, name: str) -> list[etree._Element]:
    """The element children; text between them other than whitespace is an error."""
    if (parent.text or "").strip():
        raise CtuFieldError(name, "must hold elements, not text")
    children = []
    for child in parent:
        if (child.tail or "").strip():
            raise CtuFieldError(name, "must hold elements, not text")
        if isinstance(child.tag, str):  # skip processing instructions
            children.append(child)
    return children


def _by_name(
    parent: etree._Element,
    name: str,
    order: tuple[str, ...],
    optional: tuple[str, ...] = (),
    prefix: str = "",
) -> dict[str, etree._Element]:
    """Children keyed by name: each of `order` once (unless optional), nothing else, in order.

    A missing element is reported before an unknown one: a misspelt tag is both, and the
    missing name is the one that helps. `prefix` makes "VAT1/" + "Amount" field names.
    """
    children = _elements(parent, name)
    tags = [str(child.tag) for child in children]
    for tag in order:
        if tag not in tags and tag not in optional:
            raise CtuFieldError(prefix + tag, "is missing")
    for tag in tags:
        if tag not in order:
            raise CtuFieldError(prefix + tag, f"is not allowed in <{name}>")
        if tags.count(tag) > 1:
            raise CtuFieldError(prefix + tag, "appears more than once")
    for got, want in zip(tags, [tag for tag in order if tag in tags], strict=True):
        if got != want:
            raise CtuFieldError(prefix + want, f"is out of order in <{name}>")
    return dict(zip(tags, children, strict=True))


def _leaf(element: etree._Element, field: str) -> str:
    if len(element):
        raise CtuFieldError(field, "must hold text, not elements")
    return (element.text or "").strip()


def validate_ctu_request_xml(body: bytes) -> dict[str, str]:
    """Check a received <CtuRequest> against section 9 and return its fields.

    Keys as in `validate_control_data`; ApplicationID and RequestID only when present (11.1 calls
    them optional). Raises CtuFieldError naming the first bad or missing element.
    """
    try:
        doc = etree.fromstring(body, _PARSER).getroottree()
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise CtuFieldError("CtuRequest", f"is not well-formed XML ({exc})") from None
    if doc.docinfo.doctype:  # entities are not resolved anyway; a DTD has no business here
        raise CtuFieldError("CtuRequest", "must not carry a DOCTYPE")
    root = doc.getroot()
    if root.tag != "CtuRequest":
        raise CtuFieldError("CtuRequest", f"is missing (the root element is <{root.tag}>)")
    ids = ("ApplicationID", "RequestID")
    top = _by_name(root, "CtuRequest", (*ids, "ControlData"), optional=ids)
    fields: dict[str, str] = {}
    for name in ids:
        if name in top:
            fields[name] = _check(name, _leaf(top[name], name))

    control = top["ControlData"]
    amounts = [
        child.tag for child in _elements(control, "ControlData") if child.tag in AMOUNT_ELEMENTS
    ]
    if not amounts:
        raise CtuFieldError("SaleAmount", "is missing (or PurchaseAmount or RefundAmount)")
    if len(amounts) > 1:
        raise CtuFieldError(amounts[1], "a receipt must hold only one of Sale or Refund amount")
    amount_element = amounts[0]
    order = tuple(amount_element if tag == "Amount" else tag for tag in CONTROL_DATA_ORDER)
    parts = _by_name(control, "ControlData", order)

    fields["DateTime"] = _check_date_time(_leaf(parts["DateTime"], "DateTime"))
    for name in ("OrgNr", "ManRegisterID", "SequenceNumber"):
        fields[name] = _check(name, _leaf(parts[name], name))
    receipt_type = parts["ReceiptType"]
    if _leaf(receipt_type, "ReceiptType"):
        raise CtuFieldError("ReceiptType", "must carry its value in the Type attribute")
    fields["ReceiptType"] = _check("ReceiptType", receipt_type.get("Type", ""))
    fields[amount_element] = _check(amount_element, _leaf(parts[amount_element], amount_element))
    refund = amount_element == "RefundAmount"
    for element in VAT_ELEMENTS:
        vat = _by_name(parts[element], element, ("Percent", "Amount"), prefix=f"{element}/")
        for name in ("Percent", "Amount"):
            field = f"{element}/{name}"
            fields[field] = _check(field, _leaf(vat[name], field), name)
        _check_vat_sign(f"{element}/Amount", fields[f"{element}/Amount"], refund=refund)
    return fields
