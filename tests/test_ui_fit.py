"""Every screen of the till fits a 1024x768 (and so a 1366x768) cash-desk screen: each dialog's
size after show() and its size hint leave room for the window frame, and no button of it lies
outside it; the cashier window at 1024x768 and 1366x768 shows every action button whole.

The dialogs are built from a real till (store, CCU simulator, terminal simulator) with one cash
sale in it, so reports, the journal and the receipts they show have real content. A new dialog
is one line in DIALOGS."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QDialog, QPushButton, QWidget
from shop_examples import BANANAS, SHOP
from ui_till_rig import Rig, cash_sale, close_rig, make_rig

from till.about import identity
from till.app import TillSession
from till.checkout.catalog import Catalog
from till.checkout.ports import Audience, IdCheck, Question
from till.core.card import CardPayment, CardPaymentKind, CardPaymentState
from till.core.quick_keys import QuickKey, QuickKeyGroup
from till.core.sale import Product, ReceiptRef
from till.settings import EXAMPLE, SettingsError, load_settings
from till.ui.about_dialog import AboutDialog
from till.ui.card_dialog import CardPaymentDialog
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.catalog_dialog import CatalogDialog
from till.ui.confirmation_dialog import ConfirmationDialog
from till.ui.help_dialog import HelpDialog
from till.ui.id_check_dialog import IdCheckDialog
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.journal_viewer import JournalViewer
from till.ui.manager_dialog import ManagerPinDialog
from till.ui.numeric_pad import add_pad
from till.ui.price_dialog import PriceDialog
from till.ui.price_list import PriceListDialog
from till.ui.product_dialog import ProductDialog
from till.ui.product_search import ProductSearchDialog
from till.ui.reason_dialog import ReasonDialog, ReceiptNumberDialog
from till.ui.receipt_view import ReceiptPreview
from till.ui.report_dialog import ReportDialog
from till.ui.return_dialog import ReturnDialog, ReturnLinesDialog
from till.ui.settings_dialog import SettingsDialog
from till.ui.settle_dialog import SettleDialog
from till.ui.sign_in_dialog import Purpose, SignInDialog
from till.ui.style import FINGER
from till.ui.terminal_admin_dialog import TerminalAdminDialog
from till.ui.unprinted_dialog import UnprintedDialog
from till.ui.users_dialog import PinForm, UsersDialog
from till.ui.weight_dialog import WeightDialog

pytestmark = pytest.mark.gui

# A 1024x768 screen less the window frame and title bar (and a panel, on most desktops).
ROOM = QSize(1000, 720)
SCREENS = (QSize(1024, 768), QSize(1366, 768))
DOUBTFUL = CardPayment(
    payment_id="p1",
    sale_id="s1",
    kind=CardPaymentKind.PURCHASE,
    amount=12900,
    terminal_kind="wallee",
    terminal_ref='{"trx_sync_number": 41}',
    state=CardPaymentState.UNKNOWN,
    started_at=datetime(2026, 11, 21, 14, 0, 0).astimezone(),
)
FLOWERS = Product("50", "Blommor, bukett med ett långt namn", 0, 25, open_price=True)

Build = Callable[[Rig, QWidget], QDialog]


def with_pad(dialog: ValueDialog) -> ValueDialog:
    add_pad(dialog, dialog.edit)  # as the quantity and discount keys open it
    return dialog


# Every dialog the app has, as the window opens it (the window is the parent).
DIALOGS: dict[str, Build] = {
    "cash": lambda rig, w: CashPaymentDialog(lambda t: rig.checkout.settle_cash(t), w),
    "card": lambda rig, w: CardPaymentDialog(1234550, w),
    "return": lambda rig, w: ReturnDialog(SHOP.register_id, w),
    "return lines": lambda rig, w: ReturnLinesDialog(
        ReceiptRef(SHOP.register_id, 1),
        [(n, line, line.quantity) for n, line in enumerate(rig.receipts[0].lines * 6)],
        w,
    ),
    "help": lambda rig, w: HelpDialog(w),
    "x report": lambda rig, w: ReportDialog(rig.x_report, notes=[("ok", "Printed.")], parent=w),
    "journal": lambda rig, w: JournalViewer(
        rig.store.journal_rows(), today=rig.checkout.now().date(), parent=w
    ),
    "manager pin": lambda rig, w: ManagerPinDialog("Void sale", first_time=True, parent=w),
    "sign in": lambda rig, w: SignInDialog(Purpose.FIRST_MANAGER, parent=w),
    "approve": lambda rig, w: SignInDialog(Purpose.APPROVE, action="Void sale", parent=w),
    "settle": lambda rig, w: SettleDialog(DOUBTFUL, w, reference="41"),
    "reason": lambda rig, w: ReasonDialog("Open the drawer", "Why is the drawer opened?", w),
    "terminal admin": lambda rig, w: TerminalAdminDialog(rig.admin, w),
    "id check": lambda rig, w: IdCheckDialog(
        IdCheck(("Klarna ID check", "CUSTOMER_NAME: Anna Andersson"), answer_within=60), w
    ),
    "unprinted": lambda rig, w: UnprintedDialog(rig.receipts, w),
    "weight": lambda rig, w: WeightDialog(BANANAS, w),
    "price": lambda rig, w: PriceDialog(FLOWERS, w),
    "product search": lambda rig, w: ProductSearchDialog(rig.checkout.search_products, w),
    "value": lambda rig, w: ValueDialog("Quantity", "New quantity for Bananer (kg)", int, parent=w),
    "quantity": lambda rig, w: with_pad(
        ValueDialog("Quantity", "New quantity for Bananer (kg)", int, parent=w)
    ),
    "confirm": lambda rig, w: ConfirmDialog("Void sale", "Void the whole sale?", "Void (Enter)", w),
    "receipt number": lambda rig, w: ReceiptNumberDialog(
        "Copy", "Scan the receipt's barcode or type its number", SHOP.register_id, w
    ),
    "last receipt": lambda rig, w: ReceiptPreview(rig.receipts[0], w),
    "terminal question": lambda rig, w: ConfirmationDialog(
        Question(("Belopp SEK 1 234,50", "OK?"), Audience.ATTENDANT, answer_within=30), w
    ),
    "about": lambda rig, w: AboutDialog(identity("SE1234567890128"), w),
    "settings": lambda rig, w: SettingsDialog(rig.settings, receipts_exist=True, parent=w),
    "catalog": lambda rig, w: CatalogDialog(Catalog(rig.checkout), w),
    "product": lambda rig, w: ProductDialog(["Frukt", "Bröd"], BANANAS, parent=w),
    "price list": lambda rig, w: PriceListDialog(
        Catalog(rig.checkout), rig.arun(Catalog(rig.checkout).price_list()), parent=w
    ),
    "users": lambda rig, w: UsersDialog(rig.checkout.cashiers, None, w),
    "pin form": lambda rig, w: PinForm("Add", "Name, role, PIN twice", new_user=True, parent=w),
}
PENDING: set[str] = set()  # modules whose dialogs are still being written


@pytest.fixture
def rig(qtbot, arun, tmp_path) -> Iterator[Rig]:
    rig = make_rig(qtbot, arun, tmp_path, with_terminal=True)
    rig.arun = arun
    (tmp_path / "till.toml").write_text(EXAMPLE, encoding="utf-8")
    rig.settings = load_settings(tmp_path / "till.toml")
    arun(cash_sale(qtbot, rig.window, "11", "2*30", "1,250*1"), timeout=30)
    rig.x_report = arun(rig.reports.x_report(print_it=False)).report
    rig.receipts = [rig.store.receipt(SHOP.register_id, 1)] * 3
    yield rig
    close_rig(rig, arun)


def outside(dialog: QWidget) -> list[str]:
    """The visible buttons not wholly inside the dialog."""
    inside = dialog.rect()
    return [
        button.objectName() or button.text() or type(button).__name__
        for button in dialog.findChildren(QAbstractButton)
        if button.isVisibleTo(dialog)
        and not inside.contains(QRect(button.mapTo(dialog, button.rect().topLeft()), button.size()))
    ]


def too_small(dialog: QWidget) -> list[str]:
    """The visible push buttons a finger cannot hit: under FINGER px high or wide."""
    return [
        f"{button.objectName() or button.text()} {button.width()}x{button.height()}"
        for button in dialog.findChildren(QPushButton)
        if button.isVisibleTo(dialog) and (button.height() < FINGER or button.width() < FINGER)
    ]


def fits(size: QSize) -> bool:
    return size.width() <= ROOM.width() and size.height() <= ROOM.height()


def test_every_dialog_fits_a_1024x768_screen(qtbot, rig):
    problems = []
    for name, build in DIALOGS.items():
        dialog = build(rig, rig.window)
        dialog.show()
        qtbot.waitExposed(dialog)
        size, hint = dialog.size(), dialog.sizeHint()
        if not fits(size) or not fits(hint):
            problems.append(f"{name}: {size.width()}x{size.height()} (hint {hint.toTuple()})")
        if outside(dialog):
            problems.append(f"{name}: buttons outside: {outside(dialog)}")
        if small := too_small(dialog):
            problems.append(f"{name}: buttons under {FINGER} px: {small}")
        dialog.reject()
        dialog.deleteLater()
    assert problems == [], "\n".join(problems)


def test_the_dialog_table_knows_every_dialog_class():
    """A dialog class added to till/ui without a line in DIALOGS fails here."""
    import importlib
    import pkgutil

    import till.ui

    built = {
        CashPaymentDialog, CardPaymentDialog, ReturnDialog, HelpDialog, ReportDialog,
        JournalViewer, ManagerPinDialog, SignInDialog, SettleDialog, ReasonDialog,
        TerminalAdminDialog, IdCheckDialog, UnprintedDialog, WeightDialog, PriceDialog,
        ProductSearchDialog, ValueDialog, ConfirmDialog, ReceiptPreview, ConfirmationDialog,
        ReceiptNumberDialog, ReturnLinesDialog, AboutDialog, SettingsDialog, CatalogDialog,
        ProductDialog, PriceListDialog, UsersDialog, PinForm,
    }  # fmt: skip
    found = set()
    for module in pkgutil.iter_modules(till.ui.__path__):
        if module.name in PENDING:
            continue
        loaded = importlib.import_module(f"till.ui.{module.name}")
        for value in vars(loaded).values():
            if (
                isinstance(value, type)
                and issubclass(value, QDialog)
                and value.__module__ == loaded.__name__
            ):
                found.add(value)
    # A base class (PadValueDialog, AnswerWithinDialog) is covered by the dialogs built on it.
    covered = {c for c in found if c in built or any(issubclass(b, c) for b in built)}
    assert found - covered == set()


@pytest.mark.parametrize("screen", SCREENS, ids=lambda s: f"{s.width()}x{s.height()}")
def test_the_cashier_window_shows_every_button_whole(qtbot, arun, rig, screen):
    window = rig.window

    async def groups() -> list[QuickKeyGroup]:
        keys = tuple(QuickKey(f"Frukt nummer {n}", "1") for n in range(14))
        return [QuickKeyGroup("Frukt", keys), QuickKeyGroup("Bröd", keys[:3])]

    rig.checkout.quick_keys = groups
    window.reload_quick_keys()
    arun(window.wait_idle())
    window.resize(screen)
    qtbot.wait(50)  # the layout settles
    assert window.size() == screen
    assert fits(window.minimumSizeHint())
    area = window.rect()
    for action, button in window.action_buttons.items():
        where = QRect(button.mapTo(window, button.rect().topLeft()), button.size())
        assert button.isVisible() and area.contains(where), action
        assert button.height() >= 48 and button.width() >= 48, action
    assert window.quick_keys.isVisible()
    for key in window.quick_keys.buttons[:6]:  # the first row, on the tab shown
        assert key.isVisible() and key.width() >= 64 and key.height() >= 48
    # The names have room: the name column is the widest of the cart.
    header = window.cart.horizontalHeader()
    assert header.sectionSize(1) >= 180


@pytest.mark.parametrize(("kiosk", "state"), [("", "maximized"), ("kiosk = true\n", "full")])
def test_the_till_opens_maximized_or_full_screen_in_a_kiosk(
    qtbot, arun, rig, tmp_path, kiosk, state
):
    path = tmp_path / "till.toml"
    path.write_text(EXAMPLE.replace("[register]\n", "[register]\n" + kiosk), encoding="utf-8")
    settings = load_settings(path)
    assert settings.kiosk is bool(kiosk)

    async def show():
        session = TillSession(settings, rig.store, rig.checkout)
        session.watcher.cancel()  # the rig's checkout has its own
        window = session.show_window()  # asks the first cashier to sign in: not awaited here
        qtbot.addWidget(window)
        return window

    window = arun(show())
    try:
        states = {"full": window.isFullScreen(), "maximized": window.isMaximized()}
        assert [name for name, on in states.items() if on] == [state]
    finally:
        window.tasks.cancel_all()


def test_kiosk_must_be_true_or_false(tmp_path):
    path = tmp_path / "till.toml"
    path.write_text(EXAMPLE.replace("[register]\n", '[register]\nkiosk = "yes"\n'), "utf-8")
    with pytest.raises(SettingsError, match=r"register\.kiosk"):
        load_settings(path)
