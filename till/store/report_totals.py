"""A period's X and Z report sums from SQL aggregates: the cost follows what the report prints.

A period is journal rows after..upto of one register (day_reports.py). Its receipts are the
ones whose "receipt" event lies in it; a receipt and its event are written in one transaction
and numbers run without gaps, so they are one run of sequence numbers: the numbers of the
period's first and last receipt event bound it, and the rest is sums over the receipts, their
lines, VAT and payments through the (register_id, sequence_number) key. Cash invoices the same
way. Copies, voided sales and drawer openings are journal events only, few, read through the
kind index. Nothing here loads a document or parses more than a handful of events.

`core.report.period_totals` is the definition (sums over the documents themselves); this must
agree with it to the öre, and tests/test_report_totals.py holds it to that.
"""

from __future__ import annotations

import sqlite3

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import PaymentMethod, ReceiptType
from till.core.report import UNGROUPED, MethodTotal, PeriodTotals
from till.core.sale import ONE, SaleKind
from till.core.vat import VAT_RATES, VatSection
from till.store import report_sums
from till.store.database import StoreError
from till.store.sale_documents import CASH_INVOICES, RECEIPTS, Series

PERIOD_RECORDS_MISSING = Message(
    "period_records_missing",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The journal of this period names {events} {what}, but the database holds {stored}; the "
        "report cannot be made. Run the journal check (till-admin journal verify) and call for "
        "service.",
    ),
)
WHAT_RECEIPTS = Message("period_what_receipts", QT_TRANSLATE_NOOP("Errors", "receipts"))
WHAT_INVOICES = Message("period_what_invoices", QT_TRANSLATE_NOOP("Errors", "cash invoices"))
WHAT_COPIES = Message("period_what_copies", QT_TRANSLATE_NOOP("Errors", "receipt copies"))

# Drawer openings the checkout journals as part of a sale; all others are "without a sale".
SALE_DRAWER_REASONS = ("cash sale", "cash refund")

# The period's events of one kind. INDEXED BY: the kind index holds the rowid, so the id range
# is a range of that index; left to itself the planner may walk every row of the period.
_EVENTS = (
    "FROM journal INDEXED BY journal_kind WHERE kind = ? AND id > ? AND id <= ? AND register_id = ?"
)


def period_totals(
    conn: sqlite3.Connection, register_id: str, after: int, upto: int
) -> PeriodTotals:
    """The sums of journal rows after..upto of `register_id`, as core.report.period_totals
    makes them from the documents: from the running sums (report_sums.py) when they cover the
    period, else summed here."""
    if report_sums.covered(conn, register_id, after):
        return report_sums.period_totals(conn, register_id, after, upto)
    return summed(conn, register_id, after, upto)


def summed(conn: sqlite3.Connection, register_id: str, after: int, upto: int) -> PeriodTotals:
    """The sums of journal rows after..upto of `register_id`, summed over the documents in
    SQL. Raises StoreError if an event's record is missing."""
    period = (after, upto, register_id)
    receipts = _number_run(conn, RECEIPTS, "receipt", period, WHAT_RECEIPTS)
    invoices = _number_run(conn, CASH_INVOICES, "cash_invoice", period, WHAT_INVOICES)

    counts: dict[tuple[str, str], tuple[int, int, int]] = {}
    for receipt_type, kind, count, total, rounding in conn.execute(
        "SELECT receipt_type, kind, count(*), coalesce(sum(total), 0), coalesce(sum(rounding), 0)"
        f" {_in_run(RECEIPTS)} GROUP BY receipt_type, kind",
        receipts,
    ):
        counts[(receipt_type, kind)] = (count, total, rounding)

    def of(receipt_type: ReceiptType, kind: SaleKind | None = None) -> tuple[int, int, int]:
        rows = [v for (t, k), v in counts.items() if t == receipt_type and kind in (None, k)]
        return (sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows))

    normal = of(ReceiptType.NORMAL)
    sales = of(ReceiptType.NORMAL, SaleKind.SALE)
    returns = of(ReceiptType.NORMAL, SaleKind.RETURN)
    training = of(ReceiptType.TRAINING)
    pro_forma = of(ReceiptType.PRO_FORMA)
    goods, services, discounts, groups = _sale_lines(conn, receipts)
    copy_count, copy_amount = _copies(conn, period)
    unfinished_count, unfinished_amount = _voided(conn, period)
    invoice_count, invoice_amount = conn.execute(
        f"SELECT count(*), coalesce(sum(total), 0) {_in_run(CASH_INVOICES)}", invoices
    ).fetchone()
    return PeriodTotals(
        total_sales=sales[1],
        vat=_vat(conn, receipts),
        goods_sold=goods,
        services_sold=services,
        receipt_count=normal[0],
        drawer_openings_without_sale=_drawer_openings(conn, period),
        copy_count=copy_count,
        copy_amount=copy_amount,
        training_count=training[0],
        training_amount=training[1],
        pro_forma_count=pro_forma[0],
        pro_forma_amount=pro_forma[1],
        payment_methods=_methods(conn, RECEIPTS, receipts, normal_only=True),
        return_count=returns[0],
        return_amount=-returns[1],
        discounts=discounts,
        unfinished_count=unfinished_count,
        unfinished_amount=unfinished_amount,
        cash_rounding=normal[2],
        cash_invoice_count=invoice_count,
        cash_invoice_amount=invoice_amount,
        cash_invoice_payment_methods=_methods(conn, CASH_INVOICES, invoices, normal_only=False),
        sales_per_group=groups,
    )


