"""The one door to the till's secrets: the operating system's keyring, through `keyring`.

Entries live under the service "till". What is kept there:

- "journal key": the installation's 32-byte key that signs every journal row (HMAC-SHA256),
  created on first use. The keyring is per user account, so one till installation (the
  user account the till runs as) has one key.
- "journal anchor REGISTER": the register's last known journal head and row count and the
  last row checked at start (till/store/journal_anchor.py). It is kept here, not in the
  database, so that a copy of the database put back cannot roll it back.

Other secrets (the CCU certificate passphrase, a MAC key) go through get_secret/set_secret.

With no usable keyring backend a real till stops with SecretsUnavailable: it says how to fix
it and never falls back to a plain file. Tests and `till --demo` install MemoryKeyring.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
import logging
import os
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
from keyring.backends import fail
from keyring.compat import properties

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError

log = logging.getLogger(__name__)

SERVICE = "till"
JOURNAL_KEY = "journal key"
KEY_BYTES = 32
# Names MemoryKeyring when keyring chooses its backend from the environment (test processes).
MEMORY_BACKEND = "till.secrets.MemoryKeyring"
# A test shares its MemoryKeyring with the till processes it starts through this file.
TEST_KEYRING_ENV = "TILL_TEST_KEYRING"

NO_KEYRING = Message(
    "secrets_unavailable",
    QT_TRANSLATE_NOOP(
        "Errors",
        "No secure keyring is available to the till's user account, so the till cannot keep its "
        "journal key safely, and it will not keep it in a plain file. On Linux, install and "
        "unlock a keyring with the Secret Service interface (GNOME Keyring or KWallet, in the "
        "desktop session the till runs in); on Windows and macOS the system's own keyring is "
        "used. Then start the till again. ({why})",
    ),
)
# The same sentence as a str.format template ({detail}), for callers not yet on `no_keyring`.
NO_KEYRING_MESSAGE = NO_KEYRING.text.replace("{why}", "{detail}")
KEY_DAMAGED = Message(
    "journal_key_damaged",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The journal key in the keyring (service 'till', entry 'journal key') is damaged. Do "
        "not delete it; call for service.",
    ),
)
# Why the keyring cannot be used: the technical reason, shown in brackets after NO_KEYRING.
KEYRING_NOT_LOADED = "the keyring could not be loaded"
NO_BACKEND = "no keyring backend was found"


class SecretsUnavailable(TillError):
    """No usable keyring: the till cannot keep a secret safely."""

    code = "secrets_unavailable"


def no_keyring(why: str, detail: str = "") -> SecretsUnavailable:
    """NO_KEYRING with the keyring's own reason `why` (technical words, shown in brackets)."""
    return SecretsUnavailable(NO_KEYRING, why=why, detail=detail or why)


def backend_problem() -> str | None:
    """Why the keyring cannot keep secrets, or None when it can."""
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken backend configuration
        return f"{KEYRING_NOT_LOADED}: {exc}"
    return _unusable(backend)


def _unusable(backend: keyring.backend.KeyringBackend) -> str | None:
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return NO_BACKEND
    if name.startswith("keyring.backends.null."):
        return "the keyring is switched off (null backend)"
    if name.startswith("keyrings.alt.file.") and "Plaintext" in name:
        return "the configured keyring keeps secrets in a plain file"
    chained = getattr(backend, "backends", None)
    if name == "keyring.backends.chainer.ChainerBackend" and not chained:
        return NO_BACKEND
    return None


def _checked_backend() -> keyring.backend.KeyringBackend:
    problem = backend_problem()
    if problem is not None:
        raise no_keyring(problem)
    return keyring.get_keyring()


def get_secret(name: str) -> str | None:
    """The secret stored under `name`, or None if there is none yet."""
    backend = _checked_backend()
    try:
        return backend.get_password(SERVICE, name)
    except Exception as exc:  # locked keyring, D-Bus gone, ...: same advice
        raise _unavailable(exc) from exc


