"""The CCU simulator's --tls mode (CCU document 7, 8, 10) and the test PKI it runs on.

The client here is Python's own ssl + asyncio, not the till's transport: what is tested is the
simulator, so that the till's transport can be tested against it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import signal
import ssl
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from till.core.receipt import ReceiptType
from till.core.vat import vat_sections
from till.protocols.ccu.certificate import org_nr_of
from till.protocols.ccu.errors import (
    ControlUnitDropped,
    ControlUnitMismatch,
    ControlUnitRefusedReceipt,
    PosConneXionBadData,
    PosConneXionRefused,
    PosConneXionServiceRefused,
)
from till.protocols.ccu.http import HttpAnswer, HttpAnswerReader
from till.protocols.ccu.posconnexion import unwrap_response, wrap_ctu_request
from till.protocols.ccu.request import ControlData, build_ctu_request
from till.protocols.ccu.response import control_code_from_answer
from till.simulators import test_pki
from till.simulators.ccu import (
    CERT_REFUSED_CODE,
    CcuSimulator,
    FailureMode,
    control_code_for,
)
from till.simulators.test_pki import ORG_NR, OTHER_ORG_NR, TEST_PASSPHRASE, PkiFiles

SALE = ControlData(
    dt.datetime(2024, 1, 2, 3, 4), ORG_NR, "TILL1", 1, ReceiptType.NORMAL, 100,
    vat_sections([(25, 100)]),
)  # fmt: skip
CTU = build_ctu_request(SALE, application_id="tls-test", request_id="R1")


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> PkiFiles:
    return test_pki.generate(tmp_path_factory.mktemp("pki"))


def envelope(ctu: bytes = CTU, *, org_nr: str = ORG_NR, request_id: str = "R1") -> bytes:
    return wrap_ctu_request(
        ctu,
        application_id="tls-test",
        request_id=request_id,
        org_nr=org_nr,
        register_id="TILL1",
        date_time=dt.datetime(2024, 1, 2, 3, 4, 5),
    )


def post(body: bytes, path: str = "/", *, close: bool = True) -> bytes:
    connection = "close" if close else "keep-alive"
    return (
        f"POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/xml; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nConnection: {connection}\r\n\r\n"
    ).encode() + body


def client_context(pki: PkiFiles, client: str | None = "client") -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # checks the host name and the CA
    context.load_verify_locations(cafile=pki.ca)
    if client is not None:
        context.load_cert_chain(pki.cert(client), pki.key(client))
    return context


async def _read_answer(reader: asyncio.StreamReader) -> HttpAnswer | None:
    parser = HttpAnswerReader()
    while (answer := parser.answer()) is None:
        data = await asyncio.wait_for(reader.read(4096), 5)
        if not data:
            try:
                parser.receive_eof()
                return parser.answer()
            except ControlUnitDropped:  # closed before a whole answer: no answer
                return None
        parser.receive_data(data)
    return answer


def talk(
    pki: PkiFiles,
    wires: list[bytes],
    *,
    mode: FailureMode = FailureMode.OK,
    client: str | None = "client",
    host: str = "localhost",
) -> tuple[list[HttpAnswer | None], CcuSimulator]:
    """Send each request on one TLS connection to a fresh --tls simulator; its answers.
    A refused handshake shows as no answer (TLS 1.3 tells the client only on its first read)."""

    async def go() -> tuple[list[HttpAnswer | None], CcuSimulator]:
        simulator = CcuSimulator(mode=mode, pki=pki, delay=0.05)
        port = await simulator.start()
        answers: list[HttpAnswer | None] = []
        try:
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", port, ssl=client_context(pki, client), server_hostname=host
            )
            try:
                for wire in wires:
                    writer.write(wire)
                    await writer.drain()
                    answers.append(await _read_answer(reader))
            except (ssl.SSLError, ConnectionError):
                answers.append(None)
            writer.close()
        finally:
            await simulator.stop()
        return answers, simulator

    return asyncio.run(go())


def one(pki: PkiFiles, body: bytes = b"", **kw: object) -> HttpAnswer:
    answers, _ = talk(pki, [post(body or envelope())], **kw)  # type: ignore[arg-type]
    assert answers[0] is not None
    return answers[0]


# --- the test PKI and the org-number rule ---


def test_the_pki_has_every_file_and_the_p12_needs_its_passphrase(pki: PkiFiles) -> None:
    assert pki.complete()
    for name in test_pki.CLIENT_NAMES:
        key, cert, extra = pkcs12.load_key_and_certificates(
            pki.p12(name).read_bytes(), TEST_PASSPHRASE.encode()
        )
        assert key is not None and cert is not None
        assert cert == x509.load_pem_x509_certificate(pki.cert(name).read_bytes())
        assert [c.subject for c in extra] == [
            x509.load_pem_x509_certificate(pki.ca.read_bytes()).subject
        ]
        with pytest.raises(ValueError):
            pkcs12.load_key_and_certificates(pki.p12(name).read_bytes(), b"wrong")
        assert pki.key(name).stat().st_mode & 0o077 == 0
        assert pki.p12(name).stat().st_mode & 0o077 == 0


def test_the_client_certificates_dates_and_org_numbers(pki: PkiFiles) -> None:
    def cert(name: str) -> x509.Certificate:
        return x509.load_pem_x509_certificate(pki.cert(name).read_bytes())

    now = dt.datetime.now(dt.UTC)
    valid = cert("client")
    assert valid.not_valid_before_utc < now < valid.not_valid_after_utc
    assert cert("client-expired").not_valid_after_utc < now
    assert cert("client-not-yet-valid").not_valid_before_utc > now
    assert org_nr_of(valid) == ORG_NR == org_nr_of(cert("client-expired"))
    assert org_nr_of(cert("client-other-org")) == OTHER_ORG_NR
    assert org_nr_of(cert("server")) is None


def test_ensure_keeps_a_complete_pki_and_remakes_a_broken_one(tmp_path: Path) -> None:
    first = test_pki.ensure(tmp_path)
    ca = first.ca.read_bytes()
    assert test_pki.ensure(tmp_path).ca.read_bytes() == ca
    first.p12("client").unlink()
    assert test_pki.ensure(tmp_path).ca.read_bytes() != ca and first.complete()


def _certificate(*attributes: x509.NameAttribute) -> x509.Certificate:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "t"), *attributes])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )


SERIAL = NameOID.SERIAL_NUMBER
ORG_ID = NameOID.ORGANIZATION_IDENTIFIER


@pytest.mark.parametrize(
    ("attributes", "org_nr"),
    [
        ([(SERIAL, "1212121212")], "1212121212"),
        ([(SERIAL, "SE1212121212")], "1212121212"),
        ([(SERIAL, "161212121212")], "1212121212"),
        ([(ORG_ID, "NTRSE-5566778899")], "5566778899"),
        ([(SERIAL, "1212121212"), (ORG_ID, "NTRSE-1212121212")], "1212121212"),
        ([(SERIAL, "1212121212"), (ORG_ID, "NTRSE-5566778899")], None),  # they disagree
        ([(SERIAL, "12121212")], None),
        ([(SERIAL, "A1212121212")], None),
        ([(ORG_ID, "VATSE-1212121212")], None),
        ([(NameOID.ORGANIZATION_NAME, "1212121212")], None),  # O is a name, not a number
        ([], None),
    ],
)
def test_org_nr_of(attributes: list[tuple[x509.ObjectIdentifier, str]], org_nr: str | None):
    certificate = _certificate(*(x509.NameAttribute(oid, value) for oid, value in attributes))
    assert org_nr_of(certificate) == org_nr


# --- the simulator over TLS ---


@pytest.mark.parametrize("path", ["/", "/ctuserver"])
def test_a_valid_client_gets_a_control_code_in_the_envelope(pki: PkiFiles, path: str) -> None:
    answers, simulator = talk(pki, [post(envelope(), path)])
    answer = answers[0]
    assert answer is not None and answer.status == 200
    inner = unwrap_response(answer.body, request_id="R1")
    code = control_code_from_answer(200, "OK", inner, request_id="R1")
    assert code.code == control_code_for(CTU)
    assert simulator.client_org_nrs == [ORG_NR]
    assert [e.ctu_request for e in simulator.envelopes] == [CTU]
    assert simulator.requests[0]["OrgNr"] == ORG_NR


def test_the_server_certificate_holds_for_both_loopback_names(pki: PkiFiles) -> None:
    assert talk(pki, [post(envelope())], host="127.0.0.1")[0][0] is not None


def test_an_unknown_path_is_forbidden(pki: PkiFiles) -> None:
    answers, simulator = talk(pki, [post(envelope(), "/other")])
    assert answers[0] is not None and answers[0].status == 403 and not simulator.bodies


@pytest.mark.parametrize(
    "client", [None, "client-expired", "client-not-yet-valid", "client-untrusted"]
)
def test_a_client_without_a_valid_certificate_is_refused(pki: PkiFiles, client: str | None):
    answers, simulator = talk(pki, [post(envelope())], client=client)
    assert answers == [None]
    assert simulator.bodies == [] and simulator.envelopes == []


def test_a_certificate_for_another_org_number_is_refused_in_the_header(pki: PkiFiles) -> None:
    answer = one(pki, client="client-other-org")
    with pytest.raises(PosConneXionRefused) as caught:
        unwrap_response(answer.body, request_id="R1")
    assert caught.value.response_code == CERT_REFUSED_CODE
    assert OTHER_ORG_NR in caught.value.response_reason


def test_an_envelope_org_nr_unlike_the_receipts_is_refused(pki: PkiFiles) -> None:
    other = build_ctu_request(
        ControlData(
            SALE.date_time, OTHER_ORG_NR, "TILL1", 1, ReceiptType.NORMAL, 100,
            vat_sections([(25, 100)]),
        ),
        application_id="tls-test",
        request_id="R1",
    )  # fmt: skip
    answer = one(pki, envelope(other))
    with pytest.raises(PosConneXionRefused):
        unwrap_response(answer.body, request_id="R1")


def test_a_broken_envelope_is_refused_in_the_header(pki: PkiFiles) -> None:
    answer = one(pki, b"<posConneXionRequest><RequestID>R1</RequestID></posConneXionRequest>")
    with pytest.raises(PosConneXionRefused) as caught:
        unwrap_response(answer.body, request_id="R1")
    assert "CCU services" in caught.value.response_reason


@pytest.mark.parametrize(
    ("mode", "error"),
    [
        (FailureMode.PCX_REFUSED, PosConneXionRefused),
        (FailureMode.PCX_SERVICE_REFUSED, PosConneXionServiceRefused),
        (FailureMode.PCX_BAD_BASE64, PosConneXionBadData),
        (FailureMode.PCX_WRONG_ID, ControlUnitMismatch),
        (FailureMode.BAD_XML, PosConneXionBadData),
    ],
)
def test_envelope_failure_modes(pki: PkiFiles, mode: FailureMode, error: type) -> None:
    answer = one(pki, mode=mode)
    assert answer.status == 200
    with pytest.raises(error):
        unwrap_response(answer.body, request_id="R1")


def test_refuse_130_arrives_inside_the_envelope(pki: PkiFiles) -> None:
    inner = unwrap_response(one(pki, mode=FailureMode.REFUSE_130).body, request_id="R1")
    with pytest.raises(ControlUnitRefusedReceipt) as caught:
        control_code_from_answer(200, "OK", inner, request_id="R1")
    assert caught.value.response_code == 130


def test_http_and_transport_failure_modes(pki: PkiFiles) -> None:
    assert one(pki, mode=FailureMode.HTTP_920).status == 920
    answers, simulator = talk(pki, [post(envelope())], mode=FailureMode.DROP)
    assert answers == [None] and len(simulator.bodies) == 1


def test_a_kept_connection_carries_several_receipts(pki: PkiFiles) -> None:
    second = build_ctu_request(SALE, application_id="tls-test", request_id="R2")
    wires = [post(envelope(), close=False), post(envelope(second, request_id="R2"))]
    answers, simulator = talk(pki, wires)
    assert [a.status if a else None for a in answers] == [200, 200]
    assert unwrap_response(answers[1].body, request_id="R2")  # type: ignore[union-attr]
    assert simulator.client_org_nrs == [ORG_NR]  # one handshake for both


def test_plain_mode_is_unchanged_by_envelope_modes() -> None:
    """Without --tls the envelope modes answer like "ok" (iSecureIPC has no envelope)."""

    async def go() -> bytes:
        simulator = CcuSimulator(mode=FailureMode.PCX_REFUSED)
        port = await simulator.start()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(post(CTU, "/ctuserver"))
            raw = await asyncio.wait_for(reader.read(), 5)
            writer.close()
            return raw
        finally:
            await simulator.stop()

    raw = asyncio.run(go())
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n") and b"<ResponseCode>0<" in raw
    assert b"Connection : Close\r\n" in raw


def test_command_line_generates_the_pki_and_serves_tls(tmp_path: Path) -> None:
    directory = tmp_path / "pki"
    process = subprocess.Popen(
        [sys.executable, "-m", "till.simulators.ccu", "--tls", "--pki-dir", str(directory)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        port = int(re.search(r":(\d+) ", line).group(1))  # type: ignore[union-attr]
        pki = PkiFiles(directory)
        assert pki.complete()

        async def go() -> HttpAnswer | None:
            reader, writer = await asyncio.open_connection(
                "127.0.0.1", port, ssl=client_context(pki), server_hostname="localhost"
            )
            writer.write(post(envelope()))
            answer = await _read_answer(reader)
            writer.close()
            return answer

        answer = asyncio.run(go())
        assert answer is not None and unwrap_response(answer.body, request_id="R1")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()  # type: ignore[union-attr]


@pytest.mark.parametrize("argv", [["--tls"], ["--pki-dir", "x"], ["--mode", "pcx_refused"]])
def test_command_line_refuses_half_a_tls_setup(argv: list[str]) -> None:
    from till.simulators.ccu import main

    with pytest.raises(SystemExit) as caught:
        main(argv)
    assert caught.value.code == 2
