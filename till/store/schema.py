"""Versioned schema: MIGRATIONS[n] takes a database from user_version n to n + 1.

Never edit a migration that has shipped; append a new one. Each is a tuple of single SQL
statements (trigger bodies included), run in one transaction by database.Database._migrate.
Migrations 1 to 3 are here, 4 to 10 in schema_written_ahead.py, 11 and on in schema_catalog.py.
"""

from __future__ import annotations

from till.store.schema_catalog import (
    V11_INSTALLATION,
    V12_CATALOG,
    V13_LINE_GROUPS,
    V14_JOURNAL_PAGES,
    V15_REPORT_SUMS,
)
from till.store.schema_rules import refuse_changes
from till.store.schema_written_ahead import (
    V4_WRITE_AHEAD,
    V5_PIN_LOCKOUT,
    V6_REVERSALS,
    V7_JOURNAL_KEY,
    V8_TERMINAL_PORT,
    V9_KLARNA_TENDER,
    V10_USERS,
)

GENESIS_HASH = "0" * 64

# SKVFS 2014:9 6 kap. 1 §: nothing registered may be changed or deleted.
_IMMUTABLE = ("receipts", "receipt_lines", "receipt_vat", "receipt_payments", "journal")


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
    *(stmt for table in _IMMUTABLE for stmt in refuse_changes(table)),
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


# Swedish receipt types, returns, copies, cash invoices, X/Z reports, modes, manager PIN (issue 4).


def _return_class(table: str, column: str = "receipt_type") -> str:
    """Returns are counted against what was sold per class: real money (normal receipts and cash
    invoices) apart from training and pro forma, so practising a return never uses up a real one."""
    return (
        f"CASE {table}.{column} WHEN 'normal' THEN 'real' WHEN 'kontantnota' THEN 'real'"
        f" ELSE {table}.{column} END"
    )


def _original_rules(table: str) -> str:
    """A return may name the receipt it takes back: a stored normal sale receipt; a sale never."""
    return f"""CREATE TRIGGER {table}_original BEFORE INSERT ON {table}
    BEGIN
        SELECT RAISE(ABORT, 'only a return names an original receipt, by register and number')
        WHERE (NEW.original_register IS NULL) <> (NEW.original_number IS NULL)
            OR (NEW.kind <> 'return' AND NEW.original_register IS NOT NULL);
        SELECT RAISE(ABORT, 'a return''s original must be a stored normal sale receipt')
        WHERE NEW.original_register IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM receipts
            WHERE register_id = NEW.original_register AND sequence_number = NEW.original_number
                AND kind = 'sale' AND receipt_type = 'normal');
    END"""


def _return_line_rules(lines: str, parent: str, fk: str, class_of_parent: str) -> str:
    """A return line takes back a line of the original receipt, and never more of it than was
    sold less what earlier returns of its class already took back (6 kap. 1 §: a correction
    is a return receipt, and it cannot undo more than the registration it corrects)."""
    original_line = f"""FROM {parent} r
            JOIN receipts o
                ON o.register_id = r.original_register AND o.sequence_number = r.original_number
            JOIN receipt_lines ol ON ol.receipt_id = o.id AND ol.position = NEW.returned_from
            WHERE r.id = NEW.{fk}"""
    return f"""CREATE TRIGGER {lines}_returns BEFORE INSERT ON {lines}
    BEGIN
        SELECT RAISE(ABORT, 'a line quantity must be more than 0') WHERE NEW.quantity <= 0;
        SELECT RAISE(ABORT,
            'every line of a return against a receipt names the original line, no other line does')
        WHERE (NEW.returned_from IS NOT NULL) IS NOT coalesce(
            (SELECT original_register IS NOT NULL FROM {parent} WHERE id = NEW.{fk}), 0);
        SELECT RAISE(ABORT,
            'a return line must be a line of the original receipt, at its code, price and VAT')
        WHERE NEW.returned_from IS NOT NULL AND NOT EXISTS (
            SELECT 1 {original_line}
                AND ol.product_code = NEW.product_code AND ol.unit_price = NEW.unit_price
                AND ol.vat_rate = NEW.vat_rate);
        SELECT RAISE(ABORT, 'a return cannot take back more than was sold')
        {original_line}
            AND NEW.returned_from IS NOT NULL
            AND NEW.quantity + (
                SELECT coalesce(sum(q.quantity), 0) FROM returned_quantities q
                WHERE q.original_register = r.original_register
                    AND q.original_number = r.original_number
                    AND q.returned_from = NEW.returned_from
                    AND q.class = {class_of_parent}) > ol.quantity;
    END"""


def _gap_free(table: str, column: str, what: str) -> str:
    return f"""CREATE TRIGGER {table}_gap_free BEFORE INSERT ON {table}
    WHEN NEW.{column} IS NOT (
            SELECT coalesce(max({column}), 0) + 1 FROM {table}
            WHERE register_id = NEW.register_id)
        OR EXISTS (SELECT 1 FROM {table} WHERE id = NEW.id)
    BEGIN
        SELECT RAISE(ABORT, '{what} numbers must be one unbroken series per register');
    END"""