def set_secret(name: str, value: str) -> None:
    backend = _checked_backend()
    try:
        backend.set_password(SERVICE, name, value)
    except Exception as exc:
        raise _unavailable(exc) from exc


def delete_secret(name: str) -> None:
    backend = _checked_backend()
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
        backend.delete_password(SERVICE, name)


def _unavailable(exc: Exception) -> SecretsUnavailable:
    detail = f"{type(exc).__name__}: {exc}"
    return no_keyring(detail)


# -- the journal's key and anchor ---------------------------------------------------------------


def journal_key() -> bytes:
    """The installation's journal key, created (random, 32 bytes) the first time it is asked."""
    text = get_secret(JOURNAL_KEY)
    if text is None:
        key = os.urandom(KEY_BYTES)
        set_secret(JOURNAL_KEY, base64.b64encode(key).decode("ascii"))
        # Read it back: a keyring that silently drops what it is given must not pass.
        if get_secret(JOURNAL_KEY) is None:
            raise no_keyring(
                "the keyring did not keep the key", detail="journal key not readable after set"
            )
        log.info("created the journal key in the keyring (%s)", type(keyring.get_keyring()))
        return key
    try:
        key = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise SecretsUnavailable(KEY_DAMAGED) from exc
    if len(key) != KEY_BYTES:
        raise SecretsUnavailable(KEY_DAMAGED)
    return key


def _anchor_name(register_id: str) -> str:
    return f"journal anchor {register_id}"


def journal_anchor(register_id: str) -> dict[str, Any] | None:
    """The register's journal anchor as stored, or None if the keyring has none."""
    text = get_secret(_anchor_name(register_id))
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return {"damaged": text[:80]}
    return value if isinstance(value, dict) else {"damaged": text[:80]}


def set_journal_anchor(register_id: str, anchor: dict[str, Any]) -> None:
    set_secret(_anchor_name(register_id), json.dumps(anchor, sort_keys=True))


# -- the in-memory keyring of tests and the demo ------------------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in this process's memory: for tests and `till --demo`, never for a shop.

    A test that starts till processes names a file in TILL_TEST_KEYRING and puts
    PYTHON_KEYRING_BACKEND=till.secrets.MemoryKeyring in their environment, so the processes
    share one keyring through that (plain) file. Keyring never picks this backend by itself.
    """

    def __init__(
        self, path: str | os.PathLike[str] | None = None, *, from_env: bool = True
    ) -> None:
        super().__init__()
        shared = path if path is not None or not from_env else os.environ.get(TEST_KEYRING_ENV)
        shared = shared or None
        self._path = Path(shared) if shared is not None else None
        self._entries: dict[str, str] = {}

    @properties.classproperty
    def priority(cls) -> float:
        # Only where asked for by name: never a real till's fallback.
        if os.environ.get("PYTHON_KEYRING_BACKEND") != MEMORY_BACKEND:
            raise RuntimeError("the in-memory keyring is for tests and the demo only")
        return 0.1

    def _load(self) -> dict[str, str]:
        if self._path is not None and self._path.exists():
            self._entries = json.loads(self._path.read_text("utf-8"))
        return self._entries

    def _save(self) -> None:
        if self._path is not None:
            tmp = self._path.with_name(self._path.name + ".tmp")
            tmp.write_text(json.dumps(self._entries), "utf-8")
            tmp.replace(self._path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._load()[f"{service}\n{username}"] = password
        self._save()

    def delete_password(self, service: str, username: str) -> None:
        if self._load().pop(f"{service}\n{username}", None) is None:
            raise keyring.errors.PasswordDeleteError("no such secret")
        self._save()


def use_memory_keyring(
    path: str | os.PathLike[str] | None = None, *, from_env: bool = True
) -> MemoryKeyring:
    """Install a fresh MemoryKeyring for this process (tests, the demo) and return it."""
    backend = MemoryKeyring(path, from_env=from_env)
    keyring.set_keyring(backend)
    return backend
