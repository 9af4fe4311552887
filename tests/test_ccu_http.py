"""HTTP as iSecureIPC speaks it, sans-IO (CCU document section 12 and 12.1)."""

from __future__ import annotations

import pytest
from ccu_examples import (
    ANSWER_12_BODY,
    ANSWER_12_CRLF,
    ANSWER_12_LF,
    EXAMPLE_12_ANSWER,
    EXAMPLE_12_ANSWER_BODY,
    EXAMPLE_12_REQUEST_HEAD,
)

from till.protocols.ccu.errors import CcuProtocolError, ControlUnitDropped
from till.protocols.ccu.http import (
    MAX_BODY,
    MAX_HEAD,
    HttpAnswer,
    HttpAnswerReader,
    build_http_request,
)
from till.protocols.ccu.response import parse_ctu_response


def read(*chunks: bytes, eof: bool = True) -> HttpAnswer | None:
    reader = HttpAnswerReader()
    for chunk in chunks:
        reader.receive_data(chunk)
    if eof:
        reader.receive_eof()
    return reader.answer()


def test_the_documents_363_bytes_are_the_body_without_newlines() -> None:
    """Section 12: "the length (before we included some new lines) is 363 bytes" holds once
    the placeholder is a 59-character code."""
    assert len(ANSWER_12_BODY) == 363


def test_request_has_the_header_shape_of_section_12() -> None:
    """Section 12: the same header lines in the same order, CRLF, a blank line, the body."""
    body = b"<CtuRequest>x</CtuRequest>"
    request = build_http_request(body, host="127.0.0.1")
    head, sep, rest = request.partition(b"\r\n\r\n")
    assert sep and rest == body
    ours = head.decode("ascii").split("\r\n")
    theirs = EXAMPLE_12_REQUEST_HEAD.splitlines()
    assert [line.split(":")[0] for line in ours] == [line.split(":")[0] for line in theirs]
    assert ours[0] == theirs[0] == "POST /ctuserver HTTP/1.1"
    assert ours[2:4] == theirs[2:4]  # Host, Content-type
    assert ours[4] == f"Content-length: {len(body)}"
    assert ours[5:] == theirs[5:]  # Connection: Close, Cache-Control: no-cache
    assert b"\n" not in head.replace(b"\r\n", b"")


def test_request_refuses_a_host_that_would_break_the_header() -> None:
    with pytest.raises(ValueError):
        build_http_request(b"", host="127.0.0.1\r\nX-Evil: 1")


@pytest.mark.parametrize("answer", [ANSWER_12_LF, ANSWER_12_CRLF], ids=["LF", "CRLF"])
def test_the_section_12_answer_in_every_split(answer: bytes) -> None:
    """Section 12: "Connection : Close" and all, whichever way TCP cuts it into two pieces."""
    expected = HttpAnswer(
        status=200,
        reason="OK",
        headers={
            "server": "InfraSec iSecureServer",
            "content-length": "363",
            "connection": "Close",
            "content-type": "text/xml; charset=utf-8",
            "cache-control": "no-cache",
        },
        body=ANSWER_12_BODY,
    )
    for cut in range(len(answer) + 1):
        assert read(answer[:cut], answer[cut:]) == expected, cut
    assert parse_ctu_response(expected.body).ctuid == "ISCCUSE0000000000"


def test_answer_is_complete_at_content_length_without_waiting_for_eof() -> None:
    """Section 12: the till need not wait for the close once Content-Length bytes are in."""
    reader = HttpAnswerReader()
    reader.receive_data(ANSWER_12_CRLF[:-1])
    assert reader.answer() is None
    reader.receive_data(ANSWER_12_CRLF[-1:])
    answer = reader.answer()
    assert answer is not None and answer.body == ANSWER_12_BODY


def test_the_answer_as_printed_is_refused_for_its_wrong_length() -> None:
    """Section 12 prints 380 body bytes under "Content-Length: 363": a body longer than its
    length is not trusted."""
    with pytest.raises(CcuProtocolError) as caught:
        read(EXAMPLE_12_ANSWER)
    assert "longer" in caught.value.detail


def test_body_without_content_length_is_read_to_eof() -> None:
    """Section 12: the session is closed after completion, so the close can end the body."""
    answer = EXAMPLE_12_ANSWER.replace(b"Content-Length: 363\n", b"")
    assert read(answer, eof=False) is None
    result = read(answer)
    assert result is not None and result.body == EXAMPLE_12_ANSWER_BODY


def test_a_stray_line_end_after_the_body_is_tolerated() -> None:
    result = read(ANSWER_12_CRLF + b"\r\n")
    assert result is not None and result.body == ANSWER_12_BODY


REASONS_12_1 = {
    901: "Secret",
    902: "Revoked",
    903: "Blocked",
    904: "Disabled",
    920: "CTU Unavailable",
    921: "CTU Reject",
}


@pytest.mark.parametrize("status", range(901, 922))
def test_statuses_901_to_921_with_any_reason(status: int) -> None:
    """12.1.5 to 12.1.10: iSecureIPC's own status codes and reason texts."""
    reason = REASONS_12_1.get(status, "Something Else Entirely")
    wire = f"HTTP/1.1 {status} {reason}\r\nContent-Length: 0\r\nConnection : Close\r\n\r\n"
    answer = read(wire.encode(), eof=False)
    assert answer == HttpAnswer(status, reason, {"content-length": "0", "connection": "Close"}, b"")


