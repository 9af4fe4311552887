"""A stored receipt and its printed layout (SKVFS 2014:9, 7 kap. 1 §).

The layout is a list of plain lines with a size and alignment, so the screen preview, the
QPrinter output and the tests all read the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from till.core.card import CardSlip
from till.core.money import format_kr
from till.core.sale import SaleLine, format_quantity
from till.core.vat import VatSection


class ReceiptType(StrEnum):
    """The CCU's ReceiptType values (CCU document section 9)."""

    NORMAL = "normal"
    COPY = "kopia"
    TRAINING = "ovning"
    PRO_FORMA = "profo"


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"


PAYMENT_METHOD_TEXT = {PaymentMethod.CASH: "Kontant", PaymentMethod.CARD: "Kort"}


@dataclass(frozen=True, slots=True)
class ShopIdentity:
    """What every receipt says about who sold: 7 kap. 1 § points 1, 2 and 5."""

    name: str
    org_nr: str
    address: str
    register_id: str


@dataclass(frozen=True, slots=True)
class Payment:
    method: PaymentMethod
    amount: int  # öre that settle the sale (after cash rounding)
    tendered: int = 0  # cash handed over
    change: int = 0
    card: CardSlip | None = None  # what the terminal reported, for card payments


@dataclass(frozen=True, slots=True)
class ControlCode:
    """The control unit's answer: its id (CTUID, printed) and the 59-character code (stored)."""

    ctuid: str
    code: str


@dataclass(frozen=True, slots=True)
class Receipt:
    shop: ShopIdentity
    sequence_number: int
    receipt_type: ReceiptType
    created_at: datetime
    sale_id: str
    lines: tuple[SaleLine, ...]
    vat: tuple[VatSection, ...]
    rounding: int
    payments: tuple[Payment, ...]
    control: ControlCode
    request_id: str

    @property
    def total(self) -> int:
        """The sale's value incl. VAT, as sent to the CCU; cash rounding is not part of it."""
        return sum(line.amount for line in self.lines)

    @property
    def to_pay(self) -> int:
        return self.total + self.rounding


@dataclass(frozen=True, slots=True)
class PrintLine:
    text: str = ""
    right: str = ""  # printed flush right on the same line (amounts)
    size: int = 1  # 1 normal, 2 double: markings must be at least twice the amount text
    bold: bool = False
    center: bool = False


def receipt_layout(receipt: Receipt) -> list[PrintLine]:
    """Every line of the printed receipt, in order."""
    shop = receipt.shop
    out = [
        PrintLine(shop.name, size=2, bold=True, center=True),
        PrintLine(shop.address, center=True),
        PrintLine(f"Org.nr {format_org_nr(shop.org_nr)}", center=True),
        PrintLine(),
        PrintLine(
            receipt.created_at.strftime("%Y-%m-%d %H:%M"), f"Kvitto nr {receipt.sequence_number}"
        ),
        PrintLine(f"Kassa {shop.register_id}"),
        PrintLine(),
    ]
    for line in receipt.lines:
        qty = format_quantity(line.quantity, by_weight=line.sold_by_weight)
        if line.quantity == 1000 and not line.sold_by_weight:
            out.append(PrintLine(line.name, format_kr(line.gross)))
        else:
            unit = "/kg" if line.sold_by_weight else "/st"
            out.append(PrintLine(line.name))
            each = f"  {qty} x {format_kr(line.unit_price)}{unit}"
            out.append(PrintLine(each, format_kr(line.gross)))
        if line.discount:
            out.append(PrintLine("  Rabatt", format_kr(-line.discount)))
        out.append(PrintLine(f"  Moms {line.vat_rate} %"))
    out.append(PrintLine("-" * 40))
    out.append(PrintLine("Totalt", format_kr(receipt.total), bold=True))
    if receipt.rounding:
        out.append(PrintLine("Öresavrundning", format_kr(receipt.rounding)))
        out.append(PrintLine("Att betala", format_kr(receipt.to_pay), bold=True))
    out.append(PrintLine())
    out.append(PrintLine("Moms %", "Moms      Netto      Brutto"))
    for section in receipt.vat:
        if section.gross:
            vat, net, gross = (format_kr(x) for x in (section.vat, section.net, section.gross))
            figures = f"{vat:>9} {net:>10} {gross:>11}"
            out.append(PrintLine(f"{section.rate} %", figures))
    out.append(PrintLine())
    for payment in receipt.payments:
        out.append(PrintLine(PAYMENT_METHOD_TEXT[payment.method], format_kr(payment.amount)))
        if payment.method is PaymentMethod.CASH:
            out.append(PrintLine("  Mottaget", format_kr(payment.tendered)))
            out.append(PrintLine("  Växel", format_kr(payment.change)))
        elif payment.card is not None:
            out.extend(_card_lines(payment.card))
    out.append(PrintLine())
    out.append(PrintLine(f"Kontrollenhet {receipt.control.ctuid}"))
    out.append(PrintLine("Kontrollkod"))
    out.append(PrintLine(receipt.control.code))
    out.append(PrintLine())
    out.append(PrintLine("Tack för ditt köp!", center=True))
    # The cardholder's terminal receipt is printed with the till receipt (LTI 6.17).
    for payment in receipt.payments:
        if payment.card is not None and payment.card.cardholder_receipt:
            out.append(PrintLine())
            out.append(PrintLine("- " * 20))
            out.extend(PrintLine(text) for text in payment.card.cardholder_receipt.splitlines())
    return out


def _card_lines(slip: CardSlip) -> list[PrintLine]:
    lines = []
    if slip.app_label or slip.masked_pan:
        lines.append(PrintLine(f"  {slip.app_label} {slip.masked_pan}".rstrip()))
    if slip.auth_code or slip.terminal_id:
        lines.append(PrintLine(f"  Auth.kod {slip.auth_code}  Terminal {slip.terminal_id}"))
    return lines


def format_org_nr(org_nr: str) -> str:
    """'5561234567' -> '556123-4567', the way Swedes write it."""
    return f"{org_nr[:6]}-{org_nr[6:]}" if len(org_nr) == 10 and org_nr.isdigit() else org_nr


def layout_text(lines: list[PrintLine], width: int = 48) -> str:
    """Plain-text rendering of a layout, for previews in tests, the CLI and logs."""
    rendered = []
    for line in lines:
        text = line.text.upper() if line.size > 1 else line.text
        if line.center:
            rendered.append(text.center(width).rstrip())
        elif line.right:
            rendered.append(f"{text}{line.right:>{max(1, width - len(text))}}")
        else:
            rendered.append(text)
    return "\n".join(rendered)
