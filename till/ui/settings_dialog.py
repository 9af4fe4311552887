"""The settings screen (manager only): shop, register, control unit, payment terminals, printer.

What the screen saves goes through the same reader the till starts with (till/settings_file.py):
a value it would refuse at the next start is refused here with the same message, next to its
field, and nothing is written. Saved, every changed key is journaled with its old and new value
and the manager who approved; the till uses the new settings from its next start (the control
unit, the terminals and the printer are connected at start, and the screens are built in the
language of the start).

The first start of a new installation (no settings file yet) opens the same screen in its
first-start mode (till/ui/first_start.py): started from the example settings with the shop's
own fields empty, saved as a new file; the start then journals the settings as every start does.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from till.settings import Settings, SettingsError
from till.settings_file import (
    BY_KEY,
    NO_SETTINGS_FILE,
    REGISTER_ID_FIXED,
    Edit,
    current_texts,
    prepare,
    write_atomically,
    write_new,
)
from till.ui.dialogs import message_label, ok_cancel_row
from till.ui.texts import describe

if TYPE_CHECKING:
    from till.store import TillStore
    from till.ui.cashier_window import CashierWindow

log = logging.getLogger(__name__)

ACTION = QT_TRANSLATE_NOOP("ManagerPinDialog", "settings")  # the approval's name (journaled)
FIELD_HEIGHT = 48  # a finger's target

# The shop's own fields: empty at the first start (the example's values only as a hint), so
# the example shop's name never reaches a real receipt unless the owner types it.
OWN_FIELDS = ("shop.name", "shop.org_nr", "shop.address", "register.id")

# Shown in the language lists under their own names (a German owner finds "Deutsch").
LANGUAGE_NAMES = {"sv": "Svenska", "en": "English", "de": "Deutsch"}


class SettingsDialog(QDialog):
    """Answer: the Edit saved (file written), or None when cancelled."""

    def __init__(
        self,
        settings: Settings,
        *,
        receipts_exist: bool,
        first_start: bool = False,
        original: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`first_start`: `settings` are the example's (read from `original`, the example
        file's text) and Save writes a new file at settings.source."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.first_start = first_start
        self.original = original
        if first_start:
            self.setWindowTitle(self.tr("Set up this till"))
        else:
            self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        self.settings = settings
        self.receipts_exist = receipts_exist  # on this register: its id is fixed then
        self.saved: Edit | None = None
        self.fields: dict[str, QWidget] = {}
        texts = current_texts(settings)
        tabs = QTabWidget()
        tabs.setObjectName("settingsTabs")
        tabs.addTab(self._shop_page(texts), self.tr("Shop and register"))
        tabs.addTab(self._control_unit_page(texts), self.tr("Control unit"))
        tabs.addTab(self._terminals_page(texts), self.tr("Payment terminals"))
        tabs.addTab(self._printer_page(texts), self.tr("Printer"))
        self.tabs = tabs
        self.message = message_label()
        if first_start:
            words = self.tr(
                "This till has no settings yet. Fill in the shop and the register id the "
                "control unit's provider issued, check the other pages, and save: the settings "
                "file {path} is written and the till starts. Later a manager changes them here "
                "(Ctrl+,)."
            ).format(path=settings.source)
        elif settings.source.is_file():
            words = self.tr(
                "Saved settings apply when the till starts next. The settings file is {path}."
            ).format(path=settings.source)
        else:  # the demo: its settings live in memory only
            words = self.tr("The demo has no settings file: changes here cannot be saved.")
        note = QLabel(words)
        note.setObjectName("settingsNote")
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(note)
        save = self.tr("Save and start") if first_start else self.tr("Save")
        row = ok_cancel_row(self, save, self.save)
        layout.addLayout(row)
        self.buttons = [
            row.itemAt(i).widget()
            for i in range(row.count())
            if isinstance(row.itemAt(i).widget(), QPushButton)
        ]
        for button in self.buttons:
            button.setMinimumSize(120, FIELD_HEIGHT)
        self.save_button = self.buttons[-1]
        self.save_button.setObjectName("saveSettings")
        self._transport_changed()
        self._terminals_changed()
        if first_start:
            self._empty_own_fields(texts)

    def _empty_own_fields(self, texts: dict[str, str]) -> None:
        """The shop's own fields empty, the example's value as a greyed hint."""
        for key in OWN_FIELDS:
            edit = self.fields[key]
            assert isinstance(edit, QLineEdit)
            edit.clear()
            edit.setPlaceholderText(self.tr("For example: {example}").format(example=texts[key]))
        self.fields[OWN_FIELDS[0]].setFocus()

    # -- pages ------------------------------------------------------------------------------

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return page, form

    def _line(self, form: QFormLayout, label: str, key: str, texts: dict[str, str]) -> QLineEdit:
        edit = QLineEdit(texts[key])
        edit.setObjectName(f"setting_{key}")
        edit.setMinimumHeight(FIELD_HEIGHT)
        edit.setToolTip(key)  # the key in the settings file, for the installer
        form.addRow(label, edit)
        self.fields[key] = edit
        return edit

    def _choice(
        self,
        form: QFormLayout,
        label: str,
        key: str,
        texts: dict[str, str],
        names: dict[str, str],
    ) -> QComboBox:
        box = QComboBox()
        box.setObjectName(f"setting_{key}")
        box.setMinimumHeight(FIELD_HEIGHT)
        box.setToolTip(key)
        for value in BY_KEY[key].choices:
            box.addItem(names.get(value, value), value)
        box.setCurrentIndex(max(0, box.findData(texts[key])))
        form.addRow(label, box)
        self.fields[key] = box
        return box

    def _shop_page(self, texts: dict[str, str]) -> QWidget:
        page, form = self._form()
        self._line(form, self.tr("Shop name"), "shop.name", texts)
        self._line(form, self.tr("Organisation number"), "shop.org_nr", texts)
        self._line(form, self.tr("Address"), "shop.address", texts)
        register = self._line(form, self.tr("Register id"), "register.id", texts)
        if self.receipts_exist:
            register.setReadOnly(True)
            register.setToolTip(self.tr("Fixed: this register has receipts under its id."))
        self._choice(form, self.tr("Language"), "shop.language", texts, LANGUAGE_NAMES)
        self._line(
            form, self.tr("Idle lock (minutes, 0: never)"), "register.idle_lock_minutes", texts
        )
        kiosk = QCheckBox(self.tr("Full screen without a window frame (kiosk)"))
        kiosk.setObjectName("setting_register.kiosk")
        kiosk.setMinimumHeight(FIELD_HEIGHT)
        kiosk.setChecked(texts["register.kiosk"] == "true")
        form.addRow("", kiosk)
        self.fields["register.kiosk"] = kiosk
        return page

    def _control_unit_page(self, texts: dict[str, str]) -> QWidget:
        page, form = self._form()
        names = {
            "ipc": self.tr("iSecureIPC gateway (host and port)"),
            "direct": self.tr("Direct to the control unit (HTTPS address)"),
        }
        box = self._choice(form, self.tr("Connection"), "control_unit.transport", texts, names)
        box.currentIndexChanged.connect(self._transport_changed)
        self._line(form, self.tr("Gateway host"), "control_unit.host", texts)
        self._line(form, self.tr("Gateway port"), "control_unit.port", texts)
        self._line(form, self.tr("Control unit address (https://…)"), "control_unit.url", texts)
        self._line(
            form, self.tr("Connect timeout (seconds)"), "control_unit.connect_timeout", texts
        )
        self._line(form, self.tr("Answer timeout (seconds)"), "control_unit.answer_timeout", texts)
        return page

    def _terminals_page(self, texts: dict[str, str]) -> QWidget:
        page, form = self._form()
        names = {
            "none": self.tr("None (cash only)"),
            "wallee": self.tr("Card terminal (Wallee)"),
            "point": self.tr("Klarna terminal (Verifone Point)"),
            "both": self.tr("Both"),
        }
        box = self._choice(form, self.tr("Terminals"), "register.payment_terminals", texts, names)
        box.currentIndexChanged.connect(self._terminals_changed)
        self._line(form, self.tr("Card terminal host"), "terminal.host", texts)
        self._line(form, self.tr("Card terminal port"), "terminal.port", texts)
        self._line(form, self.tr("Klarna terminal host"), "point.host", texts)
        self._line(form, self.tr("Klarna terminal port"), "point.port", texts)
        self._line(form, self.tr("Klarna terminal second port"), "point.secondary_port", texts)
        self._line(form, self.tr("The till's listening port"), "point.listener_port", texts)
        return page

    def _printer_page(self, texts: dict[str, str]) -> QWidget:
        page, form = self._form()
        kinds = {
            "system": self.tr("A printer with a system driver (or PDF files)"),
            "escpos": self.tr("A thermal receipt printer (ESC/POS)"),
        }
        box = self._choice(form, self.tr("Printer kind"), "printer.kind", texts, kinds)
        box.currentIndexChanged.connect(self._printer_changed)
        self._line(form, self.tr("Printer (empty: the default)"), "printer.name", texts)
        pdf = self.tr("PDF folder (instead of paper, or a copy of it)")
        self._line(form, pdf, "printer.pdf_dir", texts)
        connections = {
            "network": self.tr("Network (port 9100)"),
            "serial": self.tr("Serial port"),
            "usb": self.tr("USB"),
            "file": self.tr("A device file (/dev/usb/lp0)"),
        }
        box = self._choice(form, self.tr("Connection"), "printer.connection", texts, connections)
        box.currentIndexChanged.connect(self._printer_changed)
        self._line(form, self.tr("Printer address"), "printer.host", texts)
        self._line(form, self.tr("Printer port"), "printer.port", texts)
        self._line(form, self.tr("Serial port or device file"), "printer.device", texts)
        self._line(form, self.tr("Baud rate"), "printer.baudrate", texts)
        self._line(form, self.tr("USB vendor id (hex)"), "printer.usb_vendor", texts)
        self._line(form, self.tr("USB product id (hex)"), "printer.usb_product", texts)
        widths = {"80": self.tr("80 mm"), "58": self.tr("58 mm")}
        self._choice(form, self.tr("Paper width"), "printer.width_mm", texts, widths)
        self._choice(form, self.tr("Code page"), "printer.code_page", texts, {})
        self._printer_changed()
        # Twelve rows of finger-sized fields are taller than a 768-pixel screen leaves.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _printer_changed(self) -> None:
        escpos = self._choice_value("printer.kind") == "escpos"
        connection = self._choice_value("printer.connection")
        self.fields["printer.name"].setEnabled(not escpos)
        used = {
            "printer.connection": escpos,
            "printer.host": escpos and connection == "network",
            "printer.port": escpos and connection == "network",
            "printer.device": escpos and connection in ("serial", "file"),
            "printer.baudrate": escpos and connection == "serial",
            "printer.usb_vendor": escpos and connection == "usb",
            "printer.usb_product": escpos and connection == "usb",
            "printer.width_mm": escpos,
            "printer.code_page": escpos,
        }
        for key, enabled in used.items():
            self.fields[key].setEnabled(enabled)

    # -- behaviour ----------------------------------------------------------------------------

    def _choice_value(self, key: str) -> str:
        box = self.fields[key]
        assert isinstance(box, QComboBox)
        return str(box.currentData())

    def _transport_changed(self) -> None:
        direct = self._choice_value("control_unit.transport") == "direct"
        for key in ("control_unit.host", "control_unit.port"):
            self.fields[key].setEnabled(not direct)
        self.fields["control_unit.url"].setEnabled(direct)

    def _terminals_changed(self) -> None:
        chosen = self._choice_value("register.payment_terminals")
        for key in ("terminal.host", "terminal.port"):
            self.fields[key].setEnabled(chosen in ("wallee", "both"))
        for key in ("point.host", "point.port", "point.secondary_port", "point.listener_port"):
            self.fields[key].setEnabled(chosen in ("point", "both"))

    def texts(self) -> dict[str, str]:
        """Every field's text, as settings_file.prepare takes them."""
        found: dict[str, str] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                found[key] = widget.text()
            elif isinstance(widget, QComboBox):
                found[key] = str(widget.currentData())
            elif isinstance(widget, QCheckBox):
                found[key] = "true" if widget.isChecked() else "false"
        return found

    def show_error(self, error: SettingsError) -> None:
        """The reader's message at the bottom, and its field marked and shown."""
        self.message.setText(describe(error))
        self.message.show()
        key = _key_of(error)
        for name, widget in self.fields.items():
            widget.setProperty("invalid", name == key)
            widget.setStyleSheet("border: 2px solid #b91c1c;" if name == key else "")
        widget = self.fields.get(key or "")
        if widget is not None:
            for index in range(self.tabs.count()):
                if self.tabs.widget(index).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(index)
            widget.setFocus()

    def save(self) -> None:
        texts = self.texts()
        try:
            if (
                self.receipts_exist
                and texts["register.id"].strip() != self.settings.shop.register_id
            ):
                raise SettingsError(REGISTER_ID_FIXED, register=self.settings.shop.register_id)
            path = Path(self.settings.source)
            if self.first_start:
                edit = prepare(path, self.settings, texts, original=self.original)
                write_new(path, edit.text)  # even unchanged: the till starts from this file
            else:
                edit = prepare(path, self.settings, texts)
                if edit.changes:
                    write_atomically(path, edit.text)
        except SettingsError as error:
            log.info("settings not saved: %s", error)
            self.show_error(error)
            return
        self.saved = edit
        self.accept()

    def answer(self) -> Edit | None:
        return self.saved


