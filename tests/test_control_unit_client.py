"""ControlUnitClient against the CCU simulator and hand-made servers (CCU document 12, 12.1)."""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
import struct
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest
from ccu_examples import CTUID, DATA_12
from ccu_support import with_simulator

from till.adapters import control_unit
from till.adapters.control_unit import ControlUnitClient
from till.core.receipt import ControlCode
from till.core.vat import vat_sections
from till.protocols.ccu.errors import (
    CcuProtocolError,
    ControlUnitDropped,
    ControlUnitError,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    ControlUnitRejected,
    ControlUnitTimeout,
    ControlUnitUnreachable,
    CtuFieldError,
)
from till.protocols.ccu.request import ControlData
from till.simulators.ccu import TLS_ONLY_MODES, CcuSimulator, FailureMode

T = TypeVar("T")

SALE = DATA_12  # 262,00 kr with 52,40 kr VAT, as in section 12


def client(port: int, **kw: object) -> ControlUnitClient:
    kw.setdefault("application_id", "till 0.1.0")
    return ControlUnitClient("127.0.0.1", port, **kw)  # type: ignore[arg-type]


def free_port() -> int:
    """A loopback port nobody listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_success_gives_a_59_character_code_and_the_ctuid() -> None:
    """11.2 and 12.1: HTTP 200 with ResponseCode 0 is the only success."""

    async def go(simulator: CcuSimulator, port: int) -> tuple[ControlCode, list[dict]]:
        return await client(port).request_code(SALE, "sale-13416"), simulator.requests

    result, requests = with_simulator(go)
    assert result.ctuid == CTUID
    assert len(result.code) == 59 and result.code[32] == ";"
    assert len(requests) == 1
    assert requests[0]["RequestID"] == "sale-13416"
    assert requests[0]["ApplicationID"] == "till 0.1.0"
    assert requests[0]["SequenceNumber"] == "13416"
    assert requests[0]["SaleAmount"] == "262,00"
    assert requests[0]["VAT1/Amount"] == "52,40"


def test_each_receipt_gets_its_own_code_and_connection() -> None:
    """Section 12: a new TCP connection for every receipt."""

    async def go(simulator: CcuSimulator, port: int) -> tuple[ControlCode, ControlCode, int]:
        unit = client(port)
        first = await unit.request_code(SALE, "sale-1")
        second = await unit.request_code(dataclasses.replace(SALE, sequence_number=13417), "s-2")
        return first, second, len(simulator.bodies)

    first, second, bodies = with_simulator(go)
    assert first.code != second.code
    assert bodies == 2


def test_purchase_amount_setting_and_refund_reach_the_unit() -> None:
    """Section 12 sends PurchaseAmount; 11.1 Refund Note: RefundAmount and negative VAT."""
    refund = dataclasses.replace(SALE, refund=True, vat=vat_sections([(25, -26200)]))

    async def go(simulator: CcuSimulator, port: int) -> list[dict[str, str]]:
        unit = client(port, sale_amount_element="PurchaseAmount")
        await unit.request_code(SALE, "sale")
        await unit.request_code(refund, "refund")
        return simulator.requests

    sale_fields, refund_fields = with_simulator(go)
    assert sale_fields["PurchaseAmount"] == "262,00"
    assert refund_fields["RefundAmount"] == "262,00"
    assert refund_fields["VAT1/Amount"] == "-52,40"


# What each simulator mode must turn into: class, code, http_status, is_offline, answer_lost.
# Offline (cash invoices) only where the unit was not reached (CCU section 6, 12.1.9); a request
# that went out and whose answer was lost is retried with the same data (issue 7).
EXPECTED = {
    FailureMode.HTTP_400: (ControlUnitRejected, "ccu_rejected_400", 400, False, False),
    FailureMode.HTTP_403: (ControlUnitRejected, "ccu_rejected_403", 403, False, False),
    FailureMode.HTTP_412: (ControlUnitRejected, "ccu_rejected_412", 412, False, False),
    FailureMode.HTTP_901: (ControlUnitRejected, "ccu_rejected_901", 901, False, False),
    FailureMode.HTTP_902: (ControlUnitRejected, "ccu_rejected_902", 902, False, False),
    FailureMode.HTTP_903: (ControlUnitRejected, "ccu_rejected_903", 903, False, False),
    FailureMode.HTTP_904: (ControlUnitRejected, "ccu_rejected_904", 904, False, False),
    FailureMode.HTTP_920: (ControlUnitRejected, "ccu_rejected_920", 920, True, False),
    FailureMode.HTTP_921: (ControlUnitRejected, "ccu_rejected_921", 921, False, False),
    FailureMode.REFUSE_130: (ControlUnitRefusedReceipt, "ccu_refused", None, False, False),
    FailureMode.SLOW: (ControlUnitTimeout, "ccu_timeout", None, False, True),
    FailureMode.DROP: (ControlUnitDropped, "ccu_dropped", None, False, True),
    FailureMode.GARBAGE: (CcuProtocolError, "ccu_protocol_error", None, False, True),
    FailureMode.BAD_XML: (CcuProtocolError, "ccu_protocol_error", None, False, True),
}


def test_every_failure_mode_is_covered() -> None:
    # The envelope modes belong to --tls (tests/test_ccu_tls_simulator.py).
    assert set(EXPECTED) | {FailureMode.OK} | TLS_ONLY_MODES == set(FailureMode)


@pytest.mark.parametrize("mode", EXPECTED, ids=[m.value for m in EXPECTED])
def test_every_failure_mode_maps_to_its_error(mode: FailureMode) -> None:
    """12.1 and the ways a connection fails: each becomes one error class and code."""
    error_class, code, http_status, offline, lost = EXPECTED[mode]

    async def go(simulator: CcuSimulator, port: int) -> ControlUnitError:
        with pytest.raises(ControlUnitError) as caught:
            await client(port, answer_timeout=0.2).request_code(SALE, "sale-13416")
        assert len(simulator.bodies) == 1  # the request did go out
        return caught.value

    error = with_simulator(go, mode, delay=1.0)
    assert type(error) is error_class
    assert error.code == code
    assert error.is_offline is offline
    assert error.answer_lost is lost
    if http_status is not None:
        assert error.http_status == http_status  # type: ignore[attr-defined]
        assert f"HTTP {http_status}" in error.message
    if mode is FailureMode.REFUSE_130:
        assert error.response_code == 130  # type: ignore[attr-defined]
        assert "organization identity is incorrect" in error.message


def test_slow_answer_within_the_timeout_is_fine() -> None:
    async def go(simulator: CcuSimulator, port: int) -> ControlCode:
        return await client(port, answer_timeout=2.0).request_code(SALE, "sale")

    assert with_simulator(go, FailureMode.SLOW, delay=0.1).ctuid == CTUID


def test_answer_timeout_is_kept() -> None:
    """A unit that never answers costs the cashier answer_timeout, not the unit's delay."""

    async def go(simulator: CcuSimulator, port: int) -> float:
        start = time.monotonic()
        with pytest.raises(ControlUnitTimeout):
            await client(port, answer_timeout=0.2).request_code(SALE, "sale")
        return time.monotonic() - start

    assert with_simulator(go, FailureMode.SLOW, delay=1.0) < 0.9


