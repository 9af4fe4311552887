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
    ReceiptType,
    ShopIdentity,
)
from till.core.sale import Sale, settle_cash

STOCKHOLM_SUMMER = timezone(timedelta(hours=2))
IMMUTABLE_TABLES = ("receipts", "receipt_lines", "receipt_vat", "receipt_payments", "journal")


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


def raw(path: Path) -> sqlite3.Connection:
    """A second, plain connection: what a tamperer with an SQLite tool would use."""
    return sqlite3.connect(str(path), isolation_level=None)


def drop_guards(conn: sqlite3.Connection) -> None:
    """Remove every trigger, as someone altering the records would have to first."""
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    for name in names:
        conn.execute(f"DROP TRIGGER {name}")
