"""X and Z reports from the running sums (core/report_sums.py, store/report_sums.py) against
their definition: the same report made by reading back every document of the period
(core.report.build_report over TillStore.report_input). Seeded random days with every kind of
registration, on two registers, across Z reports; a journal from before the sums; and the sums'
cost: index searches only, never a scan."""

from __future__ import annotations

import contextlib
import random
import sqlite3
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from test_store_support import (
    STOCKHOLM_SUMMER,
    drop_guards,
    make_copy,
    raw,
    return_of,
    sale_document,
    shop,
)

from till.core.receipt import Payment, PaymentMethod, Receipt, ReceiptType
from till.core.report import (
    ReportKind,
    build_report,
    grand_totals_after,
    report_from,
    report_record,
)
from till.core.report_sums import COUNTED_KINDS
from till.core.sale import ONE, Product, Sale, settle_cash
from till.store import StoreError, TillStore, report_sums
from till.store.day_reports import report_head

NOW = datetime(2024, 6, 1, 22, 0, tzinfo=STOCKHOLM_SUMMER)

GOODS = (
    Product("11", "Mjölk", 2150, 12, group="Mejeri"),
    Product("12", "Ost", 8990, 12, group="Mejeri"),
    Product("1", "Bananer", 2490, 12, sold_by_weight=True, group="Frukt"),
    Product("30", "Tygkasse", 1900, 25),  # no group: "Övrigt"
    Product("40", "Presentinslagning", 2500, 25, service=True, group="Tjänster"),
    Product("20", "Dagstidning", 3500, 6, group=""),  # an empty group counts as none
)


