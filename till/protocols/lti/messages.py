"""Every LTI message of document version 2.46 as a frozen dataclass (sections 6 and 8).

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

from dataclasses import dataclass, field
from typing import Any, ClassVar

POS_NAMESPACE = "http://www.vibbek.com/pos"
DEVICE_NAMESPACE = "http://www.vibbek.com/device"

# Section 6.1.1: bits of the third byte of trxInfo, one per status notification.
TRX_INFO_CARD_ENTRY = 0x01
TRX_INFO_CARD_REMOVAL = 0x02
TRX_INFO_TRX_START = 0x04
TRX_INFO_TRX_END = 0x08
TRX_INFO_TRX_ABORT = 0x10

# Section 6.18.1.
ABORT_CODE_STANDARD = "01"
ABORT_CODE_OTHER_PAYMENT = "02"  # the customer pays another way, e.g. cash

# trxResult, cancel reservation result, confirmation result (sections 6.1, 6.9, 6.15).
TRX_RESULT_AUTHORISED = 0
TRX_RESULT_DECLINED = 1
CONFIRMATION_NEGATIVE = 0
CONFIRMATION_POSITIVE = 1

DISPLAY_ATTENDANT = "ATTENDANT"
DISPLAY_CARDHOLDER = "CARDHOLDER"

RECEIPT_FORMAT_TEXT = 1
RECEIPT_FORMAT_HTML = 2


def trx_info_mask(
    card_entry: bool = True,
    card_removal: bool = True,
    trx_start: bool = True,
    trx_end: bool = True,
    trx_abort: bool = True,
) -> bytes:
    """The 3 bytes of trxInfo asking for the chosen status notifications (section 6.1.1);
    the first two bytes are RFU zeros. Card entry and removal alone give b"\\0\\0\\3" (AAAD)."""
    bits = (
        (TRX_INFO_CARD_ENTRY if card_entry else 0)
        | (TRX_INFO_CARD_REMOVAL if card_removal else 0)
        | (TRX_INFO_TRX_START if trx_start else 0)
        | (TRX_INFO_TRX_END if trx_end else 0)
        | (TRX_INFO_TRX_ABORT if trx_abort else 0)
    )
    return bytes((0, 0, bits))


def trx_info_bits(trx_info: bytes | None) -> int:
    """The notification bits of a trxInfo value (0 when absent: no notifications asked)."""
    return trx_info[-1] & 0x1F if trx_info else 0


def _lines(wrapper: str = "display", item: str = "line") -> Any:
    """Repeated <line> children inside <display>: `tuple[str, ...]`."""
    return field(default=(), metadata={"wrapper": wrapper, "item": item})


def _items(wrapper: str, item: str) -> Any:
    """A wrapper element holding repeated elements of a nested type."""
    return field(default=(), metadata={"wrapper": wrapper, "item": item})


def _attribute(name: str, *, of: tuple[str, ...] = ()) -> Any:
    """An XML attribute of the root element, or of the child elements named in `of`."""
    return field(default=None, metadata={"xml": name, "attribute": True, "of": of})


def _one_of(*choices: int) -> Any:
    """A required number with a closed set of values: any other is a protocol error, never
    read as the nearest meaning (a trxResult of 7 is neither approved nor declined)."""
    return field(metadata={"choices": choices})


def _receipt() -> Any:
    """Receipt text: the codec strips the listings' indentation and blank edge lines."""
    return field(default=None, metadata={"receipt": True})


# -- kinds of message ---------------------------------------------------------------------


class LtiMessage:
    """Base of all messages. `element` is the root's local name, `namespace` its URI,
    `from_till` tells who sends it."""

    __slots__ = ()
    element: ClassVar[str]
    namespace: ClassVar[str]
    from_till: ClassVar[bool]


class PosResponse(LtiMessage):
    """A response to a PoS request, sent by the terminal (vcs-pos namespace)."""

    __slots__ = ()
    namespace = POS_NAMESPACE
    from_till = False


