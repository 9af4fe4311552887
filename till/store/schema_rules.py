"""SQL building blocks the migrations share (schema.py, schema_written_ahead.py)."""

from __future__ import annotations


def refuse_changes(table: str) -> tuple[str, ...]:
    return tuple(
        f"""CREATE TRIGGER {table}_no_{op.lower()} BEFORE {op} ON {table}
        BEGIN
            SELECT RAISE(ABORT, '{table} rows cannot be changed or deleted once written');
        END"""
        for op in ("UPDATE", "DELETE")
    )
