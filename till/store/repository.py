"""TillStore: the one object the rest of the till calls to read and write the database.

Each public write is one transaction: either all of it is on disk, or none of it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol, TypeVar

from till.core.card import CardPayment
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptCopy,
    ReceiptType,
    ShopIdentity,
)
from till.core.report import GrandTotals, ReportInput, ReportKind, VoidedSale
from till.core.sale import Product, ReceiptRef, Sale, SaleKind, SaleLine, format_quantity
from till.core.vat import VatSection
from till.store import card_payments as cards
from till.store import journal as journal_mod
from till.store import pin_lockout, registrations
from till.store.database import (
    DEFAULT_BUSY_TIMEOUT,
    RECEIPT_DISK_MESSAGE,
    CopyExists,
    Database,
    PeriodClosed,
    ReturnRefused,
    SequenceNumberTaken,
    StoreError,
)
from till.store.export import line_record, receipt_record
from till.store.journal import JournalReport, JournalRow, canonical_json, utc_now
from till.store.pin_lockout import PinLockout
from till.store.registrations import Registration

_T = TypeVar("_T")


class JournalWatcher(Protocol):
    def committed(self, conn: sqlite3.Connection) -> None: ...
    def closing(self, conn: sqlite3.Connection) -> None: ...


_PRODUCT_COLUMNS = "code, name, unit_price, vat_rate, barcode, sold_by_weight, service"
_RECEIPT_COLUMNS = (
    "id, register_id, sequence_number, receipt_type, created_at, sale_id, shop_name, "
    "shop_org_nr, shop_address, rounding, ctuid, control_code, request_id, kind, "
    "original_register, original_number"
)
_CASH_INVOICE_COLUMNS = (
    "id, register_id, number, 'kontantnota', created_at, sale_id, shop_name, "
    "shop_org_nr, shop_address, rounding, NULL, NULL, request_id, kind, "
    "original_register, original_number"
)

# Journal kinds that register something in a period; a Z report needs at least one.
REGISTRATIONS = ("receipt", "cash_invoice", "receipt_copy", "sale_voided", "drawer_opened")
# The registrations that make a day one that needs its Z report.
DAY_REGISTRATIONS = ("receipt", "cash_invoice", "sale_voided")
# Drawer openings the checkout journals as part of a sale; all others are "without a sale".
SALE_DRAWER_REASONS = ("cash sale", "cash refund")

PIN_ITERATIONS = 200_000
_PIN = re.compile(r"[0-9]{4,12}")

_TYPE_NAMES = {
    ReceiptType.NORMAL: "a normal receipt",
    ReceiptType.TRAINING: "a training receipt",
    ReceiptType.PRO_FORMA: "a pro forma receipt",
}


@dataclass(frozen=True, slots=True)
class RegisterModes:
    training: bool = False
    offline: bool = False  # the control unit is out: cash invoices instead of receipts


@dataclass(frozen=True, slots=True)
class ZReportRecord:
    number: int
    created_at: datetime
    first_journal_id: int  # the period: journal rows first..last, both included
    last_journal_id: int
    grand_totals: GrandTotals
    content: dict[str, Any]


@dataclass(frozen=True, slots=True)
class _Series:
    """Where one kind of numbered sale document lives: receipts, or offline cash invoices."""

    head: str
    number: str
    columns: str
    lines: str
    vat: str
    payments: str
    fk: str


_RECEIPTS = _Series(
    "receipts",
    "sequence_number",
    _RECEIPT_COLUMNS,
    "receipt_lines",
    "receipt_vat",
    "receipt_payments",
    "receipt_id",
)
_CASH_INVOICES = _Series(
    "cash_invoices",
    "number",
    _CASH_INVOICE_COLUMNS,
    "cash_invoice_lines",
    "cash_invoice_vat",
    "cash_invoice_payments",
    "invoice_id",
)


class TillStore:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._watcher: JournalWatcher | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        journal_key: bytes | None = None,
    ) -> TillStore:
        """Open (creating folders and the file if needed) and bring the schema up to date.
        Journal rows are signed with `journal_key`, by default the installation's key from the
        keyring (till.secrets; SecretsUnavailable without a usable keyring)."""
        if journal_key is None:
            from till import secrets

            journal_key = secrets.journal_key()
        db = Database.open(path, busy_timeout=busy_timeout)
        db.conn.journal_key = journal_key  # type: ignore[attr-defined]  # a TillConnection
        return cls(db)

    def close(self) -> None:
        if self._watcher is not None:
            with self._db.lock:
                self._watcher.closing(self._db.conn)
        self._db.close()

    def watch_journal(self, watcher: JournalWatcher | None) -> None:
        """`watcher.committed(conn)` after each write transaction and `watcher.closing(conn)`
        at close: the journal anchor in the keyring (journal_anchor.py)."""
        self._watcher = watcher
        conn = self._db.conn
        self._db.after_commit = None if watcher is None else (lambda: watcher.committed(conn))

    def check_journal(self, check: Callable[[sqlite3.Connection], _T]) -> _T:
        """Run a journal check (journal_anchor.py) on one read snapshot."""
        with self._db.reading() as conn:
            return check(conn)

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
                    f"INSERT INTO products ({_PRODUCT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (code) DO UPDATE SET name = excluded.name,"
                    " unit_price = excluded.unit_price, vat_rate = excluded.vat_rate,"
                    " barcode = excluded.barcode, sold_by_weight = excluded.sold_by_weight,"
                    " service = excluded.service",
                    (
                        p.code,
                        p.name,
                        p.unit_price,
                        p.vat_rate,
                        p.barcode,
                        int(p.sold_by_weight),
                        int(p.service),
                    ),
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
        return [_product(row[:7]) for row in rows]

    def product_count(self) -> int:
        with self._db.reading() as conn:
            return conn.execute("SELECT count(*) FROM products").fetchone()[0]

    # -- the open sale ---------------------------------------------------------------------

    def save_open_sale(self, sale: Sale, *, register_id: str, kind: str, data: dict) -> None:
        """Snapshot the sale and journal what the cashier did, together or not at all."""
        lines = json.dumps([asdict(line) for line in sale.lines], ensure_ascii=False)
        original = sale.original
        with self._db.transaction() as conn:
            conn.execute(
                "INSERT INTO open_sales (register_id, sale_id, lines, saved_at, kind,"
                " original_register, original_number) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (register_id) DO UPDATE SET sale_id = excluded.sale_id,"
                " lines = excluded.lines, saved_at = excluded.saved_at, kind = excluded.kind,"
                " original_register = excluded.original_register,"
                " original_number = excluded.original_number",
                (
                    register_id,
                    sale.sale_id,
                    lines,
                    utc_now(),
                    sale.kind.value,
                    original.register_id if original else None,
                    original.sequence_number if original else None,
                ),
            )
            journal_mod.append(conn, kind, {"sale_id": sale.sale_id, **data}, register_id)

    def load_open_sale(self, register_id: str) -> Sale | None:
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT sale_id, lines, kind, original_register, original_number"
                " FROM open_sales WHERE register_id = ?",
                (register_id,),
            ).fetchone()
        if row is None:
            return None
        sale_id, lines, kind, original_register, original_number = row
        # Snapshots from before returns lack the new line fields: SaleLine's defaults fill them.
        return Sale(
            sale_id=sale_id,
            lines=[SaleLine(**d) for d in json.loads(lines)],
            kind=SaleKind(kind),
            original=_ref(original_register, original_number),
        )

    def void_open_sale(
        self, sale: Sale, *, register_id: str, reason: str, training: bool = False
    ) -> None:
        """Journal the abandoned sale with its lines and total (X/Z report point 19). A
        cancelled return or a training sale is journaled too but is not an unfinished sale."""
        data = {
            "sale_id": sale.sale_id,
            "reason": reason,
            "lines": [line_record(line) for line in sale.lines],
            "total": sale.total,
            "kind": sale.kind.value,
            "training": training,
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
            return _next_number(conn, _RECEIPTS, register_id)

    def store_receipt(
        self, receipt: Receipt, *, keep_open_sale: bool = False, drawer_reason: str = ""
    ) -> None:
        """Store the receipt (normal, training or pro forma; a sale or a return), journal it and
        close the open sale, in one transaction. With keep_open_sale (a pro forma receipt: not
        a sale) the open sale stays and only the "receipt" event is journaled. With a
        drawer_reason the drawer's opening for it is journaled in the same transaction. Its
        control-code request (registrations.py) is marked stored with it.

        Raises SequenceNumberTaken if the number is no longer max + 1 for the register, and
        ReturnRefused for a return the original receipt does not allow."""
        if receipt.receipt_type not in _TYPE_NAMES:
            raise ValueError(
                f"a {receipt.receipt_type.value} receipt is not stored with store_receipt"
            )
        if receipt.control is None:
            raise ValueError("a receipt needs its control code; only a cash invoice has none")
        self._store_sale_document(
            receipt,
            _RECEIPTS,
            "receipt",
            keep_open_sale=keep_open_sale,
            drawer_reason=drawer_reason,
        )

    def receipt(self, register_id: str, sequence_number: int) -> Receipt | None:
        with self._db.reading() as conn:
            return _find(conn, _RECEIPTS, register_id, sequence_number)

    def receipts(self, register_id: str | None = None) -> Iterator[Receipt]:
        """Oldest first. Loads one receipt at a time so a long export does not hold the lock."""
        return self._iter_documents(_RECEIPTS, register_id)

    def returnable(
        self, ref: ReceiptRef, *, receipt_type: ReceiptType = ReceiptType.NORMAL
    ) -> list[tuple[int, SaleLine, int]]:
        """Each line of the original receipt: (position, line, quantity still returnable).

        What earlier returns took back counts against it: normal returns and cash invoices
        together, training and pro forma returns each on their own (pass the type of the return
        being made). Raises ReturnRefused if `ref` is no stored normal sale receipt."""
        with self._db.reading() as conn:
            return _returnable(conn, ref, _return_class(receipt_type))

    # -- copies ----------------------------------------------------------------------------

    def store_copy(self, copy: ReceiptCopy) -> None:
        """Store the receipt's one copy with its journal event, in one transaction.

        Raises CopyExists if the receipt already has its copy, and StoreError (copy_refused) if
        the receipt is not stored or is not a normal receipt."""
        if copy.created_at.tzinfo is None:
            raise ValueError("a copy's created_at must carry a time zone")
        ref = copy.receipt.ref
        with self._db.transaction() as conn:
            row = conn.execute(
                "SELECT id, receipt_type, total FROM receipts"
                " WHERE register_id = ? AND sequence_number = ?",
                (ref.register_id, ref.sequence_number),
            ).fetchone()
            if row is None:
                raise StoreError(
                    f"There is no receipt {ref.sequence_number} on register {ref.register_id}; "
                    "no copy was made.",
                    code="copy_refused",
                )
            receipt_id, receipt_type, total = row
            if receipt_type != ReceiptType.NORMAL.value:
                raise StoreError(
                    f"Receipt {ref.sequence_number} is "
                    f"{_TYPE_NAMES.get(ReceiptType(receipt_type), receipt_type)}: only a normal "
                    "receipt can have a copy.",
                    code="copy_refused",
                )
            if conn.execute(
                "SELECT 1 FROM receipt_copies WHERE receipt_id = ?", (receipt_id,)
            ).fetchone():
                raise CopyExists(
                    f"Receipt {ref.sequence_number} already has its copy; "
                    "SKVFS 2014:9 allows only one."
                )
            conn.execute(
                "INSERT INTO receipt_copies (receipt_id, created_at, ctuid, control_code,"
                " request_id) VALUES (?, ?, ?, ?, ?)",
                (
                    receipt_id,
                    copy.created_at.isoformat(),
                    copy.control.ctuid,
                    copy.control.code,
                    copy.request_id,
                ),
            )
            journal_mod.append(
                conn,
                "receipt_copy",
                {
                    "register_id": ref.register_id,
                    "sequence_number": ref.sequence_number,
                    "amount": total,
                    "created_at": copy.created_at.isoformat(),
                    "ctuid": copy.control.ctuid,
                    "control_code": copy.control.code,
                    "request_id": copy.request_id,
                },
                ref.register_id,
            )

    def copy_of(self, ref: ReceiptRef) -> ReceiptCopy | None:
        with self._db.reading() as conn:
            return _copy_of(conn, ref)

    # -- cash invoices (offline mode) ------------------------------------------------------

    def next_cash_invoice_number(self, register_id: str) -> int:
        with self._db.reading() as conn:
            return _next_number(conn, _CASH_INVOICES, register_id)

    def store_cash_invoice(self, receipt: Receipt, *, drawer_reason: str = "") -> None:
        """Store a cash invoice (issued while the control unit is out), journal it and close the
        open sale, in one transaction. Its number is from the register's cash invoice series.

        Raises SequenceNumberTaken if the number is no longer max + 1 of that series."""
        if receipt.receipt_type is not ReceiptType.CASH_INVOICE:
            raise ValueError("store_cash_invoice stores cash invoices (ReceiptType.CASH_INVOICE)")
        if receipt.control is not None:
            raise ValueError("a cash invoice has no control code: the control unit was out")
        self._store_sale_document(
            receipt, _CASH_INVOICES, "cash_invoice", drawer_reason=drawer_reason
        )

    # -- control-code requests and printed originals, written ahead (registrations.py) -----

    def begin_registration(self, receipt: Receipt) -> Registration:
        """Save the receipt-to-be and its control-code request before the request is sent."""
        with self._db.transaction(disk_message=RECEIPT_DISK_MESSAGE) as conn:
            expected = _next_number(conn, _RECEIPTS, receipt.shop.register_id)
            if receipt.sequence_number != expected:
                raise SequenceNumberTaken(
                    f"Receipt number {receipt.sequence_number} is not the next one "
                    f"({expected}); nothing was sent.",
                    detail=f"receipts: expected {expected}, got {receipt.sequence_number}",
                )
            return registrations.begin(conn, receipt)

    def answer_registration(self, registration: Registration, control: ControlCode) -> Registration:
        with self._db.transaction(disk_message=RECEIPT_DISK_MESSAGE) as conn:
            return registrations.answer(conn, registration, control)

    def fail_registration(self, registration: Registration, error: dict[str, Any]) -> None:
        with self._db.transaction() as conn:
            registrations.fail(conn, registration, error)

    def open_registration(self, register_id: str) -> Registration | None:
        """The control-code request in flight for the register, if any (sent or answered)."""
        with self._db.reading() as conn:
            return registrations.open_registration(conn, register_id)

    def mark_printed(self, receipt: Receipt) -> bool:
        """The original came off the printer; journaled. False if it was marked before."""
        with self._db.transaction() as conn:
            marked = registrations.mark_printed(conn, receipt)
            if marked:
                journal_mod.append(
                    conn,
                    "original_printed",
                    {
                        "series": registrations.series_of(receipt),
                        "sequence_number": receipt.sequence_number,
                    },
                    receipt.shop.register_id,
                )
            return marked

    def is_printed(self, receipt: Receipt) -> bool:
        with self._db.reading() as conn:
            return registrations.is_printed(conn, receipt)

    def unprinted_originals(self, register_id: str) -> list[Receipt]:
        """Stored receipts and cash invoices whose original was never printed."""
        with self._db.reading() as conn:
            found = []
            for series, number in registrations.unprinted(conn, register_id):
                kind = _RECEIPTS if series == "receipt" else _CASH_INVOICES
                receipt = _find(conn, kind, register_id, number)
                if receipt is not None:
                    found.append(receipt)
            return found

    def cash_invoice(self, register_id: str, number: int) -> Receipt | None:
        with self._db.reading() as conn:
            return _find(conn, _CASH_INVOICES, register_id, number)

    def cash_invoices(self, register_id: str | None = None) -> Iterator[Receipt]:
        """Oldest first, one at a time, as receipts()."""
        return self._iter_documents(_CASH_INVOICES, register_id)

    def _store_sale_document(
        self,
        receipt: Receipt,
        series: _Series,
        event: str,
        *,
        keep_open_sale: bool = False,
        drawer_reason: str = "",
    ) -> None:
        if receipt.created_at.tzinfo is None:
            raise ValueError("a receipt's created_at must carry a time zone")
        if receipt.original is not None and receipt.kind is not SaleKind.RETURN:
            raise ValueError("only a return names an original receipt")
        register_id = receipt.shop.register_id
        record = receipt_record(receipt)
        what = "cash invoice" if series is _CASH_INVOICES else "receipt"
        with self._db.transaction(disk_message=RECEIPT_DISK_MESSAGE) as conn:
            expected = _next_number(conn, series, register_id)
            if receipt.sequence_number != expected:
                raise SequenceNumberTaken(
                    f"{what.capitalize()} number {receipt.sequence_number} cannot be used on "
                    f"register {register_id}: the next number in the series is {expected}. "
                    f"The {what} was NOT saved.",
                    detail=f"{series.head}: expected {expected}, got {receipt.sequence_number}",
                )
            _check_return(conn, receipt)
            cards.check_card_tenders(conn, receipt)  # never paid by a reversed card
            row_id = _insert(conn, series, receipt)
            if series is _RECEIPTS:
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
                    f"{what.replace(' ', '_')}_row": row_id,
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
            conn.execute(
                "DELETE FROM open_sales WHERE register_id = ? AND sale_id = ?",
                (register_id, receipt.sale_id),
            )

    def _iter_documents(self, series: _Series, register_id: str | None) -> Iterator[Receipt]:
        with self._db.reading() as conn:
            if register_id is None:
                ids = [r[0] for r in conn.execute(f"SELECT id FROM {series.head} ORDER BY id")]
            else:
                ids = [
                    r[0]
                    for r in conn.execute(
                        f"SELECT id FROM {series.head} WHERE register_id = ?"
                        f" ORDER BY {series.number}",
                        (register_id,),
                    )
                ]
        for row_id in ids:
            with self._db.reading() as conn:
                row = conn.execute(
                    f"SELECT {series.columns} FROM {series.head} WHERE id = ?", (row_id,)
                ).fetchone()
                receipt = _load(conn, series, row)
            yield receipt  # outside the lock: the consumer may take its time

    # -- register modes and the manager PIN --------------------------------------------------

    def modes(self, register_id: str) -> RegisterModes:
        with self._db.reading() as conn:
            row = conn.execute(
                "SELECT training, offline FROM register_modes WHERE register_id = ?",
                (register_id,),
            ).fetchone()
        return RegisterModes(bool(row[0]), bool(row[1])) if row else RegisterModes()

    def set_training(self, register_id: str, on: bool, *, by: str) -> None:
        """Training mode on or off, journaled with who did it."""
        self._set_mode(register_id, "training", on, "training_mode", {"by": by})

    def set_offline(self, register_id: str, on: bool, *, reason: str) -> None:
        """Offline mode (cash invoices) on or off, journaled with why: the shop must document
        the outage (SKVFS 2014:10 4 kap. 1 §)."""
        self._set_mode(register_id, "offline", on, "offline_mode", {"reason": reason})

    def _set_mode(
        self, register_id: str, column: str, on: bool, kind: str, data: dict[str, Any]
    ) -> None:
        with self._db.transaction() as conn:
            conn.execute(
                f"INSERT INTO register_modes (register_id, {column}, updated_at) VALUES (?, ?, ?)"
                f" ON CONFLICT (register_id) DO UPDATE SET {column} = excluded.{column},"
                " updated_at = excluded.updated_at",
                (register_id, int(on), utc_now()),
            )
            journal_mod.append(conn, kind, {"on": bool(on), **data}, register_id)

    def set_manager_pin(self, pin: str, *, register_id: str) -> None:
        """Set (or replace) the manager's PIN: 4 to 12 digits, kept only as a salted hash."""
        if not isinstance(pin, str) or not _PIN.fullmatch(pin):
            raise StoreError("A manager PIN is 4 to 12 digits.", code="pin_invalid")
        salt = os.urandom(16)
        digest = _pin_hash(pin, salt, PIN_ITERATIONS)
        with self._db.transaction() as conn:
            replaced = conn.execute("SELECT 1 FROM manager_pin").fetchone() is not None
            conn.execute(
                "INSERT INTO manager_pin (id, salt, hash, iterations, set_at)"
                " VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET salt = excluded.salt,"
                " hash = excluded.hash, iterations = excluded.iterations,"
                " set_at = excluded.set_at",
                (salt, digest, PIN_ITERATIONS, utc_now()),
            )
            journal_mod.append(conn, "manager_pin_set", {"replaced": replaced}, register_id)

    def has_manager_pin(self) -> bool:
        with self._db.reading() as conn:
            return conn.execute("SELECT 1 FROM manager_pin").fetchone() is not None

    def check_manager_pin(self, pin: str) -> bool:
        """True if `pin` is the manager's PIN. Not journaled: the caller journals approvals."""
        with self._db.reading() as conn:
            row = conn.execute("SELECT salt, hash, iterations FROM manager_pin").fetchone()
        if row is None or not isinstance(pin, str) or not _PIN.fullmatch(pin):
            return False
        salt, digest, iterations = row
        return hmac.compare_digest(_pin_hash(pin, salt, iterations), digest)

    def manager_pin_lockout(self) -> PinLockout:
        with self._db.reading() as conn:
            return pin_lockout.read(conn)

    def manager_pin_locked_for(self, *, now: float) -> float:
        """Seconds the manager PIN's lockout still lasts; 0.0 when not locked."""
        with self._db.transaction() as conn:
            return pin_lockout.locked_for(conn, now=now)

    def reserve_manager_pin_try(self, *, now: float) -> float:
        """Count a PIN try as wrong until it proves right: 0.0, or the lockout's seconds left
        (then nothing is counted). See store/pin_lockout.py."""
        with self._db.transaction() as conn:
            return pin_lockout.reserve(conn, now=now)

    def finish_manager_pin_try(
        self, right: bool, kind: str, data: dict[str, Any], *, register_id: str
    ) -> None:
        """Journal a reserved try's outcome; a right PIN ends the wrong ones in a row."""
        with self._db.transaction() as conn:
            if right:
                pin_lockout.proven_right(conn)
            journal_mod.append(conn, kind, data, register_id)

    # -- X and Z reports ---------------------------------------------------------------------

    def last_journal_id(self) -> int:
        with self._db.reading() as conn:
            return _last_journal_id(conn)

    def last_z_report(self, register_id: str) -> ZReportRecord | None:
        with self._db.reading() as conn:
            return _last_z(conn, register_id)

    def z_report(self, register_id: str, number: int) -> ZReportRecord | None:
        with self._db.reading() as conn:
            row = conn.execute(
                f"SELECT {_Z_COLUMNS} FROM z_reports WHERE register_id = ? AND number = ?",
                (register_id, number),
            ).fetchone()
        return _z_record(row) if row else None

    def next_z_number(self, register_id: str) -> int:
        with self._db.reading() as conn:
            last = _last_z(conn, register_id)
        return last.number + 1 if last else 1

    def store_z_report(
        self,
        register_id: str,
        number: int,
        created_at: datetime,
        first_journal_id: int,
        last_journal_id: int,
        grand_totals: GrandTotals,
        content: dict[str, Any],
    ) -> None:
        """Store the Z report that closes journal rows first..last, with its journal event.

        Raises PeriodClosed if the period holds no registration (the period is already closed),
        and StoreError if the number or the period does not follow the previous Z report."""
        if created_at.tzinfo is None:
            raise ValueError("a Z report's created_at must carry a time zone")
        text = canonical_json(content)
        with self._db.transaction() as conn:
            last = _last_z(conn, register_id)
            expected = last.number + 1 if last else 1
            if number != expected:
                raise StoreError(
                    f"Z report number {number} cannot be used on register {register_id}: the "
                    f"next Z report is number {expected}. The Z report was NOT saved.",
                    code="z_number_taken",
                )
            start = last.last_journal_id + 1 if last else 1
            if first_journal_id != start:
                raise StoreError(
                    "The Z report does not start where the previous one ended (another Z "
                    "report was taken meanwhile?). Take the report again.",
                    code="z_period_mismatch",
                    detail=f"first_journal_id {first_journal_id}, expected {start}",
                )
            registered = conn.execute(
                "SELECT 1 FROM journal WHERE id BETWEEN ? AND ? AND register_id = ?"
                f" AND kind IN ({','.join('?' * len(REGISTRATIONS))}) LIMIT 1",
                (first_journal_id, last_journal_id, register_id, *REGISTRATIONS),
            ).fetchone()
            if registered is None:
                after = f" since Z report {last.number}" if last else ""
                raise PeriodClosed(
                    f"Nothing was registered on register {register_id}{after}: the period is "
                    "already closed, and a second Z report for it is not allowed."
                )
            # The head printed on the report is the hash of the row it closes (journal_anchor.py).
            printed_head = content.get("last_journal_hash")
            closed = conn.execute(
                "SELECT hash FROM journal WHERE id = ?", (last_journal_id,)
            ).fetchone()
            if printed_head and (closed is None or closed[0] != printed_head):
                raise StoreError(
                    "The Z report's journal head is not the journal's row it closes. Take the "
                    "report again.",
                    code="z_head_mismatch",
                    detail=f"row {last_journal_id}: {closed}, report {printed_head}",
                )
            conn.execute(
                "INSERT INTO z_reports (register_id, number, created_at, first_journal_id,"
                " last_journal_id, grand_sales, grand_returns, content, stored_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    register_id,
                    number,
                    created_at.isoformat(),
                    first_journal_id,
                    last_journal_id,
                    grand_totals.sales,
                    grand_totals.returns,
                    text,
                    utc_now(),
                ),
            )
            journal_mod.append(
                conn,
                "z_report",
                {
                    "number": number,
                    "created_at": created_at.isoformat(),
                    "first_journal_id": first_journal_id,
                    "last_journal_id": last_journal_id,
                    "grand_sales": grand_totals.sales,
                    "grand_returns": grand_totals.returns,
                    "content_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                    **({"last_journal_hash": printed_head} if printed_head else {}),
                },
                register_id,
            )

    def report_input(
        self,
        shop: ShopIdentity,
        *,
        kind: ReportKind,
        produced_at: datetime,
        change_fund: int,
        z_number: int | None = None,
    ) -> ReportInput:
        """Everything the register's period holds: its journal rows after the last Z report's,
        up to the newest. A Z report's number defaults to the next in its series."""
        register_id = shop.register_id
        with self._db.reading() as conn:
            last = _last_z(conn, register_id)
            if kind is ReportKind.Z and z_number is None:
                z_number = last.number + 1 if last else 1
            after = last.last_journal_id if last else 0
            head = journal_mod.head(conn)
            upto = head.id if head else 0
            period = journal_mod.rows(conn, after=after, upto=upto, register_id=register_id)
            receipts, copies, invoices, voided = [], [], [], []
            drawer_openings = 0
            for row in period:
                if row.kind == "receipt":
                    receipts.append(_event_document(conn, _RECEIPTS, row))
                elif row.kind == "cash_invoice":
                    invoices.append(_event_document(conn, _CASH_INVOICES, row))
                elif row.kind == "receipt_copy":
                    ref = ReceiptRef(row.data["register_id"], row.data["sequence_number"])
                    copy = _copy_of(conn, ref)
                    if copy is None:
                        raise _missing(row, f"copy of receipt {ref.sequence_number}")
                    copies.append(copy)
                elif row.kind == "sale_voided" and _unfinished_sale(row.data):
                    at = datetime.fromisoformat(row.at)
                    voided.append(VoidedSale(row.data["sale_id"], row.data["total"], at))
                elif row.kind == "drawer_opened" and _without_sale(row.data):
                    drawer_openings += 1
        return ReportInput(
            shop=shop,
            produced_at=produced_at,
            kind=kind,
            z_number=z_number,
            first_journal_id=after + 1,
            last_journal_id=upto,
            receipts=tuple(receipts),
            copies=tuple(copies),
            cash_invoices=tuple(invoices),
            drawer_openings_without_sale=drawer_openings,
            voided_sales=tuple(voided),
            change_fund=change_fund,
            last_journal_hash=head.hash if head else "",
            previous_grand_totals=last.grand_totals if last else GrandTotals(),
        )

    def first_unclosed_day(
        self, register_id: str, today: date | None = None, *, tz: tzinfo | None = None
    ) -> date | None:
        """The local date of the first sale, return or voided sale after the last Z report, if
        that day is over (before `today`): that day has no Z report yet. None otherwise.
        `tz`: the shop's time zone (default: the computer's)."""
        with self._db.reading() as conn:
            last = _last_z(conn, register_id)
            row = conn.execute(
                "SELECT at FROM journal WHERE id > ? AND register_id = ?"
                f" AND kind IN ({','.join('?' * len(DAY_REGISTRATIONS))}) ORDER BY id LIMIT 1",
                (last.last_journal_id if last else 0, register_id, *DAY_REGISTRATIONS),
            ).fetchone()
        if row is None:
            return None
        day = datetime.fromisoformat(row[0]).astimezone(tz).date()
        if today is None:
            today = datetime.now(tz).date()
        return day if day < today else None

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
        """Payments (or their reversals) sent whose outcome is not known: settled first."""
        with self._db.reading() as conn:
            return cards.select(conn, f"register_id = ? AND {cards.OPEN_SQL}", (register_id,))

    # -- journal ---------------------------------------------------------------------------

    def journal(self, kind: str, data: dict, *, register_id: str) -> None:
        with self._db.transaction() as conn:
            journal_mod.append(conn, kind, data, register_id)

    def journal_rows(self) -> list[JournalRow]:
        with self._db.reading() as conn:
            return journal_mod.rows(conn)

    def last_journal_row(self, kind: str, register_id: str) -> JournalRow | None:
        with self._db.reading() as conn:
            return journal_mod.last_of_kind(conn, kind, register_id)

    def iter_journal(self, batch: int = 1000) -> Iterator[JournalRow]:
        """Every row, oldest first, read in batches so a long export does not hold the lock."""
        after = 0
        while True:
            with self._db.reading() as conn:
                rows = journal_mod.rows(conn, after=after, limit=batch)
            if not rows:
                return
            yield from rows
            after = rows[-1].id

    def verify_journal(self) -> JournalReport:
        """Every row and record; the anchor's checks are journal_anchor.full_check's."""
        from till.store.journal_records import compare_event

        with self._db.reading() as conn:
            return journal_mod.verify(conn, compare=compare_event)


