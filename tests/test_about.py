"""About and inspection: name, model, maker, the build's version and this installation's
manufacturing number, made once and kept."""

from __future__ import annotations

import argparse
import importlib.metadata
import sqlite3

import pytest
from PySide6.QtCore import Qt

import till
from till.about import (
    MAKER,
    MODEL,
    VersionAction,
    application_id,
    identity,
    is_manufacturing_number,
    new_manufacturing_number,
    version,
    version_text,
)
from till.settings import EXAMPLE
from till.store import TillStore
from till.store.installation import read_number

MAX_SIZE = (1000, 720)  # 1024x768 less a window frame


def test_the_version_is_the_installed_builds():
    assert version() and version() == importlib.metadata.version("till") == till.__version__
    assert "SE" in MODEL and MAKER


def test_the_application_id_default_is_a_valid_setting():
    import re

    assert re.fullmatch(r"[\w .\-]{1,64}", application_id(), re.ASCII)


def test_a_manufacturing_number_has_a_check_digit():
    number = new_manufacturing_number()
    assert is_manufacturing_number(number) and number.startswith("SE") and len(number) == 15
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not is_manufacturing_number(wrong)
    assert new_manufacturing_number() != number


def test_the_number_is_made_once_and_kept(tmp_path):
    store = TillStore.open(tmp_path / "a.db")
    first = store.manufacturing_number(register_id="K1")
    assert store.manufacturing_number(register_id="K1") == first
    store.close()
    store = TillStore.open(tmp_path / "a.db")
    assert store.manufacturing_number(register_id="K1") == first
    made = [r for r in store.journal_rows() if r.kind == "installation_created"]
    assert [r.data["manufacturing_number"] for r in made] == [first]
    store.close()
    other = TillStore.open(tmp_path / "b.db")
    assert other.manufacturing_number(register_id="K1") != first
    other.close()
    assert read_number(tmp_path / "a.db") == first
    assert read_number(tmp_path / "none.db") is None


def test_the_database_refuses_to_change_the_number(tmp_path):
    store = TillStore.open(tmp_path / "a.db")
    store.manufacturing_number(register_id="K1")
    store.close()
    conn = sqlite3.connect(tmp_path / "a.db")
    try:
        with pytest.raises(sqlite3.DatabaseError, match="never changes"):
            conn.execute("UPDATE installation SET manufacturing_number = 'SE0'")
        with pytest.raises(sqlite3.DatabaseError, match="never changes"):
            conn.execute("DELETE FROM installation")
    finally:
        conn.close()


def test_version_option_prints_the_number(tmp_path, capsys, monkeypatch):
    database = tmp_path / "till.db"
    config = tmp_path / "till.toml"
    config.write_text(
        EXAMPLE.replace('# path = "/var/lib/till/till.db"', f'path = "{database}"'),
        encoding="utf-8",
    )
    store = TillStore.open(database)
    number = store.manufacturing_number(register_id="K1")
    store.close()
    parser = argparse.ArgumentParser(prog="till")
    parser.add_argument("--config")
    parser.add_argument("--version", action=VersionAction)
    with pytest.raises(SystemExit) as stop:
        parser.parse_args(["--config", str(config), "--version"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out == version_text(number)
    assert f"till {version()}" in out and MODEL in out and MAKER in out and number in out
    monkeypatch.setenv("TILL_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(SystemExit):
        parser.parse_args(["--version"])
    assert "made at the first start" in capsys.readouterr().out


@pytest.mark.gui
def test_about_from_the_help_screen(qtbot):
    from till.ui.about_dialog import AboutDialog
    from till.ui.help_dialog import HelpDialog

    about = identity("SE1234567890128")
    help_dialog = HelpDialog(None, None, about)
    qtbot.addWidget(help_dialog)
    help_dialog.show()
    qtbot.mouseClick(help_dialog.about_button, Qt.MouseButton.LeftButton)
    shown = help_dialog.about_dialog
    assert isinstance(shown, AboutDialog) and shown.isVisible()
    texts = {name: label.text() for name, label in shown.values.items()}
    assert texts == {
        "name": "till",
        "model": MODEL,
        "maker": MAKER,
        "version": version(),
        "number": "SE1234567890128",
    }
    hint = shown.sizeHint()
    assert hint.width() <= MAX_SIZE[0] and hint.height() <= MAX_SIZE[1]
    assert help_dialog.about_button.height() >= 48
