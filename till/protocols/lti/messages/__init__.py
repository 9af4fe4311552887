"""Every LTI message of document version 2.46 as a frozen dataclass (sections 6 and 8),
in modules by who sends what: kinds, elements, financial, admin, device.

Naming, which the adapter relies on: a class is named after its root element in UpperCamelCase
(financialTrxRequest -> FinancialTrxRequest) and a field after its XML element in snake_case
(trxSyncNumber -> trx_sync_number). The codec derives the element name back from the field
name; `metadata={"xml": ...}` spells out the few that do not round-trip (noDCC).

A field without a default is required when decoding: only those a message means nothing
without (section 6's tables mark nothing as mandatory, and the XSDs of section 9 are not in
our copy of the document, so the codec is lenient about everything else). Money is an int in
minor units (öre), currencies the ISO 4217 numeric string ("752" SEK), base64 fields bytes.

Types whose layout only the missing XSDs describe (ManualPanData, BarcodeCardData) are kept
as OpaqueData: their child elements by name and text.
"""

from __future__ import annotations

from till.protocols.lti.messages import admin, device, financial, kinds
from till.protocols.lti.messages.admin import (
    ActivationRequest,
    ActivationResponse,
    BeFinalBalanceRequest,
    BeFinalBalanceResponse,
    BeTransmissionRequest,
    BeTransmissionResponse,
    CheckCouponIdRequest,
    CheckCouponIdResponse,
    ConfigDataRequest,
    ConfigDataResponse,
    DeactivationRequest,
    DeactivationResponse,
    GeneratePanTokenRequest,
    GeneratePanTokenResponse,
    InterEodReceiptRequest,
    InterEodReceiptResponse,
    MiSubmissionRequest,
    MiSubmissionResponse,
    PingRequest,
    PingResponse,
    PinpadInformationRequest,
    PinpadInformationResponse,
    PrintCurrencyRateTicketRequest,
    PrintCurrencyRateTicketResponse,
    SiConfigRequest,
    SiConfigResponse,
    SiInitRequest,
    SiInitResponse,
    SleepRequest,
    SleepResponse,
    WaitForCardPresentRequest,
    WaitForCardPresentResponse,
    WaitForCardRemovedRequest,
    WaitForCardRemovedResponse,
)
from till.protocols.lti.messages.device import (
    ABORT_CODE_OTHER_PAYMENT,
    ABORT_CODE_STANDARD,
    CONFIRMATION_NEGATIVE,
    CONFIRMATION_POSITIVE,
    DISPLAY_ATTENDANT,
    DISPLAY_CARDHOLDER,
    AbortCardEntryNotification,
    CardEntryNotification,
    CardRemovalNotification,
    ConfirmationRequest,
    ConfirmationResponse,
    DisplayNotification,
    PrinterNotification,
    TimeoutNotification,
    TrxAbortNotification,
    TrxEndNotification,
    TrxStartNotification,
)
from till.protocols.lti.messages.elements import (
    AcquirerData,
    CommAddr,
    Ep2TerminalConfigData,
    LineItem,
    OpaqueData,
    TerminalApplicationConfigData,
    TrxData,
)
from till.protocols.lti.messages.financial import (
    TRX_INFO_CARD_ENTRY,
    TRX_INFO_CARD_REMOVAL,
    TRX_INFO_TRX_ABORT,
    TRX_INFO_TRX_END,
    TRX_INFO_TRX_START,
    TRX_RESULT_AUTHORISED,
    TRX_RESULT_DECLINED,
    AdaptAmountRequest,
    AdaptAmountResponse,
    CancelReservationRequest,
    CancelReservationResponse,
    CommitAuthorisationPurchaseRequest,
    CommitAuthorisationPurchaseResponse,
    FinancialTrxRequest,
    FinancialTrxResponse,
    ReprintReceiptRequest,
    ReprintReceiptResponse,
    ReversalRequest,
    ReversalResponse,
    TaxFreeVoidVoucherRequest,
    TaxFreeVoidVoucherResponse,
    TaxFreeVoucherRequest,
    TaxFreeVoucherResponse,
    trx_info_bits,
    trx_info_mask,
)
from till.protocols.lti.messages.kinds import (
    DEVICE_NAMESPACE,
    POS_NAMESPACE,
    RECEIPT_FORMAT_HTML,
    RECEIPT_FORMAT_TEXT,
    DeviceMessage,
    ErrorNotification,
    LtiMessage,
    PosRequest,
    PosResponse,
    TillDeviceMessage,
    UnknownMessage,
)

