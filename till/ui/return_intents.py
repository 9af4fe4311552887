"""The cashier's return intents: start a return (against a receipt or without one), pick a
line of the original, pay back in cash or to the card. Mixed into CashierWindow."""

from __future__ import annotations

from till.checkout.card_tender import CardDeclined, NoTerminal
from till.core.card import Tender
from till.core.money import cash_rounding, format_kr
from till.core.sale import SaleError, SaleKind, format_quantity, parse_quantity
from till.ui.input_dialogs import ConfirmDialog, ValueDialog


class ReturnIntents:
    """Mixed into CashierWindow: uses its checkout, banner, _ask and the card dialog's
    spare (CardIntents)."""

    async def _start_return(self) -> bool:
        snapshot = self.checkout.snapshot()
        if snapshot.kind is SaleKind.RETURN:
            if snapshot.original is None:
                raise SaleError(
                    self.tr("This return has no receipt: scan or type the items coming back.")
                )
            return await self._pick_return_line()
        if snapshot.lines:  # asked before the receipt is typed in vain
            raise SaleError(self.tr("finish or void the open sale before a return"))
        from till.ui.return_dialog import ReturnDialog

        original = await self._ask(ReturnDialog(self.checkout.register_id, self))
        if original is None:
            return False
        await self.checkout.start_return(original or None)
        if original and any(left > 0 for _, _, left in self.checkout.returnable()):
            await self._pick_return_line()
        return True

    async def _pick_return_line(self) -> bool:
        original = self.checkout.snapshot().original
        assert original is not None
        rows = self.checkout.returnable()
        if not any(left > 0 for _, _, left in rows):
            raise SaleError(
                self.tr("Everything on receipt {number} has come back already.").format(
                    number=original.sequence_number
                )
            )
        from till.ui.return_dialog import ReturnLinesDialog

        picked = await self._ask(ReturnLinesDialog(original, rows, self))
        if picked is None:
            return False
        position, line, left = picked
        by_weight = line.sold_by_weight
        dialog = ValueDialog(
            self.tr("Quantity to take back"),
            self.tr("How much of {name} comes back? ({left} can){unit}").format(
                name=line.name,
                left=format_quantity(left, by_weight=by_weight),
                unit=self.tr(" (kg)") if by_weight else "",
            ),
            lambda text: parse_quantity(text, by_weight=by_weight),
            initial=format_quantity(left, by_weight=by_weight).removesuffix(" kg"),
            parent=self,
        )
        quantity = await self._ask(dialog)
        if quantity is None:
            return False
        await self.checkout.return_item(position, quantity)
        return True

    def _pay_back(self) -> int:
        """Öre to hand over in cash for the open return, after öre rounding."""
        total = self.checkout.snapshot().total  # negative
        return -(total + cash_rounding(total))

    async def _refund_cash(self) -> bool:
        if not self.checkout.snapshot().lines:
            raise SaleError(self.tr("nothing to pay back: take an item back first"))
        dialog = ConfirmDialog(
            self.tr("Pay back in cash"),
            self.tr(
                "Pay back {amount} kr in cash? Enter registers the return receipt and the "
                "drawer opens."
            ).format(amount=format_kr(self._pay_back())),
            self.tr("Pay back (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        await self.checkout.refund_cash()
        return True

    async def _refund_card(self, tender: Tender = Tender.CARD) -> bool:
        snapshot = self.checkout.snapshot()
        if not snapshot.lines:
            raise SaleError(self.tr("nothing to pay back: take an item back first"))
        klarna = tender is Tender.KLARNA
        if klarna and self.checkout.cards.klarna_terminal is None:
            raise NoTerminal(
                self.tr("No Klarna terminal is set up for this till; pay back in cash (F12).")
            )
        if not klarna and self.checkout.cards.terminal is None and not self.checkout.training:
            raise NoTerminal(
                self.tr("No card terminal is set up for this till; pay back in cash (F12).")
            )
        amount = -snapshot.total
        dialog = self._take_card_dialog(amount, tender)
        if klarna:
            title = self.tr("Pay back {amount} kr through Klarna")
        else:
            title = self.tr("Pay back {amount} kr to the card")
        dialog.setWindowTitle(title.format(amount=format_kr(amount)))
        try:
            dialog.open()
            dialog.start()
            try:
                if klarna:
                    await self.checkout.refund_klarna(dialog)
                else:
                    await self.checkout.refund_card(dialog)
            except CardDeclined:
                if dialog.cash_instead:
                    dialog.finish()
                    return await self._refund_cash()
                if dialog.abort_codes:
                    self.show_warning(
                        self.tr("The card refund was cancelled; the return is still open.")
                    )
                    return True
                raise
        finally:
            dialog.finish()
            self._done_with_card_dialog(dialog)
        return True
