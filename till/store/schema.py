"""Versioned schema: MIGRATIONS[n] takes a database from user_version n to n + 1.

Never edit a migration that has shipped; append a new one. Each is a tuple of single SQL
statements (trigger bodies included), run in one transaction by database.Database._migrate.
"""

from __future__ import annotations

GENESIS_HASH = "0" * 64

# SKVFS 2014:9 6 kap. 1 §: nothing registered may be changed or deleted.
_IMMUTABLE = ("receipts", "receipt_lines", "receipt_vat", "receipt_payments", "journal")


def _refuse_changes(table: str) -> tuple[str, ...]:
    return tuple(
        f"""CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}
        BEGIN
            SELECT RAISE(ABORT, '{table} rows cannot be changed or deleted once written');
        END"""
        for op in ("UPDATE", "DELETE")
    )


def _complete_once(table: str, count_column: str, key: str) -> str:
    """Children of a receipt may be inserted only up to the count the receipt declares, so a
    finished receipt cannot be added to (and INSERT OR REPLACE cannot swap a row)."""
    return f"""CREATE TRIGGER {table}_no_additions BEFORE INSERT ON {table}
    WHEN (SELECT count(*) FROM {table} WHERE receipt_id = NEW.receipt_id)
            >= (SELECT {count_column} FROM receipts WHERE id = NEW.receipt_id)
        OR EXISTS (SELECT 1 FROM {table}
                   WHERE receipt_id = NEW.receipt_id AND {key} = NEW.{key})
    BEGIN
        SELECT RAISE(ABORT, 'a stored receipt cannot be added to');
    END"""


_V1 = (
    """CREATE TABLE products (
        code TEXT PRIMARY KEY NOT NULL CHECK (code <> ''),
        barcode TEXT UNIQUE,
        name TEXT NOT NULL CHECK (name <> ''),
        unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
        vat_rate INTEGER NOT NULL CHECK (vat_rate IN (25, 12, 6, 0)),
        sold_by_weight INTEGER NOT NULL DEFAULT 0 CHECK (sold_by_weight IN (0, 1))
    )""",
    # One open sale per register, rewritten on every change the cashier makes.
    """CREATE TABLE open_sales (
        register_id TEXT PRIMARY KEY NOT NULL,
        sale_id TEXT NOT NULL,
        lines TEXT NOT NULL,
        saved_at TEXT NOT NULL
    )""",
    """CREATE TABLE receipts (
        id INTEGER PRIMARY KEY,
        register_id TEXT NOT NULL,
        sequence_number INTEGER NOT NULL CHECK (sequence_number >= 1),
        receipt_type TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sale_id TEXT NOT NULL,
        shop_name TEXT NOT NULL,
        shop_org_nr TEXT NOT NULL,
        shop_address TEXT NOT NULL,
        total INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        ctuid TEXT NOT NULL,
        control_code TEXT NOT NULL,
        request_id TEXT NOT NULL,
        line_count INTEGER NOT NULL,
        vat_count INTEGER NOT NULL,
        payment_count INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        UNIQUE (register_id, sequence_number)
    )""",
    # The series is unbroken even against direct SQL: only max + 1 of the register goes in.
    """CREATE TRIGGER receipts_gap_free BEFORE INSERT ON receipts
    WHEN NEW.sequence_number IS NOT (
            SELECT coalesce(max(sequence_number), 0) + 1 FROM receipts
            WHERE register_id = NEW.register_id)
        OR EXISTS (SELECT 1 FROM receipts WHERE id = NEW.id)
    BEGIN
        SELECT RAISE(ABORT, 'receipt sequence numbers must be one unbroken series per register');
    END""",
    """CREATE TABLE receipt_lines (
        receipt_id INTEGER NOT NULL REFERENCES receipts (id),
        position INTEGER NOT NULL,
        line_no INTEGER NOT NULL,
        product_code TEXT NOT NULL,
        name TEXT NOT NULL,
        unit_price INTEGER NOT NULL,
        quantity INTEGER NOT NULL,
        vat_rate INTEGER NOT NULL,
        sold_by_weight INTEGER NOT NULL,
        discount INTEGER NOT NULL,
        amount INTEGER NOT NULL,
        PRIMARY KEY (receipt_id, position)
    )""",
    """CREATE TABLE receipt_vat (
        receipt_id INTEGER NOT NULL REFERENCES receipts (id),
        position INTEGER NOT NULL,
        rate INTEGER NOT NULL,
        gross INTEGER NOT NULL,
        vat INTEGER NOT NULL,
        PRIMARY KEY (receipt_id, position)
    )""",
    """CREATE TABLE receipt_payments (
        receipt_id INTEGER NOT NULL REFERENCES receipts (id),
        position INTEGER NOT NULL,
        method TEXT NOT NULL,
        amount INTEGER NOT NULL,
        tendered INTEGER NOT NULL,
        change INTEGER NOT NULL,
        PRIMARY KEY (receipt_id, position)
    )""",
    _complete_once("receipt_lines", "line_count", "position"),
    _complete_once("receipt_vat", "vat_count", "position"),
    _complete_once("receipt_payments", "payment_count", "position"),
    """CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        register_id TEXT NOT NULL,
        data TEXT NOT NULL,
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL CHECK (length(hash) = 64)
    )""",
    # Rows go on the end only, each naming the last row's hash (SQLite cannot compute SHA-256,
    # so the hash itself is checked by journal.verify).
    f"""CREATE TRIGGER journal_append_only BEFORE INSERT ON journal
    WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM journal)
        OR NEW.prev_hash IS NOT coalesce(
            (SELECT hash FROM journal ORDER BY id DESC LIMIT 1), '{GENESIS_HASH}')
    BEGIN
        SELECT RAISE(ABORT, 'journal rows are appended in order, each linked to the last');
    END""",
    "CREATE INDEX journal_kind ON journal (kind)",
    *(stmt for table in _IMMUTABLE for stmt in _refuse_changes(table)),
)

