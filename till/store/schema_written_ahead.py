"""Migrations 4 to 8: every money and fiscal step written ahead (issue 7: control-code requests
and printed originals, the manager PIN's lockout, card reversals, the journal's key) and the
payment-terminal port (issue 8: terminal kind and reference per card payment). schema.py lists
them in order; the same rule holds: never edit one that has shipped, append a new one.
"""

from __future__ import annotations

from till.store.schema_rules import refuse_changes

# Control codes asked for and originals printed, written ahead (issue 7).
V4_WRITE_AHEAD = (
    # Each control-code request, saved with the whole receipt-to-be (`paper`, the journal's
    # receipt record) before it is sent. Once answered, the receipt stored under that number is
    # this paper with this code: the sale is frozen, and a retry stores it, never asks anew.
    """CREATE TABLE control_requests (
        id INTEGER PRIMARY KEY,
        register_id TEXT NOT NULL,
        sequence_number INTEGER NOT NULL CHECK (sequence_number >= 1),
        receipt_type TEXT NOT NULL,
        sale_id TEXT NOT NULL,
        request_id TEXT NOT NULL,
        paper TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('sent', 'answered', 'stored', 'failed')),
        ctuid TEXT,
        control_code TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (state IN ('sent', 'failed') OR (ctuid IS NOT NULL AND control_code IS NOT NULL))
    )""",
    # One request in flight per register: its number is not free until it is decided.
    """CREATE UNIQUE INDEX control_requests_one_open ON control_requests (register_id)
        WHERE state IN ('sent', 'answered')""",
    """CREATE INDEX control_requests_number ON control_requests (register_id, sequence_number)""",
    """CREATE TRIGGER control_requests_forward BEFORE UPDATE ON control_requests
    WHEN NOT (
        (OLD.state = 'sent' AND NEW.state IN ('answered', 'failed'))
        OR (OLD.state = 'answered' AND NEW.state = 'stored'
            AND NEW.control_code IS OLD.control_code AND NEW.ctuid IS OLD.ctuid))
        OR NEW.paper IS NOT OLD.paper OR NEW.sequence_number IS NOT OLD.sequence_number
        OR NEW.register_id IS NOT OLD.register_id OR NEW.request_id IS NOT OLD.request_id
    BEGIN
        SELECT RAISE(ABORT, 'a control-code request only moves forward, its receipt unchanged');
    END""",
    """CREATE TRIGGER control_requests_no_delete BEFORE DELETE ON control_requests
    BEGIN
        SELECT RAISE(ABORT, 'control_requests rows cannot be deleted');
    END""",
    # The receipt stored under a number the control unit answered carries that answer's code.
    """CREATE TRIGGER receipts_answered_code BEFORE INSERT ON receipts
    WHEN EXISTS (
        SELECT 1 FROM control_requests
        WHERE register_id = NEW.register_id AND sequence_number = NEW.sequence_number
            AND state = 'answered'
            AND (control_code IS NOT NEW.control_code OR ctuid IS NOT NEW.ctuid))
    BEGIN
        SELECT RAISE(ABORT, 'this number was answered by the control unit for another receipt');
    END""",
    # The original of each receipt and cash invoice printed: a row once it came off the printer.
    # No row: not printed (a crash between commit and print, or a printer fault) and offered.
    """CREATE TABLE printed_originals (
        series TEXT NOT NULL CHECK (series IN ('receipt', 'cash_invoice')),
        register_id TEXT NOT NULL,
        number INTEGER NOT NULL,
        printed_at TEXT NOT NULL,
        PRIMARY KEY (series, register_id, number)
    )""",
    """CREATE TRIGGER printed_originals_exist BEFORE INSERT ON printed_originals
    WHEN NOT EXISTS (
            SELECT 1 FROM receipts WHERE NEW.series = 'receipt'
                AND register_id = NEW.register_id AND sequence_number = NEW.number)
        AND NOT EXISTS (
            SELECT 1 FROM cash_invoices WHERE NEW.series = 'cash_invoice'
                AND register_id = NEW.register_id AND number = NEW.number)
    BEGIN
        SELECT RAISE(ABORT, 'only a stored receipt or cash invoice can be printed');
    END""",
    # What was stored before this version was printed as it was stored: nothing to offer.
    """INSERT INTO printed_originals (series, register_id, number, printed_at)
        SELECT 'receipt', register_id, sequence_number, stored_at FROM receipts""",
    """INSERT INTO printed_originals (series, register_id, number, printed_at)
        SELECT 'cash_invoice', register_id, number, stored_at FROM cash_invoices""",
    *refuse_changes("printed_originals"),
)

