"""Receipts and their printed layout (SKVFS 2014:9, 7 kap. 1 §).

The layout is a list of plain lines with a size and alignment, so the screen preview, the
printed paper and the tests all read the same thing. Copies, training and pro forma receipts
and cash invoices carry their marking in double size: at least twice the amount text.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from till.core.card import CardSlip
from till.core.money import format_kr
from till.core.sale import ReceiptRef, Sale, SaleKind, SaleLine, format_quantity
from till.core.vat import VatSection


class ReceiptType(StrEnum):
    """The CCU's ReceiptType values (CCU document section 9), and the cash invoice the till
    issues on its own while the control unit is out (never sent to the CCU)."""

    NORMAL = "normal"
    COPY = "kopia"
    TRAINING = "ovning"
    PRO_FORMA = "profo"
    CASH_INVOICE = "kontantnota"

    @property
    def marking(self) -> str:
        """The words printed large on the paper; a normal receipt has none."""
        return MARKINGS.get(self, "")


MARKINGS = {
    ReceiptType.COPY: "KOPIA",
    ReceiptType.TRAINING: "ÖVNINGSKVITTO",
    ReceiptType.PRO_FORMA: "EJ KVITTO",
    ReceiptType.CASH_INVOICE: "KONTANTNOTA",
}


class PaymentMethod(StrEnum):
    CASH = "cash"
    CARD = "card"
    KLARNA = "klarna"  # on a Point terminal (issue 8): counted apart in the X/Z reports


PAYMENT_METHOD_TEXT = {
    PaymentMethod.CASH: "Kontant",
    PaymentMethod.CARD: "Kort",
    PaymentMethod.KLARNA: "Klarna",
}


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
    amount: int  # öre that settle the sale (after cash rounding); negative: paid back
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
    sequence_number: int  # a cash invoice's number is from its own series
    receipt_type: ReceiptType
    created_at: datetime
    sale_id: str
    lines: tuple[SaleLine, ...]
    vat: tuple[VatSection, ...]
    rounding: int
    payments: tuple[Payment, ...]
    control: ControlCode | None  # None only on a cash invoice: the control unit was out
    request_id: str
    kind: SaleKind = SaleKind.SALE
    original: ReceiptRef | None = None  # a return against a stored receipt
    cashier: str | None = None  # who was signed in (checkout/users.py); None: before users

    @property
    def total(self) -> int:
        """The value incl. VAT, as sent to the CCU (negative for a return); cash rounding is not
        part of it."""
        return self.kind.sign * sum(line.amount for line in self.lines)

    @property
    def to_pay(self) -> int:
        return self.total + self.rounding

    @property
    def ref(self) -> ReceiptRef:
        return ReceiptRef(self.shop.register_id, self.sequence_number)

    @property
    def is_return(self) -> bool:
        return self.kind is SaleKind.RETURN


def receipt_of(
    sale: Sale,
    *,
    shop: ShopIdentity,
    number: int,
    receipt_type: ReceiptType,
    created_at: datetime,
    rounding: int,
    payments: tuple[Payment, ...],
    control: ControlCode | None,
    request_id: str,
    cashier: str | None,
) -> Receipt:
    """A sale as the paper that registers it: a receipt, or a cash invoice (control None)."""
    return Receipt(
        shop=shop,
        sequence_number=number,
        receipt_type=receipt_type,
        created_at=created_at,
        sale_id=sale.sale_id,
        lines=tuple(sale.lines),
        vat=sale.vat,
        rounding=rounding,
        payments=payments,
        control=control,
        request_id=request_id,
        kind=sale.kind,
        original=sale.original,
        cashier=cashier,
    )


@dataclass(frozen=True, slots=True)
class ReceiptCopy:
    """The one copy a receipt may have: its own control code, asked as ReceiptType kopia."""

    receipt: Receipt
    created_at: datetime
    control: ControlCode
    request_id: str


@dataclass(frozen=True, slots=True)
class PrintLine:
    text: str = ""
    right: str = ""  # printed flush right on the same line (amounts)
    size: int = 1  # 1 normal, 2 double: markings must be at least twice the amount text
    bold: bool = False
    center: bool = False
    barcode: bool = False  # print `text` as a Code 39 barcode (with the text beneath)


def receipt_layout(receipt: Receipt, *, copy: ReceiptCopy | None = None) -> list[PrintLine]:
    """Every line of the printed receipt (or of its copy), in order."""
    kind = receipt.kind.sign
    marking = ReceiptType.COPY.marking if copy is not None else receipt.receipt_type.marking
    out = _heading(receipt, marking)
    for line in receipt.lines:
        out.extend(_item_lines(line, kind))
    out.append(PrintLine("-" * 40))
    out.append(
        PrintLine("Totalt" if kind > 0 else "Totalt retur", format_kr(receipt.total), bold=True)
    )
    if receipt.rounding:
        out.append(PrintLine("Öresavrundning", format_kr(receipt.rounding)))
        label = "Att betala" if kind > 0 else "Att återbetala"
        out.append(PrintLine(label, format_kr(receipt.to_pay), bold=True))
    out.append(PrintLine())
    out.extend(_vat_lines(receipt.vat))
    out.append(PrintLine())
    for payment in receipt.payments:
        out.extend(_payment_lines(payment))
    out.append(PrintLine())
    control = copy.control if copy is not None else receipt.control
    if control is not None:
        out.append(PrintLine(f"Kontrollenhet {control.ctuid}"))
        out.append(PrintLine("Kontrollkod"))
        out.append(PrintLine(control.code))
    else:
        out.append(PrintLine("Kontrollenheten var ur funktion."))
        out.append(PrintLine("Kontantnota utfärdad i stället för kvitto."))
    if copy is not None:
        out.append(PrintLine(f"Kopia utskriven {copy.created_at:%Y-%m-%d %H:%M}"))
    out.append(PrintLine())
    if marking:
        out.append(PrintLine(marking, size=2, bold=True, center=True))
    elif kind > 0:
        out.append(PrintLine("Tack för ditt köp!", center=True))
    if receipt.receipt_type is not ReceiptType.CASH_INVOICE:
        out.append(PrintLine(receipt.ref.code, barcode=True, center=True))
    # The cardholder's terminal receipt is printed with the till receipt (LTI 6.17).
    for payment in receipt.payments:
        if copy is None and payment.card is not None and payment.card.cardholder_receipt:
            out.append(PrintLine())
            out.append(PrintLine("- " * 20))
            out.extend(PrintLine(text) for text in payment.card.cardholder_receipt.splitlines())
    return out


MERCHANT_COPY = "BUTIKENS EXEMPLAR"  # the card slip the cardholder signs and the shop keeps


def signature_payments(receipt: Receipt) -> list[Payment]:
    """The card payments the cardholder signs for: each has a merchant's copy to sign."""
    return [p for p in receipt.payments if p.card is not None and p.card.signature]


