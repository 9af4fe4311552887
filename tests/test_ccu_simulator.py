"""The iSecureIPC simulator on the wire (CCU document 9, 11.2, 11.3, 12, 12.1)."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
import sys
import time
from datetime import datetime

import pytest
from ccu_examples import EXAMPLE_12_REQUEST_BODY, REQUEST_12_WIRE
from ccu_support import with_simulator

from till.adapters.control_unit import ControlUnitClient
from till.core.receipt import ReceiptType
from till.core.vat import vat_sections
from till.protocols.ccu.errors import ControlUnitRejected
from till.protocols.ccu.http import HttpAnswer, HttpAnswerReader
from till.protocols.ccu.request import ControlData
from till.protocols.ccu.response import parse_ctu_response
from till.simulators.ccu import HTTP_REASONS, CcuSimulator, FailureMode, control_code_for

BODY_12 = EXAMPLE_12_REQUEST_BODY.encode()

# Section 12: the answer's header lines, in order, as iSecureIPC sends them.
ANSWER_HEAD_SHAPE = [
    "Server: InfraSec iSecureServer",
    "Content-Length: {n}",
    "Connection : Close",
    "Content-Type: text/xml; charset=utf-8",
    "Cache-Control: no-cache",
]


# A sale of 1,00 kr for the tests that only need the client to send something.
ONE_KRONA = ControlData(
    datetime(2024, 1, 2, 3, 4), "5561234567", "TILL1", 1, ReceiptType.NORMAL, 100,
    vat_sections([(25, 100)]),
)  # fmt: skip


def request(body: bytes, path: str = "/ctuserver", length: int | None = None) -> bytes:
    n = len(body) if length is None else length
    return f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-length: {n}\r\n\r\n".encode() + body


def exchange(wire: bytes, mode: FailureMode = FailureMode.OK) -> tuple[bytes, CcuSimulator]:
    """Send raw bytes to a fresh simulator; everything it sends back until it closes."""

    async def go(simulator: CcuSimulator, port: int) -> tuple[bytes, CcuSimulator]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(wire)
        await writer.drain()
        raw = await asyncio.wait_for(reader.read(), 5)
        writer.close()
        return raw, simulator

    return with_simulator(go, mode, delay=0.05)


def parse(raw: bytes) -> HttpAnswer:
    reader = HttpAnswerReader()
    reader.receive_data(raw)
    reader.receive_eof()
    answer = reader.answer()
    assert answer is not None
    return answer


def test_answers_the_section_12_request_as_section_12_shows() -> None:
    """Section 12: the example request gets "200 OK" with the example's header lines in order,
    and a body like 11.2 with RequestID echoed, the CTUID and a 59-character code."""
    raw, simulator = exchange(REQUEST_12_WIRE)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("ascii").split("\r\n")
    assert lines[0] == "HTTP/1.1 200 OK"
    assert lines[1:] == [line.format(n=len(body)) for line in ANSWER_HEAD_SHAPE]
    response = parse_ctu_response(body)
    assert response.response_code == 0
    assert response.response_message == "Success"
    assert response.application_id == "REG APP 1.0.0.0"
    assert response.request_id == "RA_VERIFY_RA01AB0101330001_1234"
    assert response.ctuid == "ISCCUSE0000000000"
    assert re.fullmatch(r"[A-Z2-7]{32};[A-Z2-7]{26}", response.code)  # shaped like 11.2's
    assert simulator.requests[0]["PurchaseAmount"] == "262,00"


def test_codes_are_the_same_for_the_same_request_and_differ_otherwise() -> None:
    first = control_code_for(BODY_12)
    assert first == control_code_for(BODY_12)
    assert first != control_code_for(BODY_12.replace(b"13416", b"13417"))
    assert len(first) == 59


def test_invalid_request_gets_a_local_answer_naming_the_field() -> None:
    """Section 12: "if the validation fails ... a locally generated response is returned":
    HTTP 200, ResponseCode not 0, the field in ResponseReason."""
    body = BODY_12.replace(b"<OrgNr>1212121212</OrgNr>", b"<OrgNr>12121</OrgNr>")
    raw, simulator = exchange(request(body))
    answer = parse(raw)
    assert answer.status == 200
    response = parse_ctu_response(answer.body)
    assert response.response_code != 0
    assert "OrgNr" in response.response_reason
    assert response.request_id == "RA_VERIFY_RA01AB0101330001_1234"
    assert response.code == ""
    assert simulator.requests == [] and simulator.bodies == [body]


@pytest.mark.parametrize("status", sorted(HTTP_REASONS))
def test_http_modes_send_the_12_1_status_line(status: int) -> None:
    """12.1.2 to 12.1.10: status and reason text as the headings name them."""
    raw, _ = exchange(REQUEST_12_WIRE, FailureMode(f"http_{status}"))
    assert raw.startswith(f"HTTP/1.1 {status} {HTTP_REASONS[status]}\r\n".encode())
    assert parse(raw).status == status


def test_refuse_130_answers_like_11_3() -> None:
    """11.3: ResponseCode 130 and its two texts, no Code."""
    raw, _ = exchange(REQUEST_12_WIRE, FailureMode.REFUSE_130)
    response = parse_ctu_response(parse(raw).body)
    assert response.response_code == 130
    assert response.response_message == "The receipt CTU server is not accepting the receipt"
    assert response.response_reason == "The referenced organization identity is incorrect"
    assert response.request_id == "RA_VERIFY_RA01AB0101330001_1234"
    assert response.code == ""


def test_drop_garbage_and_bad_xml() -> None:
    raw, simulator = exchange(REQUEST_12_WIRE, FailureMode.DROP)
    assert raw == b"" and len(simulator.requests) == 1
    raw, _ = exchange(REQUEST_12_WIRE, FailureMode.GARBAGE)
    assert raw and not raw.startswith(b"HTTP/")
    answer = parse(exchange(REQUEST_12_WIRE, FailureMode.BAD_XML)[0])
    assert answer.status == 200 and not answer.body.endswith(b"</CtuResponse>")


@pytest.mark.parametrize(
    ("wire", "status"),
    [
        (request(BODY_12, path="/other"), 403),  # 12.1.3: the service is identified by the URL
        (b"GET /ctuserver HTTP/1.1\r\n\r\n", 400),
        (b"POST /ctuserver HTTP/1.1\r\nHost: x\r\n\r\n", 400),  # no Content-length
        (request(b"", length=10_000_000), 400),  # over the size cap, refused before reading
        (b"POST /ctuserver HTTP/1.1\r\nX-Pad: " + b"a" * 20000 + b"\r\n\r\n", 400),
        (b"POST /ctuserver HTTP/1.1\r\nX-Pad: " + b"a" * 100000 + b"\r\n\r\n", 400),
    ],
    ids=["wrong-url", "get", "no-length", "too-long", "huge-head", "huge-line"],
)
def test_bad_http_requests(wire: bytes, status: int) -> None:
    raw, simulator = exchange(wire)
    assert parse(raw).status == status
    assert simulator.bodies == []


def test_stop_does_not_wait_for_a_slow_answer() -> None:
    async def go(simulator: CcuSimulator, port: int) -> float:
        unit = ControlUnitClient("127.0.0.1", port, application_id="a", answer_timeout=30)
        task = asyncio.create_task(unit.request_code(ONE_KRONA, "r"))
        while not simulator.bodies:
            await asyncio.sleep(0.01)
        start = time.monotonic()
        await simulator.stop()
        elapsed = time.monotonic() - start
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return elapsed

    assert with_simulator(go, FailureMode.SLOW, delay=30) < 2


def test_command_line() -> None:
    """`python -m till.simulators.ccu --port N --mode MODE` prints its port and serves."""
    process = subprocess.Popen(
        [sys.executable, "-m", "till.simulators.ccu", "--port", "0", "--mode", "http_920"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        port = int(re.search(r":(\d+) ", line).group(1))  # type: ignore[union-attr]
        unit = ControlUnitClient("127.0.0.1", port, application_id="cli")
        with pytest.raises(ControlUnitRejected) as caught:
            asyncio.run(unit.request_code(ONE_KRONA, "r"))
        assert caught.value.http_status == 920
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()  # type: ignore[union-attr]
