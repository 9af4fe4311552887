"""The journal on screen, for the manager and an inspector (SKVFS 2014:9: every event in time
order, retrievable). It reads; the journal cannot be changed from here or anywhere.

A day (local time; default today, previous/next day buttons) or all days, a kind or all kinds,
or the rows naming one receipt number; every row's id, local time, kind and a one-line summary;
the selected row's whole data below as JSON. Rows come a page at a time, newest first, from the
store (store/journal_pages.py, through the checkout's store worker); "Older rows" adds the next
page above, so opening costs the same however long the journal is. A kind is shown in
the shop's language (KIND_LABELS; the stored name for a kind not in the table), and amounts in
the data (öre, as stored) are shown as kronor.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any, cast

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from till.store import JournalRow
from till.store.journal_pages import JournalPage, PageQuery
from till.ui.texts import amount_text, describe

Index = QModelIndex | QPersistentModelIndex
SUMMARY_LENGTH = 140
ALL_KINDS = QT_TRANSLATE_NOOP("JournalViewer", "All kinds")
PAGE_ROWS = 500  # rows a page: enough for a quiet day, quick to fetch and show
# One page for a query: the store's (awaitable, on its worker) or rows in memory (at once).
Fetch = Callable[[PageQuery], JournalPage | Awaitable[JournalPage]]

# The journal's kinds in words, translated in the "JournalKind" context.
KIND_LABELS: dict[str, str] = {
    "card_payment_approved": QT_TRANSLATE_NOOP("JournalKind", "Card payment approved"),
    "card_payment_declined": QT_TRANSLATE_NOOP("JournalKind", "Card payment declined"),
    "card_payment_failed": QT_TRANSLATE_NOOP("JournalKind", "Card payment failed"),
    "card_payment_settled": QT_TRANSLATE_NOOP("JournalKind", "Card payment settled"),
    "card_payment_settled_by_hand": QT_TRANSLATE_NOOP(
        "JournalKind", "Card payment settled by hand"
    ),
    "card_payment_started": QT_TRANSLATE_NOOP("JournalKind", "Card payment started"),
    "card_payment_unknown": QT_TRANSLATE_NOOP("JournalKind", "Card payment in doubt"),
    "card_reversal_confirmed": QT_TRANSLATE_NOOP("JournalKind", "Card reversal confirmed"),
    "card_reversal_not_sent": QT_TRANSLATE_NOOP("JournalKind", "Card reversal not sent"),
    "card_reversal_refused": QT_TRANSLATE_NOOP("JournalKind", "Card reversal refused"),
    "card_reversal_requested": QT_TRANSLATE_NOOP("JournalKind", "Card reversal requested"),
    "card_reversal_settled": QT_TRANSLATE_NOOP("JournalKind", "Card reversal settled"),
    "card_reversal_settled_by_hand": QT_TRANSLATE_NOOP(
        "JournalKind", "Card reversal settled by hand"
    ),
    "card_reversal_unknown": QT_TRANSLATE_NOOP("JournalKind", "Card reversal in doubt"),
    "ccu_certificate_imported": QT_TRANSLATE_NOOP(
        "JournalKind", "Control unit certificate imported"
    ),
    "control_code_failed": QT_TRANSLATE_NOOP("JournalKind", "Control code failed"),
    "control_code_received": QT_TRANSLATE_NOOP("JournalKind", "Control code received"),
    "control_code_requested": QT_TRANSLATE_NOOP("JournalKind", "Control code requested"),
    "control_code_unknown": QT_TRANSLATE_NOOP("JournalKind", "Control code in doubt"),
    "drawer_opened": QT_TRANSLATE_NOOP("JournalKind", "Drawer opened"),
    "group_added": QT_TRANSLATE_NOOP("JournalKind", "Product group added"),
    "installation_created": QT_TRANSLATE_NOOP("JournalKind", "Installation created"),
    "journal_anchor_reset": QT_TRANSLATE_NOOP("JournalKind", "Journal anchor reset"),
    "manager_approved": QT_TRANSLATE_NOOP("JournalKind", "Manager approved"),
    "manager_pin_set": QT_TRANSLATE_NOOP("JournalKind", "Manager PIN set"),
    "manager_refused": QT_TRANSLATE_NOOP("JournalKind", "Manager refused"),
    "offline_mode": QT_TRANSLATE_NOOP("JournalKind", "Offline mode"),
    "original_printed": QT_TRANSLATE_NOOP("JournalKind", "Original printed"),
    "point_id_check": QT_TRANSLATE_NOOP("JournalKind", "Klarna ID check"),
    "price_changed": QT_TRANSLATE_NOOP("JournalKind", "Price changed"),
    "product_added": QT_TRANSLATE_NOOP("JournalKind", "Product added"),
    "product_changed": QT_TRANSLATE_NOOP("JournalKind", "Product changed"),
    "product_removed": QT_TRANSLATE_NOOP("JournalKind", "Product removed"),
    "products_imported": QT_TRANSLATE_NOOP("JournalKind", "Products imported"),
    "quick_key_removed": QT_TRANSLATE_NOOP("JournalKind", "Quick key removed"),
    "quick_key_set": QT_TRANSLATE_NOOP("JournalKind", "Quick key set"),
    "receipt": QT_TRANSLATE_NOOP("JournalKind", "Receipt"),
    "receipt_copy": QT_TRANSLATE_NOOP("JournalKind", "Receipt copy"),
    "sale_finished": QT_TRANSLATE_NOOP("JournalKind", "Sale finished"),
    "sale_voided": QT_TRANSLATE_NOOP("JournalKind", "Sale voided"),
    "setting_changed": QT_TRANSLATE_NOOP("JournalKind", "Setting changed"),
    "settings_saved": QT_TRANSLATE_NOOP("JournalKind", "Settings saved"),
    "sign_in_refused": QT_TRANSLATE_NOOP("JournalKind", "Sign-in refused"),
    "signed_in": QT_TRANSLATE_NOOP("JournalKind", "Signed in"),
    "terminal_admin": QT_TRANSLATE_NOOP("JournalKind", "Terminal administration"),
    "terminal_counter_advanced": QT_TRANSLATE_NOOP("JournalKind", "Terminal counter advanced"),
    "till_started": QT_TRANSLATE_NOOP("JournalKind", "Till started"),
    "training_mode": QT_TRANSLATE_NOOP("JournalKind", "Training mode"),
    "user_added": QT_TRANSLATE_NOOP("JournalKind", "User added"),
    "user_disabled": QT_TRANSLATE_NOOP("JournalKind", "User disabled"),
    "user_pin_reset": QT_TRANSLATE_NOOP("JournalKind", "User PIN reset"),
    "z_report": QT_TRANSLATE_NOOP("JournalKind", "Z report"),
}

# Keys whose whole-number values are öre (core/money.py): shown as kronor.
AMOUNT_KEYS = frozenset(
    {
        "amount",
        "amount_auth",
        "amount_auth_terminal",
        "amount_rev",
        "approved_amount",
        "change",
        "discount",
        "due",
        "new_price",
        "old_price",
        "paid",
        "price",
        "rounding",
        "tendered",
        "tip",
        "to_pay",
        "total",
        "trans_amount",
        "unit_price",
        "vat",
    }
)
_AMOUNT_SUFFIXES = ("_amount", "_total", "_price", "_ore")


def kind_label(kind: str) -> str:
    """A journal kind in the shop's language; a kind the table lacks as it is stored."""
    label = KIND_LABELS.get(kind)
    return QCoreApplication.translate("JournalKind", label) if label else kind


