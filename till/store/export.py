"""Receipts and the journal as JSON lines, for an inspection by the Tax Agency or an
accountant's import.

The same record is written to the journal's "receipt" and "cash_invoice" events, so the journal
alone can show every receipt as stored. A line carries "service", "returned_from" and "group" only
when it is a service, a return line or sold under a main group, as a payment carries
"card" only when it was paid by card.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from till.core.card import CardSlip
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptType,
    ShopIdentity,
)
from till.core.sale import ReceiptRef, SaleKind, SaleLine
from till.core.vat import VatSection

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
        **({"group": line.group} if line.group is not None else {}),
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
        # Only when someone was signed in: records from before users stay as they were.
        **({"cashier": receipt.cashier} if receipt.cashier is not None else {}),
    }


def receipt_from_record(record: dict[str, Any]) -> Receipt:
    """The receipt a `receipt_record` describes: the receipt-to-be saved ahead of its control
    code is read back with this, so what is stored is what was asked for."""
    original = record["original"]
    control = (
        ControlCode(record["ctuid"], record["control_code"])
        if record["control_code"] is not None
        else None
    )
    return Receipt(
        shop=ShopIdentity(
            record["shop_name"],
            record["shop_org_nr"],
            record["shop_address"],
            record["register_id"],
        ),
        sequence_number=record["sequence_number"],
        receipt_type=ReceiptType(record["receipt_type"]),
        created_at=datetime.fromisoformat(record["created_at"]),
        sale_id=record["sale_id"],
        lines=tuple(
            SaleLine(
                line_no=line["line_no"],
                product_code=line["code"],
                name=line["name"],
                unit_price=line["unit_price"],
                quantity=line["quantity"],
                vat_rate=line["vat_rate"],
                sold_by_weight=line["sold_by_weight"],
                discount=line["discount"],
                service=line.get("service", False),
                returned_from=line.get("returned_from"),
                group=line.get("group"),
            )
            for line in record["lines"]
        ),
        vat=tuple(VatSection(v["rate"], v["gross"], v["vat"]) for v in record["vat"]),
        rounding=record["rounding"],
        payments=tuple(
            Payment(
                PaymentMethod(p["method"]),
                p["amount"],
                p["tendered"],
                p["change"],
                CardSlip(**p["card"]) if "card" in p else None,
            )
            for p in record["payments"]
        ),
        control=control,
        request_id=record["request_id"],
        kind=SaleKind(record["kind"]),
        original=(
            ReceiptRef(original["register_id"], original["sequence_number"])
            if original is not None
            else None
        ),
        cashier=record.get("cashier"),
    )


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
