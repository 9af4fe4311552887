"""A throw-away PKI for the CCU simulator's TLS mode and the direct-transport tests.

Never for a real shop: the passphrase is a constant and the keys lie unencrypted beside the
certificates. What `generate(directory)` writes (PEM unless said):

- ca.pem, ca-key.pem: the test CA that the simulator trusts for clients and the till trusts
  for the server;
- server.pem, server-key.pem: the simulator's certificate, for 127.0.0.1 and localhost;
- server-other-host.pem/-key.pem: signed by the CA but for ccu.invalid (a wrong host name);
- client.pem/-key.pem/.p12: the shop's certificate, valid now, for ORG_NR;
- client-expired.*, client-not-yet-valid.*, client-other-org.* (for OTHER_ORG_NR);
- other-ca.pem and client-untrusted.*: a client certificate from a CA nobody trusts.

Every .p12 holds the key, the certificate and the CA, encrypted with TEST_PASSPHRASE. The org
number is in the subject's serialNumber, the rule of till.protocols.ccu.certificate.org_nr_of.
Keys are EC P-256: quick to make, and every TLS 1.2/1.3 stack speaks ECDSA.

APIs used: https://cryptography.io/en/latest/x509/tutorial/ (CertificateBuilder, a CA with
BasicConstraints) and
https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/#pkcs12
(serialize_key_and_certificates with BestAvailableEncryption).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from till.protocols.ccu.certificate import subject_for_org_nr

TEST_PASSPHRASE = "till-test-passphrase"  # a test PKI's, printed in the README on purpose
ORG_NR = "1212121212"  # the org number of the 10.1 example
OTHER_ORG_NR = "5566778899"
REGISTER_ID = "EX112121212101"  # RegisterId of the 10.1 example
CLIENT_NAMES = ("client", "client-expired", "client-not-yet-valid", "client-other-org")
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class PkiFiles:
    directory: Path

    @property
    def ca(self) -> Path:
        return self.directory / "ca.pem"

    @property
    def server_cert(self) -> Path:
        return self.directory / "server.pem"

    @property
    def server_key(self) -> Path:
        return self.directory / "server-key.pem"

    def cert(self, name: str) -> Path:
        return self.directory / f"{name}.pem"

    def key(self, name: str) -> Path:
        return self.directory / f"{name}-key.pem"

    def p12(self, name: str) -> Path:
        return self.directory / f"{name}.p12"

    def files(self) -> list[Path]:
        names = [
            "ca",
            "server",
            "server-other-host",
            *CLIENT_NAMES,
            "client-untrusted",
        ]
        paths = [self.cert(n) for n in [*names, "other-ca"]] + [self.key(n) for n in names]
        return paths + [self.p12(n) for n in [*CLIENT_NAMES, "client-untrusted"]]

    def complete(self) -> bool:
        return all(path.is_file() for path in self.files())


def _key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "SE"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Till test PKI"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _ca(common_name: str, now: dt.datetime) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = _key()
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - 2 * 365 * _DAY)
        .not_valid_after(now + 10 * 365 * _DAY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def _leaf(
    subject: x509.Name,
    issuer: tuple[x509.Certificate, ec.EllipticCurvePrivateKey],
    *,
    not_before: dt.datetime,
    not_after: dt.datetime,
    server_names: tuple[str, ...] = (),
) -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    ca_cert, ca_key = issuer
    key = _key()
    usage = ExtendedKeyUsageOID.SERVER_AUTH if server_names else ExtendedKeyUsageOID.CLIENT_AUTH
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
    )
    if server_names:
        alt: list[x509.GeneralName] = []
        for name in server_names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                alt.append(x509.DNSName(name))
        builder = builder.add_extension(x509.SubjectAlternativeName(alt), critical=False)
    return builder.sign(ca_key, hashes.SHA256()), key


def _write(path: Path, data: bytes, *, private: bool = False) -> None:
    # Written whole then renamed, so a half-written PKI is never taken for a complete one.
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    if private:
        os.chmod(temporary, 0o600)
    temporary.replace(path)


def _save(
    pki: PkiFiles,
    name: str,
    pair: tuple[x509.Certificate, ec.EllipticCurvePrivateKey],
    *,
    chain: x509.Certificate | None = None,
) -> None:
    cert, key = pair
    _write(pki.cert(name), cert.public_bytes(serialization.Encoding.PEM))
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    _write(pki.key(name), key_pem, private=True)
    if chain is not None:
        p12 = pkcs12.serialize_key_and_certificates(
            name.encode(),
            key,
            cert,
            [chain],
            serialization.BestAvailableEncryption(TEST_PASSPHRASE.encode()),
        )
        _write(pki.p12(name), p12, private=True)


def generate(
    directory: Path,
    *,
    org_nr: str = ORG_NR,
    other_org_nr: str = OTHER_ORG_NR,
    now: dt.datetime | None = None,
) -> PkiFiles:
    """Write a fresh test PKI into `directory` (made if needed); returns its paths."""
    directory.mkdir(parents=True, exist_ok=True)
    pki = PkiFiles(directory)
    now = now or dt.datetime.now(dt.UTC)
    ca = _ca("Till test CCU CA", now)
    other_ca = _ca("Untrusted test CA", now)
    _save(pki, "ca", ca)
    _write(pki.cert("other-ca"), other_ca[0].public_bytes(serialization.Encoding.PEM))
    valid = {"not_before": now - _DAY, "not_after": now + 365 * _DAY}
    _save(
        pki,
        "server",
        _leaf(_name("127.0.0.1"), ca, **valid, server_names=("127.0.0.1", "localhost")),
    )
    _save(
        pki,
        "server-other-host",
        _leaf(_name("ccu.invalid"), ca, **valid, server_names=("ccu.invalid",)),
    )
    shop = subject_for_org_nr(org_nr, f"{REGISTER_ID} test register", "Test shop AB")
    clients = {
        "client": (shop, valid),
        "client-expired": (shop, {"not_before": now - 400 * _DAY, "not_after": now - 30 * _DAY}),
        "client-not-yet-valid": (
            shop,
            {"not_before": now + 30 * _DAY, "not_after": now + 400 * _DAY},
        ),
        "client-other-org": (
            subject_for_org_nr(other_org_nr, "Another shop's register", "Another shop AB"),
            valid,
        ),
    }
    for name, (subject, dates) in clients.items():
        _save(pki, name, _leaf(subject, ca, **dates), chain=ca[0])
    _save(pki, "client-untrusted", _leaf(shop, other_ca, **valid), chain=other_ca[0])
    return pki


def ensure(directory: Path) -> PkiFiles:
    """The test PKI in `directory`, generated first when any of its files is missing."""
    pki = PkiFiles(directory)
    return pki if pki.complete() else generate(directory)
