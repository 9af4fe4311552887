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
            raise SaleError("finish or void the open sale before a return")
        ref = None
        if original:
            ref = ReceiptRef.parse(original, default_register=self._context.register_id)
            receipt = await self._in_store(
                self._store.receipt, ref.register_id, ref.sequence_number
            )
            if receipt is None:
                raise SaleError(f"there is no receipt {ref.sequence_number} on {ref.register_id}")
            if receipt.is_return or receipt.receipt_type is not ReceiptType.NORMAL:
                raise SaleError("only a normal sale receipt can be returned against")
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
            raise SaleError("this return is not against a receipt")
        left = {p: (line, n) for p, line, n in self.returnable()}
        if position not in left:
            raise SaleError("that line is not on the original receipt")
        line, remaining = left[position]
        quantity = remaining if quantity is None else quantity
        if not 0 < quantity <= remaining:
            raise SaleError(
                f"at most {format_quantity(remaining, by_weight=line.sold_by_weight)} of "
                f"{line.name} can be returned: more was not sold, or is already returned"
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
        raise SaleError(f"that item is not on receipt {number}, or all of it is already returned")

    async def refund_cash(self) -> Receipt:
        """Pay a return back in cash, rounded to whole kronor; the drawer opens."""
        snapshot = self._open.refuse_to_take_payment(SaleKind.RETURN)
        if snapshot.paid:
            raise SaleError(
                "this return is already paid back to the card: finish it (F8), or give it up "
                "(the credit is reversed)"
            )
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
            raise SaleError("the terminal credited another amount: give up the return")
        try:
            return await self._registrar.complete(0, self._card_payments.card_tenders())
        except BaseException:
            self._context.sale_changed()
            raise