def _next_number(conn: sqlite3.Connection, series: _Series, register_id: str) -> int:
    return conn.execute(
        f"SELECT coalesce(max({series.number}), 0) + 1 FROM {series.head} WHERE register_id = ?",
        (register_id,),
    ).fetchone()[0]


def _last_journal_id(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]


def _ref(register_id: str | None, number: int | None) -> ReceiptRef | None:
    return None if register_id is None or number is None else ReceiptRef(register_id, number)


def _find_by_code(conn: sqlite3.Connection, code: str) -> Product | None:
    row = conn.execute(
        f"SELECT {_PRODUCT_COLUMNS} FROM products WHERE code = ?", (code,)
    ).fetchone()
    return _product(row) if row else None


def _product(row: tuple) -> Product:
    code, name, unit_price, vat_rate, barcode, by_weight, service = row
    return Product(code, name, unit_price, vat_rate, barcode, bool(by_weight), bool(service))


def _product_record(p: Product) -> dict[str, Any]:
    return {
        "code": p.code,
        "name": p.name,
        "unit_price": p.unit_price,
        "vat_rate": p.vat_rate,
        "barcode": p.barcode,
        "sold_by_weight": p.sold_by_weight,
        "service": p.service,
    }


def _pin_hash(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, iterations)


# -- receipts and cash invoices ----------------------------------------------------------------


