"""The element types nested inside messages, shared by requests and responses."""

from __future__ import annotations

from dataclasses import field

from till.protocols.lti.messages.kinds import frozen, items


@frozen
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


@frozen
class OpaqueData:
    """A type that only the XSDs (not in our copy) describe: child elements as (name, text)."""

    children: tuple[tuple[str, str], ...] = ()


@frozen
class TerminalApplicationConfigData:
    aid: str | None = None  # base64 of the AID's hex text, as in Listing 28
    brand: str | None = None


@frozen
class AcquirerData:
    acquirer_id: str | None = None
    terminal_application_config_data_list: tuple[TerminalApplicationConfigData, ...] = items(
        "terminalApplicationConfigDataList", "terminalApplicationConfigData"
    )


@frozen
class CommAddr:
    internet_port_no: str | None = None
    internet_addr: str | None = None


@frozen
class Ep2TerminalConfigData:
    comm_addr_gate_way: CommAddr | None = None
    trm_id: str | None = None


@frozen
class LineItem:
    """An invoice line of taxFreeVoucherRequest (section 8.1.1); amounts in minor units."""

    description: str | None = None
    gross_amount: int | None = None
    net_amount: int | None = None
    quantity: int | None = None
    vat_amount: int | None = None
    vat_rate: int | None = None  # hundredths of a percent: 800 is 8 %