def _number_run(
    conn: sqlite3.Connection,
    series: Series,
    event: str,
    period: tuple[int, int, str],
    what: Message,
) -> tuple[str, int, int]:
    """(register_id, first, last) of the series' numbers whose events lie in the period;
    (register_id, 1, 0), an empty run, when none do."""
    after, upto, register_id = period
    (events,) = conn.execute(f"SELECT count(*) {_EVENTS}", (event, *period)).fetchone()
    if not events:
        return (register_id, 1, 0)
    number = "json_extract(data, '$.sequence_number')"
    (first,) = conn.execute(
        f"SELECT {number} {_EVENTS} ORDER BY id LIMIT 1", (event, *period)
    ).fetchone()
    (last,) = conn.execute(
        f"SELECT {number} {_EVENTS} ORDER BY id DESC LIMIT 1", (event, *period)
    ).fetchone()
    run = (register_id, first, last)
    (stored,) = conn.execute(f"SELECT count(*) {_in_run(series)}", run).fetchone()
    if stored != events or last - first + 1 != events:
        raise StoreError(
            PERIOD_RECORDS_MISSING,
            events=events,
            what=what,
            stored=stored,
            detail=f"journal rows {after + 1}-{upto}: {series.head} {first}-{last}",
        )
    return run


def _in_run(series: Series, child: str = "") -> str:
    """FROM and WHERE of a run of the series' numbers, (register_id, first, last), as head
    rows `r`; with `child` (e.g. "receipt_vat v"), joined to that table's rows of each."""
    tables = f"{series.head} r"
    joined = ""
    if child:
        tables += f", {child}"
        joined = f" AND {child.split()[1]}.{series.fk} = r.id"
    return f"FROM {tables} WHERE r.register_id = ? AND r.{series.number} BETWEEN ? AND ?{joined}"


def _vat(conn: sqlite3.Connection, run: tuple[str, int, int]) -> tuple[VatSection, ...]:
    sums = {rate: (0, 0) for rate in VAT_RATES}
    for rate, gross, vat in conn.execute(
        "SELECT v.rate, sum(v.gross), sum(v.vat)"
        f" {_in_run(RECEIPTS, 'receipt_vat v')} AND r.receipt_type = 'normal' GROUP BY v.rate",
        run,
    ):
        if rate not in sums:
            raise ValueError(f"VAT rate {rate} on a stored receipt")
        sums[rate] = (gross, vat)
    return tuple(VatSection(rate, *sums[rate]) for rate in VAT_RATES)


def _methods(
    conn: sqlite3.Connection, series: Series, run: tuple[str, int, int], *, normal_only: bool
) -> tuple[MethodTotal, ...]:
    amounts = dict.fromkeys(PaymentMethod, 0)
    only = " AND r.receipt_type = 'normal'" if normal_only else ""
    for method, amount in conn.execute(
        f"SELECT p.method, sum(p.amount) {_in_run(series, f'{series.payments} p')}{only}"
        " GROUP BY p.method",
        run,
    ):
        amounts[PaymentMethod(method)] += amount
    return tuple(MethodTotal(method, amount) for method, amount in amounts.items())


