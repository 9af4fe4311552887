"""Returns, one of Checkout's collaborators (register.py).

A return is a sale of kind RETURN (a manager approves): against a stored receipt, whose lines
can be taken back up to what is left of them (the database refuses more), or without one.
It is paid back in cash or to the card as a credit, and goes to the
control unit as RefundAmount with negative VAT (CCU document 11.1 note).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from till.checkout.card_sale import CardPayments, training_payment
from till.checkout.context import CheckoutContext
from till.checkout.modes import Modes
from till.checkout.ports import TerminalPrompts
from till.checkout.registration import Registrar
from till.core.card import CardPaymentKind, Tender
from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.money import cash_rounding
from till.core.receipt import Payment, PaymentMethod, Receipt, ReceiptType
from till.core.sale import (
    ONE,
    Product,
    ReceiptRef,
    Sale,
    SaleError,
    SaleKind,
    SaleLine,
    format_quantity,
    parse_quantity,
)

OPEN_SALE_BEFORE_RETURN = Message(
    "open_sale_before_return",
    QT_TRANSLATE_NOOP("Errors", "Finish or void the open sale before a return."),
)
RETURN_NO_SUCH_RECEIPT = Message(
    "return_no_such_receipt",
    QT_TRANSLATE_NOOP("Errors", "There is no receipt {sequence_number} on {register_id}."),
)
RETURN_ONLY_NORMAL_RECEIPT = Message(
    "return_only_normal_receipt",
    QT_TRANSLATE_NOOP("Errors", "Only a normal sale receipt can be returned against."),
)
RETURN_NOT_AGAINST_RECEIPT = Message(
    "return_not_against_receipt",
    QT_TRANSLATE_NOOP("Errors", "This return is not against a receipt."),
)
RETURN_LINE_NOT_ON_RECEIPT = Message(
    "return_line_not_on_receipt",
    QT_TRANSLATE_NOOP("Errors", "That line is not on the original receipt."),
)
RETURN_MORE_THAN_LEFT = Message(
    "return_more_than_left",
    QT_TRANSLATE_NOOP(
        "Errors",
        "At most {quantity} of {name} can be returned: more was not sold, or is already returned.",
    ),
)
RETURN_ITEM_NOT_ON_RECEIPT = Message(
    "return_item_not_on_receipt",
    QT_TRANSLATE_NOOP(
        "Errors", "That item is not on receipt {number}, or all of it is already returned."
    ),
)
RETURN_PAID_BACK_TO_CARD = Message(
    "return_paid_back_to_card",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This return is already paid back to the card: finish it (F8), or give it up (the credit "
        "is reversed).",
    ),
)
RETURN_CREDIT_AMOUNT_DIFFERS = Message(
    "return_credit_amount_differs",
    QT_TRANSLATE_NOOP("Errors", "The terminal credited another amount: give up the return."),
)


class Returns:
    """Returns against a receipt or without one, and paying them back."""

    def __init__(
        self,
        context: CheckoutContext,
        *,
        registrar: Registrar,
        card_payments: CardPayments,
        modes: Modes,
        find_product: Callable[[str], Awaitable[Product]],
    ) -> None:
        self._context = context
        self._open = context.open
        self._store, self._in_store = context.store, context.in_store
        self._registrar = registrar
        self._card_payments = card_payments
        self._modes = modes
        self._find_product = find_product

    async def start_return(self, original: str | None = None) -> None:
        """Begin a return (a manager approves), against a stored receipt (its number, or its
        barcode scanned) or without one. A receipt is a sale or a return, never both."""
        self._open.refuse_changes()
        if not self._open.sale.is_empty:
            raise SaleError(OPEN_SALE_BEFORE_RETURN)
        ref = None
        if original:
            ref = ReceiptRef.parse(original, default_register=self._context.register_id)
            receipt = await self._in_store(
                self._store.receipt, ref.register_id, ref.sequence_number
            )
            if receipt is None:
                raise SaleError(
                    RETURN_NO_SUCH_RECEIPT,
                    sequence_number=ref.sequence_number,
                    register_id=ref.register_id,
                )
            if receipt.is_return or receipt.receipt_type is not ReceiptType.NORMAL:
                raise SaleError(RETURN_ONLY_NORMAL_RECEIPT)
        await self._context.manager.approve(
            "return", details={"original": ref.code if ref else None}
        )
        sale = Sale(kind=SaleKind.RETURN, original=ref)
        await self._in_store(
            self._store.save_open_sale,
            sale,
            register_id=self._context.register_id,
            kind="return_started",
            data={"original": ref.code if ref else None},
        )
        self._open.sale = sale
        self._open.returnable = {}
        if ref is not None:
            await self.load_returnable(ref)
        self._context.sale_changed()

    async def load_returnable(self, ref: ReceiptRef) -> None:
        rows = await self._in_store(self._store.returnable, ref)
        self._open.returnable = {position: (line, left) for position, line, left in rows}

    def returnable(self) -> list[tuple[int, SaleLine, int]]:
        """The original's lines and how much of each can still come back in this return."""
        taken: dict[int, int] = {}
        for line in self._open.sale.lines:
            if line.returned_from is not None:
                taken[line.returned_from] = taken.get(line.returned_from, 0) + line.quantity
        return [
            (position, line, left - taken.get(position, 0))
            for position, (line, left) in sorted(self._open.returnable.items())
        ]

    async def return_item(self, position: int, quantity: int | None = None) -> SaleLine:
        """Take back `quantity` (default: all that is left) of the original's line."""
        self._open.refuse_changes()
        if self._open.sale.original is None:
            raise SaleError(RETURN_NOT_AGAINST_RECEIPT)
        left = {p: (line, n) for p, line, n in self.returnable()}
        if position not in left:
            raise SaleError(RETURN_LINE_NOT_ON_RECEIPT)
        line, remaining = left[position]
        quantity = remaining if quantity is None else quantity
        if not 0 < quantity <= remaining:
            raise SaleError(
                RETURN_MORE_THAN_LEFT,
                quantity=format_quantity(remaining, by_weight=line.sold_by_weight),
                name=line.name,
            )
        data = {"position": position, "code": line.product_code, "quantity": quantity}
        return await self._context.change(
            lambda s: s.add_return(line, position, quantity), "item_returned", data
        )

    async def return_scanned(self, code: str, quantity_text: str | None) -> SaleLine:
        """In a return against a receipt, a scanned item comes off the original's lines: one
        piece, or all of a weighed line, unless a quantity was typed."""
        product_code = code
        if all(line.product_code != code for _, line, _ in self.returnable()):
            product_code = (await self._find_product(code)).code  # a barcode
        for position, line, left in self.returnable():
            if line.product_code == product_code and left > 0:
                if quantity_text:
                    quantity = parse_quantity(quantity_text, by_weight=line.sold_by_weight)
                else:
                    quantity = left if line.sold_by_weight else min(left, ONE)
                return await self.return_item(position, quantity)
        number = self._open.sale.original.sequence_number if self._open.sale.original else "?"
        raise SaleError(RETURN_ITEM_NOT_ON_RECEIPT, number=number)

    async def refund_cash(self) -> Receipt:
        """Pay a return back in cash, rounded to whole kronor; the drawer opens."""
        snapshot = self._open.refuse_to_take_payment(SaleKind.RETURN)
        if snapshot.paid:
            raise SaleError(RETURN_PAID_BACK_TO_CARD)
        total = self._open.sale.total  # negative
        rounding = cash_rounding(total)
        payment = Payment(PaymentMethod.CASH, total + rounding)
        return await self._registrar.complete(rounding, (payment,))

    async def refund_card(self, prompts: TerminalPrompts, tender: Tender = Tender.CARD) -> Receipt:
        """Pay a return back to the card (or to Klarna, on its terminal): a credit (a refund).
        If the credit was approved before (the control code failed), only the receipt is made:
        never twice."""
        snapshot = self._open.refuse_to_take_payment(SaleKind.RETURN)
        if snapshot.paid:
            return await self._card_payments.finish_sale()
        amount = -self._open.sale.total
        if tender is Tender.KLARNA:
            self._card_payments.cards.require_terminal(tender)
        if self._modes.training:
            return await self._registrar.complete(0, (training_payment(-amount, tender),))
        payment = await self._card_payments.charge(amount, prompts, CardPaymentKind.CREDIT, tender)
        if payment.amount_auth != amount:  # a credit is all or nothing; never seen partial
            self._context.sale_changed()
            raise SaleError(RETURN_CREDIT_AMOUNT_DIFFERS)
        try:
            return await self._registrar.complete(0, self._card_payments.card_tenders())
        except BaseException:
            self._context.sale_changed()
            raise
