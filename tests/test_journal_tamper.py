"""Issue 7 point 6, "the journal proves itself": each way of tampering with a till's database is
found both by `till-admin journal verify` and by the check at every start, which then refuses
to open the register; a manager accepts a database on purpose with `journal reset-anchor`.

A tamperer works on the database file with an SQLite tool while the till is stopped: drops the
refusing triggers first, then edits, deletes, re-hashes the chain, or puts an older copy back.
The key and the anchor are in the keyring (tests: conftest's in-memory keyring).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from test_store_support import drop_guards, make_receipt, raw

from till import cli, secrets
from till.core.report import ReportKind, build_report, report_record, report_text
from till.settings import Settings, load_settings
from till.startup import prepare_store
from till.store import TillStore
from till.store.journal import canonical_json, row_hash, row_mac
from till.store.journal_anchor import JournalAnchor, JournalNotTrusted, check_at_start

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def settings(config: Path) -> Settings:
    return load_settings(config)


def day(settings: Settings, receipts: range) -> None:
    """The till starts, sells, opens the drawer for change and is closed."""
    store = prepare_store(settings, demo=False)
    try:
        for n in receipts:
            store.store_receipt(make_receipt(n))
        store.journal("drawer_opened", {"reason": "växel"}, register_id="K1")
    finally:
        store.close()


def verify(config: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = cli.main(["--config", str(config), "journal", "verify"])
    return code, capsys.readouterr().out


def start_problems(settings: Settings) -> list[str]:
    with pytest.raises(JournalNotTrusted) as info:
        prepare_store(settings, demo=False).close()
    assert "did not open for sales" in info.value.message
    return info.value.problems


def tamper(db: Path) -> sqlite3.Connection:
    conn = raw(db)
    drop_guards(conn)
    return conn


def receipt_id(conn: sqlite3.Connection, number: int) -> int:
    return conn.execute("SELECT id FROM receipts WHERE sequence_number = ?", (number,)).fetchone()[
        0
    ]


def remove_receipt(conn: sqlite3.Connection, number: int) -> None:
    rid = receipt_id(conn, number)
    for table in ("receipt_lines", "receipt_vat", "receipt_payments", "printed_originals"):
        column = "number" if table == "printed_originals" else "receipt_id"
        value = number if table == "printed_originals" else rid
        conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (value,))
    conn.execute("DELETE FROM control_requests WHERE sequence_number = ?", (number,))
    conn.execute("DELETE FROM receipts WHERE id = ?", (rid,))


def event_rows(conn: sqlite3.Connection, number: int) -> list[int]:
    """The journal rows of receipt `number`'s sale: its sale_finished and receipt events."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT id FROM journal WHERE kind IN ('sale_finished', 'receipt')"
            " AND json_extract(data, '$.sequence_number') = ? ORDER BY id",
            (number,),
        )
    ]


def rehash_from(conn: sqlite3.Connection, first: int, *, key: bytes | None = None) -> None:
    """Make every hash from row `first` on right again (and, given the key, every mac)."""
    prev_hash = conn.execute("SELECT hash FROM journal WHERE id = ?", (first - 1,)).fetchone()[0]
    for row_id, at, kind, register_id, data in conn.execute(
        "SELECT id, at, kind, register_id, data FROM journal WHERE id >= ? ORDER BY id", (first,)
    ).fetchall():
        digest = row_hash(prev_hash, row_id, at, kind, register_id, data)
        mac = row_mac(key, digest) if key else None
        conn.execute(
            "UPDATE journal SET prev_hash = ?, hash = ?, mac = coalesce(?, mac) WHERE id = ?",
            (prev_hash, digest, mac, row_id),
        )
        prev_hash = digest


def change_receipt_event(conn: sqlite3.Connection, number: int, **fields: object) -> int:
    row_id = event_rows(conn, number)[-1]
    data = conn.execute("SELECT data FROM journal WHERE id = ?", (row_id,)).fetchone()[0]
    conn.execute(
        "UPDATE journal SET data = ? WHERE id = ?",
        (canonical_json({**json.loads(data), **fields}), row_id),
    )
    return row_id


