"""The manager PIN's lockout lives in the database: five wrong PINs in a row lock manager
actions for a minute across a restart, across programs (the till and `till-admin manager
set-pin`), and however many ask at once."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from till.checkout.manager import LOCKOUT_SECONDS, MAX_WRONG, ManagerGate, NotApproved
from till.store import TillStore

ROOT = Path(__file__).resolve().parents[1]
PIN = "2468"


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class Keypad:
    """The UI's PIN prompt: answers with whatever `pin` is set to."""

    def __init__(self, pin: str) -> None:
        self.pin = pin
        self.asked = 0

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
        self.asked += 1
        return self.pin


async def in_store(function, *args, **kwargs):
    return function(*args, **kwargs)


def gate(store: TillStore, clock, pin: str) -> ManagerGate:
    g = ManagerGate(store=store, register_id="K1", in_store=in_store, clock=clock)
    g.prompt = Keypad(pin)
    return g


def approve(g: ManagerGate, action: str = "the drawer") -> None:
    asyncio.run(g.approve(action))


def kinds(store: TillStore, kind: str) -> list[dict]:
    return [r.data for r in store.journal_rows() if r.kind == kind]


def test_the_lockout_survives_a_restart(tmp_path: Path) -> None:
    clock = Clock()
    store = TillStore.open(tmp_path / "till.db")
    store.set_manager_pin(PIN, register_id="K1")
    wrong = gate(store, clock, "0000")
    for _ in range(MAX_WRONG):
        with pytest.raises(NotApproved, match="Wrong manager PIN"):
            approve(wrong)
    store.close()

    store = TillStore.open(tmp_path / "till.db")  # a restart: a new process has no memory
    try:
        right = gate(store, clock, PIN)
        clock.now += LOCKOUT_SECONDS - 1
        with pytest.raises(NotApproved, match="Too many wrong PINs: wait 2 s"):
            approve(right)
        assert right.prompt.asked == 0  # not even asked while locked
        clock.now += 1.5
        approve(right)
        refused = kinds(store, "manager_refused")
        assert len(refused) == MAX_WRONG
        assert [r.get("locked_for_seconds") for r in refused] == [None] * (MAX_WRONG - 1) + [
            round(LOCKOUT_SECONDS)
        ]
        assert kinds(store, "manager_approved") == [{"action": "the drawer"}]
    finally:
        store.close()


def test_a_right_pin_ends_the_wrong_ones_in_a_row(tmp_path: Path) -> None:
    clock = Clock()
    store = TillStore.open(tmp_path / "till.db")
    try:
        store.set_manager_pin(PIN, register_id="K1")
        wrong, right = gate(store, clock, "0000"), gate(store, clock, PIN)
        for _ in range(MAX_WRONG - 1):
            with pytest.raises(NotApproved, match="Wrong"):
                approve(wrong)
        approve(right)
        assert store.manager_pin_lockout().wrong == 0
        for _ in range(MAX_WRONG - 1):
            with pytest.raises(NotApproved, match="Wrong"):
                approve(wrong)
        approve(right)  # 4 + 4 wrong, but never 5 in a row: never locked
    finally:
        store.close()


def test_a_clock_set_back_never_lengthens_the_lockout(tmp_path: Path) -> None:
    clock = Clock()
    store = TillStore.open(tmp_path / "till.db")
    try:
        store.set_manager_pin(PIN, register_id="K1")
        for _ in range(MAX_WRONG):
            with pytest.raises(NotApproved):
                approve(gate(store, clock, "0000"))
        clock.now -= 3600  # someone set the clock back an hour
        with pytest.raises(NotApproved, match=f"wait {int(LOCKOUT_SECONDS) + 1} s"):
            approve(gate(store, clock, PIN))
        clock.now += LOCKOUT_SECONDS + 1
        approve(gate(store, clock, PIN))
    finally:
        store.close()


def test_tries_are_counted_before_the_pin_is_checked(store: TillStore) -> None:
    """Programs asking at the same moment share the five tries: each reservation counts, and
    a sixth is refused before any PIN is checked."""
    now = 5_000.0
    assert [store.reserve_manager_pin_try(now=now) for _ in range(MAX_WRONG)] == [0.0] * 5
    assert store.reserve_manager_pin_try(now=now + 1) == LOCKOUT_SECONDS - 1
    assert store.reserve_manager_pin_try(now=now + LOCKOUT_SECONDS) == 0.0


def admin(config: Path, *args: str, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "till.cli", "--config", str(config), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_set_pin_asks_the_current_pin_and_journals_it(config: Path, tmp_path: Path) -> None:
    store = TillStore.open(tmp_path / "till.db")
    store.set_manager_pin(PIN, register_id="K1")
    store.close()

    wrong = admin(config, "manager", "set-pin", stdin="0000\n1357\n1357\n")
    assert wrong.returncode == 2 and wrong.stderr == "till-admin: Wrong manager PIN: not done.\n"
    done = admin(config, "manager", "set-pin", stdin=f"{PIN}\n1357\n1357\n")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Manager PIN set.\n"

    store = TillStore.open(tmp_path / "till.db")
    try:
        assert store.check_manager_pin("1357") and not store.check_manager_pin(PIN)
        rows = [(r.kind, r.data) for r in store.journal_rows()]
        assert rows[-3:] == [
            ("manager_refused", {"action": "changing the manager PIN"}),
            ("manager_approved", {"action": "changing the manager PIN"}),
            ("manager_pin_set", {"replaced": True}),
        ]
    finally:
        store.close()


def test_set_pin_counts_toward_the_tills_lockout(config: Path, tmp_path: Path) -> None:
    store = TillStore.open(tmp_path / "till.db")
    try:
        store.set_manager_pin(PIN, register_id="K1")
        for _ in range(MAX_WRONG - 1):  # four wrong at the till
            with pytest.raises(NotApproved, match="Wrong"):
                approve(gate(store, Clock(time.time()), "0000"))
    finally:
        store.close()

    fifth = admin(config, "manager", "set-pin", stdin="0000\n")
    assert fifth.returncode == 2 and "Wrong manager PIN" in fifth.stderr
    locked = admin(config, "manager", "set-pin", stdin=f"{PIN}\n1357\n1357\n")
    assert locked.returncode == 2
    assert locked.stderr.startswith("till-admin: Too many wrong PINs: wait ")
    assert len(locked.stderr.splitlines()) == 1 and "Traceback" not in locked.stderr

    store = TillStore.open(tmp_path / "till.db")
    try:
        assert store.check_manager_pin(PIN)  # not changed while locked
        with pytest.raises(NotApproved, match="Too many"):  # and the till is locked too
            approve(gate(store, Clock(time.time()), PIN))
        later = Clock(time.time() + LOCKOUT_SECONDS + 1)
        approve(gate(store, later, PIN))
        refused = kinds(store, "manager_refused")
        assert [r["action"] for r in refused] == ["the drawer"] * 4 + ["changing the manager PIN"]
    finally:
        store.close()
