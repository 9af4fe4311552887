"""python -m till.benchmark: one table of the till's figures, each beside its floor.

Sections (each a module of this package with `figures(fast, workdir) -> list[Figure]`):
  start    cold start to the first painted sale screen vs a bare PySide6 window on qasync
  sales    pay key to stored receipt vs one loopback HTTP round trip plus one durable commit;
           the event loop's longest stall in a card payment vs a bare qasync window's
  reports  X and Z report vs SQL aggregates over the same rows, on a generated database
  journal  journal verify vs a plain re-hash of the chain; the incremental check at start
  memory   peak memory vs a bare window; after 10,000 sales vs after 1,000

`--fast` runs every section small (CI checks that the table is produced, not the speed).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
import time
from pathlib import Path

from till.benchmark.table import Figure, markdown

SECTIONS = ("start", "sales", "reports", "journal", "memory")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m till.benchmark", description=__doc__)
    parser.add_argument("--fast", action="store_true", help="small sizes: the table, not speed")
    parser.add_argument(
        "--only", default=",".join(SECTIONS), help=f"comma-separated sections of {SECTIONS}"
    )
    parser.add_argument(
        "--db",
        type=Path,
        help="a generated database (python -m "
        "till.benchmark.generate) for the reports and journal sections",
    )
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown sections {unknown}; choose from {SECTIONS}")
    figures: list[Figure] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="till-bench-") as tmp:
        for name in chosen:
            workdir = Path(tmp) / name
            workdir.mkdir()
            module = importlib.import_module(f"till.benchmark.{name}")
            t = time.perf_counter()
            got = module.figures(fast=args.fast, workdir=workdir, db=args.db)
            print(f"[{name}: {time.perf_counter() - t:.1f} s]", file=sys.stderr, flush=True)
            figures += got
    print(markdown(figures))
    print(
        f"\n({time.perf_counter() - started:.0f} s in all; python -m till.benchmark "
        f"{' '.join(argv if argv is not None else sys.argv[1:])})"
    )
    missed = [f.what for f in figures if f.met is False]
    print("every target met" if not missed else f"targets NOT met: {'; '.join(missed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