def test_mode_can_change_between_requests() -> None:
    async def go(simulator: CcuSimulator, port: int) -> None:
        unit = client(port)
        simulator.mode = FailureMode.HTTP_920
        with pytest.raises(ControlUnitRejected):
            await unit.request_code(SALE, "a")
        simulator.mode = FailureMode.OK
        assert (await unit.request_code(SALE, "b")).ctuid == CTUID

    with_simulator(go)


BAD = {
    "org-nr": (dataclasses.replace(SALE, org_nr="12121212"), "s", "OrgNr"),
    "sequence": (dataclasses.replace(SALE, sequence_number=0), "s", "SequenceNumber"),
    "register": (dataclasses.replace(SALE, register_id="RA01/AB"), "s", "ManRegisterID"),
    "vat-sign": (dataclasses.replace(SALE, refund=True), "s", "VAT1/Amount"),
    "request-id": (SALE, "x" * 65, "RequestID"),
}


@pytest.mark.parametrize("case", BAD.values(), ids=BAD.keys())
def test_bad_data_is_named_and_nothing_is_sent(case: tuple[ControlData, str, str]) -> None:
    """Section 9: the field table is checked before a byte goes out."""
    data, request_id, field = case

    async def go(simulator: CcuSimulator, port: int) -> tuple[int, int]:
        with pytest.raises(CtuFieldError) as caught:
            await client(port).request_code(data, request_id)
        assert caught.value.field == field
        return len(simulator.bodies), len(simulator.requests)

    assert with_simulator(go) == (0, 0)