MESSAGE_CLASSES: tuple[type[LtiMessage], ...] = tuple(
    cls
    for module in (kinds, financial, admin, device)
    for cls in vars(module).values()
    if isinstance(cls, type)
    and issubclass(cls, LtiMessage)
    and cls.__module__ == module.__name__
    and "element" in cls.__dict__
)
REQUEST_CLASSES: tuple[type[PosRequest], ...] = tuple(
    cls for cls in MESSAGE_CLASSES if issubclass(cls, PosRequest)
)
RESPONSE_CLASSES: tuple[type[PosResponse], ...] = tuple(
    cls for cls in MESSAGE_CLASSES if issubclass(cls, PosResponse)
)


__all__ = [
    "ABORT_CODE_OTHER_PAYMENT",
    "ABORT_CODE_STANDARD",
    "CONFIRMATION_NEGATIVE",
    "CONFIRMATION_POSITIVE",
    "DEVICE_NAMESPACE",
    "DISPLAY_ATTENDANT",
    "DISPLAY_CARDHOLDER",
    "MESSAGE_CLASSES",
    "POS_NAMESPACE",
    "RECEIPT_FORMAT_HTML",
    "RECEIPT_FORMAT_TEXT",
    "REQUEST_CLASSES",
    "RESPONSE_CLASSES",
    "TRX_INFO_CARD_ENTRY",
    "TRX_INFO_CARD_REMOVAL",
    "TRX_INFO_TRX_ABORT",
    "TRX_INFO_TRX_END",
    "TRX_INFO_TRX_START",
    "TRX_RESULT_AUTHORISED",
    "TRX_RESULT_DECLINED",
    "AbortCardEntryNotification",
    "AcquirerData",
    "ActivationRequest",
    "ActivationResponse",
    "AdaptAmountRequest",
    "AdaptAmountResponse",
    "BeFinalBalanceRequest",
    "BeFinalBalanceResponse",
    "BeTransmissionRequest",
    "BeTransmissionResponse",
    "CancelReservationRequest",
    "CancelReservationResponse",
    "CardEntryNotification",
    "CardRemovalNotification",
    "CheckCouponIdRequest",
    "CheckCouponIdResponse",
    "CommAddr",
    "CommitAuthorisationPurchaseRequest",
    "CommitAuthorisationPurchaseResponse",
    "ConfigDataRequest",
    "ConfigDataResponse",
    "ConfirmationRequest",
    "ConfirmationResponse",
    "DeactivationRequest",
    "DeactivationResponse",
    "DeviceMessage",
    "DisplayNotification",
    "Ep2TerminalConfigData",
    "ErrorNotification",
    "FinancialTrxRequest",
    "FinancialTrxResponse",
    "GeneratePanTokenRequest",
    "GeneratePanTokenResponse",
    "InterEodReceiptRequest",
    "InterEodReceiptResponse",
    "LineItem",
    "LtiMessage",
    "MiSubmissionRequest",
    "MiSubmissionResponse",
    "OpaqueData",
    "PingRequest",
    "PingResponse",
    "PinpadInformationRequest",
    "PinpadInformationResponse",
    "PosRequest",
    "PosResponse",
    "PrintCurrencyRateTicketRequest",
    "PrintCurrencyRateTicketResponse",
    "PrinterNotification",
    "ReprintReceiptRequest",
    "ReprintReceiptResponse",
    "ReversalRequest",
    "ReversalResponse",
    "SiConfigRequest",
    "SiConfigResponse",
    "SiInitRequest",
    "SiInitResponse",
    "SleepRequest",
    "SleepResponse",
    "TaxFreeVoidVoucherRequest",
    "TaxFreeVoidVoucherResponse",
    "TaxFreeVoucherRequest",
    "TaxFreeVoucherResponse",
    "TerminalApplicationConfigData",
    "TillDeviceMessage",
    "TimeoutNotification",
    "TrxAbortNotification",
    "TrxData",
    "TrxEndNotification",
    "TrxStartNotification",
    "UnknownMessage",
    "WaitForCardPresentRequest",
    "WaitForCardPresentResponse",
    "WaitForCardRemovedRequest",
    "WaitForCardRemovedResponse",
    "trx_info_bits",
    "trx_info_mask",
]
