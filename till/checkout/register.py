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
from datetime import datetime
from typing import Any, TypeVar

from till.checkout.card_sale import CardPayments
from till.checkout.card_tender import CardTender
from till.checkout.context import (
    CheckoutContext,
    ControlUnit,
    OpenSale,
    ReceiptPrinter,
)
from till.checkout.events import CheckoutEvent, ControlUnitStatus, PrinterStatus, SaleSnapshot
from till.checkout.manager import ManagerGate
from till.checkout.modes import Modes
from till.checkout.ports import PaymentTerminal, TerminalPrompts
from till.checkout.registration import Registrar
from till.checkout.returns import Returns
from till.checkout.users import Cashiers
from till.core.card import CardPayment, Tender
from till.core.control import ControlData
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.quick_keys import QuickKeyGroup
from till.core.receipt import ControlCode, Payment, PaymentMethod, Receipt, ShopIdentity
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
from till.store import TillStore
from till.store.registrations import Registration

NOT_A_CODE_OR_BARCODE = Message(
    "not_a_code_or_barcode",
    QT_TRANSLATE_NOOP("Errors", "'{text}' is neither a product code nor a barcode."),
)
NO_SUCH_PRODUCT = Message(
    "no_such_product", QT_TRANSLATE_NOOP("Errors", "No product has the code {product_code}.")
)

__all__ = ["Checkout", "ControlUnit", "ReceiptPrinter", "local_now", "split_entry"]

log = logging.getLogger(__name__)
T = TypeVar("T")

# "3*7310865004703": a quantity prefix, then a PLU or barcode (a scanner types digits + Enter).
_ENTRY = re.compile(r"^\s*(?:(\d{1,6}(?:[.,]\d{1,3})?)\s*\*\s*)?([0-9A-Za-z-]{1,32})\s*$", re.ASCII)


def split_entry(text: str) -> tuple[str | None, str] | None:
    """`[quantity*]code` as `enter` reads it: (the quantity's text or None, the code); None
    when it is neither (enter says why). The screen uses it to ask a weight or a price first."""
    m = _ENTRY.match(text)
    return (m.group(1), m.group(2)) if m else None


def local_now() -> datetime:
    return datetime.now().astimezone()