def test_status_line_without_a_reason() -> None:
    answer = read(b"HTTP/1.0 920\n\n")
    assert answer is not None and (answer.status, answer.reason, answer.body) == (920, "", b"")


GARBAGE = {
    "tls-alert": b"\x15\x03\x01\x00\x02\x02\x28",
    "ssh": b"SSH-2.0-OpenSSH_9.6\r\n",
    "no-status": b"HTTP/1.1 OK\r\n\r\n",
    "http2": b"HTTP/2 200 OK\r\n\r\n",
    "two-digit-status": b"HTTP/1.1 20 OK\r\n\r\n",
    "length-word": b"HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n",
    "length-negative": b"HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
    # int() raised its own ValueError beyond 4300 digits (found by the fuzz test, issue 7)
    "length-5000-digits": b"HTTP/1.1 200 OK\r\nContent-Length: " + b"9" * 5000 + b"\r\n\r\n",
    "length-conflict": b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nx",
    "no-colon": b"HTTP/1.1 200 OK\r\nServer InfraSec\r\n\r\n",
    "folded": b"HTTP/1.1 200 OK\r\nServer: InfraSec\r\n iSecureServer\r\n\r\n",
    "chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "body-short": b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n12345",
    "body-long": b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n12345",
    "head-too-big": b"HTTP/1.1 200 OK\r\n" + b"X-Pad: " + b"a" * MAX_HEAD + b"\r\n\r\n",
    "head-too-big-unended": b"HTTP/1.1 200 OK\r\n" + b"X-Pad: " + b"a" * MAX_HEAD,
}


@pytest.mark.parametrize("wire", GARBAGE.values(), ids=GARBAGE.keys())
def test_garbage_is_a_protocol_error(wire: bytes) -> None:
    """Anything that is not a well-formed answer of section 12 is refused, never guessed at."""
    with pytest.raises(CcuProtocolError):
        read(wire)


@pytest.mark.parametrize("wire", [b"\x15\x03", b"GET / HTTP/1.1", b"HTTP/1.1 abc\n", b"x" * 70000])
def test_garbage_is_spotted_before_the_connection_ends(wire: bytes) -> None:
    """No need to wait for the answer timeout when the first bytes are already wrong."""
    with pytest.raises(CcuProtocolError):
        read(wire, eof=False)


@pytest.mark.parametrize("wire", [b"", b"HTT", b"HTTP/1.1 200 OK\r\nServer: Inf"])
def test_connection_closed_before_the_header_is_complete_is_dropped(wire: bytes) -> None:
    """A valid beginning cut short means the unit went away, not that it spoke garbage."""
    with pytest.raises(ControlUnitDropped) as caught:
        read(wire)
    assert caught.value.answer_lost and not caught.value.is_offline


def test_waits_for_more_while_incomplete() -> None:
    assert read(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n12", eof=False) is None
    assert read(b"HTTP/1.1 200 OK\r\nContent-Le", eof=False) is None
    assert read(b"", eof=False) is None


def test_no_data_after_eof() -> None:
    reader = HttpAnswerReader()
    reader.receive_eof()
    with pytest.raises(RuntimeError):
        reader.receive_data(b"HTTP/1.1 200 OK\r\n\r\n")


# -- issue 7: linear however the peer cuts its bytes --------------------------------------------


def feed_one_byte_at_a_time(wire: bytes, *, eof: bool) -> HttpAnswer | None:
    reader = HttpAnswerReader()
    view = memoryview(wire)
    for i in range(len(wire)):
        reader.receive_data(view[i : i + 1])
        answer = reader.answer()
        if answer is not None:
            assert i == len(wire) - 1  # complete exactly at its last byte, not before
            return answer
    if eof:
        reader.receive_eof()
        return reader.answer()
    return None


def test_a_large_answer_one_byte_per_read() -> None:
    """A peer sending one byte per read: a header near MAX_HEAD and a body of MAX_BODY come
    out right. Searching and copying from the start on every read made this quadratic (1 MB
    took minutes); the reader now resumes its search and measures the body instead."""
    padding = b"".join(b"X-Pad-%05d: %s\r\n" % (i, b"p" * 40) for i in range(1150))
    assert MAX_HEAD - 4096 < len(padding) < MAX_HEAD
    body = bytes(range(256)) * (MAX_BODY // 256)
    head = b"HTTP/1.1 200 OK\r\n" + padding + b"Content-Length: %d\r\n\r\n" % len(body)
    answer = feed_one_byte_at_a_time(head + body, eof=False)
    assert answer is not None and answer.status == 200
    assert answer.body == body
    assert len(answer.headers) == 1151 and answer.headers["x-pad-01149"] == "p" * 40


def test_a_large_answer_without_length_one_byte_per_read() -> None:
    body = b"<CtuResponse>" + b" " * (MAX_BODY - 100) + b"</CtuResponse>"
    answer = feed_one_byte_at_a_time(
        ANSWER_12_LF.split(b"\n\n")[0].replace(b"Content-Length: 363\n", b"") + b"\n\n" + body,
        eof=True,
    )
    assert answer is not None and answer.body == body


def test_an_endless_answer_is_refused_even_if_nobody_asks() -> None:
    reader = HttpAnswerReader()
    with pytest.raises(CcuProtocolError):
        for _ in range(MAX_BODY // 4096 + MAX_HEAD // 4096 + 2):
            reader.receive_data(b"x" * 4096)
