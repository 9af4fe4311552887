"""SQLite storage: migrations, the repository the till calls, the hash-chained journal."""

from till.store.database import SequenceNumberTaken, StoreError
from till.store.journal import JournalReport, JournalRow
from till.store.repository import TillStore

__all__ = ["JournalReport", "JournalRow", "SequenceNumberTaken", "StoreError", "TillStore"]
