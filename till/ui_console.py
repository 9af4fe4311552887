"""The terminal's prompts on a console, for `till-admin terminal`: lines printed, questions
answered with y/n on standard input (checkout.ports.TerminalPrompts)."""

from __future__ import annotations

import asyncio
import sys

from till.checkout.ports import Audience, IdCheck, Progress, Question, TerminalLines


class ConsolePrompts:
    def show_lines(self, lines: TerminalLines) -> None:
        print(f"[terminal {lines.audience.value}] " + " / ".join(lines.lines), file=sys.stderr)

    def show_progress(self, progress: Progress) -> None:
        print(f"[terminal] {progress.value}", file=sys.stderr)

    async def ask(self, question: Question) -> bool:
        print("[terminal asks] " + " / ".join(question.lines), file=sys.stderr)
        within = question.answer_within
        print(f"Confirm within {within:.0f} s? [y/N] ", end="", file=sys.stderr, flush=True)
        answer = await asyncio.to_thread(sys.stdin.readline)
        return answer.strip().lower() in ("y", "yes", "j", "ja")

    def remind(self, question: Question) -> None:
        print("\a[terminal] still waiting for your answer", file=sys.stderr)

    async def check_customer_id(self, check: IdCheck) -> bool:
        print("[terminal] check the customer's ID", file=sys.stderr)
        return await self.ask(Question(check.lines, Audience.ATTENDANT, check.answer_within))
