"""Training mode, offline mode and the drawer opened without a sale: the register's modes.

Training mode: receipts are ÖVNINGSKVITTO (ovning to the CCU), counted apart, no card charged.
Offline mode: while the control unit is out, cash invoices (kontantnota) from the register's
own series; the till leaves it by itself when the unit answers again (Registrar). A pro forma
receipt is a registration of its own (registration.py).
"""

from __future__ import annotations

from till.checkout.context import CheckoutContext, open_cash_drawer
from till.checkout.events import ControlUnitState, ControlUnitStatus, ModesChanged
from till.core.card import CardSlip
from till.core.control import ControlUnitError
from till.core.errors import QT_TRANSLATE_NOOP, Message, english
from till.core.receipt import Payment, PaymentMethod
from till.core.sale import SaleError

OPEN_SALE_BEFORE_TRAINING = Message(
    "open_sale_before_training",
    QT_TRANSLATE_NOOP("Errors", "Finish or void the open sale before switching training mode."),
)
TRAINING_NO_CASH_INVOICE = Message(
    "training_no_cash_invoice",
    QT_TRANSLATE_NOOP("Errors", "Training mode has no cash invoices; leave training mode first."),
)
RECEIPT_WITH_CONTROL_UNIT_BEFORE_INVOICE = Message(
    "receipt_with_control_unit_before_invoice",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {sequence_number} is with the control unit: it must be finished (F8) before cash "
        "invoices can be issued.",
    ),
)
DRAWER_REASON_NEEDED = Message(
    "drawer_reason_needed",
    QT_TRANSLATE_NOOP("Errors", "Opening the drawer without a sale needs a reason."),
)


def training_card(amount: int) -> Payment:
    """Training mode charges no card; the receipt says so where the card would be."""
    return Payment(
        PaymentMethod.CARD, amount, card=CardSlip(app_label="ÖVNING", masked_pan="inget kort")
    )


class Modes:
    """The register's training and offline modes, kept in the store and told to the screen."""

    def __init__(self, context: CheckoutContext) -> None:
        self._context = context
        self.training = False  # receipts are ÖVNINGSKVITTO, cards are not charged
        self.offline = False  # the control unit is out: cash invoices instead of receipts

    def _changed(self) -> None:
        self._context.publish(ModesChanged(self.training, self.offline))

    async def load(self) -> None:
        """The modes the register was in when the till stopped."""
        ctx = self._context
        modes = await ctx.in_store(ctx.store.modes, ctx.register_id)
        self.training, self.offline = modes.training, modes.offline
        self._changed()

    async def set_training(self, on: bool) -> None:
        """Training mode: ÖVNINGSKVITTO to the CCU as ovning, counted apart, no card charged."""
        if on == self.training:
            return
        ctx = self._context
        if not ctx.open.sale.is_empty:
            raise SaleError(OPEN_SALE_BEFORE_TRAINING)
        await ctx.manager.approve("training mode on" if on else "training mode off")
        await ctx.in_store(ctx.store.set_training, ctx.register_id, on, by="manager")
        self.training = on
        self._changed()

    def may_offer_offline(self, error: BaseException) -> bool:
        """A payment failed because the control unit cannot be reached: may the cashier be
        offered cash invoices? Not while a receipt is with the unit (it is finished first),
        not when already offline, never in training mode (it has no cash invoices)."""
        return (
            isinstance(error, ControlUnitError)
            and error.is_offline
            and self._context.open.registration is None
            and not self.offline
            and not self.training
        )

    @staticmethod
    def offline_reason(failed: str | None, status: ControlUnitStatus) -> str | None:
        """Why offline mode may be entered: the failed payment's message, else the status
        bar's when the control unit is out; None when nothing says the unit is out."""
        if failed is not None:
            return failed
        if status.state is not ControlUnitState.OFFLINE:
            return None
        return english(status.message)  # the record's words; the screen describes the error

    async def go_offline(self, reason: str) -> None:
        """The control unit is out: sales get cash invoices (kontantnota) from their own series
        until it answers again. The outage must be documented and reported to the Tax Agency."""
        ctx = self._context
        if self.training:
            raise SaleError(TRAINING_NO_CASH_INVOICE)
        registration = ctx.open.registration
        if registration is not None:  # the unit may hold that receipt: it is finished first
            raise SaleError(
                RECEIPT_WITH_CONTROL_UNIT_BEFORE_INVOICE,
                sequence_number=registration.receipt.sequence_number,
            )
        if not self.offline:
            await ctx.in_store(ctx.store.set_offline, ctx.register_id, True, reason=reason)
            self.offline = True
            self._changed()

    async def back_online(self) -> None:
        if self.offline:
            ctx = self._context
            await ctx.in_store(
                ctx.store.set_offline, ctx.register_id, False, reason="the control unit answers"
            )
            self.offline = False
            self._changed()

    async def open_drawer(self, reason: str) -> None:
        """Open the drawer without a sale: a manager approves, the reason is journaled."""
        if not reason.strip():
            raise SaleError(DRAWER_REASON_NEEDED)
        ctx = self._context
        await ctx.manager.approve("drawer without a sale", details={"reason": reason.strip()})
        await ctx.in_store(
            ctx.store.journal,
            "drawer_opened",
            {"reason": reason.strip(), "without_sale": True},
            register_id=ctx.register_id,
        )
        await open_cash_drawer(ctx.printer)  # a failure says why (the printer's error)
