"""Sale documents: receipts and the cash invoices issued while the control unit is out.

Both are numbered series per register with the same shape (head, lines, VAT, payments), so
one Series names the tables and the same code stores and reads either. Storing one journals it
and ends the open sale in the transaction the repository began.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptType,
    ShopIdentity,
)
from till.core.sale import SaleKind, SaleLine
from till.core.vat import VatSection
from till.store import card_payments as cards
from till.store import journal as journal_mod
from till.store import open_sale, registrations
from till.store.database import SequenceNumberTaken
from till.store.export import receipt_record

RECEIPT_NUMBER_TAKEN = Message(
    "receipt_number_taken",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt number {sequence_number} cannot be used on register {register_id}: the next "
        "number in the series is {expected}. The receipt was NOT saved.",
    ),
)
INVOICE_NUMBER_TAKEN = Message(
    "invoice_number_taken",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Cash invoice number {sequence_number} cannot be used on register {register_id}: the "
        "next number in the series is {expected}. The cash invoice was NOT saved.",
    ),
)


RECEIPT_COLUMNS = (
    "id, register_id, sequence_number, receipt_type, created_at, sale_id, shop_name, "
    "shop_org_nr, shop_address, rounding, ctuid, control_code, request_id, kind, "
    "original_register, original_number, cashier"
)
_CASH_INVOICE_COLUMNS = (
    "id, register_id, number, 'kontantnota', created_at, sale_id, shop_name, "
    "shop_org_nr, shop_address, rounding, NULL, NULL, request_id, kind, "
    "original_register, original_number, cashier"
)

# The receipt types store_receipt takes, as the cashier's messages name them.
# Phrases for messages such as "Receipt 7 is {type}: ...".
TYPE_NAMES = {
    ReceiptType.NORMAL: Message(
        "receipt_type_normal", QT_TRANSLATE_NOOP("Errors", "a normal receipt")
    ),
    ReceiptType.TRAINING: Message(
        "receipt_type_training", QT_TRANSLATE_NOOP("Errors", "a training receipt")
    ),
    ReceiptType.PRO_FORMA: Message(
        "receipt_type_pro_forma", QT_TRANSLATE_NOOP("Errors", "a pro forma receipt")
    ),
}


@dataclass(frozen=True, slots=True)
class Series:
    """Where one kind of numbered sale document lives: receipts, or offline cash invoices."""

    head: str
    number: str
    columns: str
    lines: str
    vat: str
    payments: str
    fk: str


RECEIPTS = Series(
    "receipts",
    "sequence_number",
    RECEIPT_COLUMNS,
    "receipt_lines",
    "receipt_vat",
    "receipt_payments",
    "receipt_id",
)
CASH_INVOICES = Series(
    "cash_invoices",
    "number",
    _CASH_INVOICE_COLUMNS,
    "cash_invoice_lines",
    "cash_invoice_vat",
    "cash_invoice_payments",
    "invoice_id",
)


def next_number(conn: sqlite3.Connection, series: Series, register_id: str) -> int:
    return conn.execute(
        f"SELECT coalesce(max({series.number}), 0) + 1 FROM {series.head} WHERE register_id = ?",
        (register_id,),
    ).fetchone()[0]


def check_new(receipt: Receipt) -> None:
    """What any sale document must be before it is stored."""
    if receipt.created_at.tzinfo is None:
        raise ValueError("a receipt's created_at must carry a time zone")
    if receipt.original is not None and receipt.kind is not SaleKind.RETURN:
        raise ValueError("only a return names an original receipt")


def check_number(conn: sqlite3.Connection, series: Series, receipt: Receipt) -> None:
    """Raises SequenceNumberTaken if the number is no longer max + 1 of the series."""
    register_id = receipt.shop.register_id
    expected = next_number(conn, series, register_id)
    if receipt.sequence_number != expected:
        raise SequenceNumberTaken(
            INVOICE_NUMBER_TAKEN if series is CASH_INVOICES else RECEIPT_NUMBER_TAKEN,
            sequence_number=receipt.sequence_number,
            register_id=register_id,
            expected=expected,
            detail=f"{series.head}: expected {expected}, got {receipt.sequence_number}",
        )


def store(
    conn: sqlite3.Connection,
    series: Series,
    receipt: Receipt,
    event: str,
    *,
    keep_open_sale: bool,
    drawer_reason: str,
) -> None:
    """Insert a checked document, journal it and (unless keep_open_sale) end its open sale."""
    register_id = receipt.shop.register_id
    record = receipt_record(receipt)
    row_id = _insert(conn, series, receipt)
    if series is RECEIPTS:
        registrations.mark_stored(conn, receipt)
    if keep_open_sale:
        journal_mod.append(conn, event, record, register_id)
        return
    journal_mod.append(
        conn,
        "sale_finished",
        {
            "sale_id": receipt.sale_id,
            "sequence_number": receipt.sequence_number,
            "receipt_type": receipt.receipt_type.value,
            "kind": receipt.kind.value,
            "total": receipt.total,
            "to_pay": receipt.to_pay,
            f"{_what(series).replace(' ', '_')}_row": row_id,
        },
        register_id,
    )
    journal_mod.append(conn, event, record, register_id)
    if drawer_reason:  # the drawer opens for this sale's cash: one registration
        journal_mod.append(
            conn,
            "drawer_opened",
            {"reason": drawer_reason, "sequence_number": receipt.sequence_number},
            register_id,
        )
    open_sale.close(conn, register_id, receipt.sale_id)


def find(conn: sqlite3.Connection, series: Series, register_id: str, number: int) -> Receipt | None:
    row = conn.execute(
        f"SELECT {series.columns} FROM {series.head} WHERE register_id = ? AND {series.number} = ?",
        (register_id, number),
    ).fetchone()
    return load(conn, series, row) if row else None


def ids(conn: sqlite3.Connection, series: Series, register_id: str | None) -> list[int]:
    """Row ids, oldest first: all registers', or one register's in number order."""
    if register_id is None:
        return [r[0] for r in conn.execute(f"SELECT id FROM {series.head} ORDER BY id")]
    return [
        r[0]
        for r in conn.execute(
            f"SELECT id FROM {series.head} WHERE register_id = ? ORDER BY {series.number}",
            (register_id,),
        )
    ]


def by_id(conn: sqlite3.Connection, series: Series, row_id: int) -> Receipt:
    row = conn.execute(
        f"SELECT {series.columns} FROM {series.head} WHERE id = ?", (row_id,)
    ).fetchone()
    return load(conn, series, row)


# A line's columns, position first (sale_line reads them in this order).
LINE_COLUMNS = (
    "position, line_no, product_code, name, unit_price, quantity, vat_rate, sold_by_weight,"
    " discount, service, returned_from, product_group"
)


def sale_line(r: tuple) -> SaleLine:
    """The line a row of LINE_COLUMNS holds."""
    return SaleLine(
        line_no=r[1],
        product_code=r[2],
        name=r[3],
        unit_price=r[4],
        quantity=r[5],
        vat_rate=r[6],
        sold_by_weight=bool(r[7]),
        discount=r[8],
        service=bool(r[9]),
        returned_from=r[10],
        group=r[11],
    )


def lines(conn: sqlite3.Connection, series: Series, row_id: int) -> list[tuple[int, SaleLine]]:
    return [
        (r[0], sale_line(r))
        for r in conn.execute(
            f"SELECT {LINE_COLUMNS} FROM {series.lines} WHERE {series.fk} = ? ORDER BY position",
            (row_id,),
        )
    ]


class HeadRow(NamedTuple):
    """A document's head row, as series.columns selects it."""

    row_id: int
    register_id: str
    number: int
    receipt_type: str
    created_at: str
    sale_id: str
    shop_name: str
    shop_org_nr: str
    shop_address: str
    rounding: int
    ctuid: str | None
    control_code: str | None
    request_id: str
    kind: str
    original_register: str | None
    original_number: int | None
    cashier: str | None


