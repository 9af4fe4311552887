"""The cashier screen: entry line, cart, totals, status. It renders checkout's events and
forwards the cashier's intents to checkout; every rule lives there.

Intents run one at a time, in the order the keys were pressed: a scanner can type the next code
while the last one is still being saved, and two changes to the sale must never interleave.

The window is also checkout's manager prompt: an action a manager must approve asks for the
PIN in a ManagerPinDialog. Modes that change what a receipt is (training, offline, a return)
show as strips across the whole window for as long as they last.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from till.adapters.terminal import TerminalState
from till.checkout.card_tender import CardDeclined, NoTerminal
from till.checkout.copies import print_copy
from till.checkout.events import (
    CheckoutEvent,
    ControlUnitState,
    ControlUnitStatus,
    ModesChanged,
    ReceiptCompleted,
    SaleChanged,
    SaleSnapshot,
    TerminalStatus,
)
from till.core.card import CardPayment, CardPaymentState
from till.core.errors import TillError
from till.core.money import AmountError, cash_rounding, format_kr, parse_kr
from till.core.receipt import PaymentMethod, Receipt, ReceiptType
from till.core.sale import SaleError, SaleKind, SaleLine, format_quantity, parse_quantity
from till.protocols.ccu.errors import ControlUnitError
from till.ui.card_dialog import CardPaymentDialog
from till.ui.cart_model import CartModel
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.dialogs import ask
from till.ui.help_dialog import HelpDialog
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.journal_viewer import JournalViewer
from till.ui.manager_dialog import ManagerPinDialog
from till.ui.product_search import ProductSearchDialog
from till.ui.reason_dialog import ReasonDialog, ReceiptNumberDialog, parse_report_number
from till.ui.receipt_view import ReceiptPreview
from till.ui.report_dialog import ReportDialog
from till.ui.return_dialog import (
    ReturnableModel,
    ReturnDialog,
    ReturnLinesDialog,
    returnable_table,
)
from till.ui.settle_dialog import SettleDialog
from till.ui.shortcuts import SHORTCUTS, Scope, Shortcut, key_name, shortcut_for_key
from till.ui.style import (
    BANNER_STYLES,
    CARD_PANEL_STYLES,
    CONTROL_UNIT_COLOURS,
    FRAME_STYLES,
    MODE_STRIP_STYLES,
    STYLE,
    TERMINAL_COLOURS,
)
from till.ui.tasks import TaskKeeper
from till.ui.terminal_admin_dialog import TerminalAdminDialog
from till.ui.unprinted_dialog import UnprintedDialog

if TYPE_CHECKING:
    from till.checkout.day_reports import DayReports
    from till.checkout.register import Checkout
    from till.checkout.terminal_admin import TerminalAdmin

log = logging.getLogger(__name__)

# Errors written for the cashier; anything else is a bug and gets the calm message instead.
CASHIER_ERRORS = (TillError, SaleError, AmountError)
CALM_MESSAGE = QT_TRANSLATE_NOOP(
    "CashierWindow", "Something unexpected went wrong. The sale is kept; details are in the log."
)
HINT_KEYS = ("F2", "F4", "F6", "Del", "F9", "F10", "F11", "F12", "Ctrl+R", "Ctrl+K", "Ctrl+T", "F1")
# Intents that register a sale or a return: when one fails because the control unit cannot be
# reached, the banner offers offline mode (cash invoices).
PAYMENT_INTENTS = frozenset({"pay cash", "pay card", "finish", "refund cash", "refund card"})

TRAINING_STRIP = "ÖVNINGSLÄGE – inga riktiga köp. Kvittona är övningskvitton; inga kort dras."
OFFLINE_STRIP = (
    "Kontrollenheten ur funktion: kontantnotor. Dokumentera avbrottet och anmäl det till "
    "Skatteverket."
)
UNCLOSED_DAY = "Z-dagrapport saknas för {day}: ta den innan dagens första försäljning (Ctrl+Z)."


class CardState:
    """What the sale's card payments leave the cashier to do; the card panel shows it."""

    NONE = ""
    REGISTERING = "registering"  # the receipt is with the control unit: frozen until finished
    UNKNOWN = "unknown"  # an outcome is not known: the sale is locked until it is settled
    NO_RECEIPT = "no_receipt"  # paid in full by card, but no control code (so no receipt) yet
    PARTIAL = "partial"  # paid in part by card: the rest is due

    @staticmethod
    def of(sale: SaleSnapshot) -> str:
        if sale.registering is not None:
            return CardState.REGISTERING
        if sale.payment_unknown:
            return CardState.UNKNOWN
        if sale.paid > 0 and sale.due <= 0:
            return CardState.NO_RECEIPT
        if sale.paid > 0:
            return CardState.PARTIAL
        return CardState.NONE


# The widest text of each cart column ("" = the item name, which stretches).
_WIDEST_CELLS = (
    "99",
    "",
    "99,999 kg",
    "9\u00a0999,99/kg",
    "-999,99",
    "99\u00a0999,99",
    "25 %",
)


