"""The till's own codec (till.protocols.point) and the Point simulator, written independently,
understand each other: pairing with both REG_VER values, a MAC-authenticated command, the
Klarna ID check. And the simulator's own request reader, fuzzed."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from fuzz_support import FUZZ, chunks, fed, inputs
from hypothesis import given
from hypothesis import strategies as st
from point_sim_support import TEST_MAC, TIMEOUT, Line, paired, simulate, transaction

from till.simulators.point import PointSimulator
from till.simulators.point.wire import RequestSplitter, WireError, parse_amount, parse_request


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


# -- the till's codec and the simulator understand each other ------------------------------------


async def till_exchange(connection: Any, line: Line, request: Any = None, auth: Any = None) -> Any:
    """Send `request` (if any) through the till's PointConnection; its next event."""
    from till.protocols.point import NEED_DATA

    if request is not None:
        await line.send(connection.send(request, auth))
    while (event := connection.next_event()) is NEED_DATA:
        data = await asyncio.wait_for(line.reader.read(4096), TIMEOUT)
        if not data:
            raise EOFError
        connection.receive_data(data)
    return event


@pytest.mark.parametrize("reg_ver", [1, 2])
def test_the_tills_codec_pairs_and_authenticates(reg_ver: int) -> None:
    from till.protocols.point import MacCheck, PointConnection, RegisterResponse, authenticate
    from till.protocols.point.pairing import complete_pairing, generate_key, register_request

    async def body(sim: PointSimulator) -> None:
        key = generate_key()
        code = "4711"  # shown by the till, typed on the terminal
        line = await Line.open(sim.port)
        primary = PointConnection("primary")
        answer = await till_exchange(primary, line, register_request(key, reg_ver, code))
        assert isinstance(answer, RegisterResponse)
        pairing = complete_pairing(key, answer, reg_ver, code)
        assert pairing.mac_key == sim.registrations[pairing.mac_label].key
        auth = authenticate(pairing.mac_key, pairing.mac_label, 1)
        checked = await till_exchange(primary, line, MacCheck(), auth)
        assert checked.succeeded and checked.counter == 1

    simulate(body, entry_code="4711")


@pytest.mark.parametrize("value", ["CONFIRMED", "DENIED"])
def test_the_tills_codec_runs_the_klarna_id_check(rsa_key, value: str) -> None:
    from till.protocols.point import (
        Capture,
        Confirmation,
        LastTran,
        NotificationListener,
        PaymentResponse,
        PointConnection,
        SecondaryResponse,
        SessionStart,
        authenticate,
    )

    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        counter = iter(range(1, 100))

        def auth() -> Any:
            return authenticate(till.key, till.label, next(counter))

        notified: asyncio.Queue[Any] = asyncio.Queue()

        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            listener = NotificationListener()
            listener.receive_data(await reader.read())
            notified.put_nowait(listener.next_event())
            writer.close()

        server = await asyncio.start_server(accept, "127.0.0.1", 0)
        listen_port = int(server.sockets[0].getsockname()[1])
        line, primary = await Line.open(sim.port), PointConnection("primary")
        start = SessionStart(invoice="K7", pos_ip="127.0.0.1", pos_port=listen_port)
        assert (await till_exchange(primary, line, start, auth())).succeeded
        await line.send(primary.send(Capture(amount=12550), auth()))
        asked = await asyncio.wait_for(notified.get(), TIMEOUT)
        assert asked.asks_id_check and asked.extra["CUSTOMER_NAME"] == "Anna Andersson"
        side, secondary = await Line.open(sim.secondary_port), PointConnection("secondary")
        answer = await till_exchange(secondary, side, Confirmation(value, "RetailPOS1"), auth())
        assert isinstance(answer, SecondaryResponse) and answer.succeeded
        assert (answer.secondary_data, answer.detailed_status, answer.pos_recon) == (
            57,
            170,
            "RetailPOS1",
        )
        sale = await till_exchange(primary, line)
        assert isinstance(sale, PaymentResponse)
        if value == "CONFIRMED":
            assert sale.succeeded and sale.approved_amount == 12550 and sale.ctroutd
        else:
            assert sale.result_code == 59001 and sale.approved_amount is None
        last = await till_exchange(primary, line, LastTran(), auth())
        assert (last.command, last.ctroutd, last.trans_amount) == ("CAPTURE", sale.ctroutd, 12550)
        server.close()

    simulate(body)


# -- the simulator's own parser, fuzzed ----------------------------------------------------------

SEEDS = [
    transaction(*TEST_MAC, ("COUNTER", 1), ("MAC", "x="), ("MAC_LABEL", "REG1")),
    transaction(("FUNCTION_TYPE", "PAYMENT"), ("COMMAND", "CAPTURE"), ("TRANS_AMOUNT", "1.50")),
    b"<TRANSACTION/>",
]


@FUZZ
@given(payload=inputs(SEEDS), cuts=st.lists(st.integers(0, 600), max_size=6))
def test_fuzz_the_request_reader(payload: bytes, cuts: list[int]) -> None:
    """Only outcomes: whole documents parsed into fields, or WireError; never anything else."""
    fed("point simulator requests")
    splitter = RequestSplitter()
    try:
        for piece in chunks(payload, cuts):
            for document in splitter.feed(piece):
                fields = parse_request(document)
                assert all(isinstance(v, str) for v in fields.values())
    except WireError:
        pass
    amount = parse_amount(payload.decode("utf-8", "replace")[:20])
    assert amount is None or amount > 0