def load(conn: sqlite3.Connection, series: Series, row: tuple) -> Receipt:
    """The document whose head row (series.columns) is `row`."""
    head = HeadRow(*row)
    vat = tuple(
        VatSection(rate, gross, v)
        for rate, gross, v in conn.execute(
            f"SELECT rate, gross, vat FROM {series.vat} WHERE {series.fk} = ? ORDER BY position",
            (head.row_id,),
        )
    )
    payments = tuple(
        Payment(PaymentMethod(method), amount, tendered, change, cards.slip_from_json(card))
        for method, amount, tendered, change, card in conn.execute(
            f"SELECT method, amount, tendered, change, card FROM {series.payments}"
            f" WHERE {series.fk} = ? ORDER BY position",
            (head.row_id,),
        )
    )
    return Receipt(
        shop=ShopIdentity(head.shop_name, head.shop_org_nr, head.shop_address, head.register_id),
        sequence_number=head.number,
        receipt_type=ReceiptType(head.receipt_type),
        created_at=datetime.fromisoformat(head.created_at),
        sale_id=head.sale_id,
        lines=tuple(line for _, line in lines(conn, series, head.row_id)),
        vat=vat,
        rounding=head.rounding,
        payments=payments,
        control=ControlCode(head.ctuid, head.control_code) if head.ctuid is not None else None,
        request_id=head.request_id,
        kind=SaleKind(head.kind),
        original=open_sale.ref(head.original_register, head.original_number),
        cashier=head.cashier,
    )