class PosRequest(LtiMessage):
    """A request from the till to the terminal (vcs-pos namespace). `response` is the class
    that answers it; an ErrorNotification may answer any request instead (section 6.14)."""

    __slots__ = ()
    namespace = POS_NAMESPACE
    from_till = True
    response: ClassVar[type[PosResponse]]


class DeviceMessage(LtiMessage):
    """A device message sent by the terminal during a request: display, printer, status,
    confirmationRequest (vcs-device namespace, sections 6.15 to 6.26)."""

    __slots__ = ()
    namespace = DEVICE_NAMESPACE
    from_till = False


class TillDeviceMessage(LtiMessage):
    """A device message sent by the till: confirmationResponse, timeoutNotification,
    abortCardEntryNotification (vcs-device namespace)."""

    __slots__ = ()
    namespace = DEVICE_NAMESPACE
    from_till = True


_frozen = dataclass(frozen=True, kw_only=True, slots=True)


def _named(element: str) -> Any:
    def mark(cls: type) -> type:
        cls.element = element
        return cls

    return mark


def _request(element: str, response: type[PosResponse]) -> Any:
    def mark(cls: type) -> type:
        cls.element = element
        cls.response = response
        return cls

    return mark


# -- nested types --------------------------------------------------------------------------


@_frozen
class TrxData:
    """TransactionData of financialTrxRequest (section 6.1)."""

    amount: int  # minor units
    currency: str  # ISO 4217 numeric, "752" for SEK
    transaction_type: int | None = None  # 0 purchase, 4 credit, ... (DESIGN.md)
    partial_approval_cap: int | None = None  # 1: the till accepts a partial approval
    no_dcc: bool | None = field(default=None, metadata={"xml": "noDCC"})
    # References for follow-up transactions (section 6.1, transactionRefNumber's description).
    acquirer_id: str | None = None
    transaction_ref_number: str | None = None


@_frozen
class OpaqueData:
    """A type that only the XSDs (not in our copy) describe: child elements as (name, text)."""

    children: tuple[tuple[str, str], ...] = ()


@_frozen
class TerminalApplicationConfigData:
    aid: str | None = None  # base64 of the AID's hex text, as in Listing 28
    brand: str | None = None


@_frozen
class AcquirerData:
    acquirer_id: str | None = None
    terminal_application_config_data_list: tuple[TerminalApplicationConfigData, ...] = _items(
        "terminalApplicationConfigDataList", "terminalApplicationConfigData"
    )


@_frozen
class CommAddr:
    internet_port_no: str | None = None
    internet_addr: str | None = None


@_frozen
class Ep2TerminalConfigData:
    comm_addr_gate_way: CommAddr | None = None
    trm_id: str | None = None


@_frozen
class LineItem:
    """An invoice line of taxFreeVoucherRequest (section 8.1.1); amounts in minor units."""

    description: str | None = None
    gross_amount: int | None = None
    net_amount: int | None = None
    quantity: int | None = None
    vat_amount: int | None = None
    vat_rate: int | None = None  # hundredths of a percent: 800 is 8 %


# -- PoS messages (section 6) --------------------------------------------------------------


