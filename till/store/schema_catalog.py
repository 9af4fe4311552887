"""Migrations 11 and on (issues 10 and 12): this installation's identity, the catalog, the
journal viewer's indexes and the report sums.

Never edit a migration that has shipped; append a new one to schema.MIGRATIONS.
"""

from __future__ import annotations

from till.store.schema_rules import refuse_changes

# The register's own manufacturing number (tillverkningsnummer, SKVFS 2014:9 on the register's
# marking), generated once at the first start and never changed: one row, id 1.
V11_INSTALLATION = (
    """CREATE TABLE installation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        manufacturing_number TEXT NOT NULL UNIQUE CHECK (trim(manufacturing_number) <> ''),
        created_at TEXT NOT NULL
    )""",
    """CREATE TRIGGER installation_never_changes BEFORE UPDATE ON installation
    BEGIN
        SELECT RAISE(ABORT, 'the manufacturing number never changes');
    END""",
    """CREATE TRIGGER installation_never_goes BEFORE DELETE ON installation
    BEGIN
        SELECT RAISE(ABORT, 'the manufacturing number never changes');
    END""",
)

# The catalog (issue 10): groups (quick-key tabs, price-list headings), several barcodes per
# product, open price, and removal that keeps the row. A removed product stays as inactive:
# the journal, open sales and reports name its code, and a code must never come to mean
# another product; receipts keep their own copies of names and prices anyway.
V12_CATALOG = (
    """CREATE TABLE product_groups (
        name TEXT PRIMARY KEY NOT NULL CHECK (trim(name) = name AND name <> ''
            AND length(name) <= 40),
        position INTEGER NOT NULL CHECK (position >= 1)
    )""",
    "ALTER TABLE products ADD COLUMN group_name TEXT"
    " REFERENCES product_groups (name) ON UPDATE CASCADE ON DELETE SET NULL",
    "ALTER TABLE products ADD COLUMN open_price INTEGER NOT NULL DEFAULT 0"
    " CHECK (open_price IN (0, 1))",
    "ALTER TABLE products ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))",
    # Every barcode in one table, the main one at position 0; a barcode names one product.
    """CREATE TABLE product_barcodes (
        barcode TEXT PRIMARY KEY NOT NULL CHECK (barcode <> '' AND length(barcode) <= 32),
        product_code TEXT NOT NULL REFERENCES products (code) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        UNIQUE (product_code, position)
    )""",
    "INSERT INTO product_barcodes (barcode, product_code, position)"
    " SELECT barcode, code, 0 FROM products WHERE barcode IS NOT NULL",
    "UPDATE products SET barcode = NULL",
    # The old column stays (SQLite cannot drop a UNIQUE column) but may hold nothing: a write
    # through it would be a barcode the scanner never finds.
    """CREATE TRIGGER products_barcode_moved_insert BEFORE INSERT ON products
    WHEN NEW.barcode IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'barcodes are kept in product_barcodes');
    END""",
    """CREATE TRIGGER products_barcode_moved_update BEFORE UPDATE OF barcode ON products
    WHEN NEW.barcode IS NOT NULL
    BEGIN
        SELECT RAISE(ABORT, 'barcodes are kept in product_barcodes');
    END""",
    # The touch grid: a group's keys by position, each a product (label: the name if empty).
    """CREATE TABLE quick_keys (
        group_name TEXT NOT NULL REFERENCES product_groups (name)
            ON UPDATE CASCADE ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 1 AND 99),
        product_code TEXT NOT NULL REFERENCES products (code) ON DELETE CASCADE,
        label TEXT CHECK (label IS NULL OR (trim(label) <> '' AND length(label) <= 30)),
        PRIMARY KEY (group_name, position)
    )""",
    "CREATE INDEX quick_keys_product ON quick_keys (product_code)",
    "CREATE INDEX products_group ON products (group_name)",
)


# The main group a line was sold under, kept with the line (SKVFS 2014:9 7 kap. 2 § 6: sales per
# main group on the X and Z reports): a product moved to another group later does not rewrite a
# day's figures. Lines from before groups have none.
V13_LINE_GROUPS = (
    "ALTER TABLE receipt_lines ADD COLUMN product_group TEXT",
    "ALTER TABLE cash_invoice_lines ADD COLUMN product_group TEXT",
)


# The journal viewer pages (store/journal_pages.py): a day is a range of `at` (UTC text, one
# fixed width, so text order is time order), and a receipt number is found through the
# events' data without reading every row. Indexes only: no row changes.
V14_JOURNAL_PAGES = (
    "CREATE INDEX journal_at ON journal (at)",
    "CREATE INDEX journal_number ON journal (json_extract(data, '$.sequence_number'))"
    " WHERE json_extract(data, '$.sequence_number') IS NOT NULL",
)


# The report sums (store/report_sums.py): after each journal event that counts in an X or Z
# report, the register's running sums as they stand, written in the event's own transaction. A
# report of any period reads two rows. Never changed: the rows are written once, like the
# journal's.
V15_REPORT_SUMS = (
    """CREATE TABLE report_sums (
        journal_id INTEGER PRIMARY KEY NOT NULL REFERENCES journal (id),
        register_id TEXT NOT NULL,
        sums TEXT NOT NULL
    )""",
    "CREATE INDEX report_sums_register ON report_sums (register_id, journal_id)",
    *refuse_changes("report_sums"),
)