def _return_class(receipt_type: ReceiptType) -> str:
    """As schema._return_class: real money apart from training and pro forma."""
    if receipt_type in (ReceiptType.NORMAL, ReceiptType.CASH_INVOICE):
        return "real"
    return receipt_type.value


def _returnable(
    conn: sqlite3.Connection, ref: ReceiptRef, return_class: str
) -> list[tuple[int, SaleLine, int]]:
    row = conn.execute(
        "SELECT id, kind, receipt_type FROM receipts WHERE register_id = ? AND sequence_number = ?",
        (ref.register_id, ref.sequence_number),
    ).fetchone()
    if row is None:
        raise ReturnRefused(
            f"There is no receipt {ref.sequence_number} on register {ref.register_id}."
        )
    receipt_id, kind, receipt_type = row
    if kind != SaleKind.SALE.value:
        raise ReturnRefused(
            f"Receipt {ref.sequence_number} is itself a return: only a sale can be returned."
        )
    if receipt_type != ReceiptType.NORMAL.value:
        raise ReturnRefused(
            f"Receipt {ref.sequence_number} is {_TYPE_NAMES[ReceiptType(receipt_type)]}: only a "
            "normal sale receipt can be returned against."
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
        for position, line in _lines(conn, _RECEIPTS, receipt_id)
    ]