@_named("financialTrxResponse")
@_frozen
class FinancialTrxResponse(PosResponse):
    """Section 6.1. trxResult 0 authorised, 1 declined."""

    ep2_auth_response_code: str | None = None
    ep2_auth_result: int | None = None
    ep2_auth_code: str | None = None
    ep2_trm_id: str | None = None
    ep2_trx_seq_cnt: int | None = None
    trx_result: int = _one_of(TRX_RESULT_AUTHORISED, TRX_RESULT_DECLINED)
    amount_auth: int | None = None  # may include amount_tip (6.1): see LtiConnection
    amount_auth_curr: str | None = None
    amount_tip: int | None = None
    transaction_ref_number: str | None = None
    card_number: str | None = None
    card_seq_number: int | None = None
    card_exp_date: str | None = None
    card_app_label: str | None = None
    card_app_id: str | None = None
    transaction_time: str | None = None  # yyyyMMddHHmmss
    acquirer_id: str | None = None
    dcc_trx_amount: int | None = None
    dcc_trx_amount_curr: str | None = None
    cvm: int | None = None
    accarda_club_code: str | None = None
    accarda_pan: bytes | None = None
    accarda_exp_date: str | None = None
    br_code: int | None = None
    trx_sync_number: int | None = None
    pan_token: bytes | None = None
    trx_custom_text: str | None = None
    card_issuing_country: str | None = None
    merchant_reference: str | None = None
    amount_remaining: int | None = None  # set on a partial approval
    partial_approval_flag: int | None = None

    @property
    def approved(self) -> bool:
        return self.trx_result == TRX_RESULT_AUTHORISED


@_request("financialTrxRequest", FinancialTrxResponse)
@_frozen
class FinancialTrxRequest(PosRequest):
    """Section 6.1."""

    pos_id: str | None = None
    trx_sync_number: int | None = None
    trx_data: TrxData
    manual_pan_data: OpaqueData | None = None
    card_token_data: OpaqueData | None = None
    generate_pan_token: bool | None = None
    trx_info: bytes | None = None  # 3 bytes, see trx_info_mask()
    receipt_format: int | None = None
    till_mode: str | None = None
    # The table lists these under the response; by their descriptions the till sends them.
    trx_custom_text: str | None = None
    merchant_reference: str | None = None
    selected_lang: str | None = None


@_named("activationResponse")
@_frozen
class ActivationResponse(PosResponse):
    """Section 6.2."""


@_request("activationRequest", ActivationResponse)
@_frozen
class ActivationRequest(PosRequest):
    pos_id: str | None = None
    language: str | None = None
    receipt_format: int | None = None


@_named("siConfigResponse")
@_frozen
class SiConfigResponse(PosResponse):
    """Section 6.3."""


@_request("siConfigRequest", SiConfigResponse)
@_frozen
class SiConfigRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("deactivationResponse")
@_frozen
class DeactivationResponse(PosResponse):
    """Section 6.4."""


@_request("deactivationRequest", DeactivationResponse)
@_frozen
class DeactivationRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("beFinalBalanceResponse")
@_frozen
class BeFinalBalanceResponse(PosResponse):
    """Section 6.5."""

    trx_sync_number: int | None = None


@_request("beFinalBalanceRequest", BeFinalBalanceResponse)
@_frozen
class BeFinalBalanceRequest(PosRequest):
    pos_id: str | None = None
    trx_sync_number: int | None = None
    receipt_format: int | None = None


@_named("siInitResponse")
@_frozen
class SiInitResponse(PosResponse):
    """Section 6.6."""


@_request("siInitRequest", SiInitResponse)
@_frozen
class SiInitRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("pingResponse")
@_frozen
class PingResponse(PosResponse):
    """Section 6.7."""


@_request("pingRequest", PingResponse)
@_frozen
class PingRequest(PosRequest):
    pass


@_named("reversalResponse")
@_frozen
class ReversalResponse(PosResponse):
    """Section 6.8."""

    ep2_trm_id: str | None = None
    ep2_trx_seq_cnt: int | None = None
    ep2_trx_seq_cnt_orig_trx: int | None = None
    ep2_trx_type_ext_orig_trx: int | None = None
    amount_rev: int | None = None
    amount_rev_curr: str | None = None
    card_number: str | None = None
    card_seq_number: int | None = None
    card_exp_date: str | None = None
    card_app_label: str | None = None
    card_app_id: str | None = None
    transaction_time: str | None = None
    acquirer_id: str | None = None
    receipt_format: int | None = None


