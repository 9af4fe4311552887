"""The simulated terminal's answers to every PoS request but the payment: reversal, reprint,
final balance, maintenance with its admin receipt, and the plain data answers."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from till.protocols.lti import (
    ActivationRequest,
    AdaptAmountRequest,
    BeFinalBalanceRequest,
    BeFinalBalanceResponse,
    BeTransmissionRequest,
    CancelReservationRequest,
    CancelReservationResponse,
    CheckCouponIdRequest,
    CheckCouponIdResponse,
    CommAddr,
    CommitAuthorisationPurchaseRequest,
    ConfigDataRequest,
    ConfigDataResponse,
    DeactivationRequest,
    Ep2TerminalConfigData,
    FinancialTrxRequest,
    GeneratePanTokenRequest,
    GeneratePanTokenResponse,
    InterEodReceiptRequest,
    LtiMessage,
    MiSubmissionRequest,
    PingRequest,
    PingResponse,
    PinpadInformationRequest,
    PinpadInformationResponse,
    PosRequest,
    PrintCurrencyRateTicketRequest,
    ReprintReceiptRequest,
    ReprintReceiptResponse,
    ReversalRequest,
    SiConfigRequest,
    SiInitRequest,
    SleepRequest,
    SleepResponse,
    TaxFreeVoidVoucherRequest,
    TaxFreeVoidVoucherResponse,
    TaxFreeVoucherRequest,
    TaxFreeVoucherResponse,
    WaitForCardPresentRequest,
    WaitForCardPresentResponse,
    WaitForCardRemovedRequest,
    WaitForCardRemovedResponse,
)
from till.protocols.lti.messages import AcquirerData, TerminalApplicationConfigData
from till.simulators.lti.payment import financial_trx
from till.simulators.lti.record import (
    admin_receipt,
    currency_name,
    decimal_amount,
    now,
    print_receipts,
)
from till.simulators.lti.scenarios import Scenario, error_notification
from till.simulators.lti.session import Dropped

if TYPE_CHECKING:
    from till.simulators.lti.session import Session
    from till.simulators.lti.simulator import LtiSimulator


async def _reversal(sim: LtiSimulator, session: Session, request: ReversalRequest) -> None:
    """6.8: the last transaction, or the one origTrxSeqCnt names (multiple reversal)."""
    scenario = sim.scenario
    if scenario is Scenario.IGNORE_REVERSAL:
        await asyncio.Event().wait()  # as if it never arrived; ends with the connection
    trx = sim.last
    if request.orig_trx_seq_cnt is not None:
        trx = next(
            (
                t
                for t in reversed(sim.transactions)
                if t.response.ep2_trx_seq_cnt == request.orig_trx_seq_cnt
            ),
            None,
        )
    if trx is None or not trx.approved:
        await session.send(error_notification("VCS.ERR.0031"))
        return
    if trx.reversal is not None:
        await session.send(error_notification("TRM.PT.0609"))
        return
    if scenario is Scenario.REFUSE_REVERSAL:
        await session.send(error_notification(sim.reversal_error))
        return
    reversal = sim.reverse(trx)
    sim.last = trx  # the terminal's record is now this reversal (6.12 lastRev)
    if scenario is Scenario.HOLD_REVERSAL_RESPONSE:
        await asyncio.Event().wait()  # done, but the answer never comes
    if scenario is Scenario.DROP_BEFORE_REVERSAL_RESPONSE:
        raise Dropped
    assert trx.reversal_receipts is not None
    await print_receipts(session, trx.reversal_receipts)
    await session.send(reversal)


async def _reprint(sim: LtiSimulator, session: Session, request: ReprintReceiptRequest) -> None:
    if (request.type or "TRX").upper() == "EOD":
        await admin_receipt(session, sim.terminal_id, "Final balance (copy)")
        await session.send(ReprintReceiptResponse())
        return
    last = sim.last
    if last is None:
        await session.send(error_notification("VCS.ERR.0035"))
        return
    if last.reversal is not None:
        assert last.reversal_receipts is not None
        await print_receipts(session, last.reversal_receipts)
        await session.send(ReprintReceiptResponse(last_rev=last.reversal))
        return
    await print_receipts(session, (last.merchant_receipt, last.cardholder_receipt))
    await session.send(ReprintReceiptResponse(last_trx=last.response))


async def _final_balance(
    sim: LtiSimulator, session: Session, request: BeFinalBalanceRequest
) -> None:
    sim.auto_reverse(request.trx_sync_number)  # 7.2.3
    lines = []
    totals: dict[str, int] = {}
    for trx in sim.transactions:
        if trx.reversal is None:
            currency = trx.response.amount_auth_curr or ""
            totals[currency] = totals.get(currency, 0) + (trx.response.amount_auth or 0)
    lines += [
        f"Total {currency_name(cur)} : {decimal_amount(amount)}" for cur, amount in totals.items()
    ]
    lines.append(f"Transactions: {len(sim.transactions)}")
    reversed_ = [t for t in sim.transactions if t.automatic_reversal]
    if reversed_:  # 7.3: the Transaction Sync Report
        lines.append("Transaction Sync Report")
        lines += [
            f"Purch {decimal_amount(t.response.amount_auth or 0)} A.Rev "
            f"{t.response.ep2_trx_seq_cnt} {t.trx_sync_number}"
            for t in reversed_
        ]
    await admin_receipt(session, sim.terminal_id, "Final balance", *lines)
    sim.transactions.clear()
    await session.send(BeFinalBalanceResponse(trx_sync_number=request.trx_sync_number))


async def _simple(sim: LtiSimulator, session: Session, request: PosRequest) -> None:
    """Maintenance requests: an admin receipt where the terminal prints, then the
    response (sections 5.1, 5.2, 6.2-6.6, 6.10, 6.11, 6.21, 6.25)."""
    kind = type(request)
    if kind is ActivationRequest:
        sim.active = True
        await admin_receipt(session, sim.terminal_id, "Activation")
    elif kind is DeactivationRequest:
        sim.active = False
        await admin_receipt(session, sim.terminal_id, "Deactivation")
    elif kind in _ADMIN_TITLES:
        await admin_receipt(session, sim.terminal_id, _ADMIN_TITLES[kind])
    await session.send(kind.response())


async def _other(sim: LtiSimulator, session: Session, request: PosRequest) -> None:
    """Requests answered with data and no receipt."""
    await session.send(_plain_answer(sim, request))


def _plain_answer(sim: LtiSimulator, request: PosRequest) -> LtiMessage:
    if isinstance(request, PingRequest):
        return PingResponse()
    if isinstance(request, ConfigDataRequest):
        return ConfigDataResponse(
            acquirer_data_list=(
                AcquirerData(
                    acquirer_id="00000000001",
                    terminal_application_config_data_list=(
                        TerminalApplicationConfigData(aid="QTAwMDAwMDAwMDMxMDEw", brand="Visa"),
                        TerminalApplicationConfigData(
                            aid="QTAwMDAwMDAwMDQxMDEw", brand="MasterCard"
                        ),
                    ),
                ),
            ),
            ep2_tcd=Ep2TerminalConfigData(
                comm_addr_gate_way=CommAddr(internet_port_no="8080", internet_addr="127.0.0.1"),
                trm_id=sim.terminal_id,
            ),
            ep2_version="0700",
        )
    if isinstance(request, PinpadInformationRequest):
        seconds = int(now().timestamp())
        return PinpadInformationResponse(
            terminal_id=sim.terminal_id,
            vpj_software_version="till-simulator",
            serial_number="SIM-0001",
            hardware_type="Simulator",
            log_level="INFO",
            pinpad_local_time=str(seconds),
            pinpad_current_time=str(seconds),
            time_zone="Europe/Stockholm",
            offline_trx_number="0",
            offline_trx_amount="0",
        )
    if isinstance(request, WaitForCardPresentRequest):
        return WaitForCardPresentResponse(card_present=True)
    if isinstance(request, WaitForCardRemovedRequest):
        return WaitForCardRemovedResponse(card_present=False)
    if isinstance(request, CheckCouponIdRequest):
        return CheckCouponIdResponse(result=0)
    if isinstance(request, GeneratePanTokenRequest):
        return GeneratePanTokenResponse(pan_token=b"SIMULATED-PAN-TOKEN-0267")
    if isinstance(request, SleepRequest):
        return SleepResponse(next_contact_time=3600)
    if isinstance(request, CancelReservationRequest):
        return CancelReservationResponse(
            acquirer_id=request.acquirer_id,
            transaction_ref_number=request.transaction_ref_number,
            ep2_trx_seq_cnt=sim.next_seq(),
            ep2_trm_id=sim.terminal_id,
            result=0,
            transaction_time=now().strftime("%Y%m%d%H%M%S"),
        )
    if isinstance(request, AdaptAmountRequest | CommitAuthorisationPurchaseRequest):
        last = sim.last
        amount = (
            request.adapted_amount if isinstance(request, AdaptAmountRequest) else request.amount
        )
        if last is None or not last.approved or last.reversal is not None:
            return error_notification("VCS.ERR.0031")
        if amount > (last.response.amount_auth or 0):
            return error_notification("VCS.ERR.0038")
        return request.response()
    if isinstance(request, TaxFreeVoucherRequest):
        return TaxFreeVoucherResponse(voucher_number=f"SIM-{sim.next_seq()}")
    if isinstance(request, TaxFreeVoidVoucherRequest):
        return TaxFreeVoidVoucherResponse()
    return error_notification("VCS.ERR.0005")


_ADMIN_TITLES: dict[type, str] = {
    SiConfigRequest: "Configuration",
    SiInitRequest: "Initialisation",
    BeTransmissionRequest: "Transmission",
    MiSubmissionRequest: "Submission",
    InterEodReceiptRequest: "Intermediate balance",
    PrintCurrencyRateTicketRequest: "Currency rates",
}


HANDLERS: dict[type, Any] = {
    FinancialTrxRequest: financial_trx,
    ReversalRequest: _reversal,
    ReprintReceiptRequest: _reprint,
    BeFinalBalanceRequest: _final_balance,
    ActivationRequest: _simple,
    DeactivationRequest: _simple,
    **dict.fromkeys(_ADMIN_TITLES, _simple),
    **dict.fromkeys(
        (
            PingRequest,
            ConfigDataRequest,
            PinpadInformationRequest,
            WaitForCardPresentRequest,
            WaitForCardRemovedRequest,
            CheckCouponIdRequest,
            GeneratePanTokenRequest,
            SleepRequest,
            CancelReservationRequest,
            AdaptAmountRequest,
            CommitAuthorisationPurchaseRequest,
            TaxFreeVoucherRequest,
            TaxFreeVoidVoucherRequest,
        ),
        _other,
    ),
}
