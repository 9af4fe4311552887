"""The journal a page at a time, for the viewer (ui/journal_viewer.py): one local day or every
day, one kind or all, rows naming one receipt number; newest first, at most `limit` rows and a
marker when there are older ones. Keyset by id (the next page is `before` the oldest id shown),
never OFFSET, so every page costs the same however long the journal is.

`at` is stored as UTC text of one width (journal.utc_now), so a local day is a text range of
`at` (the journal_at index, schema V14); the number is json_extract(data, '$.sequence_number'),
the very expression the journal_number index holds.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from till.store.journal import JournalRow

_COLUMNS = "id, at, kind, register_id, data, prev_hash, hash"
NUMBER = "json_extract(data, '$.sequence_number')"


@dataclass(frozen=True, slots=True)
class PageQuery:
    day: date | None = None  # a local day; None: every day
    kind: str | None = None
    number: int | None = None  # a receipt's sequence number
    before: int | None = None  # only rows older than this id (the next page)
    limit: int = 500


@dataclass(frozen=True, slots=True)
class JournalPage:
    rows: list[JournalRow]  # oldest first
    more: bool  # there are older rows matching
    last_id: int  # the journal's newest id (ids run 1..last_id without gaps)


def day_bounds(day: date, tz: tzinfo | None = None) -> tuple[str, str]:
    """The local day [start, end) as stored `at` text (UTC). tz: the computer's if None."""

    def utc_text(d: date) -> str:
        local = datetime.combine(d, time())
        local = local.astimezone() if tz is None else local.replace(tzinfo=tz)
        return local.astimezone(UTC).isoformat(timespec="microseconds")

    return utc_text(day), utc_text(day + timedelta(days=1))


def page_sql(query: PageQuery, tz: tzinfo | None = None) -> tuple[str, tuple[Any, ...]]:
    """The page's SELECT and its arguments."""
    where, args = ["id < ?"], [query.before if query.before is not None else 2**62]
    # A day's rows through journal_at, named: with `ORDER BY id ... LIMIT` the planner would
    # otherwise walk the ids back from the newest, through years of rows for an old day.
    indexed = " INDEXED BY journal_at" if query.day is not None and query.number is None else ""
    if query.day is not None:
        where.append("at >= ? AND at < ?")
        args.extend(day_bounds(query.day, tz))
    if query.kind is not None:
        # Within a day the day's range is the narrow one: `+kind` keeps journal_kind out.
        where.append("kind = ?" if query.day is None else "+kind = ?")
        args.append(query.kind)
    if query.number is not None:
        where.append(f"{NUMBER} = ?")
        args.append(query.number)
    limit = int(query.limit) + 1  # a literal: the planner weighs a known limit better
    sql = (
        f"SELECT {_COLUMNS} FROM journal{indexed} WHERE {' AND '.join(where)}"
        f" ORDER BY id DESC LIMIT {limit}"
    )
    return sql, tuple(args)


def page(conn: sqlite3.Connection, query: PageQuery, tz: tzinfo | None = None) -> JournalPage:
    found = conn.execute(*page_sql(query, tz)).fetchall()
    more = len(found) > query.limit
    rows = [
        JournalRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6])
        for r in reversed(found[: query.limit])
    ]
    last = conn.execute("SELECT max(id) FROM journal").fetchone()[0] or 0
    return JournalPage(rows, more, last)


def kinds(conn: sqlite3.Connection) -> list[str]:
    """Every kind in the journal, by name: one index step per kind (journal_kind), not a scan."""
    return [
        k
        for (k,) in conn.execute(
            "WITH RECURSIVE k(kind) AS (SELECT min(kind) FROM journal"
            " UNION ALL SELECT (SELECT min(kind) FROM journal WHERE kind > k.kind) FROM k"
            " WHERE k.kind IS NOT NULL) SELECT kind FROM k WHERE kind IS NOT NULL"
        )
    ]
