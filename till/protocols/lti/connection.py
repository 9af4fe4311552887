"""The LTI conversation as a state machine without I/O, in the style of h11.

`send(msg)` gives the bytes to write; `receive_data(bytes)` takes what was read;
`next_event()` returns the next message, or NEED_DATA when a frame is still incomplete.

LTI is one request at a time (section 4): the till sends a PoS request and the terminal
answers it with its response or an errorNotification (6.14), sending any number of device
messages (display, printer, status, confirmationRequest) in between. LtiConnection keeps the
one outstanding request, so that a response answering some other request, which would put the
wrong result on a sale, is an error (LtiWrongResponse) and never an event.

A framing error (3.1) leaves the stream unreadable: every later call raises it again. A
message error consumes only its frame; the caller decides whether to go on (the till's
adapter resets the connection, the simulator answers VCS.ERR.0005). One kind of message error
is an event instead: a device message from the terminal (display, printer, status,
confirmationRequest) that names a known message but cannot be read is MalformedNotification,
so that one bad display line never makes a running payment's outcome unknown (issue 7).
Any other unreadable frame may have been the final answer; a financialTrxResponse
authorising more than was asked (amountAuth above amount + amountTip) is an error too.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Final

from till.protocols.lti.codec import decode_message, encode_message
from till.protocols.lti.errors import (
    LtiAmountError,
    LtiLocalProtocolError,
    LtiMessageError,
    LtiWrongResponse,
)
from till.protocols.lti.framing import FrameDecoder, encode_frame
from till.protocols.lti.messages import (
    ConfirmationRequest,
    ConfirmationResponse,
    DeviceMessage,
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    LtiMessage,
    PosRequest,
    PosResponse,
    TimeoutNotification,
    UnknownMessage,
)


class _NeedData:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NEED_DATA"


NEED_DATA: Final = _NeedData()
"""next_event() found no complete frame: read more and call receive_data()."""


@dataclass(frozen=True, slots=True)
class MalformedNotification:
    """A device message from the terminal that names a known message (`name`, e.g.
    displayNotification) but cannot be read: `error` says why. Skip it (log it); for a
    confirmationRequest the terminal still waits for an answer."""

    name: str
    message_class: type[DeviceMessage]
    error: LtiMessageError


Event = LtiMessage | UnknownMessage | MalformedNotification


class _Endpoint:
    def __init__(self) -> None:
        self._decoder = FrameDecoder()

    def receive_data(self, data: bytes) -> None:
        """Bytes as read from the socket, any amount: half a frame or several frames."""
        self._decoder.receive_data(data)

    @property
    def buffered(self) -> int:
        """Bytes of an incomplete frame waiting for the rest."""
        return self._decoder.buffered

    def _next_message(self) -> Event | _NeedData:
        frame = self._decoder.next_frame()
        if frame is None:
            return NEED_DATA
        return decode_message(frame)


class LtiConnection(_Endpoint):
    """The till's side: sends PoS requests and its answers to device messages."""

    def __init__(self) -> None:
        super().__init__()
        self._outstanding: PosRequest | None = None
        self._confirmation: ConfirmationRequest | None = None

    @property
    def outstanding_request(self) -> PosRequest | None:
        """The request sent and not yet answered."""
        return self._outstanding

    @property
    def expected_response(self) -> type[PosResponse] | None:
        """The response class that answers the outstanding request (PingResponse for
        PingRequest), None when nothing is outstanding."""
        return None if self._outstanding is None else self._outstanding.response

    @property
    def pending_confirmation(self) -> ConfirmationRequest | None:
        """A confirmationRequest waiting for the till's confirmationResponse (6.15)."""
        return self._confirmation

    def send(self, msg: LtiMessage) -> bytes:
        """The framed bytes of `msg`. Raises LtiLocalProtocolError for a message the terminal
        sends, or a second request while one is outstanding."""
        if not isinstance(msg, LtiMessage) or not msg.from_till:
            raise LtiLocalProtocolError(f"the till does not send {type(msg).__name__}")
        if isinstance(msg, PosRequest):
            if self._outstanding is not None:
                raise LtiLocalProtocolError(
                    f"{msg.element} while {self._outstanding.element} is outstanding"
                )
            data = encode_frame(encode_message(msg))
            self._outstanding = msg
            return data
        if isinstance(msg, ConfirmationResponse | TimeoutNotification):
            self._confirmation = None
        return encode_frame(encode_message(msg))

    def abandon_request(self) -> None:
        """Forget the outstanding request (the till gave up waiting). A late answer to it
        then raises LtiWrongResponse, so only do this on a connection about to be closed."""
        self._outstanding = None
        self._confirmation = None

    def next_event(self) -> Event | _NeedData:
        """The next message from the terminal, or NEED_DATA.

        Raises LtiFramingError, LtiMessageError, LtiWrongResponse for a response that does
        not answer the outstanding request (or arrives with none outstanding), and
        LtiAmountError for a financialTrxResponse authorising more than was asked (that
        response ends the outstanding request: its outcome is unknown).
        """
        try:
            event = self._next_message()
        except LtiMessageError as error:
            kind = error.message_class
            if kind is not None and issubclass(kind, DeviceMessage):
                return MalformedNotification(kind.element, kind, error)
            raise  # it may well have been the final answer: the caller ends the request
        if event is NEED_DATA or isinstance(event, UnknownMessage):
            return event
        assert isinstance(event, LtiMessage)
        if event.from_till:
            raise LtiMessageError(f"{event.element} is sent by a till, not by a terminal")
        if isinstance(event, PosResponse):
            outstanding = self._outstanding
            if outstanding is None:
                raise LtiWrongResponse(f"{event.element} with no request outstanding")
            if type(event) is not outstanding.response:
                raise LtiWrongResponse(f"{event.element} in answer to {outstanding.element}")
            self.abandon_request()
            if isinstance(event, FinancialTrxResponse):
                assert isinstance(outstanding, FinancialTrxRequest)
                _check_amount(event, outstanding)
        elif isinstance(event, ErrorNotification):
            self.abandon_request()
        elif isinstance(event, ConfirmationRequest):
            self._confirmation = event
        return event

    @staticmethod
    def is_final(event: object) -> bool:
        """True if `event` ends the outstanding request: its response or an ErrorNotification.
        (A response to any other request never gets this far: next_event raised.)"""
        return isinstance(event, PosResponse | ErrorNotification)


