"""HTTP/1.1 as iSecureIPC speaks it (CCU document section 12), sans-IO in the style of h11.

One POST per TCP connection, the answer read until it is complete. iSecureIPC is a small C
service, not a web server: its answer header says "Connection : Close" (a space before the
colon) and its status codes go up to 921 with their own reason texts, so the reader is lenient
about those and strict about everything that would let a wrong body through.

The reader is linear in the bytes received however the peer cuts them, down to one byte per
read (issue 7: a reader that searched and copied from the start on every read took minutes
for 1 MB): bytes go into one bytearray, the search for the end of the header resumes where
the last one stopped, and the body is measured, not copied, until it is complete.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from till.protocols.ccu.errors import CcuProtocolError, ControlUnitDropped

MAX_HEAD = 64 * 1024
MAX_BODY = 1024 * 1024  # a CtuResponse is a few hundred bytes
MAX_ANSWER = MAX_HEAD + MAX_BODY + 1024  # room for a stray line end or two after the body
_LONGEST_END_OF_HEAD = len(b"\r\n\r\n")

_END_OF_HEAD = re.compile(rb"\r?\n\r?\n")
_STATUS_LINE = re.compile(r"HTTP/1\.[01] ([0-9]{3})(?: (.*))?")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_DIGITS = re.compile(r"[0-9]+")


def build_http_request(
    body: bytes, *, host: str, user_agent: str = "till", path: str = "/ctuserver"
) -> bytes:
    """The POST of section 12, header for header, with CRLF line ends (`path`: the direct
    transport's URL path; iSecureIPC's is /ctuserver)."""
    if not host or any(c in host for c in "\r\n \t"):
        raise ValueError(f"not a host name: {host!r}")
    if not path.startswith("/") or any(c in path for c in "\r\n \t"):
        raise ValueError(f"not a URL path: {path!r}")
    if ":" in host and not host.startswith("["):  # an IPv6 address
        host = f"[{host}]"
    head = (
        f"POST {path} HTTP/1.1\r\n"
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
        self._status_checked = False
        self._scanned = 0  # the end of the header is not in buffer[:_scanned]

    def receive_data(self, data: bytes) -> None:
        if self._eof:
            raise RuntimeError("receive_data() after receive_eof()")
        self._buffer += data  # amortised O(len(data))
        # answer() refuses less than this already; a caller that never asks must not make the
        # buffer grow without end either.
        if len(self._buffer) > MAX_ANSWER:
            raise CcuProtocolError(f"answer larger than {MAX_ANSWER} bytes")

    def receive_eof(self) -> None:
        self._eof = True

    def answer(self) -> HttpAnswer | None:
        if self._head is None:
            self._head = self._read_head()
            if self._head is None:
                return None
        head = self._head
        received = len(self._buffer) - head.body_start  # measured, not copied: see above
        if head.content_length is None:  # the body ends where the connection does
            if received > MAX_BODY:
                raise CcuProtocolError(f"answer body larger than {MAX_BODY} bytes")
            if not self._eof:
                return None
            return HttpAnswer(
                head.status, head.reason, head.headers, bytes(self._buffer[head.body_start :])
            )
        end = head.body_start + head.content_length
        if received < head.content_length:
            if self._eof:
                raise CcuProtocolError(
                    f"answer body has {received} bytes, Content-Length said {head.content_length}"
                )
            return None
        # A stray line end after the body is harmless; anything else means a wrong length.
        if bytes(self._buffer[end:]).strip(b" \t\r\n"):
            raise CcuProtocolError(
                f"answer body is longer than its Content-Length {head.content_length}"
            )
        return HttpAnswer(
            head.status, head.reason, head.headers, bytes(self._buffer[head.body_start : end])
        )

    def _read_head(self) -> _Head | None:
        buffer = self._buffer
        if not self._status_checked:
            start = bytes(buffer[:5])  # at most 5 bytes, whatever the buffer holds
            if not (start.startswith(b"HTTP/") or b"HTTP/".startswith(start)):
                raise CcuProtocolError(f"answer is not HTTP: {start!r}")
            line_end = buffer.find(b"\n", self._scanned)  # none before: status unchecked
            if line_end >= 0:
                _parse_status_line(bytes(buffer[:line_end]))  # fail early on a bad one
                self._status_checked = True
        # Resume the search a few bytes back: an end of header may straddle two reads.
        match = _END_OF_HEAD.search(buffer, max(self._scanned - _LONGEST_END_OF_HEAD + 1, 0))
        if match is None:
            self._scanned = len(buffer)
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
        raise CcuProtocolError(f"Content-Length {text[:40]!r} is not a number")
    # int() raises its own ValueError beyond 4300 digits (issue 7): a few are enough to know.
    length = int(text) if len(text) <= 12 else MAX_BODY + 1
    if length > MAX_BODY:
        raise CcuProtocolError(f"Content-Length {length} is larger than {MAX_BODY} bytes")
    return length
