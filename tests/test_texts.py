"""Errors are values: a Message, its parameters, and one place in the UI that puts them into
the shop's language (till/ui/texts.py)."""

from __future__ import annotations

import pytest

from till.checkout.copies import COPY_EXISTS, COPY_NOT_PRINTED
from till.core.errors import MESSAGES, Message, TillError, fill, placeholders
from till.core.money import Amount
from till.core.sale import SaleError
from till.ui import texts


def test_an_error_is_its_message_and_parameters() -> None:
    error = SaleError(COPY_EXISTS, number=17)
    assert error.code == "copy_exists"
    assert error.params == {"number": 17}
    assert str(error) == "Receipt 17 already has its copy: only one copy is allowed."
    assert MESSAGES["copy_exists"] is COPY_EXISTS


def test_a_code_means_one_thing() -> None:
    with pytest.raises(ValueError, match="defined twice"):
        Message("copy_exists", "Something else {x}.")
    assert Message("copy_exists", COPY_EXISTS.text) == COPY_EXISTS


def test_placeholders_and_fill_never_fail() -> None:
    assert placeholders("{a} and {b:>3} and {c!r} {{not}}") == {"a", "b", "c"}
    assert fill("{a} {missing}", {"a": 1}) == "1 {missing}"
    assert fill("broken {", {"a": 1}) == "broken {"


def test_describe_translates_the_template_and_nested_errors() -> None:
    catalog = {
        "Receipt {number} already has its copy: only one copy is allowed.": "Kvitto {number} "
        "har redan sin kopia.",
        COPY_NOT_PRINTED.text: "Kopian skrevs inte ut: {why}",
    }

    def translate(context: str, text: str) -> str:
        assert context == "Errors"
        return catalog.get(text, "")

    inner = SaleError(COPY_EXISTS, number=3)
    outer = TillError(COPY_NOT_PRINTED, why=inner)
    assert (
        texts.describe(outer, translate) == "Kopian skrevs inte ut: Kvitto 3 har redan sin kopia."
    )
    assert str(outer).startswith("The copy is registered but did not print: Receipt 3 already")


def test_a_devices_own_words_are_shown_as_they_came() -> None:
    assert texts.describe(TillError("Karte nicht lesbar", code="device"), lambda c, t: "x") == (
        "Karte nicht lesbar"
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [("sv", "1\u00a0234,50 kr"), ("de", "1\u00a0234,50 kr"), ("en", "1,234.50 kr")],
)
def test_amounts_are_written_the_languages_way(language: str, expected: str) -> None:
    texts.set_language(language)
    try:
        assert texts.param_text(Amount(123450)) == expected
        assert str(Amount(123450)) == "1\u00a0234,50 kr"
    finally:
        texts.set_language("sv")


def test_terminal_lines_keep_the_terminals_words_and_put_the_tills_in_the_shops_language(
    qapp,
) -> None:
    from till.checkout.ports import Audience, TerminalLines
    from till.ui.card_dialog import spoken_lines
    from till.ui.language import install_translations, remove_translations

    refused = SaleError(COPY_EXISTS, number=4)
    install_translations(qapp, "sv")
    try:
        shown = spoken_lines(TerminalLines(Audience.ATTENDANT, ("KORT GODKÄNT", refused)))
    finally:
        remove_translations(qapp)
    assert shown[0] == "KORT GODKÄNT"
    assert shown[1] == texts.describe(refused, texts.catalog_translate("sv"))
    assert shown[1] != str(refused) and "4" in shown[1]
