"""python -m till.benchmark.generate: years of a register's sales, through the store's own code.

    python -m till.benchmark.generate --out /tmp/ten-years.db [--years 10] [--receipts 5000000]
        [--seed 1] [--register K1] [--days N]

The database is opened with `TillStore.open` (every migration, every trigger on) and written
only through TillStore's own calls, as the checkout makes them (generate_register.py): each
change to the sale journaled with the checkout's kind and data (item_added, item_removed,
quantity_changed, discount_set; return_started, item_returned), then the receipt stored
(sale_finished, receipt and, with cash, drawer_opened). Among the sales: returns against recent
receipts paid back in cash or to the card, training receipts (training mode on and off), pro
forma receipts followed by their sale's receipt, cash invoices in short offline-mode spells, a
copy of some receipts, voided sales, drawer openings without a sale, each approval a manager
gives journaled. About four lines and seven journal rows a receipt: lines with and without a
product group, weighed goods, services, an open price; card, Klarna and cash with rounding. Two
cashiers (users) take turns by the day, so every row names who did it. Every day ends with its
Z report made as checkout/day_reports.py take_z_report makes it.

Left out, to keep ten years makeable: the open-sale snapshot rewritten at each change (gone once
the receipt is stored), the control unit's write-ahead (control_code_requested/received), the
original_printed marks, card payment rows (the store takes a card line without them, as for
training), sign-ins. The documents, their lines and the journal the reports read are the real.

Time: the store is opened with a clock (TillStore.open(clock=...)) walking each day from 08:00
to 21:30 shop time (Europe/Stockholm): every journal row's `at`, and every document's
created_at and stored_at, lie on the day they belong to (the journal viewer pages by day).

Speed, during generation only: PRAGMA synchronous=OFF and a 256 MB page cache (a crash while
generating loses the file: make it again); synchronous=FULL is back before the file is closed.
The calls of BATCH sale slots commit together (TillStore.batch: each call a savepoint with all
its checks and triggers), not one by one. About 1,000 receipts a second on this machine.

The journal key is random, written next to the database as PATH.key (hex, mode 0600), so the
benchmark can reopen it: TillStore.open(PATH, journal_key=read_key(PATH)).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path

from till.benchmark.generate_register import (
    CYCLE,
    OPENS,
    Clock,
    GeneratedInfo,
    Progress,
    Register,
)
from till.store import TillStore

__all__ = ["CYCLE", "GeneratedInfo", "generate", "key_path", "main", "read_key", "shop_tz"]

START = date(2016, 1, 4)  # a Monday; the days run on from here
CACHE_KIB = 256 * 1024


def key_path(path: Path) -> Path:
    return path.with_name(path.name + ".key")


def read_key(path: Path) -> bytes:
    """The journal key a generated database at `path` was signed with."""
    return bytes.fromhex(key_path(path).read_text().strip())


def shop_tz() -> tzinfo:
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo("Europe/Stockholm")
    except Exception:  # no tz database (some Windows Pythons): Swedish winter time
        from datetime import timezone

        return timezone(timedelta(hours=1))


def generate(
    path: Path,
    *,
    years: int,
    receipts: int,
    seed: int,
    register_id: str = "K1",
    progress: Progress | None = None,
    days: int | None = None,
    start: date = START,
) -> GeneratedInfo:
    """Make a new database at `path`: `receipts` sale documents over `days` (default: 365 a
    year) days, a Z report closing each day. Refuses a path that exists."""
    path = Path(path)
    days = 365 * years if days is None else days
    if days < 1 or receipts < days:
        raise ValueError("at least one day, and a receipt a day (each day has its Z report)")
    if path.exists():
        raise FileExistsError(f"{path} exists: the generator makes a new database")
    key = os.urandom(32)
    _write_key(key_path(path), key)
    info = GeneratedInfo(path, key_path(path), key.hex())
    started = time.perf_counter()
    tz = shop_tz()
    clock = Clock(datetime.combine(start, datetime.min.time(), tz) + timedelta(seconds=OPENS))
    store = TillStore.open(path, journal_key=key, clock=clock)
    try:
        _fast_writes(store, on=True)
        gen = Register(store, clock, random.Random(seed), register_id, info)
        gen.setup()
        for day_index in range(days):
            day = start + timedelta(days=day_index)
            quota = (day_index + 1) * receipts // days - day_index * receipts // days
            gen.day(datetime.combine(day, datetime.min.time(), tz), quota)
            info.days += 1
            info.seconds = time.perf_counter() - started
            if progress is not None:
                progress(info)
        info.journal_rows = store.last_journal_id()
        _fast_writes(store, on=False)
    finally:
        store.close()
    info.seconds = time.perf_counter() - started
    return info


def _write_key(target: Path, key: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
    os.chmod(target, 0o600)  # an older file keeps its mode through O_CREAT


def _fast_writes(store: TillStore, *, on: bool) -> None:
    """No fsync and a large cache while generating; the till's durable setting after."""
    conn = store._db.conn  # the generator's own tuning of the one connection; not the till's
    if on:
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    else:
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _printer(receipts: int, every: float = 10.0) -> Progress:
    """Progress to stderr every `every` seconds, with the time still to go at this rate."""
    last = [0.0]

    def show(info: GeneratedInfo) -> None:
        now = time.perf_counter()
        if now - last[0] < every:
            return
        last[0] = now
        left = (receipts - info.receipts) / info.rate if info.rate else 0.0
        print(
            f"day {info.days:,}: {info.receipts:,} of {receipts:,} receipts,"
            f" {info.rate:,.0f}/s, {info.seconds / 60:,.1f} min, {left / 60:,.0f} min to go",
            file=sys.stderr,
            flush=True,
        )

    return show


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m till.benchmark.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--out", type=Path, required=True, help="the new database file")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--receipts", type=int, default=5_000_000)
    parser.add_argument("--days", type=int, help="this many days instead of 365 a year")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--register", default="K1")
    args = parser.parse_args(argv)
    info = generate(
        args.out,
        years=args.years,
        receipts=args.receipts,
        seed=args.seed,
        register_id=args.register,
        days=args.days,
        progress=_printer(args.receipts),
    )
    print(
        f"{info.path}: {info.days:,} days, {info.receipts:,} receipts ({info.cash_invoices:,}"
        f" cash invoices), {info.lines:,} lines, {info.journal_rows:,} journal rows,"
        f" {info.z_reports:,} Z reports in {info.seconds:,.0f} s ({info.rate:,.0f} receipts/s);"
        f" journal key in {info.key_path}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
