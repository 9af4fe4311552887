"""What can go wrong on the wire to the card terminal (LTI document sections 3 and 4).

Every failure here ends the TCP connection: the adapter drops it and reconnects, and the sale
it was paying asks the terminal what happened (reprintReceiptRequest, section 7.2.2) rather
than guessing. So each message tells the cashier that, in plain words; `detail` names the
frame or element for the log (and is repeated in brackets so support can read it off screen).
"""

from __future__ import annotations

from till.core.errors import TillError


class LtiProtocolError(TillError):
    """Base of every LTI wire error (h11's RemoteProtocolError and LocalProtocolError)."""

    code = "lti_protocol_error"
    text = "The card terminal sent something the till cannot read; the connection was reset."

    def __init__(self, detail: str, message: str | None = None) -> None:
        text = message or self.text
        super().__init__(f"{text} ({detail})" if detail else text, detail=detail)


class LtiFramingError(LtiProtocolError):
    """The 4-byte length of section 3.1 is 0 or larger than MAX_FRAME: the stream is lost."""

    code = "lti_framing_error"
    text = "The card terminal sent data the till cannot read; the connection was reset."


class LtiMessageError(LtiProtocolError):
    """A frame that is not a valid LTI message: bad XML, a missing required element, a bad
    number. `detail` names the message and element, e.g. "financialTrxResponse: missing
    trxResult". `message_class` is the message the frame's root element names when the XML
    itself was readable (None for a frame that is no XML at all)."""

    code = "lti_message_error"
    text = "The card terminal sent a message the till cannot read; the connection was reset."

    def __init__(
        self, detail: str, message: str | None = None, *, message_class: type | None = None
    ) -> None:
        super().__init__(detail, message)
        self.message_class = message_class


class LtiAmountError(LtiProtocolError):
    """A financialTrxResponse authorising more than the request asked for, beyond what a tip
    explains (issue 7): its outcome cannot be trusted either way."""

    code = "lti_amount_error"
    text = (
        "The card terminal reported an amount the till did not ask for; the connection was reset."
    )


class LtiWrongResponse(LtiProtocolError):
    """A response that does not answer the request outstanding (or came with none)."""

    code = "lti_wrong_response"
    text = (
        "The card terminal answered a different request than the one the till asked; "
        "the connection was reset."
    )


class LtiLocalProtocolError(LtiProtocolError):
    """Our own side broke the protocol: a second request while one is outstanding, or a
    message that only the other side may send. A bug in the till, never the terminal's."""

    code = "lti_local_protocol_error"
    text = "The till tried to send the card terminal a message out of turn."
