"""TillStore: the one object the rest of the till calls to read and write the database.

Each public write is one transaction: either all of it is on disk, or none of it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Any

from till.core.card import CardPayment
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptType,
    ShopIdentity,
)
from till.core.sale import Product, Sale, SaleLine
from till.core.vat import VatSection
from till.store import card_payments as cards
from till.store import journal as journal_mod
from till.store.database import (
    DEFAULT_BUSY_TIMEOUT,
    RECEIPT_DISK_MESSAGE,
    Database,
    SequenceNumberTaken,
)
from till.store.export import line_record, receipt_record
from till.store.journal import JournalReport, JournalRow, utc_now

_PRODUCT_COLUMNS = "code, name, unit_price, vat_rate, barcode, sold_by_weight"
_RECEIPT_COLUMNS = (
    "id, register_id, sequence_number, receipt_type, created_at, sale_id, shop_name, "
    "shop_org_nr, shop_address, rounding, ctuid, control_code, request_id"
)


class TillStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    @classmethod
    def open(cls, path: Path, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> TillStore:
        """Open (creating folders and the file if needed) and bring the schema up to date."""
        return cls(Database.open(path, busy_timeout=busy_timeout))

    def close(self) -> None:
        self._db.close()

    @property
    def path(self) -> Path:
        return self._db.path

    # -- catalog ---------------------------------------------------------------------------

    def upsert_products(self, products: Iterable[Product], *, register_id: str) -> int:
        """Add or update products; each new or changed one is journaled with old and new."""
        products = list(products)
        changed = 0
        with self._db.transaction() as conn:
            old = {p.code: _find_by_code(conn, p.code) for p in products}
            # Free barcodes that move within this batch first, so swapping two products'
            # barcodes does not trip UNIQUE halfway through.
            for p in products:
                before = old[p.code]
                if before and before.barcode is not None and before.barcode != p.barcode:
                    conn.execute("UPDATE products SET barcode = NULL WHERE code = ?", (p.code,))
            for p in products:
                before = old[p.code]
                conn.execute(
                    f"INSERT INTO products ({_PRODUCT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                    " unit_price = excluded.unit_price, vat_rate = excluded.vat_rate,"
                    " barcode = excluded.barcode, sold_by_weight = excluded.sold_by_weight",
                    (p.code, p.name, p.unit_price, p.vat_rate, p.barcode, int(p.sold_by_weight)),
                )
                if before == p:
                    continue
                journal_mod.append(
                    conn,
                    "product_changed",
                    {
                        "code": p.code,
                        "old": _product_record(before) if before else None,
                        "new": _product_record(p),
                    },
                    register_id,
                )
                old[p.code] = p  # a code listed twice is compared with its previous version
                changed += 1
        return changed

    def find_product(self, code: str) -> Product | None:
        """By PLU code or barcode; a PLU wins if a code happens to equal another's barcode."""
        with self._db.reading() as conn:
            row = conn.execute(
                f"SELECT {_PRODUCT_COLUMNS} FROM products WHERE code = ? OR barcode = ?"
                " ORDER BY code = ? DESC LIMIT 1",
                (code, code, code),
            ).fetchone()
        return _product(row) if row else None

    def search_products(self, text: str, limit: int = 20) -> list[Product]:
        """Name contains `text` (any case, å/ä/ö too) first, then codes starting with it."""
        folded = text.strip().casefold()
        with self._db.reading() as conn:
            rows = conn.execute(
                f"SELECT {_PRODUCT_COLUMNS}, instr(till_fold(name), ?1) > 0 AS by_name"
                " FROM products"
                " WHERE by_name OR substr(till_fold(code), 1, length(?1)) = ?1"
                " ORDER BY by_name DESC, till_fold(name), code LIMIT ?2",
                (folded, limit),
            ).fetchall()
        return [_product(row[:6]) for row in rows]

    def product_count(self) -> int:
        with self._db.reading() as conn:
            return conn.execute("SELECT count(*) FROM products").fetchone()[0]

    # -- the open sale ---------------------------------------------------------------------

    def save_open_sale(self, sale: Sale, *, register_id: str, kind: str, data: dict) -> None:
        """Snapshot the sale and journal what the cashier did, together or not at all."""
        lines = json.dumps([asdict(line) for line in sale.lines], ensure_ascii=False)
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO open_sales (register_id, sale_id, lines, saved_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (register_id) DO UPDATE SET sale_id = excluded.sale_id,"
                " lines = excluded.lines, saved_at = excluded.saved_at",
                (register_id, sale.sale_id, lines, utc_now()),
            )
            journal_mod.append(conn, kind, {"sale_id": sale.sale_id, **data}, register_id)

    def load_open_sale(self, register_id: str) -> Sale | None:
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT sale_id, lines FROM open_sales WHERE register_id = ?", (register_id,)
            ).fetchone()
        if row is None:
            return None
        return Sale(sale_id=row[0], lines=[SaleLine(**d) for d in json.loads(row[1])])

    def void_open_sale(self, sale: Sale, *, register_id: str, reason: str) -> None:
        """Journal the abandoned sale with its lines and total (X/Z report point 19)."""
        data = {
            "sale_id": sale.sale_id,
            "reason": reason,
            "lines": [line_record(line) for line in sale.lines],
            "total": sale.total,
        }
        with self._db.transaction() as conn:
            journal_mod.append(conn, "sale_voided", data, register_id)
            conn.execute(
                "DELETE FROM open_sales WHERE register_id = ? AND sale_id = ?",
                (register_id, sale.sale_id),
            )

    # -- receipts --------------------------------------------------------------------------

    def next_sequence_number(self, register_id: str) -> int:
        with self._db.reading() as conn:
            return _next_sequence_number(conn, register_id)

    def store_receipt(self, receipt: Receipt) -> None:
        """Store the receipt, journal it and close the open sale, in one transaction.

        Raises SequenceNumberTaken if the number is no longer max + 1 for the register."""
        if receipt.created_at.tzinfo is None:
            raise ValueError("a receipt's created_at must carry a time zone")
        register_id = receipt.shop.register_id
        record = receipt_record(receipt)
        with self._db.transaction(disk_message=RECEIPT_DISK_MESSAGE) as conn:
            expected = _next_sequence_number(conn, register_id)
            if receipt.sequence_number != expected:
                raise SequenceNumberTaken(
                    f"Receipt number {receipt.sequence_number} cannot be used on register "
                    f"{register_id}: the next number in the series is {expected}. "
                    "The receipt was NOT saved.",
                    detail=f"expected {expected}, got {receipt.sequence_number}",
                )
            receipt_id = _insert_receipt(conn, receipt)
            journal_mod.append(
                conn,
                "sale_finished",
                {
                    "sale_id": receipt.sale_id,
                    "sequence_number": receipt.sequence_number,
                    "receipt_type": receipt.receipt_type.value,
                    "total": receipt.total,
                    "to_pay": receipt.to_pay,
                    "receipt_row": receipt_id,
                },
                register_id,
            )
            journal_mod.append(conn, "receipt", record, register_id)
            conn.execute(
                "DELETE FROM open_sales WHERE register_id = ? AND sale_id = ?",
                (register_id, receipt.sale_id),
            )

    def receipt(self, register_id: str, sequence_number: int) -> Receipt | None:
        with self._db.reading() as conn:
            row = conn.execute(
                f"SELECT {_RECEIPT_COLUMNS} FROM receipts"
                " WHERE register_id = ? AND sequence_number = ?",
                (register_id, sequence_number),
            ).fetchone()
            return _load_receipt(conn, row) if row else None

    def receipts(self, register_id: str | None = None) -> Iterator[Receipt]:
        """Oldest first. Loads one receipt at a time so a long export does not hold the lock."""
        with self._db.reading() as conn:
            if register_id is None:
                ids = [r[0] for r in conn.execute("SELECT id FROM receipts ORDER BY id")]
            else:
                ids = [
                    r[0]
                    for r in conn.execute(
                        "SELECT id FROM receipts WHERE register_id = ? ORDER BY sequence_number",
                        (register_id,),
                    )
                ]
        for receipt_id in ids:
            with self._db.reading() as conn:
                row = conn.execute(
                    f"SELECT {_RECEIPT_COLUMNS} FROM receipts WHERE id = ?", (receipt_id,)
                ).fetchone()
                receipt = _load_receipt(conn, row)
            yield receipt  # outside the lock: the consumer may take its time

    # -- card payments (LTI) ----------------------------------------------------------------

    def trx_sync_number(self, register_id: str) -> int:
        """The trxSyncNumber the next financial request must carry (LTI section 7)."""
        with self._db.reading() as conn:
            return cards.trx_sync_number(conn, register_id)

    def start_card_payment(self, payment: CardPayment, *, register_id: str) -> None:
        """Save the payment as PENDING before its request is sent, with its journal event.

        Refused by the database while another card payment of the register is undecided."""
        with self._db.transaction() as conn:
            cards.insert(conn, payment, register_id)
            journal_mod.append(
                conn, "card_payment_started", cards.payment_record(payment), register_id
            )

    def record_card_payment(
        self,
        payment: CardPayment,
        *,
        register_id: str,
        kind: str,
        advance_sync: bool,
        data: dict | None = None,
    ) -> None:
        """Save a payment's new state, its journal event and (after a financialTrxResponse was
        processed) the next trxSyncNumber, in one transaction."""
        with self._db.transaction() as conn:
            cards.update(conn, payment)
            if advance_sync:
                cards.advance_trx_sync_number(conn, register_id, payment.trx_sync_number)
            record = {**cards.payment_record(payment), **(data or {})}
            journal_mod.append(conn, kind, record, register_id)

    def advance_trx_sync_number(self, register_id: str, used: int, *, reason: str) -> None:
        """After a beFinalBalance or another request that used the number (LTI 7.2.3)."""
        with self._db.transaction() as conn:
            cards.advance_trx_sync_number(conn, register_id, used)
            journal_mod.append(
                conn, "trx_sync_advanced", {"used": used, "reason": reason}, register_id
            )

    def card_payments_for_sale(self, sale_id: str) -> list[CardPayment]:
        with self._db.reading() as conn:
            return cards.select(conn, "sale_id = ?", (sale_id,))

    def undecided_card_payments(self, register_id: str) -> list[CardPayment]:
        """Payments sent whose outcome is not known: settled first at every start."""
        with self._db.reading() as conn:
            return cards.select(
                conn, "register_id = ? AND state IN ('pending', 'unknown')", (register_id,)
            )

    # -- journal ---------------------------------------------------------------------------

    def journal(self, kind: str, data: dict, *, register_id: str) -> None:
        with self._db.transaction() as conn:
            journal_mod.append(conn, kind, data, register_id)

    def journal_rows(self) -> list[JournalRow]:
        with self._db.reading() as conn:
            return journal_mod.rows(conn)

    def verify_journal(self) -> JournalReport:
        with self._db.reading() as conn:
            return journal_mod.verify(conn)


