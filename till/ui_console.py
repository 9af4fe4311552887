"""The terminal's prompts on a console, for `till-admin terminal`: lines printed, confirmations
answered with y/n on standard input."""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from till.protocols.lti import ConfirmationRequest, DisplayNotification


class ConsolePrompts:
    def show_display(self, notification: DisplayNotification) -> None:
        who = (notification.display_type or "display").lower()
        print(f"[terminal {who}] " + " / ".join(notification.lines), file=sys.stderr)

    def show_status(self, notification: Any) -> None:
        print(f"[terminal] {type(notification).__name__}", file=sys.stderr)

    async def confirm(self, request: ConfirmationRequest, answer_within: float) -> bool:
        print("[terminal asks] " + " / ".join(request.lines), file=sys.stderr)
        print(f"Confirm within {answer_within:.0f} s? [y/N] ", end="", file=sys.stderr, flush=True)
        answer = await asyncio.to_thread(sys.stdin.readline)
        return answer.strip().lower() in ("y", "yes", "j", "ja")

    def remind(self, request: ConfirmationRequest) -> None:
        print("\a[terminal] still waiting for your answer", file=sys.stderr)