class CashierWindow(QMainWindow):
    receipt_completed = Signal(object)  # Receipt, after it is stored (and printed or not)

    def __init__(
        self,
        checkout: Checkout,
        *,
        title: str = "till",
        terminal_admin: TerminalAdmin | None = None,
        day_reports: DayReports | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("cashierWindow")
        self._title = title
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.checkout = checkout
        self.terminal_admin = terminal_admin
        self.day_reports = day_reports
        self.card_state = CardState.NONE
        self.tasks = TaskKeeper(self._unexpected)
        self._serial = asyncio.Lock()
        self._banner_version = 0
        self._standing_warning = ""  # shown again whenever the banner would go: a missing Z
        self._offline_reason: str | None = None  # set when a payment failed: Ctrl+O may follow
        self._shown_once = False
        self.last_receipt: Receipt | None = None
        self._line_count = 0
        self._cash_dialog: CashPaymentDialog | None = None  # built once, shown per sale
        self._handlers: dict[str, Callable[[], None]] = {
            "add_item": self.add_item,
            "search_product": lambda: self._run(self._search_product, "search"),
            "change_quantity": lambda: self._run(self._change_quantity, "quantity"),
            "line_discount": lambda: self._run(self._line_discount, "discount"),
            "remove_line": lambda: self._run(self._remove_line, "remove"),
            "select_previous": lambda: self.select_row(self.selected_row() - 1),
            "select_next": lambda: self.select_row(self.selected_row() + 1),
            "pay_cash": lambda: self._run(self._pay_cash, "pay cash"),
            "pay_card": lambda: self._run(self._pay_card, "pay card"),
            "settle_card_payment": lambda: self._run(self._settle_card_payment, "settle"),
            "settle_by_hand": lambda: self._run(self._settle_by_hand, "settle by hand"),
            "finish_card_sale": lambda: self._run(self._finish_card_sale, "finish"),
            "give_up_card_sale": lambda: self._run(self._give_up_card_sale, "give up"),
            "terminal_admin": lambda: self._run(self._terminal_admin, "terminal"),
            "void_sale": lambda: self._run(self._void_sale, "void"),
            "show_last_receipt": lambda: self._run(self._show_last_receipt, "preview"),
            "start_return": lambda: self._run(self._start_return, "return"),
            "print_copy": lambda: self._run(self._print_copy, "copy"),
            "pro_forma": lambda: self._run(self._pro_forma, "pro forma"),
            "toggle_training": lambda: self._run(self._toggle_training, "training"),
            "go_offline": lambda: self._run(self._go_offline, "offline"),
            "open_drawer": lambda: self._run(self._open_drawer, "drawer"),
            "x_report": lambda: self._run(self._x_report, "x report"),
            "z_report": lambda: self._run(self._z_report, "z report"),
            "reprint_z": lambda: self._run(self._reprint_z, "reprint z"),
            "journal_viewer": lambda: self._run(self._journal_viewer, "journal"),
            "print_originals": lambda: self._run(self._print_originals, "print originals"),
            "help": lambda: self._run(self._help, "help"),
            "clear_entry": self.clear_entry,
        }
        self._build()
        self._fix_sizes()
        # Built now, window and all, so that not even the first customer waits for it.
        self._cash_dialog = CashPaymentDialog(self.checkout.settle_cash, self)
        self._cash_dialog.winId()
        self._spare_card_dialog: CardPaymentDialog | None = None
        self._build_spare_card_dialog()
        self._install_shortcuts()
        checkout.manager.prompt = self
        checkout.subscribe(self._on_event)
        self._show_modes(checkout.training, checkout.offline)
        self._show_sale(checkout.snapshot())
        self._show_control_unit(checkout.control_unit_status)
        terminal = checkout.cards.terminal
        if terminal is None:
            self._show_terminal(None, "")
        else:
            self._show_terminal(terminal.state is TerminalState.ONLINE, terminal.state_message)
        self.entry.setFocus()

    # -- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        self.entry = QLineEdit()
        self.entry.setObjectName("entry")
        self.entry.setPlaceholderText(self.tr("Scan or type a code   (3*code adds 3)"))
        self.entry.installEventFilter(self)

        self.cart_model = CartModel()
        self.cart = QTableView()
        self.cart.setObjectName("cart")
        self.cart.setModel(self.cart_model)
        self.cart.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry keeps the keyboard
        self.cart.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cart.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cart.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cart.setAlternatingRowColors(True)
        self.cart.setShowGrid(False)
        self.cart.verticalHeader().hide()
        self.cart.verticalHeader().setDefaultSectionSize(38)
        header = self.cart.horizontalHeader()
        # Widths from the widest text each column can hold, measured once: ResizeToContents
        # would measure every cell again on every change and stall the loop as the cart grows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)

        left = QVBoxLayout()
        left.addWidget(self.banner)
        left.addWidget(self._build_card_panel())
        left.addWidget(self.entry)
        left.addWidget(self._build_return_panel())
        left.addWidget(self.cart, 1)

        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 1)
        columns.addWidget(self._build_totals())

        # The frame's colour and the strips say which mode the till is in, whatever has focus.
        root = QFrame()
        root.setObjectName("centralFrame")
        layout = QVBoxLayout(root)
        layout.setContentsMargins(8, 8, 8, 2)  # with the 6 px frame: the margins it had
        layout.setSpacing(10)
        self.mode_strips: dict[str, QLabel] = {}
        for mode in ("training", "offline", "return"):
            strip = QLabel()
            strip.setObjectName(f"{mode}Strip")
            strip.setWordWrap(True)
            strip.setStyleSheet(MODE_STRIP_STYLES[mode])
            strip.hide()
            layout.addWidget(strip)
            self.mode_strips[mode] = strip
        self.mode_strips["training"].setText(TRAINING_STRIP)
        self.mode_strips["offline"].setText(OFFLINE_STRIP)
        layout.addLayout(columns, 1)
        self.central_frame = root
        self._frame_mode = ""
        self.setCentralWidget(root)
        self._build_status_bar()
        self.resize(1200, 720)

    def _build_card_panel(self) -> QFrame:
        """A card payment that needs the cashier: in doubt, paid without a receipt, or part paid.
        Stays until the sale's state changes, unlike the banner."""
        self.card_panel = QFrame()
        self.card_panel.setObjectName("cardPanel")
        self.card_panel_title = QLabel()
        self.card_panel_title.setObjectName("cardPanelTitle")
        self.card_panel_title.setWordWrap(True)
        self.card_panel_text = QLabel()
        self.card_panel_text.setObjectName("cardPanelText")
        self.card_panel_text.setWordWrap(True)
        self.card_panel_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for action, text in (
            ("settle_card_payment", self.tr("Ask the terminal again (F7)")),
            ("settle_by_hand", self.tr("Settle by hand – manager (Shift+F7)")),
            ("finish_card_sale", self.tr("Retry the control code (F8)")),
            ("give_up_card_sale", self.tr("Give up – reverse the card payment (Shift+F8)")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"cardPanel_{action}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry keeps the keyboard
            button.setAutoDefault(False)
            button.clicked.connect(self._handlers[action])
            buttons.addWidget(button)
            self.card_panel_buttons[action] = button
        buttons.addStretch(1)
        column = QVBoxLayout(self.card_panel)
        column.setContentsMargins(14, 10, 14, 10)
        column.addWidget(self.card_panel_title)
        column.addWidget(self.card_panel_text)
        column.addLayout(buttons)
        self.card_panel.hide()
        return self.card_panel

    def _build_return_panel(self) -> QWidget:
        """A return against a receipt: the original's lines, what was sold, what can come back."""
        self.return_panel = QWidget()
        self.return_panel.setObjectName("returnPanelBox")
        self.return_panel_title = QLabel()
        self.return_panel_title.setObjectName("returnPanelTitle")
        self.returnable_model = ReturnableModel()
        self.returnable_view = returnable_table("returnPanel", self.returnable_model)
        self.returnable_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the entry keeps the keys
        self.returnable_view.setMaximumHeight(170)
        column = QVBoxLayout(self.return_panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.return_panel_title)
        column.addWidget(self.returnable_view)
        self.return_panel.hide()
        return self.return_panel

    def _build_totals(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("totalsPanel")
        panel.setFixedWidth(400)
        self.totals_width = 400 - 2 * 22  # the panel less its margins
        caption = QLabel(self.tr("TOTAL"))
        caption.setObjectName("totalCaption")
        self.total_caption = caption
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.vat_label = QLabel()
        self.vat_label.setObjectName("vatLabel")
        self.vat_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.item_count_label = QLabel()
        self.item_count_label.setObjectName("itemCountLabel")
        self.item_count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.paid_label = QLabel()
        self.paid_label.setObjectName("paidLabel")
        self.paid_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.paid_label.hide()
        self.still_due_label = QLabel()
        self.still_due_label.setObjectName("stillDueLabel")
        self.still_due_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.still_due_label.hide()
        self.last_sale_label = QLabel()
        self.last_sale_label.setObjectName("lastSaleLabel")
        self.last_sale_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_sale_label.setWordWrap(True)
        keys = {s.key: s for s in SHORTCUTS}
        hint = QLabel(
            "<table width='100%'>"
            + "".join(
                "<tr>"
                + "".join(
                    f"<td style='padding:2px 6px 2px 0'><b>{key_name(keys[k])}</b></td>"
                    f"<td style='padding:2px 16px 2px 0'>{self.tr(_short(keys[k]))}</td>"
                    for k in pair
                )
                + "</tr>"
                for pair in zip(HINT_KEYS[::2], HINT_KEYS[1::2], strict=True)
            )
            + "</table>"
        )
        hint.setObjectName("keysHint")
        hint.setWordWrap(True)

        column = QVBoxLayout(panel)
        column.setContentsMargins(22, 18, 22, 18)
        column.addWidget(caption)
        column.addWidget(self.total_label)
        column.addWidget(self.item_count_label)
        column.addWidget(self.paid_label)
        column.addWidget(self.still_due_label)
        column.addSpacing(8)
        column.addWidget(self.vat_label)
        column.addStretch(1)
        column.addWidget(self.last_sale_label)
        column.addSpacing(8)
        column.addWidget(hint)
        return panel

    def _build_status_bar(self) -> None:
        self.control_unit_label = QLabel()
        self.control_unit_label.setObjectName("controlUnitLabel")
        register = QLabel(self.tr("Register {id}").format(id=self.checkout.shop.register_id))
        register.setObjectName("registerLabel")
        shop = QLabel(self.checkout.shop.name)
        shop.setObjectName("shopLabel")
        self.terminal_label = QLabel()
        self.terminal_label.setObjectName("terminalLabel")
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.addWidget(self.control_unit_label, 1)
        bar.addWidget(self.terminal_label, 1)
        bar.addPermanentWidget(register)
        bar.addPermanentWidget(shop)

    def _install_shortcuts(self) -> None:
        self.shortcut_actions: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            if shortcut.scope is not Scope.WINDOW:
                continue
            action = QAction(shortcut.description, self)
            action.setObjectName(f"action_{shortcut.action}")
            action.setShortcut(QKeySequence(shortcut.key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(self._handlers[shortcut.action])
            self.addAction(action)
            self.shortcut_actions[shortcut.action] = action
        self.shortcut_actions["terminal_admin"].setEnabled(self.terminal_admin is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The entry line's keys. Window keys land here too when no shortcut took them (the
        window is not the active one, as under a test driver), so they work either way."""
        if watched is self.entry and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            shortcut = shortcut_for_key(event.keyCombination(), Scope.ENTRY) or shortcut_for_key(
                event.keyCombination(), Scope.WINDOW
            )
            if shortcut is not None and self._entry_takes(shortcut):
                self._handlers[shortcut.action]()
                return True
        return super().eventFilter(watched, event)

    def _entry_takes(self, shortcut: Shortcut) -> bool:
        # With text in the entry, Delete edits the text; it removes a line only when empty.
        return not (shortcut.action == "remove_line" and self.entry.text())

    def _fix_sizes(self) -> None:
        """Fixed sizes for what changes with every item, measured once in the stylesheet's
        fonts (so after polishing). Qt relays out a parent whenever a child's size hint may
        have changed, unless the child's size is fixed: a label's new text then repaints only
        the label, and the cart's columns are not measured again."""
        for label, widest in (
            (self.total_label, "-999\u00a0999,99"),
            (self.item_count_label, "999 lines"),
        ):
            fix_label(label, widest, self.totals_width)
        # The VAT table: a heading and at most four rates.
        self.vat_label.ensurePolished()
        self.vat_label.setFixedSize(
            self.totals_width, 5 * (self.vat_label.fontMetrics().lineSpacing() + 2) + 8
        )
        # Three wrapped lines at most ("Last sale … change …"); fixed, so its text does not
        # relay out the totals panel.
        self.last_sale_label.ensurePolished()
        self.last_sale_label.setFixedSize(
            self.totals_width, 3 * self.last_sale_label.fontMetrics().lineSpacing() + 6
        )
        self.cart.ensurePolished()
        metrics = self.cart.fontMetrics()
        header = self.cart.horizontalHeader()
        for column, widest in enumerate(_WIDEST_CELLS):
            if widest:
                header.resizeSection(column, metrics.horizontalAdvance(widest) + 26)

    # -- rendering checkout's events ------------------------------------------------------

    def _on_event(self, event: CheckoutEvent) -> None:
        if isinstance(event, SaleChanged):
            # Render on the next turn of the loop, newest snapshot only: checkout's step, the
            # render and the repaint then each get a turn of their own (no long stall), and a
            # burst of scans renders once.
            self._show_sale(event.sale)
        elif isinstance(event, ControlUnitStatus):
            self._show_control_unit(event)
        elif isinstance(event, ReceiptCompleted):
            self._show_receipt(event)
        elif isinstance(event, TerminalStatus):
            self._show_terminal(event.online, event.message)
        elif isinstance(event, ModesChanged):
            self._show_modes(event.training, event.offline)

    def _show_modes(self, training: bool, offline: bool) -> None:
        self.mode_strips["training"].setVisible(training)
        self.mode_strips["offline"].setVisible(offline)
        if offline:
            self._offline_reason = None  # offered and taken
        self.setWindowTitle(f"ÖVNINGSLÄGE – {self._title}" if training else self._title)
        self._show_frame()

    def _show_frame(self) -> None:
        if self.checkout.training:
            mode = "training"
        elif self.checkout.sale.kind is SaleKind.RETURN:
            mode = "return"
        else:
            mode = "normal"
        if mode != self._frame_mode:  # restyling re-polishes: only on change
            self._frame_mode = mode
            self.central_frame.setStyleSheet(FRAME_STYLES[mode])

    @property
    def training_shown(self) -> bool:
        return self.mode_strips["training"].isVisibleTo(self)

    @property
    def offline_shown(self) -> bool:
        return self.mode_strips["offline"].isVisibleTo(self)

    @property
    def return_shown(self) -> bool:
        return self.mode_strips["return"].isVisibleTo(self)

    def _show_sale(self, sale: SaleSnapshot) -> None:
        selected, previous_row = self.selected_line(), self.selected_row()
        grew = len(sale.lines) > self._line_count
        self._line_count = len(sale.lines)
        self.cart_model.set_snapshot(sale)
        if sale.lines and self.last_sale_label.text():  # clearing relays out: only if needed
            self.last_sale_label.clear()
        if grew:
            self.select_row(len(sale.lines) - 1)  # the line just rung up
        elif selected is not None:
            row = self.cart_model.row_of(selected.line_no)
            self.select_row(row if row >= 0 else previous_row)  # the removed line's neighbour
        is_return = sale.kind is SaleKind.RETURN
        self.total_caption.setText(self.tr("TO PAY BACK") if is_return else self.tr("TOTAL"))
        self.total_label.setText(format_kr(-sale.total if is_return else sale.total))
        sign = -1 if is_return else 1
        rows = [
            (f"{s.rate} %", format_kr(sign * s.vat), format_kr(sign * s.gross))
            for s in sale.vat
            if s.gross
        ]
        html = _vat_table(self.tr("VAT"), self.tr("of amount"), rows) if rows else ""
        if html != self.vat_label.text():
            self.vat_label.setText(html)
        pieces = len(sale.lines)
        self.item_count_label.setText(self.tr("{n} lines").format(n=pieces) if pieces else "")
        self._show_card_payments(sale)
        self._show_return(sale)
        self._show_frame()

    def _show_return(self, sale: SaleSnapshot) -> None:
        strip = self.mode_strips["return"]
        if sale.kind is not SaleKind.RETURN:
            strip.hide()
            self.return_panel.hide()
            return
        keys = self.tr("F12 pays back in cash, F11 to the card, F9 cancels the return.")
        if sale.original is None:
            strip.setText(self.tr("RETUR utan kvitto – scan the items coming back. ") + keys)
            placeholder = self.tr("Scan or type the items coming back")
            self.return_panel.hide()
        else:
            number = sale.original.sequence_number
            strip.setText(
                self.tr(
                    "RETUR mot kvitto {number} – scan the items coming back or pick a line "
                    "(Ctrl+R). "
                ).format(number=number)
                + keys
            )
            placeholder = self.tr("Scan an item from receipt {number}, or Ctrl+R").format(
                number=number
            )
            self.return_panel_title.setText(
                self.tr("Receipt {number} ({code}): what can come back").format(
                    number=number, code=sale.original.code
                )
            )
            self.returnable_model.set_rows(self.checkout.returnable())
            self.return_panel.show()
        if self.card_state == CardState.NONE:
            self.entry.setPlaceholderText(placeholder)
        strip.show()

    def _show_card_payments(self, sale: SaleSnapshot) -> None:
        paid = sale.paid > 0
        self.paid_label.setVisible(paid)
        self.still_due_label.setVisible(paid)
        if paid:
            self.paid_label.setText(
                self.tr("Paid by card  {amount}").format(amount=format_kr(sale.paid))
            )
            self.still_due_label.setText(
                self.tr("Still due  {amount}").format(amount=format_kr(max(sale.due, 0)))
            )
        state = CardState.of(sale)
        self.card_state = state
        self.entry.setPlaceholderText(
            self.tr("Locked: settle the card payment (F7)")
            if state == CardState.UNKNOWN
            else self.tr("Scan or type a code   (3*code adds 3)")
        )
        if state == CardState.NONE:
            self.card_panel.hide()
            return
        shown = {
            CardState.REGISTERING: ("finish_card_sale",),
            CardState.UNKNOWN: ("settle_card_payment", "settle_by_hand"),
            CardState.NO_RECEIPT: ("finish_card_sale", "give_up_card_sale"),
            CardState.PARTIAL: ("give_up_card_sale",),
        }[state]
        for action, button in self.card_panel_buttons.items():
            button.setVisible(action in shown)
        if state == CardState.REGISTERING:
            title = self.tr("Receipt {number} is with the control unit").format(
                number=sale.registering
            )
            text = self.tr(
                "The control unit was asked for this receipt's control code and its answer "
                "did not come through, or the receipt could not be saved. Nothing can change "
                "now: F8 finishes this very receipt (the control unit is asked again with the "
                "same data)."
            )
        elif state == CardState.UNKNOWN:
            doubtful = [p for p in sale.card_payments if p.state.open]
            reversals = [p for p in doubtful if p.state.in_reversal]
            if reversals:  # the money went to the card; did it come back?
                title = self.tr("Sale locked: reversal of {amount} kr in doubt").format(
                    amount=format_kr(sum(p.on_card for p in reversals))
                )
                text = self.tr(
                    "The till cannot tell whether the money went back to the card. Nothing can "
                    "be added, paid or voided until it is settled: ask the terminal again (F7), "
                    "or a manager settles it by hand (Shift+F7) after checking the terminal's "
                    "last receipt."
                )
            else:
                title = self.tr("Sale locked: card payment of {amount} kr in doubt").format(
                    amount=format_kr(sum(p.amount for p in doubtful))
                )
                text = self.tr(
                    "The till cannot tell whether the card was charged. Nothing can be added or "
                    "paid until it is settled: ask the terminal again, or a manager settles it "
                    "by hand after checking the terminal."
                )
            why = "; ".join(p.message for p in doubtful if p.message)
            if why:
                text += "\n" + self.tr("Why: {why}").format(why=why)
        elif state == CardState.NO_RECEIPT:
            title = self.tr("Card paid {amount} kr, but no control code").format(
                amount=format_kr(sale.paid)
            )
            text = self.tr(
                "The receipt can only be made with a control code. Retry when the control "
                "unit answers, or give up: the card payment is then reversed."
            )
        else:
            title = self.tr("Paid by card {paid} kr – {due} kr still due").format(
                paid=format_kr(sale.paid), due=format_kr(sale.due)
            )
            text = self.tr(
                "Take the rest by card (F11) or in cash (F12). The items cannot change now; to "
                "start over, give up and the card payment is reversed."
            )
        self.card_panel_title.setText(title)
        self.card_panel_text.setText(text)
        if self.card_panel.property("state") != state:  # restyling re-polishes: only on change
            self.card_panel.setProperty("state", state)
            self.card_panel.setStyleSheet(CARD_PANEL_STYLES[state])
        self.card_panel.show()

    def _show_terminal(self, online: bool | None, message: str) -> None:
        if online is None:
            state, text = "none", self.tr("Terminal: none")
        elif online:
            state, text = "online", self.tr("Terminal: online")
        else:
            state = "offline"
            text = self.tr("Terminal: offline – {reason}").format(reason=message)
        colour = TERMINAL_COLOURS[state]
        self.terminal_label.setText(f"<span style='color:{colour}'>●</span> {text}")
        self.terminal_label.setToolTip(message)
        self.terminal_label.setProperty("state", state)

    def _show_control_unit(self, status: ControlUnitStatus) -> None:
        colour = CONTROL_UNIT_COLOURS.get(str(status.state), "#6b7280")
        self.control_unit_label.setText(
            f"<span style='color:{colour}'>●</span> "
            + self.tr("Control unit: {message}").format(message=status.message)
        )
        self.control_unit_label.setProperty("state", str(status.state))

    def _show_receipt(self, event: ReceiptCompleted) -> None:
        receipt = event.receipt
        self.last_receipt = receipt
        number = receipt.sequence_number
        cash = [p for p in receipt.payments if p.method is PaymentMethod.CASH]
        name = {
            ReceiptType.TRAINING: self.tr("Training receipt"),
            ReceiptType.CASH_INVOICE: self.tr("Cash invoice"),
        }.get(receipt.receipt_type, self.tr("Receipt"))
        if receipt.receipt_type is ReceiptType.PRO_FORMA:
            text = self.tr("Pro forma {number} (EJ KVITTO)  ·  the sale is still open").format(
                number=number
            )
        elif receipt.is_return:
            if receipt.receipt_type is ReceiptType.NORMAL:
                name = self.tr("Return receipt")
            if cash:
                text = self.tr("{name} {number}  ·  hand over {amount}").format(
                    name=name, number=number, amount=format_kr(-sum(p.amount for p in cash))
                )
            else:
                text = self.tr("{name} {number}  ·  paid back to the card").format(
                    name=name, number=number
                )
        elif cash:
            text = self.tr("{name} {number}  ·  change {change}").format(
                name=name, number=number, change=format_kr(sum(p.change for p in cash))
            )
        else:
            text = self.tr("{name} {number}  ·  paid by card").format(name=name, number=number)
        self.last_sale_label.setText(text)
        if not event.printed:
            self.show_warning(
                self.tr(
                    "Receipt {number} is stored but was not printed: {error} Ctrl+U prints it "
                    "when the printer works again."
                ).format(number=receipt.sequence_number, error=event.print_error)
            )
        else:  # the printer works: any receipt it missed before can be printed now
            self._run(self._offer_unprinted, "unprinted")
        self.receipt_completed.emit(receipt)

    # -- the banner ------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self._set_banner(message, "error")

    def show_warning(self, message: str) -> None:
        self._set_banner(message, "warning")

    def show_info(self, message: str) -> None:
        """Something done that the cashier should know went well (a copy printed)."""
        self._set_banner(message, "info")

    def _set_banner(self, message: str, level: str) -> None:
        self._banner_version += 1
        if self.banner.text() != message:  # a new text relays out the column
            self.banner.setText(message)
        if self.banner.property("level") != level:  # restyling re-polishes: only on change
            self.banner.setProperty("level", level)
            self.banner.setStyleSheet(BANNER_STYLES[level])
        self.banner.show()

    def clear_banner(self) -> None:
        if self._standing_warning:  # a missing Z report is not forgotten by the next scan
            self._set_banner(self._standing_warning, "warning")
            return
        if self.banner.isHidden() and not self.banner.text():
            return  # after every action: clearing an empty banner would still relay out
        self.banner.clear()
        self.banner.hide()

    @property
    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisibleTo(self) else ""

    # -- selection -------------------------------------------------------------------------

    def selected_row(self) -> int:
        rows = self.cart.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_line(self) -> SaleLine | None:
        return self.cart_model.line_at(self.selected_row())

    def select_row(self, row: int) -> None:
        count = self.cart_model.rowCount()
        if not count:
            self.cart.clearSelection()
            return
        row = min(max(row, 0), count - 1)
        self.cart.selectRow(row)
        self.cart.scrollTo(self.cart_model.index(row, 0))

    def _require_line(self) -> SaleLine:
        line = self.selected_line()
        if line is None:
            raise SaleError(self.tr("select a line first (↑/↓)"))
        return line

    # -- intents ---------------------------------------------------------------------------

    def add_item(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self.entry.clear()  # ready for the next scan while this one is saved
        self._run(lambda: self.checkout.enter(text), "enter")

    def clear_entry(self) -> None:
        self.entry.clear()

    def _run(self, work: Callable[[], Awaitable[Any]], name: str) -> None:
        self.tasks.start(self._serially(work, name), name=name)

    async def _serially(self, work: Callable[[], Awaitable[Any]], name: str = "") -> None:
        async with self._serial:
            mark = self._banner_version
            try:
                result = await work()
            except CASHIER_ERRORS as error:
                log.info("refused: %s (%s)", error, getattr(error, "detail", ""))
                message = str(error)
                if name in PAYMENT_INTENTS and self._offers_offline(error):
                    self._offline_reason = error.message
                    message += "\n" + self.tr(
                        "Ctrl+O: cash invoices (offline mode) while the control unit is out."
                    )
                self.show_error(message)
            except Exception:
                log.exception("unexpected error in a cashier action")
                self.show_error(self.tr(CALM_MESSAGE))
            else:
                # A warning this action raised (receipt not printed) stays; older ones go.
                if result is not False and self._banner_version == mark:
                    self.clear_banner()
            finally:
                self.entry.setFocus()

    def _offers_offline(self, error: Exception) -> bool:
        return (
            isinstance(error, ControlUnitError)
            and error.is_offline
            and self.checkout.registration is None  # that receipt is finished first
            and not self.checkout.offline
            and not self.checkout.training
        )

    def _unexpected(self, error: BaseException) -> None:
        log.error("unexpected error in a till task", exc_info=error)
        self.show_error(self.tr(CALM_MESSAGE))

    async def _ask(self, dialog: QDialog, *, keep: bool = False) -> Any:
        try:
            return await ask(dialog)
        finally:
            if not keep:
                dialog.deleteLater()
            # Not every window manager hands activation back to the parent of a closed dialog.
            self.activateWindow()
            self.entry.setFocus()

    async def _search_product(self) -> bool:
        product = await self._ask(ProductSearchDialog(self.checkout.search_products, self))
        if product is None:
            return False
        await self.checkout.add_product(product)
        return True

    async def _change_quantity(self) -> bool:
        line = self._require_line()
        by_weight = line.sold_by_weight
        current = format_quantity(line.quantity, by_weight=by_weight).removesuffix(" kg")
        dialog = ValueDialog(
            self.tr("Quantity"),
            self.tr("New quantity for {name}").format(name=line.name)
            + (self.tr(" (kg)") if by_weight else ""),
            lambda text: parse_quantity(text, by_weight=by_weight),
            initial=current,
            parent=self,
        )
        quantity = await self._ask(dialog)
        if quantity is None:
            return False
        await self.checkout.set_quantity(line.line_no, quantity)
        return True

    async def _line_discount(self) -> bool:
        line = self._require_line()
        dialog = ValueDialog(
            self.tr("Discount"),
            self.tr("Discount in kronor on {name} ({amount})").format(
                name=line.name, amount=format_kr(line.gross)
            ),
            parse_kr,
            initial=format_kr(line.discount, thousands=False) if line.discount else "",
            parent=self,
        )
        discount = await self._ask(dialog)
        if discount is None:
            return False
        await self.checkout.set_discount(line.line_no, discount)
        return True

    async def _remove_line(self) -> None:
        line = self._require_line()
        await self.checkout.remove_line(line.line_no)

    async def _pay_cash(self) -> bool:
        if self.checkout.snapshot().kind is SaleKind.RETURN:
            return await self._refund_cash()
        if not self.checkout.snapshot().lines:
            raise SaleError(self.tr("there is nothing to pay for"))
        if self._cash_dialog is None:
            self._cash_dialog = CashPaymentDialog(self.checkout.settle_cash, self)
        dialog = self._cash_dialog
        rest = self.checkout.snapshot().paid > 0  # its figures are the rest after the card
        dialog.start(self.tr("Cash payment – the rest after the card payment") if rest else None)
        tendered = await self._ask(dialog, keep=True)
        if tendered is None:
            return False
        await self.checkout.pay_cash(tendered)
        return True

    def _take_card_dialog(self, due: int) -> CardPaymentDialog:
        """The card dialog built ahead of time (building a window costs a frame or two while
        the customer waits), or a new one."""
        dialog, self._spare_card_dialog = self._spare_card_dialog, None
        if dialog is None:
            dialog = CardPaymentDialog(due, self)
        dialog.set_due(due)
        dialog.cancel_requested.connect(self._cancel_card_entry)
        return dialog

    def _done_with_card_dialog(self, dialog: CardPaymentDialog) -> None:
        dialog.deleteLater()
        self.activateWindow()
        self.entry.setFocus()
        # The next one is built now, while nobody waits for it.
        QTimer.singleShot(0, self._build_spare_card_dialog)

    def _build_spare_card_dialog(self) -> None:
        if self._spare_card_dialog is None and self.checkout.cards.terminal is not None:
            self._spare_card_dialog = CardPaymentDialog(0, self)
            self._spare_card_dialog.winId()

    async def _pay_card(self) -> bool:
        snapshot = self.checkout.snapshot()
        if snapshot.kind is SaleKind.RETURN:
            return await self._refund_card()
        if not snapshot.lines:
            raise SaleError(self.tr("there is nothing to pay for"))
        if self.checkout.cards.terminal is None:
            raise NoTerminal(
                self.tr("No card terminal is set up for this till; take another tender.")
            )
        before = {p.payment_id for p in snapshot.card_payments}
        dialog = self._take_card_dialog(snapshot.due)
        try:
            amount = await dialog.choose_amount()
            if amount is None:
                return await self._pay_cash() if dialog.cash_instead else False
            dialog.start()
            try:
                receipt = await self.checkout.pay_card(dialog, amount=amount)
            except CardDeclined:
                if dialog.cash_instead:  # the terminal stopped as asked: now the cash
                    dialog.finish()
                    return await self._pay_cash()
                if dialog.abort_codes:
                    self.show_warning(
                        self.tr("The card payment was cancelled; the sale is still open.")
                    )
                    return True
                raise
            finally:
                dialog.finish()
        finally:
            self._done_with_card_dialog(dialog)
        if receipt is not None:
            return True
        after = self.checkout.snapshot()
        new = [p for p in after.card_payments if p.payment_id not in before and p.state.charged]
        approved = sum(p.amount_auth for p in new)
        asked = sum(p.amount for p in new)
        message = self.tr("Card approved {approved} kr; {due} kr still due.").format(
            approved=format_kr(approved), due=format_kr(after.due)
        )
        if approved < asked:
            message = self.tr(
                "Card approved only {approved} kr of {asked} kr; {due} kr still due."
            ).format(approved=format_kr(approved), asked=format_kr(asked), due=format_kr(after.due))
        if dialog.cash_instead and after.due > 0:  # the card was read before the stop took
            self.show_warning(message)
            return await self._pay_cash()
        self.show_warning(message)
        return True

    def _cancel_card_entry(self, customer_pays_cash: bool) -> None:
        # Not through the serial queue: the payment being stopped holds it.
        self.tasks.start(
            self.checkout.cancel_card_entry(customer_pays_cash=customer_pays_cash),
            name="cancel card entry",
        )

    async def _settle_card_payment(self) -> bool:
        settled = await self.checkout.settle_payments()
        if not settled:
            raise SaleError(self.tr("no card payment is in doubt"))
        return await self._after_settling(settled)

    async def _settle_by_hand(self) -> bool:
        doubtful = [p for p in self.checkout.snapshot().card_payments if p.state.open]
        if not doubtful:
            raise SaleError(self.tr("no card payment of this sale is in doubt"))
        answer = await self._ask(SettleDialog(doubtful[0], self))
        if answer is None:
            return False
        charged, reason = answer
        settled = await self.checkout.settle_by_hand(charged=charged, reason=reason)
        return await self._after_settling([settled])

    async def _after_settling(self, settled: list[CardPayment]) -> bool:
        """Say how it was settled; a sale now paid in full by card is finished at once (not
        after a reversal: the cashier had given that sale up)."""
        sale = self.checkout.snapshot()
        if any(p.reversal is not None for p in settled):
            back = [p for p in settled if p.state is CardPaymentState.REVERSED]
            stands = [p for p in settled if p.state.charged]
            if back:
                self.show_warning(
                    self.tr(
                        "The money ({amount} kr) went back to the card. The sale is open: take "
                        "the payment again, or void it."
                    ).format(amount=format_kr(sum(p.on_card for p in back)))
                )
            if stands:
                self.show_warning(
                    self.tr(
                        "The reversal did not happen: the card payment of {amount} kr stands. "
                        "Finish the sale (F8), or give it up again (Shift+F8)."
                    ).format(amount=format_kr(sum(p.amount_auth for p in stands)))
                )
            return True
        if sale.lines and sale.paid > 0 and sale.due <= 0 and not sale.payment_unknown:
            await self.checkout.finish_sale()
            return True
        charged = [p for p in settled if p.state.charged]
        if charged:
            message = self.tr("The card was charged {amount} kr; {due} kr still due.").format(
                amount=format_kr(sum(p.amount_auth for p in charged)), due=format_kr(sale.due)
            )
        else:
            message = self.tr(
                "The card was not charged ({amount} kr). Take the payment again."
            ).format(amount=format_kr(sum(p.amount for p in settled)))
        self.show_warning(message)
        return True

    async def _finish_card_sale(self) -> bool:
        await self.checkout.finish_sale()
        return True

    async def _give_up_card_sale(self) -> bool:
        sale = self.checkout.snapshot()
        if sale.paid <= 0:
            raise SaleError(self.tr("no card payment of this sale can be given up"))
        dialog = ConfirmDialog(
            self.tr("Give up the card payment"),
            self.tr(
                "Reverse {amount} kr to the customer's card? The sale stays open: take another "
                "payment, or void it."
            ).format(amount=format_kr(sale.paid)),
            self.tr("Reverse (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        reason = "no control code" if sale.due <= 0 else "given up by the cashier"
        await self.checkout.give_up_sale(reason=reason)
        self.show_warning(
            self.tr("The card payment of {amount} kr was reversed; the sale is open.").format(
                amount=format_kr(sale.paid)
            )
        )
        return True

    async def _terminal_admin(self) -> bool:
        if self.terminal_admin is None:
            raise NoTerminal(self.tr("No card terminal is set up for this till."))
        await self._ask(TerminalAdminDialog(self.terminal_admin, self))
        return False

    async def _void_sale(self) -> bool:
        snapshot = self.checkout.snapshot()
        is_return = snapshot.kind is SaleKind.RETURN
        if not snapshot.lines and not is_return:
            return False
        if is_return:
            dialog = ConfirmDialog(
                self.tr("Cancel the return"),
                self.tr("Cancel the whole return? Nothing is paid back; the journal keeps it."),
                self.tr("Cancel the return (Enter)"),
                self,
            )
        else:
            dialog = ConfirmDialog(
                self.tr("Void sale"),
                self.tr("Void the whole sale? It is kept in the journal as an unfinished sale."),
                self.tr("Void sale (Enter)"),
                self,
            )
        if not await self._ask(dialog):
            return False
        await self.checkout.void_sale()
        if is_return and self.checkout.snapshot().kind is SaleKind.RETURN:
            raise SaleError(
                self.tr(
                    "The return is still open: a return with nothing taken back yet cannot be "
                    "cancelled. Take one item back, then F9 again."
                )
            )
        self.last_sale_label.setText(
            self.tr("Return cancelled") if is_return else self.tr("Sale voided")
        )
        return True

    async def _show_last_receipt(self) -> bool:
        if self.last_receipt is None:
            raise SaleError(self.tr("no receipt has been made since the till started"))
        await self._ask(ReceiptPreview(self.last_receipt, self))
        return False

    async def _help(self) -> bool:
        await self._ask(HelpDialog(self))
        return False

    # -- the manager's PIN (checkout's ManagerPrompt) ---------------------------------------

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
        return await self._ask(ManagerPinDialog(action, first_time=first_time, parent=self))

    # -- returns ---------------------------------------------------------------------------

    async def _start_return(self) -> bool:
        snapshot = self.checkout.snapshot()
        if snapshot.kind is SaleKind.RETURN:
            if snapshot.original is None:
                raise SaleError(
                    self.tr("This return has no receipt: scan or type the items coming back.")
                )
            return await self._pick_return_line()
        if snapshot.lines:  # asked before the receipt is typed in vain
            raise SaleError(self.tr("finish or void the open sale before a return"))
        original = await self._ask(ReturnDialog(self.checkout.register_id, self))
        if original is None:
            return False
        await self.checkout.start_return(original or None)
        if original and any(left > 0 for _, _, left in self.checkout.returnable()):
            await self._pick_return_line()
        return True

    async def _pick_return_line(self) -> bool:
        original = self.checkout.snapshot().original
        assert original is not None
        rows = self.checkout.returnable()
        if not any(left > 0 for _, _, left in rows):
            raise SaleError(
                self.tr("Everything on receipt {number} has come back already.").format(
                    number=original.sequence_number
                )
            )
        picked = await self._ask(ReturnLinesDialog(original, rows, self))
        if picked is None:
            return False
        position, line, left = picked
        by_weight = line.sold_by_weight
        dialog = ValueDialog(
            self.tr("Quantity to take back"),
            self.tr("How much of {name} comes back? ({left} can){unit}").format(
                name=line.name,
                left=format_quantity(left, by_weight=by_weight),
                unit=self.tr(" (kg)") if by_weight else "",
            ),
            lambda text: parse_quantity(text, by_weight=by_weight),
            initial=format_quantity(left, by_weight=by_weight).removesuffix(" kg"),
            parent=self,
        )
        quantity = await self._ask(dialog)
        if quantity is None:
            return False
        await self.checkout.return_item(position, quantity)
        return True

    def _pay_back(self) -> int:
        """Öre to hand over in cash for the open return, after öre rounding."""
        total = self.checkout.snapshot().total  # negative
        return -(total + cash_rounding(total))

    async def _refund_cash(self) -> bool:
        if not self.checkout.snapshot().lines:
            raise SaleError(self.tr("nothing to pay back: take an item back first"))
        dialog = ConfirmDialog(
            self.tr("Pay back in cash"),
            self.tr(
                "Pay back {amount} kr in cash? Enter registers the return receipt and the "
                "drawer opens."
            ).format(amount=format_kr(self._pay_back())),
            self.tr("Pay back (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        await self.checkout.refund_cash()
        return True

    async def _refund_card(self) -> bool:
        snapshot = self.checkout.snapshot()
        if not snapshot.lines:
            raise SaleError(self.tr("nothing to pay back: take an item back first"))
        if self.checkout.cards.terminal is None and not self.checkout.training:
            raise NoTerminal(
                self.tr("No card terminal is set up for this till; pay back in cash (F12).")
            )
        amount = -snapshot.total
        dialog = self._take_card_dialog(amount)
        dialog.setWindowTitle(
            self.tr("Pay back {amount} kr to the card").format(amount=format_kr(amount))
        )
        try:
            dialog.open()
            dialog.start()
            try:
                await self.checkout.refund_card(dialog)
            except CardDeclined:
                if dialog.cash_instead:
                    dialog.finish()
                    return await self._refund_cash()
                if dialog.abort_codes:
                    self.show_warning(
                        self.tr("The card refund was cancelled; the return is still open.")
                    )
                    return True
                raise
        finally:
            dialog.finish()
            self._done_with_card_dialog(dialog)
        return True

    # -- copies, pro forma, modes, the drawer --------------------------------------------------

    async def _print_copy(self) -> bool:
        dialog = ReceiptNumberDialog(
            self.tr("Copy of a receipt"),
            self.tr("Which receipt? Scan its barcode or type its number. It gets one copy only."),
            self.checkout.register_id,
            self,
        )
        original = await self._ask(dialog)
        if original is None:
            return False
        copy = await print_copy(self.checkout, original)
        self.show_info(
            self.tr("Copy of receipt {number} printed (KOPIA).").format(
                number=copy.receipt.sequence_number
            )
        )
        return True

    async def _pro_forma(self) -> bool:
        mark = self._banner_version
        receipt = await self.checkout.pro_forma()
        if self._banner_version == mark:  # a printer warning stays
            self.show_info(
                self.tr(
                    "Pro forma receipt {number} (EJ KVITTO) printed; the sale is still open."
                ).format(number=receipt.sequence_number)
            )
        return True

    async def _toggle_training(self) -> bool:
        on = not self.checkout.training
        await self.checkout.set_training(on)
        self.show_info(
            self.tr("Training mode on: receipts are ÖVNINGSKVITTO and no card is charged.")
            if on
            else self.tr("Training mode off: sales are real again.")
        )
        return True

    async def _go_offline(self) -> bool:
        if self.checkout.offline:
            raise SaleError(self.tr("The till already issues cash invoices (offline mode)."))
        reason = self._offline_reason
        status = self.checkout.control_unit_status
        if reason is None and status.state is ControlUnitState.OFFLINE:
            reason = status.message
        if reason is None:
            raise SaleError(
                self.tr(
                    "Offline mode is only for when the control unit cannot be reached, and "
                    "no payment has failed for that."
                )
            )
        dialog = ConfirmDialog(
            self.tr("Cash invoices (offline mode)"),
            self.tr(
                "The control unit cannot be reached: {reason}\n\nFrom now on every sale gets a "
                "cash invoice (kontantnota) from its own number series, until the control unit "
                "answers again. The outage must be documented and reported to Skatteverket."
            ).format(reason=reason),
            self.tr("Cash invoices (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        await self.checkout.go_offline(reason)
        self.show_warning(
            self.tr(
                "Offline mode: take the payment again (F12 or F11); the customer gets a cash "
                "invoice (kontantnota)."
            )
        )
        return True

    async def _open_drawer(self) -> bool:
        dialog = ReasonDialog(
            self.tr("Open the drawer"),
            self.tr("Why is the drawer opened without a sale? (required, kept in the journal)"),
            self,
        )
        reason = await self._ask(dialog)
        if reason is None:
            return False
        await self.checkout.open_drawer(reason)
        self.show_info(self.tr("The drawer is open; the opening is journaled."))
        return True

    # -- day reports and the journal ---------------------------------------------------------

    def _reports(self) -> DayReports:
        if self.day_reports is None:
            raise SaleError(self.tr("Day reports are not set up on this till."))
        return self.day_reports

    async def _x_report(self) -> bool:
        outcome = await self._reports().x_report()
        await self._ask(ReportDialog(outcome.report, notes=self._print_notes(outcome), parent=self))
        return True

    def _print_notes(self, outcome) -> list[tuple[str, str]]:
        if outcome.printed:
            return []
        text = self.tr("The report was not printed: {error}").format(error=outcome.print_error)
        return [("warning", text)]

    async def _z_report(self) -> bool:
        reports = self._reports()
        dialog = ConfirmDialog(
            self.tr("Z report"),
            self.tr(
                "Take the Z report? It closes the day: the day's figures start again from "
                "zero, and the card terminal's end of day runs with it."
            ),
            self.tr("Take the Z report (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        outcome = await reports.take_z_report()
        self._standing_warning = ""
        number = outcome.report.z_number
        notes: list[tuple[str, str]] = []
        problems: list[str] = []
        if outcome.printed:
            notes.append(
                ("ok", self.tr("Z report {number} stored and printed.").format(number=number))
            )
        else:
            text = self.tr("Z report {number} is stored but was not printed: {error}").format(
                number=number, error=outcome.print_error
            )
            notes.append(("warning", text))
            problems.append(text)
        if outcome.end_of_day is not None and not outcome.end_of_day_error:
            notes.append(("ok", self.tr("Card terminal end of day: done.")))
        elif outcome.end_of_day_error:
            text = self.tr(
                "The card terminal's end of day failed: {error}. Retry it with Ctrl+T."
            ).format(error=outcome.end_of_day_error)
            notes.append(("error", text))
            problems.append(text)
        await self._ask(ReportDialog(outcome.report, notes=notes, parent=self))
        if problems:
            self.show_warning("  ".join(problems))
        return True

    async def _reprint_z(self) -> bool:
        reports = self._reports()
        dialog = ValueDialog(
            self.tr("Reprint a Z report"),
            self.tr("Number of the Z report to print again (marked KOPIA)"),
            parse_report_number,
            parent=self,
        )
        number = await self._ask(dialog)
        if number is None:
            return False
        outcome = await reports.reprint_z(number)
        notes = self._print_notes(outcome)
        await self._ask(ReportDialog(outcome.report, copy=True, notes=notes, parent=self))
        return True

    async def _check_unclosed_day(self) -> bool:
        if self.day_reports is None:
            return False
        today: date = self.checkout.now().date()
        day = await self.day_reports.unclosed_day(today)
        if day is not None:
            self._standing_warning = UNCLOSED_DAY.format(day=day.isoformat())
            self.show_warning(self._standing_warning)
        return False

    async def _offer_unprinted(self) -> bool:
        """Tell the cashier of receipts stored but never printed (a crash between storing and
        printing, or a printer fault)."""
        count = len(await self.checkout.unprinted_originals())
        if count:
            self.show_warning(
                self.tr("{count} stored receipt(s) were not printed: Ctrl+U prints them.").format(
                    count=count
                )
            )
        return False  # the banner stays

    async def _print_originals(self) -> bool:
        receipts = await self.checkout.unprinted_originals()
        if not receipts:
            self.show_info(self.tr("Every stored receipt has been printed."))
            return False
        receipt = await self._ask(UnprintedDialog(receipts, self))
        if receipt is None:
            return False
        await self.checkout.print_original(receipt)
        left = len(receipts) - 1
        if left:
            self.show_warning(
                self.tr("Receipt {number} printed; {count} more not printed (Ctrl+U).").format(
                    number=receipt.sequence_number, count=left
                )
            )
        else:
            self.show_info(
                self.tr("Receipt {number} printed.").format(number=receipt.sequence_number)
            )
        return False

    async def _journal_viewer(self) -> bool:
        await self.checkout.manager.approve("journal viewer")
        rows = await self.checkout.in_store(self.checkout.store.journal_rows)
        await self._ask(JournalViewer(rows, today=self.checkout.now().date(), parent=self))
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.day_reports is not None:  # a day left without its Z report, said at once
                self._run(self._check_unclosed_day, "unclosed day")
            self._run(self._offer_unprinted, "unprinted")

    # -- for the lead and the tests --------------------------------------------------------

    async def wait_idle(self, timeout: float = 10.0) -> None:
        """Until every intent started so far has run (dialogs still open count as running)."""
        await self.tasks.wait_idle(timeout)


def _short(shortcut: Shortcut) -> str:
    """The hint strip's one-word labels (CashierWindow translates them)."""
    return {
        "search_product": QT_TRANSLATE_NOOP("CashierWindow", "Search"),
        "change_quantity": QT_TRANSLATE_NOOP("CashierWindow", "Qty"),
        "line_discount": QT_TRANSLATE_NOOP("CashierWindow", "Discount"),
        "remove_line": QT_TRANSLATE_NOOP("CashierWindow", "Remove"),
        "void_sale": QT_TRANSLATE_NOOP("CashierWindow", "Void"),
        "show_last_receipt": QT_TRANSLATE_NOOP("CashierWindow", "Last receipt"),
        "pay_cash": QT_TRANSLATE_NOOP("CashierWindow", "Cash"),
        "pay_card": QT_TRANSLATE_NOOP("CashierWindow", "Card"),
        "terminal_admin": QT_TRANSLATE_NOOP("CashierWindow", "Terminal"),
        "help": QT_TRANSLATE_NOOP("CashierWindow", "Help"),
        "start_return": QT_TRANSLATE_NOOP("CashierWindow", "Return"),
        "print_copy": QT_TRANSLATE_NOOP("CashierWindow", "Copy"),
    }.get(shortcut.action, shortcut.action)


def fix_label(label: QLabel, widest: str, width: int | None = None) -> None:
    """A fixed size fitting `widest` in the label's own (stylesheet) font."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    width = width or metrics.horizontalAdvance(widest) + 4
    label.setFixedSize(width, metrics.height() + 4)


def _vat_table(vat: str, of: str, rows: list[tuple[str, str, str]]) -> str:
    cell = "<td align='right' style='padding:1px 0 1px 18px'>{}</td>"
    head = f"<tr><td></td>{cell.format(vat)}{cell.format(of)}</tr>"
    body = "".join(
        f"<tr><td>{rate}</td>{cell.format(amount)}{cell.format(gross)}</tr>"
        for rate, amount, gross in rows
    )
    return f"<table align='right'>{head}{body}</table>"
