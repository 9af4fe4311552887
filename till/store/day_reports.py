"""Day reports: the Z reports that close a register's period, what an X or Z report is made
from, and the day still waiting for its Z report.

A period is a run of journal rows: from the row after the last Z report's to the newest.
Functions take the connection of a transaction the repository began.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import Receipt, ShopIdentity
from till.core.report import (
    DayReport,
    GrandTotals,
    ReportHead,
    ReportInput,
    ReportKind,
    VoidedSale,
    build_report,
    report_from,
)
from till.core.report_sums import unfinished_sale, without_sale
from till.core.sale import ReceiptRef
from till.store import copies, report_sums
from till.store import journal as journal_mod
from till.store import sale_documents as documents
from till.store.database import PeriodClosed, StoreError
from till.store.journal import JournalRow, canonical_json, utc_now

Z_NUMBER_TAKEN = Message(
    "z_number_taken",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Z report number {number} cannot be used on register {register_id}: the next Z report is "
        "number {expected}. The Z report was NOT saved.",
    ),
)
Z_PERIOD_MISMATCH = Message(
    "z_period_mismatch",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Z report does not start where the previous one ended (another Z report was taken "
        "meanwhile?). Take the report again.",
    ),
)
PERIOD_CLOSED = Message(
    "period_closed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was registered on register {register_id} since Z report {z_number}: the period "
        "is already closed, and a second Z report for it is not allowed.",
    ),
)
PERIOD_EMPTY = Message(
    "period_empty",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was registered on register {register_id}: the period is already closed, and a "
        "second Z report for it is not allowed.",
    ),
)
Z_HEAD_MISMATCH = Message(
    "z_head_mismatch",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The Z report's journal head is not the journal's row it closes. Take the report again.",
    ),
)
STORE_INCONSISTENT = Message(
    "store_inconsistent",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The journal names a record the database does not hold; the report cannot be made. Run "
        "the journal check (till-admin journal verify) and call for service.",
    ),
)


# Journal kinds that register something in a period; a Z report needs at least one.
REGISTRATIONS = ("receipt", "cash_invoice", "receipt_copy", "sale_voided", "drawer_opened")
# The registrations that make a day one that needs its Z report.
DAY_REGISTRATIONS = ("receipt", "cash_invoice", "sale_voided")

_Z_COLUMNS = (
    "number, created_at, first_journal_id, last_journal_id, grand_sales, grand_returns, content"
)


@dataclass(frozen=True, slots=True)
class ZReportRecord:
    number: int
    created_at: datetime
    first_journal_id: int  # the period: journal rows first..last, both included
    last_journal_id: int
    grand_totals: GrandTotals
    content: dict[str, Any]


def last_journal_id(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]


def last_z(conn: sqlite3.Connection, register_id: str) -> ZReportRecord | None:
    row = conn.execute(
        f"SELECT {_Z_COLUMNS} FROM z_reports WHERE register_id = ? ORDER BY number DESC LIMIT 1",
        (register_id,),
    ).fetchone()
    return _z_record(row) if row else None


def z_report(conn: sqlite3.Connection, register_id: str, number: int) -> ZReportRecord | None:
    row = conn.execute(
        f"SELECT {_Z_COLUMNS} FROM z_reports WHERE register_id = ? AND number = ?",
        (register_id, number),
    ).fetchone()
    return _z_record(row) if row else None


def next_z_number(last: ZReportRecord | None) -> int:
    return last.number + 1 if last else 1


def store_z_report(conn: sqlite3.Connection, register_id: str, report: ZReportRecord) -> None:
    number, created_at, grand_totals = report.number, report.created_at, report.grand_totals
    first_journal_id, last_journal_id = report.first_journal_id, report.last_journal_id
    text = canonical_json(report.content)
    last = last_z(conn, register_id)
    expected = next_z_number(last)
    if number != expected:
        raise StoreError(
            Z_NUMBER_TAKEN,
            number=number,
            register_id=register_id,
            expected=expected,
        )
    start = last.last_journal_id + 1 if last else 1
    if first_journal_id != start:
        raise StoreError(
            Z_PERIOD_MISMATCH,
            detail=f"first_journal_id {first_journal_id}, expected {start}",
        )
    registered = conn.execute(
        "SELECT 1 FROM journal WHERE id BETWEEN ? AND ? AND register_id = ?"
        f" AND kind IN ({','.join('?' * len(REGISTRATIONS))}) LIMIT 1",
        (first_journal_id, last_journal_id, register_id, *REGISTRATIONS),
    ).fetchone()
    if registered is None:
        if last is None:
            raise PeriodClosed(PERIOD_EMPTY, register_id=register_id)
        raise PeriodClosed(PERIOD_CLOSED, register_id=register_id, z_number=last.number)
    # The head printed on the report is the hash of the row it closes (journal_anchor.py).
    printed_head = report.content.get("last_journal_hash")
    closed = conn.execute("SELECT hash FROM journal WHERE id = ?", (last_journal_id,)).fetchone()
    if printed_head and (closed is None or closed[0] != printed_head):
        raise StoreError(
            Z_HEAD_MISMATCH,
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


def report_head(
    conn: sqlite3.Connection,
    shop: ShopIdentity,
    *,
    kind: ReportKind,
    produced_at: datetime,
    change_fund: int,
    z_number: int | None,
) -> ReportHead:
    """Who, when and which rows: the register's journal rows after the last Z report's, up to
    the newest. A Z report's number defaults to the next in its series."""
    last = last_z(conn, shop.register_id)
    if kind is ReportKind.Z and z_number is None:
        z_number = next_z_number(last)
    after = last.last_journal_id if last else 0
    head = journal_mod.head(conn)
    return ReportHead(
        shop=shop,
        produced_at=produced_at,
        kind=kind,
        z_number=z_number,
        first_journal_id=after + 1,
        last_journal_id=head.id if head else 0,
        change_fund=change_fund,
        previous_grand_totals=last.grand_totals if last else GrandTotals(),
        last_journal_hash=head.hash if head else "",
    )


