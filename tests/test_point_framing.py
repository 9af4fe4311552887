"""Point framing: bare XML documents on a stream, cut where the root element closes."""

from __future__ import annotations

import pytest
from point_examples import REQUESTS, RESPONSES

from till.protocols.point import DocumentSplitter, PointFramingError


def _all(splitter: DocumentSplitter) -> list[bytes]:
    out = []
    while (doc := splitter.next_document()) is not None:
        out.append(doc)
    return out


def _feed(chunks: list[bytes], max_document: int | None = None) -> list[bytes]:
    splitter = DocumentSplitter() if max_document is None else DocumentSplitter(max_document)
    out = []
    for chunk in chunks:
        splitter.receive_data(chunk)
        out += _all(splitter)
    return out


def test_one_document_whole() -> None:
    for example in RESPONSES + REQUESTS:
        assert _feed([example]) == [example]


def test_coalesced_documents_with_whitespace_between() -> None:
    stream = b"\r\n".join(RESPONSES) + b"\n \t"
    assert _feed([stream]) == RESPONSES


def test_two_documents_split_at_every_position() -> None:
    a, b = RESPONSES[0], RESPONSES[2]
    stream = a + b"\n" + b
    for cut in range(len(stream) + 1):
        assert _feed([stream[:cut], stream[cut:]]) == [a, b], cut


def test_one_byte_at_a_time() -> None:
    stream = b"".join(RESPONSES)
    assert _feed([bytes([c]) for c in stream]) == RESPONSES


def test_nothing_before_the_root_closes() -> None:
    splitter = DocumentSplitter()
    splitter.receive_data(RESPONSES[0][:-1])
    assert splitter.next_document() is None
    assert splitter.in_document
    splitter.receive_data(b">")
    assert splitter.next_document() == RESPONSES[0]
    assert not splitter.in_document


@pytest.mark.parametrize(
    "document",
    [
        b"<RESPONSE/>",
        b"<RESPONSE />",
        b"<RESPONSE><A><A>1</A></A><B/></RESPONSE>",  # nested names like the root's
        b"<RESPONSE a=\"x>y\" b='/RESPONSE>'><X>1</X></RESPONSE>",  # '>' inside attributes
        b"<RESPONSE><!-- </RESPONSE> --><X>1</X></RESPONSE>",  # a comment holding the close tag
        b"<RESPONSE><X><![CDATA[</RESPONSE>]]></X></RESPONSE>",  # and CDATA
        b"<RESPONSE><?pi </RESPONSE> ?></RESPONSE>",
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!-- hi --><RESPONSE>\xc3\xa5</RESPONSE>',
        b"<RESPONSE\n>x</RESPONSE\n>",
    ],
)
def test_document_ends_at_its_root_close_tag(document: bytes) -> None:
    stream = document + b"\n" + RESPONSES[0]
    assert _feed([stream]) == [document, RESPONSES[0]]
    assert _feed([bytes([c]) for c in stream]) == [document, RESPONSES[0]]


@pytest.mark.parametrize(
    "stream",
    [
        b"x<RESPONSE/>",  # a stray byte before the document
        b"\xef\xbb\xbf<RESPONSE/>",  # a BOM
        b"<\x00R\x00/\x00>\x00",  # UTF-16
        b'<!DOCTYPE r [<!ENTITY x "boom">]><RESPONSE>&x;</RESPONSE>',
        b"<RESPONSE><!ENTITY x 'y'></RESPONSE>",
        b"<RESPONSE></RESULT>",  # an end tag that closes nothing open
        b"<RESPONSE><A></B></RESPONSE>",
        b"</RESPONSE>",
        b"<RESPONSE><A<B></RESPONSE>",
        b"<![CDATA[x]]><RESPONSE/>",
        b"<RESPONSE>\xff</RESPONSE>",  # not UTF-8
        b"<RESPONSE>\xc3</RESPONSE>",  # a cut UTF-8 sequence
        b"<RESPONSE/>junk",
    ],
)
def test_refused_streams(stream: bytes) -> None:
    with pytest.raises(PointFramingError):
        _feed([stream])
    with pytest.raises(PointFramingError):
        _feed([bytes([c]) for c in stream])


def test_a_document_past_the_bound_is_refused() -> None:
    doc = b"<RESPONSE><X>" + b"a" * 100 + b"</X></RESPONSE>"
    assert _feed([doc], max_document=len(doc)) == [doc]
    with pytest.raises(PointFramingError):
        _feed([doc], max_document=len(doc) - 20)
    # also while it is still coming, before the root closes
    with pytest.raises(PointFramingError):
        _feed([doc[:60], doc[60:100]], max_document=50)


def test_endless_whitespace_costs_nothing() -> None:
    splitter = DocumentSplitter(max_document=64)
    for _ in range(100):
        splitter.receive_data(b" " * 1000)
        assert splitter.next_document() is None
    assert splitter.buffered == 0


def test_the_stream_stays_broken_after_an_error() -> None:
    splitter = DocumentSplitter()
    splitter.receive_data(b"garbage")
    with pytest.raises(PointFramingError):
        splitter.next_document()
    with pytest.raises(PointFramingError):
        splitter.receive_data(RESPONSES[0])
    with pytest.raises(PointFramingError):
        splitter.next_document()


def test_lt_inside_an_attribute_is_refused() -> None:
    with pytest.raises(PointFramingError):
        _feed([b"<RESPONSE b='</RESPONSE>'/>"])


def test_a_long_comment_fed_byte_by_byte_ends_where_it_should() -> None:
    document = b"<RESPONSE><!-- " + b"-" * 2 + b"x" * 5000 + b" --><X>1</X></RESPONSE>"
    assert _feed([bytes([c]) for c in document]) == [document]


def test_the_bound_holds_when_the_last_tag_jumps_past_it() -> None:
    doc = b"<RESPONSE></RESPONSE" + b" " * 200 + b">"
    with pytest.raises(PointFramingError):
        _feed([doc], max_document=100)
    with pytest.raises(PointFramingError):
        _feed([doc[:150], doc[150:]], max_document=100)


def test_tags_longer_than_max_tag_are_refused_whole_or_in_pieces() -> None:
    for doc in [b"<R" + b" " * 2000 + b"/>", b"<R></R" + b" " * 2000 + b">"]:
        with pytest.raises(PointFramingError):
            _feed([doc])
        with pytest.raises(PointFramingError):
            _feed([doc[:700], doc[700:1400], doc[1400:]])
