"""What can go wrong on the wire to the card terminal (LTI document sections 3 and 4).

Every failure here ends the TCP connection: the adapter drops it and reconnects, and the sale
it was paying asks the terminal what happened (reprintReceiptRequest, section 7.2.2) rather
than guessing. So each message tells the cashier that, in plain words, in the shop's language
(a `Message` per class); `detail` names the frame or element for the log and support, and
`str(error)` (the log's and the tests' text) repeats it in brackets.
"""

from __future__ import annotations

from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError

LTI_UNREADABLE = Message(
    "lti_protocol_error",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal sent something the till cannot read; the connection was reset."
    ),
)
LTI_BAD_DATA = Message(
    "lti_framing_error",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal sent data the till cannot read; the connection was reset."
    ),
)
LTI_BAD_MESSAGE = Message(
    "lti_message_error",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal sent a message the till cannot read; the connection was reset."
    ),
)
LTI_BAD_AMOUNT = Message(
    "lti_amount_error",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal reported an amount the till did not ask for; the connection was reset.",
    ),
)
LTI_WRONG_RESPONSE = Message(
    "lti_wrong_response",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal answered a different request than the one the till asked; "
        "the connection was reset.",
    ),
)
LTI_OUT_OF_TURN = Message(
    "lti_local_protocol_error",
    QT_TRANSLATE_NOOP("Errors", "The till tried to send the card terminal a message out of turn."),
)


class LtiProtocolError(TillError):
    """Base of every LTI wire error (h11's RemoteProtocolError and LocalProtocolError).
    `detail` is the technical cause (English, for the log); the cashier sees `said`."""

    code = "lti_protocol_error"
    said: Message = LTI_UNREADABLE

    def __init__(self, detail: str, message: Message | None = None, **params: Any) -> None:
        super().__init__(message or self.said, detail=detail, **params)

    def __str__(self) -> str:
        return f"{self.message} ({self.detail})" if self.detail else self.message


class LtiFramingError(LtiProtocolError):
    """The 4-byte length of section 3.1 is 0 or larger than MAX_FRAME: the stream is lost."""

    code = "lti_framing_error"
    said = LTI_BAD_DATA


class LtiMessageError(LtiProtocolError):
    """A frame that is not a valid LTI message: bad XML, a missing required element, a bad
    number. `detail` names the message and element, e.g. "financialTrxResponse: missing
    trxResult". `message_class` is the message the frame's root element names when the XML
    itself was readable (None for a frame that is no XML at all)."""

    code = "lti_message_error"
    said = LTI_BAD_MESSAGE

    def __init__(
        self, detail: str, message: Message | None = None, *, message_class: type | None = None
    ) -> None:
        super().__init__(detail, message)
        self.message_class = message_class


class LtiAmountError(LtiProtocolError):
    """A financialTrxResponse authorising more than the request asked for, beyond what a tip
    explains (issue 7): its outcome cannot be trusted either way."""

    code = "lti_amount_error"
    said = LTI_BAD_AMOUNT


class LtiWrongResponse(LtiProtocolError):
    """A response that does not answer the request outstanding (or came with none)."""

    code = "lti_wrong_response"
    said = LTI_WRONG_RESPONSE


class LtiLocalProtocolError(LtiProtocolError):
    """Our own side broke the protocol: a second request while one is outstanding, or a
    message that only the other side may send. A bug in the till, never the terminal's."""

    code = "lti_local_protocol_error"
    said = LTI_OUT_OF_TURN