def is_amount(key: str, value: Any) -> bool:
    return type(value) is int and (key in AMOUNT_KEYS or key.endswith(_AMOUNT_SUFFIXES))


def in_kronor(data: Any) -> Any:
    """`data` with every amount (öre) written as kronor, nested ones too."""
    if isinstance(data, dict):
        return {k: amount_text(v) if is_amount(k, v) else in_kronor(v) for k, v in data.items()}
    if isinstance(data, list):
        return [in_kronor(v) for v in data]
    return data


def local_time(row: JournalRow) -> datetime:
    """The row's moment on this till's clock (rows are stored in UTC)."""
    return datetime.fromisoformat(row.at).astimezone()


def summary(data: dict[str, Any], limit: int = SUMMARY_LENGTH) -> str:
    """`key=value, …` of the plain values; nested ones are only named."""
    parts = []
    for key, value in data.items():
        if is_amount(key, value):
            parts.append(f"{key}={amount_text(value)}")
        elif isinstance(value, dict | list):
            parts.append(f"{key}=…" if value else f"{key}={json.dumps(value)}")
        elif isinstance(value, str):
            parts.append(f"{key}={value}")
        else:
            parts.append(f"{key}={json.dumps(value)}")
    text = ", ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def details(row: JournalRow) -> str:
    translate = QCoreApplication.translate
    at = f"{local_time(row):%Y-%m-%d %H:%M:%S %Z}"
    head = [
        translate("JournalViewer", "Id: {id}").format(id=row.id),
        translate("JournalViewer", "Time: {time} (stored as {stored})").format(
            time=at, stored=row.at
        ),
        translate("JournalViewer", "Kind: {label} ({kind})").format(
            label=kind_label(row.kind), kind=row.kind
        ),
        translate("JournalViewer", "Register: {register}").format(register=row.register_id),
        translate("JournalViewer", "Hash: {hash}").format(hash=row.hash),
        translate("JournalViewer", "Previous hash: {hash}").format(hash=row.prev_hash),
        "",
    ]
    data = in_kronor(row.data)  # amounts as kronor; the stored öre are the same amount
    return "\n".join(head) + json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True)


class JournalModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("JournalModel", "Id"),
        QT_TRANSLATE_NOOP("JournalModel", "Time"),
        QT_TRANSLATE_NOOP("JournalModel", "Kind"),
        QT_TRANSLATE_NOOP("JournalModel", "Summary"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[tuple[JournalRow, datetime, str]] = []
        self._labels: dict[str, str] = {}
        self.total = 0  # rows in the whole journal

    def show_page(self, page: JournalPage, *, older: bool = False) -> None:
        """The page's rows instead of those shown, or above them when `older`."""
        entries = [(row, local_time(row), summary(row.data)) for row in page.rows]
        for row in page.rows:
            if row.kind not in self._labels:
                self._labels[row.kind] = kind_label(row.kind)
        self.beginResetModel()
        self._shown = entries + self._shown if older else entries
        self.total = page.last_id
        self.endResetModel()

    def oldest_id(self) -> int | None:
        return self._shown[0][0].id if self._shown else None

    def row_at(self, row: int) -> JournalRow | None:
        return self._shown[row][0] if 0 <= row < len(self._shown) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= index.row() < len(self._shown):
            return None
        row, at, text = self._shown[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            label = self._labels[row.kind]
            return (str(row.id), at.strftime("%Y-%m-%d %H:%M:%S"), label, text)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None


def rows_in_memory(rows: list[JournalRow]) -> Fetch:
    """Pages of a list of rows, as the store would give them (for tests and small lists)."""

    def fetch(query: PageQuery) -> JournalPage:
        found = [
            row
            for row in rows
            if (query.before is None or row.id < query.before)
            and (query.day is None or local_time(row).date() == query.day)
            and (query.kind is None or row.kind == query.kind)
            and (query.number is None or row.data.get("sequence_number") == query.number)
        ]
        shown = found[-query.limit :] if query.limit else []
        return JournalPage(shown, len(found) > len(shown), max((r.id for r in rows), default=0))

    return fetch


class JournalViewer(QDialog):
    """Tab moves between the day, "all days", the kind, the receipt number and the rows; ↑/↓ in
    the rows; Esc closes. Alt+D, Alt+A, Alt+K, Alt+R jump to the filters.

    `source`: a Fetch (the store's pages) with the journal's `kinds`, or a list of rows."""

    def __init__(
        self,
        source: Fetch | list[JournalRow],
        *,
        today: date,
        kinds: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journalViewer")
        self.setWindowTitle(self.tr("Journal"))
        if isinstance(source, list):
            kinds = sorted({row.kind for row in source}) if kinds is None else kinds
            source = rows_in_memory(source)
        self._fetch: Fetch = source
        self._asked = 0  # the newest query: an older answer arriving late is dropped
        self._loading: asyncio.Future[Any] | None = None
        self._more = False
        self.model = JournalModel()

        self.previous_day = QPushButton(self.tr("◀ Previous day"))
        self.previous_day.setObjectName("journalPreviousDay")
        self.next_day = QPushButton(self.tr("Next day ▶"))
        self.next_day.setObjectName("journalNextDay")
        self.day_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.day_edit.setObjectName("journalDay")
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setCalendarPopup(True)
        self.all_days = QCheckBox(self.tr("&All days"))
        self.all_days.setObjectName("journalAllDays")
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("journalKind")
        self.kind_combo.addItem(self.tr(ALL_KINDS), None)
        for label, kind in sorted((kind_label(kind), kind) for kind in kinds or ()):
            self.kind_combo.addItem(label, kind)
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("journalNumber")
        self.number_edit.setPlaceholderText(self.tr("Any"))
        self.number_edit.setMaxLength(9)
        self.number_edit.setFixedWidth(120)
        self.older = QPushButton(self.tr("&Older rows"))
        self.older.setObjectName("journalOlder")
        for button in (self.previous_day, self.next_day, self.older):
            button.setMinimumSize(48, 48)  # a finger's size (touch screens)
            button.setAutoDefault(False)
        self.day_edit.setMinimumHeight(48)
        day_label = QLabel(self.tr("&Day"))
        day_label.setBuddy(self.day_edit)
        kind_caption = QLabel(self.tr("&Kind"))
        kind_caption.setBuddy(self.kind_combo)
        number_caption = QLabel(self.tr("&Receipt number"))
        number_caption.setBuddy(self.number_edit)
        self.count_label = QLabel()
        self.count_label.setObjectName("journalCount")

        days = QHBoxLayout()
        days.addWidget(day_label)
        days.addWidget(self.previous_day)
        days.addWidget(self.day_edit)
        days.addWidget(self.next_day)
        days.addSpacing(16)
        days.addWidget(self.all_days)
        days.addStretch(1)
        days.addWidget(self.count_label)
        filters = QHBoxLayout()
        filters.addWidget(kind_caption)
        filters.addWidget(self.kind_combo, 1)
        filters.addSpacing(16)
        filters.addWidget(number_caption)
        filters.addWidget(self.number_edit)
        filters.addSpacing(16)
        filters.addWidget(self.older)

        self.table = QTableView()
        self.table.setObjectName("journalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Measured in the style sheet's 16 px: the table has no parent yet, so no style either.
        font = QFont(self.table.font())
        font.setPixelSize(16)
        metrics = QFontMetrics(font)
        widest_kind = kind_label("card_reversal_settled_by_hand")
        for column, widest in enumerate(("9999999", "2026-12-31 23:59:59", widest_kind)):
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 32)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())

        self.details = QPlainTextEdit()
        self.details.setObjectName("journalDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.details.setFont(font)
        self.details.setPlaceholderText(self.tr("Choose a row to see all it holds."))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 220])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(days)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(980, 700)  # fits 1024x768 with the window frame

        self.setTabOrder(self.table, self.day_edit)
        self.setTabOrder(self.day_edit, self.all_days)
        self.setTabOrder(self.all_days, self.kind_combo)
        self.setTabOrder(self.kind_combo, self.number_edit)
        self.setTabOrder(self.number_edit, self.details)
        self.previous_day.clicked.connect(lambda: self._step_day(-1))
        self.next_day.clicked.connect(lambda: self._step_day(1))
        self.older.clicked.connect(self.load_older)
        self.day_edit.dateChanged.connect(lambda _d: self.apply_filters())
        self.all_days.toggled.connect(self._all_days_toggled)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.number_edit.textChanged.connect(lambda _t: self.apply_filters())
        self.apply_filters()
        self.table.setFocus()

    def _all_days_toggled(self, on: bool) -> None:
        for widget in (self.day_edit, self.previous_day, self.next_day):
            widget.setEnabled(not on)
        self.apply_filters()

    def _step_day(self, days: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(days))

    def day(self) -> date | None:
        if self.all_days.isChecked():
            return None
        return self.day_edit.date().toPython()

    def kind(self) -> str | None:
        return self.kind_combo.currentData()

    def number(self) -> int | None:
        text = self.number_edit.text().strip()
        return int(text) if text.isdigit() else None

    def query(self, before: int | None = None) -> PageQuery:
        return PageQuery(self.day(), self.kind(), self.number(), before, PAGE_ROWS)

    def apply_filters(self) -> None:
        """The newest page of what the filters ask for."""
        self._load(self.query(), older=False)

    def load_older(self) -> None:
        """The page before the oldest row shown, above it."""
        oldest = self.model.oldest_id()
        if self._more and oldest is not None:
            self._load(self.query(before=oldest), older=True)

    async def wait_loaded(self) -> None:
        """Until the page asked for last is shown (for callers and tests)."""
        while self._loading is not None and not self._loading.done():
            await asyncio.shield(self._loading)

    def _load(self, query: PageQuery, *, older: bool) -> None:
        self._asked += 1
        asked = self._asked
        self.older.setEnabled(False)
        answer = self._fetch(query)
        if not inspect.isawaitable(answer):
            self._show_page(cast(JournalPage, answer), older=older)
            return
        self._loading = asyncio.ensure_future(answer)

        def arrived(done: asyncio.Future[Any]) -> None:
            # Only the newest question's answer, and only while the dialog is still there.
            if asked != self._asked or done.cancelled() or not shiboken6.isValid(self):
                return
            error = done.exception()
            if error is not None:
                self.count_label.setText(describe(error))
                self.older.setEnabled(self._more)
            else:
                self._show_page(done.result(), older=older)

        self._loading.add_done_callback(arrived)

    def _show_page(self, page: JournalPage, *, older: bool) -> None:
        selected = self.selected_row()
        self.model.show_page(page, older=older)
        self._more = page.more
        self.older.setEnabled(page.more)
        shown = self.model.rowCount()
        more = self.tr(" (older rows not shown)") if page.more else ""
        self.count_label.setText(
            self.tr("{shown} of {total} rows").format(shown=shown, total=self.model.total) + more
        )
        if older and selected is not None:
            self.table.selectRow(len(page.rows) + self._row_of(selected, page))
        elif shown:
            self.table.selectRow(shown - 1)  # the newest: what the manager came to see
            self.table.scrollToBottom()
        self._show_details()

    def _row_of(self, row: JournalRow, page: JournalPage) -> int:
        # The row kept its place below the older page put above it.
        for n in range(len(page.rows), self.model.rowCount()):
            found = self.model.row_at(n)
            if found is not None and found.id == row.id:
                return n - len(page.rows)
        return 0

    def selected_row(self) -> JournalRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _show_details(self) -> None:
        row = self.selected_row()
        self.details.setPlainText(details(row) if row is not None else "")
