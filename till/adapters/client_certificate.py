"""The shop's client certificate for the direct TLS transport to the control unit (CCU 7, 8).

The certificate comes as a PKCS#12 file (Infrasec's enrollment). Its passphrase is kept only
in the keyring (till/secrets.py, entry PASSPHRASE_SECRET); where the PKCS#12 file holds no
private key, the key is kept apart in the keyring too (entry KEY_SECRET, PEM). Neither is ever
written to the settings, the database or the log.

Python's ssl loads a client key only from a file (`SSLContext.load_cert_chain`). The key is
therefore re-encrypted (PKCS#8, `BestAvailableEncryption`) with a random one-time password that
lives only in this process, and the encrypted PEM goes to an anonymous in-memory file on Linux
(`os.memfd_create`, read through /proc/self/fd) or else to a 0600 file in a 0700 private
directory, removed right after loading. So the key never touches a disk unencrypted, and the
shop's passphrase is never written anywhere, not even encrypted material under it.

Sources: Python `ssl` docs (SSLContext.load_cert_chain, create_default_context, minimum_version,
https://docs.python.org/3/library/ssl.html); `cryptography` docs (pkcs12.load_key_and_certificates,
serialization.BestAvailableEncryption, x509 Name attributes,
https://cryptography.io/en/latest/hazmat/primitives/asymmetric/serialization/).
"""

from __future__ import annotations

import contextlib
import os
import secrets as pysecrets
import shutil
import ssl
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from till import secrets
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.protocols.ccu.certificate import org_nr_of

PASSPHRASE_SECRET = "ccu certificate passphrase"
KEY_SECRET = "ccu certificate key"
MAX_PKCS12_BYTES = 1_000_000
EXPIRY_WARNING_DAYS = 30


UNREADABLE = Message(
    "ccu_certificate_unreadable",
    QT_TRANSLATE_NOOP("Errors", "The control unit certificate file {path} cannot be read: {why}."),
)
TOO_LARGE = Message(
    "ccu_certificate_too_large",
    QT_TRANSLATE_NOOP("Errors", "The file {path} is too large to be a certificate file."),
)
PASSPHRASE = Message(
    "ccu_certificate_passphrase",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit certificate {path} cannot be opened: the passphrase is wrong or the "
        "file is not a PKCS#12 (.p12/.pfx) file. Import it again with "
        "`till-admin control-unit certificate --import FILE`.",
    ),
)
NO_CERTIFICATE_FOR_KEY = Message(
    "ccu_certificate_none_for_key",
    QT_TRANSLATE_NOOP("Errors", "The file {path} holds no certificate for the key."),
)
NO_KEY = Message(
    "ccu_certificate_no_key",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate file {path} holds no private key, and the keyring has none "
        "(service 'till', entry '{entry}').",
    ),
)
KEY_DAMAGED = Message(
    "ccu_certificate_key_damaged",
    QT_TRANSLATE_NOOP("Errors", "The private key in the keyring (entry '{entry}') is damaged."),
)
NOT_YET_VALID = Message(
    "ccu_certificate_not_yet_valid",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit certificate ({subject}, valid from {valid_from} to "
        "{valid_to}) is not valid yet. Check the "
        "computer's clock, or use the current certificate. No sale can get a control code "
        "until this is fixed.",
    ),
)
EXPIRED = Message(
    "ccu_certificate_expired",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit certificate ({subject}, valid from {valid_from} to "
        "{valid_to}) expired on {day}. Import a renewed "
        "certificate with `till-admin control-unit certificate --import FILE`. No sale can get "
        "a control code until this is fixed.",
    ),
)
OTHER_ORG_NR = Message(
    "ccu_certificate_org_nr",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit certificate ({subject}, valid from {valid_from} to "
        "{valid_to}) is issued for {found}, but this "
        "shop's organisation number (shop.org_nr) is {org_nr}. Use the certificate Infrasec "
        "issued for {org_nr}.",
    ),
)
NO_ORG_NR = Message(
    "ccu_certificate_no_org_nr",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit certificate ({subject}, valid from {valid_from} to "
        "{valid_to}) names no organisation number, but "
        "this shop's (shop.org_nr) is {org_nr}. Use the certificate Infrasec issued for "
        "{org_nr}.",
    ),
)
EXPIRES_SOON = Message(
    "ccu_certificate_expires_soon",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit certificate ({subject}, valid from {valid_from} to "
        "{valid_to}) expires in {days} days: order a "
        "renewed one.",
    ),
)
CA_BUNDLE = Message(
    "ccu_certificate_ca_bundle",
    QT_TRANSLATE_NOOP(
        "Errors", "The CA bundle {path} (control_unit.ca_bundle) cannot be loaded: {why}."
    ),
)
KEY_MISFIT = Message(
    "ccu_certificate_key_misfit",
    QT_TRANSLATE_NOOP(
        "Errors", "The control unit certificate and its key do not fit together: {why}."
    ),
)


class ClientCertificateError(TillError):
    """The shop's client certificate cannot be used; the message says why and what to do."""

    code = "ccu_certificate"


@dataclass(frozen=True, slots=True)
class CertificateInfo:
    subject: str
    issuer: str
    serial: str
    not_before: datetime  # UTC
    not_after: datetime  # UTC
    org_nr: str | None

    def dates(self) -> str:
        return f"valid from {_day(self.not_before)} to {_day(self.not_after)}"


