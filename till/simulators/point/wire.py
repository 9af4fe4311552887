"""The simulator's own reading and writing of Point documents (it never uses the till's codec,
so that a codec mistake cannot hide behind an identical mistake here).

Requests are bare `<TRANSACTION>` documents back to back on the socket, without a length
prefix, as in Verifone's public samples and the SCA "Message Format" page
(https://verifone.cloud/docs/sca-functional-specification/html/protocol_spec/message_format).
Point requests never nest a TRANSACTION element, so a request ends at the first
`</TRANSACTION>` (or an empty `<TRANSACTION/>`). Each one is parsed with lxml with entities,
DTDs and the network off, into a flat name -> text mapping. Answers are `<RESPONSE>` with one
field per line, as in the spec document's examples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from lxml import etree

from till.simulators.point import scenarios as codes

MAX_REQUEST = 64 * 1024  # far above any Point request; more without an end is a lost stream
_END = re.compile(rb"</TRANSACTION[ \t\r\n]*>|<TRANSACTION[ \t\r\n]*/>")
Pairs = list[tuple[str, object]]
_AMOUNT = re.compile(r"([0-9]{1,6})(?:\.([0-9]{1,2}))?")


class WireError(ValueError):
    """A request the simulator cannot read."""


class RequestSplitter:
    """Bytes in, whole `<TRANSACTION>` documents out."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> list[bytes]:
        self._buffer += data
        documents = []
        while True:
            match = _END.search(self._buffer)
            if match is None:
                break
            documents.append(bytes(self._buffer[: match.end()]).strip())
            del self._buffer[: match.end()]
        if len(self._buffer) > MAX_REQUEST:
            raise WireError(f"more than {MAX_REQUEST} bytes without </TRANSACTION>")
        return documents


def parse_request(document: bytes) -> dict[str, str]:
    """FIELD -> text of one `<TRANSACTION>`; WireError for anything else."""
    if b"<!DOCTYPE" in document or b"<!ENTITY" in document:
        raise WireError("a DTD in a request")
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True
    )
    try:
        root = etree.fromstring(document, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise WireError(f"not XML: {exc}") from None
    if root.tag != "TRANSACTION":
        raise WireError(f"root element {root.tag!r}")
    fields: dict[str, str] = {}
    for child in root:
        if not isinstance(child.tag, str):
            continue  # a processing instruction
        if len(child) or child.tag in fields:
            raise WireError(f"{child.tag}: nested or repeated")
        fields[child.tag] = (child.text or "").strip()
    return fields


def response(pairs: Iterable[tuple[str, object]]) -> bytes:
    """A `<RESPONSE>` document; fields whose value is None are left out."""
    lines = [f"<{name}>{escape(str(value))}</{name}>" for name, value in pairs if value is not None]
    return ("<RESPONSE>\n" + "\n".join(lines) + "\n</RESPONSE>").encode("utf-8")


def parse_amount(text: str | None) -> int | None:
    """ "12.50" -> 1250 öre; None if absent, malformed or zero."""
    match = _AMOUNT.fullmatch(text or "")
    if match is None:
        return None
    ore = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    return ore or None


def format_amount(ore: int) -> str:
    return f"{ore // 100}.{ore % 100:02d}"


def answer(
    text: str, result: str, code: int, *fields: tuple[str, object], status: str | None = None
) -> Pairs:
    """The four fields every answer has, then the command's own."""
    if status is None:
        status = "SUCCESS" if code == codes.SUCCESS else "FAILURE"
    head: Pairs = [
        ("RESPONSE_TEXT", text),
        ("RESULT", result),
        ("RESULT_CODE", code),
        ("TERMINATION_STATUS", status),
    ]
    return head + list(fields)


def field_error(detail: str) -> Pairs:
    return answer(detail[:100], "FIELD_ERROR", codes.FIELD_ERROR)


def busy() -> Pairs:
    return answer("DEVICE IS BUSY", "BUSY", codes.DEVICE_BUSY)