def day_report(conn: sqlite3.Connection, head: ReportHead) -> DayReport:
    """The X or Z report of the period `head` names: from the register's running sums (two
    rows, report_sums.py); a period reaching back before them, on a database from before
    schema 15, from its documents read back, once, until the first Z report after the upgrade."""
    register_id, after = head.shop.register_id, head.first_journal_id - 1
    if report_sums.covered(conn, register_id, after):
        totals = report_sums.period_totals(conn, register_id, after, head.last_journal_id)
        return report_from(head, totals)
    return build_report(report_input(conn, head))


def report_input(conn: sqlite3.Connection, head: ReportHead) -> ReportInput:
    """Every document of the period `head` names, read back one by one: what core.report's
    definition of the sums takes. The reference the running sums are held to (tests, the
    benchmark), and the report of a period from before them."""
    register_id = head.shop.register_id
    after, upto = head.first_journal_id - 1, head.last_journal_id
    period = journal_mod.rows(conn, after=after, upto=upto, register_id=register_id)
    receipts, receipt_copies, invoices, voided = [], [], [], []
    drawer_openings = 0
    for row in period:
        if row.kind == "receipt":
            receipts.append(_event_document(conn, documents.RECEIPTS, row))
        elif row.kind == "cash_invoice":
            invoices.append(_event_document(conn, documents.CASH_INVOICES, row))
        elif row.kind == "receipt_copy":
            ref = ReceiptRef(row.data["register_id"], row.data["sequence_number"])
            copy = copies.copy_of(conn, ref)
            if copy is None:
                raise _missing(row, f"copy of receipt {ref.sequence_number}")
            receipt_copies.append(copy)
        elif row.kind == "sale_voided" and unfinished_sale(row.data):
            at = datetime.fromisoformat(row.at)
            voided.append(VoidedSale(row.data["sale_id"], row.data["total"], at))
        elif row.kind == "drawer_opened" and without_sale(row.data):
            drawer_openings += 1
    return ReportInput(
        shop=head.shop,
        produced_at=head.produced_at,
        kind=head.kind,
        z_number=head.z_number,
        first_journal_id=head.first_journal_id,
        last_journal_id=head.last_journal_id,
        receipts=tuple(receipts),
        copies=tuple(receipt_copies),
        cash_invoices=tuple(invoices),
        drawer_openings_without_sale=drawer_openings,
        voided_sales=tuple(voided),
        change_fund=head.change_fund,
        last_journal_hash=head.last_journal_hash,
        previous_grand_totals=head.previous_grand_totals,
    )


def first_unclosed_day(
    conn: sqlite3.Connection, register_id: str, today: date | None, tz: tzinfo | None
) -> date | None:
    last = last_z(conn, register_id)
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


def _event_document(conn: sqlite3.Connection, series: documents.Series, row: JournalRow) -> Receipt:
    """The receipt or cash invoice a journal event records, as stored."""
    register_id, number = row.data["register_id"], row.data["sequence_number"]
    found = documents.find(conn, series, register_id, number)
    if found is None:
        raise _missing(row, f"{series.head} {register_id} #{number}")
    return found


def _missing(row: JournalRow, what: str) -> StoreError:
    return StoreError(
        STORE_INCONSISTENT,
        detail=f"journal row {row.id} ({row.kind}): {what} not found",
    )
