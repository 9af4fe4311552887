"""The ten-year database's generator (till/benchmark/generate.py) on a few days, and the two
store hooks it writes through: a clock for past days and a batch of calls in one transaction."""

from __future__ import annotations

import itertools
import os
import stat
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from test_store_support import make_receipt

from till.benchmark.generate import CYCLE, generate, key_path, main, read_key, shop_tz
from till.store import TillStore
from till.store.database import StoreError
from till.store.journal_pages import day_bounds

DAYS = 3
RECEIPTS = 2 * CYCLE + 10  # two cycles of the plan: every kind of document and event
START = date(2024, 3, 30)  # the night of the 31st the clocks go forward


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("generated") / "till.db"
    seen: list[int] = []
    info = generate(
        path,
        years=1,
        receipts=RECEIPTS,
        seed=7,
        days=DAYS,
        start=START,
        progress=lambda i: seen.append(i.days),
    )
    store = TillStore.open(path, journal_key=read_key(path))
    yield info, store, seen
    store.close()


def q(store: TillStore, sql: str, *args: object) -> list[tuple]:
    return store.check_journal(lambda conn: conn.execute(sql, args).fetchall())


def one(store: TillStore, sql: str, *args: object) -> object:
    return q(store, sql, *args)[0][0]


def test_counts_are_what_it_reports(generated) -> None:
    info, store, seen = generated
    documents = one(store, "SELECT count(*) FROM receipts") + one(
        store, "SELECT count(*) FROM cash_invoices"
    )
    lines = one(store, "SELECT count(*) FROM receipt_lines") + one(
        store, "SELECT count(*) FROM cash_invoice_lines"
    )
    assert (info.receipts, info.days, info.z_reports) == (RECEIPTS, DAYS, DAYS)
    assert documents == info.receipts
    assert one(store, "SELECT count(*) FROM cash_invoices") == info.cash_invoices > 0
    assert lines == info.lines
    assert one(store, "SELECT count(*) FROM journal") == info.journal_rows
    assert one(store, "SELECT count(*) FROM z_reports") == info.z_reports
    assert 3.0 <= info.lines / info.receipts <= 5.0  # about four lines a receipt
    assert 6.0 <= info.journal_rows / info.receipts <= 8.5  # about seven journal rows
    assert seen == list(range(1, DAYS + 1))  # progress after each day
    assert info.seconds > 0 and info.rate > 0


def test_every_kind_of_document_and_event(generated) -> None:
    _, store, _ = generated
    types = {row for row in q(store, "SELECT DISTINCT receipt_type, kind FROM receipts")}
    assert types == {("normal", "sale"), ("normal", "return"), ("ovning", "sale"),
                     ("profo", "sale")}  # fmt: skip
    assert one(store, "SELECT count(*) FROM receipt_copies") > 0
    kinds = {row[0] for row in q(store, "SELECT DISTINCT kind FROM journal")}
    assert {
        "item_added", "item_removed", "quantity_changed", "discount_set", "return_started",
        "item_returned", "sale_finished", "receipt", "cash_invoice", "receipt_copy",
        "sale_voided", "drawer_opened", "manager_approved", "training_mode", "offline_mode",
        "z_report",
    } <= kinds  # fmt: skip
    voided = q(store, "SELECT data FROM journal WHERE kind = 'sale_voided' LIMIT 1")[0][0]
    assert '"total":' in voided and '"sale_id":' in voided and '"kind":"sale"' in voided
    assert one(
        store,
        "SELECT count(*) FROM journal WHERE kind = 'drawer_opened'"
        " AND json_extract(data, '$.without_sale') = 1",
    )
    lines = q(
        store,
        "SELECT sum(product_group IS NULL), sum(product_group IS NOT NULL), sum(sold_by_weight),"
        " sum(service), sum(discount > 0) FROM receipt_lines",
    )[0]
    assert all(n > 0 for n in lines)
    methods = {row[0] for row in q(store, "SELECT DISTINCT method FROM receipt_payments")}
    assert {"cash", "card"} <= methods
    assert one(store, "SELECT count(*) FROM receipts WHERE rounding <> 0") > 0
    assert one(store, "SELECT count(*) FROM open_sales") == 0  # every sale ended


def test_numbers_run_without_gaps(generated) -> None:
    _, store, _ = generated
    numbers = [r[0] for r in q(store, "SELECT sequence_number FROM receipts ORDER BY id")]
    assert numbers == list(range(1, len(numbers) + 1))
    invoices = [r[0] for r in q(store, "SELECT number FROM cash_invoices ORDER BY id")]
    assert invoices == list(range(1, len(invoices) + 1))


