"""The Wallee terminal behind checkout's PaymentTerminal port (checkout/ports.py).

Everything LTI about a payment is here: the financialTrxRequest with its trxSyncNumber (the
counter checkout keeps for this terminal kind), the ep2 fields of the slip, error codes and
their messages, the reversalRequest, the reprint-based recovery (recovery.py judges), the
abortCode of a stopped card entry and the admin requests (admin.py). What leaves this module is
the till's own values: Approved, Declined, Refused, Unknown, Reversed, AdminResult.

Counters (LTI section 7): a financialTrxResponse (approved or declined) means the number was
used, and the next request needs the next one; an errorNotification keeps it (7.2.1); an
unknown outcome keeps it too, so nothing is charged again before it is settled (the sale is
locked meanwhile).
"""

from __future__ import annotations

import logging
from typing import Any

from till.adapters.wallee import admin as lti_admin
from till.adapters.wallee.recovery import (
    ReversalVerdict,
    Verdict,
    describe,
    judge,
    judge_reversal,
    last_transaction,
    reversal_answer_mismatch,
    sync_number_of,
)
from till.adapters.wallee.terminal import (
    SilentPrompts as SilentLtiPrompts,
)
from till.adapters.wallee.terminal import (
    TerminalAnswer,
    TerminalClient,
)
from till.checkout.ports import (
    AdminCommand,
    AdminResult,
    Approved,
    Audience,
    Declined,
    Progress,
    Question,
    Reason,
    Refused,
    Reversed,
    TerminalLines,
    TerminalLost,
    TerminalPrompts,
    TerminalReference,
    TerminalState,
    TerminalUnavailable,
    Unknown,
    restate,
)
from till.core.card import CardPayment, CardPaymentKind, CardSlip, sale_part
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.protocols.lti import (
    ABORT_CODE_OTHER_PAYMENT,
    ABORT_CODE_STANDARD,
    CardEntryNotification,
    CardRemovalNotification,
    ConfirmationRequest,
    DisplayNotification,
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    ReprintReceiptRequest,
    ReversalRequest,
    TrxAbortNotification,
    TrxData,
    TrxEndNotification,
    TrxStartNotification,
    error_message,
    terminal_error,
    trx_info_mask,
)

log = logging.getLogger(__name__)

KIND = "wallee"
TRANSACTION_TYPE = {CardPaymentKind.PURCHASE: 0, CardPaymentKind.CREDIT: 4}
PLAIN_TEXT_RECEIPTS = 1  # receiptFormat 1: pre-formatted plain text (6.1, 6.8)
ENTRY_MODES = {0: Progress.CARD_SWIPED, 1: Progress.CARD_INSERTED, 2: Progress.CARD_PRESENTED}


def audience(display_type: str | None) -> Audience:
    """Which screen a displayType addresses (6.15, 6.16); without one, whoever looks."""
    kind = (display_type or "").strip().upper()
    if kind == "ATTENDANT":
        return Audience.ATTENDANT
    if kind == "CARDHOLDER":
        return Audience.CUSTOMER
    return Audience.BOTH


def progress(notification: Any) -> Progress | None:
    """A transaction status notification (6.26) in the till's words; None if not one."""
    if isinstance(notification, CardEntryNotification):
        return ENTRY_MODES.get(notification.card_entry_mode, Progress.CARD_READ)  # type: ignore[arg-type]
    if isinstance(notification, CardRemovalNotification):
        return Progress.CARD_REMOVED
    if isinstance(notification, TrxStartNotification):
        return Progress.STARTED
    if isinstance(notification, TrxEndNotification):
        return Progress.ENDED
    if isinstance(notification, TrxAbortNotification):
        return Progress.ABORTED
    return None


def question(request: ConfirmationRequest, answer_within: float) -> Question:
    reminder = request.timeout if request.timeout_reminder else None
    return Question(
        lines=request.lines,
        audience=audience(request.display_type),
        answer_within=answer_within,
        remind_after=float(reminder) if reminder is not None else None,
    )


