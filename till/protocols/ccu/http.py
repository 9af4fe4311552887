"""HTTP/1.1 as iSecureIPC speaks it (CCU document section 12), sans-IO in the style of h11.

One POST per TCP connection, the answer read until it is complete. iSecureIPC is a small C
service, not a web server: its answer header says "Connection : Close" (a space before the
colon) and its status codes go up to 921 with their own reason texts, so the reader is lenient
about those and strict about everything that would let a wrong body through.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from till.protocols.ccu.errors import CcuProtocolError, ControlUnitDropped

MAX_HEAD = 64 * 1024
MAX_BODY = 1024 * 1024  # a CtuResponse is a few hundred bytes

_END_OF_HEAD = re.compile(rb"\r?\n\r?\n")
_STATUS_LINE = re.compile(r"HTTP/1\.[01] ([0-9]{3})(?: (.*))?")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_DIGITS = re.compile(r"[0-9]+")


def build_http_request(body: bytes, *, host: str, user_agent: str = "till") -> bytes:
    """The POST of section 12, header for header, with CRLF line ends."""
    if not host or any(c in host for c in "\r\n \t"):
        raise ValueError(f"not a host name: {host!r}")
    if ":" in host and not host.startswith("["):  # an IPv6 address
        host = f"[{host}]"
    head = (
        "POST /ctuserver HTTP/1.1\r\n"
        f"User-Agent: {user_agent}\r\n"
        f"Host: {host}\r\n"
        "Content-type: text/xml; charset=utf-8\r\n"
        f"Content-length: {len(body)}\r\n"
        "Connection: Close\r\n"
        "Cache-Control: no-cache\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    reason: str
    headers: dict[str, str] = field(default_factory=dict)  # names lower-cased, values stripped
    body: bytes = b""


@dataclass(frozen=True)
class _Head:
    status: int
    reason: str
    headers: dict[str, str]
    content_length: int | None
    body_start: int


class HttpAnswerReader:
    """Feed it bytes as they arrive; `answer()` is None until the answer is complete.

    Errors: CcuProtocolError for anything that is not a well-formed answer; ControlUnitDropped
    when the connection ends before the header is complete (the unit vanished mid-answer).
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._eof = False
        self._head: _Head | None = None

    def receive_data(self, data: bytes) -> None:
        if self._eof:
            raise RuntimeError("receive_data() after receive_eof()")
        self._buffer += data

    def receive_eof(self) -> None:
        self._eof = True

    def answer(self) -> HttpAnswer | None:
        if self._head is None:
            self._head = self._read_head()
            if self._head is None:
                return None
        head = self._head
        body = bytes(self._buffer[head.body_start :])
        if head.content_length is None:  # the body ends where the connection does
            if len(body) > MAX_BODY:
                raise CcuProtocolError(f"answer body larger than {MAX_BODY} bytes")
            if not self._eof:
                return None
        else:
            if len(body) < head.content_length:
                if self._eof:
                    raise CcuProtocolError(
                        f"answer body has {len(body)} bytes, "
                        f"Content-Length said {head.content_length}"
                    )
                return None
            extra = body[head.content_length :]
            # A stray line end after the body is harmless; anything else means a wrong length.
            if extra.strip(b" \t\r\n"):
                raise CcuProtocolError(
                    f"answer body is longer than its Content-Length {head.content_length}"
                )
            body = body[: head.content_length]
        return HttpAnswer(head.status, head.reason, head.headers, body)

    def _read_head(self) -> _Head | None:
        buffer = self._buffer
        line_end = buffer.find(b"\n")
        first = bytes(buffer if line_end < 0 else buffer[:line_end])
        if not (first.startswith(b"HTTP/") or b"HTTP/".startswith(first)):
            raise CcuProtocolError(f"answer is not HTTP: {first[:40]!r}")
        if line_end >= 0:
            _parse_status_line(first)  # fail early on a bad status line
        match = _END_OF_HEAD.search(buffer)
        if match is None:
            if len(buffer) > MAX_HEAD:
                raise CcuProtocolError(f"answer header larger than {MAX_HEAD} bytes")
            if self._eof:
                raise ControlUnitDropped(
                    "connection closed before the answer's header was complete"
                    if buffer
                    else "connection closed without an answer"
                )
            return None
        if match.start() > MAX_HEAD:
            raise CcuProtocolError(f"answer header larger than {MAX_HEAD} bytes")
        lines = bytes(buffer[: match.start()]).decode("latin-1").split("\n")
        status, reason = _parse_status_line(lines[0].encode("latin-1"))
        headers = _parse_headers(line.removesuffix("\r") for line in lines[1:])
        content_length = _content_length(headers)
        return _Head(status, reason, headers, content_length, match.end())


def _parse_status_line(line: bytes) -> tuple[int, str]:
    text = line.decode("latin-1").removesuffix("\r")
    match = _STATUS_LINE.fullmatch(text)
    if match is None:
        raise CcuProtocolError(f"bad HTTP status line: {text[:80]!r}")
    return int(match.group(1)), (match.group(2) or "").strip()


def _parse_headers(lines: Iterable[str]) -> dict[str, str]:
    headers: dict[str, str] = {}
    seen: set[str] = set()
    for line in lines:
        if line[:1] in (" ", "\t"):
            raise CcuProtocolError("folded header lines are not allowed")
        name, colon, value = line.partition(":")
        # "Connection : Close" (section 12) has a space before the colon: strip the name.
        name = name.strip().lower()
        if not colon or not _TOKEN.fullmatch(name):
            raise CcuProtocolError(f"bad header line: {line[:80]!r}")
        value = value.strip()
        if name in seen:
            if name == "content-length" and headers[name] != value:
                raise CcuProtocolError("conflicting Content-Length headers")
            if name != "content-length":
                headers[name] = f"{headers[name]}, {value}"
            continue
        seen.add(name)
        headers[name] = value
    return headers


def _content_length(headers: dict[str, str]) -> int | None:
    encoding = headers.get("transfer-encoding", "identity").lower()
    if encoding != "identity":
        raise CcuProtocolError(f"Transfer-Encoding {encoding!r} is not supported")
    text = headers.get("content-length")
    if text is None:
        return None
    if not _DIGITS.fullmatch(text):
        raise CcuProtocolError(f"Content-Length {text!r} is not a number")
    length = int(text)
    if length > MAX_BODY:
        raise CcuProtocolError(f"Content-Length {length} is larger than {MAX_BODY} bytes")
    return length
