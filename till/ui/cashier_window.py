"""The cashier screen: entry line, cart, totals, status. It renders checkout's events and
forwards the cashier's intents to checkout; every rule lives there.

Intents run one at a time, in the order the keys were pressed: a scanner can type the next code
while the last one is still being saved, and two changes to the sale must never interleave.

The window is also checkout's manager prompt: an action a manager must approve asks for the
PIN in a ManagerPinDialog. Modes that change what a receipt is (training, offline, a return)
show as strips across the whole window for as long as they last.

The panels and the intents of each kind are mixins in modules of their own (card_panel,
sale_intents, card_intents, return_panel, return_intents, totals_panel, status_bar, banner,
mode_intents, receipt_intents, day_report_intents); this module builds the window, renders
checkout's events through them and runs the intents one at a time.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
)

from till.checkout.card_tender import NoTerminal
from till.checkout.events import (
    CheckoutEvent,
    ControlUnitStatus,
    ModesChanged,
    PrinterStatus,
    ReceiptCompleted,
    SaleChanged,
    SaleSnapshot,
    TerminalStatus,
)
from till.checkout.ports import TerminalState
from till.checkout.terminal_admin import with_pairing
from till.core.errors import TillError
from till.core.money import AmountError
from till.core.receipt import Receipt
from till.core.sale import SaleError, SaleKind, SaleLine
from till.ui.action_buttons import ActionButtons
from till.ui.banner import Banner
from till.ui.card_intents import CardIntents
from till.ui.card_panel import CardPanel, CardState
from till.ui.cart_model import CartModel, compact_cart, same_when_inactive, size_cart_columns
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.day_report_intents import DayReportIntents
from till.ui.dialogs import ask
from till.ui.first_paint import when_painted
from till.ui.line_edit import empty
from till.ui.mode_intents import ModeIntents
from till.ui.quick_keys import QuickKeys
from till.ui.receipt_intents import ReceiptIntents
from till.ui.return_intents import ReturnIntents
from till.ui.return_panel import ReturnPanel
from till.ui.sale_intents import SaleIntents
from till.ui.shortcuts import SHORTCUTS, Scope, Shortcut, shortcut_for_key
from till.ui.sign_in_intents import SignInIntents
from till.ui.status_bar import StatusBar
from till.ui.style import (
    FRAME_STYLES,
    MODE_STRIP_STYLES,
    STYLE,
)
from till.ui.tasks import TaskKeeper
from till.ui.texts import describe
from till.ui.totals_panel import (
    COMPACT_PANEL_WIDTH,
    PANEL_WIDTH,
    TotalsPanel,
    fix_label,
)

if TYPE_CHECKING:
    from till.checkout.day_reports import DayReports
    from till.checkout.register import Checkout
    from till.checkout.terminal_admin import TerminalAdmin
    from till.settings import Settings
    from till.ui.card_dialog import CardPaymentDialog
    from till.ui.help_dialog import ShownCertificate

__all__ = ["CardState", "CashierWindow", "fix_label"]  # fix_label: moved to totals_panel

log = logging.getLogger(__name__)

# Errors written for the cashier; anything else is a bug and gets the calm message instead.
CASHIER_ERRORS = (TillError, SaleError, AmountError)
CALM_MESSAGE = QT_TRANSLATE_NOOP(
    "CashierWindow", "Something unexpected went wrong. The sale is kept; details are in the log."
)
# Intents that register a sale or a return: when one fails because the control unit cannot be
# reached, the banner offers offline mode (cash invoices).
PAYMENT_INTENTS = frozenset({"pay cash", "pay card", "finish", "refund cash", "refund card"})

# The mode strips, in the shop's language like every screen text (the receipts' own markings,
# ÖVNINGSKVITTO and KONTANTNOTA, stay Swedish on paper).
TRAINING_STRIP = QT_TRANSLATE_NOOP(
    "CashierWindow",
    "TRAINING MODE – no real sales. The receipts are training receipts; no card is charged.",
)
OFFLINE_STRIP = QT_TRANSLATE_NOOP(
    "CashierWindow",
    "The control unit is out: cash invoices (kontantnota). Document the outage and report it "
    "to Skatteverket.",
)

COMPACT_BELOW = 1280  # window width: narrower is a small screen (1024x768)


class CashierWindow(
    SaleIntents,
    CardPanel,
    CardIntents,
    ReturnPanel,
    ReturnIntents,
    TotalsPanel,
    StatusBar,
    Banner,
    ModeIntents,
    ReceiptIntents,
    DayReportIntents,
    SignInIntents,
    ActionButtons,
    QuickKeys,
    QMainWindow,
):
    receipt_completed = Signal(object)  # Receipt, after it is stored (and printed or not)

    def __init__(
        self,
        checkout: Checkout,
        *,
        title: str = "till",
        terminal_admin: TerminalAdmin | None = None,
        day_reports: DayReports | None = None,
        sign_in: bool = False,
        idle_seconds: float | None = None,
        certificate: ShownCertificate | None = None,
        restored_sale: bool = False,
    ) -> None:
        """sign_in: cashiers must sign in (sign_in_intents.py); idle_seconds: the idle lock;
        certificate: the direct transport's control-unit certificate, shown with F1;
        restored_sale: checkout.resume() restored the sale open before a restart (said once)."""
        super().__init__()
        self._restored_sale = restored_sale
        self.certificate = certificate
        self.settings: Settings | None = None  # the settings screen's; app.py sets it
        self.setObjectName("cashierWindow")
        self._title = title
        self.setWindowTitle(title)
        self.setStyleSheet(STYLE)
        self.checkout = checkout
        # Ctrl+T also pairs the Point (Klarna) terminal, even on a register without Wallee.
        self.terminal_admin = with_pairing(
            terminal_admin,
            checkout.cards.klarna_terminal,
            store=checkout.store,
            register_id=checkout.register_id,
            in_store=checkout.in_store,
        )
        self.day_reports = day_reports
        self.card_state = CardState.NONE
        self.tasks = TaskKeeper(self._unexpected)
        self._serial = asyncio.Lock()
        self._banner_version = 0
        self._standing_warning = ""  # shown again whenever the banner would go: a missing Z
        # The error a payment failed with while the unit is out: Ctrl+O may follow.
        self._offline_reason: TillError | None = None
        self._shown_once = False
        self._compact = False
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
            "pay_klarna": lambda: self._run(self._pay_klarna, "pay klarna"),
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
            "about": lambda: self._run(self._about, "about"),
            "settings": lambda: self._run(self._settings, "settings"),
            "catalog": self._later("catalog_dialog", "open_catalog", "catalog"),
            "price_list": self._later("catalog_dialog", "open_price_list", "price list"),
            "users": self._later("users_dialog", "open_users", "cashiers"),
            "switch_cashier": lambda: self._run(self._switch_cashier, "switch cashier"),
            "clear_entry": self.clear_entry,
        }
        self._build()
        self._fix_sizes()
        # Built just after the first paint, window and all: not even the first customer waits
        # for them, nor does the start (a payment before then builds its own).
        self._spare_card_dialog: CardPaymentDialog | None = None
        when_painted(self, self._build_payment_dialogs)
        self._install_shortcuts()
        checkout.manager.prompt = self
        self._setup_sign_in(sign_in, idle_seconds)
        checkout.subscribe(self._on_event)
        self._show_modes(checkout.training, checkout.offline)
        self._show_sale(checkout.snapshot())
        self._show_control_unit(checkout.control_unit_status)
        terminal = next(iter(checkout.cards.terminals), None)  # cards', else Klarna's
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
        self.cart.verticalHeader().setDefaultSectionSize(44)  # a line a finger can pick
        header = self.cart.horizontalHeader()
        # Widths from the widest text each column can hold, measured once: ResizeToContents
        # would measure every cell again on every change and stall the loop as the cart grows.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        same_when_inactive(self.cart)  # no full repaint each time a dialog opens or closes

        left = QVBoxLayout()
        left.addWidget(self.banner)
        left.addWidget(self._build_card_panel())
        left.addWidget(self.entry)
        left.addWidget(self._build_return_panel())
        left.addWidget(self.cart, 1)
        left.addWidget(self._build_quick_keys())

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
        self.mode_strips["training"].setText(self.tr(TRAINING_STRIP))
        self.mode_strips["offline"].setText(self.tr(OFFLINE_STRIP))
        layout.addLayout(columns, 1)
        layout.addWidget(self._build_action_bar())
        self.central_frame = root
        self._frame_mode = ""
        self.setCentralWidget(root)
        self._build_status_bar()
        self.resize(1200, 720)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width(event.size().width())

    def _fit_width(self, width: int) -> None:
        """Below 1280 px (a 1024x768 screen) the totals panel narrows and the cart drops its
        line number and VAT columns, so the product names keep their room."""
        compact = width < COMPACT_BELOW
        if compact == self._compact:
            return
        self._compact = compact
        self._set_totals_width(COMPACT_PANEL_WIDTH if compact else PANEL_WIDTH)
        compact_cart(self.cart, compact)

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
            self.checkout.cashiers.touch()  # typing is activity: the idle lock waits
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
        self._fix_totals_sizes()
        size_cart_columns(self.cart, self.cart_model)

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
        elif isinstance(event, PrinterStatus):
            self._show_printer(event)

    def _show_modes(self, training: bool, offline: bool) -> None:
        self.mode_strips["training"].setVisible(training)
        self.mode_strips["offline"].setVisible(offline)
        if offline:
            self._offline_reason = None  # offered and taken
        training_title = self.tr("TRAINING MODE – {title}").format(title=self._title)
        self.setWindowTitle(training_title if training else self._title)
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
        self._show_totals(sale)
        self._show_card_payments(sale)
        self._show_return(sale)
        self._show_frame()

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
        empty(self.entry)  # ready for the next scan while this one is saved (not clear(): undo)
        self._run(lambda: self._enter(text), "enter")

    def clear_entry(self) -> None:
        empty(self.entry)

    def _run(self, work: Callable[[], Awaitable[Any]], name: str) -> None:
        self.tasks.start(self._serially(work, name), name=name)

    async def _serially(self, work: Callable[[], Awaitable[Any]], name: str = "") -> None:
        async with self._serial:
            if self._refused_while_signed_out(name):
                return
            mark = self._banner_version
            try:
                result = await work()
            except CASHIER_ERRORS as error:
                log.info("refused: %s (%s)", error, getattr(error, "detail", ""))
                message = describe(error)
                if name in PAYMENT_INTENTS and self.checkout.may_offer_offline(error):
                    self._offline_reason = error
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
                self.checkout.cashiers.touch()  # a long payment is not idle time
                self.entry.setFocus()

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

    async def _terminal_admin(self) -> bool:
        if self.terminal_admin is None:
            raise NoTerminal(self.tr("No card terminal is set up for this till."))
        from till.ui.terminal_admin_dialog import TerminalAdminDialog

        await self._ask(
            TerminalAdminDialog(self.terminal_admin, self, manager=self.checkout.manager)
        )
        return False

    async def _help(self) -> bool:
        from till.ui.about_dialog import about_checkout
        from till.ui.catalog_dialog import add_catalog_buttons
        from till.ui.help_dialog import HelpDialog
        from till.ui.users_dialog import add_users_button

        about = await about_checkout(self.checkout)
        help_dialog = HelpDialog(self, self.certificate, about)
        # Touch: Help's Settings button (manager only, asked as the key asks).
        help_dialog.settings_button.clicked.connect(self._handlers["settings"])
        add_catalog_buttons(help_dialog, self._handlers)  # Catalog and Price list, by touch
        add_users_button(help_dialog, self._handlers["users"])  # Cashiers, by touch
        await self._ask(help_dialog)
        return False

    async def _about(self) -> bool:
        from till.ui.about_dialog import AboutDialog, about_checkout

        await self._ask(AboutDialog(await about_checkout(self.checkout), self))
        return False

    async def _settings(self) -> bool:
        from till.ui.settings_dialog import open_settings

        return await open_settings(self)

    def _later(self, module: str, name: str, what: str) -> Callable[[], None]:
        """A dialog off the sale screen, imported when first asked for: a quicker start."""

        def opener() -> Awaitable[bool]:
            return getattr(importlib.import_module(f"till.ui.{module}"), name)(self)

        return lambda: self._run(opener, what)

    # -- the manager's PIN (checkout's ManagerPrompt) ---------------------------------------

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
        from till.ui.manager_dialog import ManagerPinDialog

        return await self._ask(ManagerPinDialog(action, first_time=first_time, parent=self))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            if self.sign_in_required and self.checkout.cashiers.current is None:
                self._run(self._sign_in, "sign in")
            self._show_cashier()
            if self.day_reports is not None:  # a day left without its Z report, said at once
                self._run(self._check_unclosed_day, "unclosed day")
            self._run(self._offer_unprinted, "unprinted")
            if self._restored_sale:
                self._run(self._say_restored, "restored sale")
        self.reload_quick_keys()  # the catalog may have changed while the window was hidden

    def _build_payment_dialogs(self) -> None:
        if self._cash_dialog is None:
            self._cash_dialog = CashPaymentDialog(self.checkout.settle_cash, self)
            self._cash_dialog.winId()
        self._build_spare_card_dialog()

    async def _say_restored(self) -> bool:
        self.show_info(self.tr("The open sale from before the restart is restored."))
        return False  # the note stays until the next action

    # -- for the lead and the tests --------------------------------------------------------

    async def wait_idle(self, timeout: float = 10.0) -> None:
        """Until every intent started so far has run (dialogs still open count as running)."""
        await self.tasks.wait_idle(timeout)