@dataclass(frozen=True)
class ClientCredentials:
    """The certificate, its chain and its key, in this process's memory only."""

    key: object  # a cryptography private key
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def info(self) -> CertificateInfo:
        return certificate_info(self.certificate)


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def certificate_info(certificate: x509.Certificate) -> CertificateInfo:
    return CertificateInfo(
        subject=certificate.subject.rfc4514_string(),
        issuer=certificate.issuer.rfc4514_string(),
        serial=format(certificate.serial_number, "X"),
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        org_nr=org_nr_of(certificate),
    )


def read_pkcs12(path: Path, passphrase: str | None) -> ClientCredentials:
    """Open the PKCS#12 file with `passphrase`; ClientCertificateError says what is wrong."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_PKCS12_BYTES + 1)
    except OSError as error:
        why = error.strerror or str(error)  # the system's words
        raise ClientCertificateError(UNREADABLE, path=path, why=why) from None
    if len(data) > MAX_PKCS12_BYTES:
        raise ClientCertificateError(TOO_LARGE, path=path)
    password = passphrase.encode("utf-8") if passphrase else None
    try:
        key, certificate, chain = pkcs12.load_key_and_certificates(data, password)
    except (ValueError, TypeError):
        # cryptography says "Invalid password or PKCS12 data": the two cannot be told apart.
        raise ClientCertificateError(PASSPHRASE, path=path) from None
    if key is None:
        # Without a key in the file, OpenSSL cannot say which certificate is the shop's: the
        # one whose public key is the kept-apart key's.
        key = _key_kept_apart(path)
        everything = [c for c in (certificate, *chain) if c is not None]
        mine = _public(key)
        certificate = next((c for c in everything if _public(c) == mine), None)
        chain = [c for c in everything if c is not certificate]
    if certificate is None:
        raise ClientCertificateError(NO_CERTIFICATE_FOR_KEY, path=path)
    return ClientCredentials(key=key, certificate=certificate, chain=tuple(chain))


def _public(item: Any) -> bytes:
    return item.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _key_kept_apart(path: Path) -> object:
    pem = secrets.get_secret(KEY_SECRET)
    if not pem:
        raise ClientCertificateError(NO_KEY, path=path, entry=KEY_SECRET)
    try:
        return serialization.load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeEncodeError):
        raise ClientCertificateError(KEY_DAMAGED, entry=KEY_SECRET) from None


def load_credentials(path: Path) -> ClientCredentials:
    """The shop's credentials, with the passphrase from the keyring."""
    return read_pkcs12(path, secrets.get_secret(PASSPHRASE_SECRET))


def import_pkcs12(path: Path, passphrase: str) -> CertificateInfo:
    """Check that `passphrase` opens `path`, then keep it in the keyring (never elsewhere)."""
    credentials = read_pkcs12(path, passphrase)
    secrets.set_secret(PASSPHRASE_SECRET, passphrase)
    return credentials.info


def check_certificate(
    info: CertificateInfo, *, org_nr: str, now: datetime | None = None
) -> list[TillError]:
    """Refuse (ClientCertificateError, with the dates) a certificate that is expired, not yet
    valid or issued for another org number; return warnings (it expires soon)."""
    moment = now or datetime.now(UTC)
    head = {
        "subject": info.subject,
        "valid_from": _day(info.not_before),
        "valid_to": _day(info.not_after),
    }
    if moment < info.not_before:
        raise ClientCertificateError(NOT_YET_VALID, **head)
    if moment > info.not_after:
        raise ClientCertificateError(EXPIRED, day=_day(info.not_after), **head)
    if info.org_nr != org_nr:
        if not info.org_nr:
            raise ClientCertificateError(NO_ORG_NR, org_nr=org_nr, **head)
        raise ClientCertificateError(OTHER_ORG_NR, found=info.org_nr, org_nr=org_nr, **head)
    left = info.not_after - moment
    if left.days < EXPIRY_WARNING_DAYS:
        return [TillError(EXPIRES_SOON, days=left.days, **head)]
    return []


def client_ssl_context(
    credentials: ClientCredentials, *, ca_bundle: Path | None = None
) -> ssl.SSLContext:
    """TLS 1.2 or later, the server checked against `ca_bundle` (the system's CAs if None) and
    its host name, the client certificate and key loaded from memory (see module docstring)."""
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    if ca_bundle is not None:
        # Only the configured CAs: the control unit's own CA, not every public one.
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        try:
            context.load_verify_locations(cafile=str(ca_bundle))
        except (OSError, ssl.SSLError) as error:
            raise ClientCertificateError(CA_BUNDLE, path=ca_bundle, why=str(error)) from None
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = True
    context.verify_mode = ssl.CERT_REQUIRED
    one_time = pysecrets.token_urlsafe(32).encode("ascii")
    pem = credentials.key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(one_time),
    )
    for certificate in (credentials.certificate, *credentials.chain):
        pem += certificate.public_bytes(serialization.Encoding.PEM)
    with _private_file(pem) as name:
        try:
            context.load_cert_chain(name, password=one_time)
        except ssl.SSLError as error:
            raise ClientCertificateError(KEY_MISFIT, why=str(error)) from None
    return context


@contextlib.contextmanager
def _private_file(data: bytes):
    """A path to `data` that only this process can read, gone when the block ends."""
    if hasattr(os, "memfd_create") and os.path.isdir("/proc/self/fd"):
        fd = os.memfd_create("till-ccu-key", os.MFD_CLOEXEC)
        try:
            os.write(fd, data)
            yield f"/proc/self/fd/{fd}"
        finally:
            os.close(fd)
        return
    folder = tempfile.mkdtemp(prefix="till-")  # 0700
    name = os.path.join(folder, "key.pem")
    try:
        fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        yield name
    finally:
        shutil.rmtree(folder, ignore_errors=True)
