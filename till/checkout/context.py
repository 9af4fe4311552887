"""What checkout's collaborators share, declared in one place.

Checkout (register.py) is composed of collaborators: the registration of a receipt
(registration.py), the card payments of the open sale (card_sale.py), returns (returns.py) and
the register's modes (modes.py). Each gets a CheckoutContext: the shop, the clock, the store and
its worker, the event bus, the manager gate, the printer, and the one OpenSale they all work on.
Nothing else is shared; what one collaborator needs of another it is handed in its __init__.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar, runtime_checkable

from till.checkout.card_reversal import PaymentUnknown
from till.checkout.events import CheckoutEvent, SaleChanged, SaleSnapshot
from till.checkout.manager import ManagerGate
from till.core.card import CardPayment
from till.core.control import ControlData
from till.core.errors import QT_TRANSLATE_NOOP, Message
from till.core.receipt import ControlCode, PrintLine, Receipt, ShopIdentity
from till.core.sale import Sale, SaleError, SaleKind, SaleLine
from till.store import TillStore
from till.store.registrations import Registration

PAYMENT_UNDER_WAY = Message(
    "payment_under_way",
    QT_TRANSLATE_NOOP("Errors", "A payment is under way; wait for it to finish."),
)
RECEIPT_WITH_CONTROL_UNIT = Message(
    "receipt_with_control_unit",
    QT_TRANSLATE_NOOP(
        "Errors",
        "Receipt {sequence_number} of this sale is with the control unit: nothing can change "
        "until it is finished (F8 asks again with the same receipt).",
    ),
)
CARD_OUTCOME_UNKNOWN = Message(
    "card_outcome_unknown",
    QT_TRANSLATE_NOOP(
        "Errors",
        "A card payment of this sale has an unknown outcome: settle it first (the till asks the "
        "terminal; a manager can settle it by hand).",
    ),
)
SALE_PARTLY_PAID_BY_CARD = Message(
    "sale_partly_paid_by_card",
    QT_TRANSLATE_NOOP(
        "Errors",
        "This sale is partly paid by card: its items cannot change now. Take the rest, or give up "
        "the sale (the card payment is reversed).",
    ),
)
IS_A_RETURN = Message(
    "is_a_return",
    QT_TRANSLATE_NOOP("Errors", "This is a return: pay the money back (F12 cash, F11 card)."),
)
IS_A_SALE = Message("is_a_sale", QT_TRANSLATE_NOOP("Errors", "This is a sale, not a return."))
NOTHING_TO_PAY = Message(
    "nothing_to_pay", QT_TRANSLATE_NOOP("Errors", "There is nothing to pay for.")
)
CARD_OUTCOME_UNKNOWN_NO_PAYMENT = Message(
    "card_outcome_unknown_no_payment",
    QT_TRANSLATE_NOOP(
        "Errors",
        "A card payment of this sale has an unknown outcome. No new payment can be taken until it "
        "is settled, so the customer is never charged twice.",
    ),
)


InStore = Callable[..., Awaitable[Any]]
T = TypeVar("T")


class ControlUnit(Protocol):
    async def request_code(self, data: ControlData, request_id: str) -> ControlCode: ...

    async def probe(self) -> None: ...


class ReceiptPrinter(Protocol):
    async def print_receipt(self, receipt: Receipt) -> None: ...

    async def print_layout(self, lines: list[PrintLine], *, file_name: str, doc_name: str) -> None:
        """Copies and day reports."""


@runtime_checkable
class CashDrawer(Protocol):
    """A printer that drives the cash drawer (ESC/POS: the kick on its drawer port). A system
    printer does not: the drawer then opens by its own means (a key, a driver setting)."""

    async def open_drawer(self) -> None: ...


async def open_cash_drawer(printer: ReceiptPrinter | None) -> bool:
    """Kick the drawer through the printer if it drives one; False if it does not."""
    if not isinstance(printer, CashDrawer):
        return False
    await printer.open_drawer()
    return True


@dataclass(slots=True)
class OpenSale:
    """The open sale and what hangs on it while it is open: its card payments (every state),
    the control-code request in flight, a return's original lines, a payment under way."""

    sale: Sale = field(default_factory=Sale)
    card_payments: list[CardPayment] = field(default_factory=list)
    # The control-code request in flight (sent, or answered and not yet stored): while there
    # is one, the sale is frozen and only that receipt can be finished.
    registration: Registration | None = None
    returnable: dict[int, tuple[SaleLine, int]] = field(
        default_factory=dict
    )  # position: line, left
    paying: bool = False  # a payment (card or control code) is under way

    def snapshot(self) -> SaleSnapshot:
        s = self.sale
        registering = self.registration.receipt.sequence_number if self.registration else None
        return SaleSnapshot(
            s.sale_id,
            tuple(s.lines),
            s.total,
            s.vat,
            tuple(self.card_payments),
            s.kind,
            s.original,
            registering,
        )

    def clear(self) -> None:
        """The sale is registered (or voided): the next customer starts from nothing."""
        self.sale = Sale()
        self.card_payments = []
        self.returnable = {}

    def refuse_while_paying(self) -> None:
        if self.paying:
            raise SaleError(PAYMENT_UNDER_WAY)

    def refuse_while_registering(self) -> None:
        if self.registration is not None:
            raise SaleError(
                RECEIPT_WITH_CONTROL_UNIT,
                sequence_number=self.registration.receipt.sequence_number,
            )

    def refuse_changes(self) -> None:
        """The lines are fixed while paying, while a receipt is with the control unit, and once
        money is, or may have been, taken."""
        self.refuse_while_paying()
        self.refuse_while_registering()
        snapshot = self.snapshot()
        if snapshot.payment_unknown:
            raise PaymentUnknown(CARD_OUTCOME_UNKNOWN)
        if snapshot.paid:
            raise SaleError(SALE_PARTLY_PAID_BY_CARD)

    def refuse_to_take_payment(self, kind: SaleKind = SaleKind.SALE) -> SaleSnapshot:
        self.refuse_while_paying()
        snapshot = self.snapshot()
        if self.sale.is_empty:
            raise SaleError(NOTHING_TO_PAY)
        if self.sale.kind is not kind:
            raise SaleError(IS_A_RETURN if self.sale.kind is SaleKind.RETURN else IS_A_SALE)
        if snapshot.payment_unknown:
            raise PaymentUnknown(CARD_OUTCOME_UNKNOWN_NO_PAYMENT)
        self.refuse_while_registering()
        return snapshot