def _check_return(conn: sqlite3.Connection, receipt: Receipt) -> None:
    """Plain words for what the triggers would refuse anyway."""
    from_original = [line for line in receipt.lines if line.returned_from is not None]
    if receipt.original is None:
        if from_original:
            raise ValueError("a line names an original line, but the receipt names no original")
        return
    n = receipt.original.sequence_number
    left = {
        position: (line, quantity)
        for position, line, quantity in _returnable(
            conn, receipt.original, _return_class(receipt.receipt_type)
        )
    }
    taken: dict[int, int] = {}
    for line in receipt.lines:
        if line.returned_from is None or line.returned_from not in left:
            raise ReturnRefused(
                f"{line.name} is not a line of receipt {n}: a return against a receipt can only "
                "take back what is on it. The return was NOT saved."
            )
        original, quantity = left[line.returned_from]
        if (line.product_code, line.unit_price, line.vat_rate) != (
            original.product_code,
            original.unit_price,
            original.vat_rate,
        ):
            raise ReturnRefused(
                f"{line.name} does not match line {line.returned_from + 1} of receipt {n} "
                "(code, price or VAT differ). The return was NOT saved."
            )
        taken[line.returned_from] = taken.get(line.returned_from, 0) + line.quantity
        if taken[line.returned_from] > quantity:
            left_text = format_quantity(quantity, by_weight=original.sold_by_weight)
            raise ReturnRefused(
                f"Only {left_text} of {original.name} from receipt {n} can still be returned. "
                "The return was NOT saved."
            )


