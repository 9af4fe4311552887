"""Receipts and cash invoices read back a window of numbers at a time, as their records.

What journal verify compares each "receipt" and "cash_invoice" event with (journal_records.py)
is the stored document written as export.receipt_record writes it, with the stored total and
line amounts in place of the computed ones. Read one by one, through Receipt objects, that was
five queries and most of a full verify's time. Here one window of up to WINDOW numbers is four
queries, and each record is written straight from its rows by the same conversions (the same
enums refuse the same tampered values, so an unreadable record is reported the same way).
tests/test_journal_records_batch.py holds every record equal to the one-by-one path's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from till.core.receipt import PaymentMethod, ReceiptType
from till.core.sale import SaleKind
from till.store import card_payments as cards
from till.store.export import line_record
from till.store.sale_documents import LINE_COLUMNS, HeadRow, Series, sale_line

WINDOW = 256
_PAYMENT_COLUMNS = "method, amount, tendered, change, card"


@dataclass(slots=True)
class Window:
    low: int
    high: int
    # number -> the record, or the exception that reading it back raised
    records: dict[int, dict[str, Any] | Exception]

    def holds(self, number: int) -> bool:
        return self.low <= number <= self.high


def read_window(conn: sqlite3.Connection, series: Series, register_id: str, number: int) -> Window:
    """The records of numbers number..number + WINDOW - 1 of the register's series."""
    low, high = number, number + WINDOW - 1
    heads = conn.execute(
        f"SELECT {series.columns}, total FROM {series.head}"
        f" WHERE register_id = ? AND {series.number} BETWEEN ? AND ?",
        (register_id, low, high),
    ).fetchall()
    window = Window(low, high, {})
    if not heads:
        return window
    ids = [row[0] for row in heads]
    children = {
        "lines": _children(
            conn,
            series.lines,
            series.fk,
            f"{LINE_COLUMNS}, amount",
            ids,
        ),
        "vat": _children(conn, series.vat, series.fk, "position, rate, gross, vat", ids),
        "payments": _children(
            conn, series.payments, series.fk, f"position, {_PAYMENT_COLUMNS}", ids
        ),
    }
    for head in heads:
        try:
            record = _record(head, *(children[k].get(head[0], []) for k in children))
        except Exception as exc:  # a tampered row: reported as unreadable, as one by one
            window.records[head[2]] = exc
        else:
            window.records[head[2]] = record
    return window


def _children(
    conn: sqlite3.Connection, table: str, fk: str, columns: str, ids: list[int]
) -> dict[int, list[tuple]]:
    out: dict[int, list[tuple]] = {}
    for row in conn.execute(
        f"SELECT {fk}, {columns} FROM {table} WHERE {fk} BETWEEN ? AND ? ORDER BY {fk}, position",
        (min(ids), max(ids)),
    ):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _record(row: tuple, lines: list[tuple], vat: list[tuple], payments: list[tuple]) -> dict:
    head, stored_total = HeadRow(*row[:-1]), row[-1]
    sale_lines = [sale_line(r) for r in lines]
    sale_kind = SaleKind(head.kind)
    line_records = [line_record(line) for line in sale_lines]
    for r in lines:  # the stored amounts, by position, as the one-by-one path puts them
        if 0 <= r[0] < len(line_records):
            line_records[r[0]]["amount"] = r[12]
    computed_total = sale_kind.sign * sum(line.amount for line in sale_lines)
    original = (
        None
        if head.original_register is None or head.original_number is None
        else {"register_id": head.original_register, "sequence_number": head.original_number}
    )
    record: dict[str, Any] = {
        "register_id": head.register_id,
        "sequence_number": head.number,
        "receipt_type": ReceiptType(head.receipt_type).value,
        "kind": sale_kind.value,
        "original": original,
        "created_at": datetime.fromisoformat(head.created_at).isoformat(),
        "sale_id": head.sale_id,
        "shop_name": head.shop_name,
        "shop_org_nr": head.shop_org_nr,
        "shop_address": head.shop_address,
        "lines": line_records,
        "vat": [{"rate": r, "gross": g, "vat": v, "net": g - v} for _, r, g, v in vat],
        "total": stored_total,
        "rounding": head.rounding,
        "to_pay": computed_total + head.rounding,
        "payments": [_payment(*p[1:]) for p in payments],
        "ctuid": head.ctuid,
        "control_code": head.control_code if head.ctuid is not None else None,
        "request_id": head.request_id,
    }
    if head.cashier is not None:
        record["cashier"] = head.cashier
    return record


def _payment(method: str, amount: int, tendered: int, change: int, card: str | None) -> dict:
    slip = cards.slip_from_json(card)
    return {
        "method": PaymentMethod(method).value,
        "amount": amount,
        "tendered": tendered,
        "change": change,
        **({"card": asdict(slip)} if slip is not None else {}),
    }
