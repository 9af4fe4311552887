"""Helpers shared by the store tests (no tests here): sample products, sales and receipts."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

from shop_examples import BAG, BANANAS, MILK

from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptCopy,
    ReceiptType,
    ShopIdentity,
)
from till.core.sale import ReceiptRef, Sale, SaleKind, settle_cash

STOCKHOLM_SUMMER = timezone(timedelta(hours=2))
IMMUTABLE_TABLES = ("receipts", "receipt_lines", "receipt_vat", "receipt_payments", "journal")
# Added with schema v3 (issue 4).
IMMUTABLE_TABLES_V3 = (
    "receipt_copies",
    "cash_invoices",
    "cash_invoice_lines",
    "cash_invoice_vat",
    "cash_invoice_payments",
    "z_reports",
)


def shop(register_id: str = "K1") -> ShopIdentity:
    return ShopIdentity("Hörnbutiken AB", "5561234567", "Storgatan 1, 123 45 Åby", register_id)


def sample_sale() -> Sale:
    sale = Sale()
    sale.add(MILK, 2000)
    line = sale.add(BANANAS, 1234)
    sale.set_discount(line.line_no, 100)
    sale.add(BAG)
    return sale


def make_receipt(
    sequence_number: int, *, register_id: str = "K1", sale: Sale | None = None
) -> Receipt:
    sale = sale or sample_sale()
    cash = settle_cash(sale.total, (sale.total // 10000 + 1) * 10000)  # next 100 kr note
    return Receipt(
        shop=shop(register_id),
        sequence_number=sequence_number,
        receipt_type=ReceiptType.NORMAL,
        created_at=datetime(2024, 6, 1, 14, 30, 15, 123456, tzinfo=STOCKHOLM_SUMMER),
        sale_id=sale.sale_id,
        lines=tuple(sale.lines),
        vat=sale.vat,
        rounding=cash.rounding,
        payments=(Payment(PaymentMethod.CASH, cash.due, cash.tendered, cash.change),),
        control=ControlCode("TEST123456789", "A" * 59),
        request_id=f"req-{register_id}-{sequence_number}",
    )


def sale_document(
    sale: Sale,
    number: int,
    *,
    register_id: str = "K1",
    receipt_type: ReceiptType = ReceiptType.NORMAL,
) -> Receipt:
    """A receipt (or, with ReceiptType.CASH_INVOICE, a cash invoice) of any sale or return,
    settled by card so a return's negative total needs no cash rounding."""
    cash_invoice = receipt_type is ReceiptType.CASH_INVOICE
    return Receipt(
        shop=shop(register_id),
        sequence_number=number,
        receipt_type=receipt_type,
        created_at=datetime(2024, 6, 1, 15, 0, tzinfo=STOCKHOLM_SUMMER),
        sale_id=sale.sale_id,
        lines=tuple(sale.lines),
        vat=sale.vat,
        rounding=0,
        payments=(Payment(PaymentMethod.CARD, sale.total),),
        control=None if cash_invoice else ControlCode("TEST123456789", "B" * 59),
        request_id="" if cash_invoice else f"req-{register_id}-{number}-{receipt_type.value}",
        kind=sale.kind,
        original=sale.original,
    )


def return_of(
    original: Receipt, takes: list[tuple[int, int]], *, with_original: bool = True
) -> Sale:
    """A return sale taking back (position, quantity) pairs of `original`'s lines."""
    sale = Sale(kind=SaleKind.RETURN, original=original.ref if with_original else None)
    for position, quantity in takes:
        sale.add_return(original.lines[position], position, quantity)
    return sale


def make_copy(receipt: Receipt, *, code: str = "C" * 59) -> ReceiptCopy:
    return ReceiptCopy(
        receipt=receipt,
        created_at=datetime(2024, 6, 1, 16, 0, tzinfo=STOCKHOLM_SUMMER),
        control=ControlCode("TEST123456789", code),
        request_id=f"copy-{receipt.sequence_number}",
    )


def ref(number: int, register_id: str = "K1") -> ReceiptRef:
    return ReceiptRef(register_id, number)


def row_values(conn: sqlite3.Connection, table: str, where: str, *params: object) -> dict:
    """One row as column -> value, to copy into a hand-made INSERT."""
    cur = conn.execute(f"SELECT * FROM {table} WHERE {where}", params)
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone(), strict=True))


def insert(conn: sqlite3.Connection, table: str, values: dict) -> None:
    columns = ", ".join(values)
    conn.execute(
        f"INSERT INTO {table} ({columns}) VALUES ({', '.join('?' * len(values))})",
        tuple(values.values()),
    )


def raw(path: Path) -> sqlite3.Connection:
    """A second, plain connection: what a tamperer with an SQLite tool would use."""
    return sqlite3.connect(str(path), isolation_level=None)


def drop_guards(conn: sqlite3.Connection) -> None:
    """Remove every trigger, as someone altering the records would have to first."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
