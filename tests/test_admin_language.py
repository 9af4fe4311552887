"""One language at a time outside the screens: the settings' language, till-admin's words and
errors in it, the start-up error, and a manager action's name inside an error."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from till import app, cli_texts
from till.checkout.actions import action_words
from till.checkout.manager import MANAGER_NOT_APPROVED, NotApproved
from till.cli import EVENTS_EXPORTED, main
from till.settings import EXAMPLE, LANGUAGES, SettingsError, load_settings
from till.settings_texts import LANGUAGE, SETTINGS_MISSING
from till.ui import texts

ROOT = Path(__file__).resolve().parents[1]


class FakeCatalog:
    """Stands in for catalog_translate: records the language asked for, and 'translates' by
    marking each text it knows, so a test sees which words went through the catalog."""

    def __init__(self) -> None:
        self.languages: list[str] = []

    def __call__(self, language: str) -> texts.Translate:
        self.languages.append(language)
        return lambda context, text: f"[{language}:{context}] {text}"


@pytest.fixture
def catalog(monkeypatch) -> FakeCatalog:
    fake = FakeCatalog()
    monkeypatch.setattr(cli_texts, "catalog_translate", fake)
    monkeypatch.setattr(texts, "catalog_translate", fake)
    yield fake
    cli_texts.reset()
    texts.set_language("sv")


def with_language(config: Path, language: str) -> Path:
    text = config.read_text("utf-8")
    config.write_text(text.replace('language = "en"', f'language = "{language}"', 1), "utf-8")
    return config


@pytest.mark.parametrize("language", ["sv", "en", "de"])
def test_the_shop_language_is_sv_en_or_de(config, language):
    assert load_settings(with_language(config, language)).language == language


def test_another_language_is_refused_naming_the_choices(config):
    with pytest.raises(SettingsError) as refused:
        load_settings(with_language(config, "fr"))
    assert refused.value.code == "setting_invalid"
    why = refused.value.params["why"]
    assert why.spoken is LANGUAGE and why.params == {"languages": "sv, en, de"}
    assert "shop.language" in str(refused.value) and "sv, en, de" in str(refused.value)


def test_every_language_is_offered_and_built():
    from till.ui.language import LANGUAGES as SCREEN_LANGUAGES

    spec = importlib.util.spec_from_file_location("update", ROOT / "translations" / "update.py")
    update = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(update)
    assert LANGUAGES == SCREEN_LANGUAGES == update.LANGUAGES == ("sv", "en", "de")
    files = update.source_files()
    assert "till/core/sale.py" in files and "till/store/database.py" in files
    assert "till/settings_texts.py" in files and "till/ui/texts.py" in files
    assert not [f for f in files if f.startswith("till/simulators/")]


def test_till_admin_says_its_results_in_the_shops_language(config, catalog, tmp_path, capsys):
    assert main(["--config", str(with_language(config, "de")), "journal", "export"]) == 0
    err = capsys.readouterr().err
    assert catalog.languages == ["de"]  # loaded once
    assert err.startswith(f"[de:TillAdmin] {EVENTS_EXPORTED.text.replace('{count}', '0')}")


def test_till_admin_says_its_errors_in_the_shops_language(config, catalog, capsys):
    assert main(["--config", str(with_language(config, "de")), "receipt", "show", "9"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "till-admin: [de:Errors] There is no receipt number 9 for this register."


def test_a_settings_error_is_said_in_swedish(tmp_path, catalog, capsys):
    assert main(["--config", str(tmp_path / "none.toml"), "journal", "verify"]) == 2
    err = capsys.readouterr().err
    assert catalog.languages == ["sv"]
    assert err.startswith("till-admin: [sv:Errors] No settings file at ")


def test_the_start_up_error_is_described_in_the_shops_language(tmp_path, catalog, capsys):
    error = SettingsError(SETTINGS_MISSING, path=tmp_path / "x.toml")
    assert app.fail(error, gui=False, language="de") == 2
    err = capsys.readouterr().err
    assert catalog.languages == ["de"]
    assert err.startswith("till: [de:Errors] No settings file at ")


def test_an_action_is_named_in_the_words_of_the_managers_dialog():
    error = NotApproved(MANAGER_NOT_APPROVED, action=action_words("training mode on"))
    assert str(error) == "Not done: training mode on was not approved."  # logs: English

    def translate(context: str, text: str) -> str:
        return {
            ("ManagerPinDialog", "training mode on"): "övningsläge på",
            ("Errors", MANAGER_NOT_APPROVED.text): "Inte gjort: {action} godkändes inte.",
        }.get((context, text), "")

    assert texts.describe(error, translate) == "Inte gjort: övningsläge på godkändes inte."
    assert action_words("terminal end-of-day").code == "manager_action_terminal_end_of_day"


def test_installing_a_language_sets_how_amounts_are_written(qapp):
    from till.ui.language import install_translations, remove_translations

    try:
        install_translations(qapp, "en")
        assert texts.amount_text(123450) == "1,234.50 kr"
        install_translations(qapp, "de")
        assert texts.amount_text(123450) == "1\u00a0234,50 kr"
    finally:
        remove_translations(qapp)
        texts.set_language("sv")


def test_example_settings_name_the_languages():
    assert '"de" German' in EXAMPLE
