"""Point framing: bare XML documents back to back on the socket, no length prefix.

Verifone's public samples and the SCA "Message Format" page send each request and response as
one whole XML 1.0 document (root TRANSACTION or RESPONSE), without an XML declaration and
without any length or delimiter around it ("best practice is to send the entire message in one
packet", https://verifone.cloud/docs/sca-functional-specification/html/protocol_spec/message_format).
TCP keeps no packet boundaries, so a document ends where its root element closes: this module
walks the markup (start, end and empty-element tags, comments, processing instructions, CDATA)
with a stack of open element names and cuts there. Text is never interpreted here; the codec
parses each complete document with the strict reader in till/protocols/device_xml.py.

Decisions where the documents are silent:
- Whitespace between documents is skipped; anything else outside a root element (a stray
  byte, a UTF-8 BOM, a NUL of UTF-16) is a framing error. An XML declaration or comment before
  the root is allowed (a reply might carry one) and belongs to that document.
- `<!DOCTYPE`, `<!ENTITY` or any other `<!` that is not a comment or CDATA is refused here,
  so no document can declare an entity; an undefined entity reference is then refused by the
  parser.
- A document must be UTF-8 (checked once it is complete): the multi-byte sequences of UTF-8
  never contain the ASCII bytes the walk looks for, so walking bytes is sound.
- MAX_DOCUMENT bounds one document (and the whitespace before it): far above any Point message
  (a LAST_TRAN answer with receipt lines is a few KiB); a longer one means a lost stream.
- Every framing error leaves the stream unreadable: the splitter stays broken and raises the
  same error again, like the LTI FrameDecoder.
"""

from __future__ import annotations

import re

from till.protocols.point.errors import PointFramingError

MAX_DOCUMENT = 256 * 1024
MAX_TAG = 1024  # Point tags carry no attributes; a longer one is no Point document
_WHITESPACE = b" \t\r\n"
_NAME = rb"[A-Za-z_:][A-Za-z0-9_.:-]*+"
# A tag up to its closing '>': quoted attribute values may hold '>' but never '<' (XML 1.0).
# Possessive quantifiers: a long hostile tag costs one linear pass, never backtracking.
_START_TAG = re.compile(
    rb"<(" + _NAME + rb")((?:[^<>\"'/]++|/(?!>)|\"[^\"<]*+\"|'[^'<]*+')*+)(/?)>"
)
_END_TAG = re.compile(rb"</(" + _NAME + rb")[ \t\r\n]*+>")
# What may still become a tag once more bytes come: '<', '</', a name, attributes, an open quote.
_TAG_PREFIX = re.compile(
    rb"<(?:/|/?" + _NAME + rb"(?:[^<>\"']++|\"[^\"<]*+\"|'[^'<]*+')*+(?:\"[^\"<]*+|'[^'<]*+)?)?\Z"
)


