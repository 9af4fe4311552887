"""TillStore's journal pages for the viewer (store/journal_pages.py does the SQL).
Mixed into TillStore (repository.py), which holds the database."""

from __future__ import annotations

from datetime import tzinfo

from till.store import journal_pages
from till.store.database import Database
from till.store.journal_pages import JournalPage, PageQuery


class JournalShelf:
    _db: Database

    def journal_page(self, query: PageQuery, tz: tzinfo | None = None) -> JournalPage:
        """One page of the journal, newest rows of the query (tz: the computer's if None)."""
        with self._db.reading() as conn:
            return journal_pages.page(conn, query, tz)

    def journal_kinds(self) -> list[str]:
        with self._db.reading() as conn:
            return journal_pages.kinds(conn)