# -- the cases ------------------------------------------------------------------------------------


def last_rows_removed(db: Path, settings: Settings) -> None:
    conn = tamper(db)
    conn.execute("DELETE FROM journal WHERE id = (SELECT max(id) FROM journal)")


def last_sale_removed_with_its_rows(db: Path, settings: Settings) -> None:
    conn = tamper(db)
    first = event_rows(conn, 3)[0]
    remove_receipt(conn, 3)
    conn.execute("DELETE FROM journal WHERE id >= ?", (first,))


def middle_sale_removed_and_rows_renumbered(db: Path, settings: Settings) -> None:
    conn = tamper(db)
    rows = event_rows(conn, 2)
    remove_receipt(conn, 2)
    conn.execute("DELETE FROM journal WHERE id IN (?, ?)", rows)
    conn.execute("UPDATE journal SET id = id - 2 WHERE id > ?", (rows[-1],))
    rehash_from(conn, rows[0])


def receipt_total_changed(db: Path, settings: Settings) -> None:
    tamper(db).execute("UPDATE receipts SET total = total - 1000 WHERE sequence_number = 2")


def receipt_line_changed(db: Path, settings: Settings) -> None:
    conn = tamper(db)
    conn.execute(
        "UPDATE receipt_lines SET quantity = 5000 WHERE receipt_id = ? AND position = 0",
        (receipt_id(conn, 2),),
    )


def chain_recomputed_after_an_edit(db: Path, settings: Settings) -> None:
    conn = tamper(db)
    conn.execute("UPDATE receipts SET total = total - 1000 WHERE sequence_number = 2")
    total = conn.execute("SELECT total FROM receipts WHERE sequence_number = 2").fetchone()[0]
    rehash_from(conn, change_receipt_event(conn, 2, total=total))


def signatures_stripped_and_chain_recomputed(db: Path, settings: Settings) -> None:
    conn = tamper(db)
    conn.execute("UPDATE receipts SET total = total - 1000 WHERE sequence_number = 2")
    total = conn.execute("SELECT total FROM receipts WHERE sequence_number = 2").fetchone()[0]
    conn.execute("UPDATE journal SET mac = NULL")
    rehash_from(conn, change_receipt_event(conn, 2, total=total))


def database_missing(db: Path, settings: Settings) -> None:
    db.unlink()


def database_empty(db: Path, settings: Settings) -> None:
    db.unlink()
    TillStore.open(db).close()


TOTAL = make_receipt(2).total
CASES: dict[str, tuple[Callable[[Path, Settings], None], str, str]] = {
    # name: (tamper, a phrase `journal verify` prints, a phrase of the start-up's problems)
    "last_rows_removed": (last_rows_removed, "fewer than the", "fewer than the"),
    "last_sale_removed_with_its_rows": (
        last_sale_removed_with_its_rows,
        "fewer than the",
        "fewer than the",
    ),
    "middle_sale_removed_and_rows_renumbered": (
        middle_sale_removed_and_rows_renumbered,
        "signatures do not match",
        "fewer than the",
    ),
    "receipt_total_changed": (
        receipt_total_changed,
        f"receipt K1 #2 (journal row 5): total is {TOTAL - 1000} as stored but {TOTAL} in the",
        f"receipt K1 #2 (journal row 5): total is {TOTAL - 1000} as stored but {TOTAL} in the",
    ),
    "receipt_line_changed": (
        receipt_line_changed,
        "lines[1].quantity is 5000 as stored but 2000 in the journal",
        "lines[1].quantity is 5000 as stored but 2000 in the journal",
    ),
    "chain_recomputed_after_an_edit": (
        chain_recomputed_after_an_edit,
        "signatures do not match",
        "is not the row this register wrote",
    ),
    "signatures_stripped_and_chain_recomputed": (
        signatures_stripped_and_chain_recomputed,
        "was signed with the till's key and is not any more",
        "was signed with the till's key and is not any more",
    ),
    "database_missing": (database_missing, "does not exist, but this register had written", ""),
    "database_empty": (database_empty, "the database is empty", "the database is empty"),
}