def _key_of(error: SettingsError) -> str | None:
    """The dotted key a reader's error is about (its `key` parameter or, before the errors
    became Messages, its detail)."""
    key: Any = getattr(error, "params", {}).get("key") or getattr(error, "detail", "")
    return str(key) if key in BY_KEY else None


# -- the intent: approve, ask, journal -------------------------------------------------------


def has_receipts(store: TillStore, register_id: str) -> bool:
    """Receipts or cash invoices numbered under `register_id` (its id is fixed then)."""
    return (
        store.next_sequence_number(register_id) > 1
        or store.next_cash_invoice_number(register_id) > 1
    )


def approver(store: TillStore, register_id: str) -> Any:
    """Who approved the settings just now: the manager's journal name, or the manager PIN's."""
    row = store.last_journal_row("manager_approved", register_id)
    if row is not None and row.data.get("action") == ACTION and "user" in row.data:
        return row.data["user"]
    return "manager PIN"


def journal_edit(store: TillStore, edit: Edit, by: Any, register_id: str) -> None:
    """One row per changed key (old and new value, who), then the whole new settings, which
    the next start compares against instead of journaling the same changes again."""
    from till.startup import settings_record

    for change in edit.changes:
        store.journal(
            "setting_changed",
            {"key": change.key, "from": change.old, "to": change.new, "by": by},
            register_id=register_id,
        )
    store.journal(
        "settings_saved",
        {"settings": settings_record(edit.settings), "by": by},
        register_id=register_id,
    )


async def open_settings(window: CashierWindow) -> bool:
    """The cashier window's settings action (manager only)."""
    settings: Settings | None = getattr(window, "settings", None)
    if settings is None:
        raise SettingsError(NO_SETTINGS_FILE)
    checkout = window.checkout
    register_id = settings.shop.register_id
    await checkout.manager.approve(ACTION)
    by = await checkout.in_store(approver, checkout.store, checkout.register_id)
    receipts = await checkout.in_store(has_receipts, checkout.store, register_id)
    dialog = SettingsDialog(settings, receipts_exist=receipts, parent=window)
    edit: Edit | None = await window._ask(dialog)
    if edit is None or not edit.changes:
        return False
    await checkout.in_store(journal_edit, checkout.store, edit, by, register_id)
    window.settings = edit.settings  # the next open shows what was saved
    saved = QCoreApplication.translate(
        "SettingsDialog", "Settings saved ({count} changed). They apply when the till starts next."
    )
    window.show_info(saved.format(count=len(edit.changes)))
    return False  # the note stays until the next action
