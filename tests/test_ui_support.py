"""Shortcut table, task keeper, and the qasync loop living next to plain asyncio.run()."""

from __future__ import annotations

import asyncio
import gc

import pytest
from PySide6.QtCore import QKeyCombination, Qt

from till.core.errors import TillError
from till.ui.shortcuts import SHORTCUTS, Scope, shortcut_for_key, shortcut_table_markdown
from till.ui.tasks import TaskKeeper


def test_every_key_is_bound_once():
    keys = [s.key for s in SHORTCUTS]
    actions = [s.action for s in SHORTCUTS]
    assert len(set(keys)) == len(keys) and len(set(actions)) == len(actions)


def test_the_only_reprints_are_marked_copies():
    # A receipt gets one copy, marked KOPIA (checkout refuses a second); a Z report's reprint
    # is marked KOPIA too. print_originals prints only an original that never came off the
    # printer, once (the store refuses one marked printed). No other key prints anything again.
    assert {s.action for s in SHORTCUTS if "print" in s.action} == {
        "print_copy",
        "reprint_z",
        "print_originals",
    }


def test_the_readme_table_lists_every_key():
    table = shortcut_table_markdown()
    assert table.startswith("| Key | What it does |")
    for name in ("Enter", "F2", "F4", "F6", "Delete", "F9", "F10", "F12", "F1", "Esc", "↑", "↓"):
        assert f"| {name} |" in table, name


def test_keypad_enter_adds_the_item():
    combination = QKeyCombination(Qt.KeyboardModifier.KeypadModifier, Qt.Key.Key_Enter)
    shortcut = shortcut_for_key(combination, Scope.ENTRY)
    assert shortcut is not None and shortcut.action == "add_item"
    f12 = QKeyCombination(Qt.KeyboardModifier.NoModifier, Qt.Key.Key_F12)
    assert shortcut_for_key(f12, Scope.WINDOW).action == "pay_cash"
    assert shortcut_for_key(f12, Scope.ENTRY) is None


def test_the_window_has_a_handler_for_every_action(qtbot):
    from till.ui import cashier_window

    source = cashier_window.__loader__.get_source(cashier_window.__name__)
    for shortcut in SHORTCUTS:
        assert f'"{shortcut.action}":' in source, shortcut.action


def test_task_keeper_holds_tasks_and_reports_failures(arun):
    errors: list[BaseException] = []
    keeper = TaskKeeper(errors.append)

    async def fails() -> None:
        await asyncio.sleep(0.01)
        raise TillError("boom")

    async def works() -> int:
        await asyncio.sleep(0.01)
        return 1

    async def main() -> None:
        keeper.start(fails())
        keeper.start(works())
        gc.collect()  # nobody else holds the tasks
        assert keeper.pending == 2
        await keeper.wait_idle()

    arun(main())
    assert [str(e) for e in errors] == ["boom"] and keeper.pending == 0


def test_task_keeper_starts_tasks_from_outside_the_running_loop(arun):
    # Qt slots run between loop iterations in tests: the keeper uses the thread's loop.
    done: list[int] = []
    keeper = TaskKeeper(lambda e: None)

    async def work() -> None:
        done.append(1)

    keeper.start(work())
    arun(keeper.wait_idle())
    assert done == [1]


def test_plain_asyncio_run_still_works_next_to_the_qasync_loop(arun, qloop):
    assert arun(asyncio.sleep(0, result=7)) == 7

    async def which_loop() -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    other = asyncio.run(which_loop())
    assert other is not qloop
    asyncio.set_event_loop(qloop)  # asyncio.run() unset it; the fixture's teardown expects it
    assert arun(which_loop()) is qloop


@pytest.mark.parametrize("step", [1, 2])
def test_asyncio_run_after_a_gui_test(step):
    # Runs after the tests above in the same session: no loop policy was left behind.
    assert asyncio.run(asyncio.sleep(0, result=step)) == step
