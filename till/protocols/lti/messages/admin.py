"""The PoS requests that move no money: terminal maintenance (sections 5.1, 5.2, 6.2-6.7,
6.10, 6.11, 6.13, 6.21, 6.25, 6.27) and card and terminal information (6.19-6.24)."""

from __future__ import annotations

from till.protocols.lti.messages.elements import AcquirerData, Ep2TerminalConfigData
from till.protocols.lti.messages.kinds import (
    PosRequest,
    PosResponse,
    frozen,
    items,
    named,
    pos_request,
)


@named("activationResponse")
@frozen
class ActivationResponse(PosResponse):
    """Section 6.2."""


@pos_request("activationRequest", ActivationResponse)
@frozen
class ActivationRequest(PosRequest):
    pos_id: str | None = None
    language: str | None = None
    receipt_format: int | None = None


@named("siConfigResponse")
@frozen
class SiConfigResponse(PosResponse):
    """Section 6.3."""


@pos_request("siConfigRequest", SiConfigResponse)
@frozen
class SiConfigRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("deactivationResponse")
@frozen
class DeactivationResponse(PosResponse):
    """Section 6.4."""


@pos_request("deactivationRequest", DeactivationResponse)
@frozen
class DeactivationRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("beFinalBalanceResponse")
@frozen
class BeFinalBalanceResponse(PosResponse):
    """Section 6.5."""

    trx_sync_number: int | None = None


@pos_request("beFinalBalanceRequest", BeFinalBalanceResponse)
@frozen
class BeFinalBalanceRequest(PosRequest):
    pos_id: str | None = None
    trx_sync_number: int | None = None
    receipt_format: int | None = None


@named("siInitResponse")
@frozen
class SiInitResponse(PosResponse):
    """Section 6.6."""


@pos_request("siInitRequest", SiInitResponse)
@frozen
class SiInitRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("pingResponse")
@frozen
class PingResponse(PosResponse):
    """Section 6.7."""


@pos_request("pingRequest", PingResponse)
@frozen
class PingRequest(PosRequest):
    pass


@named("miSubmissionResponse")
@frozen
class MiSubmissionResponse(PosResponse):
    """Section 6.10."""


@pos_request("miSubmissionRequest", MiSubmissionResponse)
@frozen
class MiSubmissionRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("beTransmissionResponse")
@frozen
class BeTransmissionResponse(PosResponse):
    """Section 6.11."""


@pos_request("beTransmissionRequest", BeTransmissionResponse)
@frozen
class BeTransmissionRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("configDataResponse")
@frozen
class ConfigDataResponse(PosResponse):
    """Section 6.13."""

    acquirer_data_list: tuple[AcquirerData, ...] = items("acquirerDataList", "acquirerData")
    ep2_tcd: Ep2TerminalConfigData | None = None
    ep2_version: str | None = None


@pos_request("configDataRequest", ConfigDataResponse)
@frozen
class ConfigDataRequest(PosRequest):
    pos_id: str | None = None


@named("waitForCardPresentResponse")
@frozen
class WaitForCardPresentResponse(PosResponse):
    """Section 6.19."""

    card_present: bool


@pos_request("waitForCardPresentRequest", WaitForCardPresentResponse)
@frozen
class WaitForCardPresentRequest(PosRequest):
    timeout: int  # seconds


@named("waitForCardRemovedResponse")
@frozen
class WaitForCardRemovedResponse(PosResponse):
    """Section 6.20."""

    card_present: bool


@pos_request("waitForCardRemovedRequest", WaitForCardRemovedResponse)
@frozen
class WaitForCardRemovedRequest(PosRequest):
    timeout: int  # seconds


@named("interEodReceiptResponse")
@frozen
class InterEodReceiptResponse(PosResponse):
    """Section 6.21 (IntermediateEodReceipt)."""


@pos_request("interEodReceiptRequest", InterEodReceiptResponse)
@frozen
class InterEodReceiptRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("checkCouponIdResponse")
@frozen
class CheckCouponIdResponse(PosResponse):
    """Section 6.22. result 0 correct, 1 not correct."""

    result: int


@pos_request("checkCouponIdRequest", CheckCouponIdResponse)
@frozen
class CheckCouponIdRequest(PosRequest):
    pos_id: str | None = None
    coupon_id: int


@named("pinpadInformationResponse")
@frozen
class PinpadInformationResponse(PosResponse):
    """Section 6.23: all strings in the table, kept as such."""

    terminal_id: str | None = None
    vpj_software_version: str | None = None
    serial_number: str | None = None
    hardware_type: str | None = None
    sim_card_number: str | None = None
    log_level: str | None = None
    vcs_ip_addr: str | None = None
    vcs_ip_port: str | None = None
    vcs_connect_timeout: str | None = None
    vcs_inactive_timeout: str | None = None
    pinpad_local_time: str | None = None
    pinpad_current_time: str | None = None
    time_zone: str | None = None
    next_contact_time: str | None = None
    pinpad_running_time: str | None = None
    free_ram_memory: str | None = None
    free_flash_memory: str | None = None
    offline_trx_number: str | None = None
    offline_trx_amount: str | None = None


@pos_request("pinpadInformationRequest", PinpadInformationResponse)
@frozen
class PinpadInformationRequest(PosRequest):
    pos_id: str | None = None


@named("generatePanTokenResponse")
@frozen
class GeneratePanTokenResponse(PosResponse):
    """Section 6.24."""

    pan_token: bytes | None = None
    card_id: str | None = None


@pos_request("generatePanTokenRequest", GeneratePanTokenResponse)
@frozen
class GeneratePanTokenRequest(PosRequest):
    pos_id: str | None = None
    trx_custom_text: str | None = None
    trx_result_custom_text: str | None = None
    selected_lang: str | None = None


@named("printCurrencyRateTicketResponse")
@frozen
class PrintCurrencyRateTicketResponse(PosResponse):
    """Section 6.25."""


@pos_request("printCurrencyRateTicketRequest", PrintCurrencyRateTicketResponse)
@frozen
class PrintCurrencyRateTicketRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@named("sleepResponse")
@frozen
class SleepResponse(PosResponse):
    """Section 6.27 (low power mode; the document defines no wake-up message)."""

    next_contact_time: int | None = None  # seconds


@pos_request("sleepRequest", SleepResponse)
@frozen
class SleepRequest(PosRequest):
    pos_id: str | None = None
