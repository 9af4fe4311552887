"""The till's people on screen, for a manager: every cashier and manager with their number, role
and state; a new one added, one disabled, a new PIN set. Opened from the cashier window
(Ctrl+Shift+U, or Help's Cashiers button) after a manager approves; each change goes through
checkout's Cashiers to the same store calls as `till-admin users`, so it is journaled the same
way, with the approving manager as `by`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from till.checkout.users import Cashiers, Role, User
from till.core.errors import TillError
from till.ui.dialogs import WorkingDialog, ask, message_label, ok_cancel_row
from till.ui.input_dialogs import ConfirmDialog
from till.ui.numeric_pad import NumericPad
from till.ui.style import FINGER
from till.ui.tasks import TaskKeeper
from till.ui.texts import describe

if TYPE_CHECKING:
    from till.ui.cashier_window import CashierWindow

log = logging.getLogger(__name__)

ACTION = QT_TRANSLATE_NOOP("ManagerPinDialog", "cashiers")  # the approval's name (journaled)


class PinForm(QDialog):
    """A new user (name, role, PIN twice) or a new PIN (twice), typed on the keyboard or the
    numeric pad; the pad types into the PIN field last touched."""

    def __init__(
        self,
        title: str,
        about: str,
        *,
        new_user: bool,
        name: str = "",
        role: Role = Role.CASHIER,
        error: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pinForm")
        self.setWindowTitle(title)
        self.new_user = new_user
        self._answer: tuple[str, Role, str] | None = None
        about_label = QLabel(about)
        about_label.setWordWrap(True)
        about_label.setMinimumWidth(480)  # the layout's minimum holds the dialog's width
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("userName")
        self.name_edit.setMinimumHeight(FINGER)
        self.name_edit.setMaxLength(40)
        self.role_buttons: dict[Role, QPushButton] = {}
        roles = QHBoxLayout()
        group = QButtonGroup(self)
        for each, text in (
            (Role.CASHIER, self.tr("Cashier")),
            (Role.MANAGER, self.tr("Manager")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"role_{each.value}")
            button.setCheckable(True)
            button.setProperty("role", "choice")  # the chosen one filled (style.py)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setChecked(each is role)
            button.setAutoDefault(False)
            button.setMinimumSize(120, FINGER)
            group.addButton(button)
            roles.addWidget(button)
            self.role_buttons[each] = button
        roles.addStretch(1)
        if new_user:
            form.addRow(self.tr("Name"), self.name_edit)
            form.addRow(self.tr("Role"), roles)
        else:
            self.name_edit.hide()
            for button in self.role_buttons.values():
                button.hide()
        self.pin_edit = self._pin_edit("userPin")
        self.repeat_edit = self._pin_edit("userPinAgain")
        form.addRow(self.tr("PIN (4 to 12 digits)"), self.pin_edit)
        form.addRow(self.tr("The same PIN again"), self.repeat_edit)
        self.pad = NumericPad(self.pin_edit)
        self.pad.keys["comma"].hide()  # a PIN has digits only
        self.message_label = message_label()
        if error:
            self.message_label.setText(error)
            self.message_label.show()
        layout = QVBoxLayout(self)
        layout.addWidget(about_label)
        layout.addLayout(form)
        layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.message_label)
        buttons = ok_cancel_row(self, self.tr("Save"), self.confirm)
        self.cancel_button = buttons.itemAt(1).widget()
        self.save_button = buttons.itemAt(2).widget()  # the row: stretch, Cancel, OK
        for name, button in (
            ("pinFormCancel", self.cancel_button),
            ("pinFormSave", self.save_button),
        ):
            button.setObjectName(name)
            button.setMinimumSize(120, FINGER)
        layout.addLayout(buttons)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # nothing squeezed
        (self.name_edit if new_user else self.pin_edit).setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """A wrapped label is taller than the minimum size counts: grow to what it needs."""
        super().showEvent(event)
        need = self.layout().totalHeightForWidth(self.width())
        if need > self.height():
            self.resize(self.width(), need)

    def _pin_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(12)
        edit.setMinimumHeight(FINGER)
        edit.installEventFilter(self)  # touched or focused: the pad types here
        edit.returnPressed.connect(self._next)
        return edit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress) and isinstance(
            watched, QLineEdit
        ):
            self.pad.target = watched
        return super().eventFilter(watched, event)

    def _next(self) -> None:
        if self.sender() is self.pin_edit:
            self.repeat_edit.setFocus()
            self.pad.target = self.repeat_edit
        else:
            self.confirm()

    def confirm(self) -> None:
        """Both PINs alike (and a name for a new user); the store checks the rest."""
        if self.new_user and not self.name_edit.text().strip():
            return self._refuse(self.tr("Type the person's name."))
        if self.pin_edit.text() != self.repeat_edit.text():
            self.repeat_edit.clear()
            return self._refuse(self.tr("The two PINs differ: type the same PIN twice."))
        role = next(r for r, b in self.role_buttons.items() if b.isChecked())
        self._answer = (self.name_edit.text(), role, self.pin_edit.text())
        self.accept()

    def _refuse(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    def answer(self) -> tuple[str, Role, str] | None:
        return self._answer


class UsersDialog(WorkingDialog, QDialog):
    button_prefix = "users"

    def __init__(self, cashiers: Cashiers, by: User | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("Cashiers"))
        self.cashiers = cashiers
        self.by = by  # the manager who approved: named in each change's journal row
        self.tasks = TaskKeeper(self._unexpected)
        self.people: list[tuple[User, float]] = []
        self.child: QDialog | None = None

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Number"), self.tr("Name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(FINGER)  # a row a finger can pick
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)

        self.status_label = QLabel()
        self.status_label.setObjectName("usersStatus")
        self.status_label.setWordWrap(True)
        self.message_label = message_label()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot in (
            ("add", self.tr("Add"), self.add_user),
            ("disable", self.tr("Disable"), self.disable_selected),
            ("pin", self.tr("New PIN"), self.new_pin),
        ):
            row.addWidget(self._button(name, text, slot))
        row.addStretch(1)
        row.addWidget(self._button("close", self.tr("Close"), self.accept))

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.message_label)
        layout.addLayout(row)
        self._enable()
        self.resize(self.sizeHint())
        self.tasks.start(self.reload(), name="users load")

    def sizeHint(self) -> QSize:
        return QSize(820, 560)  # fits 1024x768 with the frame

    # -- the list --------------------------------------------------------------------------

    async def reload(self) -> None:
        self.people = await self.cashiers.people()
        self.table.setRowCount(len(self.people))
        for row, (user, locked) in enumerate(self.people):
            role = self.tr("Manager") if user.is_manager else self.tr("Cashier")
            if not user.active:
                state = self.tr("Disabled")
            elif locked > 0:
                state = self.tr("Locked ({seconds} s)").format(seconds=int(locked) + 1)
            else:
                state = self.tr("Active")
            for column, text in enumerate((str(user.number), user.name, role, state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user.number)
                self.table.setItem(row, column, item)
        self._enable()

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        number = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((u for u, _ in self.people if u.number == number), None)

    def _enable(self) -> None:
        user = self.selected()
        self.buttons["disable"].setEnabled(user is not None and user.active)
        self.buttons["pin"].setEnabled(user is not None)

    # -- changes ---------------------------------------------------------------------------

    def add_user(self) -> None:
        self.tasks.start(self._add(), name="user add")

    def disable_selected(self) -> None:
        if (user := self.selected()) is not None:
            self.tasks.start(self._disable(user), name="user disable")

    def new_pin(self) -> None:
        if (user := self.selected()) is not None:
            self.tasks.start(self._new_pin(user), name="user pin")

    async def _form(self, form: PinForm) -> tuple[str, Role, str] | None:
        self.child = form
        answer = await ask(form)
        form.deleteLater()
        self.child = None
        return answer

    async def _add(self) -> None:
        self.message_label.hide()
        name, role, error = "", Role.CASHIER, ""
        while True:
            answer = await self._form(
                PinForm(
                    self.tr("Add a cashier or manager"),
                    self.tr("The name they sign in with, their role, and their PIN twice."),
                    new_user=True,
                    name=name,
                    role=role,
                    error=error,
                    parent=self,
                )
            )
            if answer is None:
                return
            name, role, pin = answer
            try:
                user = await self.cashiers.add_user(name, pin, role, by=self.by)
            except TillError as refused:
                error = describe(refused)  # asked again, with what was typed
                continue
            break
        await self.reload()
        self.status_label.setText(
            self.tr("Added: {number} {name}.").format(number=user.number, name=user.name)
        )

    async def _disable(self, user: User) -> None:
        self.message_label.hide()
        self.child = ConfirmDialog(
            self.tr("Disable"),
            self.tr(
                "Disable {number} {name}? They can no longer sign in; a new PIN enables them "
                "again. The journal keeps what they did."
            ).format(number=user.number, name=user.name),
            self.tr("Disable (Enter)"),
            parent=self,
        )
        yes = await ask(self.child)
        self.child.deleteLater()
        self.child = None
        if not yes:
            return
        try:
            await self.cashiers.disable_user(user.number, by=self.by)
        except TillError as error:
            self._show_error(describe(error))
            return
        await self.reload()
        self.status_label.setText(
            self.tr("Disabled: {number} {name}.").format(number=user.number, name=user.name)
        )

    async def _new_pin(self, user: User) -> None:
        self.message_label.hide()
        error = ""
        while True:
            answer = await self._form(
                PinForm(
                    self.tr("New PIN"),
                    self.tr(
                        "A new PIN for {number} {name}; it also ends a lockout and enables "
                        "them again."
                    ).format(number=user.number, name=user.name),
                    new_user=False,
                    error=error,
                    parent=self,
                )
            )
            if answer is None:
                return
            try:
                await self.cashiers.reset_user_pin(user.number, answer[2], by=self.by)
            except TillError as refused:
                error = describe(refused)
                continue
            break
        await self.reload()
        self.status_label.setText(
            self.tr("New PIN set: {number} {name}.").format(number=user.number, name=user.name)
        )


# -- the cashier window's side ------------------------------------------------------------------


async def open_users(window: CashierWindow) -> bool:
    """The window's Cashiers action: a manager approves (journaled), then the screen."""
    checkout = window.checkout
    by = await checkout.manager.approve(ACTION)
    await window._ask(UsersDialog(checkout.cashiers, by, window))
    return False


def add_users_button(help_dialog: QDialog, open_screen: Callable[[], None]) -> None:
    """Touch: Help's row gets a Cashiers button; it closes Help and opens the screen."""
    box = help_dialog.findChild(QDialogButtonBox)
    if box is None:
        return
    button = QPushButton(QCoreApplication.translate("UsersDialog", "Cashiers"))
    button.setObjectName("usersButton")
    button.setMinimumSize(120, FINGER)
    button.clicked.connect(help_dialog.accept)
    button.clicked.connect(lambda _checked=False: open_screen())
    box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
