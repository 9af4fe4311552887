"""One port of a Verifone Point terminal over TCP: one request, its answer, nothing else.

The codec (till/protocols/point) is sans-IO; this wraps one `PointConnection` per request in an
asyncio connection. Each request opens its own connection and closes it after the answer: the
public SCA samples send one bare XML document and read one back, and a fresh connection per
request leaves no half-read stream behind after an error (the codec's connection.py: a framing
error loses the stream). Point answers one request at a time on each port, so a lock keeps
ours in single file.

Errors, as checkout's port wants them:
- not connected, or the request could not be written at all: TerminalUnavailable (nothing
  happened on the terminal);
- sent, then no answer (silence, a dropped connection, an answer the codec cannot read or
  match): TerminalLost. The caller turns it into an Unknown outcome, learned with REPORT
  LAST_TRAN, never by resending.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from till.checkout.ports import Reason, TerminalLost, TerminalUnavailable, restate
from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.protocols.point import (
    NEED_DATA,
    Authentication,
    PointConnection,
    PointLocalProtocolError,
    PointProtocolError,
    Request,
    Response,
)
from till.protocols.point.messages import Port

log = logging.getLogger(__name__)

_READ_SIZE = 64 * 1024

StateListener = Callable[[bool, Reason], None]  # (reachable, why: an error, or the address)

UNREACHABLE = Message(
    "point_unreachable",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Klarna terminal at {address} cannot be reached. Check that it is switched on and "
        "on the network.",
    ),
)
BROKE_WHILE_SENDING = Message(
    "point_broke_while_sending",
    QT_TRANSLATE_NOOP("Errors", "The connection to the Klarna terminal broke while sending."),
)
NO_ANSWER = Message(
    "point_no_answer",
    QT_TRANSLATE_NOOP("Errors", "The Klarna terminal did not answer within {seconds} s."),
)
CLOSED = Message(
    "point_closed",
    QT_TRANSLATE_NOOP("Errors", "The Klarna terminal closed the connection before it answered."),
)
LOST = Message(
    "point_connection_lost",
    QT_TRANSLATE_NOOP("Errors", "The connection to the Klarna terminal was lost."),
)


class PointLink:
    """The till's side of one terminal port (primary 5015 or secondary 5016)."""

    def __init__(
        self,
        host: str,
        port: int,
        which: Port,
        *,
        connect_timeout: float = 5.0,
        response_timeout: float = 300.0,
        on_state: StateListener | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.which: Port = which
        self.connect_timeout = connect_timeout
        self.response_timeout = response_timeout
        self.on_state = on_state
        self._lock = asyncio.Lock()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    @property
    def busy(self) -> bool:
        """A request is on this port right now."""
        return self._lock.locked()

    def _state(self, reachable: bool, why: Reason) -> None:
        if self.on_state is not None:
            try:
                self.on_state(reachable, why)
            except Exception:  # a listener's bug must not end a payment
                log.exception("terminal state listener failed")

    async def exchange(
        self, request: Request, auth: Authentication | None = None, *, timeout: float | None = None
    ) -> Response:
        """Send `request` and return its answer (whatever its RESULT_CODE)."""
        async with self._lock:
            try:
                reader, writer = await asyncio.wait_for(
                    asyncio.open_connection(self.host, self.port), self.connect_timeout
                )
            except (OSError, TimeoutError) as error:
                unreachable = TerminalUnavailable(
                    UNREACHABLE, address=self.address, detail=repr(error)
                )
                self._state(False, unreachable)
                raise unreachable from None
            try:
                conn = PointConnection(self.which)
                try:
                    data = conn.send(request, auth)
                except PointLocalProtocolError as error:  # e.g. an amount out of range
                    raise restate(TerminalUnavailable, error) from None
                try:
                    writer.write(data)
                    await writer.drain()
                except OSError as error:  # some bytes may have gone out: outcome unknown
                    broke = TerminalLost(BROKE_WHILE_SENDING, detail=repr(error))
                    self._state(False, broke)
                    raise broke from None
                silence = timeout or self.response_timeout
                try:
                    answer = await asyncio.wait_for(self._answer(reader, conn), silence)
                except TimeoutError:
                    silent = TerminalLost(
                        NO_ANSWER,
                        seconds=f"{silence:.0f}",
                        detail=f"{request.command} on {self.address}",
                    )
                    self._state(False, silent)
                    raise silent from None
                self._state(True, self.address)
                return answer
            finally:
                writer.close()
                with contextlib.suppress(OSError, asyncio.CancelledError):
                    await writer.wait_closed()

    async def _answer(self, reader: asyncio.StreamReader, conn: PointConnection) -> Response:
        try:
            while True:
                event = conn.next_event()
                if event is not NEED_DATA:
                    assert isinstance(event, Response)
                    return event
                data = await reader.read(_READ_SIZE)
                if not data:
                    closed = TerminalLost(
                        CLOSED, detail=f"{conn.outstanding_request} on {self.address}"
                    )
                    self._state(False, closed)
                    raise closed
                conn.receive_data(data)
        except PointProtocolError as error:
            log.warning("Point protocol error on %s: %s", self.address, error.detail)
            raise restate(TerminalLost, error) from None
        except OSError as error:
            lost = TerminalLost(LOST, detail=repr(error))
            self._state(False, lost)
            raise lost from None
