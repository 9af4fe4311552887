"""Verifone Point (SCA) terminal: sans-IO codecs (no sockets, no asyncio, no Qt).

framing.py splits bare XML documents off the stream; messages.py and codec.py turn them into
typed messages and back; connection.py is the h11-style state of one port; mac.py holds the
MAC and COUNTER rules; pairing.py the cryptographic half of REGISTER; result_codes.py the
RESULT_CODEs the till handles.
"""

from till.protocols.point.codec import (
    decode_notification,
    decode_request,
    decode_response,
    encode_request,
    format_amount,
    parse_amount,
)
from till.protocols.point.connection import NEED_DATA, Event, NotificationListener, PointConnection
from till.protocols.point.errors import (
    PointFramingError,
    PointLocalProtocolError,
    PointMessageError,
    PointPairingError,
    PointProtocolError,
    PointWrongResponse,
)
from till.protocols.point.framing import MAX_DOCUMENT, DocumentSplitter
from till.protocols.point.mac import (
    MAX_COUNTER,
    Authentication,
    Counter,
    CounterExhausted,
    authenticate,
    mac,
)
from till.protocols.point.messages import *  # noqa: F403 (every message, as listed there)
from till.protocols.point.messages import __all__ as _MESSAGES
from till.protocols.point.result_codes import RESULT_CODES, ResultCode, describe, needs_resync

__all__ = [
    *_MESSAGES,
    "MAX_COUNTER",
    "MAX_DOCUMENT",
    "NEED_DATA",
    "RESULT_CODES",
    "Authentication",
    "Counter",
    "CounterExhausted",
    "DocumentSplitter",
    "Event",
    "NotificationListener",
    "PointConnection",
    "PointFramingError",
    "PointLocalProtocolError",
    "PointMessageError",
    "PointPairingError",
    "PointProtocolError",
    "PointWrongResponse",
    "ResultCode",
    "authenticate",
    "decode_notification",
    "decode_request",
    "decode_response",
    "describe",
    "encode_request",
    "format_amount",
    "mac",
    "needs_resync",
    "parse_amount",
]
