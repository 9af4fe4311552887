"""Point conversations as state machines without I/O, in the style of h11.

`send(request, auth)` gives the bytes to write; `receive_data(bytes)` takes what was read;
`next_event()` returns the next message, or NEED_DATA while a document is incomplete.

Point answers one request at a time on each port (a second one gets DEVICE IS BUSY, 59002).
`PointConnection` keeps the one outstanding request, decodes the next document as that
request's answer, and refuses an answer whose COUNTER echo is not the COUNTER sent (the
CONFIRMATION and TEST_MAC pages: "Echoes counter sent in the request"), so that an answer to
some other request never lands on a sale. A document that arrives while nothing is outstanding
is a `Notification` (unsolicited), never an answer. The primary port (5015) takes every command
but the SECONDARYPORT ones; the secondary port (5016) only those (a session restricts the
primary port to transaction commands; status, cancel and the ID-check answer go to the
secondary one: SCA "Best Practices for Integration").

`NotificationListener` reads the terminal's unsolicited messages on the till's own listener
(the POS_IP/POS_PORT given at SESSION START); Notification.asks_id_check marks the customer ID
check. The till does not answer on that socket: its answer is CONFIRMATION on the secondary port.

A framing error leaves the stream unreadable (every later call raises it again); a message
error consumes only its document; the adapter resets the connection after either and learns
the outcome of the payment with REPORT LAST_TRAN.
"""

from __future__ import annotations

from typing import Final

from till.protocols.point.codec import decode_notification, decode_response, encode_request
from till.protocols.point.errors import PointLocalProtocolError, PointWrongResponse
from till.protocols.point.framing import MAX_DOCUMENT, DocumentSplitter
from till.protocols.point.mac import Authentication
from till.protocols.point.messages import Notification, Port, Request, Response


class _NeedData:
    __slots__ = ()

    def __repr__(self) -> str:
        return "NEED_DATA"


NEED_DATA: Final = _NeedData()
"""next_event() found no complete document: read more and call receive_data()."""

Event = Response  # an answer, or a Notification (a Response subclass) when nothing was asked


class _Reader:
    def __init__(self, max_document: int) -> None:
        self._splitter = DocumentSplitter(max_document)

    def receive_data(self, data: bytes) -> None:
        """Bytes as read from the socket, any amount: part of a document or several."""
        self._splitter.receive_data(data)

    @property
    def in_document(self) -> bool:
        """Part of a document is waiting (at EOF: a document was cut off)."""
        return self._splitter.in_document


class PointConnection(_Reader):
    """The till's side of one port: sends requests, reads their answers."""

    def __init__(self, port: Port = "primary", max_document: int = MAX_DOCUMENT) -> None:
        super().__init__(max_document)
        self.port: Port = port
        self._outstanding: Request | None = None
        self._counter: int | None = None

    @property
    def outstanding_request(self) -> Request | None:
        """The request sent and not yet answered."""
        return self._outstanding

    def send(self, request: Request, auth: Authentication | None = None) -> bytes:
        if request.port != self.port:
            raise PointLocalProtocolError(
                f"{request.function_type} {request.command} belongs on the {request.port} port"
            )
        if self._outstanding is not None:
            raise PointLocalProtocolError(
                f"{request.command} while {self._outstanding.command} is still unanswered"
            )
        data = encode_request(request, auth)
        self._outstanding = request
        self._counter = None if auth is None else auth.counter
        return data

    def next_event(self) -> Event | _NeedData:
        document = self._splitter.next_document()
        if document is None:
            return NEED_DATA
        request = self._outstanding
        if request is None:
            return decode_notification(document)
        response = decode_response(document, request.response)
        sent = self._counter
        self._outstanding = None
        self._counter = None
        if sent is not None and response.counter is not None and response.counter != sent:
            raise PointWrongResponse(
                f"{request.command}: COUNTER {response.counter} echoed, {sent} sent"
            )
        return response


class NotificationListener(_Reader):
    """One accepted connection on the till's listener: unsolicited messages only."""

    def __init__(self, max_document: int = MAX_DOCUMENT) -> None:
        super().__init__(max_document)

    def next_event(self) -> Notification | _NeedData:
        document = self._splitter.next_document()
        if document is None:
            return NEED_DATA
        return decode_notification(document)
