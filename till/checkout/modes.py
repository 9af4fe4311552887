"""Training mode, offline mode, pro forma receipts and the drawer, mixed into Checkout.

Training mode: receipts are ÖVNINGSKVITTO (ovning to the CCU), counted apart, no card charged.
Offline mode: while the control unit is out, cash invoices (kontantnota) from the register's
own series; the till leaves it by itself when the unit answers again (register._complete).
"""

from __future__ import annotations

from till.checkout.events import ModesChanged
from till.core.card import CardSlip
from till.core.receipt import Payment, PaymentMethod, Receipt, ReceiptType
from till.core.sale import SaleError, SaleKind


def training_card(amount: int) -> Payment:
    """Training mode charges no card; the receipt says so where the card would be."""
    return Payment(
        PaymentMethod.CARD, amount, card=CardSlip(app_label="ÖVNING", masked_pan="inget kort")
    )


class Modes:
    """Mixed into Checkout: uses its sale, store, manager and _complete."""

    async def set_training(self, on: bool) -> None:
        """Training mode: ÖVNINGSKVITTO to the CCU as ovning, counted apart, no card charged."""
        if on == self.training:
            return
        if not self.sale.is_empty:
            raise SaleError("finish or void the open sale before switching training mode")
        await self.manager.approve("training mode on" if on else "training mode off")
        await self.in_store(self._store.set_training, self.register_id, on, by="manager")
        self.training = on
        self._publish(ModesChanged(self.training, self.offline))

    async def go_offline(self, reason: str) -> None:
        """The control unit is out: sales get cash invoices (kontantnota) from their own series
        until it answers again. The outage must be documented and reported to the Tax Agency."""
        if self.training:
            raise SaleError("training mode has no cash invoices; leave training mode first")
        if self.registration is not None:  # the unit may hold that receipt: it is finished first
            raise SaleError(
                f"receipt {self.registration.receipt.sequence_number} is with the control unit: "
                "it must be finished (F8) before cash invoices can be issued"
            )
        if not self.offline:
            await self.in_store(self._store.set_offline, self.register_id, True, reason=reason)
            self.offline = True
            self._publish(ModesChanged(self.training, self.offline))

    async def _back_online(self) -> None:
        if self.offline:
            await self.in_store(
                self._store.set_offline, self.register_id, False, reason="the control unit answers"
            )
            self.offline = False
            self._publish(ModesChanged(self.training, self.offline))

    async def pro_forma(self) -> Receipt:
        """A pre-bill of the open sale: EJ KVITTO, ReceiptType profo to the CCU; the sale stays
        open for payment and is not a sale in any total."""
        if self._paying:
            raise SaleError("a payment is under way; wait for it to finish")
        if self.sale.is_empty or self.sale.kind is SaleKind.RETURN:
            raise SaleError("a pro forma receipt needs a sale with items")
        if self.offline:
            raise SaleError("no pro forma receipts while the control unit is out")
        return await self._complete(0, (), receipt_type=ReceiptType.PRO_FORMA)

    async def open_drawer(self, reason: str) -> None:
        """Open the drawer without a sale: a manager approves, the reason is journaled."""
        if not reason.strip():
            raise SaleError("opening the drawer without a sale needs a reason")
        await self.manager.approve("drawer without a sale", details={"reason": reason.strip()})
        await self.in_store(
            self._store.journal,
            "drawer_opened",
            {"reason": reason.strip(), "without_sale": True},
            register_id=self.register_id,
        )
