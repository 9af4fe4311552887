"""The cashier's intents for checkout's modes: training, offline (cash invoices), a pro forma
receipt, the drawer opened without a sale. Mixed into CashierWindow."""

from __future__ import annotations

from till.core.sale import SaleError
from till.ui.input_dialogs import ConfirmDialog
from till.ui.status_bar import reason_words


class ModeIntents:
    """Mixed into CashierWindow: uses its checkout, banner, _ask and the offline reason its
    intent runner keeps."""

    async def _pro_forma(self) -> bool:
        mark = self._banner_version
        receipt = await self.checkout.pro_forma()
        if self._banner_version == mark:  # a printer warning stays
            self.show_info(
                self.tr(
                    "Pro forma receipt {number} (EJ KVITTO) printed; the sale is still open."
                ).format(number=receipt.sequence_number)
            )
        return True

    async def _toggle_training(self) -> bool:
        on = not self.checkout.training
        await self.checkout.set_training(on)
        self.show_info(
            self.tr("Training mode on: receipts are ÖVNINGSKVITTO and no card is charged.")
            if on
            else self.tr("Training mode off: sales are real again.")
        )
        return True

    async def _go_offline(self) -> bool:
        if self.checkout.offline:
            raise SaleError(self.tr("The till already issues cash invoices (offline mode)."))
        failed = self._offline_reason
        reason = self.checkout.offline_reason(None if failed is None else failed.message)
        if reason is None:
            raise SaleError(
                self.tr(
                    "Offline mode is only for when the control unit cannot be reached, and "
                    "no payment has failed for that."
                )
            )
        dialog = ConfirmDialog(
            self.tr("Cash invoices (offline mode)"),
            self.tr(
                "The control unit cannot be reached: {reason}\n\nFrom now on every sale gets a "
                "cash invoice (kontantnota) from its own number series, until the control unit "
                "answers again. The outage must be documented and reported to Skatteverket."
            ).format(reason=reason_words(failed or self.checkout.control_unit_status.message)),
            self.tr("Cash invoices (Enter)"),
            self,
        )
        if not await self._ask(dialog):
            return False
        await self.checkout.go_offline(reason)
        self.show_warning(
            self.tr(
                "Offline mode: take the payment again (F12 or F11); the customer gets a cash "
                "invoice (kontantnota)."
            )
        )
        return True

    async def _open_drawer(self) -> bool:
        from till.ui.reason_dialog import ReasonDialog

        dialog = ReasonDialog(
            self.tr("Open the drawer"),
            self.tr("Why is the drawer opened without a sale? (required, kept in the journal)"),
            self,
        )
        reason = await self._ask(dialog)
        if reason is None:
            return False
        await self.checkout.open_drawer(reason)
        self.show_info(self.tr("The drawer is open; the opening is journaled."))
        return True
