"""The PoS requests that move money or tell what moved it (sections 6.1, 6.8, 6.9, 6.12,
6.28, 6.29, 8.1), with their responses and the trxInfo notification mask."""

from __future__ import annotations

from till.protocols.lti.messages.elements import LineItem, OpaqueData, TrxData
from till.protocols.lti.messages.kinds import (
    PosRequest,
    PosResponse,
    frozen,
    items,
    named,
    one_of,
    pos_request,
)

# Section 6.1.1: bits of the third byte of trxInfo, one per status notification.
TRX_INFO_CARD_ENTRY = 0x01
TRX_INFO_CARD_REMOVAL = 0x02
TRX_INFO_TRX_START = 0x04
TRX_INFO_TRX_END = 0x08
TRX_INFO_TRX_ABORT = 0x10

# trxResult and the cancel reservation result (sections 6.1, 6.9).
TRX_RESULT_AUTHORISED = 0
TRX_RESULT_DECLINED = 1


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


@named("financialTrxResponse")
@frozen
class FinancialTrxResponse(PosResponse):
    """Section 6.1. trxResult 0 authorised, 1 declined."""

    ep2_auth_response_code: str | None = None
    ep2_auth_result: int | None = None
    ep2_auth_code: str | None = None
    ep2_trm_id: str | None = None
    ep2_trx_seq_cnt: int | None = None
    trx_result: int = one_of(TRX_RESULT_AUTHORISED, TRX_RESULT_DECLINED)
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


@pos_request("financialTrxRequest", FinancialTrxResponse)
@frozen
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


@named("reversalResponse")
@frozen
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


@pos_request("reversalRequest", ReversalResponse)
@frozen
class ReversalRequest(PosRequest):
    pos_id: str | None = None
    additional_merchant_data: str | None = None  # deprecated for merchantReference
    orig_trx_seq_cnt: int | None = None
    receipt_format: int | None = None
    merchant_reference: str | None = None
    till_mode: str | None = None


@named("cancelReservationResponse")
@frozen
class CancelReservationResponse(PosResponse):
    """Section 6.9. result 0 cancelled, 1 declined."""

    acquirer_id: str | None = None
    transaction_ref_number: str | None = None
    ep2_trx_seq_cnt: int | None = None
    amount_auth: int | None = None  # in Listing 18, not in the table
    amount_auth_curr: str | None = None
    ep2_auth_result: int | None = None
    ep2_trm_id: str | None = None
    result: int = one_of(0, 1)
    transaction_time: str | None = None


@pos_request("cancelReservationRequest", CancelReservationResponse)
@frozen
class CancelReservationRequest(PosRequest):
    pos_id: str | None = None
    acquirer_id: str | None = None
    transaction_ref_number: str | None = None
    receipt_format: int | None = None


@named("reprintReceiptResponse")
@frozen
class ReprintReceiptResponse(PosResponse):
    """Section 6.12: one of the three, telling what the terminal did last."""

    last_trx: FinancialTrxResponse | None = None
    last_rev: ReversalResponse | None = None
    last_cancel_res: CancelReservationResponse | None = None


@pos_request("reprintReceiptRequest", ReprintReceiptResponse)
@frozen
class ReprintReceiptRequest(PosRequest):
    pos_id: str | None = None
    type: str | None = None  # "TRX" or "EOD"; absent means TRX
    receipt_format: int | None = None


@named("adaptAmountResponse")
@frozen
class AdaptAmountResponse(PosResponse):
    """Section 6.28."""


@pos_request("adaptAmountRequest", AdaptAmountResponse)
@frozen
class AdaptAmountRequest(PosRequest):
    pos_id: str | None = None
    adapted_amount: int
    currency: str | None = None
    # The text mentions a transaction "referenced by a given ep2 transaction sequence number".
    ep2_trx_seq_cnt_orig_trx: int | None = None


@named("commitAuthorisationPurchaseResponse")
@frozen
class CommitAuthorisationPurchaseResponse(PosResponse):
    """Section 6.29."""


@pos_request("commitAuthorisationPurchaseRequest", CommitAuthorisationPurchaseResponse)
@frozen
class CommitAuthorisationPurchaseRequest(PosRequest):
    pos_id: str | None = None
    amount: int  # may be 0
    currency: str | None = None
    ep2_trx_seq_cnt_orig_trx: int | None = None
    receipt_format: int | None = None


@named("taxFreeVoucherResponse")
@frozen
class TaxFreeVoucherResponse(PosResponse):
    """Section 8.1.1."""

    voucher_number: str | None = None
    host_error_desc: str | None = None


@pos_request("taxFreeVoucherRequest", TaxFreeVoucherResponse)
@frozen
class TaxFreeVoucherRequest(PosRequest):
    # In the order of Listing 62 (alphabetical after posId), not of the table.
    pos_id: str | None = None
    barcode_data: str | None = None
    country_of_origin_iso_code: str | None = None
    country_of_origin_name: str | None = None
    invoice_line_items: tuple[LineItem, ...] = items("invoiceLineItems", "lineItem")
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


@named("taxFreeVoidVoucherResponse")
@frozen
class TaxFreeVoidVoucherResponse(PosResponse):
    """Section 8.1.2."""

    host_error_desc: str | None = None


@pos_request("taxFreeVoidVoucherRequest", TaxFreeVoidVoucherResponse)
@frozen
class TaxFreeVoidVoucherRequest(PosRequest):
    pos_id: str | None = None  # in the order of Listing 64
    operator_id: str | None = None
    voucher_barcode: str | None = None
    voucher_number: str | None = None
    receipt_format: int | None = None