def test_an_untouched_database_passes_both_checks(config, settings, capsys) -> None:
    day(settings, range(1, 4))
    day(settings, range(4, 6))
    code, out = verify(config, capsys)
    assert code == 0 and "Journal intact" in out, out
    prepare_store(settings, demo=False).close()


@pytest.mark.parametrize("case", CASES)
def test_tampering_is_found_by_verify_and_at_start(config, settings, capsys, case) -> None:
    day(settings, range(1, 4))
    change, verify_says, start_says = CASES[case]
    change(settings.database, settings)

    code, out = verify(config, capsys)
    assert code == 1, out
    assert "Journal NOT intact" in out
    assert verify_says in out, out

    if case == "database_missing":  # the start refuses before it opens (and so makes) the file
        with pytest.raises(JournalNotTrusted, match="does not exist, but this register had"):
            prepare_store(settings, demo=False)
        assert not settings.database.exists()
        return
    problems = start_problems(settings)
    assert any(start_says in p for p in problems), problems
    # Refusing wrote nothing: the next start finds the same.
    assert start_problems(settings) == problems


def test_an_older_copy_put_back_is_found(config, settings, capsys, tmp_path) -> None:
    day(settings, range(1, 4))
    backup = tmp_path / "monday.db"
    shutil.copy(settings.database, backup)
    day(settings, range(4, 6))
    shutil.copy(backup, settings.database)  # the till is stopped: no -wal file is left

    code, out = verify(config, capsys)
    assert code == 1 and "fewer than the" in out, out
    assert any("an older copy of the database" in p for p in start_problems(settings))


