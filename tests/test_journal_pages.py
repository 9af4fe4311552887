"""The journal a page at a time (store/journal_pages.py) and the viewer that shows it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from till.store import TillStore
from till.store import journal as journal_mod
from till.store.journal_pages import PageQuery, day_bounds, page_sql

DAYS = [date(2026, 3, 1), date(2026, 3, 2), date(2026, 3, 3)]


def local(day: date, hour: int, minute: int = 0) -> str:
    """A local moment (this computer's zone) as the journal stores it: UTC text."""
    moment = datetime(day.year, day.month, day.day, hour, minute).astimezone()
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


# What the report sums read of a receipt event (store/report_sums.py): a bare training receipt.
TRAINING_RECEIPT = {
    "receipt_type": "ovning",
    "kind": "sale",
    "total": 100,
    "rounding": 0,
    "lines": [],
    "vat": [],
    "payments": [],
}


@pytest.fixture
def journal(store: TillStore, monkeypatch: pytest.MonkeyPatch) -> dict[date, list[int]]:
    """Rows over three local days, the first and last minutes of each day too; the ids of
    each day's rows. Every fifth row is a receipt numbered by its day and place."""
    ids: dict[date, list[int]] = {}
    times = [(0, 1), (9, 0), (12, 30), (17, 45), (23, 59)] * 2
    for day in DAYS:
        for n, (hour, minute) in enumerate(sorted(times)):
            monkeypatch.setattr(
                journal_mod, "utc_now", lambda d=day, h=hour, m=minute: local(d, h, m)
            )
            if n % 5 == 0:
                kind, data = "receipt", {**TRAINING_RECEIPT, "sequence_number": day.day * 100 + n}
            else:
                kind, data = "drawer_opened", {"n": n}
            store.journal(kind, data, register_id="K1")
            ids.setdefault(day, []).append(store.journal_page(PageQuery(limit=1)).last_id)
    return ids


def walk(store: TillStore, query: PageQuery) -> list[int]:
    """Every page of the query, newest first, as the viewer's "Older rows" asks for them."""
    seen: list[int] = []
    before = None
    while True:
        page = store.journal_page(PageQuery(query.day, query.kind, query.number, before, 3))
        assert len(page.rows) <= 3
        seen = [row.id for row in page.rows] + seen
        if not page.more:
            return seen
        before = page.rows[0].id


def test_a_day_shows_only_its_rows_newest_page_first(store, journal):
    for day in DAYS:
        page = store.journal_page(PageQuery(day=day))
        assert [row.id for row in page.rows] == journal[day]
        assert not page.more
    assert store.journal_page(PageQuery(day=date(2026, 3, 4))).rows == []
    small = store.journal_page(PageQuery(day=DAYS[1], limit=4))
    assert [row.id for row in small.rows] == journal[DAYS[1]][-4:] and small.more
    assert small.last_id == 30


def test_paging_returns_every_row_exactly_once(store, journal):
    for day in DAYS:
        assert walk(store, PageQuery(day=day)) == journal[day]
    assert walk(store, PageQuery()) == list(range(1, 31))


def test_kind_and_receipt_number_filters(store, journal):
    receipts = walk(store, PageQuery(kind="receipt"))
    assert receipts == [ids[n] for day in DAYS for n, ids in [(0, journal[day]), (5, journal[day])]]
    day_receipts = store.journal_page(PageQuery(day=DAYS[2], kind="receipt")).rows
    assert [r.data["sequence_number"] for r in day_receipts] == [300, 305]
    [found] = store.journal_page(PageQuery(number=205)).rows
    assert found.id == journal[DAYS[1]][5] and found.kind == "receipt"
    assert store.journal_page(PageQuery(number=205, day=DAYS[0])).rows == []
    assert store.journal_page(PageQuery(number=999)).rows == []
    assert store.journal_kinds() == ["drawer_opened", "receipt"]


@pytest.mark.parametrize(
    "query",
    [
        PageQuery(day=DAYS[0]),
        PageQuery(day=DAYS[0], before=25),
        PageQuery(day=DAYS[0], kind="receipt"),
        PageQuery(number=205),
        PageQuery(number=205, day=DAYS[0], kind="receipt"),
        PageQuery(kind="receipt"),
        PageQuery(),
    ],
)
def test_the_queries_use_an_index_not_a_scan(store, journal, query):
    with store._db.reading() as conn:
        sql, args = page_sql(query)
        plan = " | ".join(r[3] for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", args))
    assert plan.startswith("SEARCH") and "SCAN" not in plan, plan
    if query.day is not None or query.number is not None:  # not the ids back from the newest
        assert "journal_at" in plan or "journal_number" in plan, plan


def test_a_day_is_a_local_day():
    start, end = day_bounds(DAYS[0])
    assert datetime.fromisoformat(start).astimezone().replace(tzinfo=None) == datetime(2026, 3, 1)
    assert datetime.fromisoformat(end) - datetime.fromisoformat(start) <= timedelta(hours=25)
    assert start.endswith("+00:00") and len(start) == len(local(DAYS[0], 0))


@pytest.mark.gui
def test_the_viewer_shows_a_day_and_steps_between_days(qtbot, store, journal, monkeypatch):
    from till.ui import journal_viewer
    from till.ui.journal_viewer import JournalViewer, kind_label

    monkeypatch.setattr(journal_viewer, "PAGE_ROWS", 4)
    viewer = JournalViewer(store.journal_page, kinds=store.journal_kinds(), today=DAYS[1])
    qtbot.addWidget(viewer)

    def ids() -> list[int]:
        return [viewer.model.row_at(n).id for n in range(viewer.model.rowCount())]

    assert ids() == journal[DAYS[1]][-4:]  # today's newest page
    assert viewer.selected_row().id == journal[DAYS[1]][-1]
    assert viewer.older.isEnabled() and viewer.previous_day.height() >= 48
    qtbot.mouseClick(viewer.older, Qt.MouseButton.LeftButton)
    assert ids() == journal[DAYS[1]][-8:]
    assert viewer.selected_row().id == journal[DAYS[1]][-1]  # stays on the row it was on
    qtbot.mouseClick(viewer.older, Qt.MouseButton.LeftButton)
    assert ids() == journal[DAYS[1]] and not viewer.older.isEnabled()

    qtbot.mouseClick(viewer.previous_day, Qt.MouseButton.LeftButton)
    assert viewer.day() == DAYS[0] and ids() == journal[DAYS[0]][-4:]
    qtbot.mouseClick(viewer.next_day, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(viewer.next_day, Qt.MouseButton.LeftButton)
    assert viewer.day() == DAYS[2] and ids() == journal[DAYS[2]][-4:]

    viewer.kind_combo.setCurrentIndex(viewer.kind_combo.findText(kind_label("receipt")))
    assert ids() == [journal[DAYS[2]][0], journal[DAYS[2]][5]]
    qtbot.keyClicks(viewer.number_edit, "105")
    assert ids() == []  # receipt 105 is on the first day
    box = viewer.all_days  # on its box: the widget may be wider than its box and words
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert ids() == [journal[DAYS[0]][5]] and not viewer.previous_day.isEnabled()
    assert viewer.count_label.text() == "1 of 30 rows"


@pytest.mark.gui
def test_the_viewer_keeps_the_newest_answer_and_says_a_failed_one(qtbot, arun, store, journal):
    import asyncio

    from till.store.database import StoreError
    from till.ui.journal_viewer import JournalViewer
    from till.ui.texts import describe

    delays = {DAYS[1]: 0.2, DAYS[0]: 0.0}  # the first question is answered last
    failing = StoreError("the disk is gone")

    async def fetch(query: PageQuery):
        if query.day not in delays:
            raise failing
        await asyncio.sleep(delays[query.day])
        return store.journal_page(query)

    async def scenario() -> list[list[int]]:
        viewer = JournalViewer(fetch, kinds=[], today=DAYS[1])
        qtbot.addWidget(viewer)
        qtbot.mouseClick(viewer.previous_day, Qt.MouseButton.LeftButton)
        await viewer.wait_loaded()
        await asyncio.sleep(0.3)  # the late answer for the second day has come and gone
        first = [viewer.model.row_at(n).id for n in range(viewer.model.rowCount())]
        viewer.day_edit.setDate(viewer.day_edit.date().addDays(-1))  # no such day: fails
        await asyncio.sleep(0.05)
        return [first, [viewer.count_label.text() == describe(failing)]]

    first, [said] = arun(scenario())
    assert first == journal[DAYS[0]] and said
