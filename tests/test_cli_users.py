"""`till-admin users add|list|disable|reset-pin` in its own process, behind a manager's PIN."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from till.settings import load_settings
from till.store import TillStore
from till.store.users import MAX_WRONG

ROOT = Path(__file__).resolve().parents[1]


def admin(config: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "till.cli", "--config", str(config), "users", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def journal(config: Path) -> list:
    store = TillStore.open(load_settings(config).database)
    try:
        return store.journal_rows()
    finally:
        store.close()


def test_users_commands_need_a_manager(config):
    first = admin(config, "add", "Kalle", stdin="1234\n1234\n")
    assert first.returncode == 2 and "no manager yet" in first.stderr
    assert admin(config, "list").returncode == 2
    made = admin(config, "add", "Maja", "--role", "manager", stdin="1111\n1111\n")
    assert made.returncode == 0, made.stderr
    added = admin(config, "add", "Kalle", stdin="Maja\n1111\n2222\n2222\n")
    assert added.returncode == 0 and "Added 2 Kalle (cashier)" in added.stdout, added.stderr
    listed = admin(config, "list", stdin="1\n1111\n")
    assert listed.stdout.splitlines() == ["1\tMaja\tmanager", "2\tKalle\tcashier"]
    # A cashier is no manager, and a wrong PIN is refused: nothing is changed.
    for answer in ("Kalle\n2222\n", "Maja\n9999\n"):
        refused = admin(config, "disable", "Kalle", stdin=answer)
        assert refused.returncode == 2 and refused.stdout == ""
    reset = admin(config, "reset-pin", "kalle", stdin="Maja\n1111\n3333\n3333\n")
    assert reset.returncode == 0, reset.stderr
    disabled = admin(config, "disable", "2", stdin="Maja\n1111\n")
    assert disabled.returncode == 0 and "Disabled 2 Kalle" in disabled.stdout
    assert "(disabled)" in admin(config, "list", stdin="Maja\n1111\n").stdout
    rows = journal(config)
    kinds = [r.kind for r in rows if r.kind.startswith("user_")]
    assert kinds == ["user_added", "user_added", "user_pin_reset", "user_disabled"]
    disabled_row = next(r for r in rows if r.kind == "user_disabled")
    assert disabled_row.data["by"] == {"number": 1, "name": "Maja"}
    assert [r.data["reason"] for r in rows if r.kind == "manager_refused"] == [
        "not a manager",
        "wrong PIN",
    ]


def test_five_wrong_manager_pins_lock_the_manager_for_later_runs(config):
    assert admin(config, "add", "Maja", "--role", "manager", stdin="1111\n1111\n").returncode == 0
    for _ in range(MAX_WRONG):
        assert admin(config, "list", stdin="Maja\n0000\n").returncode == 2
    locked = admin(config, "list", stdin="Maja\n1111\n")
    assert locked.returncode == 2 and "wait" in locked.stderr and locked.stdout == ""


def test_terminal_commands_that_change_it_need_a_manager(config):
    assert admin(config, "add", "Maja", "--role", "manager", stdin="1111\n1111\n").returncode == 0
    assert admin(config, "add", "Kalle", stdin="Maja\n1111\n2222\n2222\n").returncode == 0
    command = [sys.executable, "-m", "till.cli", "--config", str(config), "terminal"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    where = ["--host", "127.0.0.1", "--port", "9"]  # nothing listens: asking it fails
    refused = subprocess.run(
        [*command, "end-of-day", *where], input="Kalle\n2222\n", capture_output=True, text=True,
        timeout=60, check=False, env=env,
    )  # fmt: skip
    assert refused.returncode == 2 and "not a manager" in refused.stderr, refused.stderr
    approved = subprocess.run(
        [*command, "end-of-day", *where], input="Maja\n1111\n", capture_output=True, text=True,
        timeout=60, check=False, env=env,
    )  # fmt: skip
    assert "not a manager" not in approved.stderr and approved.returncode != 0
    actions = [r.data["action"] for r in journal(config) if r.kind == "manager_approved"]
    assert actions.count("terminal end-of-day") == 1
