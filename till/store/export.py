"""Receipts and the journal as JSON lines, for an inspection by the Tax Agency or an
accountant's import.

The same record is written to the journal's "receipt" and "cash_invoice" events, so the journal
alone can show every receipt as stored. A line carries "service" and "returned_from" only when
it is a service or a return line (absent: goods, not a return line), as a payment carries
"card" only when it was paid by card.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO

from till.core.receipt import Receipt
from till.core.sale import SaleLine

if TYPE_CHECKING:
    from till.store.repository import TillStore


def line_record(line: SaleLine) -> dict[str, Any]:
    return {
        "line_no": line.line_no,
        "code": line.product_code,
        "name": line.name,
        "quantity": line.quantity,  # thousandths: 1000 = one piece or one kg
        "sold_by_weight": line.sold_by_weight,
        "unit_price": line.unit_price,
        "discount": line.discount,
        "amount": line.amount,
        "vat_rate": line.vat_rate,
        **({"service": True} if line.service else {}),
        **({"returned_from": line.returned_from} if line.returned_from is not None else {}),
    }


def receipt_record(receipt: Receipt) -> dict[str, Any]:
    """Everything printed on the receipt plus the ids that tie it to the sale and the CCU."""
    shop = receipt.shop
    return {
        "register_id": shop.register_id,
        "sequence_number": receipt.sequence_number,
        "receipt_type": receipt.receipt_type.value,
        "kind": receipt.kind.value,
        "original": (
            {
                "register_id": receipt.original.register_id,
                "sequence_number": receipt.original.sequence_number,
            }
            if receipt.original is not None
            else None
        ),
        "created_at": receipt.created_at.isoformat(),
        "sale_id": receipt.sale_id,
        "shop_name": shop.name,
        "shop_org_nr": shop.org_nr,
        "shop_address": shop.address,
        "lines": [line_record(line) for line in receipt.lines],
        "vat": [
            {"rate": s.rate, "gross": s.gross, "vat": s.vat, "net": s.net} for s in receipt.vat
        ],
        "total": receipt.total,
        "rounding": receipt.rounding,
        "to_pay": receipt.to_pay,
        "payments": [
            {
                "method": p.method.value,
                "amount": p.amount,
                "tendered": p.tendered,
                "change": p.change,
                **({"card": asdict(p.card)} if p.card is not None else {}),
            }
            for p in receipt.payments
        ],
        # None on a cash invoice: the control unit was out.
        "ctuid": receipt.control.ctuid if receipt.control is not None else None,
        "control_code": receipt.control.code if receipt.control is not None else None,
        "request_id": receipt.request_id,
    }


def export_jsonl(store: TillStore, out: TextIO, register_id: str | None = None) -> int:
    """One JSON object per line per receipt, oldest first; returns how many were written."""
    count = 0
    for receipt in store.receipts(register_id):
        out.write(json.dumps(receipt_record(receipt), ensure_ascii=False, sort_keys=True))
        out.write("\n")
        count += 1
    return count


def export_journal_jsonl(store: TillStore, out: TextIO) -> int:
    """Every journal row in order, one JSON object per line, with the fields its hash covers
    (hash = SHA-256 of prev_hash, id, at, kind, register_id and the canonical JSON of data,
    joined by newlines), so an inspector can check the chain without the till."""
    count = 0
    for row in store.iter_journal():
        record = {
            "id": row.id,
            "at": row.at,
            "kind": row.kind,
            "register_id": row.register_id,
            "data": row.data,
            "prev_hash": row.prev_hash,
            "hash": row.hash,
        }
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
        out.write("\n")
        count += 1
    return count
