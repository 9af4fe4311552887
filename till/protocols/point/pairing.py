"""Pairing with a Point terminal, the cryptographic half: key pair, REGISTER, MAC key.

SECURITY REGISTER sends KEY, "the public component of RSA 2048-bit key pair ... DER formatted and
base64 encoded", with REG_VER and, for REG_VER 1, a 4-digit ENTRY_CODE the till shows and the
cashier types on the terminal; the answer carries MAC_KEY, encrypted to that public key, and
MAC_LABEL; the COUNTER starts again from 0 (https://verifone.cloud/docs/sca-functional-specification/html/protocol_spec/administration/register,
.../payment_func/adminstration/message_auth). REG_VER 1 is "SHA1 with PKCS padding", REG_VER 2
"SHA2 with OAEP padding" (.../protocol_spec/administration/register_enc).

Decisions where the public pages are silent:
- KEY is the SubjectPublicKeyInfo DER (what Java's PublicKey.getEncoded() and OpenSSL's
  i2d_PUBKEY write, and what "DER formatted public key" means in both), not the bare PKCS#1
  RSAPublicKey.
- REG_VER 2's OAEP hash is SHA-256 ("SHA2"); the MGF1 hash is not named, so the decryption tries
  MGF1-SHA-256, then MGF1-SHA-1 (Java's OAEPWithSHA-256AndMGF1Padding default), then SHA-1
  throughout. A wrong OAEP variant fails its padding check, so trying them cannot yield a wrong
  key. REG_VER 1 is PKCS#1 v1.5; its "SHA1" names no padding parameter.
- The decrypted MAC_KEY bytes are the HMAC key as they are (no further decoding), and must be
  16..64 bytes long (TEST_MAC speaks of a 128-bit key; PKCS#1 v1.5's implicit rejection in new
  OpenSSL turns a bad ciphertext into random bytes of random length, which this catches often).
- REG_VER 2 sends no ENTRY_CODE; the answer's ENTRY_CODE ("appears as Base64 encoded") is
  checked against the code the till showed, in plain or base64 form.
- The private key leaves here as unencrypted PKCS#8 PEM for the caller to keep in the keyring
  through till/secrets.py; nothing here stores anything.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.protocols.point.errors import PointPairingError
from till.protocols.point.mac import check_label
from till.protocols.point.messages import Register, RegisterResponse

ECHO_MISMATCH = Message(
    "point_pairing_echo_mismatch",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Pairing failed: the terminal echoed another entry code than the one the till showed; "
        "start the pairing again.",
    ),
)

KEY_BITS = 2048
PUBLIC_EXPONENT = 65537
MAC_KEY_BYTES = range(16, 65)
# REG_VER 2's OAEP variants, tried in this order: (OAEP hash, MGF1 hash).
OAEP_VARIANTS: tuple[tuple[type[hashes.HashAlgorithm], type[hashes.HashAlgorithm]], ...] = (
    (hashes.SHA256, hashes.SHA256),
    (hashes.SHA256, hashes.SHA1),
    (hashes.SHA1, hashes.SHA1),
)


@dataclass(frozen=True, slots=True, repr=False)
class Pairing:
    """What a successful REGISTER leaves the till: both go to the keyring only."""

    mac_key: bytes
    mac_label: str

    def __repr__(self) -> str:  # never log the key
        return f"Pairing(mac_label={self.mac_label!r}, mac_key=<{len(self.mac_key)} bytes>)"


def generate_key() -> rsa.RSAPrivateKey:
    """A fresh RSA-2048 key pair for one pairing."""
    return rsa.generate_private_key(public_exponent=PUBLIC_EXPONENT, key_size=KEY_BITS)


def public_key_field(private_key: rsa.RSAPrivateKey) -> str:
    """The REGISTER KEY: base64 of the SubjectPublicKeyInfo DER of the public key."""
    der = private_key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode("ascii")


def new_entry_code(length: int = 4) -> str:
    """A random code of `length` digits for the cashier to type on the terminal."""
    return "".join(secrets.choice("0123456789") for _ in range(length))


def register_request(
    private_key: rsa.RSAPrivateKey, reg_ver: int, entry_code: str | None = None
) -> Register:
    """SECURITY REGISTER for `private_key`'s public half (REG_VER 1 needs `entry_code`)."""
    if reg_ver not in (1, 2):
        raise ValueError(f"REG_VER is 1 or 2, not {reg_ver!r}")
    return Register(
        key=public_key_field(private_key),
        reg_ver=reg_ver,
        entry_code=entry_code if reg_ver == 1 else None,
    )


