"""The first start of a new installation: no settings file yet, so the settings screen asks.

`till` without a settings file opens the settings screen in its first-start mode before any
database or device is opened: the example settings with the shop's own fields empty, checked
by the reader every start uses, saved as a new file (0600, its folder 0700). The start then
goes on with the saved file as any start does; Cancel ends it with nothing written. Only where
someone can see the screen: offscreen (tests, scripts) the start stops with its message, as
before. `till-admin settings example` stays for installers.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from till.settings import EXAMPLE, Settings, load_settings, parse_settings_bytes
from till.ui.language import install_translations
from till.ui.look import apply_look
from till.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)

# The screen's language before there are settings: the shop's default, as the start-up error.
FIRST_START_LANGUAGE = "sv"


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    # As main() sets it: the set-up screen closing must not quit the till that starts next.
    app.setQuitOnLastWindowClosed(False)
    apply_look(app)  # the shipped font and icon, as the till has after it
    return app


def screen_available() -> bool:
    """Someone can see and fill in the set-up screen (not offscreen, where nobody could)."""
    return application().platformName() != "offscreen"


def example_settings(path: Path) -> Settings:
    """The example settings, as if they were the file at `path` (which does not exist)."""
    return parse_settings_bytes(EXAMPLE.encode("utf-8"), source=path)


def set_up_dialog(path: Path) -> SettingsDialog:
    dialog = SettingsDialog(
        example_settings(path), receipts_exist=False, first_start=True, original=EXAMPLE
    )
    dialog.setObjectName("firstStartDialog")
    return dialog


def set_up(path: Path) -> Settings | None:
    """Ask for the settings on the set-up screen and write them to `path`; the settings read
    back from the new file, or None if the owner cancelled (nothing written)."""
    install_translations(application(), FIRST_START_LANGUAGE)
    dialog = set_up_dialog(path)
    dialog.exec()  # before the till's event loop exists: nothing else runs meanwhile
    if dialog.answer() is None:
        log.info("set-up cancelled: no settings file written at %s", path)
        return None
    log.info("first start: settings written to %s", path)
    return load_settings(path)  # what the file says, by the reader every start uses