class Day:
    """Rings up random registrations on one register the way the checkout stores them."""

    def __init__(self, store: TillStore, rng: random.Random, register_id: str) -> None:
        self.store, self.rng, self.register_id = store, rng, register_id
        self.normal_sales: list[Receipt] = []

    def sale(self) -> Sale:
        sale = Sale()
        for _ in range(self.rng.randint(1, 5)):
            product = self.rng.choice(GOODS)
            quantity = (
                self.rng.randint(1, 2500)
                if product.sold_by_weight
                else ONE * self.rng.randint(1, 4)
            )
            line = sale.add(product, quantity)
            if self.rng.random() < 0.2:
                sale.set_discount(line.line_no, min(line.amount, self.rng.randint(1, 500)))
        return sale

    def number(self, series: str = "receipt") -> int:
        if series == "invoice":
            return len(list(self.store.cash_invoices(self.register_id))) + 1
        return self.store.next_sequence_number(self.register_id)

    def receipt(self, sale: Sale, receipt_type: ReceiptType, number: int) -> Receipt:
        receipt = sale_document(
            sale, number, register_id=self.register_id, receipt_type=receipt_type
        )
        if self.rng.random() < 0.5 and sale.total > 0:  # cash, with rounding
            cash = settle_cash(sale.total, (sale.total // 10000 + 1) * 10000)
            pay = Payment(PaymentMethod.CASH, cash.due, cash.tendered, cash.change)
            receipt = replace(receipt, rounding=cash.rounding, payments=(pay,))
        elif self.rng.random() < 0.2 and receipt_type is not ReceiptType.CASH_INVOICE:
            half = receipt.total // 2
            receipt = replace(
                receipt,
                payments=(
                    Payment(PaymentMethod.KLARNA, half),
                    Payment(PaymentMethod.CARD, receipt.total - half),
                ),
            )
        return receipt

    def step(self) -> None:
        roll = self.rng.random()
        store, register_id = self.store, self.register_id
        if roll < 0.45:
            receipt = self.receipt(self.sale(), ReceiptType.NORMAL, self.number())
            cash = receipt.payments[0].method is PaymentMethod.CASH
            store.store_receipt(receipt, drawer_reason="cash sale" if cash else "")
            self.normal_sales.append(receipt)
        elif roll < 0.55 and self.normal_sales:
            original = self.rng.choice(self.normal_sales)
            try:
                back = self.receipt(
                    return_of(original, [(0, original.lines[0].quantity)]),
                    ReceiptType.NORMAL,
                    self.number(),
                )
                store.store_receipt(back)
            except StoreError:
                pass  # already taken back: the store refuses, as it should
        elif roll < 0.62:
            kind = self.rng.choice((ReceiptType.TRAINING, ReceiptType.PRO_FORMA))
            receipt = self.receipt(self.sale(), kind, self.number())
            store.store_receipt(receipt, keep_open_sale=kind is ReceiptType.PRO_FORMA)
        elif roll < 0.68 and self.normal_sales:
            with contextlib.suppress(StoreError):  # at most one copy
                store.store_copy(make_copy(self.rng.choice(self.normal_sales)))
        elif roll < 0.74:
            invoice = self.receipt(self.sale(), ReceiptType.CASH_INVOICE, self.number("invoice"))
            store.store_cash_invoice(invoice)
        elif roll < 0.84:
            sale = self.sale()
            store.save_open_sale(sale, register_id=register_id, kind="item_added", data={})
            training = self.rng.random() < 0.3
            store.void_open_sale(sale, register_id=register_id, reason="gone", training=training)
        elif roll < 0.92:
            data = self.rng.choice(
                (
                    {"reason": "change", "without_sale": True},
                    {"reason": "cash sale"},  # older rows: told by their reason
                    {"reason": "cash refund"},
                    {"reason": "float"},
                    {"reason": "cash refund", "without_sale": False},
                )
            )
            store.journal("drawer_opened", data, register_id=register_id)
        else:
            store.journal("item_added", {"code": "11"}, register_id=register_id)


def both_ways(store: TillStore, register_id: str, kind: ReportKind) -> tuple:
    """The report from the running sums (what the till prints), and from every document read
    back (the definition)."""
    args = dict(kind=kind, produced_at=NOW, change_fund=50_000)
    fast = store.day_report(shop(register_id), **args)
    slow = build_report(store.report_input(shop(register_id), **args))
    with store._db.reading() as conn:
        head = report_head(conn, shop(register_id), z_number=fast.z_number, **args)
        after, upto = head.first_journal_id - 1, head.last_journal_id
        assert report_sums.covered(conn, register_id, after)  # the sums made `fast`
        assert report_from(head, report_sums.period_totals(conn, register_id, after, upto)) == fast
    return fast, slow


@pytest.mark.parametrize("seed", range(6))
def test_reports_from_aggregates_equal_reports_from_every_document(
    store: TillStore, seed: int
) -> None:
    rng = random.Random(seed)
    days = {r: Day(store, rng, r) for r in ("K1", "K2")}
    for _ in range(4):  # four periods, each closed by a Z report on K1
        for _ in range(rng.randint(0, 40)):
            days[rng.choice(("K1", "K1", "K2"))].step()
        fast, slow = both_ways(store, "K1", ReportKind.X)
        assert fast == slow
        fast, slow = both_ways(store, "K2", ReportKind.X)
        assert fast == slow
        fast, slow = both_ways(store, "K1", ReportKind.Z)
        assert fast == slow
        # Nothing registered on K1 this period: no Z report, as the checkout says.
        with contextlib.suppress(StoreError):
            store.store_z_report(
                "K1",
                fast.z_number,
                fast.produced_at,
                fast.first_journal_id,
                fast.last_journal_id,
                grand_totals_after(fast),
                report_record(fast),
            )
    # The runs touched every figure at least once across the seeds' periods.
    assert fast.grand_totals.sales > 0


def test_every_kind_of_figure_is_summed(store: TillStore) -> None:
    """One seed, checked for breadth: the days above do make every figure non-zero."""
    rng = random.Random(42)
    day = Day(store, rng, "K1")
    for _ in range(400):
        day.step()
    fast, slow = both_ways(store, "K1", ReportKind.X)
    assert fast == slow
    for figure in (
        "total_sales", "goods_sold", "services_sold", "receipt_count", "copy_count",
        "training_count", "pro_forma_count", "return_count", "discounts", "unfinished_count",
        "cash_rounding", "cash_invoice_count", "drawer_openings_without_sale",
    ):  # fmt: skip
        assert getattr(fast, figure), figure
    assert {name for name, _ in fast.sales_per_group} == {"Frukt", "Mejeri", "Tjänster", "Övrigt"}
    assert all(t.amount for t in fast.payment_methods)


def test_an_empty_period_sums_to_zero(store: TillStore) -> None:
    fast, slow = both_ways(store, "K1", ReportKind.X)
    assert fast == slow and fast.receipt_count == 0 and fast.sales_per_group == ()


def test_a_receipt_gone_from_the_database_stops_the_report(store: TillStore, db_path: Path) -> None:
    day = Day(store, random.Random(7), "K1")
    while len(day.normal_sales) < 3:
        day.step()
    conn = raw(db_path)
    drop_guards(conn)
    victim = day.normal_sales[1].sequence_number
    (row_id,) = conn.execute(
        "SELECT id FROM receipts WHERE register_id = 'K1' AND sequence_number = ?", (victim,)
    ).fetchone()
    for table in ("receipt_lines", "receipt_vat", "receipt_payments", "receipt_copies"):
        key = "receipt_id"
        conn.execute(f"DELETE FROM {table} WHERE {key} = ?", (row_id,))
    conn.execute("DELETE FROM receipts WHERE id = ?", (row_id,))
    conn.commit()
    # The running sums are the journal's: the report still says what was registered (the
    # journal check at start and `journal verify` are what find the record gone).
    report = store.day_report(shop(), kind=ReportKind.X, produced_at=NOW, change_fund=0)
    assert report.receipt_count >= 3
    # A period from before the sums is read back from its documents: the gone one stops it.
    conn.execute("DELETE FROM report_sums")
    conn.commit()
    with pytest.raises(StoreError) as info:
        store.day_report(shop(), kind=ReportKind.X, produced_at=NOW, change_fund=0)
    assert info.value.code == "store_inconsistent"


def _plan(conn: sqlite3.Connection, sql: str, params: tuple) -> str:
    return " | ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", params))