def merchant_slip_layout(receipt: Receipt, payment: Payment) -> list[PrintLine]:
    """The merchant's copy of a card slip, its own piece of paper: marked as the shop's, the
    terminal's merchant receipt as the terminal sent it (LTI 6.17), and a signature line."""
    slip = payment.card or CardSlip()
    shop = receipt.shop
    out = [
        PrintLine(MERCHANT_COPY, size=2, bold=True, center=True),
        PrintLine(shop.name, bold=True, center=True),
        PrintLine(f"Org.nr {format_org_nr(shop.org_nr)}", center=True),
        PrintLine(),
        PrintLine(receipt.created_at.strftime("%Y-%m-%d %H:%M"), _number_text(receipt)),
        PrintLine(f"Kassa {shop.register_id}"),
        PrintLine(),
    ]
    if slip.merchant_receipt:
        out.extend(PrintLine(text) for text in slip.merchant_receipt.splitlines())
    else:  # the terminal sent no text: what it reported, in the till's words
        out.extend(_payment_lines(payment))
    out += [
        PrintLine(),
        PrintLine("Kortinnehavarens underskrift"),
        PrintLine(),
        PrintLine(),
        PrintLine("_" * 40),
        PrintLine("Namnförtydligande"),
        PrintLine(),
        PrintLine(),
        PrintLine("_" * 40),
        PrintLine(),
        PrintLine(MERCHANT_COPY, size=2, bold=True, center=True),
    ]
    return out


def _number_text(receipt: Receipt) -> str:
    if receipt.receipt_type is ReceiptType.CASH_INVOICE:
        return f"Kontantnota nr {receipt.sequence_number}"
    return f"Kvitto nr {receipt.sequence_number}"


