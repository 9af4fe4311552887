"""What the terminal remembers of a payment (section 7) and how it writes it down: the card
it pretends to read, amounts as shown and printed, the receipts of Listings 34 and 35."""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import TYPE_CHECKING

from till.protocols.lti import (
    FinancialTrxRequest,
    FinancialTrxResponse,
    PrinterNotification,
    ReversalResponse,
)

if TYPE_CHECKING:
    from till.simulators.lti.session import Session


@dataclasses.dataclass
class Transaction:
    """What the terminal remembers of a payment (section 7: the last completed one)."""

    request: FinancialTrxRequest
    response: FinancialTrxResponse
    merchant_receipt: str
    cardholder_receipt: str
    reversal: ReversalResponse | None = None
    reversal_receipts: tuple[str, str] | None = None
    automatic_reversal: bool = False

    @property
    def approved(self) -> bool:
        return self.response.trx_result == 0

    @property
    def trx_sync_number(self) -> int | None:
        return self.request.trx_sync_number


_CURRENCIES = {"752": "SEK", "578": "NOK", "208": "DKK", "978": "EUR", "756": "CHF"}

CARD = {
    "card_number": "XXXXXXXXXXXX0267",
    "card_seq_number": 1,
    "card_exp_date": "271231",
    "card_app_label": "Visa",
    "card_app_id": "A0000000031010",
    "acquirer_id": "00000000001",
}


def currency_name(code: str | None) -> str:
    return _CURRENCIES.get(code or "", code or "")


def decimal_amount(amount: int) -> str:
    """'1234.50': amounts on receipts as in Listing 34."""
    return f"{amount // 100}.{amount % 100:02d}"


def display_amount(amount: int, currency: str | None) -> str:
    """'SEK 1234,50': how a Swedish terminal shows the amount to people."""
    return f"{currency_name(currency)} {amount // 100},{amount % 100:02d}"


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


def receipt_texts(
    terminal_id: str,
    title: str,
    amount: int,
    currency: str | None,
    seq: int,
    auth_code: str | None,
    tip: int = 0,
) -> tuple[str, str]:
    """Merchant and cardholder receipts in the plain text of Listings 34 and 35."""
    when = now().strftime("%d.%m.%Y %H:%M:%S")
    head = [title, CARD["card_app_label"], "4761XXXXXXXX0267", when]
    auth = [f"Auth. code: {auth_code}"] if auth_code else []
    cur = currency_name(currency)
    total = [
        f"EFT {cur} : {decimal_amount(amount)}",
        f"Tip {cur} : {decimal_amount(tip)}",
        f"Total-EFT {cur} : {decimal_amount(amount + tip)}",
    ]
    merchant = [
        *head,
        f"Trm-Id: {terminal_id}",
        "Act-Id: 49",
        f"AID: {CARD['card_app_id']}",
        f"Trx. Seq-Cnt: {seq}",
        *auth,
        *total,
    ]
    holder = [
        "***Cardholder Receipt***",
        *head,
        f"Trm-Id: {terminal_id}",
        f"Trx. Seq-Cnt: {seq}",
        *auth,
        *total,
    ]
    return "\n".join(merchant), "\n".join(holder)


async def print_receipts(session: Session, receipts: tuple[str, str]) -> None:
    merchant, holder = receipts
    await session.send(PrinterNotification(merchant_receipt=merchant, admin=False))
    await session.send(PrinterNotification(cardholder_receipt=holder))


async def admin_receipt(session: Session, terminal_id: str, title: str, *lines: str) -> None:
    """Section 5.1, 5.2: maintenance functions print an administrative receipt."""
    text = "\n".join([title, now().strftime("%d.%m.%Y %H:%M:%S"), f"Trm-Id: {terminal_id}", *lines])
    await session.send(PrinterNotification(merchant_receipt=text, admin=True))