def test_bad_sale_amount_element_setting_is_refused_at_once() -> None:
    with pytest.raises(CtuFieldError) as caught:
        ControlUnitClient("127.0.0.1", 1, application_id="a", sale_amount_element="Amount")
    assert caught.value.field == "SaleAmount"


def test_refused_connection_is_unreachable() -> None:
    """Section 12: iSecureIPC not running means nothing listens on its port."""
    port = free_port()
    with pytest.raises(ControlUnitUnreachable) as caught:
        asyncio.run(client(port).request_code(SALE, "s"))
    assert caught.value.code == "ccu_unreachable"
    assert caught.value.is_offline and not caught.value.answer_lost
    assert str(port) in caught.value.message


def test_unknown_host_name_is_unreachable() -> None:
    unit = ControlUnitClient("ccu.invalid", 8090, application_id="a", connect_timeout=2.0)
    with pytest.raises(ControlUnitUnreachable):
        asyncio.run(unit.request_code(SALE, "s"))


def test_connect_timeout_is_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    """A connect that hangs (a dead host drops SYNs) ends after connect_timeout."""

    async def hang(*args: object, **kw: object) -> None:
        await asyncio.sleep(30)

    monkeypatch.setattr(control_unit.asyncio, "open_connection", hang)
    start = time.monotonic()
    with pytest.raises(ControlUnitUnreachable) as caught:
        asyncio.run(client(1, connect_timeout=0.2).request_code(SALE, "s"))
    assert time.monotonic() - start < 2
    assert "0.2" in caught.value.detail


