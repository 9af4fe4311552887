"""Pairing a Point terminal, the I/O half: REGISTER on the wire, the MAC key in the keyring.

The codec's pairing.py makes the RSA-2048 key and decrypts MAC_KEY; here the REGISTER goes to
the terminal and what it leaves (MAC key and MAC_LABEL) is kept only in the operating system's
keyring through till/secrets.py, under "point mac key REGISTER" and "point mac label
REGISTER" (base64 key, label text). Never in the database, never in a file: without a usable
keyring till.secrets raises SecretsUnavailable with its advice, and pairing stops there.

The private key is not kept: it only decrypts MAC_KEY once; a new pairing makes a new key.
Whether the pairing works is checked with TEST_MAC before anything is stored (terminal.py),
because a PKCS#1 v1.5 decryption (REG_VER 1) can yield random bytes instead of failing
(the codec's pairing.py; SCA "REGISTER" and "TEST_MAC" pages,
https://verifone.cloud/docs/sca-functional-specification/html/protocol_spec/administration/register).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
from dataclasses import dataclass

from till import secrets
from till.adapters.point.link import PointLink
from till.checkout.ports import TerminalLost, TerminalUnavailable
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.protocols.point import PointPairingError, RegisterResponse, describe
from till.protocols.point.mac import check_label
from till.protocols.point.pairing import Pairing, complete_pairing, generate_key, register_request


def mac_key_name(register_id: str) -> str:
    return f"point mac key {register_id}"


def mac_label_name(register_id: str) -> str:
    return f"point mac label {register_id}"


class NotPaired(TerminalUnavailable):
    code = "point_not_paired"


NOT_PAIRED = Message(
    "point_not_paired",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Klarna terminal is not paired with this till. A manager pairs it on the terminal "
        "admin screen (the terminal shows the pairing code).",
    ),
)
KEYRING_LOST_KEY = Message(
    "point_keyring_lost_key",
    QT_TRANSLATE_NOOP("Errors", "The keyring did not keep the MAC key."),
)
PAIRING_DAMAGED = Message(
    "point_pairing_damaged",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Klarna terminal's pairing in the keyring is damaged; pair the terminal again.",
    ),
)
PAIRING_UNFINISHED = Message(
    "point_pairing_unfinished",
    QT_TRANSLATE_NOOP("Errors", "Pairing did not finish: {why} Start the pairing again."),
)
PAIRING_REFUSED = Message(
    "point_pairing_refused",
    QT_TRANSLATE_NOOP("Errors", "The terminal refused the pairing: {why}"),
)


@dataclass(frozen=True, slots=True, repr=False)
class PointCredentials:
    mac_key: bytes
    mac_label: str

    def __repr__(self) -> str:  # never log the key
        return f"PointCredentials(mac_label={self.mac_label!r})"


def load_credentials(register_id: str) -> PointCredentials | None:
    """The register's MAC key and label from the keyring, None when not paired.
    SecretsUnavailable without a usable keyring."""
    key_text = secrets.get_secret(mac_key_name(register_id))
    label = secrets.get_secret(mac_label_name(register_id))
    if not key_text or not label:
        return None
    try:
        key = base64.b64decode(key_text.encode("ascii"), validate=True)
        check_label(label)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise NotPaired(PAIRING_DAMAGED, detail="point mac key/label unreadable") from None
    return PointCredentials(key, label)


def save_credentials(register_id: str, pairing: Pairing) -> None:
    """Keep the pairing in the keyring, and read it back: a keyring that drops what it is
    given must not pass for a paired terminal."""
    key_text = base64.b64encode(pairing.mac_key).decode("ascii")
    secrets.set_secret(mac_key_name(register_id), key_text)
    secrets.set_secret(mac_label_name(register_id), pairing.mac_label)
    stored = load_credentials(register_id)
    if stored is None or stored.mac_key != pairing.mac_key:
        raise secrets.SecretsUnavailable(
            secrets.NO_KEYRING,
            why=TillError(KEYRING_LOST_KEY),
            detail="point mac key not readable after set",
        )


def forget_credentials(register_id: str) -> None:
    secrets.delete_secret(mac_key_name(register_id))
    secrets.delete_secret(mac_label_name(register_id))


async def register(link: PointLink, reg_ver: int, entry_code: str | None) -> Pairing:
    """SECURITY REGISTER with a fresh key; the decrypted pairing (not yet stored or tested).

    REG_VER 1 sends `entry_code`; REG_VER 2 sends none and checks the terminal's echo of it.
    Raises PointPairingError, TerminalUnavailable."""
    private_key = await asyncio.to_thread(generate_key)  # a second or so: off the loop
    request = register_request(private_key, reg_ver, entry_code)
    try:
        answer = await link.exchange(request, None)
    except TerminalLost as error:  # no MAC key came back: the till is not paired
        raise TerminalUnavailable(PAIRING_UNFINISHED, why=error, detail=error.detail) from None
    assert isinstance(answer, RegisterResponse)
    if not answer.succeeded:
        entry = describe(answer.result_code, answer.response_text)
        raise PointPairingError(
            f"REGISTER answered {answer.result_code}: {answer.response_text[:80]}",
            PAIRING_REFUSED,
            why=TillError(entry.said, **entry.params),
        )
    return complete_pairing(private_key, answer, reg_ver, entry_code)