@_request("reversalRequest", ReversalResponse)
@_frozen
class ReversalRequest(PosRequest):
    pos_id: str | None = None
    additional_merchant_data: str | None = None  # deprecated for merchantReference
    orig_trx_seq_cnt: int | None = None
    receipt_format: int | None = None
    merchant_reference: str | None = None
    till_mode: str | None = None


@_named("cancelReservationResponse")
@_frozen
class CancelReservationResponse(PosResponse):
    """Section 6.9. result 0 cancelled, 1 declined."""

    acquirer_id: str | None = None
    transaction_ref_number: str | None = None
    ep2_trx_seq_cnt: int | None = None
    amount_auth: int | None = None  # in Listing 18, not in the table
    amount_auth_curr: str | None = None
    ep2_auth_result: int | None = None
    ep2_trm_id: str | None = None
    result: int = _one_of(0, 1)
    transaction_time: str | None = None


@_request("cancelReservationRequest", CancelReservationResponse)
@_frozen
class CancelReservationRequest(PosRequest):
    pos_id: str | None = None
    acquirer_id: str | None = None
    transaction_ref_number: str | None = None
    receipt_format: int | None = None


@_named("miSubmissionResponse")
@_frozen
class MiSubmissionResponse(PosResponse):
    """Section 6.10."""


@_request("miSubmissionRequest", MiSubmissionResponse)
@_frozen
class MiSubmissionRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("beTransmissionResponse")
@_frozen
class BeTransmissionResponse(PosResponse):
    """Section 6.11."""


@_request("beTransmissionRequest", BeTransmissionResponse)
@_frozen
class BeTransmissionRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("reprintReceiptResponse")
@_frozen
class ReprintReceiptResponse(PosResponse):
    """Section 6.12: one of the three, telling what the terminal did last."""

    last_trx: FinancialTrxResponse | None = None
    last_rev: ReversalResponse | None = None
    last_cancel_res: CancelReservationResponse | None = None


@_request("reprintReceiptRequest", ReprintReceiptResponse)
@_frozen
class ReprintReceiptRequest(PosRequest):
    pos_id: str | None = None
    type: str | None = None  # "TRX" or "EOD"; absent means TRX
    receipt_format: int | None = None


@_named("configDataResponse")
@_frozen
class ConfigDataResponse(PosResponse):
    """Section 6.13."""

    acquirer_data_list: tuple[AcquirerData, ...] = _items("acquirerDataList", "acquirerData")
    ep2_tcd: Ep2TerminalConfigData | None = None
    ep2_version: str | None = None


@_request("configDataRequest", ConfigDataResponse)
@_frozen
class ConfigDataRequest(PosRequest):
    pos_id: str | None = None


@_named("errorNotification")
@_frozen
class ErrorNotification(LtiMessage):
    """Section 6.14: the terminal's answer to any request it could not answer properly.
    Sent in the vcs-pos namespace (Listing 29). Codes in error_codes.py."""

    namespace = POS_NAMESPACE
    from_till = False

    error_code: str | None = None
    error_text: str | None = None
    card_id: str | None = None


@_named("waitForCardPresentResponse")
@_frozen
class WaitForCardPresentResponse(PosResponse):
    """Section 6.19."""

    card_present: bool


@_request("waitForCardPresentRequest", WaitForCardPresentResponse)
@_frozen
class WaitForCardPresentRequest(PosRequest):
    timeout: int  # seconds


@_named("waitForCardRemovedResponse")
@_frozen
class WaitForCardRemovedResponse(PosResponse):
    """Section 6.20."""

    card_present: bool


@_request("waitForCardRemovedRequest", WaitForCardRemovedResponse)
@_frozen
class WaitForCardRemovedRequest(PosRequest):
    timeout: int  # seconds


@_named("interEodReceiptResponse")
@_frozen
class InterEodReceiptResponse(PosResponse):
    """Section 6.21 (IntermediateEodReceipt)."""