@pytest.mark.parametrize(
    "mode",
    [FailureMode.OK, FailureMode.SLOW, FailureMode.DROP, FailureMode.GARBAGE, FailureMode.HTTP_920],
)
def test_socket_is_closed_whatever_happens(
    mode: FailureMode, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Section 12: one connection per receipt, closed after completion, on failure too."""
    writers: list[asyncio.StreamWriter] = []
    open_connection = asyncio.open_connection

    async def spy(*args: object, **kw: object):  # keeps the writer alive to look at it
        reader, writer = await open_connection(*args, **kw)  # type: ignore[arg-type]
        writers.append(writer)
        return reader, writer

    monkeypatch.setattr(control_unit.asyncio, "open_connection", spy)

    async def go(simulator: CcuSimulator, port: int) -> None:
        with contextlib.suppress(ControlUnitError):
            await client(port, answer_timeout=0.2).request_code(SALE, "s")

    with_simulator(go, mode, delay=1.0)
    assert len(writers) == 1
    assert writers[0].is_closing()


# --- hand-made servers for answers the simulator does not give -------------------------------


def with_server(answer: bytes, fn: Callable[[int], Awaitable[T]], *, then: str = "wait") -> T:
    """A server that reads one request and sends `answer`; `then` it waits for the till to hang
    up (and checks it did), closes ("close", a FIN) or resets ("reset", an RST)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        await reader.readexactly(length)
        writer.write(answer)
        await writer.drain()
        if then == "reset":
            sock = writer.get_extra_info("socket")
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            writer.transport.abort()
            return
        if then == "wait":
            closed.append(await reader.read() == b"")
        writer.close()

    closed: list[bool] = []

    async def main() -> T:
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        try:
            return await fn(server.sockets[0].getsockname()[1])
        finally:
            await asyncio.sleep(0.05)  # let the handler see the close
            server.close()

    result = asyncio.run(main())
    if then == "wait":
        assert closed == [True], "the till did not close the connection"
    return result


def answer(body: bytes, status: str = "200 OK") -> bytes:
    return (
        f"HTTP/1.1 {status}\r\nContent-Length: {len(body)}\r\nConnection : Close\r\n\r\n".encode()
        + body
    )


def ctu_response(request_id: str, code: str = "A" * 32 + ";" + "B" * 26) -> bytes:
    return (
        f"<CtuResponse><ResponseCode>0</ResponseCode><ResponseMessage>Success</ResponseMessage>"
        f"<ApplicationID>till 0.1.0</ApplicationID><RequestID>{request_id}</RequestID>"
        f"<ControlCode><CTUID>{CTUID}</CTUID><Code>{code}</Code></ControlCode></CtuResponse>"
    ).encode()


def test_client_closes_once_the_answer_is_complete() -> None:
    """Section 12: "the requested HTTP session shall be closed after completion", by the till
    too, even when the server keeps the connection open."""

    async def go(port: int) -> ControlCode:
        return await client(port, answer_timeout=2.0).request_code(SALE, "sale-1")

    assert with_server(answer(ctu_response("sale-1")), go).code == "A" * 32 + ";" + "B" * 26


@pytest.mark.parametrize(
    ("wire", "error_class"),
    [
        (answer(ctu_response("sale-2")), ControlUnitMismatch),  # another request's answer
        (answer(ctu_response("sale-1", code="SHORT")), ControlUnitMismatch),
        (answer(b"", "500 Internal Server Error"), ControlUnitRejected),
        (answer(ctu_response("sale-1"))[:-10], CcuProtocolError),  # body cut short at EOF
        (b"HTTP/1.1 200 OK\r\nServer: InfraSec", ControlUnitDropped),  # header cut short
    ],
    ids=["other-request-id", "short-code", "http-500", "short-body", "short-head"],
)
def test_odd_answers(wire: bytes, error_class: type[ControlUnitError]) -> None:
    """Section 9 (RequestID returned as sent, 59-character Code) and 12.1 (other statuses)."""

    async def go(port: int) -> ControlUnitError:
        with pytest.raises(ControlUnitError) as caught:
            await client(port, answer_timeout=2.0).request_code(SALE, "sale-1")
        return caught.value

    # An answer cut short is only known to be short once the server closes.
    cut = error_class in (CcuProtocolError, ControlUnitDropped)
    error = with_server(wire, go, then="close" if cut else "wait")
    assert type(error) is error_class


def test_connection_reset_is_dropped() -> None:
    async def go(port: int) -> ControlUnitError:
        with pytest.raises(ControlUnitError) as caught:
            await client(port, answer_timeout=2.0).request_code(SALE, "sale-1")
        return caught.value

    error = with_server(b"HTTP/1.1 200 OK\r\n", go, then="reset")
    assert type(error) is ControlUnitDropped and error.answer_lost and not error.is_offline


# --- the errors themselves ---------------------------------------------------------------------


def test_error_codes_are_distinct() -> None:
    classes = [
        ControlUnitError,
        ControlUnitUnreachable,
        ControlUnitTimeout,
        ControlUnitDropped,
        CcuProtocolError,
        ControlUnitRejected,
        ControlUnitRefusedReceipt,
        ControlUnitMismatch,
        CtuFieldError,
    ]
    assert len({c.code for c in classes}) == len(classes)


def test_each_12_1_status_has_its_own_message() -> None:
    """12.1.2 to 12.1.10, and a generic one for anything else."""
    statuses = [400, 403, 412, 901, 902, 903, 904, 920, 921]
    messages = {ControlUnitRejected(s).message for s in statuses}
    assert len(messages) == len(statuses)
    assert "offline" in ControlUnitRejected(920).message
    assert "HTTP 599" in ControlUnitRejected(599, "Odd").message
    assert ControlUnitRejected(599).message not in messages
