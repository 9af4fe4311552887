"""What the till asks the control unit, and how asking can fail, in the till's own words
(SKVFS 2014:9 4 kap. 9 §: no control code, no sale). The transports and their codecs
(protocols/ccu/, adapters/control_unit*.py) build on these; checkout knows only these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from till.core.errors import TillError
from till.core.receipt import ReceiptType
from till.core.vat import VatSection


@dataclass(frozen=True, slots=True)
class ControlData:
    """The receipt data (kvittodata) the control code is made from (CCU document 11.1)."""

    date_time: datetime  # local time; sent as YYYYMMDDhhmm
    org_nr: str  # exactly 10 digits
    register_id: str  # ManRegisterID, 1..16 of [A-Za-z0-9]
    sequence_number: int  # 1..999999999999
    receipt_type: ReceiptType
    amount: int  # öre >= 0: the sale amount, or the refund's absolute value
    vat: tuple[VatSection, ...]  # exactly four, rates 25, 12, 6, 0 in that order
    refund: bool = False  # True: <RefundAmount>, and VAT amounts are <= 0 (11.1 Refund Note)


class ControlUnitError(TillError):
    """Base of every failure to get a control code from the control unit."""

    code = "ccu_error"

    @property
    def is_offline(self) -> bool:
        """True when the control unit could not be reached (an offline cash invoice may do)."""
        return False

    @property
    def answer_lost(self) -> bool:
        """True when the request went out but no usable answer came back: the control unit
        may hold the receipt, so only a retry with the same data may follow."""
        return False