def decrypt_mac_key(private_key: rsa.RSAPrivateKey, mac_key_field: str, reg_ver: int) -> bytes:
    """The MAC key from the answer's MAC_KEY (base64 of RSA ciphertext)."""
    try:
        ciphertext = base64.b64decode(mac_key_field.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise PointPairingError("MAC_KEY is not base64") from None
    if len(ciphertext) != private_key.key_size // 8:
        raise PointPairingError(f"MAC_KEY is {len(ciphertext)} bytes, not one RSA block")
    if reg_ver == 1:
        paddings: list[padding.AsymmetricPadding] = [padding.PKCS1v15()]
    elif reg_ver == 2:
        paddings = [
            padding.OAEP(mgf=padding.MGF1(algorithm=mgf()), algorithm=oaep(), label=None)
            for oaep, mgf in OAEP_VARIANTS
        ]
    else:
        raise ValueError(f"REG_VER is 1 or 2, not {reg_ver!r}")
    for pad in paddings:
        try:
            key = private_key.decrypt(ciphertext, pad)
        except ValueError:
            continue
        if len(key) in MAC_KEY_BYTES:
            return key
    raise PointPairingError(f"MAC_KEY cannot be decrypted (REG_VER {reg_ver})")


def _entry_code_matches(echo: str, expected: str) -> bool:
    echo = echo.strip()
    if hmac.compare_digest(echo.encode(), expected.encode()):
        return True
    try:
        decoded = base64.b64decode(echo, validate=True)
    except (binascii.Error, ValueError):
        return False
    return hmac.compare_digest(decoded, expected.encode())


def complete_pairing(
    private_key: rsa.RSAPrivateKey,
    answer: RegisterResponse,
    reg_ver: int,
    entry_code: str | None = None,
) -> Pairing:
    """The MAC key and label from a REGISTER answer; PointPairingError if it is no success,
    lacks a field, cannot be decrypted, or (REG_VER 2) echoes another entry code."""
    if not answer.succeeded:
        raise PointPairingError(
            f"REGISTER answered RESULT_CODE {answer.result_code} ({answer.response_text[:60]})"
        )
    if not answer.mac_key or not answer.mac_label:
        raise PointPairingError("REGISTER answer without MAC_KEY or MAC_LABEL")
    try:
        label = check_label(answer.mac_label)
    except ValueError as exc:
        raise PointPairingError(str(exc)) from None
    if (
        reg_ver == 2
        and entry_code is not None
        and (answer.entry_code is None or not _entry_code_matches(answer.entry_code, entry_code))
    ):
        raise PointPairingError("the terminal echoed another entry code", ECHO_MISMATCH)
    return Pairing(decrypt_mac_key(private_key, answer.mac_key, reg_ver), label)


def private_key_pem(private_key: rsa.RSAPrivateKey) -> bytes:
    """PKCS#8 PEM of the private key, for the keyring (the caller stores it, never a file)."""
    return private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def load_private_key(pem: bytes) -> rsa.RSAPrivateKey:
    """The key `private_key_pem` wrote; PointPairingError if it is not an RSA-2048 key."""
    try:
        key = serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise PointPairingError("the stored pairing key cannot be read") from None
    if not isinstance(key, rsa.RSAPrivateKey) or key.key_size != KEY_BITS:
        raise PointPairingError("the stored pairing key is not an RSA-2048 key")
    return key