def _complete_children(table: str, parent: str, fk: str, count_column: str) -> str:
    """As _complete_once (v1), for a parent other than receipts."""
    return f"""CREATE TRIGGER {table}_no_additions BEFORE INSERT ON {table}
    WHEN (SELECT count(*) FROM {table} WHERE {fk} = NEW.{fk})
            >= (SELECT {count_column} FROM {parent} WHERE id = NEW.{fk})
        OR EXISTS (SELECT 1 FROM {table} WHERE {fk} = NEW.{fk} AND position = NEW.position)
    BEGIN
        SELECT RAISE(ABORT, 'a stored cash invoice cannot be added to');
    END"""


_V3_IMMUTABLE = (
    "receipt_copies",
    "cash_invoices",
    "cash_invoice_lines",
    "cash_invoice_vat",
    "cash_invoice_payments",
    "z_reports",
)

_V3 = (
    "ALTER TABLE products ADD COLUMN service INTEGER NOT NULL DEFAULT 0 CHECK (service IN (0, 1))",
    # The open sale may be a return against a stored receipt.
    "ALTER TABLE open_sales ADD COLUMN kind TEXT NOT NULL DEFAULT 'sale'"
    " CHECK (kind IN ('sale', 'return'))",
    "ALTER TABLE open_sales ADD COLUMN original_register TEXT",
    "ALTER TABLE open_sales ADD COLUMN original_number INTEGER",
    # A sale and a return never share a receipt; they share the register's one series.
    "ALTER TABLE receipts ADD COLUMN kind TEXT NOT NULL DEFAULT 'sale'"
    " CHECK (kind IN ('sale', 'return'))",
    "ALTER TABLE receipts ADD COLUMN original_register TEXT",
    "ALTER TABLE receipts ADD COLUMN original_number INTEGER",
    "ALTER TABLE receipt_lines ADD COLUMN service INTEGER NOT NULL DEFAULT 0"
    " CHECK (service IN (0, 1))",
    "ALTER TABLE receipt_lines ADD COLUMN returned_from INTEGER",
    """CREATE INDEX receipts_original ON receipts (original_register, original_number)
        WHERE original_register IS NOT NULL""",
    # Copies are their own table and cash invoices their own series: neither is a receipt row.
    """CREATE TRIGGER receipts_types BEFORE INSERT ON receipts
    WHEN NEW.receipt_type NOT IN ('normal', 'ovning', 'profo')
    BEGIN
        SELECT RAISE(ABORT, 'the receipts table holds normal, training and pro forma receipts');
    END""",
    _original_rules("receipts"),
    # Offline mode (the control unit is out): cash invoices, in their own unbroken series.
    """CREATE TABLE cash_invoices (
        id INTEGER PRIMARY KEY,
        register_id TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        kind TEXT NOT NULL CHECK (kind IN ('sale', 'return')),
        original_register TEXT,
        original_number INTEGER,
        created_at TEXT NOT NULL,
        sale_id TEXT NOT NULL,
        shop_name TEXT NOT NULL,
        shop_org_nr TEXT NOT NULL,
        shop_address TEXT NOT NULL,
        total INTEGER NOT NULL,
        rounding INTEGER NOT NULL,
        request_id TEXT NOT NULL,
        line_count INTEGER NOT NULL,
        vat_count INTEGER NOT NULL,
        payment_count INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        UNIQUE (register_id, number)
    )""",
    _gap_free("cash_invoices", "number", "cash invoice"),
    _original_rules("cash_invoices"),
    """CREATE TABLE cash_invoice_lines (
        invoice_id INTEGER NOT NULL REFERENCES cash_invoices (id),
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
        service INTEGER NOT NULL CHECK (service IN (0, 1)),
        returned_from INTEGER,
        PRIMARY KEY (invoice_id, position)
    )""",
    """CREATE TABLE cash_invoice_vat (
        invoice_id INTEGER NOT NULL REFERENCES cash_invoices (id),
        position INTEGER NOT NULL,
        rate INTEGER NOT NULL,
        gross INTEGER NOT NULL,
        vat INTEGER NOT NULL,
        PRIMARY KEY (invoice_id, position)
    )""",
    """CREATE TABLE cash_invoice_payments (
        invoice_id INTEGER NOT NULL REFERENCES cash_invoices (id),
        position INTEGER NOT NULL,
        method TEXT NOT NULL,
        amount INTEGER NOT NULL,
        tendered INTEGER NOT NULL,
        change INTEGER NOT NULL,
        card TEXT,
        PRIMARY KEY (invoice_id, position)
    )""",
    _complete_children("cash_invoice_lines", "cash_invoices", "invoice_id", "line_count"),
    _complete_children("cash_invoice_vat", "cash_invoices", "invoice_id", "vat_count"),
    _complete_children("cash_invoice_payments", "cash_invoices", "invoice_id", "payment_count"),
    # What every stored return line took back, with the class it counts against.
    f"""CREATE VIEW returned_quantities AS
        SELECT r.original_register, r.original_number, l.returned_from, l.quantity,
            {_return_class("r")} AS class
        FROM receipt_lines l JOIN receipts r ON r.id = l.receipt_id
        WHERE l.returned_from IS NOT NULL
        UNION ALL
        SELECT c.original_register, c.original_number, l.returned_from, l.quantity,
            'real' AS class
        FROM cash_invoice_lines l JOIN cash_invoices c ON c.id = l.invoice_id
        WHERE l.returned_from IS NOT NULL""",
    _return_line_rules("receipt_lines", "receipts", "receipt_id", _return_class("r")),
    _return_line_rules("cash_invoice_lines", "cash_invoices", "invoice_id", "'real'"),
    # 6 kap. 3 §: at most one copy of a receipt, and only of a real one. INTEGER PRIMARY KEY
    # alone would let INSERT OR REPLACE swap the copy, so the trigger refuses a second first.
    """CREATE TABLE receipt_copies (
        receipt_id INTEGER PRIMARY KEY NOT NULL REFERENCES receipts (id),
        created_at TEXT NOT NULL,
        ctuid TEXT NOT NULL,
        control_code TEXT NOT NULL,
        request_id TEXT NOT NULL
    )""",
    """CREATE TRIGGER receipt_copies_one_of_a_normal_receipt BEFORE INSERT ON receipt_copies
    BEGIN
        SELECT RAISE(ABORT, 'a receipt has at most one copy')
        WHERE EXISTS (SELECT 1 FROM receipt_copies WHERE receipt_id = NEW.receipt_id);
        SELECT RAISE(ABORT, 'only a normal receipt can have a copy')
        WHERE NOT EXISTS (
            SELECT 1 FROM receipts WHERE id = NEW.receipt_id AND receipt_type = 'normal');
    END""",
    # Settings, not registrations: changed freely, every change journaled by the repository.
    """CREATE TABLE register_modes (
        register_id TEXT PRIMARY KEY NOT NULL,
        training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),
        offline INTEGER NOT NULL DEFAULT 0 CHECK (offline IN (0, 1)),
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE manager_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL CHECK (length(salt) = 16),
        hash BLOB NOT NULL,
        iterations INTEGER NOT NULL CHECK (iterations > 0),
        set_at TEXT NOT NULL
    )""",
    # 7 kap. 2 §: Z reports are numbered, never changed, and each closes the period after the
    # previous one: journal rows first..last, both included.
    """CREATE TABLE z_reports (
        id INTEGER PRIMARY KEY,
        register_id TEXT NOT NULL,
        number INTEGER NOT NULL CHECK (number >= 1),
        created_at TEXT NOT NULL,
        first_journal_id INTEGER NOT NULL,
        last_journal_id INTEGER NOT NULL,
        grand_sales INTEGER NOT NULL,
        grand_returns INTEGER NOT NULL,
        content TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        UNIQUE (register_id, number)
    )""",
    _gap_free("z_reports", "number", "Z report"),
    """CREATE TRIGGER z_reports_period_chain BEFORE INSERT ON z_reports
    BEGIN
        SELECT RAISE(ABORT, 'a Z report''s period starts right after the previous Z report''s')
        WHERE NEW.first_journal_id IS NOT coalesce(
            (SELECT last_journal_id FROM z_reports WHERE register_id = NEW.register_id
             ORDER BY number DESC LIMIT 1), 0) + 1;
        SELECT RAISE(ABORT, 'a Z report''s period is journal rows that exist')
        WHERE NEW.last_journal_id < NEW.first_journal_id
            OR NEW.last_journal_id > (SELECT coalesce(max(id), 0) FROM journal);
        SELECT RAISE(ABORT, 'grand totals are never reset or reduced')
        FROM z_reports p
        WHERE p.register_id = NEW.register_id AND p.number = NEW.number - 1
            AND (NEW.grand_sales < p.grand_sales OR NEW.grand_returns < p.grand_returns);
    END""",
    *(stmt for table in _V3_IMMUTABLE for stmt in refuse_changes(table)),
)

MIGRATIONS: list[tuple[str, ...]] = [
    _V1,
    _V2,
    _V3,
    V4_WRITE_AHEAD,
    V5_PIN_LOCKOUT,
    V6_REVERSALS,
    V7_JOURNAL_KEY,
    V8_TERMINAL_PORT,
    V9_KLARNA_TENDER,
    V10_USERS,
    V11_INSTALLATION,
    V12_CATALOG,
    V13_LINE_GROUPS,
    V14_JOURNAL_PAGES,
    V15_REPORT_SUMS,
]
