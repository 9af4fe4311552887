"""The payment (financialTrxRequest, section 6.1) as the scenario plays it: the card, the
status and display notifications, a confirmation, the failures, the record and receipts."""

from __future__ import annotations

import asyncio
import dataclasses
from typing import TYPE_CHECKING, Any

from till.protocols.lti import (
    AbortCardEntryNotification,
    CardEntryNotification,
    CardRemovalNotification,
    ConfirmationRequest,
    ConfirmationResponse,
    DisplayNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    LtiMessage,
    TimeoutNotification,
    TrxAbortNotification,
    TrxEndNotification,
    TrxStartNotification,
)
from till.protocols.lti.messages import (
    DISPLAY_ATTENDANT,
    DISPLAY_CARDHOLDER,
    TRX_INFO_CARD_ENTRY,
    TRX_INFO_CARD_REMOVAL,
    TRX_INFO_TRX_ABORT,
    TRX_INFO_TRX_END,
    TRX_INFO_TRX_START,
    trx_info_bits,
)
from till.simulators.lti.record import (
    CARD,
    Transaction,
    display_amount,
    now,
    print_receipts,
    receipt_texts,
)
from till.simulators.lti.scenarios import Scenario, error_notification
from till.simulators.lti.session import Dropped

if TYPE_CHECKING:
    from till.simulators.lti.session import Session
    from till.simulators.lti.simulator import LtiSimulator

_TRX_NAMES = {0: "Purchase", 3: "Cash advance", 4: "Credit", 11: "Purchase + cash"}
# Codes raised before any card was read: no card entry or removal notification goes with them.
_BEFORE_CARD = {"TRM.PT.0201", "TRM.PT.0300", "VCS.ERR.0005", "TRM.ID.0007"}


async def financial_trx(sim: LtiSimulator, session: Session, request: FinancialTrxRequest) -> None:
    scenario = sim.scenario
    if not sim.active:
        await session.send(error_notification("VCS.ERR.0005"))
        return
    sim.auto_reverse(request.trx_sync_number)
    bits = trx_info_bits(request.trx_info)
    data = request.trx_data
    amount_text = display_amount(data.amount, data.currency)

    async def status(bit: int, msg: LtiMessage) -> None:
        if bits & bit:  # 6.1.1: only the notifications the till asked for
            await session.send(msg)

    if scenario is Scenario.COALESCE:
        session.start_batch()
    session.split = scenario is Scenario.SPLIT_FRAMES
    try:
        await status(TRX_INFO_TRX_START, TrxStartNotification())
        await session.send(
            DisplayNotification(
                display_type=DISPLAY_ATTENDANT, lines=("Väntar på kort", amount_text)
            )
        )
        await session.send(
            DisplayNotification(
                display_type=DISPLAY_CARDHOLDER,
                lines=(f"Belopp {amount_text}", "Sätt i eller blippa kortet"),
            )
        )
        code = scenario.error_code
        if code in _BEFORE_CARD:
            await _fail(session, status, code, card_read=False)
            return
        aborted = await _wait_for_card(sim, session, forever=scenario is Scenario.NO_CARD)
        if aborted is not None:
            await _fail(session, status, aborted, card_read=False)
            return
        await status(TRX_INFO_CARD_ENTRY, CardEntryNotification(card_entry_mode=1))
        await session.send(
            DisplayNotification(display_type=DISPLAY_CARDHOLDER, lines=("Ange PIN-kod",))
        )
        if code is not None:
            await _fail(session, status, code, card_read=True)
            return
        if scenario is Scenario.DISPLAY_FLOOD:
            await _flood(sim, session)
        if scenario is Scenario.CONFIRM:
            refused = await _confirm(sim, session, amount_text)
            if refused is not None:
                await _fail(session, status, refused, card_read=True)
                return
        await _complete(sim, session, status, request, scenario)
    finally:
        session.split = False
        await session.flush_batch()


async def _wait_for_card(sim: LtiSimulator, session: Session, *, forever: bool) -> str | None:
    """Wait card_delay seconds (or forever) for the card; an abortCardEntryNotification
    (6.18) ends the wait with the error code to send, None means the card came."""
    loop = asyncio.get_running_loop()
    deadline = None if forever else loop.time() + sim.card_delay
    while True:
        timeout = None if deadline is None else max(0.0, deadline - loop.time())
        if timeout == 0.0 and not session.has_till_message():
            return None
        msg = await session.next_till_message(timeout)
        if msg is None:
            return None
        if isinstance(msg, AbortCardEntryNotification):
            # 6.18.1: code 02 means the customer pays another way (cash): stopped.
            code = (msg.abort_code or "01").strip()
            return "TRM.PT.0002" if code.lstrip("0") == "2" else "TRM.PT.0201"


