"""The RESULT_CODEs the till must handle, each with a stable key and a plain English message
(the UI translates by key later).

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

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResultCode:
    code: int
    key: str
    message: str
    authentication: bool = False  # a MAC/COUNTER/label problem: resync, then pair again


SUCCESS = -1
CONFIRMATION_UNEXPECTED = 59069
INCORRECT_CONFIRMATION_VALUE = 59070
DEVICE_BUSY = 59002

_TABLE = (
    ResultCode(-1, "point_ok", "Done."),
    ResultCode(2, "point_in_flight", "The terminal is sending the payment to the bank."),
    ResultCode(
        19,
        "point_unknown_mac_label",
        "The terminal does not know this till; pair the terminal again.",
        True,
    ),
    ResultCode(40001, "point_base64_error", "The terminal could not encode its answer."),
    ResultCode(40002, "point_encryption_error", "The terminal could not encrypt its answer."),
    ResultCode(
        40006,
        "point_decryption_error",
        "The terminal could not check the till's message; pair the terminal again.",
        True,
    ),
    ResultCode(
        40007,
        "point_mac_missing",
        "The terminal did not accept the till's signature (MAC); pair the terminal again.",
        True,
    ),
    ResultCode(
        40009,
        "point_entry_code_mismatch",
        "The pairing code typed on the terminal was not the one the till showed.",
    ),
    ResultCode(
        56023,
        "point_invoice_mismatch",
        "The terminal found a different invoice number for a repeated payment.",
    ),
    ResultCode(
        56783,
        "point_duplicate",
        "The terminal declined the payment as a duplicate of an earlier one.",
    ),
    ResultCode(
        59001,
        "point_cancelled",
        "The payment was cancelled on the terminal (by the customer or a timeout).",
    ),
    ResultCode(
        59002, "point_busy", "The terminal is busy with another request; try again in a moment."
    ),
    ResultCode(59003, "point_session_open", "The terminal already has a payment session open."),
    ResultCode(
        59005, "point_counter_failed", "The terminal refused the till's message counter.", True
    ),
    ResultCode(
        59020, "point_auth_failed", "The terminal did not accept the till's signature (MAC).", True
    ),
    ResultCode(
        59040, "point_auth_failed", "The terminal did not accept the till's signature (MAC).", True
    ),
    ResultCode(
        59045, "point_counter_failed", "The terminal refused the till's message counter.", True
    ),
    ResultCode(
        59051, "point_auth_failed", "The terminal did not accept the till's signature (MAC).", True
    ),
    ResultCode(
        59069,
        "point_confirmation_unexpected",
        "The terminal was not waiting for an ID check answer (Confirmation Unexpected).",
    ),
    ResultCode(
        59070,
        "point_confirmation_value",
        "The terminal did not accept the ID check answer (Incorrect Confirmation Value).",
    ),
)
RESULT_CODES: dict[int, ResultCode] = {entry.code: entry for entry in _TABLE}


def describe(code: int | None, response_text: str = "") -> ResultCode:
    """The table entry for `code`, or a generic one that names the code and the text."""
    known = RESULT_CODES.get(code) if code is not None else None
    if known is not None:
        return known
    text = response_text.strip()[:80]
    shown = "none" if code is None else str(code)
    detail = f": {text}" if text else ""
    return ResultCode(
        code if code is not None else 0,
        "point_result_unknown",
        f"The terminal answered with result code {shown}{detail}.",
    )


def needs_resync(code: int | None) -> bool:
    """A MAC or COUNTER rejection: resync with ADMIN GET_COUNTER (once) before giving up."""
    entry = RESULT_CODES.get(code) if code is not None else None
    return entry is not None and entry.authentication
