"""SQLite storage: migrations, the repository the till calls, the hash-chained journal."""

from till.store.database import (
    CopyExists,
    PeriodClosed,
    ReturnRefused,
    SequenceNumberTaken,
    StoreError,
)
from till.store.journal import JournalReport, JournalRow
from till.store.repository import RegisterModes, TillStore, ZReportRecord

__all__ = [
    "CopyExists",
    "JournalReport",
    "JournalRow",
    "PeriodClosed",
    "RegisterModes",
    "ReturnRefused",
    "SequenceNumberTaken",
    "StoreError",
    "TillStore",
    "ZReportRecord",
]