APPROVED_NO_AMOUNT = Message(
    "wallee_approved_no_amount",
    QT_TRANSLATE_NOOP("Errors", "The card terminal said approved but gave no amount."),
)
UNKNOWN_RESULT = Message(
    "wallee_unknown_result",
    QT_TRANSLATE_NOOP("Errors", "The card terminal answered an unknown result ({result})."),
)
REVERSAL_MISMATCH = Message(
    "wallee_reversal_mismatch",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal reversed another transaction or another amount than asked."
    ),
)
NO_RECORD = Message(
    "wallee_no_record",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal has no record of this payment: nothing was charged."
    ),
)
REVERSAL_NOT_DONE = Message(
    "wallee_reversal_not_done",
    QT_TRANSLATE_NOOP("Errors", "The reversal did not happen on the card terminal."),
)
UNDECIDED = Message(
    "wallee_undecided",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal's record does not say what became of the payment."
    ),
)


def _terminal_error(code: str | None, text: str | None) -> TillError:
    """An ErrorNotification as a value: the code's Message, or the terminal's own words."""
    message, params = terminal_error(code, text)
    return TillError(message, **params)


class PromptsForLti:
    """The till's neutral prompts, as the LTI transport calls them (terminal.LtiPrompts)."""

    def __init__(self, prompts: TerminalPrompts) -> None:
        self.prompts = prompts
        self._asked: dict[int, Question] = {}  # id(request) -> its question, for the reminder

    def show_display(self, notification: DisplayNotification) -> None:
        hold = max(float(notification.min_display_time or 0), 0.0)
        self.prompts.show_lines(
            TerminalLines(audience(notification.display_type), notification.lines, hold)
        )

    def show_status(self, notification: Any) -> None:
        step = progress(notification)
        if step is None:
            log.info("terminal status %s not shown", type(notification).__name__)
            return
        self.prompts.show_progress(step)

    async def confirm(self, request: ConfirmationRequest, answer_within: float) -> bool:
        asked = question(request, answer_within)
        self._asked[id(request)] = asked
        try:
            return await self.prompts.ask(asked)
        finally:
            self._asked.pop(id(request), None)

    def remind(self, request: ConfirmationRequest) -> None:
        asked = self._asked.get(id(request))
        if asked is not None:
            self.prompts.remind(asked)


# LTI 6.1, financialTrxResponse (and lastTrx) field cvm, "the cardholder verification method
# used": 2 signature, 6 offline encrypted PIN + signature, 7 offline plaintext PIN + signature,
# 8 online PIN + signature. With these the merchant's copy is printed for the cardholder to sign.
SIGNATURE_CVMS = frozenset({2, 6, 7, 8})


def slip_from(response: Any, printouts: tuple = ()) -> CardSlip:
    """What the till receipt needs from a financialTrxResponse (or lastTrx) and its printer
    notifications. The tip is kept on the slip: the receipt's record shows what the card paid
    beyond the sale."""
    merchant = "\n".join(p.merchant_receipt for p in printouts if p.merchant_receipt)
    cardholder = "\n".join(p.cardholder_receipt for p in printouts if p.cardholder_receipt)
    return CardSlip(
        masked_pan=response.card_number or "",
        app_label=response.card_app_label or "",
        auth_code=response.ep2_auth_code or "",
        terminal_id=response.ep2_trm_id or "",
        trx_seq_cnt=response.ep2_trx_seq_cnt,
        transaction_time=response.transaction_time or "",
        merchant_receipt=merchant,
        cardholder_receipt=cardholder,
        tip=getattr(response, "amount_tip", None) or 0,
        signature=getattr(response, "cvm", None) in SIGNATURE_CVMS,
    )


