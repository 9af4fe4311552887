"""Point answers judged in the till's words (checkout.ports): Approved, Declined, Refused,
Unknown, Reversed. Pure: no I/O.

How a payment ended. The SCA pages give RESULT_CODE -1 for a command that completed, with the
transaction's own result in RESULT (CAPTURED, APPROVED, DECLINED, VOIDED, ...); the gateway
result codes of the same family (IPCharge/PayPoint: 4 Captured, 5 Approved, 6 Declined,
7 Voided, 10 Completed) may come instead, so both are read. The "Point Device Codes" table
(https://verifone.cloud/docs/sca-functional-specification/html/result_codes/device_codes)
lists what the device itself refused (59001 cancelled, 59002 busy, MAC errors, ...): nothing
moved. Anything else (2 "in flight", a code not in either list, approved without an amount)
is Unknown: a person or the terminal's record decides, never a guess.

The terminal's record (REPORT LAST_TRAN) names the last transaction by the INVOICE given at
SESSION START and its CTROUTD: a record of another invoice means ours never completed.

Decision: CTROUTD, the terminal's transaction id that a VOID names, goes into the slip's
`trx_seq_cnt` when it is digits (card payments; checkout copies it into the reversal intent
it writes ahead), and always into the outcome's data for the journal. An APM order id that is
not digits cannot be kept there; its VOID asks LAST_TRAN first (terminal.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from till.checkout.ports import Approved, Declined, Refused, Reversed, Unknown
from till.core.card import CardPayment, CardSlip, sale_part
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.protocols.point import RESULT_CODES, PaymentResponse, Response, describe
from till.protocols.point.result_codes import DEVICE_BUSY

KIND = "point"

APPROVED_NO_AMOUNT = Message(
    "point_approved_no_amount",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal said approved but gave no amount the till asked for."
    ),
)
PAYMENT_DECLINED = Message(
    "point_declined", QT_TRANSLATE_NOOP("Errors", "The Klarna payment was declined.")
)
ANSWERED_RESULT = Message(
    "point_answered_result",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal answered with result {result_code} ({result})."
    ),
)
NO_TRANSACTION = Message(
    "point_no_transaction",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal has no transaction on record: nothing was charged."
    ),
)
NO_RECORD = Message(
    "point_no_record",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal has no record of this payment: nothing was charged."
    ),
)
RECORD_VOIDED = Message(
    "point_record_voided",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal's record shows the payment voided: nothing was charged."
    ),
)
UNDECIDED = Message(
    "point_undecided",
    QT_TRANSLATE_NOOP(
        "Errors", "The Klarna terminal's record does not say what became of the payment."
    ),
)
ID_NOT_CONFIRMED = Message(
    "point_id_not_confirmed",
    QT_TRANSLATE_NOOP(
        "Errors", "The customer's ID was not confirmed, so the Klarna payment was declined."
    ),
)
REVERSAL_NOT_DONE = Message(
    "point_reversal_not_done",
    QT_TRANSLATE_NOOP("Errors", "The reversal did not happen on the Klarna terminal."),
)
MAX_SEQ_DIGITS = 18  # fits SQLite's integer and JSON numbers exactly


class Verdict(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"
    VOIDED = "voided"
    REFUSED = "refused"  # the device refused or cancelled: nothing moved
    BUSY = "busy"  # the device is busy: ask again later
    UNKNOWN = "unknown"


_APPROVED_CODES = {4, 5, 10}  # captured, approved, completed
_APPROVED_RESULTS = {"CAPTURED", "APPROVED", "COMPLETED", "PARTIAL APPROVAL", "PARTIALLY APPROVED"}
_DECLINED_CODE = 6
_VOIDED_CODE = 7


def verdict(response: Response) -> Verdict:
    code = response.result_code
    result = response.result.strip().upper()
    if code in _APPROVED_CODES or (code == -1 and result in _APPROVED_RESULTS):
        return Verdict.APPROVED
    if code == _DECLINED_CODE or (code == -1 and result == "DECLINED"):
        return Verdict.DECLINED
    if code == _VOIDED_CODE or (code == -1 and result == "VOIDED"):
        return Verdict.VOIDED
    if code == DEVICE_BUSY:
        return Verdict.BUSY
    if code is not None and code not in (-1, 2) and code in RESULT_CODES:
        return Verdict.REFUSED
    return Verdict.UNKNOWN


def evidence(response: Response, **more: Any) -> dict[str, Any]:
    """What the journal keeps of an answer (beside the payment)."""
    data: dict[str, Any] = {
        "result_code": response.result_code,
        "result": response.result,
        "response_text": response.response_text,
    }
    if isinstance(response, PaymentResponse):
        data.update(
            ctroutd=response.ctroutd,
            invoice=response.invoice,
            approved_amount=response.approved_amount,
            trans_amount=response.trans_amount,
            command=response.command,
        )
    data.update(more)
    return {k: v for k, v in data.items() if v is not None}


def ctroutd_number(ctroutd: str | None) -> int | None:
    text = (ctroutd or "").strip()
    if text.isascii() and text.isdigit() and len(text) <= MAX_SEQ_DIGITS:
        return int(text)
    return None


def slip_of(response: PaymentResponse) -> CardSlip:
    return CardSlip(
        masked_pan=response.extra.get("ACCT_NUM", ""),
        app_label=response.payment_media or response.payment_type or "",
        auth_code=response.auth_code or "",
        trx_seq_cnt=ctroutd_number(response.ctroutd),
    )


def refusal(response: Response, data: Mapping[str, Any] | None = None) -> Refused:
    entry = describe(response.result_code, response.response_text)
    return Refused(TillError(entry.said, **entry.params), code=entry.key, data=data)


def _answered(response: Response) -> TillError:
    return TillError(ANSWERED_RESULT, result_code=response.result_code, result=response.result)


def payment_outcome(
    payment: CardPayment, response: PaymentResponse, more: Mapping[str, Any] | None = None
) -> Approved | Declined | Refused | Unknown:
    """The answer to our CAPTURE or CREDIT."""
    data = evidence(response, **(more or {}))
    found = verdict(response)
    if found is Verdict.APPROVED:
        amount = response.approved_amount or response.trans_amount
        part = sale_part(amount, 0, payment.amount)
        if part is None:
            why = TillError(APPROVED_NO_AMOUNT)
            return Unknown(why, answered=True, detail=repr(response), data=data)
        return Approved(part, slip=slip_of(response), data=data)
    if found is Verdict.DECLINED:
        text = response.response_text.strip()  # the terminal's own words, as they came
        reason = TillError(text, code="point_declined") if text else TillError(PAYMENT_DECLINED)
        return Declined(reason=reason, slip=slip_of(response), data=data)
    if found in (Verdict.REFUSED, Verdict.BUSY):
        return refusal(response, data)
    return Unknown(_answered(response), answered=True, detail=repr(response), data=data)


def _ours(payment_invoice: str | None, record: PaymentResponse) -> bool | None:
    """Is the terminal's last transaction ours? None: the record does not say."""
    if not payment_invoice or not record.invoice:
        return None
    return record.invoice.strip() == payment_invoice


