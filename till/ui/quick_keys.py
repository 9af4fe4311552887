"""The quick keys: a grid of products without a barcode (fruit, bakery, bags), one tab per
group, as the catalog sets them up. A press enters the product's code as if it were scanned,
so a weighed or open-price product asks for its weight or price the same way. With no keys set
up the grid is hidden and takes no space."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QWidget,
)

from till.core.errors import TillError
from till.core.quick_keys import QuickKey, QuickKeyGroup
from till.ui.line_edit import empty

log = logging.getLogger(__name__)

KEY_SIZE = (64, 52)  # at least 64 x 48: a finger's
COLUMNS = 6
VISIBLE_ROWS = 2  # more rows scroll: the cart keeps its room


class QuickKeyButton(QPushButton):
    """A key whose label is cut with "…" when the key is too narrow for it (not clipped at
    both ends); `label` keeps it whole."""

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.label = label
        self.setObjectName("quickKey")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        room = event.size().width() - 12
        self.setText(self.fontMetrics().elidedText(self.label, Qt.TextElideMode.ElideRight, room))


class QuickKeyGrid(QTabWidget):
    """pressed(code) when a key is pressed. `buttons`: every key, in order (for the tests)."""

    pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickKeys")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setDocumentMode(True)
        self.buttons: list[QPushButton] = []
        self._groups: tuple[QuickKeyGroup, ...] = ()
        self.hide()

    def set_groups(self, groups: Sequence[QuickKeyGroup]) -> None:
        groups = tuple(g for g in groups if g.keys)
        if groups == self._groups:
            return  # unchanged: keep the tab the cashier is on
        self._groups = groups
        self.clear()
        self.buttons = []
        for group in groups:
            self.addTab(self._page(group.keys), group.name)
        self.setVisible(bool(groups))

    def _page(self, keys: Sequence[QuickKey]) -> QScrollArea:
        page = QWidget()
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setSpacing(6)
        for n, key in enumerate(keys):
            button = QuickKeyButton(key.label)
            button.setToolTip(key.label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry line keeps the keyboard
            button.setAutoDefault(False)
            button.setMinimumSize(*KEY_SIZE)
            # Ignored: a long name does not widen the grid past the cart (it is elided; the
            # tooltip has it whole).
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, code=key.product_code: self.pressed.emit(code))
            grid.addWidget(button, n // COLUMNS, n % COLUMNS)
            self.buttons.append(button)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = min(VISIBLE_ROWS, (len(keys) + COLUMNS - 1) // COLUMNS)
        area.setFixedHeight(rows * KEY_SIZE[1] + (rows - 1) * 6 + 4)
        return area


class QuickKeys:
    """Mixed into CashierWindow: the grid, loaded from checkout; a press runs _enter."""

    def _build_quick_keys(self) -> QuickKeyGrid:
        self.quick_keys = QuickKeyGrid()
        self.quick_keys.pressed.connect(self._quick_key_pressed)
        return self.quick_keys

    def reload_quick_keys(self) -> None:
        """Ask checkout for the keys again (when the window shows, and after the catalog
        changed)."""
        self.tasks.start(self._load_quick_keys(), name="quick keys")

    async def _load_quick_keys(self) -> None:
        try:
            groups = await self.checkout.quick_keys()
        except TillError as error:  # no keys is a till that still sells: say it in the log
            log.warning("could not load the quick keys: %s", error)
            return
        self.quick_keys.set_groups(groups)

    def _quick_key_pressed(self, code: str) -> None:
        # "3*" typed first and then a key: three of it, as "3*code" typed would be.
        typed = self.entry.text().strip()
        if typed.endswith("*"):
            empty(self.entry)
            code = typed + code
        self._run(lambda: self._enter(code), "enter")
