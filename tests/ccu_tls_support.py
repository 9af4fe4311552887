"""The direct TLS transport's test kit: a test PKI made with `cryptography`, a loopback HTTPS
control unit that reads the posConneXionRequest with xml.etree and base64 (not the till's
codec), and small helpers. Used by test_control_unit_direct.py and measure_ccu_tls.py.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import ipaddress
import ssl
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from shop_examples import SHOP

from till.adapters import client_certificate as cc
from till.adapters.control_unit_direct import DirectControlUnitClient
from till.checkout.register import Checkout

PASSPHRASE = "Hemligt lösen 8472!"
OTHER_ORG_NR = "5566778899"
NOW = dt.datetime.now(dt.UTC)


# -- a test PKI ---------------------------------------------------------------------------------


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _cert(
    subject: x509.Name,
    key: ec.EllipticCurvePrivateKey,
    issuer: tuple[x509.Name, ec.EllipticCurvePrivateKey] | None = None,
    *,
    ca: bool = False,
    hosts: tuple[str, ...] = (),
    valid: tuple[dt.datetime, dt.datetime] = (
        NOW - dt.timedelta(days=1),
        NOW + dt.timedelta(days=90),
    ),
) -> x509.Certificate:
    issuer_name, issuer_key = issuer or (subject, key)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if hosts:
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _name(common_name: str, org_nr: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if org_nr:
        attributes.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, org_nr))
    return x509.Name(attributes)


def _pem(path: Path, *items: object) -> Path:
    data = b""
    for item in items:
        if isinstance(item, x509.Certificate):
            data += item.public_bytes(serialization.Encoding.PEM)
        else:
            data += item.private_bytes(  # type: ignore[attr-defined]
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
    path.write_bytes(data)
    return path


@dataclass
class Pki:
    directory: Path
    ca: Path = Path()
    other_ca: Path = Path()
    servers: dict[str, tuple[Path, Path]] = field(default_factory=dict)
    p12: dict[str, Path] = field(default_factory=dict)
    client_key_der: bytes = b""


def make_pki(d: Path) -> Pki:
    """CA, another CA, three server certificates and four PKCS#12 files for the shop."""
    pki = Pki(d)
    ca_key, other_key = _key(), _key()
    ca = _cert(_name("Test CCU CA"), ca_key, ca=True)
    other = _cert(_name("Somebody else's CA"), other_key, ca=True)
    pki.ca, pki.other_ca = _pem(d / "ca.pem", ca), _pem(d / "other-ca.pem", other)
    past = (NOW - dt.timedelta(days=30), NOW - dt.timedelta(days=1))
    future = (NOW + dt.timedelta(days=10), NOW + dt.timedelta(days=100))
    for name, hosts, valid in (
        ("good", ("127.0.0.1", "localhost"), None),
        ("expired", ("127.0.0.1",), past),
        ("other-host", ("ccu.invalid",), None),
    ):
        key = _key()
        kw = {"valid": valid} if valid else {}
        cert = _cert(_name(f"server {name}"), key, (ca.subject, ca_key), hosts=hosts, **kw)
        pki.servers[name] = (_pem(d / f"s-{name}.pem", cert), _pem(d / f"s-{name}-key.pem", key))
    for name, org_nr, valid in (
        ("shop", SHOP.org_nr, None),
        ("other-org", OTHER_ORG_NR, None),
        ("expired", SHOP.org_nr, past),
        ("not-yet", SHOP.org_nr, future),
    ):
        key = _key()
        kw = {"valid": valid} if valid else {}
        cert = _cert(_name(f"Kassa {name}", org_nr), key, (ca.subject, ca_key), **kw)
        blob = pkcs12.serialize_key_and_certificates(
            name.encode(),
            key,
            cert,
            [ca],
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
        (d / f"{name}.p12").write_bytes(blob)
        pki.p12[name] = d / f"{name}.p12"
        if name == "shop":
            pki.client_key_der = key.private_bytes(
                serialization.Encoding.DER,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
    return pki


# -- the loopback control unit --------------------------------------------------------------


def _code(body: bytes) -> str:
    text = base64.b32encode(hashlib.sha512(body).digest()).decode("ascii")
    return f"{text[:32]};{text[32:58]}"


class LoopbackCcu:
    """HTTPS, client certificate required; answers a posConneXionRequest per 10.1/10.2."""

    def __init__(self, pki: Pki, server: str = "good", tls12: bool = False) -> None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        if tls12:
            context.maximum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(*map(str, pki.servers[server]))
        context.verify_mode = ssl.CERT_REQUIRED
        context.load_verify_locations(cafile=str(pki.ca))
        self.context = context
        self.requests: list[ET.Element] = []
        self.peers: list[dict] = []

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self.context)
        return self.server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self.server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self.answer_one(reader, writer)
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    async def answer_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
        envelope = ET.fromstring(await reader.readexactly(length))
        self.requests.append(envelope)
        self.peers.append(writer.get_extra_info("peercert"))
        ctu = base64.b64decode(envelope.findtext(".//ServiceData") or "")
        request_id = ET.fromstring(ctu).findtext("RequestID")
        ctu_response = (
            "<CtuResponse><ResponseCode>0</ResponseCode><ResponseMessage>Success"
            "</ResponseMessage><ResponseReason></ResponseReason>"
            f"<ApplicationID>x</ApplicationID><RequestID>{request_id}</RequestID>"
            f"<ControlCode><CTUID>TESTCTU0000000001</CTUID><Code>{_code(ctu)}</Code>"
            "</ControlCode></CtuResponse>"
        ).encode()
        data = base64.b64encode(ctu_response).decode()
        answer = (
            "<posConneXionResponse><TransactionID>42</TransactionID>"
            f"<ApplicationID>x</ApplicationID><RequestID>{request_id}</RequestID>"
            f"<OrgNr>{envelope.findtext('OrgNr')}</OrgNr><RegisterId>r</RegisterId>"
            "<ResponseCode>0</ResponseCode><ResponseMessage>Success</ResponseMessage>"
            "<ResponseReason></ResponseReason><posConnexionServiceList>"
            "<posConnexionService><ServiceID>CCU</ServiceID><ResponseCode>0</ResponseCode>"
            "<ResponseMessage>Success</ResponseMessage><ResponseReason></ResponseReason>"
            f"<ServiceData>{data}</ServiceData></posConnexionService>"
            "</posConnexionServiceList></posConneXionResponse>"
        ).encode()
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(answer)
            + answer
        )
        await writer.drain()


