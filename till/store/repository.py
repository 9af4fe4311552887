"""TillStore: the one object the rest of the till calls to read and write the database.

Each public write is one transaction: either all of it is on disk, or none of it. The
transactions begin here, so what goes together is visible in one place; the SQL of each area
is in its own module (catalog, open_sale, sale_documents, returns, copies, registrations,
register_modes, manager_pin, pin_lockout, day_reports, card_payments, journal), as functions
of the open connection. The catalog's and the card payments' methods are mixed in from
catalog_shelf.py and card_payment_ledger.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any, Protocol, TypeVar

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import ControlCode, Receipt, ReceiptCopy, ReceiptType, ShopIdentity
from till.core.report import (
    DayReport,
    GrandTotals,
    ReportHead,
    ReportInput,
    ReportKind,
    grand_totals_after,
    report_record,
)
from till.core.report_sums import SALE_DRAWER_REASONS
from till.core.sale import ReceiptRef, Sale, SaleLine
from till.store import card_payments as cards
from till.store import (
    copies,
    day_reports,
    installation,
    manager_pin,
    open_sale,
    pin_lockout,
    register_modes,
    registrations,
    returns,
)
from till.store import journal as journal_mod
from till.store import sale_documents as documents
from till.store.card_payment_ledger import CardPaymentLedger
from till.store.catalog_shelf import CatalogShelf
from till.store.database import (
    DEFAULT_BUSY_TIMEOUT,
    RECEIPT_DISK_MESSAGE,
    Database,
    SequenceNumberTaken,
)
from till.store.day_reports import (
    DAY_REGISTRATIONS,
    REGISTRATIONS,
    ZReportRecord,
)
from till.store.journal import JournalReport, JournalRow
from till.store.journal_shelf import JournalShelf
from till.store.manager_pin import PIN_ITERATIONS
from till.store.pin_lockout import PinLockout
from till.store.register_modes import RegisterModes
from till.store.registrations import Registration
from till.store.users import UserStore

SEQUENCE_NUMBER_TAKEN = Message(
    "sequence_number_taken",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt number {sequence_number} is not the next one ({expected}); nothing was sent.",
    ),
)


__all__ = [
    "DAY_REGISTRATIONS",
    "PIN_ITERATIONS",
    "REGISTRATIONS",
    "SALE_DRAWER_REASONS",
    "JournalWatcher",
    "RegisterModes",
    "TillStore",
    "ZReportRecord",
]

_T = TypeVar("_T")


class JournalWatcher(Protocol):
    def committed(self, conn: sqlite3.Connection) -> None: ...
    def closing(self, conn: sqlite3.Connection) -> None: ...


class TillStore(CatalogShelf, CardPaymentLedger, JournalShelf):
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
        clock: Callable[[], datetime] | None = None,
    ) -> TillStore:
        """Open (creating folders and the file if needed) and bring the schema up to date.
        Journal rows are signed with `journal_key`, by default the installation's key from the
        keyring (till.secrets; SecretsUnavailable without a usable keyring). `clock` (an aware
        datetime) stamps journal rows and stored documents instead of the computer's clock: for
        the benchmark's generator, which writes ten years of past days; the till passes none."""
        if journal_key is None:
            from till import secrets

            journal_key = secrets.journal_key()
        db = Database.open(path, busy_timeout=busy_timeout)
        db.conn.journal_key = journal_key  # type: ignore[attr-defined]  # a TillConnection
        db.conn.clock = clock  # type: ignore[attr-defined]
        return cls(db)

    def close(self) -> None:
        if self._watcher is not None:
            with self._db.lock:
                self._watcher.closing(self._db.conn)
        self._db.close()

    def batch(self) -> AbstractContextManager[None]:
        """The writes made inside it commit together, each call still all or nothing
        (Database.batch). For bulk writing only: the benchmark's generator, never the till."""
        return self._db.batch()

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

    @property
    def users(self) -> UserStore:
        """Cashiers and managers (store/users.py)."""
        return UserStore(self._db)

    # -- the open sale ---------------------------------------------------------------------

    def save_open_sale(self, sale: Sale, *, register_id: str, kind: str, data: dict) -> None:
        """Snapshot the sale and journal what the cashier did, together or not at all."""
        with self._db.transaction() as conn:
            open_sale.save(conn, sale, register_id, kind, data)

    def load_open_sale(self, register_id: str) -> Sale | None:
        with self._db.reading() as conn:
            return open_sale.load(conn, register_id)

    def void_open_sale(
        self, sale: Sale, *, register_id: str, reason: str, training: bool = False
    ) -> None:
        """Journal the abandoned sale with its lines and total (X/Z report point 19). A
        cancelled return or a training sale is journaled too but is not an unfinished sale."""
        with self._db.transaction() as conn:
            open_sale.void(conn, sale, register_id, reason, training)

    # -- receipts --------------------------------------------------------------------------

    def next_sequence_number(self, register_id: str) -> int:
        with self._db.reading() as conn:
            return documents.next_number(conn, documents.RECEIPTS, register_id)

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
        if receipt.receipt_type not in documents.TYPE_NAMES:
            raise ValueError(
                f"a {receipt.receipt_type.value} receipt is not stored with store_receipt"
            )
        if receipt.control is None:
            raise ValueError("a receipt needs its control code; only a cash invoice has none")
        self._store_sale_document(
            receipt,
            documents.RECEIPTS,
            "receipt",
            keep_open_sale=keep_open_sale,
            drawer_reason=drawer_reason,
        )

    def receipt(self, register_id: str, sequence_number: int) -> Receipt | None:
        with self._db.reading() as conn:
            return documents.find(conn, documents.RECEIPTS, register_id, sequence_number)

    def receipts(self, register_id: str | None = None) -> Iterator[Receipt]:
        """Oldest first. Loads one receipt at a time so a long export does not hold the lock."""
        return self._iter_documents(documents.RECEIPTS, register_id)

    def returnable(
        self, ref: ReceiptRef, *, receipt_type: ReceiptType = ReceiptType.NORMAL
    ) -> list[tuple[int, SaleLine, int]]:
        """Each line of the original receipt: (position, line, quantity still returnable).

        What earlier returns took back counts against it: normal returns and cash invoices
        together, training and pro forma returns each on their own (pass the type of the return
        being made). Raises ReturnRefused if `ref` is no stored normal sale receipt."""
        with self._db.reading() as conn:
            return returns.returnable(conn, ref, returns.return_class(receipt_type))

    # -- copies ----------------------------------------------------------------------------

    def store_copy(self, copy: ReceiptCopy) -> None:
        """Store the receipt's one copy with its journal event, in one transaction.

        Raises CopyExists if the receipt already has its copy, and StoreError (copy_refused) if
        the receipt is not stored or is not a normal receipt."""
        if copy.created_at.tzinfo is None:
            raise ValueError("a copy's created_at must carry a time zone")
        with self._db.transaction() as conn:
            copies.store(conn, copy)

    def copy_of(self, ref: ReceiptRef) -> ReceiptCopy | None:
        with self._db.reading() as conn:
            return copies.copy_of(conn, ref)

    # -- cash invoices (offline mode) ------------------------------------------------------

    def next_cash_invoice_number(self, register_id: str) -> int:
        with self._db.reading() as conn:
            return documents.next_number(conn, documents.CASH_INVOICES, register_id)

    def store_cash_invoice(self, receipt: Receipt, *, drawer_reason: str = "") -> None:
        """Store a cash invoice (issued while the control unit is out), journal it and close the
        open sale, in one transaction. Its number is from the register's cash invoice series.

        Raises SequenceNumberTaken if the number is no longer max + 1 of that series."""
        if receipt.receipt_type is not ReceiptType.CASH_INVOICE:
            raise ValueError("store_cash_invoice stores cash invoices (ReceiptType.CASH_INVOICE)")
        if receipt.control is not None:
            raise ValueError("a cash invoice has no control code: the control unit was out")
        self._store_sale_document(
            receipt, documents.CASH_INVOICES, "cash_invoice", drawer_reason=drawer_reason
        )

    def cash_invoice(self, register_id: str, number: int) -> Receipt | None:
        with self._db.reading() as conn:
            return documents.find(conn, documents.CASH_INVOICES, register_id, number)

    def cash_invoices(self, register_id: str | None = None) -> Iterator[Receipt]:
        """Oldest first, one at a time, as receipts()."""
        return self._iter_documents(documents.CASH_INVOICES, register_id)

    def _store_sale_document(
        self,
        receipt: Receipt,
        series: documents.Series,
        event: str,
        *,
        keep_open_sale: bool = False,
        drawer_reason: str = "",
    ) -> None:
        documents.check_new(receipt)
        with self._db.transaction(disk_message=RECEIPT_DISK_MESSAGE) as conn:
            documents.check_number(conn, series, receipt)
            returns.check_return(conn, receipt)
            cards.check_card_tenders(conn, receipt)  # never paid by a reversed card
            documents.store(
                conn,
                series,
                receipt,
                event,
                keep_open_sale=keep_open_sale,
                drawer_reason=drawer_reason,
            )

    def _iter_documents(
        self, series: documents.Series, register_id: str | None
    ) -> Iterator[Receipt]:
        with self._db.reading() as conn:
            ids = documents.ids(conn, series, register_id)
        for row_id in ids:
            with self._db.reading() as conn:
                receipt = documents.by_id(conn, series, row_id)
            yield receipt  # outside the lock: the consumer may take its time

    # -- control-code requests and printed originals, written ahead (registrations.py) -----

    def begin_registration(self, receipt: Receipt) -> Registration:
        """Save the receipt-to-be and its control-code request before the request is sent."""
        with self._db.transaction(disk_message=RECEIPT_DISK_MESSAGE) as conn:
            expected = documents.next_number(conn, documents.RECEIPTS, receipt.shop.register_id)
            if receipt.sequence_number != expected:
                raise SequenceNumberTaken(
                    SEQUENCE_NUMBER_TAKEN,
                    sequence_number=receipt.sequence_number,
                    expected=expected,
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
                kind = documents.RECEIPTS if series == "receipt" else documents.CASH_INVOICES
                receipt = documents.find(conn, kind, register_id, number)
                if receipt is not None:
                    found.append(receipt)
            return found

    # -- register modes and the manager PIN --------------------------------------------------

    def modes(self, register_id: str) -> RegisterModes:
        with self._db.reading() as conn:
            return register_modes.read(conn, register_id)

    def set_training(self, register_id: str, on: bool, *, by: str) -> None:
        """Training mode on or off, journaled with who did it."""
        with self._db.transaction() as conn:
            register_modes.set_mode(conn, register_id, "training", on, "training_mode", {"by": by})

    def set_offline(self, register_id: str, on: bool, *, reason: str) -> None:
        """Offline mode (cash invoices) on or off, journaled with why: the shop must document
        the outage (SKVFS 2014:10 4 kap. 1 §)."""
        with self._db.transaction() as conn:
            register_modes.set_mode(
                conn, register_id, "offline", on, "offline_mode", {"reason": reason}
            )

    def set_manager_pin(self, pin: str, *, register_id: str) -> None:
        """Set (or replace) the manager's PIN: 4 to 12 digits, kept only as a salted hash."""
        stored = manager_pin.salted_hash(pin)
        with self._db.transaction() as conn:
            manager_pin.store(conn, stored, register_id)

    def has_manager_pin(self) -> bool:
        with self._db.reading() as conn:
            return manager_pin.read(conn) is not None

    def check_manager_pin(self, pin: str) -> bool:
        """True if `pin` is the manager's PIN. Not journaled: the caller journals approvals."""
        with self._db.reading() as conn:
            stored = manager_pin.read(conn)
        return manager_pin.matches(pin, stored)

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

    # -- this installation -------------------------------------------------------------------

    def manufacturing_number(self, *, register_id: str) -> str:
        """This installation's number, made and journaled on the first call (installation.py)."""
        with self._db.reading() as conn:  # a write transaction only the first time
            known = installation.number(conn)
        if known is not None:
            return known
        with self._db.transaction() as conn:
            return installation.get_or_create(conn, register_id)

    # -- X and Z reports ---------------------------------------------------------------------

    def last_journal_id(self) -> int:
        with self._db.reading() as conn:
            return day_reports.last_journal_id(conn)

    def last_z_report(self, register_id: str) -> ZReportRecord | None:
        with self._db.reading() as conn:
            return day_reports.last_z(conn, register_id)

    def z_report(self, register_id: str, number: int) -> ZReportRecord | None:
        with self._db.reading() as conn:
            return day_reports.z_report(conn, register_id, number)

    def next_z_number(self, register_id: str) -> int:
        with self._db.reading() as conn:
            last = day_reports.last_z(conn, register_id)
        return day_reports.next_z_number(last)

    def store_day_report(self, report: DayReport) -> None:
        """Store a Z report made by day_report: its number, period, grand totals (what the next
        period starts from) and printed content, as store_z_report takes them."""
        if report.z_number is None:
            raise ValueError("only a Z report is stored")
        self.store_z_report(
            report.shop.register_id,
            report.z_number,
            report.produced_at,
            report.first_journal_id,
            report.last_journal_id,
            grand_totals_after(report),
            report_record(report),
        )

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
        report = ZReportRecord(
            number, created_at, first_journal_id, last_journal_id, grand_totals, content
        )
        with self._db.transaction() as conn:
            day_reports.store_z_report(conn, register_id, report)

    def day_report(
        self,
        shop: ShopIdentity,
        *,
        kind: ReportKind,
        produced_at: datetime,
        change_fund: int,
        z_number: int | None = None,
    ) -> DayReport:
        """The X or Z report of the register's period: its journal rows after the last Z
        report's, up to the newest, from its running sums. A Z report's number defaults to
        the next in its series. Raises StoreError if the journal names a record the database
        lacks."""
        return self._period(day_reports.day_report, shop, kind, produced_at, change_fund, z_number)

    def report_input(
        self,
        shop: ShopIdentity,
        *,
        kind: ReportKind,
        produced_at: datetime,
        change_fund: int,
        z_number: int | None = None,
    ) -> ReportInput:
        """Every document of the period day_report sums, read back one by one: the reference
        for tests and the benchmark (core.report.build_report makes the same report of it)."""
        return self._period(
            day_reports.report_input, shop, kind, produced_at, change_fund, z_number
        )

    def _period(
        self,
        read: Callable[[sqlite3.Connection, ReportHead], _T],
        shop: ShopIdentity,
        kind: ReportKind,
        produced_at: datetime,
        change_fund: int,
        z_number: int | None,
    ) -> _T:
        with self._db.reading() as conn:
            head = day_reports.report_head(
                conn,
                shop,
                kind=kind,
                produced_at=produced_at,
                change_fund=change_fund,
                z_number=z_number,
            )
            return read(conn, head)

    def first_unclosed_day(
        self, register_id: str, today: date | None = None, *, tz: tzinfo | None = None
    ) -> date | None:
        """The local date of the first sale, return or voided sale after the last Z report, if
        that day is over (before `today`): that day has no Z report yet. None otherwise.
        `tz`: the shop's time zone (default: the computer's)."""
        with self._db.reading() as conn:
            return day_reports.first_unclosed_day(conn, register_id, today, tz)

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
        from till.store.journal_records import Comparer

        with self._db.reading() as conn:
            return journal_mod.verify(conn, compare=Comparer())