@_request("interEodReceiptRequest", InterEodReceiptResponse)
@_frozen
class InterEodReceiptRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("checkCouponIdResponse")
@_frozen
class CheckCouponIdResponse(PosResponse):
    """Section 6.22. result 0 correct, 1 not correct."""

    result: int


@_request("checkCouponIdRequest", CheckCouponIdResponse)
@_frozen
class CheckCouponIdRequest(PosRequest):
    pos_id: str | None = None
    coupon_id: int


@_named("pinpadInformationResponse")
@_frozen
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


@_request("pinpadInformationRequest", PinpadInformationResponse)
@_frozen
class PinpadInformationRequest(PosRequest):
    pos_id: str | None = None


@_named("generatePanTokenResponse")
@_frozen
class GeneratePanTokenResponse(PosResponse):
    """Section 6.24."""

    pan_token: bytes | None = None
    card_id: str | None = None


@_request("generatePanTokenRequest", GeneratePanTokenResponse)
@_frozen
class GeneratePanTokenRequest(PosRequest):
    pos_id: str | None = None
    trx_custom_text: str | None = None
    trx_result_custom_text: str | None = None
    selected_lang: str | None = None


@_named("printCurrencyRateTicketResponse")
@_frozen
class PrintCurrencyRateTicketResponse(PosResponse):
    """Section 6.25."""


@_request("printCurrencyRateTicketRequest", PrintCurrencyRateTicketResponse)
@_frozen
class PrintCurrencyRateTicketRequest(PosRequest):
    pos_id: str | None = None
    receipt_format: int | None = None


@_named("sleepResponse")
@_frozen
class SleepResponse(PosResponse):
    """Section 6.27 (low power mode; the document defines no wake-up message)."""

    next_contact_time: int | None = None  # seconds


@_request("sleepRequest", SleepResponse)
@_frozen
class SleepRequest(PosRequest):
    pos_id: str | None = None


@_named("adaptAmountResponse")
@_frozen
class AdaptAmountResponse(PosResponse):
    """Section 6.28."""


@_request("adaptAmountRequest", AdaptAmountResponse)
@_frozen
class AdaptAmountRequest(PosRequest):
    pos_id: str | None = None
    adapted_amount: int
    currency: str | None = None
    # The text mentions a transaction "referenced by a given ep2 transaction sequence number".
    ep2_trx_seq_cnt_orig_trx: int | None = None


@_named("commitAuthorisationPurchaseResponse")
@_frozen
class CommitAuthorisationPurchaseResponse(PosResponse):
    """Section 6.29."""


@_request("commitAuthorisationPurchaseRequest", CommitAuthorisationPurchaseResponse)
@_frozen
class CommitAuthorisationPurchaseRequest(PosRequest):
    pos_id: str | None = None
    amount: int  # may be 0
    currency: str | None = None
    ep2_trx_seq_cnt_orig_trx: int | None = None
    receipt_format: int | None = None


@_named("taxFreeVoucherResponse")
@_frozen
class TaxFreeVoucherResponse(PosResponse):
    """Section 8.1.1."""

    voucher_number: str | None = None
    host_error_desc: str | None = None


@_request("taxFreeVoucherRequest", TaxFreeVoucherResponse)
@_frozen
class TaxFreeVoucherRequest(PosRequest):
    # In the order of Listing 62 (alphabetical after posId), not of the table.
    pos_id: str | None = None
    barcode_data: str | None = None
    country_of_origin_iso_code: str | None = None
    country_of_origin_name: str | None = None
    invoice_line_items: tuple[LineItem, ...] = _items("invoiceLineItems", "lineItem")
    invoice_number: str | None = None
    operator_id: str | None = None
    passport_number: str | None = None
    receipt_format: int | None = None
    total_gross_amount: int | None = None  # minor units, though typed xsd:string
    total_net_amount: int | None = None
    total_vat_amount: int | None = None
    transaction_date: str | None = None  # yyyyMMdd
    transaction_time: str | None = None
    transaction_type: str | None = None  # "1" sale, "2" refund


