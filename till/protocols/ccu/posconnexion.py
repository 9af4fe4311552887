"""The PosConneXion envelope of CCU document section 10, sans-IO: CtuRequest in, CtuResponse out.

Section 7 lists the direct methods ("TLS/HTTPS client requests sent directly from POS Device to
the CCU"); section 10 is what they carry. A request (10.1) is a header (ApplicationID,
RequestID, OrgNr, RegisterId, DateTime: 10.3.1-10.3.5) and a posConnexionServiceList holding one
posConnexionService: ServiceID CCU (10.4.1), ServiceVersion (10.4.2), ServiceFormat
application/xml (10.4.3), ServiceEncoding base64 (10.4.4) and ServiceData, the base64 of the
CtuRequest of section 9 / 11.1 (10.4.5). The answer (10.2) has a header with TransactionID and a
ResponseCode of its own, and per service a ResponseCode (10.5.2), ResponseMessage (10.5.3),
ResponseReason (10.5.4), ResponseAlert (10.5.5) and ServiceData holding the CtuResponse.

Reading is as strict as response.py (till.protocols.device_xml: UTF-8, no DTD, a field is its
element's whole text, a field twice is refused). The 10.2 example starts with a stray "[" line:
that is no XML document, and the till does not guess at what else a unit might put before the
root, so such an answer is refused (PosConneXionBadData) like any other unreadable one; the
tests say so with the verbatim example.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from till.protocols.ccu.errors import (
    ControlUnitMismatch,
    PosConneXionBadData,
    PosConneXionRefused,
    PosConneXionServiceRefused,
)
from till.protocols.device_xml import XmlRefused, parse_document, scalar_text

__all__ = [
    "DATE_TIME_FORMAT",
    "SERVICE_ID",
    "SERVICE_VERSION",
    "PosConneXionRequest",
    "PosConneXionRequestError",
    "PosConneXionResponse",
    "parse_response",
    "read_request",
    "unwrap_response",
    "wrap_ctu_request",
    "wrap_ctu_response",
]

SERVICE_ID = "CCU"  # 10.4.1, as in 10.1 and 10.2
SERVICE_VERSION = "1.0"  # 10.4.2, as in 10.1
SERVICE_FORMAT = "application/xml"  # 10.4.3
SERVICE_ENCODING = "base64"  # 10.4.4
# 10.3.5 names no format; the 10.1 example's "20170131142620" is YYYYMMDDhhmmss.
DATE_TIME_FORMAT = "%Y%m%d%H%M%S"

_RESPONSE_CODE = re.compile(r"0|-?[1-9][0-9]{0,8}", re.ASCII)  # as response.py
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_XML_SPACE = " \t\r\n"


def wrap_ctu_request(
    ctu_request: bytes,
    *,
    application_id: str,
    request_id: str,
    org_nr: str,
    register_id: str,
    date_time: datetime,
) -> bytes:
    """A posConneXionRequest (10.1) carrying `ctu_request` (build_ctu_request's bytes)."""
    root = etree.Element("posConneXionRequest")
    etree.SubElement(root, "ApplicationID").text = application_id
    etree.SubElement(root, "RequestID").text = request_id
    etree.SubElement(root, "OrgNr").text = org_nr
    etree.SubElement(root, "RegisterId").text = register_id
    etree.SubElement(root, "DateTime").text = date_time.strftime(DATE_TIME_FORMAT)
    services = etree.SubElement(root, "posConnexionServiceList")
    service = etree.SubElement(services, "posConnexionService")
    etree.SubElement(service, "ServiceID").text = SERVICE_ID
    etree.SubElement(service, "ServiceVersion").text = SERVICE_VERSION
    etree.SubElement(service, "ServiceFormat").text = SERVICE_FORMAT
    etree.SubElement(service, "ServiceEncoding").text = SERVICE_ENCODING
    etree.SubElement(service, "ServiceData").text = base64.b64encode(ctu_request).decode("ascii")
    # No XML declaration, like the 10.1 example; lxml writes UTF-8 as the document asks.
    return etree.tostring(root, encoding="utf-8", xml_declaration=False)


@dataclass(frozen=True, slots=True)
class PosConneXionResponse:
    """The fields of a posConneXionResponse (10.2) and of its CCU service."""

    transaction_id: str
    application_id: str
    request_id: str
    org_nr: str
    register_id: str
    response_code: int
    response_message: str
    response_reason: str
    response_alert: str
    service_id: str
    service_code: int | None  # None when the answer has no CCU service
    service_message: str
    service_reason: str
    service_alert: str
    service_data: bytes  # decoded; b"" when absent


def _only(parent: etree._Element, name: str) -> etree._Element | None:
    found = [child for child in parent if child.tag == name]
    if len(found) > 1:
        raise PosConneXionBadData(f"answer has {len(found)} {name} elements")
    return found[0] if found else None


def _text(parent: etree._Element, name: str) -> str:
    element = _only(parent, name)
    if element is None:
        return ""
    try:
        return scalar_text(element).strip(_XML_SPACE)
    except XmlRefused as exc:
        raise PosConneXionBadData(f"{name} {exc}") from None


def _code(parent: etree._Element, where: str) -> int:
    text = _text(parent, "ResponseCode")
    if not text:
        raise PosConneXionBadData(f"{where} has no ResponseCode")
    if not _RESPONSE_CODE.fullmatch(text):
        raise PosConneXionBadData(f"{where} ResponseCode {text[:40]!r} is not a number")
    return int(text)


def _decode(text: str) -> bytes:
    """ServiceData (10.5.6): base64, perhaps wrapped over lines; nothing else is accepted."""
    data = re.sub(r"[ \t\r\n]", "", text).encode("ascii", "replace")
    if len(data) % 4 or not _BASE64.fullmatch(data):
        raise PosConneXionBadData("ServiceData is not base64")
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise PosConneXionBadData("ServiceData is not base64") from None


def parse_response(body: bytes) -> PosConneXionResponse:
    """Read a posConneXionResponse; anything not shaped like 10.2 -> PosConneXionBadData."""
    try:
        root = parse_document(body)
    except XmlRefused as exc:
        raise PosConneXionBadData(f"answer body: {exc}") from None
    if root.tag != "posConneXionResponse":
        raise PosConneXionBadData(
            f"answer body is <{str(root.tag)[:40]}>, not <posConneXionResponse>"
        )
    response_code = _code(root, "the answer's header")
    service_list = _only(root, "posConnexionServiceList")
    ccu: list[etree._Element] = []
    if service_list is not None:
        for service in service_list:
            if service.tag == "posConnexionService" and _text(service, "ServiceID") == SERVICE_ID:
                ccu.append(service)
    if len(ccu) > 1:
        raise PosConneXionBadData(f"answer has {len(ccu)} CCU services")
    service_code: int | None = None
    service_fields = ("", "", "", "")
    data = b""
    if ccu:
        service = ccu[0]
        service_code = _code(service, "the CCU service")
        service_fields = (
            SERVICE_ID,
            _text(service, "ResponseMessage"),
            _text(service, "ResponseReason"),
            _text(service, "ResponseAlert"),
        )
        data = _decode(_text(service, "ServiceData"))
    return PosConneXionResponse(
        transaction_id=_text(root, "TransactionID"),
        application_id=_text(root, "ApplicationID"),
        request_id=_text(root, "RequestID"),
        org_nr=_text(root, "OrgNr"),
        register_id=_text(root, "RegisterId"),
        response_code=response_code,
        response_message=_text(root, "ResponseMessage"),
        response_reason=_text(root, "ResponseReason"),
        response_alert=_text(root, "ResponseAlert"),
        service_id=service_fields[0],
        service_code=service_code,
        service_message=service_fields[1],
        service_reason=service_fields[2],
        service_alert=service_fields[3],
        service_data=data,
    )


def unwrap_response(body: bytes, *, request_id: str) -> bytes:
    """The CtuResponse XML inside a posConneXionResponse to our request, for response.py.

    Checked in this order: readable (PosConneXionBadData), for our RequestID when it names
    one (ControlUnitMismatch), the header's ResponseCode (PosConneXionRefused), the CCU
    service's (PosConneXionServiceRefused), then a TransactionID and ServiceData that is a
    UTF-8 XML document (PosConneXionBadData).
    """
    answer = parse_response(body)
    # An answer naming another request must never be read as ours; a refusal that names
    # none is still the unit's no (10.3.2 says the ID "is returned", 10.2 shows it).
    if answer.request_id and answer.request_id != request_id:
        raise ControlUnitMismatch(
            f"RequestID {answer.request_id!r} in the envelope, {request_id!r} was sent"
        )
    if answer.response_code != 0:
        raise PosConneXionRefused(
            answer.response_code,
            answer.response_message,
            answer.response_reason,
            answer.response_alert,
        )
    if answer.service_code is None:
        raise PosConneXionBadData("the answer has no CCU service")
    if answer.service_code != 0:
        raise PosConneXionServiceRefused(
            answer.service_code,
            answer.service_message,
            answer.service_reason,
            answer.service_alert,
        )
    if not answer.request_id:
        raise ControlUnitMismatch("the envelope has no RequestID")
    if not answer.transaction_id:
        raise PosConneXionBadData("the answer has no TransactionID")
    if not answer.service_data:
        raise PosConneXionBadData("the CCU service has no ServiceData")
    try:
        parse_document(answer.service_data)
    except XmlRefused as exc:
        raise PosConneXionBadData(f"ServiceData: {exc}") from None
    return answer.service_data


# The control unit's side, for the simulator and the tests: read a request, write an answer.


class PosConneXionRequestError(ValueError):
    """A posConneXionRequest that is not shaped like 10.1 (the simulator refuses it)."""


@dataclass(frozen=True, slots=True)
class PosConneXionRequest:
    application_id: str
    request_id: str
    org_nr: str
    register_id: str
    date_time: str  # as sent, YYYYMMDDhhmmss in 10.1
    service_version: str
    ctu_request: bytes  # the decoded ServiceData of the CCU service


def read_request(body: bytes) -> PosConneXionRequest:
    """The header and the CCU service's CtuRequest of a posConneXionRequest (10.1, 10.4)."""
    try:
        root = parse_document(body)
        if root.tag != "posConneXionRequest":
            raise PosConneXionRequestError(f"<{str(root.tag)[:40]}> is no posConneXionRequest")
        service_list = _only(root, "posConnexionServiceList")
        services = [
            s
            for s in (service_list if service_list is not None else [])
            if s.tag == "posConnexionService" and _text(s, "ServiceID") == SERVICE_ID
        ]
        if len(services) != 1:
            raise PosConneXionRequestError(f"{len(services)} CCU services, not one")
        service = services[0]
        for name, wanted in (
            ("ServiceFormat", SERVICE_FORMAT),
            ("ServiceEncoding", SERVICE_ENCODING),
        ):
            if _text(service, name) != wanted:
                raise PosConneXionRequestError(f"{name} is not {wanted}")
        request = PosConneXionRequest(
            application_id=_text(root, "ApplicationID"),
            request_id=_text(root, "RequestID"),
            org_nr=_text(root, "OrgNr"),
            register_id=_text(root, "RegisterId"),
            date_time=_text(root, "DateTime"),
            service_version=_text(service, "ServiceVersion"),
            ctu_request=_decode(_text(service, "ServiceData")),
        )
    except XmlRefused as exc:
        raise PosConneXionRequestError(str(exc)) from None
    except PosConneXionBadData as exc:
        raise PosConneXionRequestError(str(exc.detail)) from None
    if not re.fullmatch(r"[0-9]{14}", request.date_time, re.ASCII):
        raise PosConneXionRequestError("DateTime is not YYYYMMDDhhmmss")
    return request


def wrap_ctu_response(
    ctu_response: bytes,
    *,
    transaction_id: str,
    application_id: str,
    request_id: str,
    org_nr: str,
    register_id: str,
    response_code: int = 0,
    response_message: str = "Success",
    response_reason: str = "",
    service_code: int = 0,
    service_message: str = "Success",
    service_reason: str = "",
) -> bytes:
    """A posConneXionResponse laid out like 10.2 (without its stray "[") around a CtuResponse."""
    root = etree.Element("posConneXionResponse")
    for name, value in (
        ("TransactionID", transaction_id),
        ("ApplicationID", application_id),
        ("RequestID", request_id),
        ("OrgNr", org_nr),
        ("RegisterId", register_id),
        ("ResponseCode", str(response_code)),
        ("ResponseMessage", response_message),
        ("ResponseReason", response_reason),
    ):
        etree.SubElement(root, name).text = value
    service = etree.SubElement(
        etree.SubElement(root, "posConnexionServiceList"), "posConnexionService"
    )
    etree.SubElement(service, "ServiceID").text = SERVICE_ID
    etree.SubElement(service, "ResponseCode").text = str(service_code)
    etree.SubElement(service, "ResponseMessage").text = service_message
    etree.SubElement(service, "ResponseReason").text = service_reason
    etree.SubElement(service, "ServiceData").text = base64.b64encode(ctu_response).decode("ascii")
    return etree.tostring(root, encoding="utf-8", xml_declaration=False)