def test_the_real_till_refuses_to_start_and_says_why(config, settings) -> None:
    """`till --config` in its own process, sharing this test's keyring through its file."""
    day(settings, range(1, 4))
    receipt_total_changed(settings.database, settings)
    done = subprocess.run(
        [sys.executable, "-m", "till", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 2, done
    assert "did not open for sales" in done.stderr and "total is" in done.stderr
    assert "till-admin journal reset-anchor" in done.stderr
    assert "Traceback" not in done.stderr


# -- the manager starts anew on purpose ---------------------------------------------------------


def reset(config: Path, monkeypatch: pytest.MonkeyPatch, typed: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(typed))
    args = ["--config", str(config), "journal", "reset-anchor", "--reason", "disk replaced"]
    return cli.main(args)


def test_a_manager_accepts_a_backup_put_back_and_it_is_journaled(
    config, settings, capsys, monkeypatch, tmp_path
) -> None:
    day(settings, range(1, 4))
    before = secrets.journal_anchor("K1")
    backup = tmp_path / "monday.db"
    shutil.copy(settings.database, backup)
    day(settings, range(4, 6))
    shutil.copy(backup, settings.database)

    assert reset(config, monkeypatch, "no\n") == 1  # not confirmed: nothing changes
    assert "Nothing was changed" in capsys.readouterr().out
    start_problems(settings)

    assert reset(config, monkeypatch, "RESET\n") == 0
    assert "Anchor reset" in capsys.readouterr().out
    prepare_store(settings, demo=False).close()  # opens again
    store = TillStore.open(settings.database)
    try:
        (event,) = [r for r in store.journal_rows() if r.kind == "journal_anchor_reset"]
    finally:
        store.close()
    assert event.data["reason"] == "disk replaced"
    assert event.data["previous_anchor"]["rows"] > before["rows"]  # Tuesday's anchor
    assert any("fewer than the" in p for p in event.data["problems"])
    code, out = verify(config, capsys)
    assert code == 0, out


def test_a_reset_needs_the_manager_pin_when_one_is_set(
    config, settings, monkeypatch, tmp_path
) -> None:
    day(settings, range(1, 3))
    store = TillStore.open(settings.database)
    store.set_manager_pin("4321", register_id="K1")
    store.close()
    backup = tmp_path / "monday.db"
    shutil.copy(settings.database, backup)
    day(settings, range(3, 4))
    shutil.copy(backup, settings.database)
    assert reset(config, monkeypatch, "RESET\n9999\n") == 2  # wrong PIN: refused
    start_problems(settings)
    assert reset(config, monkeypatch, "RESET\n4321\n") == 0
    prepare_store(settings, demo=False).close()


def test_a_missing_database_is_made_anew_only_by_a_reset(config, settings, monkeypatch) -> None:
    day(settings, range(1, 3))
    database_missing(settings.database, settings)
    assert reset(config, monkeypatch, "RESET\n") == 0
    assert settings.database.exists()
    prepare_store(settings, demo=False).close()


# -- incremental, and the head on paper ---------------------------------------------------------


def test_the_start_up_check_reads_only_the_rows_since_the_last_check(settings) -> None:
    day(settings, range(1, 4))
    day(settings, range(4, 6))
    anchor = JournalAnchor("K1", settings.database)
    verified = anchor.load().verified.id
    store = TillStore.open(settings.database)
    try:
        last = store.last_journal_id()
        assert 0 < verified < last
        report = check_at_start(store, anchor)
        assert report.rows_checked == last - verified
        assert anchor.load().verified.id == last
        # A row checked at an earlier start is the full check's (documented, journal_anchor.py).
        conn = tamper(settings.database)
        conn.execute("UPDATE journal SET data = '{}' WHERE id = 2")
        store.close()
        store = TillStore.open(settings.database)
        assert check_at_start(store, anchor).ok
        assert "row 2: hash does not match" in "\n".join(store.verify_journal().problems)
    finally:
        store.close()


def test_a_z_report_prints_and_stores_the_journal_head(settings, capsys, config) -> None:
    day(settings, range(1, 3))
    store = TillStore.open(settings.database)
    try:
        data = store.report_input(
            settings.shop, kind=ReportKind.Z, produced_at=make_receipt(1).created_at, change_fund=0
        )
        report = build_report(data)
        head = store.journal_rows()[-1]
        assert (report.last_journal_id, report.last_journal_hash) == (head.id, head.hash)
        text = report_text(report)
        assert f"Journalhash rad {head.id}" in text
        assert head.hash[:32] in text and head.hash[32:] in text
        content = report_record(report)
        assert content["last_journal_hash"] == head.hash
        store.store_z_report("K1", 1, report.produced_at, 1, head.id, report.grand_totals, content)
        event = store.journal_rows()[-1]
        assert event.kind == "z_report" and event.data["last_journal_hash"] == head.hash
    finally:
        store.close()
    # Someone with the key rewrites a row before the Z report and re-signs everything: the
    # paper's head no longer matches, and the Z report's event says so.
    conn = tamper(settings.database)
    conn.execute("""UPDATE journal SET data = '{"reason":"x"}' WHERE kind = 'drawer_opened'""")
    first = conn.execute("SELECT id FROM journal WHERE kind = 'drawer_opened'").fetchone()[0]
    rehash_from(conn, first, key=secrets.journal_key())
    code, out = verify(config, capsys)
    assert code == 1 and "Z report K1 #1" in out and "last_journal_hash is" in out, out


def test_a_wrong_z_head_is_refused(settings) -> None:
    day(settings, range(1, 2))
    store = TillStore.open(settings.database)
    try:
        last = store.last_journal_id()
        content = {"last_journal_hash": hashlib.sha256(b"x").hexdigest()}
        with pytest.raises(Exception, match="journal head"):
            store.store_z_report("K1", 1, make_receipt(1).created_at, 1, last, _totals(), content)
    finally:
        store.close()


def _totals():
    from till.core.report import GrandTotals

    return GrandTotals()
