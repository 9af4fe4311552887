"""Issue 12 item 3, the incremental check at start: opening the register's database and checking
the journal costs what was written since the last check, not what the journal holds.

Counted in SQLite virtual-machine steps (a progress handler), not seconds: the same count on any
machine, so the test can hold a young and an old register to the same cost.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from test_journal_tamper import day, start_problems, tamper
from test_store_support import make_receipt

from till import secrets
from till.settings import Settings, load_settings
from till.startup import prepare_store
from till.store import TillStore

STEP = 100  # VM instructions per progress call


@pytest.fixture
def settings(config: Path) -> Settings:
    return load_settings(config)


def counted_start(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> int:
    """The start-up (open, migrations check, journal check, start journaled), in VM steps."""
    calls = [0]

    def count() -> int:
        calls[0] += 1
        return 0  # 0: go on

    real_open = TillStore.open.__func__  # type: ignore[attr-defined]

    def counting_open(cls, *args, **kwargs):
        store = real_open(cls, *args, **kwargs)
        store._db.conn.set_progress_handler(count, STEP)
        return store

    with monkeypatch.context() as patch:
        patch.setattr(TillStore, "open", classmethod(counting_open))
        prepare_store(settings, demo=False).close()
    return calls[0] * STEP


def register_of_age(settings: Settings, receipts: int) -> None:
    """`receipts` sales checked at an earlier start, then one day of two sales since."""
    day(settings, range(1, receipts + 1))
    day(settings, range(receipts + 1, receipts + 2))  # this start checks the first day
    day(settings, range(receipts + 2, receipts + 4))  # the rows the measured start checks


def test_the_start_costs_the_same_on_an_old_register(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    register_of_age(settings, 20)
    young = counted_start(settings, monkeypatch)

    # The same register sixty times older: a database of its own, its anchor in the keyring
    # started anew (the anchor is the register's).
    settings.database.rename(tmp_path / "young.db")
    secrets.delete_secret(secrets._anchor_name("K1"))
    register_of_age(settings, 1200)
    old = counted_start(settings, monkeypatch)

    # A count(*) or a walk over the journal, the receipts or an index would make `old` many
    # times `young`; a few B-tree levels deeper is all an old register may cost.
    assert old < young * 1.25, (young, old)


def test_a_receipt_slipped_in_without_its_event_is_found_at_start(settings: Settings) -> None:
    day(settings, range(1, 4))
    day(settings, range(4, 5))
    conn = tamper(settings.database)
    receipt = make_receipt(5)
    conn.execute(
        "INSERT INTO receipts (register_id, sequence_number, receipt_type, created_at, sale_id,"
        " shop_name, shop_org_nr, shop_address, total, rounding, ctuid, control_code,"
        " request_id, line_count, vat_count, payment_count, stored_at, kind)"
        " VALUES ('K1', 5, 'normal', ?, 'x', 'a', 'b', 'c', ?, 0, 'T', 'C', 'r', 0, 0, 0, ?,"
        " 'sale')",
        (receipt.created_at.isoformat(), receipt.total, receipt.created_at.isoformat()),
    )
    conn.commit()
    problems = start_problems(settings)
    assert any("receipt K1 #5: no 'receipt' event" in p for p in problems), problems


def test_the_start_check_reads_the_newest_records_through_indexes(settings: Settings) -> None:
    """The lookups of the newest record's event search the journal_number index."""
    day(settings, range(1, 3))
    conn = sqlite3.connect(settings.database)
    plan = " | ".join(
        row[-1]
        for row in conn.execute(
            "EXPLAIN QUERY PLAN SELECT 1 FROM journal"
            " WHERE json_extract(data, '$.sequence_number') = 2"
            " AND json_extract(data, '$.sequence_number') IS NOT NULL"
            " AND kind = 'receipt' AND register_id = 'K1' LIMIT 1"
        )
    )
    assert "SEARCH journal USING INDEX" in plan, plan
