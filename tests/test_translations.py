"""The Swedish cashier screen: every text translated, placeholders kept, the shipped .qm built
from the .ts, the .ts up to date with the code, and the catalogs loaded at start."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shop_examples import MILK

from till.settings import EXAMPLE, SettingsError, load_settings

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "till_sv.ts"
QM = ROOT / "resources" / "till_sv.qm"
LANGUAGES = ("sv", "en", "de")  # every catalog the till ships; each is checked alike


def ts_of(language: str) -> Path:
    return ROOT / "translations" / f"till_{language}.ts"


def qm_of(language: str) -> Path:
    return ROOT / "resources" / f"till_{language}.qm"


def _update_module():
    spec = importlib.util.spec_from_file_location(
        "till_translations_update", TS.parent / "update.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


update = _update_module()


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message in a .ts."""
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def active(ts: Path) -> set[tuple[str, str]]:
    return {
        (context, source)
        for context, source, translation in messages(ts)
        if translation is not None and translation.get("type") not in ("vanished", "obsolete")
    }


def qt_tool(name: str) -> str:
    try:
        return update.tool(name)
    except SystemExit:
        pytest.skip(f"{name} is not installed")


# -- the catalog itself -----------------------------------------------------------------------


def test_the_update_script_and_the_setting_know_the_same_languages():
    from till.settings import LANGUAGES as SETTING

    assert set(update.LANGUAGES) == set(SETTING) == set(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    found = messages(ts_of(language))
    assert len(found) > 700
    left = [
        (context, source)
        for context, source, translation in found
        if translation is None or translation.get("type") is not None or not translation.text
    ]
    assert left == [], "unfinished, vanished or empty translations"


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


@pytest.mark.parametrize(
    ("what", "of"),
    [
        ("placeholders", lambda text: Counter(PLACEHOLDER.findall(text))),
        ("HTML tags", lambda text: Counter(TAG.findall(text))),
        ("mnemonics", lambda text: text.replace("&&", "").count("&")),
        # texts concatenated in the code (" (kg)", "RETUR … ") keep their edge spaces
        (
            "edge spaces",
            lambda text: (text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]),
        ),
    ],
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_what_the_code_fills_in(what, of, language):
    differ = [
        (context, source, translation.text)
        for context, source, translation in messages(ts_of(language))
        if translation is not None and of(source) != of(translation.text or "")
    ]
    assert differ == [], f"{what} differ from the source"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_holds_every_text_of_the_code(tmp_path, language):
    """lupdate over today's code finds no new text and no vanished one."""
    ts = ts_of(language)
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    subprocess.run(
        [qt_tool("pyside6-lupdate"), *update.source_files(), "-silent", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
    )
    new = [(c, s) for c, s, t in messages(fresh) if t is not None and t.get("type") == "unfinished"]
    assert new == [], "texts in the code but not translated: run translations/update.py"
    assert active(fresh) == active(ts), "texts in the .ts but gone from the code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_qm_is_what_lrelease_makes_of_the_ts(tmp_path, language):
    ts, qm = ts_of(language), qm_of(language)
    built = tmp_path / qm.name
    subprocess.run(
        [qt_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(built)], cwd=ROOT, check=True
    )
    assert built.read_bytes() == qm.read_bytes(), "run translations/update.py --release"


def test_the_package_ships_the_qm():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.qm"' in text.split("[tool.setuptools.package-data]", 1)[1].split("\n[", 1)[0]


def test_texts_from_checkout_shown_translated_are_listed_for_lupdate():
    from till.adapters.wallee.admin import COMMANDS
    from till.ui.manager_dialog import ACTIONS
    from till.ui.terminal_admin_dialog import COMMAND_LABELS

    assert {c.label for c in COMMANDS} <= set(COMMAND_LABELS)
    asked = set()
    for path in (ROOT / "till").rglob("*.py"):
        for argument in re.findall(r"manager\.approve\(([^,)]*)", path.read_text("utf-8")):
            asked.update(re.findall(r'"([^"]+)"', argument))
    assert asked and asked <= set(ACTIONS)


# -- loading ----------------------------------------------------------------------------------


@pytest.fixture
def language(qapp) -> Iterator:
    """install_translations on the session's app, taken back after the test (the other UI
    tests expect English)."""
    from till.ui.language import install_translations, remove_translations

    yield lambda code: install_translations(qapp, code)
    remove_translations(qapp)


def test_swedish_loads_qt_and_the_till_catalog(language):
    from till.ui.language import qt_catalog_dir

    loaded = language("sv")
    assert loaded[-1] == "till_sv.qm"
    if (qt_catalog_dir() / "qtbase_sv.qm").is_file():
        assert loaded == ["qtbase_sv.qm", "till_sv.qm"]


@pytest.mark.gui
def test_the_cash_dialog_speaks_swedish(language, qtbot):
    from PySide6.QtWidgets import QLabel, QPushButton

    from till.core.sale import settle_cash
    from till.ui.cash_dialog import CashPaymentDialog

    language("sv")
    dialog = CashPaymentDialog(lambda tendered: settle_cash(10963, tendered))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Kontantbetalning"
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"Totalt", "Öresavrundning", "Att betala", "Mottaget", "Växel"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"Betala (Enter)", "Avbryt (Esc)"} <= buttons  # beside the pad's digits and notes


@pytest.mark.gui
def test_the_cashier_window_speaks_swedish_through_a_sale(language, qtbot, arun, tmp_path):
    from ui_till_rig import cash_sale, close_rig, make_rig

    language("sv")
    rig = make_rig(qtbot, arun, tmp_path)
    try:
        window = rig.window
        assert window.total_caption.text() == "ATT BETALA"
        assert window.entry.placeholderText().startswith("Skanna eller skriv en kod")
        assert window.cart.model().headerData(1, Qt.Orientation.Horizontal) == "Vara"
        arun(cash_sale(qtbot, window, MILK.barcode))
        assert "Kvitto 1" in window.last_sale_label.text()
        assert "växel" in window.last_sale_label.text()
    finally:
        close_rig(rig, arun)


@pytest.mark.gui
def test_english_loads_its_own_catalog_only_and_takes_swedish_back(language, qtbot):
    from till.core.sale import settle_cash
    from till.ui.cash_dialog import CashPaymentDialog

    language("sv")
    assert language("en") == ["till_en.qm"]
    dialog = CashPaymentDialog(lambda tendered: settle_cash(100, tendered))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cash payment"


@pytest.mark.gui
def test_german_speaks_on_the_screen_and_in_errors(language, qtbot):
    from till.checkout.copies import COPY_EXISTS
    from till.core.sale import SaleError, settle_cash
    from till.ui.cash_dialog import CashPaymentDialog
    from till.ui.texts import describe

    assert language("de")[-1] == "till_de.qm"
    dialog = CashPaymentDialog(lambda tendered: settle_cash(100, tendered))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() not in ("", "Cash payment", "Kontantbetalning")
    said = describe(SaleError(COPY_EXISTS, number=7))
    assert "7" in said and said != str(SaleError(COPY_EXISTS, number=7))


# -- the setting ------------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "till.toml"
    path.write_text(text, encoding="utf-8")
    return path


SHOP_LANGUAGE = 'language = "sv"                  # the cashier screen'


def test_shop_language_defaults_to_swedish_and_is_journaled(tmp_path):
    from till.startup import settings_record

    assert SHOP_LANGUAGE in EXAMPLE
    without = load_settings(write(tmp_path, EXAMPLE.replace(SHOP_LANGUAGE, "#", 1)))
    assert without.language == "sv"
    english = load_settings(write(tmp_path, EXAMPLE.replace('"sv"', '"en"', 1)))
    assert english.language == "en"
    assert settings_record(english)["shop.language"] == "en"


def test_a_bad_shop_language_names_the_key(tmp_path):
    with pytest.raises(SettingsError) as caught:
        load_settings(write(tmp_path, EXAMPLE.replace('"sv"', '"fr"', 1)))
    assert "'shop.language'" in caught.value.message