# The manager PIN's wrong tries and lockout survive a restart (issue 7); see store/pin_lockout.py.
# A setting, not a registration: updated freely; refusals and approvals are journaled.
V5_PIN_LOCKOUT = (
    """CREATE TABLE manager_pin_lockout (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        wrong INTEGER NOT NULL DEFAULT 0 CHECK (wrong >= 0),
        locked_until REAL NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    )""",
)

# Reversals written ahead, and the tip (issue 7). SQLite cannot alter a CHECK: card_payments
# is recreated with the new states and columns, its index and trigger widened.
_CARD_PAYMENT_COLUMNS = (
    "payment_id, register_id, sale_id, kind, amount, trx_sync_number, state, started_at,"
    " amount_auth, slip, message, updated_at"
)
V6_REVERSALS = (
    """CREATE TABLE card_payments_v2 (
        payment_id TEXT PRIMARY KEY NOT NULL,
        register_id TEXT NOT NULL,
        sale_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'credit')),
        amount INTEGER NOT NULL CHECK (amount > 0),
        trx_sync_number INTEGER NOT NULL,
        state TEXT NOT NULL CHECK (state IN
            ('pending', 'approved', 'declined', 'failed', 'unknown', 'reversed',
             'reversal_pending', 'reversal_unknown')),
        started_at TEXT NOT NULL,
        amount_auth INTEGER NOT NULL DEFAULT 0,
        slip TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        -- amountTip: charged on the card on top of amount_auth, never the sale's money.
        tip INTEGER NOT NULL DEFAULT 0 CHECK (tip >= 0),
        -- The reversal intent (JSON), saved before reversalRequest is sent.
        reversal TEXT,
        CHECK (state NOT IN ('reversal_pending', 'reversal_unknown') OR reversal IS NOT NULL)
    )""",
    f"""INSERT INTO card_payments_v2 ({_CARD_PAYMENT_COLUMNS})
        SELECT {_CARD_PAYMENT_COLUMNS} FROM card_payments""",
    "DROP TABLE card_payments",
    "ALTER TABLE card_payments_v2 RENAME TO card_payments",
    "CREATE INDEX card_payments_sale ON card_payments (sale_id)",
    # Never two undecided card payments on one register, a reversal in doubt included: nothing
    # new is charged while the till does not know where the money is.
    """CREATE UNIQUE INDEX card_payments_one_open ON card_payments (register_id)
        WHERE state IN ('pending', 'unknown', 'reversal_pending', 'reversal_unknown')""",
    # Decided stays decided. An approved payment goes back to the card only through a saved
    # intent: approved -> reversal_pending -> reversed | approved | reversal_unknown, and
    # reversal_unknown -> reversed | approved. Pending and unknown never skip to a reversal.
    """CREATE TRIGGER card_payments_decided BEFORE UPDATE OF state ON card_payments
    WHEN OLD.state IN ('declined', 'failed', 'reversed')
        OR (OLD.state = 'approved' AND NEW.state <> 'reversal_pending')
        OR (OLD.state = 'reversal_pending'
            AND NEW.state NOT IN ('reversed', 'approved', 'reversal_unknown'))
        OR (OLD.state = 'reversal_unknown' AND NEW.state NOT IN ('reversed', 'approved'))
        OR (OLD.state IN ('pending', 'unknown')
            AND NEW.state IN ('reversed', 'reversal_pending', 'reversal_unknown'))
    BEGIN
        SELECT RAISE(ABORT, 'a decided card payment cannot change its outcome');
    END""",
)

# The journal signed with the installation's key (issue 7; till/store/journal.py): `mac` is
# HMAC-SHA256 of the row's hash under the key kept in the keyring, NULL on rows written before.
# Once a row is signed every later one is, so a tail cannot be re-appended without the key.
V7_JOURNAL_KEY = (
    "ALTER TABLE journal ADD COLUMN mac TEXT CHECK (mac IS NULL OR length(mac) = 64)",
    """CREATE TRIGGER journal_stays_signed BEFORE INSERT ON journal
    WHEN NEW.mac IS NULL AND (SELECT mac FROM journal ORDER BY id DESC LIMIT 1) IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'a journal row after a signed row must be signed too');
    END""",
)