@dataclass(slots=True, eq=False)
class CheckoutContext:
    """What every collaborator of Checkout may use. Not frozen only so that Checkout can swap
    the printer (set up anew) or the shop's identity; the collaborators never reassign a
    field, and read them here each time rather than keep copies."""

    shop: ShopIdentity
    clock: Callable[[], datetime]
    store: TillStore
    in_store: InStore  # runs a store call on the store's one worker thread
    publish: Callable[[CheckoutEvent], None]  # the event bus the screen subscribes to
    manager: ManagerGate
    printer: ReceiptPrinter | None
    open: OpenSale

    @property
    def register_id(self) -> str:
        return self.shop.register_id

    def cashier_name(self) -> str | None:
        """Who is signed in, as the receipt names them (checkout/users.py)."""
        users = self.manager.users
        return None if users is None or users.current is None else users.current.name

    def sale_changed(self) -> None:
        self.publish(SaleChanged(self.open.snapshot()))

    async def change(self, mutate: Callable[[Sale], T], kind: str, data: dict) -> T:
        """Apply a change to a copy of the open sale, save it with its journal event, then
        keep it: the screen never shows a change the store does not have."""
        open_sale = self.open
        draft = replace(open_sale.sale, lines=list(open_sale.sale.lines))
        result = mutate(draft)
        await self.in_store(
            self.store.save_open_sale, draft, register_id=self.register_id, kind=kind, data=data
        )
        open_sale.sale = draft
        self.sale_changed()
        return result
