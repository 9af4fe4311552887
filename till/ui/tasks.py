"""Tasks the screen starts: kept alive until done, their failures reported, never lost.

asyncio holds only a weak reference to a task, so a task nobody keeps may be collected mid-way
(Electrum keeps every task in a set for the same reason). A failure that nobody awaits would be
logged at garbage collection, long after the cashier pressed the key; here it goes straight to
the window's error callback.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)

ErrorCallback = Callable[[BaseException], None]


def current_loop() -> asyncio.AbstractEventLoop:
    """The running loop, or the thread's loop when called from a Qt slot between loop runs."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


class TaskKeeper:
    def __init__(self, on_error: ErrorCallback) -> None:
        self._on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], *, name: str = "") -> asyncio.Task[Any]:
        task = current_loop().create_task(coro, name=name or None)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            try:
                self._on_error(error)
            except Exception:  # the error path itself must never take the loop down
                log.exception("error callback failed for task %s", task.get_name())

    @property
    def pending(self) -> int:
        return len(self._tasks)

    def running(self) -> list[asyncio.Task[Any]]:
        """The tasks not done yet (the till's close cancels and awaits them, app.py)."""
        return [task for task in self._tasks if not task.done()]

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def wait_idle(self, timeout: float = 5.0) -> None:
        """Until every task started so far (and any they start) is done; for shutdown and tests."""
        async with asyncio.timeout(timeout):
            while self._tasks:
                await asyncio.wait(list(self._tasks))
