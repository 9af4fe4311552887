"""The benchmark's `sales` section (issue 12): its rows come out, each with its floor.

Speed is not checked here (CI machines are busy); the section's fast mode must produce every
row with samples and a floor, measured in the same run.
"""

from __future__ import annotations

import time
from pathlib import Path

from till.benchmark import sales, sales_window
from till.benchmark.table import markdown


def test_fast_section_gives_every_row_its_figure_and_floor(tmp_path: Path) -> None:
    started = time.perf_counter()
    figures = sales.figures(fast=True, workdir=tmp_path, db=None)
    took = time.perf_counter() - started

    whats = [f.what for f in figures]
    assert any(w.startswith("cash sale: pay key to stored receipt") for w in whats)
    for phase in ("start (F11", "displays at", "finish (approval"):
        assert any(phase in w for w in whats), phase
    assert any(w.startswith("LTI codec") for w in whats)
    for figure in figures:
        assert figure.samples and figure.floor, figure.what
        assert all(v > 0 for v in figure.samples), (figure.what, figure.samples)
        assert all(v > 0 for v in figure.floor), (figure.what, figure.floor)
        assert figure.ratio is not None
    # Interleaved: as many floor samples as figure samples.
    assert all(len(f.samples) == len(f.floor) for f in figures)
    table = markdown(figures)
    assert table.startswith("| figure |")
    assert table.count("\n| ") == len(figures)  # one row each below the header
    assert took < 30, f"the fast section took {took:.1f} s"


def test_a_stall_counts_in_the_phase_in_which_the_loop_got_back() -> None:
    watch = sales_window.StallWatch()
    # Wake-ups at 1.0, 1.1, 1.2, 1.3 s, late by 1, 30, 2 and 5 ms, using 1, 3, 1, 4 ms CPU.
    watch.ends = [1.0, 1.1, 1.2, 1.3]
    watch.gaps = [0.001, 0.030, 0.002, 0.005]
    watch.cpu = [0.001, 0.003, 0.001, 0.004]
    phases = watch.phases(0.95, 1.15, 1.25, 1.35)
    assert round(phases["start"], 3) == 30.0  # ended at 1.1, within (0.95, 1.15]
    assert round(phases["flood"], 3) == 2.0
    assert round(phases["finish"], 3) == 5.0
    assert round(phases["start_cpu"], 3) == 3.0
    # A phase shorter than a tick gets the stall it fell inside, not nothing.
    assert round(watch.worst(1.01, 1.02), 3) == 30.0


def test_the_floor_commit_is_durable_and_the_size_asked(tmp_path: Path) -> None:
    table = sales.DurableTable(tmp_path / "floor.db", 1234)
    try:
        table.commit()
        table.commit()
        mode = table.conn.execute("PRAGMA journal_mode").fetchone()[0]
        sync = table.conn.execute("PRAGMA synchronous").fetchone()[0]
        sizes = [n for (n,) in table.conn.execute("SELECT length(data) FROM floor")]
    finally:
        table.close()
    assert (mode, sync) == ("wal", 2)  # 2 = FULL
    assert sizes == [1234, 1234]


def test_the_cart_does_not_repaint_when_a_dialog_takes_the_focus(qtbot) -> None:
    """The fix the card payment's start and finish stalls led to (till.ui.cart_model): the
    cart's viewport swallows (de)activation, which would repaint it whole, only while its
    colours are the same active and inactive."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QTableView

    from till.ui.cart_model import CartModel, same_when_inactive

    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(CartModel())
    keeper = same_when_inactive(view)
    viewport = view.viewport()
    deactivate = QEvent(QEvent.Type.WindowDeactivate)
    assert keeper.eventFilter(viewport, deactivate) is True
    assert keeper.eventFilter(viewport, QEvent(QEvent.Type.WindowActivate)) is True
    assert keeper.eventFilter(viewport, QEvent(QEvent.Type.Paint)) is False
    # A style whose inactive selection differs must still see the window change.
    palette = viewport.palette()
    palette.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#999"))
    viewport.setPalette(palette)
    assert keeper.eventFilter(viewport, deactivate) is False
