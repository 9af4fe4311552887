"""The till's listener for a Point terminal's unsolicited messages.

At SESSION START the till gives the terminal its address (POS_IP, POS_PORT); the terminal then
connects there and sends unsolicited RESPONSE documents while a payment runs, among them the
Klarna customer ID check (Notification.asks_id_check; SCA "Unsolicited Consumer Notification
Responses", https://verifone.cloud/docs/sca-functional-specification/html/payment_func/unsolicited/unsolicited_responses).
The till never answers on this socket: the ID check's answer is CONFIRMATION on the secondary
port (connection.py of the codec).

A port already taken is said plainly (ListenerPortTaken, a TerminalUnavailable: no payment can
be sent without the listener). A connection that sends something unreadable is closed; the
listener keeps serving the next one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from till.checkout.ports import TerminalUnavailable
from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.protocols.point import NEED_DATA, Notification, NotificationListener, PointProtocolError

log = logging.getLogger(__name__)

_READ_SIZE = 64 * 1024


PORT_TAKEN = Message(
    "point_listener_port_taken",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The till cannot listen for the Klarna terminal on port {port}: the port is taken by "
        "another program (or another till). Close that program, or choose another listener "
        "port in the till's settings (point.listener_port).",
    ),
)


class ListenerPortTaken(TerminalUnavailable):
    """The listener's port is in use (or not allowed): the terminal could not reach the till."""

    code = "point_listener_port_taken"


class NotificationServer:
    """An asyncio server handing each unsolicited message to `on_notification`."""

    def __init__(
        self, host: str, port: int, on_notification: Callable[[Notification], None]
    ) -> None:
        self.host = host
        self.port = port  # 0: any free port (tests); the bound one after start()
        self.on_notification = on_notification
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    @property
    def running(self) -> bool:
        return self._server is not None

    async def start(self) -> int:
        """Listen; the port bound. Raises ListenerPortTaken."""
        if self._server is not None:
            return self.port
        try:
            self._server = await asyncio.start_server(self._serve, self.host, self.port)
        except OSError as error:
            raise ListenerPortTaken(PORT_TAKEN, port=self.port, detail=repr(error)) from None
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("listening for the Point terminal on %s:%d", self.host, self.port)
        return self.port

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        codec = NotificationListener()
        try:
            while True:
                data = await reader.read(_READ_SIZE)
                if not data:
                    return
                codec.receive_data(data)
                while (event := codec.next_event()) is not NEED_DATA:
                    assert isinstance(event, Notification)
                    self._hand_over(event)
        except PointProtocolError as error:
            log.warning("unreadable message on the Point listener: %s", error.detail)
        except OSError as error:
            log.info("Point listener connection ended: %r", error)
        finally:
            self._writers.discard(writer)
            writer.close()

    def _hand_over(self, event: Notification) -> None:
        try:
            self.on_notification(event)
        except Exception:  # the next message must still be read
            log.exception("handling a Point notification failed")

    async def close(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for writer in list(self._writers):
            writer.close()
        with contextlib.suppress(Exception):
            await server.wait_closed()