def _next_sequence_number(conn: sqlite3.Connection, register_id: str) -> int:
    return conn.execute(
        "SELECT coalesce(max(sequence_number), 0) + 1 FROM receipts WHERE register_id = ?",
        (register_id,),
    ).fetchone()[0]


def _find_by_code(conn: sqlite3.Connection, code: str) -> Product | None:
    row = conn.execute(
        f"SELECT {_PRODUCT_COLUMNS} FROM products WHERE code = ?", (code,)
    ).fetchone()
    return _product(row) if row else None


def _product(row: tuple) -> Product:
    code, name, unit_price, vat_rate, barcode, by_weight = row
    return Product(code, name, unit_price, vat_rate, barcode, bool(by_weight))


def _product_record(p: Product) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "unit_price": p.unit_price,
        "vat_rate": p.vat_rate,
        "barcode": p.barcode,
        "sold_by_weight": p.sold_by_weight,
    }


def _insert_receipt(conn: sqlite3.Connection, receipt: Receipt) -> int:
    shop = receipt.shop
    cur = conn.execute(
        "INSERT INTO receipts (register_id, sequence_number, receipt_type, created_at, sale_id,"
        " shop_name, shop_org_nr, shop_address, total, rounding, ctuid, control_code,"
        " request_id, line_count, vat_count, payment_count, stored_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            shop.register_id,
            receipt.sequence_number,
            receipt.receipt_type.value,
            receipt.created_at.isoformat(),
            receipt.sale_id,
            shop.name,
            shop.org_nr,
            shop.address,
            receipt.total,
            receipt.rounding,
            receipt.control.ctuid,
            receipt.control.code,
            receipt.request_id,
            len(receipt.lines),
            len(receipt.vat),
            len(receipt.payments),
            utc_now(),
        ),
    )
    receipt_id = cur.lastrowid
    assert receipt_id is not None
    conn.executemany(
        "INSERT INTO receipt_lines (receipt_id, position, line_no, product_code, name,"
        " unit_price, quantity, vat_rate, sold_by_weight, discount, amount)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                receipt_id,
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
            )
            for pos, line in enumerate(receipt.lines)
        ],
    )
    conn.executemany(
        "INSERT INTO receipt_vat (receipt_id, position, rate, gross, vat) VALUES (?, ?, ?, ?, ?)",
        [(receipt_id, pos, s.rate, s.gross, s.vat) for pos, s in enumerate(receipt.vat)],
    )
    conn.executemany(
        "INSERT INTO receipt_payments (receipt_id, position, method, amount, tendered, change,"
        " card) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                receipt_id,
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
    return receipt_id


def _load_receipt(conn: sqlite3.Connection, row: tuple) -> Receipt:
    (
        receipt_id,
        register_id,
        sequence_number,
        receipt_type,
        created_at,
        sale_id,
        shop_name,
        shop_org_nr,
        shop_address,
        rounding,
        ctuid,
        control_code,
        request_id,
    ) = row
    lines = tuple(
        SaleLine(
            line_no=r[0],
            product_code=r[1],
            name=r[2],
            unit_price=r[3],
            quantity=r[4],
            vat_rate=r[5],
            sold_by_weight=bool(r[6]),
            discount=r[7],
        )
        for r in conn.execute(
            "SELECT line_no, product_code, name, unit_price, quantity, vat_rate,"
            " sold_by_weight, discount FROM receipt_lines WHERE receipt_id = ? ORDER BY position",
            (receipt_id,),
        )
    )
    vat = tuple(
        VatSection(rate, gross, v)
        for rate, gross, v in conn.execute(
            "SELECT rate, gross, vat FROM receipt_vat WHERE receipt_id = ? ORDER BY position",
            (receipt_id,),
        )
    )
    payments = tuple(
        Payment(PaymentMethod(method), amount, tendered, change, cards.slip_from_json(card))
        for method, amount, tendered, change, card in conn.execute(
            "SELECT method, amount, tendered, change, card FROM receipt_payments"
            " WHERE receipt_id = ? ORDER BY position",
            (receipt_id,),
        )
    )
    return Receipt(
        shop=ShopIdentity(shop_name, shop_org_nr, shop_address, register_id),
        sequence_number=sequence_number,
        receipt_type=ReceiptType(receipt_type),
        created_at=datetime.fromisoformat(created_at),
        sale_id=sale_id,
        lines=lines,
        vat=vat,
        rounding=rounding,
        payments=payments,
        control=ControlCode(ctuid, control_code),
        request_id=request_id,
    )


def _card(payment: Payment) -> str | None:
    return cards.slip_json(payment.card)