def _what(series: Series) -> str:
    return "cash invoice" if series is CASH_INVOICES else "receipt"


def _insert(conn: sqlite3.Connection, series: Series, receipt: Receipt) -> int:
    shop = receipt.shop
    original = receipt.original
    head = {
        "register_id": shop.register_id,
        series.number: receipt.sequence_number,
        "kind": receipt.kind.value,
        "original_register": original.register_id if original else None,
        "original_number": original.sequence_number if original else None,
        "created_at": receipt.created_at.isoformat(),
        "sale_id": receipt.sale_id,
        "shop_name": shop.name,
        "shop_org_nr": shop.org_nr,
        "shop_address": shop.address,
        "total": receipt.total,
        "rounding": receipt.rounding,
        "request_id": receipt.request_id,
        "line_count": len(receipt.lines),
        "vat_count": len(receipt.vat),
        "payment_count": len(receipt.payments),
        "stored_at": journal_mod.now_text(conn),
        "cashier": receipt.cashier,
    }
    if series is RECEIPTS:
        assert receipt.control is not None
        head |= {
            "receipt_type": receipt.receipt_type.value,
            "ctuid": receipt.control.ctuid,
            "control_code": receipt.control.code,
        }
    cur = conn.execute(
        f"INSERT INTO {series.head} ({', '.join(head)}) VALUES ({', '.join('?' * len(head))})",
        tuple(head.values()),
    )
    row_id = cur.lastrowid
    assert row_id is not None
    conn.executemany(
        f"INSERT INTO {series.lines} ({series.fk}, position, line_no, product_code, name,"
        " unit_price, quantity, vat_rate, sold_by_weight, discount, amount, service,"
        " returned_from, product_group) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                row_id,
                pos,
                line.line_no,
                line.product_code,
                line.name,
                line.unit_price,
                line.quantity,
                line.vat_rate,
                int(line.sold_by_weight),
                line.discount,
                line.amount,
                int(line.service),
                line.returned_from,
                line.group,
            )
            for pos, line in enumerate(receipt.lines)
        ],
    )
    conn.executemany(
        f"INSERT INTO {series.vat} ({series.fk}, position, rate, gross, vat)"
        " VALUES (?, ?, ?, ?, ?)",
        [(row_id, pos, s.rate, s.gross, s.vat) for pos, s in enumerate(receipt.vat)],
    )
    conn.executemany(
        f"INSERT INTO {series.payments} ({series.fk}, position, method, amount, tendered,"
        " change, card) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                row_id,
                pos,
                p.method.value,
                p.amount,
                p.tendered,
                p.change,
                cards.slip_json(p.card),
            )
            for pos, p in enumerate(receipt.payments)
        ],
    )
    return row_id
