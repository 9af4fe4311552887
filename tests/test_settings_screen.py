"""The settings screen: a manager edits the settings file from the till, checked by the same
reader the till starts with; every change journaled with old, new and who."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from shop_examples import SHOP
from ui_till_rig import CTRL, PIN, approve, closed, dialog, open_dialog, press

from till.settings import EXAMPLE, load_settings
from till.settings_file import current_texts, edited_text, prepare, write_atomically
from till.ui.settings_dialog import SettingsDialog, has_receipts

pytestmark = pytest.mark.gui
MAX_SIZE = (1000, 720)  # 1024x768 less a window frame


def settings_file(tmp_path: Path) -> Path:
    path = tmp_path / "till.toml"
    path.write_text(EXAMPLE, encoding="utf-8")
    path.chmod(0o600)
    return path


@pytest.fixture
def screen(rig, tmp_path):
    """The rig's window with settings read from a file (as app.py hands them over)."""
    path = settings_file(tmp_path)
    rig.window.settings = load_settings(path)
    rig.store.set_manager_pin(PIN, register_id=SHOP.register_id)
    return rig, path


def field(settings_dialog: SettingsDialog, key: str):
    return settings_dialog.fields[key]


def choose(box: QComboBox, value: str) -> None:
    box.setCurrentIndex(box.findData(value))


def test_a_manager_changes_language_and_idle_lock(qtbot, arun, screen):
    rig, path = screen
    before = load_settings(path)

    async def manager() -> SettingsDialog:
        press(qtbot, rig.window, Qt.Key.Key_Comma, CTRL)
        await approve(qtbot, rig.window)
        found = await open_dialog(rig.window, SettingsDialog)
        choose(field(found, "shop.language"), "en")
        idle = field(found, "register.idle_lock_minutes")
        idle.setText("12")
        qtbot.mouseClick(found.save_button, Qt.MouseButton.LeftButton)
        await closed(found)
        await rig.window.wait_idle(10)
        return found

    arun(manager(), timeout=20)
    after = load_settings(path)
    assert after == replace(before, language="en", idle_lock_minutes=12)
    text = path.read_text(encoding="utf-8")
    assert "# the register id (kassabeteckning) Infrasec issued" in text  # comments kept
    assert path.stat().st_mode & 0o777 == 0o600
    rows = [r for r in rig.store.journal_rows() if r.kind == "setting_changed"]
    assert [(r.data["key"], r.data["from"], r.data["to"]) for r in rows] == [
        ("shop.language", "sv", "en"),
        ("register.idle_lock_minutes", "5", "12"),
    ]
    assert all(r.data["by"] == "manager PIN" for r in rows)
    saved = [r for r in rig.store.journal_rows() if r.kind == "settings_saved"]
    assert len(saved) == 1 and saved[0].data["settings"]["shop.language"] == "en"
    assert "2 changed" in rig.window.banner_text


@pytest.mark.parametrize(
    ("key", "text", "says"),
    [
        ("control_unit.port", "99999", "control_unit.port"),
        ("shop.org_nr", "556123-4567", "shop.org_nr"),
        ("register.idle_lock_minutes", "soon", "register.idle_lock_minutes"),
    ],
)
def test_an_invalid_value_is_shown_and_nothing_is_saved(qtbot, screen, key, text, says):
    rig, path = screen
    before = path.read_bytes()
    found = SettingsDialog(rig.window.settings, receipts_exist=False)
    qtbot.addWidget(found)
    found.show()
    edit = field(found, key)
    assert isinstance(edit, QLineEdit)
    edit.setText(text)
    qtbot.mouseClick(found.save_button, Qt.MouseButton.LeftButton)
    assert found.isVisible() and found.answer() is None
    assert found.message.isVisible() and says in found.message.text()
    assert found.tabs.currentWidget().isAncestorOf(edit)  # its page is shown
    assert path.read_bytes() == before


def test_a_wrong_pin_opens_no_settings(qtbot, arun, screen):
    rig, path = screen
    before = path.read_bytes()

    async def cashier() -> None:
        press(qtbot, rig.window, Qt.Key.Key_Comma, CTRL)
        await approve(qtbot, rig.window, pin="0000")
        await rig.window.wait_idle(10)

    arun(cashier(), timeout=20)
    assert dialog(rig.window, SettingsDialog) is None
    assert rig.window.banner_text  # the refusal is said
    assert path.read_bytes() == before
    assert not [r for r in rig.store.journal_rows() if r.kind == "setting_changed"]


def test_the_register_id_is_fixed_once_receipts_exist(qtbot, screen):
    rig, path = screen
    before = path.read_bytes()
    assert has_receipts(rig.store, SHOP.register_id) is False  # a new register may change it
    found = SettingsDialog(rig.window.settings, receipts_exist=True)
    qtbot.addWidget(found)
    register = field(found, "register.id")
    assert register.isReadOnly()
    register.setText("KASSA2")
    qtbot.mouseClick(found.save_button, Qt.MouseButton.LeftButton)
    assert "cannot change" in found.message.text() and SHOP.register_id in found.message.text()
    assert path.read_bytes() == before


def test_terminals_follow_the_choice(tmp_path):
    path = settings_file(tmp_path)
    old = load_settings(path)
    texts = current_texts(old) | {
        "register.payment_terminals": "point",
        "point.host": "192.168.1.51",
    }
    edit = prepare(path, old, texts)
    assert edit.settings.terminal is None and edit.settings.point is not None
    assert edit.settings.point.host == "192.168.1.51"
    write_atomically(path, edit.text)
    assert load_settings(path) == edit.settings
    keys = {c.key for c in edit.changes}
    assert {"register.payment_terminals", "terminal.host", "point.host"} <= keys


def test_an_optional_key_emptied_is_taken_out(tmp_path):
    text = edited_text('[printer]\nname = "TM-T88"  # the shop\'s\n', {"printer.name": ""})
    assert "name" not in text.split("[printer]")[1]


def test_the_dialog_fits_a_small_screen(qtbot, screen):
    rig, _path = screen
    found = SettingsDialog(rig.window.settings, receipts_exist=False, parent=rig.window)
    qtbot.addWidget(found)
    found.show()
    qtbot.waitExposed(found)
    hint = found.sizeHint()
    assert hint.width() <= MAX_SIZE[0] and hint.height() <= MAX_SIZE[1], hint
    assert found.save_button.height() >= 48
    found.grab().save("/tmp/c_settings.png")


def test_settings_by_touch_from_the_help_screen(qtbot, arun, screen):
    from till.ui.help_dialog import HelpDialog

    rig, path = screen
    before = path.read_bytes()

    async def manager() -> None:
        press(qtbot, rig.window, Qt.Key.Key_F1)
        help_dialog = await open_dialog(rig.window, HelpDialog)
        qtbot.mouseClick(help_dialog.settings_button, Qt.MouseButton.LeftButton)
        await approve(qtbot, rig.window)
        found = await open_dialog(rig.window, SettingsDialog)
        found.reject()
        await rig.window.wait_idle(10)

    arun(manager(), timeout=20)
    assert path.read_bytes() == before
