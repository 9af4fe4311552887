"""The sale workflow: the one place that orders entry, payment, control code, storage, printing.

Every step is saved before the next is tried: each change to the open sale is stored with its
journal event before the screen shows it, and a receipt is written only after the control unit
gave its code (SKVFS 2014:9, 4 kap. 9 §; CCU document 11.3). A failure leaves the sale open,
also across a restart, and the cashier can try again.

Store calls run on one worker thread, so an fsync never stalls the Qt event loop.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol, TypeVar

from till.checkout.card_sale import CardSale
from till.checkout.card_tender import CardTender, PaymentUnknown
from till.checkout.events import (
    CheckoutEvent,
    ControlUnitState,
    ControlUnitStatus,
    ModesChanged,
    ReceiptCompleted,
    SaleChanged,
    SaleSnapshot,
)
from till.checkout.manager import ManagerGate
from till.checkout.modes import Modes
from till.checkout.ports import PaymentTerminal
from till.checkout.registration import Registering
from till.checkout.returns import Returns
from till.core.card import CardPayment
from till.core.errors import TillError
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    PrintLine,
    Receipt,
    ReceiptType,
    ShopIdentity,
)
from till.core.sale import (
    ONE,
    CashSettlement,
    Product,
    Sale,
    SaleError,
    SaleKind,
    SaleLine,
    parse_quantity,
    settle_cash,
)
from till.protocols.ccu.errors import ControlUnitError
from till.protocols.ccu.request import ControlData
from till.store import TillStore
from till.store.registrations import Registration

log = logging.getLogger(__name__)
T = TypeVar("T")

# "3*7310865004703": a quantity prefix, then a PLU or barcode (a scanner types digits + Enter).
_ENTRY = re.compile(r"^\s*(?:(\d{1,6}(?:[.,]\d{1,3})?)\s*\*\s*)?([0-9A-Za-z-]{1,32})\s*$", re.ASCII)


class ControlUnit(Protocol):
    async def request_code(self, data: ControlData, request_id: str) -> ControlCode: ...

    async def probe(self) -> None: ...


class ReceiptPrinter(Protocol):
    async def print_receipt(self, receipt: Receipt) -> None: ...

    async def print_layout(self, lines: list[PrintLine], *, file_name: str, doc_name: str) -> None:
        """Copies and day reports."""


def local_now() -> datetime:
    return datetime.now().astimezone()


class Checkout(CardSale, Returns, Modes, Registering):
    """The open sale; card payments, returns, the modes and the registration of a receipt
    (control code, storage, printing) are in the mixins beside this module (card_sale.py,
    returns.py, modes.py, registration.py)."""

    def __init__(
        self,
        *,
        store: TillStore,
        control_unit: ControlUnit,
        shop: ShopIdentity,
        printer: ReceiptPrinter | None = None,
        clock: Callable[[], datetime] = local_now,
        terminal: PaymentTerminal | None = None,
    ) -> None:
        self._store = store
        self._control_unit = control_unit
        self.printer = printer
        self._clock = clock
        self.shop = shop
        self.sale = Sale()
        self.control_unit_status = ControlUnitStatus(ControlUnitState.UNKNOWN, "not asked yet")
        self._listeners: list[Callable[[CheckoutEvent], None]] = []
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._paying = False
        self._probe_failed = False
        self.card_payments: list[CardPayment] = []  # the open sale's, every state
        self.training = False  # receipts are ÖVNINGSKVITTO, cards are not charged
        self.offline = False  # the control unit is out: cash invoices instead of receipts
        self.manager = ManagerGate(
            store=store, register_id=shop.register_id, in_store=self.in_store
        )
        self._returnable: dict[int, tuple[SaleLine, int]] = {}  # a return's original lines
        self._settling: asyncio.Future | None = None  # a strong reference while it runs
        self._settle_lock = asyncio.Lock()
        # The control-code request in flight (sent, or answered and not yet stored): while
        # there is one, the sale is frozen and only that receipt can be finished.
        self.registration: Registration | None = None
        self.cards = CardTender(
            store=store,
            terminal=terminal,
            register_id=shop.register_id,
            in_store=self.in_store,
            clock=clock,
        )
        if terminal is not None:
            terminal.subscribe(self._terminal_state)

    # -- plumbing -------------------------------------------------------------------------

    @property
    def store(self) -> TillStore:
        return self._store

    def now(self) -> datetime:
        return self._clock()

    def subscribe(self, listener: Callable[[CheckoutEvent], None]) -> None:
        self._listeners.append(listener)

    def _publish(self, event: CheckoutEvent) -> None:
        for listener in self._listeners:
            listener(event)

    async def in_store(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store call on the store's one worker thread (also for TerminalAdmin)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, lambda: fn(*args, **kwargs))

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

    def _sale_changed(self) -> None:
        self._publish(SaleChanged(self.snapshot()))

    def _set_control_unit(self, state: ControlUnitState, message: str) -> None:
        self.control_unit_status = ControlUnitStatus(state, message)
        self._publish(self.control_unit_status)

    async def watch_control_unit(self, interval: float = 30.0) -> None:
        """Keep the status bar honest between sales: can the gateway be reached at all?

        Only a connect, never a request (a request would use a receipt number). A real request's
        answer always wins over the probe: a reachable gateway can still answer 920.
        """
        while True:
            if not self._paying:
                try:
                    await self._control_unit.probe()
                except ControlUnitError as error:
                    self._probe_failed = True
                    self._set_control_unit(ControlUnitState.OFFLINE, error.message)
                else:
                    state = self.control_unit_status.state
                    if state is ControlUnitState.UNKNOWN or self._probe_failed:
                        self._set_control_unit(ControlUnitState.ONLINE, "reachable")
                    self._probe_failed = False
            await asyncio.sleep(interval)

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self._worker.shutdown)

    # -- the open sale ---------------------------------------------------------------------

    @property
    def register_id(self) -> str:
        return self.shop.register_id

    async def resume(self) -> bool:
        """Load the sale that was open when the till stopped. True if there was one."""
        modes = await self.in_store(self._store.modes, self.register_id)
        self.training, self.offline = modes.training, modes.offline
        self._publish(ModesChanged(self.training, self.offline))
        sale = await self.in_store(self._store.load_open_sale, self.register_id)
        if sale is not None:
            self.sale = sale
            self.card_payments = await self._card_payments_of(sale)
            if sale.original is not None:
                await self._load_returnable(sale.original)
        self.registration = await self.in_store(self._store.open_registration, self.register_id)
        self._sale_changed()
        if self.registration is not None and self.registration.answered:
            # The code came back before the till stopped: store that receipt now. It is not
            # printed here; the cashier is offered its original with the other unprinted ones.
            try:
                await self._complete(0, (), print_it=False)
            except TillError as error:  # e.g. the disk is still full: F8 tries again
                log.warning("could not store the answered receipt at start: %s", error.detail)
        return sale is not None

    async def _change(self, mutate: Callable[[Sale], T], kind: str, data: dict) -> T:
        """Apply a change to a copy of the sale, save it with its journal event, then keep it."""
        draft = replace(self.sale, lines=list(self.sale.lines))
        result = mutate(draft)
        await self.in_store(
            self._store.save_open_sale, draft, register_id=self.register_id, kind=kind, data=data
        )
        self.sale = draft
        self._sale_changed()
        return result

    def _refuse_while_paying(self) -> None:
        if self._paying:
            raise SaleError("a payment is under way; wait for it to finish")

    def _refuse_while_registering(self) -> None:
        if self.registration is not None:
            raise SaleError(
                f"receipt {self.registration.receipt.sequence_number} of this sale is with the "
                "control unit: nothing can change until it is finished (F8 asks again with the "
                "same receipt)"
            )

    def _refuse_changes(self) -> None:
        """The lines are fixed while paying, while a receipt is with the control unit, and once
        money is, or may have been, taken."""
        self._refuse_while_paying()
        self._refuse_while_registering()
        snapshot = self.snapshot()
        if snapshot.payment_unknown:
            raise PaymentUnknown(
                "A card payment of this sale has an unknown outcome: settle it first "
                "(the till asks the terminal; a manager can settle it by hand)."
            )
        if snapshot.paid:
            raise SaleError(
                "This sale is partly paid by card: its items cannot change now. Take the rest, "
                "or give up the sale (the card payment is reversed)."
            )

    async def enter(self, text: str) -> SaleLine:
        """What the cashier or scanner typed: `[quantity*]code`, code a PLU or a barcode."""
        m = _ENTRY.match(text)
        if not m:
            raise SaleError(f"'{text.strip()}' is neither a product code nor a barcode")
        quantity_text, code = m.groups()
        if self.sale.original is not None:  # a return against a receipt: its lines only
            return await self._return_scanned(code, quantity_text)
        product = await self.find_product(code)
        quantity = ONE
        if quantity_text:
            quantity = parse_quantity(quantity_text, by_weight=product.sold_by_weight)
        return await self.add_product(product, quantity)

    async def find_product(self, code: str) -> Product:
        product = await self.in_store(self._store.find_product, code)
        if product is None:
            raise SaleError(f"no product has the code {code}")
        return product

    async def search_products(self, text: str) -> list[Product]:
        return await self.in_store(self._store.search_products, text)

    async def add_product(self, product: Product, quantity: int = ONE) -> SaleLine:
        self._refuse_changes()
        data = {
            "code": product.code,
            "name": product.name,
            "quantity": quantity,
            "unit_price": product.unit_price,
        }
        return await self._change(lambda s: s.add(product, quantity), "item_added", data)

    async def remove_line(self, line_no: int) -> SaleLine:
        self._refuse_changes()
        line = self.sale.line(line_no)
        data = {
            "line_no": line_no,
            "code": line.product_code,
            "name": line.name,
            "quantity": line.quantity,
            "amount": line.amount,
        }
        return await self._change(lambda s: s.remove(line_no), "item_removed", data)

    async def set_quantity(self, line_no: int, quantity: int) -> SaleLine:
        self._refuse_changes()
        old = self.sale.line(line_no)
        data = {"line_no": line_no, "code": old.product_code, "from": old.quantity, "to": quantity}
        return await self._change(
            lambda s: s.set_quantity(line_no, quantity), "quantity_changed", data
        )

    async def set_discount(self, line_no: int, discount: int) -> SaleLine:
        self._refuse_changes()
        old = self.sale.line(line_no)
        data = {"line_no": line_no, "code": old.product_code, "from": old.discount, "to": discount}
        return await self._change(lambda s: s.set_discount(line_no, discount), "discount_set", data)

    async def void_sale(self, reason: str = "voided by the cashier") -> None:
        """Abandon the open sale. It is journaled (an unfinished sale), never silently dropped."""
        self._refuse_changes()
        if self.sale.is_empty and self.sale.kind is SaleKind.SALE:
            return  # nothing rung up: nothing to void (an empty return is still cancelled)
        await self.in_store(
            self._store.void_open_sale,
            self.sale,
            register_id=self.register_id,
            reason=reason,
            training=self.training,
        )
        self._returnable = {}
        self.sale = Sale()
        self._sale_changed()

    # -- payment ---------------------------------------------------------------------------

    def settle_cash(self, tendered: int | None = None) -> CashSettlement:
        """Cash for what is still due (after any card payment), rounded to whole kronor."""
        return settle_cash(self.snapshot().due, tendered)

    def _refuse_to_take_payment(self, kind: SaleKind = SaleKind.SALE) -> SaleSnapshot:
        if self._paying:
            raise SaleError("a payment is under way; wait for it to finish")
        snapshot = self.snapshot()
        if self.sale.is_empty:
            raise SaleError("there is nothing to pay for")
        if self.sale.kind is not kind:
            raise SaleError(
                "this is a return: pay the money back (F12 cash, F11 card)"
                if self.sale.kind is SaleKind.RETURN
                else "this is a sale, not a return"
            )
        if snapshot.payment_unknown:
            raise PaymentUnknown(
                "A card payment of this sale has an unknown outcome. No new payment can be "
                "taken until it is settled, so the customer is never charged twice."
            )
        self._refuse_while_registering()
        return snapshot

    async def pay_cash(self, tendered: int) -> Receipt:
        """Take cash for what is due, get the control code, store the receipt, print it."""
        snapshot = self._refuse_to_take_payment()
        if snapshot.paid and not snapshot.due:  # cards cover it all: no cash line of 0 kr
            return await self.finish_sale()
        settlement = self.settle_cash(tendered)
        payment = Payment(
            PaymentMethod.CASH, settlement.due, settlement.tendered, settlement.change
        )
        return await self._complete(settlement.rounding, (*self._card_tenders(), payment))

    async def _complete(
        self,
        rounding: int,
        payments: tuple[Payment, ...],
        *,
        receipt_type: ReceiptType | None = None,
        print_it: bool = True,
    ) -> Receipt:
        """Register the open sale: control code, then the receipt stored, then printed. While
        the control unit is out (offline mode) a cash invoice is stored instead. With a request
        in flight (self.registration) its saved receipt is finished, whatever was passed."""
        self._refuse_while_paying()
        if receipt_type is None:
            receipt_type = ReceiptType.TRAINING if self.training else ReceiptType.NORMAL
        self._paying = True
        try:
            sale = self.sale
            created_at = self._clock()
            if self.registration is not None:
                receipt = await self._registered(self.registration, retry=True)
            elif self.offline and receipt_type is ReceiptType.NORMAL:
                receipt = await self._register_offline(sale, created_at, rounding, payments)
            else:
                receipt = await self._register_with_code(
                    sale, created_at, rounding, payments, receipt_type
                )
            if receipt.receipt_type is not ReceiptType.PRO_FORMA:  # a pre-bill leaves it open
                self.sale = Sale()
                self.card_payments = []
                self._returnable = {}
        except BaseException:
            self._paying = False
            self._sale_changed()  # the screen learns if the receipt is now with the unit
            raise
        self._paying = False
        self._sale_changed()  # the next customer can start at once
        if not print_it:
            return receipt
        printed, print_error = await self._print(receipt)
        self._publish(ReceiptCompleted(receipt, printed, print_error))
        return receipt