# One payment-terminal port (issue 8): a card payment keeps its terminal's kind and that
# terminal's own reference (JSON, read only by its adapter) instead of LTI's trxSyncNumber, and
# the counters are kept per terminal kind and register. Existing rows are Wallee's. The table is
# recreated (SQLite cannot drop a NOT NULL column in place) with its index and trigger unchanged.
_TERMINAL_PORT_COLUMNS = (
    "payment_id, register_id, sale_id, kind, amount, state, started_at, amount_auth, slip,"
    " message, updated_at, tip, reversal"
)
V8_TERMINAL_PORT = (
    """CREATE TABLE terminal_counters (
        terminal_kind TEXT NOT NULL,
        register_id TEXT NOT NULL,
        value INTEGER NOT NULL CHECK (value >= 1),
        PRIMARY KEY (terminal_kind, register_id)
    )""",
    """INSERT INTO terminal_counters (terminal_kind, register_id, value)
        SELECT 'wallee', register_id, trx_sync_number FROM terminal_sync""",
    "DROP TABLE terminal_sync",
    """CREATE TABLE card_payments_v3 (
        payment_id TEXT PRIMARY KEY NOT NULL,
        register_id TEXT NOT NULL,
        sale_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('purchase', 'credit')),
        amount INTEGER NOT NULL CHECK (amount > 0),
        terminal_kind TEXT NOT NULL CHECK (terminal_kind <> ''),
        terminal_ref TEXT NOT NULL CHECK (json_valid(terminal_ref)),
        state TEXT NOT NULL CHECK (state IN
            ('pending', 'approved', 'declined', 'failed', 'unknown', 'reversed',
             'reversal_pending', 'reversal_unknown')),
        started_at TEXT NOT NULL,
        amount_auth INTEGER NOT NULL DEFAULT 0,
        slip TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        tip INTEGER NOT NULL DEFAULT 0 CHECK (tip >= 0),
        reversal TEXT,
        CHECK (state NOT IN ('reversal_pending', 'reversal_unknown') OR reversal IS NOT NULL)
    )""",
    f"""INSERT INTO card_payments_v3 ({_TERMINAL_PORT_COLUMNS}, terminal_kind, terminal_ref)
        SELECT {_TERMINAL_PORT_COLUMNS}, 'wallee', json_object('trx_sync_number', trx_sync_number)
        FROM card_payments""",
    "DROP TABLE card_payments",
    "ALTER TABLE card_payments_v3 RENAME TO card_payments",
    *V6_REVERSALS[4:],  # the same index (one undecided payment per register) and trigger
)

# Klarna on the Point terminal (issue 8 part 2): which tender a terminal payment was taken as,
# so its receipt line says "Klarna" or "Kort" and the day reports count them apart. Every row
# before this was a card payment.
V9_KLARNA_TENDER = (
    "ALTER TABLE card_payments ADD COLUMN tender TEXT NOT NULL DEFAULT 'card'"
    " CHECK (tender IN ('card', 'klarna'))",
)

# Cashiers (issue 9 item 4; till/store/users.py): each user has a name, a role and a PIN kept
# as a PBKDF2 hash with its own salt. The number is what a receipt may show. Wrong PINs in a
# row and the lockout they set are kept per user here, so a restart does not end a lockout.
V10_USERS = (
    """CREATE TABLE users (
        number INTEGER PRIMARY KEY CHECK (number >= 1),
        name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(name) <> ''),
        role TEXT NOT NULL CHECK (role IN ('cashier', 'manager')),
        salt BLOB NOT NULL CHECK (length(salt) = 16),
        hash BLOB NOT NULL,
        iterations INTEGER NOT NULL CHECK (iterations > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        wrong INTEGER NOT NULL DEFAULT 0 CHECK (wrong >= 0),
        locked_until REAL NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    # Who was signed in when a receipt or cash invoice was made (printed "Kassör: NAME").
    "ALTER TABLE receipts ADD COLUMN cashier TEXT",
    "ALTER TABLE cash_invoices ADD COLUMN cashier TEXT",
)
