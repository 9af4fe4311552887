"""Work that waits for the window's first paint: the start shows the sale screen first and then
does what the screen does not need in order to show (app.py: the devices; the cashier window:
its payment dialogs, built ahead of the first customer)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    """Child of the window: with it go its event filter and timers."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], None] | None = work

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self._window
        ):
            # Queued: it runs once this paint, of the whole window, is done.
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        work()


def when_painted(window: QWidget, work: Callable[[], None], *, fallback_ms: int = 2000) -> None:
    """Run `work` once, just after the first paint of `window` (any widget in it), or after
    `fallback_ms` without one (a window never shown, or minimized). Never once the window is
    gone: the timers and the filter go with it."""
    watcher = _FirstPaint(window, work)
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(watcher)
    QTimer.singleShot(fallback_ms, watcher, watcher.fire)
