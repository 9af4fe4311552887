"""The reports section: X and Z report sums against SQL aggregates over the same rows.

On a generated database (generate.py; `--db` for the ten-year one): the last day's period (the
rows its Z report closed) and a month's (thirty days' rows, as if no Z report was taken in
between). The figure is the store's own path, `day_reports.day_report` (the running sums of
report_sums.py and the DayReport made of them); the floor is the least SQL that sums the
same rows: the period's receipts, their lines, VAT and payments, and its events of the kinds a
report counts, with the receipt numbers given. The old way, every document read back (the
reference the tests hold the sums to), is shown for one day beside it.
"""

from __future__ import annotations

import time
from datetime import datetime
from functools import partial
from pathlib import Path

from till.benchmark.table import Figure

DAY_RECEIPTS = 1_370  # the ten-year database's: 5 million receipts over 3,650 days


def figures(fast: bool, workdir: Path, db: Path | None) -> list[Figure]:
    from till.benchmark.generate import generate, read_key
    from till.store import TillStore

    if db is None:
        db = workdir / "reports.db"
        days = 3 if fast else 31
        per_day = 60 if fast else DAY_RECEIPTS
        generate(db, years=1, receipts=days * per_day, seed=1, days=days)
    store = TillStore.open(db, journal_key=read_key(db))
    try:
        return _measure(store, repeats=3 if fast else 15)
    finally:
        store.close()


def _measure(store, repeats: int) -> list[Figure]:
    from till.core.report import ReportHead, ReportKind, build_report
    from till.store import day_reports

    conn = store._db.conn  # one connection, read only here
    register_id = conn.execute(
        "SELECT register_id FROM z_reports ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    z = conn.execute(
        "SELECT first_journal_id, last_journal_id FROM z_reports WHERE register_id = ?"
        " ORDER BY number DESC LIMIT 30",
        (register_id,),
    ).fetchall()
    shop = day_reports.last_z(conn, register_id)
    assert shop is not None
    record = shop.content["shop"]
    from till.core.receipt import ShopIdentity

    identity = ShopIdentity(record["name"], record["org_nr"], record["address"], register_id)

    def head(first: int, last: int) -> ReportHead:
        return ReportHead(
            shop=identity,
            produced_at=datetime.now().astimezone(),
            kind=ReportKind.X,
            z_number=None,
            first_journal_id=first,
            last_journal_id=last,
            change_fund=0,
        )

    day, month = (z[0][0], z[0][1]), (z[-1][0], z[0][1])
    out = []
    for (first, last), label, limit in (
        (day, "one day", None),
        (month, f"{len(z)} days without a Z report", 200.0),
    ):
        period = head(first, last)
        run = _receipt_run(conn, register_id, first, last)
        count = run[2] - run[1] + 1
        figure = Figure(
            what=f"X/Z report, {label} ({count:,} receipts)",
            floor_what="SQL sums over the same rows",
            unit="ms",
            max_ratio=2.0,
            max_value=limit,
        )
        for _ in range(repeats):
            figure.floor.append(_ms(partial(_floor, conn, run, first, last)))
            figure.samples.append(_ms(partial(day_reports.day_report, conn, period)))
        if label == "one day":
            old = Figure(
                what=f"X/Z report, one day, every document read back (before; {count:,} receipts)",
                floor_what="SQL sums over the same rows",
                unit="ms",
                note="the old way, kept as the reference the tests hold the sums to",
            )
            for _ in range(max(2, repeats // 5)):
                old.floor.append(_ms(partial(_floor, conn, run, first, last)))
                old.samples.append(
                    _ms(lambda p=period: build_report(day_reports.report_input(conn, p)))
                )
            fast = day_reports.day_report(conn, period)
            slow = build_report(day_reports.report_input(conn, period))
            if fast != slow:  # the benchmark's own check, as the tests make it
                raise AssertionError("the report from SQL sums differs from the documents'")
        out.append(figure)
        if label == "one day":
            out.append(old)
    return out


def _ms(work) -> float:
    start = time.perf_counter()
    work()
    return (time.perf_counter() - start) * 1000


def _receipt_run(conn, register_id: str, first: int, last: int) -> tuple[str, int, int]:
    number = "json_extract(data, '$.sequence_number')"
    where = "kind = 'receipt' AND id BETWEEN ? AND ? AND register_id = ?"
    low = conn.execute(
        f"SELECT {number} FROM journal WHERE {where} ORDER BY id LIMIT 1",
        (first, last, register_id),
    ).fetchone()
    high = conn.execute(
        f"SELECT {number} FROM journal WHERE {where} ORDER BY id DESC LIMIT 1",
        (first, last, register_id),
    ).fetchone()
    return (register_id, low[0], high[0])


def _floor(conn, run: tuple[str, int, int], first: int, last: int) -> None:
    """The least SQL that sums the period: documents, their children, the counted events."""
    receipts = "FROM receipts r WHERE r.register_id = ? AND r.sequence_number BETWEEN ? AND ?"
    conn.execute(
        f"SELECT receipt_type, kind, count(*), sum(total), sum(rounding) {receipts}"
        " GROUP BY receipt_type, kind",
        run,
    ).fetchall()
    for child, columns in (
        ("receipt_lines", "sum(c.amount), sum(c.discount), sum(c.quantity)"),
        ("receipt_vat", "sum(c.gross), sum(c.vat)"),
        ("receipt_payments", "sum(c.amount)"),
    ):
        conn.execute(
            f"SELECT {columns} {receipts.replace('r WHERE', f'r, {child} c WHERE')}"
            " AND c.receipt_id = r.id",
            run,
        ).fetchall()
    conn.execute(
        "SELECT kind, count(*) FROM journal WHERE id BETWEEN ? AND ? AND register_id = ?"
        " AND kind IN ('receipt_copy', 'sale_voided', 'drawer_opened', 'cash_invoice')"
        " GROUP BY kind",
        (first, last, run[0]),
    ).fetchall()
