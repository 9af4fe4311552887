"""The CtuResponse XML of CCU document sections 9, 11.2 and 11.3, and what an answer means.

The body is read by till.protocols.device_xml: UTF-8 only (section 12's charset=utf-8), no
DTD however encoded, and a field is its element's whole text, so a comment or processing
instruction inside ResponseCode is refused rather than cut short. ResponseCode is a canonical
decimal (section 9: "numeric value"; 0 is success and only "0" spells it); a field that
appears twice is refused, so no first or last one can win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from till.core.receipt import ControlCode
from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    ControlUnitRejected,
)
from till.protocols.device_xml import XmlRefused, parse_document, scalar_text

CODE_LENGTH = 59  # section 9: "<Code> 59 Alphanumeric characters"

# What a C service's printf("%d") writes, up to 9 digits: "00", "+0", "-0", "٠" are no codes.
_RESPONSE_CODE = re.compile(r"0|-?[1-9][0-9]{0,8}", re.ASCII)


@dataclass(frozen=True, slots=True)
class CtuResponse:
    response_code: int
    response_message: str
    response_reason: str
    application_id: str
    request_id: str
    ctuid: str
    code: str  # "" when absent, as in every error answer (11.3)


def _only(parent: etree._Element, name: str) -> etree._Element | None:
    """The one child element `name`, None if absent; twice is an error."""
    found = [child for child in parent if child.tag == name]
    if len(found) > 1:
        raise CcuProtocolError(f"answer has {len(found)} {name} elements")
    return found[0] if found else None


def _text(parent: etree._Element | None, name: str) -> str:
    element = None if parent is None else _only(parent, name)
    if element is None:
        return ""
    try:
        text = scalar_text(element)
    except XmlRefused as exc:
        raise CcuProtocolError(f"{name} {exc}") from None
    # 11.3 spreads texts over several indented lines, so surrounding whitespace is not content.
    return text.strip(" \t\r\n")


def parse_ctu_response(body: bytes) -> CtuResponse:
    """Parse a <CtuResponse>; anything else (not UTF-8 XML, a DTD, markup inside a field, a
    field twice, a missing or non-numeric ResponseCode) -> CcuProtocolError."""
    try:
        root = parse_document(body)
    except XmlRefused as exc:
        raise CcuProtocolError(f"answer body: {exc}") from None
    if root.tag != "CtuResponse":
        raise CcuProtocolError(f"answer body is <{str(root.tag)[:40]}>, not <CtuResponse>")
    code_text = _text(root, "ResponseCode")
    if not code_text:
        raise CcuProtocolError("answer has no ResponseCode")
    if not _RESPONSE_CODE.fullmatch(code_text):
        raise CcuProtocolError(f"ResponseCode {code_text[:40]!r} is not a number")
    control_code = _only(root, "ControlCode")
    return CtuResponse(
        response_code=int(code_text),
        response_message=_text(root, "ResponseMessage"),
        response_reason=_text(root, "ResponseReason"),
        application_id=_text(root, "ApplicationID"),
        request_id=_text(root, "RequestID"),
        ctuid=_text(control_code, "CTUID"),
        code=_text(control_code, "Code"),
    )


def control_code_from_answer(
    status: int, reason: str, body: bytes, *, request_id: str
) -> ControlCode:
    """The control code in an HTTP answer to our request, or the error saying why there is none.

    Section 12.1: success is HTTP 200 AND ResponseCode 0, nothing else.
    """
    if status != 200:
        raise ControlUnitRejected(status, reason)
    response = parse_ctu_response(body)
    if response.response_code != 0:
        raise ControlUnitRefusedReceipt(
            response.response_code, response.response_message, response.response_reason
        )
    if response.request_id != request_id:
        # An answer meant for another request must never end up on this receipt.
        raise ControlUnitMismatch(
            f"RequestID {response.request_id!r} in the answer, {request_id!r} was sent"
        )
    if not response.ctuid:
        raise ControlUnitMismatch("the answer has no CTUID")
    if len(response.code) != CODE_LENGTH:
        raise ControlUnitMismatch(
            f"the control code has {len(response.code)} characters, not {CODE_LENGTH}"
        )
    return ControlCode(ctuid=response.ctuid, code=response.code)