def _check_amount(response: FinancialTrxResponse, request: FinancialTrxRequest) -> None:
    """amountAuth may fall short of the amount (partial approval, 6.1 partialApprovalCap) and
    may exceed it by the tip the cardholder added (amountTip, included in amountAuth); more
    than that was never asked for, and whether it was charged is then unknown (issue 7)."""
    if response.amount_auth is None:
        return  # trxResult 0 without amountAuth: the checkout settles it from the record
    allowed = request.trx_data.amount + (response.amount_tip or 0)
    if response.amount_auth > allowed:
        raise LtiAmountError(
            f"financialTrxResponse: amountAuth {response.amount_auth} above the requested "
            f"{request.trx_data.amount} + amountTip {response.amount_tip or 0}"
        )


class LtiDeviceConnection(_Endpoint):
    """The terminal's side, for the simulator: receives PoS requests, sends device messages,
    responses and error notifications.

    Requests are answered in the order they came. A frame that is no valid request (bad
    XML, an unknown or a terminal-only message) takes its turn like a request, one that only
    an ErrorNotification can answer: LTI has no request ids, so whatever errorNotification
    comes next is what the till takes as the answer to its outstanding request.
    """

    def __init__(self) -> None:
        super().__init__()
        self._pending: deque[PosRequest | None] = deque()  # None: an invalid request

    @property
    def current_request(self) -> PosRequest | None:
        """The request to answer next (None also when that is an invalid one)."""
        return self._pending[0] if self._pending else None

    @property
    def unanswered(self) -> int:
        """Requests (valid or not) received and not yet answered."""
        return len(self._pending)

    def next_event(self) -> Event | _NeedData:
        """The next message from the till, or NEED_DATA. Raises LtiFramingError, and
        LtiMessageError for an unreadable frame or a message only a terminal sends."""
        try:
            event = self._next_message()
        except LtiMessageError:
            self._pending.append(None)
            raise
        if event is NEED_DATA:
            return event
        if isinstance(event, UnknownMessage):
            self._pending.append(None)
            return event
        assert isinstance(event, LtiMessage)
        if not event.from_till:
            self._pending.append(None)
            raise LtiMessageError(f"{event.element} is sent by a terminal, not by a till")
        if isinstance(event, PosRequest):
            self._pending.append(event)
        return event

    def send(self, msg: LtiMessage) -> bytes:
        """The framed bytes of `msg`. A response must answer the current request; an
        ErrorNotification answers it whatever it was."""
        if not isinstance(msg, LtiMessage) or msg.from_till:
            raise LtiLocalProtocolError(f"a terminal does not send {type(msg).__name__}")
        if isinstance(msg, PosResponse):
            current = self.current_request
            if current is None or type(msg) is not current.response:
                name = current.element if current else "no (valid) request"
                raise LtiLocalProtocolError(f"{msg.element} in answer to {name}")
            self._pending.popleft()
        elif isinstance(msg, ErrorNotification) and self._pending:
            self._pending.popleft()
        return encode_frame(encode_message(msg))