def _insert(conn: sqlite3.Connection, series: _Series, receipt: Receipt) -> int:
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
        "stored_at": utc_now(),
    }
    if series is _RECEIPTS:
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
        " returned_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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


def _find(
    conn: sqlite3.Connection, series: _Series, register_id: str, number: int
) -> Receipt | None:
    row = conn.execute(
        f"SELECT {series.columns} FROM {series.head} WHERE register_id = ? AND {series.number} = ?",
        (register_id, number),
    ).fetchone()
    return _load(conn, series, row) if row else None


def _lines(conn: sqlite3.Connection, series: _Series, row_id: int) -> list[tuple[int, SaleLine]]:
    return [
        (
            r[0],
            SaleLine(
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
            ),
        )
        for r in conn.execute(
            "SELECT position, line_no, product_code, name, unit_price, quantity, vat_rate,"
            f" sold_by_weight, discount, service, returned_from FROM {series.lines}"
            f" WHERE {series.fk} = ? ORDER BY position",
            (row_id,),
        )
    ]


def _load(conn: sqlite3.Connection, series: _Series, row: tuple) -> Receipt:
    (
        row_id,
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
        kind,
        original_register,
        original_number,
    ) = row
    vat = tuple(
        VatSection(rate, gross, v)
        for rate, gross, v in conn.execute(
            f"SELECT rate, gross, vat FROM {series.vat} WHERE {series.fk} = ? ORDER BY position",
            (row_id,),
        )
    )
    payments = tuple(
        Payment(PaymentMethod(method), amount, tendered, change, cards.slip_from_json(card))
        for method, amount, tendered, change, card in conn.execute(
            f"SELECT method, amount, tendered, change, card FROM {series.payments}"
            f" WHERE {series.fk} = ? ORDER BY position",
            (row_id,),
        )
    )
    return Receipt(
        shop=ShopIdentity(shop_name, shop_org_nr, shop_address, register_id),
        sequence_number=sequence_number,
        receipt_type=ReceiptType(receipt_type),
        created_at=datetime.fromisoformat(created_at),
        sale_id=sale_id,
        lines=tuple(line for _, line in _lines(conn, series, row_id)),
        vat=vat,
        rounding=rounding,
        payments=payments,
        control=ControlCode(ctuid, control_code) if ctuid is not None else None,
        request_id=request_id,
        kind=SaleKind(kind),
        original=_ref(original_register, original_number),
    )