def _sale_lines(
    conn: sqlite3.Connection, run: tuple[str, int, int]
) -> tuple[int, int, int, tuple[tuple[str, int], ...]]:
    """Goods and services sold (a weighed line is one article; pieces by their number, floored
    as core.report does), line discounts and sales per main group, over normal sales."""
    # SQLite's / and % truncate toward zero; Python's // floors: floor it the long way.
    floored = f"(l.quantity - ((l.quantity % {ONE}) + {ONE}) % {ONE}) / {ONE}"
    units = f"CASE WHEN l.sold_by_weight THEN 1 ELSE {floored} END"
    goods = services = discounts = 0
    per_group: dict[str | None, int] = {}
    for service, group, count, discount, amount in conn.execute(
        f"SELECT l.service, l.product_group, sum({units}), sum(l.discount), sum(l.amount)"
        f" {_in_run(RECEIPTS, 'receipt_lines l')} AND r.receipt_type = 'normal'"
        " AND r.kind = 'sale' GROUP BY l.service, l.product_group",
        run,
    ):
        if service:
            services += count
        else:
            goods += count
        discounts += discount
        per_group[group] = per_group.get(group, 0) + amount
    return goods, services, discounts, _groups(per_group)


def _groups(per_group: dict[str | None, int]) -> tuple[tuple[str, int], ...]:
    """As core.report._per_group: nothing when no line had a group; else by name, the lines
    of no group (or an empty one) under UNGROUPED, last."""
    if all(group is None for group in per_group):
        return ()
    amounts: dict[str, int] = {}
    for group, amount in per_group.items():
        name = group or UNGROUPED
        amounts[name] = amounts.get(name, 0) + amount
    return tuple(sorted(amounts.items(), key=lambda item: (item[0] == UNGROUPED, item[0])))


def _copies(conn: sqlite3.Connection, period: tuple[int, int, str]) -> tuple[int, int]:
    """Copies made in the period, and the totals of the receipts they copy."""
    events, stored, amount = conn.execute(
        "SELECT count(*), count(c.receipt_id), coalesce(sum(r.total), 0)"
        " FROM journal j INDEXED BY journal_kind"
        " LEFT JOIN receipts r ON r.register_id = json_extract(j.data, '$.register_id')"
        " AND r.sequence_number = json_extract(j.data, '$.sequence_number')"
        " LEFT JOIN receipt_copies c ON c.receipt_id = r.id"
        " WHERE j.kind = ? AND j.id > ? AND j.id <= ? AND j.register_id = ?",
        ("receipt_copy", *period),
    ).fetchone()
    if stored != events:
        raise StoreError(
            PERIOD_RECORDS_MISSING,
            events=events,
            what=WHAT_COPIES,
            stored=stored,
            detail=f"journal rows {period[0] + 1}-{period[1]}",
        )
    return events, amount


def _voided(conn: sqlite3.Connection, period: tuple[int, int, str]) -> tuple[int, int]:
    """Voided real sales (report point 19): not a cancelled return, not a training sale."""
    return conn.execute(
        "SELECT count(*), coalesce(sum(json_extract(data, '$.total')), 0)"
        f" {_EVENTS} AND coalesce(json_extract(data, '$.kind'), 'sale') = 'sale'"
        " AND NOT coalesce(json_extract(data, '$.training'), 0)",
        ("sale_voided", *period),
    ).fetchone()


def _drawer_openings(conn: sqlite3.Connection, period: tuple[int, int, str]) -> int:
    """Openings without a sale: flagged so, or (older rows) for a reason that is not a sale's."""
    reasons = ", ".join(f"'{r}'" for r in SALE_DRAWER_REASONS)
    (count,) = conn.execute(
        f"SELECT count(*) {_EVENTS} AND CASE json_type(data, '$.without_sale')"
        " WHEN 'true' THEN 1 WHEN 'false' THEN 0"
        f" ELSE coalesce(json_extract(data, '$.reason'), '') NOT IN ({reasons}) END",
        ("drawer_opened", *period),
    ).fetchone()
    return count
