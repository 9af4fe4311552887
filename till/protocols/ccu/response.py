"""The CtuResponse XML of CCU document sections 9, 11.2 and 11.3, and what an answer means."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from till.core.receipt import ControlCode
from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    ControlUnitRejected,
)

CODE_LENGTH = 59  # section 9: "<Code> 59 Alphanumeric characters"

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


@dataclass(frozen=True, slots=True)
class CtuResponse:
    response_code: int
    response_message: str
    response_reason: str
    application_id: str
    request_id: str
    ctuid: str
    code: str  # "" when absent, as in every error answer (11.3)


def _text(parent: etree._Element, path: str) -> str:
    # 11.3 spreads texts over several indented lines, so surrounding whitespace is not content.
    element = parent.find(path)
    return "" if element is None else (element.text or "").strip()


def parse_ctu_response(body: bytes) -> CtuResponse:
    """Parse a <CtuResponse>; malformed XML or a missing/non-numeric ResponseCode ->
    CcuProtocolError."""
    try:
        root = etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise CcuProtocolError(f"answer body is not well-formed XML: {exc}") from None
    if root.getroottree().docinfo.doctype:
        raise CcuProtocolError("answer body carries a DOCTYPE")
    if root.tag != "CtuResponse":
        raise CcuProtocolError(f"answer body is <{root.tag}>, not <CtuResponse>")
    code_text = _text(root, "ResponseCode")
    if not code_text:
        raise CcuProtocolError("answer has no ResponseCode")
    try:
        response_code = int(code_text)
    except ValueError:
        raise CcuProtocolError(f"ResponseCode {code_text!r} is not a number") from None
    return CtuResponse(
        response_code=response_code,
        response_message=_text(root, "ResponseMessage"),
        response_reason=_text(root, "ResponseReason"),
        application_id=_text(root, "ApplicationID"),
        request_id=_text(root, "RequestID"),
        ctuid=_text(root, "ControlCode/CTUID"),
        code=_text(root, "ControlCode/Code"),
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
