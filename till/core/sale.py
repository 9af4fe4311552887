"""The open sale: lines the cashier rings up, their amounts, and the cash settlement.

Quantities are ints of thousandths (1 piece = 1000, 1.234 kg = 1234) so weighed goods keep
their three decimals without floats.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum

from till.core.errors import TillError
from till.core.money import cash_rounding, round_half_up_div
from till.core.vat import VatSection, check_rate, vat_sections

ONE = 1000  # one piece, or one kilogram
MAX_OPEN_PRICE = 9_999_999  # 99 999,99 kr: more, typed at a till, is a mistake
MAX_QUANTITY = 999_999  # 999.999 kg or 999 pieces; more is a typing mistake at a till


class SaleError(TillError, ValueError):
    """Something the cashier asked for that the sale cannot do; the message says what."""

    code = "sale_refused"


@dataclass(frozen=True, slots=True)
class Product:
    code: str  # PLU, the cashier types it
    name: str
    unit_price: int  # öre incl. VAT, per piece or per kg
    vat_rate: int
    barcode: str | None = None  # EAN/GTIN the scanner types
    sold_by_weight: bool = False
    service: bool = False  # a service, not goods: counted apart in the X/Z reports
    open_price: bool = False  # the cashier types the price at each sale (unit_price: a default)

    def __post_init__(self) -> None:
        check_rate(self.vat_rate)
        if self.unit_price < 0:
            raise SaleError(f"{self.name}: a price cannot be negative")


@dataclass(frozen=True, slots=True)
class SaleLine:
    line_no: int
    product_code: str
    name: str
    unit_price: int
    quantity: int  # thousandths
    vat_rate: int
    sold_by_weight: bool = False
    discount: int = 0  # öre off this line
    service: bool = False
    returned_from: int | None = None  # a return line: the line's position on the original

    @property
    def gross(self) -> int:
        """Price times quantity, before the discount, rounded to öre."""
        return round_half_up_div(self.unit_price * self.quantity, ONE)

    @property
    def amount(self) -> int:
        return self.gross - self.discount


def parse_quantity(text: str, *, by_weight: bool) -> int:
    """'3' -> 3000; '1,250' or '1.25' (kg) -> 1250. Pieces must be whole."""
    m = re.fullmatch(r"\s*(\d{1,6})(?:[.,](\d{1,3}))?\s*", text, re.ASCII)
    if not m:
        raise SaleError(f"'{text}' is not a quantity")
    whole, frac = m.groups()
    if frac and not by_weight:
        raise SaleError("only weighed goods can have a fractional quantity")
    quantity = int(whole) * ONE + int((frac or "0").ljust(3, "0"))
    check_quantity(quantity)
    return quantity


def check_quantity(quantity: int) -> int:
    if not 0 < quantity <= MAX_QUANTITY:
        raise SaleError("the quantity must be more than 0 and at most 999")
    return quantity


def format_quantity(quantity: int, *, by_weight: bool) -> str:
    if by_weight:
        whole, frac = divmod(quantity, ONE)
        return f"{whole},{frac:03d} kg"
    return str(quantity // ONE)


@dataclass(frozen=True, slots=True)
class CashSettlement:
    """What the customer pays in cash: the total rounded to whole kronor, and the change."""

    total: int
    rounding: int
    due: int
    tendered: int
    change: int


def settle_cash(total: int, tendered: int | None = None) -> CashSettlement:
    """`tendered` None: the customer pays exactly what is due (the quote a dialog shows)."""
    rounding = cash_rounding(total)
    due = total + rounding
    if tendered is None:
        tendered = due
    if tendered < due:
        raise SaleError("the amount tendered is less than the amount due")
    return CashSettlement(total, rounding, due, tendered, tendered - due)


class SaleKind(StrEnum):
    """A receipt is a sale or a return, never both (SKVFS 2014:9)."""

    SALE = "sale"
    RETURN = "return"

    @property
    def sign(self) -> int:
        return -1 if self is SaleKind.RETURN else 1


@dataclass(frozen=True, slots=True)
class ReceiptRef:
    """A stored receipt by its register and number; on paper as a barcode `R-<reg>-<number>`."""

    register_id: str
    sequence_number: int

    @property
    def code(self) -> str:
        return f"R-{self.register_id}-{self.sequence_number}"

    @classmethod
    def parse(cls, text: str, *, default_register: str) -> ReceiptRef:
        """`R-EP01-123` (scanned off a receipt) or a plain `123` (typed, this register)."""
        text = text.strip()
        if m := re.fullmatch(r"R-([A-Za-z0-9]{1,16})-(\d{1,12})", text, re.ASCII):
            return cls(m.group(1), int(m.group(2)))
        if m := re.fullmatch(r"\d{1,12}", text, re.ASCII):
            return cls(default_register, int(text))
        raise SaleError(f"'{text}' is not a receipt number")


@dataclass(slots=True)
class Sale:
    """The sale being rung up. Every change is saved by checkout before it is shown.

    A return is a sale of kind RETURN: its lines are positive quantities and amounts, as on
    paper; its total and VAT are negative, as the CCU wants them (CCU document 11.1 note)."""

    sale_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    lines: list[SaleLine] = field(default_factory=list)
    kind: SaleKind = SaleKind.SALE
    original: ReceiptRef | None = None  # a return against a stored receipt

    @property
    def total(self) -> int:
        return self.kind.sign * sum(line.amount for line in self.lines)

    @property
    def vat(self) -> tuple[VatSection, ...]:
        sign = self.kind.sign
        return vat_sections((line.vat_rate, sign * line.amount) for line in self.lines)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    def add(
        self, product: Product, quantity: int = ONE, *, unit_price: int | None = None
    ) -> SaleLine:
        """`unit_price`: the price the cashier typed, for an open-price product only."""
        check_quantity(quantity)
        if not product.sold_by_weight and quantity % ONE:
            raise SaleError(f"{product.name} is sold by the piece")
        if unit_price is not None and not product.open_price:
            raise SaleError(f"{product.name} has a fixed price")
        if unit_price is not None and not 0 < unit_price <= MAX_OPEN_PRICE:
            raise SaleError(f"{product.name}: the price must be more than 0 and at most 99 999,99")
        line = SaleLine(
            line_no=max((x.line_no for x in self.lines), default=0) + 1,
            product_code=product.code,
            name=product.name,
            unit_price=product.unit_price if unit_price is None else unit_price,
            quantity=quantity,
            vat_rate=product.vat_rate,
            sold_by_weight=product.sold_by_weight,
            service=product.service,
        )
        self.lines.append(line)
        return line

    def add_return(self, original: SaleLine, position: int, quantity: int) -> SaleLine:
        """Take back `quantity` of an original receipt's line at its price; the line's discount
        comes back in proportion. The caller checks it is not more than was sold."""
        if self.kind is not SaleKind.RETURN:
            raise SaleError("items from a receipt can only be taken back in a return")
        check_quantity(quantity)
        if quantity > original.quantity:
            sold = format_quantity(original.quantity, by_weight=original.sold_by_weight)
            raise SaleError(f"only {sold} of {original.name} was sold")
        line = replace(
            original,
            line_no=max((x.line_no for x in self.lines), default=0) + 1,
            quantity=quantity,
            discount=round_half_up_div(original.discount * quantity, original.quantity),
            returned_from=position,
        )
        self.lines.append(line)
        return line

    def line(self, line_no: int) -> SaleLine:
        for line in self.lines:
            if line.line_no == line_no:
                return line
        raise SaleError(f"there is no line {line_no}")

    def remove(self, line_no: int) -> SaleLine:
        line = self.line(line_no)
        self.lines.remove(line)
        return line

    def _replace(self, line_no: int, **changes: int) -> SaleLine:
        old = self.line(line_no)
        new = replace(old, **changes)
        self.lines[self.lines.index(old)] = new
        return new

    def set_quantity(self, line_no: int, quantity: int) -> SaleLine:
        check_quantity(quantity)
        line = self.line(line_no)
        if not line.sold_by_weight and quantity % ONE:
            raise SaleError(f"{line.name} is sold by the piece")
        if line.discount > round_half_up_div(line.unit_price * quantity, ONE):
            raise SaleError("the discount would be larger than the line")
        return self._replace(line_no, quantity=quantity)

    def set_discount(self, line_no: int, discount: int) -> SaleLine:
        line = self.line(line_no)
        if not 0 <= discount <= line.gross:
            raise SaleError("a discount must be between 0 and the line's amount")
        return self._replace(line_no, discount=discount)