def test_the_sums_search_indexes_and_never_scan_a_table(store: TillStore, db_path: Path) -> None:
    """A report costs two rows whatever the period: the sums after its end and before its
    start, each an index SEARCH (register, journal id); and so is asking whether the sums
    cover the period."""
    day = Day(store, random.Random(3), "K1")
    for _ in range(50):
        day.step()
    conn = raw(db_path)
    kinds = COUNTED_KINDS
    plans = [
        _plan(conn, report_sums._LATEST, ("K1", 10)),
        _plan(conn, "SELECT min(journal_id) FROM report_sums WHERE register_id = ?", ("K1",)),
        _plan(
            conn,
            f"SELECT 1 FROM journal INDEXED BY journal_kind WHERE kind IN"
            f" ({','.join('?' * len(kinds))}) AND id > ? AND id < ? AND register_id = ? LIMIT 1",
            (*kinds, 0, 10, "K1"),
        ),
    ]
    for plan in plans:
        assert "SCAN" not in plan.replace("SCAN CONSTANT ROW", ""), plan
        assert "SEARCH" in plan, plan
    # And the sums on this small database give the repository's report.
    head = report_head(
        conn, shop(), kind=ReportKind.X, produced_at=NOW, change_fund=0, z_number=None
    )
    totals = report_sums.period_totals(conn, "K1", 0, head.last_journal_id)
    assert (
        totals.receipt_count
        == store.day_report(shop(), kind=ReportKind.X, produced_at=NOW, change_fund=0).receipt_count
    )


def test_a_journal_from_before_the_running_sums_is_summed_from_its_documents(
    store: TillStore, db_path: Path
) -> None:
    """A register upgraded to schema V15 has no sums for its older events: the period that
    reaches back before them is summed over the documents; the next period from the sums."""
    rng = random.Random(5)
    day = Day(store, rng, "K1")
    for _ in range(60):
        day.step()
    conn = raw(db_path)
    drop_guards(conn)
    (middle,) = conn.execute("SELECT max(id) / 2 FROM journal").fetchone()
    conn.execute("DELETE FROM report_sums WHERE journal_id <= ?", (middle,))  # as if upgraded
    conn.commit()
    with store._db.reading() as read:
        assert not report_sums.covered(read, "K1", 0)
    fast, slow = both_ways_uncovered(store)
    assert fast == slow and fast.receipt_count
    store.store_z_report(
        "K1",
        1,
        fast.produced_at,
        fast.first_journal_id,
        fast.last_journal_id,
        grand_totals_after(fast),
        report_record(fast),
    )
    for _ in range(40):
        day.step()
    fast, slow = both_ways(store, "K1", ReportKind.X)  # asserts the period is covered
    assert fast == slow and fast.receipt_count


def both_ways_uncovered(store: TillStore) -> tuple:
    args = dict(kind=ReportKind.Z, produced_at=NOW, change_fund=0)
    return (
        store.day_report(shop(), **args),
        build_report(store.report_input(shop(), **args)),
    )
