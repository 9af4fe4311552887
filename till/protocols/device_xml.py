"""XML that a device sent, read the same strict way for every protocol (LTI 4.1.1, CCU 12).

Both documents send UTF-8: every LTI listing declares encoding="UTF-8" (4.1.1 calls it the
recommended value) and iSecureIPC answers "Content-Type: text/xml; charset=utf-8" (CCU
section 12). So the parser is told the encoding, UTF-8, and any other declared encoding is
refused: a UTF-16 or UTF-32 document is then not well-formed instead of being decoded behind
the back of a byte search for "<!DOCTYPE" (issue 7).

No DTD of any kind: with load_dtd=False libxml2 still keeps the internal subset, and its
attribute lookup falls back to the subset's ATTLIST defaults, so an attribute the sender never
wrote would be read. Refused twice: by a byte search before parsing (sound once the bytes are
UTF-8, where the keyword can only be written as those bytes) and by the parsed document.

A scalar field's text is the element's whole content: an element, comment or processing
instruction inside it is refused, not skipped (lxml's `.text` stops at the first one, so
`<ResponseCode>0<?pi?>130</ResponseCode>` would read as 0, success). Refusing is safer than
joining the pieces: no real device puts markup inside a number or a code.
"""

from __future__ import annotations

import re
import threading

from lxml import etree

_DECLARED_ENCODING = re.compile(
    rb"\A(?:\xef\xbb\xbf)?<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([^\"']*)[\"']"
)
_UTF8_NAMES = frozenset({b"utf-8", b"utf8"})
_USUAL_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>'


class XmlRefused(ValueError):
    """Not a document this module reads; each protocol turns it into its own error."""


_parsers = threading.local()  # an lxml parser must not be shared between threads


def _parser() -> etree.XMLParser:
    parser = getattr(_parsers, "parser", None)
    if parser is None:
        # A document is data, never a program: no entities, no DTD, no network, no huge trees.
        parser = etree.XMLParser(
            encoding="utf-8",
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            dtd_validation=False,
            attribute_defaults=False,
            huge_tree=False,
            remove_comments=False,  # kept, so that one inside a scalar can be refused
            remove_pis=False,
            collect_ids=False,
        )
        _parsers.parser = parser
    return parser


def parse_document(payload: bytes) -> etree._Element:
    """The root element of `payload`. Raises XmlRefused for anything but a well-formed UTF-8
    document without a DTD."""
    markup_declarations = b"<!" in payload  # DOCTYPE, comments and CDATA all start so
    if markup_declarations and b"<!DOCTYPE" in payload:
        raise XmlRefused("a DOCTYPE is not allowed")
    # Every frame starts with the same declaration: the regex is for the others (LTI codec
    # throughput is a target, measured by python -m till.benchmark).
    if not payload.startswith(_USUAL_DECLARATION):
        declared = _DECLARED_ENCODING.match(payload)
        if declared is not None and declared.group(1).strip().lower() not in _UTF8_NAMES:
            name = declared.group(1)[:40].decode("ascii", "replace")
            raise XmlRefused(f"encoding {name!r} declared, only UTF-8 is allowed")
    try:
        root = etree.fromstring(payload, _parser())
    except etree.XMLSyntaxError as exc:
        raise XmlRefused(f"not well-formed XML: {exc}") from None
    except (ValueError, etree.LxmlError) as exc:  # e.g. a declaration the parser refuses
        raise XmlRefused(f"not XML: {exc}") from None
    # Without "<!" in the UTF-8 bytes there is no DTD to find; with it, the parsed document
    # is asked as well (the second of the two refusals above).
    if markup_declarations:
        docinfo = root.getroottree().docinfo
        if docinfo.internalDTD is not None or docinfo.externalDTD is not None:
            raise XmlRefused("a DTD is not allowed")
    if not isinstance(root.tag, str):
        raise XmlRefused("no root element")
    return root


def scalar_text(element: etree._Element) -> str:
    """The element's whole text. Raises XmlRefused if anything but text is inside it."""
    if len(element):  # lxml counts comments and processing instructions as children too
        raise XmlRefused("holds markup (an element, comment or processing instruction), not text")
    return element.text or ""
