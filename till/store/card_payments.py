"""Card payments and the terminals' counters in SQLite.

A payment keeps the kind of terminal it went to and that terminal's own reference (JSON text,
opaque here: the adapter reads it). Each terminal kind has one counter per register
(terminal_counters; LTI's trxSyncNumber for Wallee), moved only forward.

Functions take the open connection of a transaction the repository began, so a state change,
the counter and the journal event are written together or not at all.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import datetime
from typing import Any

from till.core.card import (
    OPEN_STATES,
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    CardSlip,
    ReversalIntent,
    Tender,
)
from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import PaymentMethod, Receipt, ReceiptType
from till.store.database import StoreError
from till.store.journal import utc_now

CARD_PAYMENT_NOT_APPROVED = Message(
    "card_payment_not_approved",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The receipt was NOT saved: its card payment is not (or no longer) approved. Settle the "
        "card payment first.",
    ),
)


_COLUMNS = (
    "payment_id, sale_id, kind, amount, terminal_kind, terminal_ref, state, started_at,"
    " amount_auth, slip, message, tip, reversal, tender"
)
# SQL for "undecided": pending, unknown, and a reversal pending or unknown.
OPEN_SQL = "state IN (" + ", ".join(f"'{s}'" for s in OPEN_STATES) + ")"


def slip_json(slip: CardSlip | None) -> str | None:
    return None if slip is None else json.dumps(asdict(slip), ensure_ascii=False, sort_keys=True)


def slip_from_json(text: str | None) -> CardSlip | None:
    return None if not text else CardSlip(**json.loads(text))


def reversal_json(intent: ReversalIntent | None) -> str | None:
    if intent is None:
        return None
    return json.dumps(
        {**asdict(intent), "requested_at": intent.requested_at.isoformat()}, sort_keys=True
    )


def reversal_from_json(text: str | None) -> ReversalIntent | None:
    if not text:
        return None
    data = json.loads(text)
    data.pop("trx_sync_number", None)  # saved before the migration: the payment's ref has it
    return ReversalIntent(**{**data, "requested_at": datetime.fromisoformat(data["requested_at"])})


def payment_record(payment: CardPayment) -> dict[str, Any]:
    """The journal's view of a card payment: everything but the receipts' full text."""
    record = {
        "payment_id": payment.payment_id,
        "sale_id": payment.sale_id,
        "kind": payment.kind.value,
        "amount": payment.amount,
        "amount_auth": payment.amount_auth,
        "terminal_kind": payment.terminal_kind,
        "terminal_ref": json.loads(payment.terminal_ref or "{}"),
        "state": payment.state.value,
        "masked_pan": payment.slip.masked_pan,
        "auth_code": payment.slip.auth_code,
        "terminal_id": payment.slip.terminal_id,
        "trx_seq_cnt": payment.slip.trx_seq_cnt,
        "message": payment.message,
        "tip": payment.tip,
        "tender": payment.tender.value,
    }
    if payment.reversal is not None:
        record["reversal"] = json.loads(reversal_json(payment.reversal) or "null")
    return record


def terminal_counter(conn: sqlite3.Connection, terminal_kind: str, register_id: str) -> int:
    row = conn.execute(
        "SELECT value FROM terminal_counters WHERE terminal_kind = ? AND register_id = ?",
        (terminal_kind, register_id),
    ).fetchone()
    return 1 if row is None else row[0]


def advance_terminal_counter(
    conn: sqlite3.Connection, terminal_kind: str, register_id: str, used: int
) -> None:
    """The value after `used`; never backwards, so an old answer cannot rewind the series."""
    conn.execute(
        "INSERT INTO terminal_counters (terminal_kind, register_id, value) VALUES (?, ?, ?)"
        " ON CONFLICT (terminal_kind, register_id) DO UPDATE SET value ="
        " max(value, excluded.value)",
        (terminal_kind, register_id, used + 1),
    )


def insert(conn: sqlite3.Connection, payment: CardPayment, register_id: str) -> None:
    now = utc_now()
    conn.execute(
        f"INSERT INTO card_payments ({_COLUMNS}, register_id, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*_values(payment), register_id, now),
    )


def update(conn: sqlite3.Connection, payment: CardPayment) -> None:
    conn.execute(
        "UPDATE card_payments SET state = ?, amount_auth = ?, slip = ?, message = ?, tip = ?,"
        " reversal = ?, updated_at = ? WHERE payment_id = ?",
        (
            payment.state.value,
            payment.amount_auth,
            slip_json(payment.slip),
            payment.message,
            payment.tip,
            reversal_json(payment.reversal),
            utc_now(),
            payment.payment_id,
        ),
    )


def _values(p: CardPayment) -> tuple:
    return (
        p.payment_id,
        p.sale_id,
        p.kind.value,
        p.amount,
        p.terminal_kind,
        p.terminal_ref,
        p.state.value,
        p.started_at.isoformat(),
        p.amount_auth,
        slip_json(p.slip),
        p.message,
        p.tip,
        reversal_json(p.reversal),
        p.tender.value,
    )


def select(conn: sqlite3.Connection, where: str, params: tuple) -> list[CardPayment]:
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM card_payments WHERE {where} ORDER BY started_at, rowid", params
    )
    return [
        CardPayment(
            payment_id=r[0],
            sale_id=r[1],
            kind=CardPaymentKind(r[2]),
            amount=r[3],
            terminal_kind=r[4],
            terminal_ref=r[5],
            state=CardPaymentState(r[6]),
            started_at=datetime.fromisoformat(r[7]),
            amount_auth=r[8],
            slip=slip_from_json(r[9]) or CardSlip(),
            message=r[10],
            tip=r[11],
            reversal=reversal_from_json(r[12]),
            tender=Tender(r[13]),
        )
        for r in rows
    ]


def check_card_tenders(conn: sqlite3.Connection, receipt: Receipt) -> None:
    """The store's own guard: a receipt that says "paid by card" (or "by Klarna") is paid by
    approved terminal payments of that tender only. While a payment or its reversal is
    undecided, or when a tender's lines do not add up to the sale's approved payments of that
    tender (one was reversed), the receipt is refused.

    Sales without card payment rows (training mode, which charges no card) are not checked."""
    methods = {PaymentMethod(t.value) for t in Tender}
    lines = [p for p in receipt.payments if p.method in methods]
    if not lines or receipt.receipt_type is ReceiptType.TRAINING:
        return
    rows = select(conn, "sale_id = ?", (receipt.sale_id,))
    if not rows:
        return
    undecided = [p for p in rows if p.state.open]
    for tender in Tender:
        method = PaymentMethod(tender.value)
        on_receipt = sum(p.amount for p in lines if p.method is method)
        approved = sum(p.signed_amount for p in rows if p.state.charged and p.tender is tender)
        if undecided or on_receipt != approved:
            raise StoreError(
                CARD_PAYMENT_NOT_APPROVED,
                detail=f"sale {receipt.sale_id}: {tender} lines {on_receipt}, approved"
                f" {approved}, undecided {[p.payment_id for p in undecided]}",
            )
