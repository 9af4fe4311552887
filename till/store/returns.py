"""Returns against an original receipt: what of it can still be taken back.

The database's triggers refuse a return that takes back more than the original holds; these
checks say why in the cashier's words before the triggers would. Functions take the connection
of a transaction the repository began.
"""

from __future__ import annotations

import sqlite3

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import Receipt, ReceiptType
from till.core.sale import ReceiptRef, SaleKind, SaleLine, format_quantity
from till.store import sale_documents as documents
from till.store.database import ReturnRefused

RETURN_REFUSED_NO_RECEIPT = Message(
    "return_refused_no_receipt",
    QT_TRANSLATE_NOOP("Errors", "There is no receipt {sequence_number} on register {register_id}."),
)
RETURN_REFUSED_IS_RETURN = Message(
    "return_refused_is_return",
    QT_TRANSLATE_NOOP(
        "Errors", "Receipt {sequence_number} is itself a return: only a sale can be returned."
    ),
)
RETURN_REFUSED_NOT_NORMAL = Message(
    "return_refused_not_normal",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {sequence_number} is {receipt_type}: only a normal sale receipt can be returned "
        "against.",
    ),
)
RETURN_REFUSED_NOT_ON_RECEIPT = Message(
    "return_refused_not_on_receipt",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not a line of receipt {n}: a return against a receipt can only take back what "
        "is on it. The return was NOT saved.",
    ),
)
RETURN_REFUSED_LINE_DIFFERS = Message(
    "return_refused_line_differs",
    QT_TRANSLATE_NOOP(
        "Errors",
        "{name} does not match line {line} of receipt {n} (code, price or VAT differ). The "
        "return was NOT saved.",
    ),
)
RETURN_REFUSED_MORE_THAN_LEFT = Message(
    "return_refused_more_than_left",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Only {left_text} of {name} from receipt {n} can still be returned. The return was NOT "
        "saved.",
    ),
)


def return_class(receipt_type: ReceiptType) -> str:
    """As schema._return_class: real money apart from training and pro forma."""
    if receipt_type in (ReceiptType.NORMAL, ReceiptType.CASH_INVOICE):
        return "real"
    return receipt_type.value


def returnable(
    conn: sqlite3.Connection, ref: ReceiptRef, return_class: str
) -> list[tuple[int, SaleLine, int]]:
    row = conn.execute(
        "SELECT id, kind, receipt_type FROM receipts WHERE register_id = ? AND sequence_number = ?",
        (ref.register_id, ref.sequence_number),
    ).fetchone()
    if row is None:
        raise ReturnRefused(
            RETURN_REFUSED_NO_RECEIPT,
            sequence_number=ref.sequence_number,
            register_id=ref.register_id,
        )
    receipt_id, kind, receipt_type = row
    if kind != SaleKind.SALE.value:
        raise ReturnRefused(RETURN_REFUSED_IS_RETURN, sequence_number=ref.sequence_number)
    if receipt_type != ReceiptType.NORMAL.value:
        raise ReturnRefused(
            RETURN_REFUSED_NOT_NORMAL,
            sequence_number=ref.sequence_number,
            receipt_type=documents.TYPE_NAMES[ReceiptType(receipt_type)],
        )
    returned = dict(
        conn.execute(
            "SELECT returned_from, sum(quantity) FROM returned_quantities"
            " WHERE original_register = ? AND original_number = ? AND class = ?"
            " GROUP BY returned_from",
            (ref.register_id, ref.sequence_number, return_class),
        ).fetchall()
    )
    return [
        (position, line, line.quantity - returned.get(position, 0))
        for position, line in documents.lines(conn, documents.RECEIPTS, receipt_id)
    ]


def check_return(conn: sqlite3.Connection, receipt: Receipt) -> None:
    """Plain words for what the triggers would refuse anyway."""
    from_original = [line for line in receipt.lines if line.returned_from is not None]
    if receipt.original is None:
        if from_original:
            raise ValueError("a line names an original line, but the receipt names no original")
        return
    n = receipt.original.sequence_number
    left = {
        position: (line, quantity)
        for position, line, quantity in returnable(
            conn, receipt.original, return_class(receipt.receipt_type)
        )
    }
    taken: dict[int, int] = {}
    for line in receipt.lines:
        if line.returned_from is None or line.returned_from not in left:
            raise ReturnRefused(RETURN_REFUSED_NOT_ON_RECEIPT, name=line.name, n=n)
        original, quantity = left[line.returned_from]
        if (line.product_code, line.unit_price, line.vat_rate) != (
            original.product_code,
            original.unit_price,
            original.vat_rate,
        ):
            raise ReturnRefused(
                RETURN_REFUSED_LINE_DIFFERS, name=line.name, line=line.returned_from + 1, n=n
            )
        taken[line.returned_from] = taken.get(line.returned_from, 0) + line.quantity
        if taken[line.returned_from] > quantity:
            left_text = format_quantity(quantity, by_weight=original.sold_by_weight)
            raise ReturnRefused(
                RETURN_REFUSED_MORE_THAN_LEFT, left_text=left_text, name=original.name, n=n
            )