async def _flood(sim: LtiSimulator, session: Session) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(sim.flood_count):
        delay = start + i / sim.flood_rate - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        await session.send(
            DisplayNotification(
                display_type=DISPLAY_CARDHOLDER if i % 2 else DISPLAY_ATTENDANT,
                lines=("Behandlar", f"{i + 1}/{sim.flood_count}"),
            )
        )


async def _confirm(sim: LtiSimulator, session: Session, amount_text: str) -> str | None:
    """6.15: ask the attendant; None when confirmed, else the error code to abort with."""
    timeout, reminder = sim.confirmation_timeout, sim.confirmation_timeout_reminder
    await session.send(
        ConfirmationRequest(
            display_type=DISPLAY_ATTENDANT,
            lines=(f"Belopp {amount_text} OK?",),
            timeout=timeout,
            timeout_reminder=reminder,
        )
    )
    # The till waits timeout + reminder seconds; give it a little more to say so.
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout + reminder + 5.0
    while True:
        msg = await session.next_till_message(max(0.0, deadline - loop.time()))
        if msg is None or isinstance(msg, TimeoutNotification):
            sim.confirmation_timeouts += 1
            return "TRM.PT.0002"
        if isinstance(msg, ConfirmationResponse):
            sim.confirmation_answers.append(msg.result)
            return None if msg.result == 1 else "TRM.PT.0002"


async def _fail(session: Session, status: Any, code: str, *, card_read: bool) -> None:
    if card_read:
        await status(TRX_INFO_CARD_REMOVAL, CardRemovalNotification())
    await session.send(DisplayNotification(display_type=DISPLAY_CARDHOLDER, lines=("Avbrutet",)))
    await status(TRX_INFO_TRX_ABORT, TrxAbortNotification())
    await session.send(error_notification(code))


async def _complete(
    sim: LtiSimulator,
    session: Session,
    status: Any,
    request: FinancialTrxRequest,
    scenario: Scenario,
) -> None:
    data = request.trx_data
    seq = sim.next_seq()
    declined = scenario is Scenario.DECLINE
    amount_auth = data.amount
    tip = 0
    extra: dict[str, Any] = {}
    if scenario is Scenario.PARTIAL:
        amount_auth = data.amount // 2
        extra = {"amount_remaining": data.amount - amount_auth, "partial_approval_flag": 1}
    if scenario is Scenario.TIP:
        tip = sim.tip  # the card is charged the sale and the tip: Total-EFT
        extra = {"amount_tip": tip}
    auth_code = None if declined else f"{(seq * 7919) % 1_000_000:06d}"
    response = FinancialTrxResponse(
        ep2_auth_response_code="05" if declined else "00",
        ep2_auth_result=1 if declined else 0,
        ep2_auth_code=auth_code,
        ep2_trm_id=sim.terminal_id,
        ep2_trx_seq_cnt=seq,
        trx_result=1 if declined else 0,
        amount_auth=None if declined else amount_auth + tip,
        amount_auth_curr=data.currency,
        transaction_ref_number=f"{seq:012d}",
        transaction_time=now().strftime("%Y%m%d%H%M%S"),
        cvm=3,
        trx_sync_number=request.trx_sync_number,
        merchant_reference=request.merchant_reference,
        **CARD,
        **extra,
    )
    title = _TRX_NAMES.get(data.transaction_type or 0, "Transaction")
    if declined:
        title += " DECLINED"
    receipts = receipt_texts(
        sim.terminal_id, title, amount_auth, data.currency, seq, auth_code, tip
    )
    # The terminal's own record comes first: what the till hears of it may get lost.
    trx = Transaction(request, response, *receipts)
    sim.last = trx
    if not declined:
        sim.transactions.append(trx)
    await status(TRX_INFO_CARD_REMOVAL, CardRemovalNotification())
    await session.send(
        DisplayNotification(
            display_type=DISPLAY_CARDHOLDER, lines=("Nekat" if declined else "Godkänt",)
        )
    )
    if scenario is Scenario.DROP_BEFORE_RESPONSE:
        raise Dropped
    await print_receipts(session, receipts)
    await status(TRX_INFO_TRX_END, TrxEndNotification())
    if scenario is Scenario.APPROVE_NO_AMOUNT:  # the record above keeps the amount
        response = dataclasses.replace(response, amount_auth=None)
    await session.send(response)
