"""The cashier's card intents: pay by card, settle a payment in doubt (by asking the terminal
again or by hand), finish a sale the cards cover, give one up. Mixed into CashierWindow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from till.checkout.card_tender import CardDeclined, NoTerminal
from till.core.card import CardPayment, CardPaymentState, Tender
from till.core.money import format_kr
from till.core.sale import SaleError, SaleKind
from till.ui.input_dialogs import ConfirmDialog

if TYPE_CHECKING:
    from till.ui.card_dialog import CardPaymentDialog


class CardIntents:
    """Mixed into CashierWindow: uses its checkout, tasks, banner and _ask."""

    def _take_card_dialog(self, due: int, tender: Tender = Tender.CARD) -> CardPaymentDialog:
        """The card dialog built ahead of time (building a window costs a frame or two while
        the customer waits), or a new one. Klarna uses the same dialog under its own title."""
        dialog, self._spare_card_dialog = self._spare_card_dialog, None
        if dialog is None:
            from till.ui.card_dialog import CardPaymentDialog

            dialog = CardPaymentDialog(due, self)
        dialog.set_due(due)
        if tender is Tender.KLARNA:
            dialog.setWindowTitle(self.tr("Klarna payment (Point terminal)"))
        else:
            dialog.setWindowTitle(self.tr("Card payment"))
        dialog.cancel_requested.connect(self._cancel_card_entry)
        return dialog

    def _done_with_card_dialog(self, dialog: CardPaymentDialog) -> None:
        dialog.deleteLater()
        self.activateWindow()
        self.entry.setFocus()
        # The next one is built now, while nobody waits for it.
        QTimer.singleShot(0, self._build_spare_card_dialog)

    def _build_spare_card_dialog(self) -> None:
        if self._spare_card_dialog is None and self.checkout.cards.terminals:
            from till.ui.card_dialog import CardPaymentDialog

            self._spare_card_dialog = CardPaymentDialog(0, self)
            self._spare_card_dialog.winId()

    async def _pay_card(self) -> bool:
        return await self._pay_on_terminal(Tender.CARD)

    async def _pay_klarna(self) -> bool:
        return await self._pay_on_terminal(Tender.KLARNA)

    async def _pay_on_terminal(self, tender: Tender) -> bool:
        snapshot = self.checkout.snapshot()
        if snapshot.kind is SaleKind.RETURN:
            return await self._refund_card(tender)
        if not snapshot.lines:
            raise SaleError(self.tr("there is nothing to pay for"))
        if tender is Tender.KLARNA and self.checkout.cards.klarna_terminal is None:
            raise NoTerminal(
                self.tr("No Klarna terminal is set up for this till; take another tender.")
            )
        if tender is Tender.CARD and self.checkout.cards.terminal is None:
            raise NoTerminal(
                self.tr("No card terminal is set up for this till; take another tender.")
            )
        before = {p.payment_id for p in snapshot.card_payments}
        dialog = self._take_card_dialog(snapshot.due, tender)
        try:
            amount = await dialog.choose_amount()
            if amount is None:
                return await self._pay_cash() if dialog.cash_instead else False
            dialog.start()
            try:
                if tender is Tender.KLARNA:
                    receipt = await self.checkout.pay_klarna(dialog, amount=amount)
                else:
                    receipt = await self.checkout.pay_card(dialog, amount=amount)
            except CardDeclined:
                if dialog.cash_instead:  # the terminal stopped as asked: now the cash
                    dialog.finish()
                    return await self._pay_cash()
                if dialog.abort_codes:
                    self.show_warning(
                        self.tr("The card payment was cancelled; the sale is still open.")
                    )
                    return True
                raise
            finally:
                dialog.finish()
        finally:
            self._done_with_card_dialog(dialog)
        if receipt is not None:
            return True
        after = self.checkout.snapshot()
        new = [p for p in after.card_payments if p.payment_id not in before and p.state.charged]
        approved = sum(p.amount_auth for p in new)
        asked = sum(p.amount for p in new)
        message = self.tr("Card approved {approved} kr; {due} kr still due.").format(
            approved=format_kr(approved), due=format_kr(after.due)
        )
        if approved < asked:
            message = self.tr(
                "Card approved only {approved} kr of {asked} kr; {due} kr still due."
            ).format(approved=format_kr(approved), asked=format_kr(asked), due=format_kr(after.due))
        if dialog.cash_instead and after.due > 0:  # the card was read before the stop took
            self.show_warning(message)
            return await self._pay_cash()
        self.show_warning(message)
        return True

    def _cancel_card_entry(self, customer_pays_cash: bool) -> None:
        # Not through the serial queue: the payment being stopped holds it.
        self.tasks.start(
            self.checkout.cancel_card_entry(customer_pays_cash=customer_pays_cash),
            name="cancel card entry",
        )

    async def _settle_card_payment(self) -> bool:
        settled = await self.checkout.settle_payments()
        if not settled:
            raise SaleError(self.tr("no card payment is in doubt"))
        return await self._after_settling(settled)

    async def _settle_by_hand(self) -> bool:
        doubtful = [p for p in self.checkout.snapshot().card_payments if p.state.open]
        if not doubtful:
            raise SaleError(self.tr("no card payment of this sale is in doubt"))
        reference = self.checkout.cards.reference_text(doubtful[0])
        from till.ui.settle_dialog import SettleDialog

        answer = await self._ask(SettleDialog(doubtful[0], self, reference=reference))
        if answer is None:
            return False
        charged, reason = answer
        settled = await self.checkout.settle_by_hand(charged=charged, reason=reason)
        return await self._after_settling([settled])

    async def _after_settling(self, settled: list[CardPayment]) -> bool:
        """Say how it was settled; checkout finishes a sale now paid in full by card at once
        (not after a reversal: the cashier had given that sale up)."""
        if await self.checkout.finish_if_covered(settled) is not None:
            return True
        sale = self.checkout.snapshot()
        if any(p.reversal is not None for p in settled):
            back = [p for p in settled if p.state is CardPaymentState.REVERSED]
            stands = [p for p in settled if p.state.charged]
            if back:
                self.show_warning(
                    self.tr(
                        "The money ({amount} kr) went back to the card. The sale is open: take "
                        "the payment again, or void it."
                    ).format(amount=format_kr(sum(p.on_card for p in back)))
                )
            if stands:
                self.show_warning(
                    self.tr(
                        "The reversal did not happen: the card payment of {amount} kr stands. "
                        "Finish the sale (F8), or give it up again (Shift+F8)."
                    ).format(amount=format_kr(sum(p.amount_auth for p in stands)))
                )
            return True
        charged = [p for p in settled if p.state.charged]
        if charged:
            message = self.tr("The card was charged {amount} kr; {due} kr still due.").format(
                amount=format_kr(sum(p.amount_auth for p in charged)), due=format_kr(sale.due)
            )
        else:
            message = self.tr(
                "The card was not charged ({amount} kr). Take the payment again."
            ).format(amount=format_kr(sum(p.amount for p in settled)))
        self.show_warning(message)
        return True

    async def _finish_card_sale(self) -> bool:
        await self.checkout.finish_sale()
        return True

    async def _give_up_card_sale(self) -> bool:
        sale = self.checkout.snapshot()
        if sale.paid <= 0:
            raise SaleError(self.tr("no card payment of this sale can be given up"))
        dialog = ConfirmDialog(
            self.tr("Give up the card payment"),
            self.tr(
                "Reverse {amount} kr to the customer's card? The sale stays open: take another "
                "payment, or void it."
            ).format(amount=format_kr(sale.paid)),
            self.tr("Reverse (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        await self.checkout.give_up_sale(reason=self.checkout.give_up_reason())
        self.show_warning(
            self.tr("The card payment of {amount} kr was reversed; the sale is open.").format(
                amount=format_kr(sale.paid)
            )
        )
        return True
