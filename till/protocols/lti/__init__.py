"""Wallee Local Till Interface 2.46: sans-IO codecs (no sockets, no asyncio, no Qt)."""

from till.protocols.lti.codec import decode_message, encode_message
from till.protocols.lti.connection import (
    NEED_DATA,
    Event,
    LtiConnection,
    LtiDeviceConnection,
    MalformedNotification,
)
from till.protocols.lti.error_codes import ERROR_MESSAGES, error_message, terminal_error
from till.protocols.lti.errors import (
    LtiAmountError,
    LtiFramingError,
    LtiLocalProtocolError,
    LtiMessageError,
    LtiProtocolError,
    LtiWrongResponse,
)
from till.protocols.lti.framing import MAX_FRAME, FrameDecoder, encode_frame
from till.protocols.lti.messages import *  # noqa: F403 (every message, as listed there)
from till.protocols.lti.messages import __all__ as _MESSAGES

__all__ = [
    *_MESSAGES,
    "ERROR_MESSAGES",
    "MAX_FRAME",
    "NEED_DATA",
    "Event",
    "FrameDecoder",
    "LtiAmountError",
    "LtiConnection",
    "LtiDeviceConnection",
    "LtiFramingError",
    "LtiLocalProtocolError",
    "LtiMessageError",
    "LtiProtocolError",
    "LtiWrongResponse",
    "MalformedNotification",
    "decode_message",
    "encode_frame",
    "encode_message",
    "error_message",
    "terminal_error",
]
