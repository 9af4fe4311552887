"""The first start of a new installation: no settings file, so the set-up screen asks for the
settings (the settings screen in its first-start mode), writes them, and the start goes on.
The screen is driven as an owner would: typing into its fields, clicking its buttons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit

from till import app
from till.settings import EXAMPLE, SettingsError, load_settings
from till.settings_texts import SETTINGS_MISSING
from till.startup import prepare_store
from till.ui import first_start
from till.ui.settings_dialog import OWN_FIELDS, SettingsDialog

pytestmark = pytest.mark.gui
MAX_SIZE = (1000, 720)  # 1024x768 less a window frame

OWNER = {
    "shop.name": "Hörnbutiken i Visby",
    "shop.org_nr": "5569876543",
    "shop.address": "Adelsgatan 3, 621 56 Visby",
    "register.id": "KASSA7",
}

Steps = Callable[[SettingsDialog], None]


@pytest.fixture
def screen(qapp, monkeypatch):
    """A screen someone can see (the tests run offscreen, where the start would not ask)."""
    monkeypatch.setattr(first_start, "screen_available", lambda: True)
    yield qapp
    from till.ui.language import remove_translations
    from till.ui.texts import set_language

    remove_translations(qapp)
    set_language("sv")


def the_dialog() -> SettingsDialog:
    found = QApplication.activeModalWidget()
    if not isinstance(found, SettingsDialog):
        found = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, SettingsDialog) and w.isVisible()
        )
    return found


def driving(steps: Steps) -> list[BaseException]:
    """Run `steps` on the set-up screen once it is shown (its exec() blocks the test); a failed
    step closes the screen, so the test ends and reports it instead of hanging."""
    failures: list[BaseException] = []

    def drive() -> None:
        dialog = the_dialog()
        try:
            steps(dialog)
        except BaseException as error:
            failures.append(error)
            dialog.reject()

    QTimer.singleShot(0, drive)
    return failures


def type_into(qtbot, dialog: SettingsDialog, values: dict[str, str]) -> None:
    for key, text in values.items():
        edit = dialog.fields[key]
        assert isinstance(edit, QLineEdit)
        edit.clear()
        for char in text:  # QTest types ASCII only: an å, ä or ö goes in as a keyboard's would
            if char.isascii():
                qtbot.keyClicks(edit, char)
            else:
                edit.insert(char)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cancel_button(dialog: SettingsDialog):
    return next(b for b in dialog.buttons if b is not dialog.save_button)


def test_the_owner_sets_up_the_till_and_the_start_goes_on(qtbot, screen, tmp_path):
    path = tmp_path / "new" / "till" / "till.toml"  # not even its folder exists yet
    seen: dict[str, object] = {}

    def owner(dialog: SettingsDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["empty"] = {key: dialog.fields[key].text() for key in OWN_FIELDS}  # type: ignore[attr-defined]
        seen["hint"] = dialog.fields["shop.name"].placeholderText()  # type: ignore[attr-defined]
        type_into(qtbot, dialog, OWNER)
        box = dialog.fields["shop.language"]
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData("en"))
        click(qtbot, dialog.save_button)

    failures = driving(owner)
    settings = app.start_settings(path)
    assert not failures, failures
    assert seen["title"] == "Ställ in kassan"  # Swedish: the default before there are settings
    assert seen["empty"] == dict.fromkeys(OWN_FIELDS, "")  # nothing of the example shop
    assert "Demobutiken AB" in str(seen["hint"])  # only as a hint
    assert settings is not None and settings == load_settings(path)
    shop = settings.shop
    assert (shop.name, shop.org_nr, shop.address, shop.register_id) == tuple(OWNER.values())
    assert settings.language == "en" and settings.source == path
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert "# the register id (kassabeteckning) Infrasec issued" in path.read_text("utf-8")


def test_the_first_start_journals_its_settings_once(qtbot, screen, tmp_path):
    path = tmp_path / "till.toml"
    failures = driving(
        lambda dialog: (type_into(qtbot, dialog, OWNER), click(qtbot, dialog.save_button))
    )
    settings = app.start_settings(path)
    assert not failures, failures
    assert settings is not None
    store = prepare_store(replace(settings, database=tmp_path / "till.db"), demo=False)
    try:
        rows = store.journal_rows()
    finally:
        store.close()
    assert [r.kind for r in rows if "setting" in r.kind] == []  # nothing "changed" from nothing
    started = [r for r in rows if r.kind == "till_started"]
    assert len(started) == 1 and started[0].register_id == "KASSA7"
    assert started[0].data["settings"]["shop.name"] == OWNER["shop.name"]


def test_an_invalid_value_keeps_the_screen_open_and_writes_nothing(qtbot, screen, tmp_path):
    path = tmp_path / "till.toml"
    seen: dict[str, object] = {}

    def owner(dialog: SettingsDialog) -> None:
        type_into(qtbot, dialog, {**OWNER, "shop.org_nr": "556987-6543"})
        click(qtbot, dialog.save_button)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        seen["written"] = path.exists()
        seen["shown"] = dialog.tabs.currentWidget().isAncestorOf(dialog.fields["shop.org_nr"])
        click(qtbot, cancel_button(dialog))

    failures = driving(owner)
    assert app.start_settings(path) is None
    assert not failures, failures
    assert seen["open"] is True and "shop.org_nr" in str(seen["message"])
    assert seen["written"] is False and seen["shown"] is True
    assert not path.exists()


def test_empty_shop_fields_are_refused(qtbot, screen, tmp_path):
    path = tmp_path / "till.toml"
    seen: list[str] = []

    def owner(dialog: SettingsDialog) -> None:
        click(qtbot, dialog.save_button)  # the example shop was not taken over silently
        seen.append(dialog.message.text())
        click(qtbot, cancel_button(dialog))

    failures = driving(owner)
    assert app.start_settings(path) is None and not failures, failures
    assert "shop.name" in seen[0] and not path.exists()


def test_cancel_ends_the_start_quietly(qtbot, screen, tmp_path):
    path = tmp_path / "none" / "till.toml"
    failures = driving(lambda dialog: click(qtbot, cancel_button(dialog)))
    assert app.main(["--config", str(path)]) == 0
    assert not failures, failures
    assert not path.parent.exists()  # nothing written, not even the folder


def test_a_broken_settings_file_still_stops_the_start(screen, tmp_path, monkeypatch):
    path = tmp_path / "till.toml"
    path.write_text(EXAMPLE.replace("port = 2020", "port = -1"), encoding="utf-8")
    monkeypatch.setattr(app, "first_start_settings", lambda p: pytest.fail("asked"))
    with pytest.raises(SettingsError) as stopped:
        app.start_settings(path)
    assert "control_unit.port" in str(stopped.value)
    assert path.read_text("utf-8").count("port = -1") == 1


def test_a_dangling_link_is_no_first_start(screen, tmp_path, monkeypatch):
    path = tmp_path / "till.toml"
    path.symlink_to(tmp_path / "elsewhere.toml")
    monkeypatch.setattr(app, "first_start_settings", lambda p: pytest.fail("asked"))
    with pytest.raises(SettingsError) as stopped:
        app.start_settings(path)
    assert stopped.value.spoken is SETTINGS_MISSING


def test_offscreen_the_start_says_the_file_is_missing(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(app, "first_start_settings", lambda p: pytest.fail("asked"))
    with pytest.raises(SettingsError) as stopped:
        app.start_settings(tmp_path / "till.toml")
    assert stopped.value.spoken is SETTINGS_MISSING


def test_the_set_up_screen_fits_a_small_screen(qtbot, tmp_path):
    dialog = first_start.set_up_dialog(tmp_path / "till.toml")
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.sizeHint()
    assert hint.width() <= MAX_SIZE[0] and hint.height() <= MAX_SIZE[1]
    assert all(b.height() >= 48 and b.width() >= 48 for b in dialog.buttons)
    assert str(tmp_path / "till.toml") in dialog.findChild(QLabel, "settingsNote").text()


def test_a_file_that_appeared_meanwhile_is_left_alone(qtbot, screen, tmp_path):
    path = tmp_path / "till.toml"
    seen: list[str] = []

    def owner(dialog: SettingsDialog) -> None:
        type_into(qtbot, dialog, OWNER)
        path.write_text("# the installer's\n", encoding="utf-8")  # while the screen is open
        click(qtbot, dialog.save_button)
        seen.append(dialog.message.text())
        click(qtbot, cancel_button(dialog))

    failures = driving(owner)
    assert app.start_settings(path) is None and not failures, failures
    assert str(path) in seen[0] and "appeared" in seen[0]
    assert path.read_text("utf-8") == "# the installer's\n"