def _heading(receipt: Receipt, marking: str) -> list[PrintLine]:
    shop = receipt.shop
    out = []
    if marking:
        out.append(PrintLine(marking, size=2, bold=True, center=True))
    out += [
        PrintLine(shop.name, size=2, bold=True, center=True),
        PrintLine(shop.address, center=True),
        PrintLine(f"Org.nr {format_org_nr(shop.org_nr)}", center=True),
        PrintLine(),
    ]
    out.append(PrintLine(receipt.created_at.strftime("%Y-%m-%d %H:%M"), _number_text(receipt)))
    out.append(PrintLine(f"Kassa {shop.register_id}"))
    if receipt.cashier:
        out.append(PrintLine(f"Kassör: {receipt.cashier}"))
    if receipt.is_return:
        out.append(PrintLine("RETUR", bold=True))
        if receipt.original is not None:
            out.append(PrintLine(f"Retur av kvitto nr {receipt.original.sequence_number}"))
    out.append(PrintLine())
    return out


def _item_lines(line: SaleLine, sign: int) -> list[PrintLine]:
    out = []
    qty = format_quantity(line.quantity, by_weight=line.sold_by_weight)
    if line.quantity == 1000 and not line.sold_by_weight:
        out.append(PrintLine(line.name, format_kr(sign * line.gross)))
    else:
        unit = "/kg" if line.sold_by_weight else "/st"
        out.append(PrintLine(line.name))
        each = f"  {qty} x {format_kr(line.unit_price)}{unit}"
        out.append(PrintLine(each, format_kr(sign * line.gross)))
    if line.discount:
        out.append(PrintLine("  Rabatt", format_kr(-sign * line.discount)))
    out.append(PrintLine(f"  Moms {line.vat_rate} %"))
    return out


def _vat_lines(vat: tuple[VatSection, ...]) -> list[PrintLine]:
    out = [PrintLine("Moms %", "Moms      Netto      Brutto")]
    for section in vat:
        if section.gross:
            vat_, net, gross = (format_kr(x) for x in (section.vat, section.net, section.gross))
            out.append(PrintLine(f"{section.rate} %", f"{vat_:>9} {net:>10} {gross:>11}"))
    # 7 kap. 1 § 9 and 10: the VAT in all, as well as per rate.
    out.append(PrintLine("Moms totalt", format_kr(total_vat(vat)), bold=True))
    return out


def total_vat(vat: tuple[VatSection, ...]) -> int:
    """The receipt's VAT in öre: the sum of its per-rate sections."""
    return sum(section.vat for section in vat)


def _payment_lines(payment: Payment) -> list[PrintLine]:
    name = PAYMENT_METHOD_TEXT[payment.method]
    if payment.amount < 0:
        return [
            PrintLine(f"{name} återbetalt", format_kr(-payment.amount)),
            *(_card_lines(payment.card) if payment.card is not None else []),
        ]
    out = [PrintLine(name, format_kr(payment.amount))]
    if payment.method is PaymentMethod.CASH:
        out.append(PrintLine("  Mottaget", format_kr(payment.tendered)))
        out.append(PrintLine("  Växel", format_kr(payment.change)))
    elif payment.card is not None:
        out.extend(_card_lines(payment.card))
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


def wrap_line(line: PrintLine, columns: int) -> list[tuple[str, str]]:
    """A line split into (text, right) rows that fit `columns` (a double-size line has half
    of them): the text wraps, a control code is never cut, only wrapped; the amount on the
    right stays on the last row, or gets a row of its own. The paper and the thermal printer
    both lay out by this."""
    cols = max(1, columns // max(1, line.size))
    text = line.text.rstrip()
    if len(text) + (len(line.right) + 1 if line.right else 0) <= cols:
        return [(text, line.right)]
    parts = textwrap.wrap(text, cols, break_long_words=True) or [""]
    if not line.right:
        return [(p, "") for p in parts]
    if len(parts[-1]) + 1 + len(line.right) <= cols:
        return [(p, "") for p in parts[:-1]] + [(parts[-1], line.right)]
    return [(p, "") for p in parts] + [("", line.right)]


def layout_text(lines: list[PrintLine], width: int = 48) -> str:
    """Plain-text rendering of a layout, for previews in tests, the CLI and logs."""
    rendered = []
    for line in lines:
        text = line.text.upper() if line.size > 1 else line.text
        if line.barcode:
            text = f"|||| {text} ||||"
        if line.center:
            rendered.append(text.center(width).rstrip())
        elif line.right:
            rendered.append(f"{text}{line.right:>{max(1, width - len(text))}}")
        else:
            rendered.append(text)
    return "\n".join(rendered)
