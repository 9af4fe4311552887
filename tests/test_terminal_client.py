"""The terminal client against misbehaving terminals: bad input resets the connection with a
clear message, an outstanding request becomes 'unknown', and the client reconnects (LTI 3)."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Awaitable, Callable

import pytest

from till.adapters.terminal import (
    TerminalClient,
    TerminalLost,
    TerminalState,
    TerminalUnavailable,
)
from till.core.errors import TillError
from till.protocols.lti import (
    FrameDecoder,
    PingRequest,
    PingResponse,
    ReprintReceiptRequest,
    encode_frame,
    encode_message,
)
from till.simulators.lti import LtiSimulator

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> bytes:
    decoder = FrameDecoder()
    while (frame := decoder.next_frame()) is None:
        decoder.receive_data(await reader.read(4096))
    return frame


def fake_terminal(answer: Callable[[], bytes], *, close: bool = True) -> Handler:
    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(answer())
        await writer.drain()
        if close:
            writer.close()
        else:
            await asyncio.sleep(5)

    return handle


def with_server(handler: Handler, test: Callable[[TerminalClient, int], Awaitable[None]]) -> None:
    async def main() -> None:
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = TerminalClient("127.0.0.1", port, connect_timeout=1, response_timeout=1)
        try:
            await test(client, port)
        finally:
            await client.close()
            server.close()
            await server.wait_closed()

    asyncio.run(main())


PING_ANSWER = encode_frame(encode_message(PingResponse()))


@pytest.mark.parametrize(
    ("answer", "words"),
    [
        (lambda: b"\x00\x00\x00\x05<xml", "closed"),  # closes mid-message
        (lambda: struct.pack(">I", 0), "cannot read"),  # a frame of length zero
        (lambda: struct.pack(">I", 5 * 1024 * 1024) + b"<", "cannot read"),  # beyond 4 MiB
        (lambda: encode_frame(b"this is not xml"), "cannot read"),
        # answers a request that was not asked: ping asked, reprint answered
        (
            lambda: encode_frame(
                b'<?xml version="1.0"?><vcs-pos:reprintReceiptResponse '
                b'xmlns:vcs-pos="http://www.vibbek.com/pos"/>'
            ),
            "",
        ),
    ],
)
def test_bad_answers_reset_the_connection_and_leave_the_request_unknown(answer, words):
    async def test(client: TerminalClient, port: int) -> None:
        with pytest.raises(TerminalLost) as caught:
            await client.request(PingRequest())
        assert words in caught.value.message
        assert client.state is TerminalState.OFFLINE

    with_server(fake_terminal(answer), test)


def test_a_silent_terminal_times_out_as_unknown():
    async def test(client: TerminalClient, port: int) -> None:
        with pytest.raises(TerminalLost, match="did not answer"):
            await client.request(ReprintReceiptRequest(type="TRX"), timeout=0.5)

    with_server(fake_terminal(lambda: b"", close=False), test)


def test_unknown_messages_are_ignored():
    unknown = encode_frame(b'<vcs-device:newFancyNotification xmlns:vcs-device="x"/>')

    async def test(client: TerminalClient, port: int) -> None:
        answer = await client.request(PingRequest())
        assert isinstance(answer.final, PingResponse)

    with_server(fake_terminal(lambda: unknown + PING_ANSWER), test)


def test_an_unreachable_terminal_sends_nothing_and_says_so():
    async def main() -> None:
        server = await asyncio.start_server(lambda r, w: None, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        server.close()
        await server.wait_closed()
        client = TerminalClient("127.0.0.1", port, connect_timeout=0.5)
        with pytest.raises(TerminalUnavailable, match="cannot be reached"):
            await client.request(PingRequest())
        await client.close()

    asyncio.run(main())


def test_health_pings_show_online_then_offline_then_online_again():
    async def main() -> None:
        sim = LtiSimulator()
        port = await sim.start()
        client = TerminalClient("127.0.0.1", port, connect_timeout=0.5, ping_interval=0.1)
        states: list[TerminalState] = []
        client.subscribe(lambda state, message: states.append(state))
        client.start()
        try:
            await asyncio.sleep(0.3)
            assert client.state is TerminalState.ONLINE
            await sim.stop()
            await asyncio.sleep(0.5)
            assert client.state is TerminalState.OFFLINE and "reach" in client.state_message
            await sim.start(port=port)
            await asyncio.sleep(0.5)
            assert client.state is TerminalState.ONLINE  # reconnected on its own
            changes = [s for i, s in enumerate(states) if i == 0 or s is not states[i - 1]]
            assert changes == [TerminalState.ONLINE, TerminalState.OFFLINE, TerminalState.ONLINE]
            assert sum(isinstance(r, PingRequest) for r in sim.received) >= 2
        finally:
            await client.close()
            await sim.stop()

    asyncio.run(main())


def test_protocol_errors_are_till_errors_with_plain_words():
    async def test(client: TerminalClient, port: int) -> None:
        with pytest.raises(TillError) as caught:
            await client.request(PingRequest())
        assert "Traceback" not in caught.value.message and caught.value.message.endswith(".")

    with_server(fake_terminal(lambda: encode_frame(b"<broken")), test)