def learned(
    payment: CardPayment, invoice: str | None, record: PaymentResponse
) -> Approved | Declined | Refused | Unknown:
    """An unknown payment judged from REPORT LAST_TRAN."""
    data = evidence(record, learned_from="LAST_TRAN")
    if record.succeeded and not record.command and not record.ctroutd and not record.invoice:
        return Refused(TillError(NO_TRANSACTION), data=data)
    ours = _ours(invoice, record)
    if ours is None:
        return Unknown(TillError(UNDECIDED), answered=True, detail=str(data), data=data)
    if not ours:  # had ours been processed, it would be the last one
        return Refused(TillError(NO_RECORD), data=data)
    found = verdict(record)
    if found is Verdict.VOIDED:
        return Refused(TillError(RECORD_VOIDED), data=data)
    if found in (Verdict.APPROVED, Verdict.DECLINED, Verdict.REFUSED):
        return payment_outcome(payment, record, {"learned_from": "LAST_TRAN"})
    return Unknown(TillError(UNDECIDED), answered=True, detail=str(data), data=data)


def after_denied_id(outcome: Approved | Declined | Refused | Unknown) -> Any:
    """A payment the terminal ended uncharged after the cashier denied the customer's ID is a
    decline in the till's words (the terminal says CANCELLED, 59001): the customer must pay
    another way."""
    if isinstance(outcome, Refused):
        return Declined(reason=TillError(ID_NOT_CONFIRMED), data=outcome.data)
    return outcome


def void_outcome(response: PaymentResponse) -> Reversed | Refused | Unknown:
    """The answer to our VOID."""
    data = evidence(response)
    found = verdict(response)
    if found in (Verdict.VOIDED, Verdict.APPROVED):
        return Reversed(data=data)
    if found in (Verdict.REFUSED, Verdict.BUSY, Verdict.DECLINED):
        return refusal(response, data)
    return Unknown(_answered(response), answered=True, detail=repr(response), data=data)


def learned_reversal(
    ctroutd: str | None, invoice: str | None, record: PaymentResponse
) -> Reversed | Refused | Unknown:
    """A void in doubt judged from REPORT LAST_TRAN: a VOID of our transaction is the last
    record, or our payment still stands as the last record."""
    data = evidence(record, learned_from="LAST_TRAN")
    command = (record.command or "").strip().upper()
    found = verdict(record)
    same_trx = bool(ctroutd) and (record.ctroutd or "").strip() == ctroutd
    same_invoice = _ours(invoice, record)
    voided = found in (Verdict.VOIDED, Verdict.APPROVED)
    if command == "VOID" and (same_trx or same_invoice) and voided:
        return Reversed(data=data)
    if command in ("CAPTURE", "CREDIT") and (same_trx or same_invoice):
        if found is Verdict.APPROVED:
            return Refused(TillError(REVERSAL_NOT_DONE), data=data)
        if found is Verdict.VOIDED:
            return Reversed(data=data)
    return Unknown(TillError(UNDECIDED), answered=True, detail=str(data), data=data)