def client_context(pki: Pki, *, p12: str | None = "shop", ca: Path | None = None) -> ssl.SSLContext:
    if p12 is None:  # no client certificate at all
        return ssl.create_default_context(cafile=str(ca or pki.ca))
    credentials = cc.read_pkcs12(pki.p12[p12], PASSPHRASE)
    return cc.client_ssl_context(credentials, ca_bundle=ca or pki.ca)


def direct(port: int, context: ssl.SSLContext, host: str = "127.0.0.1") -> DirectControlUnitClient:
    return DirectControlUnitClient(
        host,
        port,
        path="/posconnexion",
        ssl_context=context,
        application_id="till-test",
        connect_timeout=1.0,
        answer_timeout=2.0,
    )


class PrinterSpy:
    def __init__(self) -> None:
        self.printed: list = []

    async def print_receipt(self, receipt) -> None:
        self.printed.append(receipt)


async def ring_up_and_pay(checkout: Checkout):
    await checkout.enter("7310865004703")
    await checkout.enter("3*30")
    return await checkout.pay_cash(10000)


def _control_data():
    from till.core.receipt import ReceiptType
    from till.core.vat import VatSection
    from till.protocols.ccu.request import ControlData

    return ControlData(
        date_time=dt.datetime(2026, 11, 21, 14, 5),
        org_nr=SHOP.org_nr,
        register_id=SHOP.register_id,
        sequence_number=1,
        receipt_type=ReceiptType.NORMAL,
        amount=10000,
        vat=tuple(VatSection(rate, 0, 0) for rate in (25, 12, 6, 0)),
    )