@_named("taxFreeVoidVoucherResponse")
@_frozen
class TaxFreeVoidVoucherResponse(PosResponse):
    """Section 8.1.2."""

    host_error_desc: str | None = None


@_request("taxFreeVoidVoucherRequest", TaxFreeVoidVoucherResponse)
@_frozen
class TaxFreeVoidVoucherRequest(PosRequest):
    pos_id: str | None = None  # in the order of Listing 64
    operator_id: str | None = None
    voucher_barcode: str | None = None
    voucher_number: str | None = None
    receipt_format: int | None = None


# -- device messages (sections 6.15 to 6.18, 6.26) ----------------------------------------


@_named("confirmationRequest")
@_frozen
class ConfirmationRequest(DeviceMessage):
    """Section 6.15: ask the attendant; answer with ConfirmationResponse within timeout
    (+ timeoutReminder) seconds, or send TimeoutNotification."""

    display_type: str | None = _attribute("displayType")
    lines: tuple[str, ...] = _lines()
    timeout: int
    timeout_reminder: int | None = None


@_named("confirmationResponse")
@_frozen
class ConfirmationResponse(TillDeviceMessage):
    """Section 6.15: 0 negative, 1 positive."""

    result: int = _one_of(CONFIRMATION_NEGATIVE, CONFIRMATION_POSITIVE)


@_named("timeoutNotification")
@_frozen
class TimeoutNotification(TillDeviceMessage):
    """Section 6.15: the attendant did not answer a confirmationRequest in time."""


@_named("displayNotification")
@_frozen
class DisplayNotification(DeviceMessage):
    """Section 6.16."""

    display_type: str | None = _attribute("displayType")
    lines: tuple[str, ...] = _lines()
    min_display_time: int | None = None  # seconds


@_named("printerNotification")
@_frozen
class PrinterNotification(DeviceMessage):
    """Section 6.17: plain-text receipts, LF line ends. `admin` is the attribute of
    merchantReceipt (an administrative, not a financial, receipt)."""

    merchant_receipt: str | None = _receipt()
    cardholder_receipt: str | None = _receipt()
    admin: bool | None = _attribute("admin", of=("merchantReceipt",))
    print_commands: bool | None = _attribute(
        "printCommands", of=("merchantReceipt", "cardholderReceipt")
    )


@_named("abortCardEntryNotification")
@_frozen
class AbortCardEntryNotification(TillDeviceMessage):
    """Section 6.18: stop waiting for a card (no effect once the card is read)."""

    abort_code: str | None = None  # "01" standard, "02" paid another way (6.18.1)


@_named("cardEntryNotification")
@_frozen
class CardEntryNotification(DeviceMessage):
    """Section 6.26.1: 0 magstripe, 1 chip, 2 contactless."""

    card_entry_mode: int | None = None


@_named("cardRemovalNotification")
@_frozen
class CardRemovalNotification(DeviceMessage):
    """Section 6.26.2."""


@_named("trxStartNotification")
@_frozen
class TrxStartNotification(DeviceMessage):
    """Section 6.26.3."""


@_named("trxEndNotification")
@_frozen
class TrxEndNotification(DeviceMessage):
    """Section 6.26.4."""


@_named("trxAbortNotification")
@_frozen
class TrxAbortNotification(DeviceMessage):
    """Section 6.26.5."""


@_frozen
class UnknownMessage:
    """A well-formed frame whose root element the till does not know: a value, not an error,
    because a newer terminal may send messages this document does not have."""

    name: str
    payload: bytes


MESSAGE_CLASSES: tuple[type[LtiMessage], ...] = tuple(
    cls
    for cls in list(globals().values())
    if isinstance(cls, type) and issubclass(cls, LtiMessage) and "element" in cls.__dict__
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
