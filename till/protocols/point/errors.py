"""What can go wrong on the wire to a Verifone Point terminal.

Like the LTI errors, each is a TillError with a `Message` the cashier reads in the shop's
language, and `detail` names the document or field for the log (`str(error)` repeats it in
brackets). A framing error loses the stream (the adapter drops the connection); a message error
loses one document; a wrong response means the answer cannot be matched to the request, so the
outcome is learned with REPORT LAST_TRAN, never guessed.
"""

from __future__ import annotations

from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError

POINT_UNREADABLE = Message(
    "point_protocol_error",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Klarna terminal sent something the till cannot read; the connection was reset.",
    ),
)
POINT_BAD_DATA = Message(
    "point_framing_error",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal sent data the till cannot read; the connection was reset."
    ),
)
POINT_BAD_MESSAGE = Message(
    "point_message_error",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Klarna terminal sent a message the till cannot read; the connection was reset.",
    ),
)
POINT_WRONG_RESPONSE = Message(
    "point_wrong_response",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Klarna terminal answered a different request than the one the till asked; "
        "the connection was reset.",
    ),
)
POINT_OUT_OF_TURN = Message(
    "point_local_protocol_error",
    QT_TRANSLATE_NOOP(
        "Errors", "The till tried to send the Klarna terminal a message out of turn."
    ),
)
POINT_PAIRING_FAILED = Message(
    "point_pairing_error",
    QT_TRANSLATE_NOOP(
        "Errors", "Pairing with the Klarna terminal failed; start the pairing again."
    ),
)


class PointProtocolError(TillError):
    """Base of every Point wire error (h11's RemoteProtocolError and LocalProtocolError).
    `detail` is the technical cause (English, for the log); the cashier sees `said`."""

    code = "point_protocol_error"
    said: Message = POINT_UNREADABLE

    def __init__(self, detail: str, message: Message | None = None, **params: Any) -> None:
        super().__init__(message or self.said, detail=detail, **params)

    def __str__(self) -> str:
        return f"{self.message} ({self.detail})" if self.detail else self.message


class PointFramingError(PointProtocolError):
    """The byte stream is not a sequence of bare UTF-8 XML documents (or one is too large):
    the stream is lost."""

    code = "point_framing_error"
    said = POINT_BAD_DATA


class PointMessageError(PointProtocolError):
    """A whole document that is not a valid Point message: bad XML, a wrong root element, a
    missing or malformed field."""

    code = "point_message_error"
    said = POINT_BAD_MESSAGE


class PointWrongResponse(PointProtocolError):
    """A response that does not answer the outstanding request (its COUNTER echo differs)."""

    code = "point_wrong_response"
    said = POINT_WRONG_RESPONSE


class PointLocalProtocolError(PointProtocolError):
    """Our own side broke the protocol: a second request while one is outstanding, a request
    on the wrong port, an authenticated command without COUNTER/MAC. A bug in the till."""

    code = "point_local_protocol_error"
    said = POINT_OUT_OF_TURN


class PointPairingError(PointProtocolError):
    """Pairing failed on the till's side: the MAC_KEY cannot be decrypted or the entry code
    the terminal echoed is not the one the till showed."""

    code = "point_pairing_error"
    said = POINT_PAIRING_FAILED
