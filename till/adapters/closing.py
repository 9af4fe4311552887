"""Ending a device client's tasks at quit, within a bound.

Python 3.11's `asyncio.wait_for` can swallow a cancellation that lands just as its inner future
completes (CPython gh-86296, fixed in 3.12): the task then runs on as if never cancelled. A
close that cancels once and awaits the task can so wait forever; this one cancels again while
a task runs and gives up at a deadline, so the till always quits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable

log = logging.getLogger(__name__)

CLOSE_WITHIN = 1.0  # seconds: what closing one client may take at most
_AGAIN = 0.05  # seconds between cancellations of a task that is still running


async def cancel_and_wait(tasks: Iterable[asyncio.Task], *, within: float = CLOSE_WITHIN) -> int:
    """Cancel `tasks` and wait until each has ended, cancelling again any that runs on, for at
    most `within` seconds. Returns how many were still running at the deadline (logged)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    pending = {task for task in tasks if not task.done()}
    while pending:
        for task in pending:
            task.cancel()
        left = deadline - loop.time()
        if left <= 0:
            break
        _done, pending = await asyncio.wait(pending, timeout=min(left, _AGAIN))
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            log.debug("task %s ended with %r at close", task.get_name(), task.exception())
    if pending:
        log.warning("%d task(s) still running %.1f s after close", len(pending), within)
    return len(pending)
