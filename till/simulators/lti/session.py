"""One till connection to the simulated terminal: frames in, requests answered in order."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import TYPE_CHECKING

from till.protocols.lti import (
    NEED_DATA,
    LtiDeviceConnection,
    LtiFramingError,
    LtiMessage,
    LtiMessageError,
    PosRequest,
)
from till.protocols.lti.messages import TillDeviceMessage
from till.simulators.lti.scenarios import error_notification

if TYPE_CHECKING:
    from till.simulators.lti.simulator import LtiSimulator


class Dropped(Exception):
    """The scenario closes the connection on purpose."""


class Session:
    """One till connection: reads frames into a queue of requests and a queue of the till's
    device messages; one task answers the requests in order."""

    def __init__(
        self, sim: LtiSimulator, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.sim = sim
        self.reader = reader
        self.writer = writer
        self.conn = LtiDeviceConnection()
        self.requests: asyncio.Queue[PosRequest | None] = asyncio.Queue()
        # The till's device messages, each tagged with how many requests had come before
        # it: an abort sent for one payment must not stop the next one.
        self.till_messages: asyncio.Queue[tuple[int, TillDeviceMessage]] = asyncio.Queue()
        self.requests_seen = 0
        self.serving = 0  # the number of the request being answered
        self._batch: bytearray | None = None
        self.split = False

    async def run(self) -> None:
        with contextlib.suppress(OSError):
            sock = self.writer.get_extra_info("socket")
            if sock is not None:  # so that SPLIT_FRAMES really sends byte by byte
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        worker = asyncio.create_task(self._answer_requests())
        try:
            await self._read()
        except (ConnectionError, OSError, LtiFramingError):
            pass  # the till went away or sent a broken stream: end this connection only
        finally:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await worker
            self.writer.close()
            with contextlib.suppress(Exception):
                await self.writer.wait_closed()

    async def _read(self) -> None:
        while True:
            data = await self.reader.read(65536)
            if not data:
                return
            self.conn.receive_data(data)
            while True:
                try:
                    event = self.conn.next_event()
                except LtiMessageError:
                    self.requests.put_nowait(None)  # answered VCS.ERR.0005 in its turn
                    continue
                if event is NEED_DATA:
                    break
                if isinstance(event, PosRequest):
                    self.sim.received.append(event)
                    self.requests_seen += 1
                    self.requests.put_nowait(event)
                elif isinstance(event, TillDeviceMessage):
                    self.sim.till_device_messages.append(event)
                    self.till_messages.put_nowait((self.requests_seen, event))
                else:  # an unknown message
                    self.requests.put_nowait(None)

    async def _answer_requests(self) -> None:
        try:
            while True:
                request = await self.requests.get()
                if request is not None:
                    self.serving += 1
                if request is None:
                    await self.send(error_notification("VCS.ERR.0005"))
                    continue
                await self.sim.answer(self, request)
        except Dropped:
            self.writer.close()
        except (ConnectionError, OSError):
            self.writer.close()

    # -- writing ----------------------------------------------------------------------------

    async def send(self, msg: LtiMessage) -> None:
        data = self.conn.send(msg)
        if self._batch is not None:
            self._batch += data
            return
        if self.split:
            for i in range(len(data)):
                self.writer.write(data[i : i + 1])
                await self.writer.drain()
                await asyncio.sleep(self.sim.split_pause)
            return
        self.writer.write(data)
        await self.writer.drain()

    def start_batch(self) -> None:
        self._batch = bytearray()

    async def flush_batch(self) -> None:
        data, self._batch = self._batch, None
        if data:
            self.writer.write(bytes(data))
            await self.writer.drain()

    def has_till_message(self) -> bool:
        return not self.till_messages.empty()

    async def next_till_message(self, timeout: float | None) -> TillDeviceMessage | None:
        """The till's next device message for the request being answered, None on timeout."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - loop.time())
            try:
                seen, msg = await asyncio.wait_for(self.till_messages.get(), left)
            except TimeoutError:
                return None
            if seen >= self.serving:  # sent after this request: meant for it
                return msg
