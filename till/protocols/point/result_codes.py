"""The RESULT_CODEs the till must handle, each with a stable key and a `Message` (its code is
the key; the UI says it in the shop's language).

From the SCA "Point Device Codes" table
(https://verifone.cloud/docs/sca-functional-specification/html/result_codes/device_codes) and the
secondary-port CONFIRMATION page (../shared/specs/verifone-point-secondaryport-confirmation.txt):
-1 is success; 59069 and 59070 answer CONFIRMATION. 59005, 59020, 59040, 59045 and 59051 are
listed as the expected codes of TEST_MAC, GET_COUNTER and APPLYUPDATES, whose texts were not in
the public material read; since those commands fail only on authentication, a busy terminal or a
cancel, the till treats them as authentication failures (resync the counter once with
GET_COUNTER, then ask for pairing again) and says so plainly. A code not in the table is shown
with its number and RESPONSE_TEXT.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True, slots=True)
class ResultCode:
    code: int
    said: Message
    authentication: bool = False  # a MAC/COUNTER/label problem: resync, then pair again
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.said.code

    @property
    def message(self) -> str:
        """In English, for the log and the journal."""
        return self.said.english(**self.params)


def _said(key: str, text: str) -> Message:
    return Message(key, text)


AUTH_FAILED = _said(
    "point_auth_failed",
    QT_TRANSLATE_NOOP("Errors", "The terminal did not accept the till's signature (MAC)."),
)
COUNTER_FAILED = _said(
    "point_counter_failed",
    QT_TRANSLATE_NOOP("Errors", "The terminal refused the till's message counter."),
)
RESULT_UNKNOWN = _said(
    "point_result_unknown",
    QT_TRANSLATE_NOOP("Errors", "The terminal answered with result code {result_code}: {text}."),
)
RESULT_UNKNOWN_SILENT = _said(
    "point_result_unknown_no_text",
    QT_TRANSLATE_NOOP("Errors", "The terminal answered with result code {result_code}."),
)


SUCCESS = -1
CONFIRMATION_UNEXPECTED = 59069
INCORRECT_CONFIRMATION_VALUE = 59070
DEVICE_BUSY = 59002

_TABLE = (
    ResultCode(-1, _said("point_ok", QT_TRANSLATE_NOOP("Errors", "Done."))),
    ResultCode(
        2,
        _said(
            "point_in_flight",
            QT_TRANSLATE_NOOP("Errors", "The terminal is sending the payment to the bank."),
        ),
    ),
    ResultCode(
        19,
        _said(
            "point_unknown_mac_label",
            QT_TRANSLATE_NOOP(
                "Errors", "The terminal does not know this till; pair the terminal again."
            ),
        ),
        True,
    ),
    ResultCode(
        40001,
        _said(
            "point_base64_error",
            QT_TRANSLATE_NOOP("Errors", "The terminal could not encode its answer."),
        ),
    ),
    ResultCode(
        40002,
        _said(
            "point_encryption_error",
            QT_TRANSLATE_NOOP("Errors", "The terminal could not encrypt its answer."),
        ),
    ),
    ResultCode(
        40006,
        _said(
            "point_decryption_error",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The terminal could not check the till's message; pair the terminal again.",
            ),
        ),
        True,
    ),
    ResultCode(
        40007,
        _said(
            "point_mac_missing",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The terminal did not accept the till's signature (MAC); pair the terminal again.",
            ),
        ),
        True,
    ),
    ResultCode(
        40009,
        _said(
            "point_entry_code_mismatch",
            QT_TRANSLATE_NOOP(
                "Errors", "The pairing code typed on the terminal was not the one the till showed."
            ),
        ),
    ),
    ResultCode(
        56023,
        _said(
            "point_invoice_mismatch",
            QT_TRANSLATE_NOOP(
                "Errors", "The terminal found a different invoice number for a repeated payment."
            ),
        ),
    ),
    ResultCode(
        56783,
        _said(
            "point_duplicate",
            QT_TRANSLATE_NOOP(
                "Errors", "The terminal declined the payment as a duplicate of an earlier one."
            ),
        ),
    ),
    ResultCode(
        59001,
        _said(
            "point_cancelled",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The payment was cancelled on the terminal (by the customer or a timeout).",
            ),
        ),
    ),
    ResultCode(
        59002,
        _said(
            "point_busy",
            QT_TRANSLATE_NOOP(
                "Errors", "The terminal is busy with another request; try again in a moment."
            ),
        ),
    ),
    ResultCode(
        59003,
        _said(
            "point_session_open",
            QT_TRANSLATE_NOOP("Errors", "The terminal already has a payment session open."),
        ),
    ),
    ResultCode(59005, COUNTER_FAILED, True),
    ResultCode(59020, AUTH_FAILED, True),
    ResultCode(59040, AUTH_FAILED, True),
    ResultCode(59045, COUNTER_FAILED, True),
    ResultCode(59051, AUTH_FAILED, True),
    ResultCode(
        59069,
        _said(
            "point_confirmation_unexpected",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The terminal was not waiting for an ID check answer (Confirmation Unexpected).",
            ),
        ),
    ),
    ResultCode(
        59070,
        _said(
            "point_confirmation_value",
            QT_TRANSLATE_NOOP(
                "Errors",
                "The terminal did not accept the ID check answer (Incorrect Confirmation Value).",
            ),
        ),
    ),
)
RESULT_CODES: dict[int, ResultCode] = {entry.code: entry for entry in _TABLE}


def describe(code: int | None, response_text: str = "") -> ResultCode:
    """The table entry for `code`, or a generic one that names the code and the text."""
    known = RESULT_CODES.get(code) if code is not None else None
    if known is not None:
        return known
    text = response_text.strip()[:80]  # the terminal's own words, shown as they came
    return ResultCode(
        code if code is not None else 0,
        RESULT_UNKNOWN if text else RESULT_UNKNOWN_SILENT,
        params={"result_code": "-" if code is None else code, "text": text},
    )


def needs_resync(code: int | None) -> bool:
    """A MAC or COUNTER rejection: resync with ADMIN GET_COUNTER (once) before giving up."""
    entry = RESULT_CODES.get(code) if code is not None else None
    return entry is not None and entry.authentication
