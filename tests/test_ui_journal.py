"""The journal viewer: only with the manager PIN; rows by day and kind, each in full."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from ui_till_rig import (
    CTRL,
    WAIT,
    approve,
    cash_sale,
    closed,
    dialog,
    open_dialog,
    press,
)

from till.checkout.manager import MANAGER_PIN_WRONG
from till.ui.journal_viewer import JournalViewer, details, kind_label, summary
from till.ui.manager_dialog import ManagerPinDialog
from till.ui.texts import amount_text, say

pytestmark = pytest.mark.gui


def shown(viewer: JournalViewer, column: int) -> list[str]:
    model = viewer.table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_journal_viewer_lists_rows_and_filters_them_by_kind_and_day(qtbot, arun, rig):
    window = rig.window
    seen: dict[str, object] = {}

    async def manager() -> None:
        await cash_sale(qtbot, window, "11")
        await cash_sale(qtbot, window, "20")
        press(qtbot, window, Qt.Key.Key_J, CTRL)
        await approve(qtbot, window)
        viewer = await open_dialog(window, JournalViewer)
        seen["all ids"] = shown(viewer, 0)
        seen["kinds"] = [viewer.kind_combo.itemText(n) for n in range(viewer.kind_combo.count())]
        seen["newest selected"] = viewer.selected_row().id

        viewer.kind_combo.setFocus()
        # the combo's own type-ahead, on the kind's words
        qtbot.keyClicks(viewer.kind_combo, kind_label("receipt"))
        await viewer.wait_loaded()  # pages come from the store's worker
        seen["receipt kinds"] = shown(viewer, 2)
        seen["count"] = viewer.count_label.text()
        viewer.table.setFocus()
        qtbot.keyClick(viewer.table, Qt.Key.Key_Up)  # the older receipt
        seen["details"] = viewer.details.toPlainText()

        yesterday = viewer.day_edit.date().addDays(-1)
        viewer.day_edit.setDate(QDate(yesterday))
        await viewer.wait_loaded()
        seen["yesterday"] = shown(viewer, 0)
        qtbot.keyClick(viewer.all_days, Qt.Key.Key_Space)
        await viewer.wait_loaded()
        seen["all days"] = shown(viewer, 2)
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
        await closed(viewer)
        await window.wait_idle(WAIT)

    arun(manager(), timeout=40)

    rows = rig.store.journal_rows()
    ids = seen["all ids"]
    assert len(ids) >= 6 and ids == [str(r.id) for r in rows[: len(ids)]]
    assert seen["newest selected"] == int(ids[-1])
    kinds = seen["kinds"]
    assert kinds[0] == "All kinds" and kinds[1:] == sorted(kinds[1:])
    words = {kind_label(k) for k in ("receipt", "sale_finished", "manager_approved")}
    assert words <= set(kinds) and "sale_finished" not in kinds  # words, not stored names
    assert kind_label("sale_finished") == "Sale finished"
    assert seen["receipt kinds"] == [kind_label("receipt")] * 2
    assert seen["count"] == f"2 of {len(ids)} rows"
    details = seen["details"]
    assert f"{kind_label('receipt')} (receipt)" in details
    data = json.loads(details[details.index("{") :])
    assert data["sequence_number"] == 1
    assert data["total"] == amount_text(rows_total(rows, 1))  # kronor, not öre
    assert seen["yesterday"] == []
    assert seen["all days"] == [kind_label("receipt")] * 2
    approved = [r.data for r in rows if r.kind == "manager_approved"]
    assert approved[-1] == {"action": "journal viewer"}


def test_the_journal_viewer_needs_the_manager(qtbot, arun, rig):
    window = rig.window

    async def cashier() -> None:
        await cash_sale(qtbot, window, "11")
        press(qtbot, window, Qt.Key.Key_J, CTRL)
        await approve(qtbot, window)  # sets the PIN
        viewer = await open_dialog(window, JournalViewer)
        qtbot.keyClick(viewer, Qt.Key.Key_Escape)
        await closed(viewer)
        await window.wait_idle(WAIT)

        press(qtbot, window, Qt.Key.Key_J, CTRL)
        pin = await open_dialog(window, ManagerPinDialog)
        qtbot.keyClicks(pin.pin_edit, "9999")
        qtbot.keyClick(pin.pin_edit, Qt.Key.Key_Return)
        await window.wait_idle(WAIT)

    arun(cashier(), timeout=30)
    assert dialog(window, JournalViewer) is None
    assert window.banner_text == say(MANAGER_PIN_WRONG)
    refused = [r.data for r in rig.store.journal_rows() if r.kind == "manager_refused"]
    assert refused == [{"action": "journal viewer"}]


def rows_total(rows, sequence_number: int) -> int:
    [row] = [
        r for r in rows if r.kind == "receipt" and r.data["sequence_number"] == sequence_number
    ]
    return row.data["total"]


def test_a_row_summary_is_one_line_of_its_plain_values():
    data = {"sequence_number": 3, "total": -1900, "kind": "return", "lines": [{"a": 1}], "x": {}}
    total = amount_text(-1900)  # öre shown as kronor
    assert summary(data) == f"sequence_number=3, total={total}, kind=return, lines=…, x={{}}"
    long = summary({"reason": "z" * 500})
    assert len(long) == 140 and long.endswith("…")


def test_the_local_day_of_a_row_decides_its_day(qtbot):
    from datetime import UTC, datetime

    from till.store import JournalRow

    at = datetime(2026, 3, 1, 23, 30, tzinfo=UTC)
    rows = [JournalRow(1, at.isoformat(), "x_report", "K1", {}, "0" * 64, "1" * 64)]
    local_day = at.astimezone().date()
    viewer = JournalViewer(rows, today=local_day)
    qtbot.addWidget(viewer)
    assert shown(viewer, 0) == ["1"]
    viewer.day_edit.setDate(QDate(local_day + timedelta(days=1)))
    assert shown(viewer, 0) == []


def test_amounts_in_the_data_are_kronor_and_kinds_are_words():
    from till.store import JournalRow

    data = {"total": 11350, "payments": [{"tendered": 20000, "change": 8650}], "sequence_number": 7}
    row = JournalRow(7, "2026-03-01T10:00:00+00:00", "sale_finished", "K1", data, "h", "p")
    text = details(row)
    shown_data = json.loads(text[text.index("{") :])
    assert shown_data["total"] == amount_text(11350) == "113,50 kr"
    assert shown_data["payments"] == [{"tendered": "200,00 kr", "change": "86,50 kr"}]
    assert shown_data["sequence_number"] == 7  # not an amount
    assert "Sale finished (sale_finished)" in text
    assert "total=113,50 kr" in summary(data)
    assert kind_label("no_such_kind") == "no_such_kind"  # a kind not in the table: as stored
