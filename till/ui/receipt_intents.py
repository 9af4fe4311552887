"""The cashier's intents for receipts already made: the last one shown again, a copy (KOPIA),
the originals stored but never printed. Mixed into CashierWindow."""

from __future__ import annotations

from till.checkout.copies import print_copy
from till.core.sale import SaleError


class ReceiptIntents:
    """Mixed into CashierWindow: uses its checkout, last receipt, banner and _ask."""

    async def _show_last_receipt(self) -> bool:
        if self.last_receipt is None:
            raise SaleError(self.tr("no receipt has been made since the till started"))
        from till.ui.receipt_view import ReceiptPreview

        await self._ask(ReceiptPreview(self.last_receipt, self))
        return False

    async def _print_copy(self) -> bool:
        from till.ui.reason_dialog import ReceiptNumberDialog

        dialog = ReceiptNumberDialog(
            self.tr("Copy of a receipt"),
            self.tr("Which receipt? Scan its barcode or type its number. It gets one copy only."),
            self.checkout.register_id,
            self,
        )
        original = await self._ask(dialog)
        if original is None:
            return False
        copy = await print_copy(self.checkout, original)
        self.show_info(
            self.tr("Copy of receipt {number} printed (KOPIA).").format(
                number=copy.receipt.sequence_number
            )
        )
        return True

    async def _offer_unprinted(self) -> bool:
        """Tell the cashier of receipts stored but never printed (a crash between storing and
        printing, or a printer fault)."""
        count = len(await self.checkout.unprinted_originals())
        if count:
            self.show_warning(
                self.tr("{count} stored receipt(s) were not printed: Ctrl+U prints them.").format(
                    count=count
                )
            )
        return False  # the banner stays

    async def _print_originals(self) -> bool:
        receipts = await self.checkout.unprinted_originals()
        if not receipts:
            self.show_info(self.tr("Every stored receipt has been printed."))
            return False
        from till.ui.unprinted_dialog import UnprintedDialog

        receipt = await self._ask(UnprintedDialog(receipts, self))
        if receipt is None:
            return False
        await self.checkout.print_original(receipt)
        left = len(receipts) - 1
        if left:
            self.show_warning(
                self.tr("Receipt {number} printed; {count} more not printed (Ctrl+U).").format(
                    number=receipt.sequence_number, count=left
                )
            )
        else:
            self.show_info(
                self.tr("Receipt {number} printed.").format(number=receipt.sequence_number)
            )
        return False