def test_one_z_report_a_day_and_the_periods_chain(generated) -> None:
    _, store, _ = generated
    rows = q(
        store,
        "SELECT number, created_at, first_journal_id, last_journal_id FROM z_reports"
        " ORDER BY number",
    )
    tz = shop_tz()
    assert [r[0] for r in rows] == list(range(1, DAYS + 1))
    days = [datetime.fromisoformat(r[1]).astimezone(tz).date() for r in rows]
    assert days == [START + timedelta(days=n) for n in range(DAYS)]
    assert rows[0][2] == 1
    for before, after in itertools.pairwise(rows):
        assert after[2] == before[3] + 1


def test_journal_and_documents_lie_on_their_days(generated) -> None:
    """The journal viewer pages by day: each generated day has its rows, nothing outside."""
    _, store, _ = generated
    tz = shop_tz()
    total = 0
    for n in range(DAYS):
        start, end = day_bounds(START + timedelta(days=n), tz)
        count = one(store, "SELECT count(*) FROM journal WHERE at >= ? AND at < ?", start, end)
        assert count > RECEIPTS // DAYS  # each day's receipts and their events
        total += count
    assert total == one(store, "SELECT count(*) FROM journal")
    # A document's created_at is on the day of its journal event.
    for number, created_at, at in q(
        store,
        "SELECT r.sequence_number, r.created_at, j.at FROM receipts r JOIN journal j"
        " ON j.kind = 'receipt' AND json_extract(j.data, '$.sequence_number') = r.sequence_number",
    ):
        made = datetime.fromisoformat(created_at).astimezone(tz)
        assert made.date() == datetime.fromisoformat(at).astimezone(tz).date(), number
        assert 8 <= made.hour < 22, number


def test_the_journal_verifies_with_the_saved_key(generated) -> None:
    info, store, _ = generated
    report = store.verify_journal()
    assert report.ok, report.problems[:5]
    assert report.rows_checked == info.journal_rows
    key_file = key_path(info.path)
    assert key_file == info.key_path
    assert len(read_key(info.path)) == 32 and key_file.read_text().strip() == info.journal_key
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600


def test_the_command_makes_a_database_and_refuses_an_existing_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "small.db"
    assert main(["--out", str(out), "--receipts", "12", "--days", "2", "--seed", "3"]) == 0
    assert "12 receipts" in capsys.readouterr().out
    store = TillStore.open(out, journal_key=read_key(out))
    try:
        assert store.verify_journal().ok
        assert store.last_z_report("K1").number == 2
    finally:
        store.close()
    with pytest.raises(FileExistsError):
        generate(out, years=1, receipts=12, seed=3, days=2)
    with pytest.raises(ValueError):
        generate(tmp_path / "other.db", years=1, receipts=1, seed=3, days=2)


# -- the store's hooks the generator writes through ---------------------------------------


def test_a_clock_stamps_the_journal_and_the_stored_receipt(tmp_path: Path) -> None:
    then = datetime(2019, 5, 6, 10, 11, 12, 345678, tzinfo=UTC)
    store = TillStore.open(tmp_path / "c.db", journal_key=b"k" * 32, clock=lambda: then)
    try:
        store.store_receipt(make_receipt(1))
        stamps = {r.at for r in store.journal_rows()}
        assert stamps == {"2019-05-06T10:11:12.345678+00:00"}
        assert one(store, "SELECT stored_at FROM receipts") == "2019-05-06T10:11:12.345678+00:00"
    finally:
        store.close()
    store = TillStore.open(tmp_path / "n.db", journal_key=b"k" * 32)  # the till: no clock
    try:
        store.journal("x", {}, register_id="K1")
        at = datetime.fromisoformat(store.journal_rows()[0].at)
        assert abs(at - datetime.now(UTC)) < timedelta(minutes=1)
    finally:
        store.close()


def test_a_batch_commits_together_and_a_failed_call_undoes_only_itself(tmp_path: Path) -> None:
    store = TillStore.open(tmp_path / "b.db", journal_key=b"k" * 32)
    try:
        with store.batch():
            store.store_receipt(make_receipt(1))
            good = make_receipt(2)
            bad = replace(good, lines=(replace(good.lines[0], quantity=0), *good.lines[1:]))
            with pytest.raises(StoreError):
                store.store_receipt(bad)  # its head is written, then a line's trigger refuses
            assert store.receipt("K1", 1) is not None  # reads see the batch's writes
            assert store.receipt("K1", 2) is None  # the refused call left nothing
            store.store_receipt(good)
        assert [r.sequence_number for r in store.receipts("K1")] == [1, 2]
        assert store.verify_journal().ok
        with pytest.raises(RuntimeError), store.batch():  # an error leaves the batch: undone
            store.store_receipt(make_receipt(3))
            raise RuntimeError("stop")
        assert store.receipt("K1", 3) is None
        assert store.verify_journal().ok
    finally:
        store.close()
