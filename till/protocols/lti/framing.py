"""LTI framing (section 3.1): a 4-byte big-endian length, then that many bytes of XML.

TCP is a stream, so one read may hold half a frame or several frames (the document warns of
exactly that); the decoder keeps the bytes in one bytearray and walks an offset through it,
compacting only now and then, so that many small frames cost no quadratic copying.
"""

from __future__ import annotations

from till.protocols.lti.errors import LtiFramingError

MAX_FRAME = 4 * 1024 * 1024  # far above any LTI message; a larger length means a lost stream
_HEADER = 4
_COMPACT_AT = 64 * 1024  # drop consumed bytes once this many have piled up


def encode_frame(payload: bytes) -> bytes:
    """The frame of section 3.1 around `payload`."""
    length = len(payload)
    if length == 0 or length > MAX_FRAME:
        raise ValueError(f"an LTI frame holds 1..{MAX_FRAME} bytes, not {length}")
    return length.to_bytes(4, "big") + payload


class FrameDecoder:
    """Feed bytes with `receive_data`; take whole payloads with `next_frame` until None.

    A length of 0 or above MAX_FRAME raises LtiFramingError; the stream cannot be resynced
    after that, so the decoder stays broken and every later call raises again.
    """

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._offset = 0
        self._error: LtiFramingError | None = None

    @property
    def buffered(self) -> int:
        """Bytes received but not yet returned as a frame (a part frame at EOF is lost)."""
        return len(self._buffer) - self._offset

    def receive_data(self, data: bytes) -> None:
        if self._error is not None:
            raise self._error
        if self._offset and self._offset == len(self._buffer):
            self._buffer.clear()  # everything consumed: the cheap moment to start over
            self._offset = 0
        self._buffer += data

    def next_frame(self) -> bytes | None:
        if self._error is not None:
            raise self._error
        buffer = self._buffer
        start = self._offset
        available = len(buffer) - start
        if available < _HEADER:
            return None
        length = int.from_bytes(buffer[start : start + _HEADER], "big")
        if length == 0 or length > MAX_FRAME:
            self._error = LtiFramingError(
                f"frame length {length}, allowed 1..{MAX_FRAME}",
            )
            raise self._error
        end = start + _HEADER + length
        if end > len(buffer):
            return None
        frame = bytes(buffer[start + _HEADER : end])
        if end == len(buffer):
            buffer.clear()
            self._offset = 0
        elif end >= _COMPACT_AT:
            del buffer[:end]
            self._offset = 0
        else:
            self._offset = end
        return frame
