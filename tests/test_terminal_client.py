"""The terminal client against misbehaving terminals: bad input resets the connection with a
clear message, an outstanding request becomes 'unknown', and the client reconnects (LTI 3)."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import Awaitable, Callable

import pytest

from till.adapters.wallee.terminal import (
    TerminalClient,
    TerminalLost,
    TerminalState,
    TerminalUnavailable,
)
from till.core.errors import TillError
from till.protocols.lti import (
    ConfirmationRequest,
    ConfirmationResponse,
    DisplayNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    FrameDecoder,
    LtiConnection,
    PingRequest,
    PingResponse,
    ReprintReceiptRequest,
    TrxData,
    decode_message,
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
            assert client.state is TerminalState.OFFLINE and "reach" in str(client.state_message)
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


# -- issue 7: nothing the terminal sends kills the reader; a bad final answer fails at once ----

PAYMENT = FinancialTrxRequest(
    pos_id="1", trx_sync_number=5, trx_data=TrxData(amount=9_900, currency="752")
)
APPROVED = encode_frame(encode_message(FinancialTrxResponse(trx_result=0, amount_auth=9_900)))
DEVICE = b'xmlns:d="http://www.vibbek.com/device"'
HUGE_DISPLAY = encode_frame(
    b"<d:displayNotification "
    + DEVICE
    + b"><display><line>x</line></display><minDisplayTime>"
    + b"9" * 5000
    + b"</minDisplayTime></d:displayNotification>"
)
HUGE_CONFIRMATION = encode_frame(
    b"<d:confirmationRequest "
    + DEVICE
    + b"><display><line>OK?</line></display><timeout>"
    + b"4" * 400
    + b"</timeout></d:confirmationRequest>"
)


def patient_server(handler: Handler, test: Callable[[TerminalClient], Awaitable[None]]) -> None:
    """Like with_server, but the client waits a minute for silence: a test that passes within
    a few seconds shows the request failed at once, not after the silence timeout."""

    async def main() -> None:
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        client = TerminalClient("127.0.0.1", port, connect_timeout=1, response_timeout=60)
        try:
            await asyncio.wait_for(test(client), 5)
        finally:
            await client.close()
            server.close()
            await server.wait_closed()

    asyncio.run(main())


class Display:
    def __init__(self, fail: bool = False) -> None:
        self.shown: list[DisplayNotification] = []
        self.fail = fail

    def show_display(self, notification: DisplayNotification) -> None:
        self.shown.append(notification)
        if self.fail:
            raise RuntimeError("a broken screen")

    def show_status(self, notification: object) -> None:
        pass

    async def confirm(self, request: ConfirmationRequest, answer_within: float) -> bool:
        return True

    def remind(self, request: ConfirmationRequest) -> None:
        pass


def test_an_unreadable_display_notification_is_skipped_and_the_payment_goes_on() -> None:
    """Issue 7: a number of 5000 digits in a display notification escaped the codec as a
    ValueError, killed the reader, and the payment waited out the silence timeout."""
    good = encode_frame(encode_message(DisplayNotification(lines=("Sätt i kort",))))

    async def test(client: TerminalClient) -> None:
        prompts = Display()
        answer = await client.request(PAYMENT, prompts)
        assert answer.final == FinancialTrxResponse(trx_result=0, amount_auth=9_900)
        assert [n.lines for n in prompts.shown] == [("Sätt i kort",)]
        assert client.state is TerminalState.ONLINE

    patient_server(fake_terminal(lambda: HUGE_DISPLAY + good + APPROVED, close=False), test)


def test_a_screen_that_fails_does_not_end_the_payment() -> None:
    display = encode_frame(encode_message(DisplayNotification(lines=("Sätt i kort",))))

    async def test(client: TerminalClient) -> None:
        answer = await client.request(PAYMENT, Display(fail=True))
        assert isinstance(answer.final, FinancialTrxResponse)

    patient_server(fake_terminal(lambda: display + APPROVED, close=False), test)


def test_an_unreadable_confirmation_request_is_answered_no() -> None:
    """6.15: the terminal waits for an answer; a timeout of 400 digits (an OverflowError in
    the client) got none. Now the codec refuses it and the client answers negative."""
    seen: list[object] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(HUGE_CONFIRMATION)
        await writer.drain()
        seen.append(decode_message(await read_request(reader)))
        writer.write(APPROVED)
        await writer.drain()
        await asyncio.sleep(5)

    async def test(client: TerminalClient) -> None:
        answer = await client.request(PAYMENT, Display())
        assert isinstance(answer.final, FinancialTrxResponse)

    patient_server(handle, test)
    assert seen == [ConfirmationResponse(result=0)]


@pytest.mark.parametrize(
    "final",
    [
        b"<trxResult>0</trxResult><amountAuth>-9900</amountAuth>",
        b"<trxResult>0</trxResult><amountAuth>" + b"9" * 5000 + b"</amountAuth>",
        b"<trxResult>1<?pi?>0</trxResult>",
        b"<trxResult>7</trxResult>",
        b"<trxResult>0</trxResult><amountAuth>99000</amountAuth>",  # above the 9 900 asked
    ],
    ids=["negative", "5000-digits", "pi", "result-7", "above-request"],
)
def test_an_unreadable_final_answer_fails_the_request_at_once_as_unknown(final: bytes) -> None:
    """Issue 7: never declined, never after the silence timeout: TerminalLost now, so the
    checkout settles the payment from the terminal's record."""
    frame = encode_frame(
        b'<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos">'
        + final
        + b"</p:financialTrxResponse>"
    )

    async def test(client: TerminalClient) -> None:
        with pytest.raises(TerminalLost):
            await client.request(PAYMENT, Display())
        assert client.state is TerminalState.OFFLINE

    patient_server(fake_terminal(lambda: frame, close=False), test)


def test_a_bug_in_the_reader_ends_the_connection_and_fails_the_request_at_once(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """No reader task dies silently: whatever it raises is logged, the connection is dropped
    and the waiting request fails now as TerminalLost."""

    def broken(self: LtiConnection) -> object:
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(LtiConnection, "next_event", broken)

    async def test(client: TerminalClient) -> None:
        with pytest.raises(TerminalLost):
            await client.request(PAYMENT, Display())
        assert client.state is TerminalState.OFFLINE

    patient_server(fake_terminal(lambda: APPROVED, close=False), test)
    assert "a bug in the reader" in caplog.text


def test_a_huge_but_readable_confirmation_timeout_is_capped() -> None:
    """6.15: 18 digits are a number, but no dialog or timer may be asked to wait 10**17 s."""
    huge = encode_frame(
        encode_message(ConfirmationRequest(lines=("OK?",), timeout=10**17, timeout_reminder=10**17))
    )
    asked: list[float] = []

    class Recording(Display):
        async def confirm(self, request: ConfirmationRequest, answer_within: float) -> bool:
            asked.append(answer_within)
            return True

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_request(reader)
        writer.write(huge)
        await writer.drain()
        assert decode_message(await read_request(reader)) == ConfirmationResponse(result=1)
        writer.write(APPROVED)
        await writer.drain()
        await asyncio.sleep(5)

    async def test(client: TerminalClient) -> None:
        answer = await client.request(PAYMENT, Recording())
        assert isinstance(answer.final, FinancialTrxResponse)

    patient_server(handle, test)
    assert asked and 0 < asked[0] <= 2 * 3600
