"""What the card terminal wants shown, kept apart for the attendant and the cardholder.

A set of lines (checkout.ports.TerminalLines) may ask to stay up for `hold` seconds. A set that
arrives while the current one is held waits in a queue; a queued set without a minimum time is
replaced by the next one behind it, since it would be visible for no time at all. That keeps a
terminal that sends hundreds of notifications a second from queueing work for the screen: the
board only remembers line sets, and the dialog reads the current ones when it repaints.

Pure Python with an injectable clock, so the timing rules are tested without Qt or sleeping.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from till.checkout.ports import Audience

log = logging.getLogger(__name__)

Lines = tuple[str, ...]

# A terminal holding every set for seconds while sending many would otherwise grow the queue
# without end; beyond this the oldest waiting sets are dropped (the newest is what matters).
MAX_QUEUED = 32


class Screen(StrEnum):
    ATTENDANT = "ATTENDANT"
    CARDHOLDER = "CARDHOLDER"


def screens_for(audience: Audience) -> tuple[Screen, ...]:
    """Which screens show lines for `audience`: both, when the terminal did not say."""
    if audience is Audience.ATTENDANT:
        return (Screen.ATTENDANT,)
    if audience is Audience.CUSTOMER:
        return (Screen.CARDHOLDER,)
    return (Screen.ATTENDANT, Screen.CARDHOLDER)


@dataclass(slots=True)
class _Area:
    lines: Lines = ()
    held_until: float = float("-inf")
    queue: deque[tuple[Lines, float]] = field(default_factory=deque)
    dropped: int = 0


class DisplayBoard:
    """The current line sets of both screens, each kept at least its minimum display time."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, max_queued: int = MAX_QUEUED
    ) -> None:
        self._clock = clock
        self._max_queued = max(max_queued, 1)
        self._areas = {screen: _Area() for screen in Screen}
        self.version = 0  # grows whenever a visible line set changes: the dialog repaints then

    def show(
        self,
        audience: Audience,
        lines: Sequence[str],
        min_display_time: float | None = None,
    ) -> bool:
        """Take one set of lines. True if what is visible changed at once."""
        hold = max(float(min_display_time or 0), 0.0)
        entry = (tuple(lines), hold)
        for screen in screens_for(audience):
            area = self._areas[screen]
            queue = area.queue
            if queue and queue[-1][1] == 0:
                queue[-1] = entry  # the waiting set would be replaced the moment it showed
            else:
                queue.append(entry)
            while len(queue) > self._max_queued:
                queue.popleft()
                area.dropped += 1
                if area.dropped == 1:
                    log.warning("terminal display %s: too many held line sets, dropping", screen)
        return self.tick()

    def tick(self) -> bool:
        """Bring up every queued set whose turn has come. True if what is visible changed."""
        now = self._clock()
        changed = False
        for area in self._areas.values():
            while area.queue and now >= area.held_until:
                lines, hold = area.queue.popleft()
                if lines != area.lines:
                    changed = True
                area.lines = lines
                area.held_until = now + hold
        if changed:
            self.version += 1
        return changed

    def lines(self, screen: Screen) -> Lines:
        return self._areas[screen].lines

    def text(self, screen: Screen) -> str:
        return "\n".join(self._areas[screen].lines)

    def next_change_in(self) -> float | None:
        """Seconds until a queued set may replace a held one; None when nothing waits."""
        waits = [area.held_until for area in self._areas.values() if area.queue]
        if not waits:
            return None
        return max(min(waits) - self._clock(), 0.0)

    def queued(self, screen: Screen) -> int:
        return len(self._areas[screen].queue)

    def clear(self) -> None:
        for screen in Screen:
            self._areas[screen] = _Area()
        self.version += 1