class DocumentSplitter:
    """Feed bytes with `receive_data`; take whole documents with `next_document` until None."""

    def __init__(self, max_document: int = MAX_DOCUMENT) -> None:
        self._max = max_document
        self._buffer = bytearray()
        self._pos = 0  # where the walk goes on
        self._start = 0  # where the current document starts (after skipped whitespace)
        self._stack: list[bytes] = []  # open elements of the current document
        self._started = False  # the root element has opened
        self._resume = 0  # where the search for a pending construct's end goes on
        self._error: PointFramingError | None = None

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned as a document."""
        return len(self._buffer) - self._start

    @property
    def in_document(self) -> bool:
        """A document has begun but not ended: bytes other than whitespace wait (at EOF, a cut
        document)."""
        return bool(bytes(self._buffer[self._start :]).strip(_WHITESPACE))

    def receive_data(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._buffer += data

    def next_document(self) -> bytes | None:
        if self._error is not None:
            raise self._error
        try:
            return self._walk()
        except PointFramingError as exc:
            self._error = exc
            raise

    def _fail(self, detail: str) -> PointFramingError:
        return PointFramingError(detail)

    def _walk(self) -> bytes | None:
        buf = self._buffer
        while True:
            if not self._started and self._pos == self._start:
                # Between documents: skip whitespace, drop it from the buffer.
                i = self._start
                while i < len(buf) and buf[i] in _WHITESPACE:
                    i += 1
                del buf[:i]
                self._start = self._pos = 0
                if not buf:
                    return None
            if self._pos - self._start > self._max:
                raise self._fail(f"a document longer than {self._max} bytes")
            lt = buf.find(b"<", self._pos)
            text_end = len(buf) if lt < 0 else lt
            if not self._started and buf[self._pos : text_end].strip(_WHITESPACE):
                raise self._fail("bytes outside an XML document")
            if lt < 0:
                self._pos = len(buf)
                self._check_size(len(buf))
                return None
            self._pos = lt
            end = self._markup(lt)
            if end is None:
                self._check_size(len(buf))
                return None
            self._pos = end
            if self._started and not self._stack:
                return self._take(end)

    def _check_size(self, end: int) -> None:
        if end - self._start > self._max:
            raise self._fail(f"a document longer than {self._max} bytes")

    def _markup(self, lt: int) -> int | None:
        """Consume the construct starting at `lt`; its end, or None if incomplete."""
        buf = self._buffer
        head = bytes(buf[lt : lt + 9])
        if head.startswith(b"<!--"):
            return self._until(lt, 4, b"-->")
        if head.startswith(b"<?"):
            return self._until(lt, 2, b"?>")
        if head.startswith(b"<![CDATA["):
            if not self._stack:
                raise self._fail("CDATA outside the root element")
            return self._until(lt, 9, b"]]>")
        if head.startswith(b"<!"):
            if b"<![CDATA["[: len(head)] == head or b"<!--"[: len(head)] == head:
                return None  # could still become a comment or CDATA
            raise self._fail("a DOCTYPE or other declaration; DTDs and entities are refused")
        if head.startswith(b"</"):
            match = _END_TAG.match(buf, lt)
            if match is None:
                return self._incomplete(lt, "a malformed end tag")
            if match.end() - lt > MAX_TAG:
                raise self._fail(f"a tag longer than {MAX_TAG} bytes")
            if not self._stack or self._stack[-1] != match.group(1):
                raise self._fail("an end tag that closes no open element")
            self._stack.pop()
            return match.end()
        match = _START_TAG.match(buf, lt)
        if match is None:
            return self._incomplete(lt, "a malformed tag")
        if match.end() - lt > MAX_TAG:  # the same limit whole or in pieces
            raise self._fail(f"a tag longer than {MAX_TAG} bytes")
        self._started = True  # (a second root cannot come: the first one's close ends it)
        if not match.group(3):
            self._stack.append(match.group(1))
        return match.end()

    def _until(self, lt: int, skip: int, terminator: bytes) -> int | None:
        """The end of a comment, PI or CDATA section: after `terminator`, or None for now.
        The search goes on where it stopped, so a long one fed byte by byte stays linear."""
        buf = self._buffer
        close = buf.find(terminator, max(lt + skip, self._resume))
        if close < 0:
            self._resume = max(lt + skip, len(buf) - len(terminator) + 1)
            return None
        self._resume = 0
        return close + len(terminator)

    def _incomplete(self, lt: int, what: str) -> None:
        """None if the bytes from `lt` may still become a tag; a framing error if not."""
        if len(self._buffer) - lt > MAX_TAG:
            raise self._fail(f"a tag longer than {MAX_TAG} bytes")
        if _TAG_PREFIX.match(self._buffer, lt) is None:
            raise self._fail(what)
        return None

    def _take(self, end: int) -> bytes:
        buf = self._buffer
        self._check_size(end)  # a long last construct may have jumped past the bound
        document = bytes(buf[self._start : end])
        del buf[:end]
        self._start = self._pos = 0
        self._started = False
        try:
            document.decode("utf-8")
        except UnicodeDecodeError:
            raise self._fail("a document that is not UTF-8") from None
        return document
