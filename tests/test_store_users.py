"""Cashiers in the store: salted PBKDF2 PINs per user, the per-user lockout kept across a
restart, and journal rows naming the signed-in user."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace

import pytest
from test_store_support import drop_guards, make_receipt

from till.core.receipt import layout_text, receipt_layout
from till.store import TillStore
from till.store.database import StoreError
from till.store.journal import verify
from till.store.journal_records import compare_event
from till.store.users import LOCKOUT_SECONDS, MAX_WRONG, Role, SignInRefused

NOW = 2_000_000.0


def kinds(store: TillStore, kind: str) -> list[dict]:
    return [r.data for r in store.journal_rows() if r.kind == kind]


def test_pins_are_pbkdf2_with_a_salt_of_their_own(store, db_path):
    store.users.add("Anna", "1234", Role.MANAGER, register_id="K1")
    store.users.add("Bo", "1234", Role.CASHIER, register_id="K1")
    rows = sqlite3.connect(db_path).execute("SELECT name, salt, hash, iterations FROM users")
    found = {name: (salt, digest, n) for name, salt, digest, n in rows}
    assert found["Anna"][0] != found["Bo"][0] and found["Anna"][1] != found["Bo"][1]
    for salt, digest, iterations in found.values():
        assert len(salt) == 16 and iterations >= 100_000
        assert digest == hashlib.pbkdf2_hmac("sha256", b"1234", salt, iterations)


def test_add_list_find_and_journal(store):
    assert not store.users.any_manager()
    anna = store.users.add("  Anna   Berg ", "1234", Role.MANAGER, register_id="K1")
    bo = store.users.add("Bo", "5678", Role.CASHIER, register_id="K1")
    assert (anna.number, anna.name, bo.number) == (1, "Anna Berg", 2)
    assert store.users.any_manager()
    assert [u.name for u in store.users.list()] == ["Anna Berg", "Bo"]
    assert store.users.find("anna berg") == anna and store.users.find("2") == bo
    assert kinds(store, "user_added")[1] == {"user": {"number": 2, "name": "Bo"}, "role": "cashier"}
    with pytest.raises(StoreError, match="already"):
        store.users.add("BO", "1111", Role.CASHIER, register_id="K1")
    for name, pin in (("", "1234"), ("123", "1234"), ("Cy", "12"), ("Cy", "12ab")):
        with pytest.raises(StoreError):
            store.users.add(name, pin, Role.CASHIER, register_id="K1")


def test_check_pin_right_wrong_unknown_and_disabled(store):
    store.users.add("Anna", "1234", Role.MANAGER, register_id="K1")
    store.users.add("Bo", "5678", Role.CASHIER, register_id="K1")
    assert store.users.check_pin("Bo", "5678", purpose="signed_in", register_id="K1").name == "Bo"
    with pytest.raises(SignInRefused, match="Wrong name or PIN"):
        store.users.check_pin("Bo", "1234", purpose="signed_in", register_id="K1")
    with pytest.raises(SignInRefused, match="Wrong name or PIN"):
        store.users.check_pin("Nobody", "1234", purpose="signed_in", register_id="K1")
    store.users.disable("Bo", register_id="K1")
    with pytest.raises(SignInRefused, match="disabled"):
        store.users.check_pin("Bo", "5678", purpose="signed_in", register_id="K1")
    assert [d["reason"] for d in kinds(store, "signed_in_failed")] == [
        "wrong PIN",
        "no such user",
        "user disabled",
    ]
    assert kinds(store, "signed_in") == [{"user": {"number": 2, "name": "Bo"}}]
    store.users.reset_pin("Bo", "2468", register_id="K1")  # enables again
    assert store.users.check_pin("2", "2468", purpose="signed_in", register_id="K1").active


def test_the_only_manager_cannot_be_disabled(store):
    store.users.add("Anna", "1234", Role.MANAGER, register_id="K1")
    with pytest.raises(StoreError, match="only manager"):
        store.users.disable("Anna", register_id="K1")
    store.users.add("Cy", "1234", Role.MANAGER, register_id="K1")
    assert not store.users.disable("Anna", register_id="K1").active


def test_five_wrong_pins_lock_the_user_across_a_restart(db_path):
    store = TillStore.open(db_path)
    store.users.add("Bo", "5678", Role.CASHIER, register_id="K1")
    store.users.add("Cy", "1111", Role.CASHIER, register_id="K1")
    for _ in range(MAX_WRONG):
        with pytest.raises(SignInRefused):
            store.users.check_pin("Bo", "0000", purpose="signed_in", register_id="K1", now=NOW)
    store.close()
    store = TillStore.open(db_path)  # a restart
    try:
        assert store.users.locked_for("Bo", now=NOW + 1) == LOCKOUT_SECONDS - 1
        with pytest.raises(SignInRefused, match="wait") as refused:
            store.users.check_pin("Bo", "5678", purpose="signed_in", register_id="K1", now=NOW + 1)
        assert refused.value.code == "user_locked"
        # Another user is not locked.
        store.users.check_pin("Cy", "1111", purpose="signed_in", register_id="K1", now=NOW + 1)
        later = NOW + LOCKOUT_SECONDS + 1
        store.users.check_pin("Bo", "5678", purpose="signed_in", register_id="K1", now=later)
        assert kinds(store, "signed_in_failed")[-1]["reason"] == "locked"
        assert kinds(store, "signed_in_failed")[MAX_WRONG - 1]["locked_for_seconds"] == 60
    finally:
        store.close()


def test_a_right_pin_ends_the_wrong_ones_in_a_row(store):
    store.users.add("Bo", "5678", Role.CASHIER, register_id="K1")
    for _ in range(2):
        for _ in range(MAX_WRONG - 1):
            with pytest.raises(SignInRefused):
                store.users.check_pin("Bo", "0000", purpose="signed_in", register_id="K1", now=NOW)
        store.users.check_pin("Bo", "5678", purpose="signed_in", register_id="K1", now=NOW)
    assert store.users.locked_for("Bo", now=NOW) == 0.0


def test_journal_rows_name_the_signed_in_user_and_still_verify(store):
    bo = store.users.add("Bo", "5678", Role.CASHIER, register_id="K1")
    store.users.set_current_user(bo)
    store.set_offline("K1", True, reason="test")
    store.users.set_current_user(None)
    store.set_offline("K1", False, reason="test")
    rows = [r.data for r in store.journal_rows() if r.kind == "offline_mode"]
    assert rows[0]["by"] == {"number": 1, "name": "Bo"} and "by" not in rows[1]
    with store._db.reading() as conn:
        assert verify(conn, compare=compare_event).ok


def test_a_receipt_names_its_cashier_on_paper_in_the_store_and_in_its_event(store, db_path):
    maja = store.users.add("Maja", "1111", Role.MANAGER, register_id="K1")
    store.users.set_current_user(maja)
    store.store_receipt(replace(make_receipt(1), cashier="Maja"))
    store.store_receipt(make_receipt(2))  # from before users: no cashier
    stored = store.receipt("K1", 1)
    assert stored is not None and stored.cashier == "Maja"
    assert "Kassör: Maja" in layout_text(receipt_layout(stored))
    assert "Kassör" not in layout_text(receipt_layout(store.receipt("K1", 2)))
    event = [r.data for r in store.journal_rows() if r.kind == "receipt"]
    assert event[0]["cashier"] == "Maja" and event[0]["by"] == {"number": 1, "name": "Maja"}
    assert "cashier" not in event[1]
    with store._db.reading() as conn:
        assert verify(conn, compare=compare_event).ok
    # The cashier is part of the record the journal event is compared with.
    raw = sqlite3.connect(db_path)
    drop_guards(raw)
    raw.execute("UPDATE receipts SET cashier = 'Someone' WHERE sequence_number = 1")
    raw.commit()
    with store._db.reading() as conn:
        problems = verify(conn, compare=compare_event).problems
    assert any("cashier is 'Someone' as stored but 'Maja'" in p for p in problems), problems


def test_changing_who_did_it_breaks_the_row(store, db_path):
    bo = store.users.add("Bo", "5678", Role.CASHIER, register_id="K1")
    store.users.set_current_user(bo)
    store.set_offline("K1", True, reason="test")
    raw = sqlite3.connect(db_path)
    drop_guards(raw)
    raw.execute(
        'UPDATE journal SET data = replace(data, \'"name":"Bo"\', \'"name":"Cy"\')'
        " WHERE kind = 'offline_mode'"
    )
    raw.commit()
    with store._db.reading() as conn:
        problems = verify(conn).problems
    assert any("hash does not match its contents" in p for p in problems), problems
