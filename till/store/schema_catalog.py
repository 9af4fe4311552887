"""Migrations 11 and on (issue 10): this installation's identity, then the catalog.

Never edit a migration that has shipped; append a new one to schema.MIGRATIONS.
"""

from __future__ import annotations

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
