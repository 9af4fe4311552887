"""The cashier's intents on the open sale: search a product, change a line's quantity, give a
discount, remove a line, pay in cash, void the sale. Mixed into CashierWindow."""

from __future__ import annotations

from till.checkout.register import split_entry
from till.core.money import format_kr, parse_kr
from till.core.sale import ONE, Product, SaleError, SaleKind, format_quantity, parse_quantity
from till.ui.cash_dialog import CashPaymentDialog
from till.ui.input_dialogs import ConfirmDialog, ValueDialog
from till.ui.numeric_pad import add_pad


class SaleIntents:
    """Mixed into CashierWindow: uses its checkout, selection, cash dialog and _ask."""

    async def _enter(self, text: str) -> bool:
        """A code typed, scanned or pressed on a quick key: `[quantity*]code`. A product sold
        per kg without a weight asks for it, an open-price product for its price; Esc in
        either adds nothing. A return against a receipt takes its lines as checkout reads them."""
        parts = split_entry(text)
        if parts is None or self.checkout.sale.original is not None:
            await self.checkout.enter(text)  # it says what is wrong with the text
            return True
        quantity_text, code = parts
        product = await self.checkout.find_product(code)
        quantity = None
        if quantity_text:
            quantity = parse_quantity(quantity_text, by_weight=product.sold_by_weight)
        return await self._add_product(product, quantity)

    async def _add_product(self, product: Product, quantity: int | None = None) -> bool:
        """`quantity` None: one piece, or the weight asked for (kg)."""
        if quantity is None and product.sold_by_weight:
            from till.ui.weight_dialog import WeightDialog

            quantity = await self._ask(WeightDialog(product, self))
            if quantity is None:
                return False
        unit_price = None
        if product.open_price:
            from till.ui.price_dialog import PriceDialog

            unit_price = await self._ask(PriceDialog(product, self))
            if unit_price is None:
                return False
        await self.checkout.add_product(product, quantity or ONE, unit_price=unit_price)
        return True

    async def _search_product(self) -> bool:
        from till.ui.product_search import ProductSearchDialog

        product = await self._ask(ProductSearchDialog(self.checkout.search_products, self))
        if product is None:
            return False
        return await self._add_product(product)

    async def _change_quantity(self) -> bool:
        line = self._require_line()
        by_weight = line.sold_by_weight
        current = format_quantity(line.quantity, by_weight=by_weight).removesuffix(" kg")
        dialog = ValueDialog(
            self.tr("Quantity"),
            self.tr("New quantity for {name}").format(name=line.name)
            + (self.tr(" (kg)") if by_weight else ""),
            lambda text: parse_quantity(text, by_weight=by_weight),
            initial=current,
            parent=self,
        )
        add_pad(dialog, dialog.edit)  # a finger types it too
        quantity = await self._ask(dialog)
        if quantity is None:
            return False
        await self.checkout.set_quantity(line.line_no, quantity)
        return True

    async def _line_discount(self) -> bool:
        line = self._require_line()
        dialog = ValueDialog(
            self.tr("Discount"),
            self.tr("Discount in kronor on {name} ({amount})").format(
                name=line.name, amount=format_kr(line.gross)
            ),
            parse_kr,
            initial=format_kr(line.discount, thousands=False) if line.discount else "",
            parent=self,
        )
        add_pad(dialog, dialog.edit)
        discount = await self._ask(dialog)
        if discount is None:
            return False
        await self.checkout.set_discount(line.line_no, discount)
        return True

    async def _remove_line(self) -> None:
        line = self._require_line()
        await self.checkout.remove_line(line.line_no)

    async def _pay_cash(self) -> bool:
        if self.checkout.snapshot().kind is SaleKind.RETURN:
            return await self._refund_cash()
        if not self.checkout.snapshot().lines:
            raise SaleError(self.tr("there is nothing to pay for"))
        if self._cash_dialog is None:
            self._cash_dialog = CashPaymentDialog(self.checkout.settle_cash, self)
        dialog = self._cash_dialog
        rest = self.checkout.snapshot().paid > 0  # its figures are the rest after the card
        dialog.start(self.tr("Cash payment – the rest after the card payment") if rest else None)
        tendered = await self._ask(dialog, keep=True)
        if tendered is None:
            return False
        await self.checkout.pay_cash(tendered)
        return True

    async def _void_sale(self) -> bool:
        snapshot = self.checkout.snapshot()
        is_return = snapshot.kind is SaleKind.RETURN
        if not snapshot.lines and not is_return:
            return False
        if is_return:
            dialog = ConfirmDialog(
                self.tr("Cancel the return"),
                self.tr("Cancel the whole return? Nothing is paid back; the journal keeps it."),
                self.tr("Cancel the return (Enter)"),
                self,
            )
        else:
            dialog = ConfirmDialog(
                self.tr("Void sale"),
                self.tr("Void the whole sale? It is kept in the journal as an unfinished sale."),
                self.tr("Void sale (Enter)"),
                self,
            )
        if not await self._ask(dialog):
            return False
        await self.checkout.void_sale()
        if is_return and self.checkout.snapshot().kind is SaleKind.RETURN:
            raise SaleError(
                self.tr(
                    "The return is still open: a return with nothing taken back yet cannot be "
                    "cancelled. Take one item back, then F9 again."
                )
            )
        self.last_sale_label.setText(
            self.tr("Return cancelled") if is_return else self.tr("Sale voided")
        )
        return True