# Card payments over the LTI terminal (issue 3).
_V2 = (
    # LTI section 7: the trxSyncNumber for the next financial request, per register. Advanced
    # only in the transaction that records a financialTrxResponse.
    """CREATE TABLE terminal_sync (
        register_id TEXT PRIMARY KEY NOT NULL,
        trx_sync_number INTEGER NOT NULL CHECK (trx_sync_number >= 1)
    )""",
    # Each card payment, saved PENDING before its request is sent. Not a registration in the
    # SKVFS sense (the receipt is), so its state may change; every change is journaled.
    """CREATE TABLE card_payments (
        payment_id TEXT PRIMARY KEY NOT NULL,
        register_id TEXT NOT NULL,
        sale_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'credit')),
        amount INTEGER NOT NULL CHECK (amount > 0),
        trx_sync_number INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN
            ('pending', 'approved', 'declined', 'failed', 'unknown', 'reversed')),
        started_at TEXT NOT NULL,
        amount_auth INTEGER NOT NULL DEFAULT 0,
        slip TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX card_payments_sale ON card_payments (sale_id)",
    # Never two undecided card payments on one register: a second charge cannot even be saved
    # while the outcome of the first is unknown.
    """CREATE UNIQUE INDEX card_payments_one_open ON card_payments (register_id)
        WHERE state IN ('pending', 'unknown')""",
    # A decided payment stays decided, except approved -> reversed.
    """CREATE TRIGGER card_payments_decided BEFORE UPDATE OF state ON card_payments
    WHEN OLD.state IN ('declined', 'failed', 'reversed')
        OR (OLD.state = 'approved' AND NEW.state <> 'reversed')
    BEGIN
        SELECT RAISE(ABORT, 'a decided card payment cannot change its outcome');
    END""",
    "ALTER TABLE receipt_payments ADD COLUMN card TEXT",
)

MIGRATIONS: list[tuple[str, ...]] = [_V1, _V2]
