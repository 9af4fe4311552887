"""Error codes of Wallee LTI 2.46 section 6.14.1, in words a cashier can act on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from till.protocols.lti import ERROR_MESSAGES, error_message
from till.protocols.lti.error_codes import GENERIC_MESSAGE

# The codes of the table in 6.14.1, in the document's order.
CODES_6_14_1 = [
    "VCS.ERR.0005",
    "VCS.ERR.0031",
    "VCS.ERR.0032",
    "VCS.ERR.0033",
    "VCS.ERR.0034",
    "VCS.ERR.0035",
    "VCS.ERR.0036",
    "VCS.ERR.0038",
    "TRM.PR.0001",
    "TRM.PT.0001",
    "TRM.PT.0002",
    "TRM.PT.0003",
    "TRM.PT.0201",
    "TRM.PT.0300",
    "TRM.PT.0405",
    "TRM.PT.0406",
    "TRM.PT.0609",
    "TRM.PT.0500",
    "TRM.PT.0501",
    "TRM.PT.0700",
    "TRM.PT.0701",
    "TRM.PT.1100",
    "TRM.PT.0904",
    "TRM.PT.0905",
    "TRM.ID.0007",
]

SPEC = Path(__file__).resolve().parents[2] / "shared" / "specs" / "wallee-lti-2.46.txt"


def test_every_code_of_6_14_1_has_its_own_sentence() -> None:
    assert set(ERROR_MESSAGES) == set(CODES_6_14_1)
    sentences = [error_message(code, None) for code in CODES_6_14_1]
    assert GENERIC_MESSAGE not in sentences
    assert len(set(sentences)) == len(sentences)
    for sentence in sentences:
        assert sentence[0].isupper() and sentence.endswith(".")
        assert "TRM." not in sentence and "VCS." not in sentence  # no codes for the cashier


@pytest.mark.skipif(not SPEC.exists(), reason="the LTI document is not next to the repository")
def test_code_list_matches_the_document() -> None:
    text = SPEC.read_text(encoding="utf-8")
    table = text[text.index("6.14.1 ErrorCodes") : text.index("6.15 Confirmation Message")]
    in_document = re.findall(r"^((?:VCS\.ERR|TRM\.[A-Z]{2})\.\d{4})$", table, re.MULTILINE)
    assert in_document == CODES_6_14_1


def test_the_sentences_the_brief_asks_for() -> None:
    assert error_message("TRM.PT.0001", None) == (
        "The card was removed before the payment finished. Ask the customer to try again."
    )
    assert error_message("TRM.PT.0002", "Abbruch") == "The payment was stopped on the terminal."
    assert error_message("TRM.PT.0201", None).startswith("No card was presented in time.")


def test_unknown_codes_get_the_generic_sentence_with_the_terminals_words() -> None:
    assert error_message(None, None) == GENERIC_MESSAGE
    assert error_message("", "  ") == GENERIC_MESSAGE
    text = error_message("XYZ.0001", "Printer out of paper")
    assert text.startswith(GENERIC_MESSAGE)
    assert "XYZ.0001" in text and "Printer out of paper" in text
    assert error_message(" TRM.PT.0002 ", None) == "The payment was stopped on the terminal."
