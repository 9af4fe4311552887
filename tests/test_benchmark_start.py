"""Issue 12 item 5: the start benchmark's rows, and what the start leaves until the sale screen
is painted (the devices, the payment dialogs) really waits for that paint and no longer."""

from __future__ import annotations

import asyncio
from types import SimpleNamespace

from PySide6.QtWidgets import QMainWindow, QWidget

from till.app import TillSession
from till.benchmark import start
from till.settings import EXAMPLE, load_settings
from till.startup import start_devices_now, start_or_later
from till.ui.first_paint import when_painted


def test_the_start_section_gives_both_byte_code_rows_with_their_floors(tmp_path):
    figures = start.figures(fast=True, workdir=tmp_path, db=None)
    assert [f.what.rsplit(", ", 1)[1] for f in figures] == [
        "with byte-code (__pycache__ warm)",
        "without byte-code",
    ]
    for figure in figures:
        assert len(figure.samples) == len(figure.floor) == 2
        assert all(s > 0 for s in figure.samples + figure.floor)
        assert figure.max_ratio == 1.5 and figure.ratio is not None
        assert "bare PySide6 window on qasync" in figure.floor_what


def test_work_waits_for_the_first_paint(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    calls = []
    when_painted(window, lambda: calls.append(window.isVisible()), fallback_ms=60_000)
    qtbot.wait(50)
    assert calls == []  # not shown: nothing painted, nothing run
    window.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5000)
    window.update()
    qtbot.wait(50)
    assert calls == [True]  # once


def test_a_window_never_painted_gets_its_work_after_the_fallback_and_a_gone_one_never(qtbot):
    hidden, gone = QWidget(), QWidget()
    qtbot.addWidget(hidden)
    calls = []
    when_painted(hidden, lambda: calls.append("hidden"), fallback_ms=50)
    when_painted(gone, lambda: calls.append("gone"), fallback_ms=50)
    gone.deleteLater()
    qtbot.waitUntil(lambda: calls == ["hidden"], timeout=5000)
    qtbot.wait(150)
    assert calls == ["hidden"]


def test_device_starts_wait_on_the_list_and_run_once(arun):
    started = []

    async def spooler_start() -> None:
        await asyncio.sleep(0)
        started.append("printer")

    later: list = []
    arun(start_or_later(spooler_start, later))
    assert started == [] and later == [spooler_start]  # put off, not started

    session = SimpleNamespace(device_starts=[*later, lambda: started.append("terminal")])
    arun(start_devices_now(session))
    arun(start_devices_now(session))
    assert started == ["printer", "terminal"]

    arun(start_or_later(spooler_start, None))  # till-admin, tests: at once
    assert started[-1] == "printer" and len(started) == 3


def test_the_till_starts_its_devices_and_builds_its_payment_dialogs_after_the_first_paint(
    qtbot, arun, rig, tmp_path
):
    path = tmp_path / "till.toml"
    path.write_text(EXAMPLE, encoding="utf-8")
    started = []

    async def show():
        session = TillSession(load_settings(path), rig.store, rig.checkout)
        session.watcher.cancel()  # the rig's checkout has its own
        session.device_starts = [lambda: started.append("terminal")]
        window = session.show_window()
        qtbot.addWidget(window)
        # Shown, not yet painted: the start has not waited for any of it.
        assert started == [] and window._cash_dialog is None
        return window

    window = arun(show())
    try:
        qtbot.waitUntil(lambda: started == ["terminal"], timeout=5000)
        qtbot.waitUntil(lambda: window._cash_dialog is not None, timeout=5000)
    finally:
        window.tasks.cancel_all()
