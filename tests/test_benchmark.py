"""`python -m till.benchmark --fast` (issue 12): the table comes out, one row a figure, each with
its floor; speed is not checked here. The start and sales sections have tests of their own
(test_benchmark_start.py, test_benchmark_sales.py); this runs the command itself over the
others, and checks the table's arithmetic against figures worked out by hand."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from till.benchmark.table import Figure, markdown, p99


def test_the_fast_command_prints_every_row_with_its_floor(tmp_path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "till.benchmark", "--fast", "--only", "reports,journal,memory"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    header, body = rows[0], rows[1:]
    assert header.startswith("| figure | median | p99 | floor |")
    wanted = (
        "X/Z report, one day",
        "every document read back",
        "days without a Z report",
        "journal verify without the record compare",
        "journal verify, full",
        "journal check at start, a day's rows",
        "journal check at start, the last 100 rows",
        "journal viewer opens on the last day",
        "journal verify's peak Python memory",
        "peak RSS after 20 sales",
        "peak RSS of the till's window",
    )
    for what in wanted:
        row = next((r for r in body if what in r), None)
        assert row is not None, (what, body)
        cells = [c.strip() for c in row.strip("|").split("|")]
        # median, p99, floor median and floor p99 are numbers with a unit; the ratio is one.
        for cell in (cells[1], cells[2], cells[4], cells[5]):
            assert cell != "-" and float(cell.split()[0].replace(",", "")) > 0, (what, cell)
        assert cells[6].endswith("x"), (what, cells[6])
    assert len(body) == len(wanted)
    assert "every target met" in done.stdout or "targets NOT met" in done.stdout


def test_ratio_target_and_percentile_are_worked_out_as_stated() -> None:
    figure = Figure(
        "work", "floor", "ms", samples=[10, 30, 20, 40], floor=[5, 15, 10], max_ratio=2.0
    )
    assert figure.ratio == pytest.approx(25 / 10)  # median over median
    assert figure.met is False  # 2.5x > 2x
    assert p99([1.0, 2.0, 3.0, 101.0]) == pytest.approx(101.0 - 0.03 * 98.0)  # interpolated
    assert p99([7.0]) == 7.0
    slow = Figure("slow", "floor", "ms", samples=[250], floor=[100], max_ratio=3, max_value=200)
    assert slow.met is False  # the ratio is within, the value is not
    assert Figure("none", "floor", "MB", samples=[1], floor=[1]).met is None
    table = markdown([figure, slow])
    assert "| work | 25.0 ms | " in table and "| 2.50x | ≤ 2x | NOT met |" in table
    assert "| ≤ 3x, ≤ 200 ms | NOT met |" in table
