"""LTI framing (Wallee LTI 2.46 section 3.1): 4-byte big-endian length, then the XML."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from till.protocols.lti import MAX_FRAME, FrameDecoder, LtiFramingError, encode_frame


def frames_of(decoder: FrameDecoder) -> list[bytes]:
    out = []
    while (frame := decoder.next_frame()) is not None:
        out.append(frame)
    return out


def test_encode_frame_is_big_endian_length_then_payload() -> None:
    """3.1: bytes 0..3 the length, binary big endian; 4.. the payload."""
    assert encode_frame(b"<a/>") == b"\x00\x00\x00\x04<a/>"
    assert encode_frame(b"x" * 0x010203)[:4] == b"\x00\x01\x02\x03"


def test_encode_frame_refuses_empty_and_oversized_payloads() -> None:
    with pytest.raises(ValueError):
        encode_frame(b"")
    with pytest.raises(ValueError):
        encode_frame(b"x" * (MAX_FRAME + 1))


def test_partial_frame_waits_for_the_rest() -> None:
    """3.1: the till must use the length to know when a message is complete."""
    decoder = FrameDecoder()
    wire = encode_frame(b"<hello/>")
    for i in range(len(wire) - 1):
        decoder.receive_data(wire[i : i + 1])
        assert decoder.next_frame() is None
    decoder.receive_data(wire[-1:])
    assert decoder.next_frame() == b"<hello/>"
    assert decoder.next_frame() is None
    assert decoder.buffered == 0


def test_several_frames_in_one_read() -> None:
    """3.1: two or more messages may be in the socket buffer at once."""
    decoder = FrameDecoder()
    decoder.receive_data(encode_frame(b"one") + encode_frame(b"two") + encode_frame(b"thr"))
    assert frames_of(decoder) == [b"one", b"two", b"thr"]


def test_zero_length_breaks_the_decoder() -> None:
    decoder = FrameDecoder()
    decoder.receive_data(b"\x00\x00\x00\x00<a/>")
    with pytest.raises(LtiFramingError, match="length 0"):
        decoder.next_frame()
    # The stream cannot be resynchronised: every later call raises too.
    with pytest.raises(LtiFramingError):
        decoder.next_frame()
    with pytest.raises(LtiFramingError):
        decoder.receive_data(encode_frame(b"<a/>"))


def test_length_above_4_mib_is_refused_at_once() -> None:
    """A length above MAX_FRAME is refused from the header alone, before any payload."""
    decoder = FrameDecoder()
    decoder.receive_data((MAX_FRAME + 1).to_bytes(4, "big"))
    with pytest.raises(LtiFramingError) as caught:
        decoder.next_frame()
    assert "connection was reset" in caught.value.message
    with pytest.raises(LtiFramingError):
        decoder.next_frame()


def test_exactly_max_frame_is_allowed() -> None:
    decoder = FrameDecoder()
    payload = b"x" * MAX_FRAME
    decoder.receive_data(encode_frame(payload))
    assert decoder.next_frame() == payload


def test_header_split_before_a_bad_length_still_detected() -> None:
    decoder = FrameDecoder()
    decoder.receive_data(b"\xff\xff")
    assert decoder.next_frame() is None
    decoder.receive_data(b"\xff\xff")
    with pytest.raises(LtiFramingError):
        decoder.next_frame()


def test_many_frames_through_compaction() -> None:
    """The buffer is compacted as frames are consumed; no frame is lost or corrupted."""
    decoder = FrameDecoder()
    payloads = [bytes([65 + i % 26]) * (1 + i % 300) for i in range(3000)]
    wire = b"".join(encode_frame(p) for p in payloads)
    got: list[bytes] = []
    for start in range(0, len(wire), 7001):
        decoder.receive_data(wire[start : start + 7001])
        got.extend(frames_of(decoder))
    assert got == payloads
    assert decoder.buffered == 0


def test_large_stream_in_small_reads_is_linear() -> None:
    """Reads of 1 KiB into a 4 MiB frame plus many small frames finish quickly (no O(n²))."""
    import time

    decoder = FrameDecoder()
    wire = encode_frame(b"y" * MAX_FRAME) + b"".join(encode_frame(b"z" * 50) for _ in range(20000))
    start = time.perf_counter()
    count = 0
    for i in range(0, len(wire), 1024):
        decoder.receive_data(wire[i : i + 1024])
        count += len(frames_of(decoder))
    assert count == 20001
    assert time.perf_counter() - start < 5.0


@settings(max_examples=300, deadline=None)
@given(
    payloads=st.lists(st.binary(min_size=1, max_size=200), min_size=1, max_size=12),
    cuts=st.lists(st.integers(min_value=0, max_value=5000), max_size=30),
)
def test_any_split_gives_the_same_frames(payloads: list[bytes], cuts: list[int]) -> None:
    """3.1: however TCP splits or joins the stream, the same frames come out."""
    wire = b"".join(encode_frame(p) for p in payloads)
    points = sorted({c % (len(wire) + 1) for c in cuts} | {0, len(wire)})
    decoder = FrameDecoder()
    got: list[bytes] = []
    for a, b in itertools.pairwise(points):
        decoder.receive_data(wire[a:b])
        got.extend(frames_of(decoder))
    assert got == payloads
