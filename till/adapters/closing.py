"""Ending a device client's tasks at quit, within a bound.

Python 3.11's `asyncio.wait_for` can swallow a cancellation that lands just as its inner future
completes (CPython gh-86296, fixed in 3.12): the task then runs on as if never cancelled. A
close that cancels once and awaits the task can so wait forever; this one cancels again while
a task runs and gives up at a deadline, so the till always quits.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Iterable

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


async def close_all(closes: Iterable[Awaitable[object]], *, within: float = CLOSE_WITHIN) -> int:
    """Run several closes side by side, for at most `within` seconds together: what has not
    ended by then is cancelled (cancel_and_wait, in the last tenth of the time). Sequential
    closes of one second each would add up; a failure of one does not stop the others.
    Returns how many were still running at the end (logged)."""
    tasks = [asyncio.ensure_future(close) for close in closes]
    if not tasks:
        return 0
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    try:
        await asyncio.wait(tasks, timeout=within * 0.9)
    finally:  # also when this close is itself cancelled: nothing is left behind
        left = await cancel_and_wait(tasks, within=max(deadline - loop.time(), 0.01))
    for task in tasks:
        if task.done() and not task.cancelled() and task.exception() is not None:
            log.warning("a close failed: %r", task.exception())
    return left
