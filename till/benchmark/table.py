"""The benchmark's one table: each figure beside its floor, measured in the same run.

A floor is the least the same work can cost on this machine (a bare window, one loopback round
trip and one durable commit, a plain SQL aggregate, a plain re-hash). Figure and floor are
measured interleaved, repetition by repetition, so a busy moment of the machine lands on both.
The ratio is median over median; the target is the ratio (or the absolute figure) an issue sets.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(slots=True)
class Figure:
    what: str  # the till's work, e.g. "cold start to the first painted sale screen"
    floor_what: str  # the floor's, e.g. "bare PySide6 window on qasync"
    unit: str  # "ms", "MB", "s"
    samples: list[float] = field(default_factory=list)
    floor: list[float] = field(default_factory=list)
    max_ratio: float | None = None  # the target: median / floor median at most this
    max_value: float | None = None  # or: the median at most this, in `unit`
    note: str = ""  # printed under the table, e.g. what the figure left out

    @property
    def ratio(self) -> float | None:
        if not self.samples or not self.floor or median(self.floor) <= 0:
            return None
        return median(self.samples) / median(self.floor)

    @property
    def met(self) -> bool | None:
        """None when the figure has no target."""
        checks = []
        if self.max_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.max_ratio)
        if self.max_value is not None and self.samples:
            checks.append(median(self.samples) <= self.max_value)
        return all(checks) if checks else None

    def target(self) -> str:
        parts = []
        if self.max_ratio is not None:
            parts.append(f"≤ {self.max_ratio:g}x")
        if self.max_value is not None:
            parts.append(f"≤ {self.max_value:g} {self.unit}")
        return ", ".join(parts) or "-"


def median(values: list[float]) -> float:
    return statistics.median(values)


def p99(values: list[float]) -> float:
    """The 99th percentile, by linear interpolation; with one sample, that sample."""
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[-1]


def interleaved(
    work: Callable[[], float], floor: Callable[[], float], repeats: int, figure: Figure
) -> Figure:
    """Run the floor and the work by turns, `repeats` times each; each returns one sample."""
    for _ in range(repeats):
        figure.floor.append(floor())
        figure.samples.append(work())
    return figure


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


HEADER = ("figure", "median", "p99", "floor", "floor median", "floor p99", "ratio", "target", "")


def rows(figures: list[Figure]) -> list[tuple[str, ...]]:
    out = []
    for f in figures:
        have, base = bool(f.samples), bool(f.floor)
        ratio = f.ratio
        met = f.met
        out.append(
            (
                f.what,
                f"{_number(median(f.samples))} {f.unit}" if have else "-",
                f"{_number(p99(f.samples))} {f.unit}" if have else "-",
                f.floor_what,
                f"{_number(median(f.floor))} {f.unit}" if base else "-",
                f"{_number(p99(f.floor))} {f.unit}" if base else "-",
                f"{ratio:.2f}x" if ratio is not None else "-",
                f.target(),
                {True: "met", False: "NOT met", None: ""}[met],
            )
        )
    return out


def markdown(figures: list[Figure]) -> str:
    """The table as Markdown, for the terminal and the README alike."""
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(row) + " |" for row in rows(figures)]
    notes = [f"- {f.what}: {f.note}" for f in figures if f.note]
    return "\n".join(lines + (["", *notes] if notes else []))
