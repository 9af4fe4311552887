"""What can go wrong on the wire to a Verifone Point terminal.

Like the LTI errors, each is a TillError with a code and a plain message, and `detail` names
the document or field for the log. A framing error loses the stream (the adapter drops the
connection); a message error loses one document; a wrong response means the answer cannot be
matched to the request, so the outcome is learned with REPORT LAST_TRAN, never guessed.
"""

from __future__ import annotations

from till.core.errors import TillError


class PointProtocolError(TillError):
    """Base of every Point wire error (h11's RemoteProtocolError and LocalProtocolError)."""

    code = "point_protocol_error"
    text = "The Klarna terminal sent something the till cannot read; the connection was reset."

    def __init__(self, detail: str, message: str | None = None) -> None:
        text = message or self.text
        super().__init__(f"{text} ({detail})" if detail else text, detail=detail)


class PointFramingError(PointProtocolError):
    """The byte stream is not a sequence of bare UTF-8 XML documents (or one is too large):
    the stream is lost."""

    code = "point_framing_error"
    text = "The Klarna terminal sent data the till cannot read; the connection was reset."


class PointMessageError(PointProtocolError):
    """A whole document that is not a valid Point message: bad XML, a wrong root element, a
    missing or malformed field."""

    code = "point_message_error"
    text = "The Klarna terminal sent a message the till cannot read; the connection was reset."


class PointWrongResponse(PointProtocolError):
    """A response that does not answer the outstanding request (its COUNTER echo differs)."""

    code = "point_wrong_response"
    text = (
        "The Klarna terminal answered a different request than the one the till asked; "
        "the connection was reset."
    )


class PointLocalProtocolError(PointProtocolError):
    """Our own side broke the protocol: a second request while one is outstanding, a request
    on the wrong port, an authenticated command without COUNTER/MAC. A bug in the till."""

    code = "point_local_protocol_error"
    text = "The till tried to send the Klarna terminal a message out of turn."


class PointPairingError(PointProtocolError):
    """Pairing failed on the till's side: the MAC_KEY cannot be decrypted or the entry code
    the terminal echoed is not the one the till showed."""

    code = "point_pairing_error"
    text = "Pairing with the Klarna terminal failed; start the pairing again."