def _copy_of(conn: sqlite3.Connection, ref: ReceiptRef) -> ReceiptCopy | None:
    row = conn.execute(
        f"SELECT {', '.join('r.' + c.strip() for c in _RECEIPT_COLUMNS.split(','))},"
        " c.created_at, c.ctuid, c.control_code, c.request_id"
        " FROM receipt_copies c JOIN receipts r ON r.id = c.receipt_id"
        " WHERE r.register_id = ? AND r.sequence_number = ?",
        (ref.register_id, ref.sequence_number),
    ).fetchone()
    if row is None:
        return None
    created_at, ctuid, code, request_id = row[-4:]
    return ReceiptCopy(
        receipt=_load(conn, _RECEIPTS, row[:-4]),
        created_at=datetime.fromisoformat(created_at),
        control=ControlCode(ctuid, code),
        request_id=request_id,
    )


def _event_document(conn: sqlite3.Connection, series: _Series, row: JournalRow) -> Receipt:
    """The receipt or cash invoice a journal event records, as stored."""
    register_id, number = row.data["register_id"], row.data["sequence_number"]
    found = _find(conn, series, register_id, number)
    if found is None:
        raise _missing(row, f"{series.head} {register_id} #{number}")
    return found


def _missing(row: JournalRow, what: str) -> StoreError:
    return StoreError(
        "The journal names a record the database does not hold; the report cannot be made. "
        "Run the journal check (till-admin verify) and call for service.",
        code="store_inconsistent",
        detail=f"journal row {row.id} ({row.kind}): {what} not found",
    )


def _without_sale(data: dict[str, Any]) -> bool:
    flag = data.get("without_sale")
    if isinstance(flag, bool):
        return flag
    return data.get("reason") not in SALE_DRAWER_REASONS


# -- Z reports ------------------------------------------------------------------------------------

_Z_COLUMNS = (
    "number, created_at, first_journal_id, last_journal_id, grand_sales, grand_returns, content"
)


def _last_z(conn: sqlite3.Connection, register_id: str) -> ZReportRecord | None:
    row = conn.execute(
        f"SELECT {_Z_COLUMNS} FROM z_reports WHERE register_id = ? ORDER BY number DESC LIMIT 1",
        (register_id,),
    ).fetchone()
    return _z_record(row) if row else None


def _z_record(row: tuple) -> ZReportRecord:
    number, created_at, first, last, sales, returns, content = row
    return ZReportRecord(
        number=number,
        created_at=datetime.fromisoformat(created_at),
        first_journal_id=first,
        last_journal_id=last,
        grand_totals=GrandTotals(sales, returns),
        content=json.loads(content),
    )


def _unfinished_sale(data: dict) -> bool:
    """A voided real sale (report point 19); not a cancelled return or a training sale."""
    return data.get("kind", "sale") == "sale" and not data.get("training", False)
