"""The open sale: lines the cashier rings up, their amounts, and the cash settlement.

Quantities are ints of thousandths (1 piece = 1000, 1.234 kg = 1234) so weighed goods keep
their three decimals without floats.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from enum import StrEnum

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import Amount, cash_rounding, round_half_up_div
from till.core.vat import VatSection, check_rate, vat_sections

PRICE_NEGATIVE = Message(
    "price_negative", QT_TRANSLATE_NOOP("Errors", "{name}: a price cannot be negative.")
)
NOT_A_QUANTITY = Message(
    "not_a_quantity", QT_TRANSLATE_NOOP("Errors", "'{text}' is not a quantity.")
)
FRACTION_OF_A_PIECE = Message(
    "fraction_of_a_piece",
    QT_TRANSLATE_NOOP("Errors", "Only weighed goods can have a fractional quantity."),
)
QUANTITY_OUT_OF_RANGE = Message(
    "quantity_out_of_range",
    QT_TRANSLATE_NOOP("Errors", "The quantity must be more than 0 and at most 999."),
)
TENDERED_TOO_LITTLE = Message(
    "tendered_too_little",
    QT_TRANSLATE_NOOP("Errors", "The amount tendered is less than the amount due."),
)
NOT_A_RECEIPT_NUMBER = Message(
    "not_a_receipt_number", QT_TRANSLATE_NOOP("Errors", "'{text}' is not a receipt number.")
)
SOLD_BY_THE_PIECE = Message(
    "sold_by_the_piece", QT_TRANSLATE_NOOP("Errors", "{name} is sold by the piece.")
)
FIXED_PRICE = Message("fixed_price", QT_TRANSLATE_NOOP("Errors", "{name} has a fixed price."))
OPEN_PRICE_OUT_OF_RANGE = Message(
    "open_price_out_of_range",
    QT_TRANSLATE_NOOP("Errors", "{name}: the price must be more than 0 and at most {most}."),
)
TAKE_BACK_ONLY_IN_RETURN = Message(
    "take_back_only_in_return",
    QT_TRANSLATE_NOOP("Errors", "Items from a receipt can only be taken back in a return."),
)
MORE_THAN_WAS_SOLD = Message(
    "more_than_was_sold", QT_TRANSLATE_NOOP("Errors", "Only {sold} of {name} was sold.")
)
NO_SUCH_LINE = Message("no_such_line", QT_TRANSLATE_NOOP("Errors", "There is no line {line_no}."))
DISCOUNT_LARGER_THAN_LINE = Message(
    "discount_larger_than_line",
    QT_TRANSLATE_NOOP("Errors", "The discount would be larger than the line."),
)
DISCOUNT_OUT_OF_RANGE = Message(
    "discount_out_of_range",
    QT_TRANSLATE_NOOP("Errors", "A discount must be between 0 and the line's amount."),
)


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
    group: str | None = None  # the catalog's group: a quick-key tab, a price-list heading
    more_barcodes: tuple[str, ...] = ()  # other packs' or suppliers' codes for the same product

    @property
    def barcodes(self) -> tuple[str, ...]:
        """Every code the scanner may type for it, the main one first."""
        return ((self.barcode,) if self.barcode else ()) + self.more_barcodes

    def __post_init__(self) -> None:
        check_rate(self.vat_rate)
        if self.unit_price < 0:
            raise SaleError(PRICE_NEGATIVE, name=self.name)


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
    group: str | None = None  # the product's main group when sold: the X/Z report's point 6

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
        raise SaleError(NOT_A_QUANTITY, text=text)
    whole, frac = m.groups()
    if frac and not by_weight:
        raise SaleError(FRACTION_OF_A_PIECE)
    quantity = int(whole) * ONE + int((frac or "0").ljust(3, "0"))
    check_quantity(quantity)
    return quantity


def check_quantity(quantity: int) -> int:
    if not 0 < quantity <= MAX_QUANTITY:
        raise SaleError(QUANTITY_OUT_OF_RANGE)
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
        raise SaleError(TENDERED_TOO_LITTLE)
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
        raise SaleError(NOT_A_RECEIPT_NUMBER, text=text)


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
            raise SaleError(SOLD_BY_THE_PIECE, name=product.name)
        if unit_price is not None and not product.open_price:
            raise SaleError(FIXED_PRICE, name=product.name)
        if unit_price is not None and not 0 < unit_price <= MAX_OPEN_PRICE:
            raise SaleError(OPEN_PRICE_OUT_OF_RANGE, name=product.name, most=Amount(MAX_OPEN_PRICE))
        line = SaleLine(
            line_no=max((x.line_no for x in self.lines), default=0) + 1,
            product_code=product.code,
            name=product.name,
            unit_price=product.unit_price if unit_price is None else unit_price,
            quantity=quantity,
            vat_rate=product.vat_rate,
            sold_by_weight=product.sold_by_weight,
            service=product.service,
            group=product.group,
        )
        self.lines.append(line)
        return line

    def add_return(self, original: SaleLine, position: int, quantity: int) -> SaleLine:
        """Take back `quantity` of an original receipt's line at its price; the line's discount
        comes back in proportion. The caller checks it is not more than was sold."""
        if self.kind is not SaleKind.RETURN:
            raise SaleError(TAKE_BACK_ONLY_IN_RETURN)
        check_quantity(quantity)
        if quantity > original.quantity:
            sold = format_quantity(original.quantity, by_weight=original.sold_by_weight)
            raise SaleError(MORE_THAN_WAS_SOLD, sold=sold, name=original.name)
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
        raise SaleError(NO_SUCH_LINE, line_no=line_no)

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
            raise SaleError(SOLD_BY_THE_PIECE, name=line.name)
        if line.discount > round_half_up_div(line.unit_price * quantity, ONE):
            raise SaleError(DISCOUNT_LARGER_THAN_LINE)
        return self._replace(line_no, quantity=quantity)

    def set_discount(self, line_no: int, discount: int) -> SaleLine:
        line = self.line(line_no)
        if not 0 <= discount <= line.gross:
            raise SaleError(DISCOUNT_OUT_OF_RANGE)
        return self._replace(line_no, discount=discount)