class WalleeTerminal:
    """PaymentTerminal over one TerminalClient (the LTI connection)."""

    kind = KIND

    def __init__(
        self, client: TerminalClient, *, pos_id: str, currency: str = "752", language: str = "sv"
    ) -> None:
        self.client = client
        self.pos_id = pos_id
        self.currency = currency
        self.language = language

    # -- state -----------------------------------------------------------------------------

    @property
    def state(self) -> TerminalState:
        return self.client.state

    @property
    def state_message(self) -> Reason:
        return self.client.state_message

    @property
    def address(self) -> str:
        return self.client.address

    def subscribe(self, listener: Any) -> None:
        self.client.subscribe(listener)

    def start(self) -> None:
        self.client.start()

    async def close(self) -> None:
        await self.client.close()

    # -- references ------------------------------------------------------------------------

    def prepare(self, kind: CardPaymentKind, amount: int, counter: int) -> TerminalReference:
        return TerminalReference({"trx_sync_number": counter})

    def describe(self, reference: TerminalReference) -> str:
        return f"trxSyncNumber {reference.values.get('trx_sync_number')}"

    def used_counter(self, reference: TerminalReference) -> int | None:
        value = reference.values.get("trx_sync_number")
        return value if isinstance(value, int) else None

    # -- charging --------------------------------------------------------------------------

    async def charge(
        self, payment: CardPayment, prompts: TerminalPrompts
    ) -> Approved | Declined | Refused | Unknown:
        sync = sync_number_of(payment)
        assert sync is not None, "a Wallee payment carries its trxSyncNumber"
        request = FinancialTrxRequest(
            pos_id=self.pos_id,
            trx_sync_number=sync,
            trx_data=TrxData(
                amount=payment.amount,
                currency=self.currency,
                transaction_type=TRANSACTION_TYPE[payment.kind],
                partial_approval_cap=1 if payment.kind is CardPaymentKind.PURCHASE else None,
            ),
            trx_info=trx_info_mask(),
            receipt_format=PLAIN_TEXT_RECEIPTS,
        )
        try:
            answer = await self.client.request(request, PromptsForLti(prompts))
        except TerminalLost as error:
            return Unknown(error, detail=error.detail)
        return self._outcome(payment, sync, answer)

    def _outcome(
        self, payment: CardPayment, sync: int, answer: TerminalAnswer
    ) -> Approved | Declined | Refused | Unknown:
        final = answer.final
        if isinstance(final, ErrorNotification):
            return Refused(
                _terminal_error(final.error_code, final.error_text),
                code=f"terminal_{final.error_code or 'error'}",
                data={"error_code": final.error_code},
            )
        assert isinstance(final, FinancialTrxResponse)
        slip = slip_from(final, answer.printouts)
        if final.trx_result == 1:
            return Declined(slip=slip, counter_used=sync)
        part = sale_part(final.amount_auth, final.amount_tip, payment.amount)
        if final.trx_result != 0 or part is None:
            # "Authorised" without an amount (or a result we do not know) is no decline: the card
            # may be charged. Settled from the terminal's record; the number is not used up, so
            # nothing is charged again meanwhile (the sale is locked).
            why = (
                TillError(APPROVED_NO_AMOUNT)
                if final.trx_result == 0
                else TillError(UNKNOWN_RESULT, result=final.trx_result)
            )
            data = {
                "trx_result": final.trx_result,
                "amount_auth": final.amount_auth,
                "amount_tip": final.amount_tip,
            }
            return Unknown(why, answered=True, detail=repr(final), data=data)
        tip = final.amount_tip or 0
        data = {"amount_auth_terminal": final.amount_auth, "tip": tip} if tip else None
        return Approved(part, tip=tip, slip=slip, counter_used=sync, data=data)

    async def abort_card_entry(self, *, customer_pays_otherwise: bool = False) -> None:
        """abortCardEntryNotification (6.18): "01" standard, "02" the customer pays otherwise."""
        code = ABORT_CODE_OTHER_PAYMENT if customer_pays_otherwise else ABORT_CODE_STANDARD
        await self.client.abort_card_entry(code)

    # -- reversals -------------------------------------------------------------------------

    async def reverse(self, payment: CardPayment) -> Reversed | Refused | Unknown:
        intent = payment.reversal
        assert intent is not None
        request = ReversalRequest(
            pos_id=self.pos_id,
            orig_trx_seq_cnt=intent.orig_trx_seq_cnt if intent.by_seq_cnt else None,
            receipt_format=PLAIN_TEXT_RECEIPTS,
        )
        try:
            answer = await self.client.request(request, SilentLtiPrompts())
        except TerminalLost as error:
            return Unknown(error, detail=error.detail)
        final = answer.final
        if isinstance(final, ErrorNotification):
            return Refused(
                _terminal_error(final.error_code, final.error_text),
                code="reversal_refused",
                data={"error_code": final.error_code, "error_text": final.error_text},
            )
        orig = getattr(final, "ep2_trx_seq_cnt_orig_trx", None)
        amount_rev = getattr(final, "amount_rev", None)
        evidence = {
            "amount_rev": amount_rev,
            "orig_trx_seq_cnt": orig,
            "rev_trx_seq_cnt": getattr(final, "ep2_trx_seq_cnt", None),
            "slip": "\n".join(p.merchant_receipt for p in answer.printouts if p.merchant_receipt),
        }
        mismatch = reversal_answer_mismatch(payment, orig, amount_rev)
        if mismatch:
            why = TillError(REVERSAL_MISMATCH, detail=mismatch)
            return Unknown(why, answered=True, detail=mismatch, data=evidence)
        return Reversed(data=evidence)

    # -- unknown outcomes ------------------------------------------------------------------

    async def _ask_last_transaction(self) -> TerminalAnswer:
        """reprintReceiptRequest TRX (6.12): the terminal's record of its last transaction.
        Raises TerminalUnavailable when the terminal cannot be asked right now."""
        try:
            return await self.client.request(
                ReprintReceiptRequest(pos_id=self.pos_id, type="TRX"), SilentLtiPrompts()
            )
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None

    async def learn(self, payment: CardPayment) -> Approved | Declined | Refused | Unknown:
        answer = await self._ask_last_transaction()
        last, record = last_transaction(answer.final)
        verdict = judge(payment, last)
        log.info("payment %s judged %s from %s", payment.payment_id, verdict, last)
        evidence = {"verdict": verdict.value, "last": describe(last)}
        part = sale_part(last.amount_auth, last.amount_tip, payment.amount) if last else None
        sync = sync_number_of(payment)
        if verdict is Verdict.CHARGED and part is not None:
            slip = slip_from(record, answer.printouts)
            return Approved(part, tip=slip.tip, slip=slip, counter_used=sync, data=evidence)
        if verdict is Verdict.DECLINED:
            return Declined(counter_used=sync, data=evidence)
        if verdict is Verdict.NOT_CHARGED:
            return Refused(TillError(NO_RECORD), data=evidence)
        return Unknown(TillError(UNDECIDED), answered=True, detail=str(evidence), data=evidence)

    async def learn_reversal(self, payment: CardPayment) -> Reversed | Refused | Unknown:
        answer = await self._ask_last_transaction()
        last, _record = last_transaction(answer.final)
        verdict = judge_reversal(payment, last)
        log.info("reversal of %s judged %s from %s", payment.payment_id, verdict, last)
        evidence = {"verdict": verdict.value, "last": describe(last)}
        if verdict is ReversalVerdict.REVERSED:
            return Reversed(data=evidence)
        if verdict is ReversalVerdict.NOT_REVERSED:
            return Refused(TillError(REVERSAL_NOT_DONE), data=evidence)
        return Unknown(TillError(UNDECIDED), answered=True, detail=str(evidence), data=evidence)

    # -- administration --------------------------------------------------------------------

    def admin_commands(self) -> tuple[AdminCommand, ...]:
        return tuple(AdminCommand(c.name, c.label, c.slow) for c in lti_admin.COMMANDS)

    async def admin(
        self, name: str, counter: int, prompts: TerminalPrompts | None = None
    ) -> AdminResult:
        command = next((c for c in lti_admin.COMMANDS if c.name == name), None)
        if command is None:
            raise ValueError(f"unknown terminal command {name!r}")
        request = command.build(self.pos_id, self.language, counter)
        timeout = 900.0 if command.slow else None
        lti_prompts = PromptsForLti(prompts) if prompts is not None else SilentLtiPrompts()
        answer = await self.client.request(request, lti_prompts, timeout=timeout)
        printouts = tuple(
            text
            for p in answer.printouts
            for text in (p.merchant_receipt, p.cardholder_receipt)
            if text
        )
        final = answer.final
        if isinstance(final, ErrorNotification):
            summary = error_message(final.error_code, final.error_text)
            said = _terminal_error(final.error_code, final.error_text)
            return AdminResult(
                name, False, summary, printouts, final.error_code or summary, said=said
            )
        summary = lti_admin.describe(final) or f"{command.label}: done."
        return AdminResult(name, True, summary, printouts)


__all__ = ["KIND", "PromptsForLti", "WalleeTerminal", "slip_from"]
