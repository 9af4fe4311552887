"""Find a product by part of its name: type, pick with Up/Down, Enter adds it."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from till.core.errors import TillError
from till.core.money import format_kr
from till.core.sale import Product
from till.ui.tasks import TaskKeeper
from till.ui.texts import describe

log = logging.getLogger(__name__)

Search = Callable[[str], Awaitable[list[Product]]]
TYPING_PAUSE_MS = 150  # one search per pause in typing, not one per key


class ProductSearchDialog(QDialog):
    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("productSearch")
        self.setWindowTitle(self.tr("Product search"))
        self._search = search
        self._tasks = TaskKeeper(self._failed)
        self._generation = 0  # results of an older query must not replace newer ones
        self._searching = False
        self._pick_when_ready = False
        self._product: Product | None = None

        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchEdit")
        self.query_edit.setProperty("role", "big")
        self.query_edit.setPlaceholderText(self.tr("Part of the product's name"))
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemActivated.connect(lambda _item: self.pick())
        self.message_label = QLabel(self.tr("Type part of a name; ↑/↓ choose, Enter adds."))
        self.message_label.setObjectName("searchMessage")
        self.message_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message_label)
        self.resize(560, 440)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._start_search)
        self.query_edit.textChanged.connect(lambda _text: self._timer.start())
        self.query_edit.installEventFilter(self)
        self.finished.connect(lambda _result: self._tasks.cancel_all())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick()
                return True
        return super().eventFilter(watched, event)

    def _move(self, step: int) -> None:
        count = self.results.count()
        if count:
            row = min(max(self.results.currentRow() + step, 0), count - 1)
            self.results.setCurrentRow(row)

    def _start_search(self) -> None:
        text = self.query_edit.text().strip()
        self._generation += 1
        if not text:
            self._show([])
            return
        self._searching = True
        self._tasks.start(self._run_search(self._generation, text), name="product search")

    async def _run_search(self, generation: int, text: str) -> None:
        try:
            products = await self._search(text)
        finally:
            if generation == self._generation:
                self._searching = False
        if generation == self._generation:
            self._show(products)

    def _show(self, products: list[Product]) -> None:
        self.results.clear()
        for product in products:
            text = f"{product.name}\t{format_kr(product.unit_price)}" + (
                " /kg" if product.sold_by_weight else ""
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.results.addItem(item)
        if products:
            self.results.setCurrentRow(0)
            self.message_label.setText(self.tr("{n} found").format(n=len(products)))
        elif self.query_edit.text().strip():
            self.message_label.setText(self.tr("No product matches"))
        if self._pick_when_ready:
            self._pick_when_ready = False
            self.pick()

    def pick(self) -> None:
        """Enter: take the current result; typed faster than the search ran, take it when ready."""
        if self._timer.isActive() or self._searching:
            self._pick_when_ready = True
            if self._timer.isActive():
                self._timer.stop()
                self._start_search()
            return
        item = self.results.currentItem()
        if item is None:
            self.message_label.setText(self.tr("No product chosen"))
            return
        self._product = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._searching = False
        self._pick_when_ready = False
        if isinstance(error, TillError):
            self.message_label.setText(describe(error))
        else:
            log.error("product search failed", exc_info=error)
            self.message_label.setText(self.tr("The search failed; see the log."))

    def answer(self) -> Product | None:
        return self._product
