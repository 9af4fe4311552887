"""Await a dialog without a nested event loop.

`QDialog.exec()` inside a coroutine would start a second Qt event loop under the qasync one,
which qasync cannot re-enter: the coroutine's own awaits would stall. So a dialog is opened with
`open()` (window-modal, returns at once) and the coroutine awaits a future that the dialog's
`finished` signal resolves.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from PySide6.QtWidgets import QDialog

from till.ui.tasks import current_loop


class AnswersDialog(Protocol):
    def answer(self) -> Any: ...


async def ask(dialog: QDialog) -> Any:
    """Open `dialog`, wait until it closes. Returns `dialog.answer()` if it was accepted and has
    one, True if accepted without one, None if rejected (Esc, close button)."""
    future: asyncio.Future[int] = current_loop().create_future()

    def finished(result: int) -> None:
        if not future.done():
            future.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        result = await future
    except asyncio.CancelledError:
        dialog.reject()
        raise
    finally:
        dialog.finished.disconnect(finished)
    if result != QDialog.DialogCode.Accepted:
        return None
    answer = getattr(dialog, "answer", None)
    return answer() if callable(answer) else True
