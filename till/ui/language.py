"""The cashier screen's language: Qt's own catalog and the till's, installed on the app.

The till's texts are English in the code (`self.tr(...)`); `translations/till_<lang>.ts` holds
the translations and `resources/till_<lang>.qm` (built by translations/update.py) ships in the
package. Qt's `qtbase_<lang>.qm` translates what Qt itself shows (standard buttons, the line
edit's context menu); the PySide6 wheels carry it, but a trimmed install may not, so it is
optional. English needs no catalog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from till.assets import asset_bytes
from till.settings import LANGUAGES as SETTINGS_LANGUAGES
from till.ui import texts

log = logging.getLogger(__name__)

LANGUAGES = SETTINGS_LANGUAGES  # what shop.language accepts; "en" is the source language
SOURCE_LANGUAGE = "en"
# QTranslator.load(bytes) reads the caller's buffer in place and PySide keeps no reference to
# it: the translator and its bytes are kept together on the app, or the catalog is freed.
_INSTALLED = "_till_translators"


def qt_catalog_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Install the catalogs for `language` on `app`, replacing any this function installed
    before. Returns the names of the catalogs loaded, Qt's first (e.g. `["qtbase_sv.qm",
    "till_sv.qm"]`; English loads only the till's, whose wording may differ from the code's).
    A missing Qt catalog is skipped; a missing till catalog is logged: the screen stays English."""
    remove_translations(app)
    texts.set_language(language)  # amounts in messages follow the language too
    installed: list[tuple[QTranslator, bytes]] = []
    loaded: list[str] = []

    qt_name = f"qtbase_{language}.qm"
    qt_file = qt_catalog_dir() / qt_name
    if language == SOURCE_LANGUAGE:
        log.debug("Qt speaks English itself")
    elif qt_file.is_file():
        data = qt_file.read_bytes()
        translator = QTranslator()
        if translator.load(data):
            installed.append((translator, data))
            loaded.append(qt_name)
        else:
            log.warning("Qt's catalog %s could not be read", qt_file)
    else:
        log.info("Qt's catalog %s is not installed: Qt's own texts stay English", qt_file)

    till_name = f"till_{language}.qm"
    try:
        data = asset_bytes(till_name)
    except FileNotFoundError:
        log.warning("no translation %s in the package: the screen stays English", till_name)
    else:
        translator = QTranslator()
        if translator.load(data):
            installed.append((translator, data))
            loaded.append(till_name)
        else:
            log.warning("the translation %s could not be read", till_name)

    for translator, _data in installed:
        app.installTranslator(translator)
    setattr(app, _INSTALLED, installed)
    return loaded


def remove_translations(app: QCoreApplication) -> None:
    """Take back what install_translations put on `app` (tests share one app)."""
    for translator, _data in getattr(app, _INSTALLED, []):
        app.removeTranslator(translator)
    setattr(app, _INSTALLED, [])
