"""Point documents to messages and back: `encode_request`, `decode_response`, `decode_request`.

Requests are written the way the SCA "Message Format" page asks: one `<TRANSACTION>` element,
upper-case field names, no XML declaration, FUNCTION_TYPE and COMMAND first, one field per
line as in the public examples, and COUNTER, MAC and MAC_LABEL last on authenticated commands.
Answers are read with the strict reader the LTI and CCU codecs share (device_xml: UTF-8 only,
no DTD, markup inside a field refused) and must have the root `<RESPONSE>`, one element per
field, each field at most once.

Numbers are ASCII digits only with a bound on their length (RESULT_CODE, COUNTER,
SECONDARY_DATA, DETAILED_STATUS: an optional minus and 1..10 digits); amounts are "5.35"
("Floating point number 1(2) 6(2)" on the CAPTURE and CREDIT pages): 1..9 integer digits and at
most two decimals, read into int öre, never through float. Any other field is kept as text in
`extra`, bounded by the document size. A missing RESULT_CODE is an error: an answer that does
not say how it ended cannot be judged.

Decisions where the public material is silent:
- CTROUTD is kept as text (1..40 printable characters): for APM payments the CAPTURE answer
  carries the APM's order id there, "increased to 16 characters", not only digits.
- REG_VER 1 needs ENTRY_CODE (4 digits); for REG_VER 2 the REGISTER page says the code is not
  sent but returned in the answer, so the till sends none and checks the echo (pairing.py).
- INVOICE is 1..40 characters; POS_RECON 1..30 (START SESSION and CONFIRMATION pages);
  POS_PORT a port number; the terminal's listener-address fields are POS_IP and POS_PORT.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import MISSING
from dataclasses import fields as dataclass_fields
from typing import Any
from xml.sax.saxutils import escape

from lxml import etree

from till.protocols.device_xml import XmlRefused, parse_document, scalar_text
from till.protocols.point.errors import PointLocalProtocolError, PointMessageError
from till.protocols.point.mac import MAX_COUNTER, Authentication, check_label
from till.protocols.point.messages import (
    REQUESTS,
    Capture,
    Confirmation,
    Credit,
    GetCounter,
    Notification,
    Register,
    Request,
    Response,
    SessionStart,
    Unregister,
    Void,
)

MAX_AMOUNT = 99_999_999  # öre: six integer digits and two decimals, 999999.99
_INT = re.compile(r"-?[0-9]{1,10}")
_AMOUNT = re.compile(r"([0-9]{1,9})(?:\.([0-9]{1,2}))?")
_WS = " \t\r\n"
_INT_FIELDS = frozenset({"RESULT_CODE", "COUNTER", "SECONDARY_DATA", "DETAILED_STATUS"})
_AMOUNT_FIELDS = frozenset({"TRANS_AMOUNT", "APPROVED_AMOUNT"})
_AUTH_FIELDS = ("COUNTER", "MAC", "MAC_LABEL")
_BY_COMMAND = {(cls.function_type, cls.command): cls for cls in REQUESTS}


# -- encoding -----------------------------------------------------------------------------------


def format_amount(ore: int) -> str:
    """`ore` as the wire writes it: 1250 -> "12.50"."""
    if isinstance(ore, bool) or not isinstance(ore, int) or not 1 <= ore <= MAX_AMOUNT:
        raise PointLocalProtocolError(f"an amount of 1..{MAX_AMOUNT} öre, not {ore!r}")
    return f"{ore // 100}.{ore % 100:02d}"


def _text(value: str, name: str, low: int, high: int) -> str:
    if not (low <= len(value) <= high and value.isprintable()):
        raise PointLocalProtocolError(f"{name} must be {low}..{high} printable characters")
    return value


def _request_fields(request: Request) -> list[tuple[str, str]]:
    """The fields after FUNCTION_TYPE and COMMAND, in wire order, checked."""
    out: list[tuple[str, str]] = []
    if isinstance(request, Register):
        if request.reg_ver not in (1, 2):
            raise PointLocalProtocolError(f"REG_VER is 1 or 2, not {request.reg_ver!r}")
        if request.reg_ver == 1:
            code = request.entry_code or ""
            if not (len(code) == 4 and code.isascii() and code.isdigit()):
                raise PointLocalProtocolError("REG_VER 1 needs a 4-digit ENTRY_CODE")
            out.append(("ENTRY_CODE", code))
        elif request.entry_code is not None:
            raise PointLocalProtocolError("REG_VER 2 sends no ENTRY_CODE")
        out.append(("KEY", _text(request.key, "KEY", 1, 4096)))
        out.append(("REG_VER", str(request.reg_ver)))
        return out
    if isinstance(request, Unregister) and request.entry_code is not None:
        out.append(("ENTRY_CODE", _text(request.entry_code, "ENTRY_CODE", 1, 8)))
    if isinstance(request, GetCounter):
        out.append(("MAC_LABEL", check_label(request.mac_label)))
    if isinstance(request, SessionStart):
        out.append(("INVOICE", _text(request.invoice, "INVOICE", 1, 40)))
        if request.store_num is not None:
            out.append(("STORE_NUM", _text(request.store_num, "STORE_NUM", 1, 6)))
        if request.lane is not None:
            if not 0 <= request.lane <= 99_999_999:
                raise PointLocalProtocolError("LANE is 1..8 digits")
            out.append(("LANE", str(request.lane)))
        if request.cashier_id is not None:
            out.append(("CASHIER_ID", _text(request.cashier_id, "CASHIER_ID", 1, 10)))
        if (request.pos_ip is None) != (request.pos_port is None):
            raise PointLocalProtocolError("POS_IP and POS_PORT go together")
        if request.pos_ip is not None and request.pos_port is not None:
            try:
                ipaddress.ip_address(request.pos_ip)
            except ValueError:
                raise PointLocalProtocolError(f"POS_IP {request.pos_ip!r} is no address") from None
            if not 1 <= request.pos_port <= 65535:
                raise PointLocalProtocolError(f"POS_PORT {request.pos_port!r} is no port")
            out.append(("POS_IP", request.pos_ip))
            out.append(("POS_PORT", str(request.pos_port)))
    if isinstance(request, (Capture, Credit)):
        out.append(("TRANS_AMOUNT", format_amount(request.amount)))
    if isinstance(request, (Capture, Credit, Void)) and request.payment_type is not None:
        out.append(("PAYMENT_TYPE", _text(request.payment_type, "PAYMENT_TYPE", 1, 20)))
    if isinstance(request, (Credit, Void)) and request.ctroutd is not None:
        out.append(("CTROUTD", _text(request.ctroutd, "CTROUTD", 1, 40)))
    if isinstance(request, Confirmation):
        if request.value not in ("CONFIRMED", "DENIED"):
            raise PointLocalProtocolError(f"VALUE is CONFIRMED or DENIED, not {request.value!r}")
        out.append(("VALUE", request.value))
    pos_recon = getattr(request, "pos_recon", None)
    if pos_recon is not None:
        out.append(("POS_RECON", _text(pos_recon, "POS_RECON", 1, 30)))
    return out


def encode_request(request: Request, auth: Authentication | None = None) -> bytes:
    """The document for `request`; `auth` is required exactly when the command is
    authenticated."""
    if request.authenticated and auth is None:
        raise PointLocalProtocolError(f"{request.command} needs COUNTER, MAC and MAC_LABEL")
    if not request.authenticated and auth is not None:
        raise PointLocalProtocolError(f"{request.command} is sent without COUNTER and MAC")
    pairs = [("FUNCTION_TYPE", request.function_type), ("COMMAND", request.command)]
    pairs += _request_fields(request)
    if auth is not None:
        if not 1 <= auth.counter <= MAX_COUNTER:
            raise PointLocalProtocolError(f"COUNTER {auth.counter} is outside 1..{MAX_COUNTER}")
        pairs += [
            ("COUNTER", str(auth.counter)),
            ("MAC", _text(auth.mac, "MAC", 1, 200)),
            ("MAC_LABEL", check_label(auth.mac_label)),
        ]
    lines = [f"<{name}>{escape(value)}</{name}>" for name, value in pairs]
    return ("<TRANSACTION>\n" + "\n".join(lines) + "\n</TRANSACTION>").encode("utf-8")


# -- decoding -----------------------------------------------------------------------------------


def parse_int(text: str, name: str) -> int:
    """An optionally negative ASCII integer of 1..10 digits."""
    stripped = text.strip(_WS)
    if not _INT.fullmatch(stripped):
        raise PointMessageError(f"{name}: {text[:40]!r} is not a number")
    return int(stripped)


def parse_amount(text: str, name: str) -> int:
    """ "5.35" -> 535 öre; ASCII digits, at most two decimals, no sign, no exponent."""
    stripped = text.strip(_WS)
    match = _AMOUNT.fullmatch(stripped)
    if match is None:
        raise PointMessageError(f"{name}: {text[:40]!r} is not an amount")
    whole, cents = match.group(1), (match.group(2) or "").ljust(2, "0")
    return int(whole) * 100 + int(cents)


def _fields(payload: bytes, root_tag: str) -> dict[str, str]:
    try:
        root = parse_document(payload)
        if root.tag != root_tag:
            raise PointMessageError(f"root element {str(root.tag)[:40]!r}, expected {root_tag}")
        values: dict[str, str] = {}
        for child in root:
            if not isinstance(child.tag, str):
                continue  # a comment or processing instruction between fields
            name = child.tag
            if name in values:
                raise PointMessageError(f"{root_tag}: {name[:40]} twice")
            values[name] = scalar_text(child)
        if root.text and root.text.strip(_WS):
            raise PointMessageError(f"{root_tag}: text outside the fields")
        for child in root:
            if child.tail and child.tail.strip(_WS):
                raise PointMessageError(f"{root_tag}: text outside the fields")
        return values
    except XmlRefused as exc:
        raise PointMessageError(str(exc)) from None
    except (ValueError, etree.LxmlError) as exc:  # e.g. a tag lxml cannot name
        raise PointMessageError(f"not a Point document: {exc}") from None


def _optional(value: str | None) -> str | None:
    return None if value is None or value.strip(_WS) == "" else value


def decode_response(payload: bytes, expected: type[Response] = Response) -> Response:
    """A `<RESPONSE>` document as `expected` (the class the outstanding request names)."""
    values = _fields(payload, "RESPONSE")
    if _optional(values.get("RESULT_CODE")) is None:
        raise PointMessageError("RESPONSE: no RESULT_CODE")
    typed = {"RESPONSE_TEXT", "RESULT", "RESULT_CODE", "TERMINATION_STATUS", "COUNTER"}
    typed |= {"POS_RECON", *expected.wire_fields}
    known = {f.name for f in dataclass_fields(expected)}
    kwargs: dict[str, Any] = {}
    for name in typed:
        if name not in values:
            continue
        attr = name.lower()
        if attr not in known:
            continue
        raw = values[name]
        if name in _INT_FIELDS:
            kwargs[attr] = None if _optional(raw) is None else parse_int(raw, name)
        elif name in _AMOUNT_FIELDS:
            kwargs[attr] = None if _optional(raw) is None else parse_amount(raw, name)
        elif name in ("RESPONSE_TEXT", "RESULT", "TERMINATION_STATUS"):
            kwargs[attr] = raw.strip(_WS)
        else:
            kwargs[attr] = _optional(raw)
    counter = kwargs.get("counter")
    if counter is not None and not 0 <= counter <= MAX_COUNTER:
        raise PointMessageError(f"COUNTER {counter} is outside 0..{MAX_COUNTER}")
    kwargs["extra"] = {name: text for name, text in values.items() if name not in typed}
    return expected(**kwargs)


def decode_notification(payload: bytes) -> Notification:
    """An unsolicited `<RESPONSE>` (the till's listener, or an answer to nothing)."""
    response = decode_response(payload, Notification)
    assert isinstance(response, Notification)
    return response


# -- requests, for the simulator and the tests --------------------------------------------------


def _decode_auth(values: dict[str, str]) -> Authentication | None:
    present = [name for name in _AUTH_FIELDS if name in values]
    if not present:
        return None
    if len(present) != len(_AUTH_FIELDS):
        raise PointMessageError("TRANSACTION: COUNTER, MAC and MAC_LABEL go together")
    counter = parse_int(values["COUNTER"], "COUNTER")
    if not 1 <= counter <= MAX_COUNTER:
        raise PointMessageError(f"COUNTER {counter} is outside 1..{MAX_COUNTER}")
    try:
        label = check_label(values["MAC_LABEL"])
    except ValueError as exc:
        raise PointMessageError(str(exc)) from None
    return Authentication(counter, values["MAC"].strip(_WS), label)


def decode_request(payload: bytes) -> tuple[Request, Authentication | None, dict[str, str]]:
    """A `<TRANSACTION>` document: the request, its COUNTER/MAC/MAC_LABEL (None when absent,
    as in the spec document's CONFIRMATION example) and the fields not modelled."""
    values = _fields(payload, "TRANSACTION")
    key = (values.get("FUNCTION_TYPE", "").strip(_WS), values.get("COMMAND", "").strip(_WS))
    cls = _BY_COMMAND.get(key)
    if cls is None:
        raise PointMessageError(f"unknown command {key[0][:20]!r} {key[1][:20]!r}")
    # GET_COUNTER names its MAC_LABEL as its own field and is sent without COUNTER and MAC.
    auth = None if cls is GetCounter else _decode_auth(values)
    consumed = {"FUNCTION_TYPE", "COMMAND", *(_AUTH_FIELDS if auth else ())}
    kwargs: dict[str, Any] = {}
    for f in dataclass_fields(cls):
        name = f.name.upper()
        wire = "TRANS_AMOUNT" if name == "AMOUNT" else name
        if wire not in values:
            # An absent optional field is None, not the till's own default (Klarna);
            # REG_VER's default 1 is the protocol's ("treated as REG_VER 1").
            if f.default is not MISSING and wire != "REG_VER":
                kwargs[f.name] = None
            continue
        consumed.add(wire)
        raw = values[wire]
        if wire == "TRANS_AMOUNT":
            kwargs[f.name] = parse_amount(raw, wire)
        elif wire in ("REG_VER", "POS_PORT", "LANE"):
            kwargs[f.name] = parse_int(raw, wire)
        else:
            kwargs[f.name] = raw.strip(_WS)
    try:
        request = cls(**kwargs)
    except TypeError as exc:
        raise PointMessageError(f"{key[1]}: a required field is missing ({exc})") from None
    extra = {name: text for name, text in values.items() if name not in consumed}
    return request, auth, extra
