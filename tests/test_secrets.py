"""till/secrets.py: the one door to the keyring (DESIGN.md "Secrets")."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail, null

from till import secrets
from till.secrets import MemoryKeyring, SecretsUnavailable
from till.settings import EXAMPLE
from till.store import TillStore
from till.ui.texts import catalog_translate, say

ROOT = Path(__file__).resolve().parents[1]


def test_the_journal_key_is_made_once_random_and_kept_under_till(
    memory_keyring: MemoryKeyring,
) -> None:
    key = secrets.journal_key()
    assert len(key) == 32
    assert secrets.journal_key() == key  # the same key every time
    stored = memory_keyring.get_password("till", "journal key")
    assert stored is not None and base64.b64decode(stored) == key
    # A fresh keyring (another installation) makes another key.
    secrets.use_memory_keyring(from_env=False)
    assert secrets.journal_key() != key


def test_the_anchor_round_trips(memory_keyring: MemoryKeyring) -> None:
    assert secrets.journal_anchor("K1") is None
    secrets.set_journal_anchor("K1", {"rows": 3})
    assert secrets.journal_anchor("K1") == {"rows": 3}
    assert secrets.journal_anchor("K2") is None
    memory_keyring.set_password("till", "journal anchor K1", "not json")
    assert secrets.journal_anchor("K1") == {"damaged": "not json"}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])
def test_no_usable_keyring_is_a_plain_message_and_nothing_is_stored(
    backend: keyring.backend.KeyringBackend, tmp_path: Path
) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(SecretsUnavailable) as info:
        secrets.journal_key()
    assert info.value.code == "secrets_unavailable"
    assert "No secure keyring" in info.value.message
    assert "will not keep it in a plain file" in info.value.message
    assert "Secret Service" in info.value.message  # how to fix it
    # The store is not even created without its key.
    with pytest.raises(SecretsUnavailable):
        TillStore.open(tmp_path / "till.db")
    assert not (tmp_path / "till.db").exists()


class ForgetfulKeyring(keyring.backend.KeyringBackend):
    """Accepts every secret and keeps none."""

    priority = 0  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


def test_a_keyring_that_keeps_nothing_is_refused() -> None:
    keyring.set_keyring(ForgetfulKeyring())
    with pytest.raises(SecretsUnavailable, match="did not keep the key"):
        secrets.journal_key()


def test_a_damaged_key_is_not_replaced(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.set_password("till", "journal key", "c2hvcnQ=")  # 5 bytes
    with pytest.raises(SecretsUnavailable) as info:
        secrets.journal_key()
    assert info.value.code == "journal_key_damaged"
    assert memory_keyring.get_password("till", "journal key") == "c2hvcnQ="


def test_the_memory_keyring_is_never_chosen_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    assert not MemoryKeyring.viable
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", secrets.MEMORY_BACKEND)
    assert MemoryKeyring.viable


def test_processes_of_a_test_share_its_keyring_file(tmp_path: Path) -> None:
    shared = tmp_path / "k.json"
    first, second = MemoryKeyring(shared), MemoryKeyring(shared)
    first.set_password("till", "x", "1")
    assert second.get_password("till", "x") == "1"
    assert MemoryKeyring(from_env=False).get_password("till", "x") is None


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "till.toml"
    text = EXAMPLE.replace('# path = "/var/lib/till/till.db"', f'path = "{tmp_path / "till.db"}"')
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("program", ["till", "till.cli"])
def test_a_real_till_without_a_keyring_says_how_to_fix_it(tmp_path: Path, program: str) -> None:
    """The real programs, in their own processes, with keyring's own 'no backend' backend."""
    args = ["journal", "verify"] if program == "till.cli" else []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop(secrets.TEST_KEYRING_ENV)
    done = subprocess.run(
        [sys.executable, "-m", program, "--config", str(_config(tmp_path)), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert done.returncode == 2, done
    # said in the shop's language (the example's "sv"); the till's log has it in English too
    said = say(secrets.NO_KEYRING, catalog_translate("sv"), why="x").split("(")[0]
    assert said in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "till.db").exists()