class Checkout:
    """The open sale: entry, cash, and the one door the screen uses. The rest is done by
    collaborators that share one CheckoutContext (context.py): the Registrar (control code,
    receipt, print: registration.py), CardPayments (card_sale.py), Returns (returns.py) and
    Modes (modes.py). Checkout builds them and forwards to them."""

    def __init__(
        self,
        *,
        store: TillStore,
        control_unit: ControlUnit,
        shop: ShopIdentity,
        printer: ReceiptPrinter | None = None,
        clock: Callable[[], datetime] = local_now,
        terminal: PaymentTerminal | None = None,
        klarna_terminal: PaymentTerminal | None = None,
    ) -> None:
        """`terminal` takes cards, `klarna_terminal` Klarna (a Point terminal); either may be
        None, and one terminal may be passed as both."""
        self._listeners: list[Callable[[CheckoutEvent], None]] = []
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._open = OpenSale()
        self.context = CheckoutContext(
            shop=shop,
            clock=clock,
            store=store,
            in_store=self.in_store,
            publish=self._publish,
            manager=ManagerGate(store=store, register_id=shop.register_id, in_store=self.in_store),
            printer=printer,
            open=self._open,
        )
        # Who is at the till; once managers exist, they approve manager-only actions.
        self.cashiers = Cashiers(store=store, register_id=shop.register_id, in_store=self.in_store)
        self.context.manager.users = self.cashiers
        self.modes = Modes(self.context)
        self.registrar = Registrar(self.context, control_unit, self.modes)
        self.card_sale = CardPayments(
            self.context, terminal, self.registrar, self.modes, klarna_terminal=klarna_terminal
        )
        self.returns = Returns(
            self.context,
            registrar=self.registrar,
            card_payments=self.card_sale,
            modes=self.modes,
            find_product=self.find_product,
        )

    # -- plumbing -------------------------------------------------------------------------

    @property
    def store(self) -> TillStore:
        return self.context.store

    @property
    def shop(self) -> ShopIdentity:
        return self.context.shop

    @shop.setter
    def shop(self, shop: ShopIdentity) -> None:
        self.context.shop = shop

    @property
    def printer(self) -> ReceiptPrinter | None:
        return self.context.printer

    @printer.setter
    def printer(self, printer: ReceiptPrinter | None) -> None:
        self.context.printer = printer

    @property
    def manager(self) -> ManagerGate:
        return self.context.manager

    @property
    def cards(self) -> CardTender:
        return self.card_sale.cards

    @property
    def sale(self) -> Sale:
        return self._open.sale

    @property
    def card_payments(self) -> list[CardPayment]:
        """The open sale's, every state."""
        return self._open.card_payments

    @property
    def registration(self) -> Registration | None:
        """The control-code request in flight: while there is one, the sale is frozen."""
        return self._open.registration

    @property
    def training(self) -> bool:
        return self.modes.training

    @property
    def offline(self) -> bool:
        return self.modes.offline

    @property
    def control_unit_status(self) -> ControlUnitStatus:
        return self.registrar.control_unit_status

    def now(self) -> datetime:
        return self.context.clock()

    def subscribe(self, listener: Callable[[CheckoutEvent], None]) -> None:
        self._listeners.append(listener)

    def _publish(self, event: CheckoutEvent) -> None:
        for listener in self._listeners:
            listener(event)

    def publish_status(self, event: PrinterStatus) -> None:
        """A device watched outside checkout (the ESC/POS printer) reports on the same bus."""
        self._publish(event)

    async def in_store(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a store call on the store's one worker thread (also for TerminalAdmin)."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._worker, lambda: fn(*args, **kwargs))

    def snapshot(self) -> SaleSnapshot:
        return self._open.snapshot()

    async def watch_control_unit(self, interval: float = 30.0) -> None:
        await self.registrar.watch_control_unit(interval)

    def running_tasks(self) -> list[asyncio.Future[Any]]:
        """Checkout's own background work: a settling a terminal coming back started."""
        return self.card_sale.running_tasks()

    async def close(self) -> None:
        """After the screen's tasks, running_tasks and the devices are ended (the till's close
        cancels and awaits them within its bound: app.TillSession.close)."""
        for task in self.running_tasks():
            task.cancel()
        # Store calls queued by tasks that are gone are not run; the one running finishes
        # (a store call is one short transaction), then the worker thread ends.
        await asyncio.get_running_loop().run_in_executor(
            None, lambda: self._worker.shutdown(wait=True, cancel_futures=True)
        )

    # -- the open sale ---------------------------------------------------------------------

    @property
    def register_id(self) -> str:
        return self.shop.register_id

    async def resume(self) -> bool:
        """Load the sale that was open when the till stopped. True if there was one."""
        await self.modes.load()
        store, open_sale = self.store, self._open
        sale = await self.in_store(store.load_open_sale, self.register_id)
        if sale is not None:
            open_sale.sale = sale
            open_sale.card_payments = await self.card_sale.card_payments_of(sale)
            if sale.original is not None:
                await self.returns.load_returnable(sale.original)
        open_sale.registration = await self.in_store(store.open_registration, self.register_id)
        self.context.sale_changed()
        if open_sale.registration is not None and open_sale.registration.answered:
            # The code came back before the till stopped: store that receipt now. It is not
            # printed here; the cashier is offered its original with the other unprinted ones.
            try:
                await self.registrar.complete(0, (), print_it=False)
            except TillError as error:  # e.g. the disk is still full: F8 tries again
                log.warning("could not store the answered receipt at start: %s", error.detail)
        return sale is not None

    async def enter(self, text: str) -> SaleLine:
        """What the cashier or scanner typed: `[quantity*]code`, code a PLU or a barcode."""
        m = _ENTRY.match(text)
        if not m:
            raise SaleError(NOT_A_CODE_OR_BARCODE, text=text.strip())
        quantity_text, code = m.groups()
        if self.sale.original is not None:  # a return against a receipt: its lines only
            return await self.returns.return_scanned(code, quantity_text)
        product = await self.find_product(code)
        quantity = ONE
        if quantity_text:
            quantity = parse_quantity(quantity_text, by_weight=product.sold_by_weight)
        return await self.add_product(product, quantity)

    async def find_product(self, code: str) -> Product:
        product = await self.in_store(self.store.find_product, code)
        if product is None:
            raise SaleError(NO_SUCH_PRODUCT, product_code=code)
        return product

    async def search_products(self, text: str) -> list[Product]:
        return await self.in_store(self.store.search_products, text)

    async def quick_keys(self) -> list[QuickKeyGroup]:
        """The touch grid's groups and keys, as set up in the catalog."""
        return await self.in_store(self.store.quick_keys)

    async def add_product(
        self, product: Product, quantity: int = ONE, *, unit_price: int | None = None
    ) -> SaleLine:
        """`unit_price`: typed by the cashier for an open-price product (journaled as such)."""
        self._open.refuse_changes()
        data: dict[str, object] = {
            "code": product.code,
            "name": product.name,
            "quantity": quantity,
            "unit_price": product.unit_price if unit_price is None else unit_price,
        }
        if unit_price is not None:
            data["open_price"] = True
        return await self.context.change(
            lambda s: s.add(product, quantity, unit_price=unit_price), "item_added", data
        )

    async def remove_line(self, line_no: int) -> SaleLine:
        self._open.refuse_changes()
        line = self.sale.line(line_no)
        data = {
            "line_no": line_no,
            "code": line.product_code,
            "name": line.name,
            "quantity": line.quantity,
            "amount": line.amount,
        }
        return await self.context.change(lambda s: s.remove(line_no), "item_removed", data)

    async def set_quantity(self, line_no: int, quantity: int) -> SaleLine:
        self._open.refuse_changes()
        old = self.sale.line(line_no)
        data = {"line_no": line_no, "code": old.product_code, "from": old.quantity, "to": quantity}
        return await self.context.change(
            lambda s: s.set_quantity(line_no, quantity), "quantity_changed", data
        )

    async def set_discount(self, line_no: int, discount: int) -> SaleLine:
        self._open.refuse_changes()
        old = self.sale.line(line_no)
        data = {"line_no": line_no, "code": old.product_code, "from": old.discount, "to": discount}
        return await self.context.change(
            lambda s: s.set_discount(line_no, discount), "discount_set", data
        )

    async def void_sale(self, reason: str = "voided by the cashier") -> None:
        """Abandon the open sale. It is journaled (an unfinished sale), never silently dropped."""
        self._open.refuse_changes()
        if self.sale.is_empty and self.sale.kind is SaleKind.SALE:
            return  # nothing rung up: nothing to void (an empty return is still cancelled)
        await self.in_store(
            self.store.void_open_sale,
            self.sale,
            register_id=self.register_id,
            reason=reason,
            training=self.training,
        )
        self._open.returnable = {}
        self._open.sale = Sale()
        self.context.sale_changed()

    # -- cash ------------------------------------------------------------------------------

    def settle_cash(self, tendered: int | None = None) -> CashSettlement:
        """Cash for what is still due (after any card payment), rounded to whole kronor."""
        return settle_cash(self.snapshot().due, tendered)

    async def pay_cash(self, tendered: int) -> Receipt:
        """Take cash for what is due, get the control code, store the receipt, print it."""
        snapshot = self._open.refuse_to_take_payment()
        if snapshot.paid and not snapshot.due:  # cards cover it all: no cash line of 0 kr
            return await self.finish_sale()
        settlement = self.settle_cash(tendered)
        payment = Payment(
            PaymentMethod.CASH, settlement.due, settlement.tendered, settlement.change
        )
        tenders = (*self.card_sale.card_tenders(), payment)
        return await self.registrar.complete(settlement.rounding, tenders)

    # -- cards (card_sale.py) --------------------------------------------------------------

    async def pay_card(self, prompts: TerminalPrompts, amount: int | None = None) -> Receipt | None:
        return await self.card_sale.pay_card(prompts, amount)

    async def pay_klarna(
        self, prompts: TerminalPrompts, amount: int | None = None
    ) -> Receipt | None:
        """Like pay_card, on the Klarna terminal; the receipt line says "Klarna"."""
        return await self.card_sale.pay_card(prompts, amount, Tender.KLARNA)

    @property
    def takes_klarna(self) -> bool:
        return self.cards.klarna_terminal is not None

    async def finish_sale(self) -> Receipt:
        return await self.card_sale.finish_sale()

    async def finish_if_covered(self, settled: list[CardPayment]) -> Receipt | None:
        return await self.card_sale.finish_if_covered(settled)

    def give_up_reason(self) -> str:
        return self.card_sale.give_up_reason()

    async def give_up_sale(self, reason: str = "no control code") -> None:
        await self.card_sale.give_up_sale(reason)

    async def settle_payments(self) -> list[CardPayment]:
        return await self.card_sale.settle_payments()

    async def settle_by_hand(self, *, charged: bool, reason: str) -> CardPayment:
        return await self.card_sale.settle_by_hand(charged=charged, reason=reason)

    async def cancel_card_entry(self, *, customer_pays_cash: bool = False) -> None:
        await self.card_sale.cancel_card_entry(customer_pays_cash=customer_pays_cash)

    # -- returns (returns.py) --------------------------------------------------------------

    async def start_return(self, original: str | None = None) -> None:
        await self.returns.start_return(original)

    def returnable(self) -> list[tuple[int, SaleLine, int]]:
        return self.returns.returnable()

    async def return_item(self, position: int, quantity: int | None = None) -> SaleLine:
        return await self.returns.return_item(position, quantity)

    async def refund_cash(self) -> Receipt:
        return await self.returns.refund_cash()

    async def refund_card(self, prompts: TerminalPrompts) -> Receipt:
        return await self.returns.refund_card(prompts)

    async def refund_klarna(self, prompts: TerminalPrompts) -> Receipt:
        """Pay a return back through Klarna (a CREDIT on the Point terminal)."""
        return await self.returns.refund_card(prompts, Tender.KLARNA)

    # -- modes (modes.py) ------------------------------------------------------------------

    async def set_training(self, on: bool) -> None:
        await self.modes.set_training(on)

    async def go_offline(self, reason: str) -> None:
        await self.modes.go_offline(reason)

    def may_offer_offline(self, error: BaseException) -> bool:
        return self.modes.may_offer_offline(error)

    def offline_reason(self, failed: str | None) -> str | None:
        return self.modes.offline_reason(failed, self.control_unit_status)

    async def open_drawer(self, reason: str) -> None:
        await self.modes.open_drawer(reason)

    # -- registration (registration.py) ----------------------------------------------------

    async def pro_forma(self) -> Receipt:
        return await self.registrar.pro_forma()

    async def control_code(self, data: ControlData, request_id: str) -> ControlCode:
        return await self.registrar.control_code(data, request_id)

    async def unprinted_originals(self) -> list[Receipt]:
        return await self.registrar.unprinted_originals()

    async def print_original(self, receipt: Receipt) -> None:
        await self.registrar.print_original(receipt)
