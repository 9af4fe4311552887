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

from till.adapters.terminal import TerminalClient, TerminalPrompts, TerminalState
from till.checkout.card_tender import CardTender, PaymentUnknown
from till.checkout.events import (
    CheckoutEvent,
    ControlUnitState,
    ControlUnitStatus,
    ModesChanged,
    ReceiptCompleted,
    SaleChanged,
    SaleSnapshot,
    TerminalStatus,
)
from till.checkout.manager import ManagerGate
from till.core.card import CardPayment, CardPaymentKind, CardSlip
from till.core.errors import TillError
from till.core.money import cash_rounding, format_kr
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
    ReceiptRef,
    Sale,
    SaleError,
    SaleKind,
    SaleLine,
    format_quantity,
    parse_quantity,
    settle_cash,
)
from till.protocols.ccu.errors import ControlUnitError
from till.protocols.ccu.request import ControlData
from till.protocols.lti import ABORT_CODE_OTHER_PAYMENT, ABORT_CODE_STANDARD
from till.store import TillStore

log = logging.getLogger(__name__)
T = TypeVar("T")

# "3*7310865004703": a quantity prefix, then a PLU or barcode (a scanner types digits + Enter).
_ENTRY = re.compile(r"^\s*(?:(\d{1,6}(?:[.,]\d{1,3})?)\s*\*\s*)?([0-9A-Za-z-]{1,32})\s*$")


class ControlUnit(Protocol):
    async def request_code(self, data: ControlData, request_id: str) -> ControlCode: ...

    async def probe(self) -> None: ...


class ReceiptPrinter(Protocol):
    async def print_receipt(self, receipt: Receipt) -> None: ...

    async def print_layout(self, lines: list[PrintLine], *, file_name: str, doc_name: str) -> None:
        """Copies and day reports."""


def training_card(amount: int) -> Payment:
    """Training mode charges no card; the receipt says so where the card would be."""
    return Payment(
        PaymentMethod.CARD, amount, card=CardSlip(app_label="ÖVNING", masked_pan="inget kort")
    )


def local_now() -> datetime:
    return datetime.now().astimezone()


class Checkout:
    def __init__(
        self,
        *,
        store: TillStore,
        control_unit: ControlUnit,
        shop: ShopIdentity,
        printer: ReceiptPrinter | None = None,
        clock: Callable[[], datetime] = local_now,
        terminal: TerminalClient | None = None,
        pos_id: str = "",
        currency: str = "752",
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
        self.cards = CardTender(
            store=store,
            terminal=terminal,
            register_id=shop.register_id,
            pos_id=pos_id or shop.register_id,
            currency=currency,
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
        return SaleSnapshot(
            s.sale_id, tuple(s.lines), s.total, s.vat, tuple(self.card_payments), s.kind, s.original
        )

    def _sale_changed(self) -> None:
        self._publish(SaleChanged(self.snapshot()))

    def _terminal_state(self, state: TerminalState, message: str) -> None:
        self._publish(TerminalStatus(state is TerminalState.ONLINE, message))
        # Whenever the terminal is back, settle what is in doubt before anything else.
        idle = self._settling is None or self._settling.done()
        if state is TerminalState.ONLINE and self.snapshot().payment_unknown and idle:
            self._settling = asyncio.ensure_future(self._settle_quietly())

    async def _settle_quietly(self) -> None:
        try:
            await self.settle_payments()
        except TillError as error:
            log.info("card payment still unsettled: %s", error.message)

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
            self.card_payments = await self.in_store(
                self._store.card_payments_for_sale, sale.sale_id
            )
            if sale.original is not None:
                await self._load_returnable(sale.original)
        self._sale_changed()
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

    def _refuse_changes(self) -> None:
        """The lines are fixed while paying and once money is, or may have been, taken."""
        self._refuse_while_paying()
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
        if self.sale.is_empty:
            return
        await self.in_store(
            self._store.void_open_sale, self.sale, register_id=self.register_id, reason=reason
        )
        self.sale = Sale()
        self._sale_changed()

    # -- payment ---------------------------------------------------------------------------

    def settle_cash(self, tendered: int) -> CashSettlement:
        """Cash for what is still due (after any card payment), rounded to whole kronor."""
        return settle_cash(self.snapshot().due, tendered)

    def _card_tenders(self) -> tuple[Payment, ...]:
        return tuple(
            Payment(PaymentMethod.CARD, p.amount_auth, card=p.slip)
            for p in self.card_payments
            if p.state.charged
        )

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

    async def pay_card(self, prompts: TerminalPrompts, amount: int | None = None) -> Receipt | None:
        """Charge the card for `amount` öre (default: all that is due). Returns the receipt
        when the sale is paid in full, None when something is still due (partial approval or a
        split tender). Raises CardDeclined, PaymentUnknown, TerminalUnavailable, ControlUnitError
        (the card payment stands then: retry with finish_sale, or give_up_sale)."""
        snapshot = self._refuse_to_take_payment()
        due = snapshot.due
        amount = due if amount is None else amount
        if not 0 < amount <= due:
            raise SaleError(f"a card payment must be more than 0 and at most {format_kr(due)} kr")
        if self.training:  # no real card charge in training mode
            if amount != due:
                raise SaleError("in training mode a card pays the whole sale")
            return await self._complete(0, (training_card(amount),))
        self._paying = True
        try:
            await self.cards.pay(self.sale.sale_id, amount, prompts)
        except BaseException:
            self._paying = False
            await self._reload_card_payments()
            raise
        self._paying = False
        self.card_payments = await self._card_payments_of(self.sale)
        if self.snapshot().due > 0:
            self._sale_changed()
            return None
        # Paid in full: go straight on to the receipt. The screen hears of "paid, no receipt"
        # only if that fails, not as a flash in between.
        try:
            return await self.finish_sale()
        except BaseException:
            self._sale_changed()
            raise

    async def _reload_card_payments(self) -> None:
        self.card_payments = await self._card_payments_of(self.sale)
        self._sale_changed()

    async def _card_payments_of(self, sale: Sale) -> list[CardPayment]:
        """The sale's card payments from the store; if another sale began while the store was
        asked (the first one finished meanwhile), the current list stays as it is."""
        payments = await self.in_store(self._store.card_payments_for_sale, sale.sale_id)
        return payments if self.sale.sale_id == sale.sale_id else self.card_payments

    async def finish_sale(self) -> Receipt:
        """Complete a sale that card payments cover in full: control code, receipt, print."""
        snapshot = self._refuse_to_take_payment()
        if snapshot.due != 0 or not snapshot.paid:
            raise SaleError(f"{format_kr(snapshot.due)} kr is still due")
        return await self._complete(0, self._card_tenders())

    async def give_up_sale(self, reason: str = "no control code") -> None:
        """Reverse the sale's card payments, newest first, so no money is kept without a
        receipt. The sale stays open: it can be paid again or voided."""
        self._refuse_to_take_payment()
        approved = [p for p in self.card_payments if p.state.charged]
        try:
            for n, payment in enumerate(reversed(approved)):
                await self.cards.reverse(payment, reason=reason, last=n == 0)
        finally:
            await self._reload_card_payments()

    async def settle_payments(self) -> list[CardPayment]:
        """Settle every card payment left undecided (after a lost answer or a restart), asking
        the terminal. Raises PaymentUnknown for one it cannot decide."""
        async with self._settle_lock:  # F7 and the reconnect's own settling ask only once
            undecided = await self.in_store(self._store.undecided_card_payments, self.register_id)
            settled = []
            try:
                for payment in undecided:
                    settled.append(await self.cards.settle(payment))
            finally:
                await self._reload_card_payments()
            return settled

    async def settle_by_hand(self, *, charged: bool, reason: str) -> CardPayment:
        """A manager's decision on the open sale's undecided card payment. Journaled."""
        undecided = [p for p in self.card_payments if p.state.open]
        if not undecided:
            raise SaleError("there is no card payment to settle")
        try:
            return await self.cards.settle_by_hand(undecided[0], charged=charged, reason=reason)
        finally:
            await self._reload_card_payments()

    async def cancel_card_entry(self, *, customer_pays_cash: bool = False) -> None:
        """The cashier stops a card payment while the terminal waits for the card (6.18)."""
        if self.cards.terminal is not None:
            code = ABORT_CODE_OTHER_PAYMENT if customer_pays_cash else ABORT_CODE_STANDARD
            await self.cards.terminal.abort_card_entry(code)

    # -- returns ---------------------------------------------------------------------------

    async def start_return(self, original: str | None = None) -> None:
        """Begin a return (a manager approves), against a stored receipt (its number, or its
        barcode scanned) or without one. A receipt is a sale or a return, never both."""
        self._refuse_changes()
        if not self.sale.is_empty:
            raise SaleError("finish or void the open sale before a return")
        ref = None
        if original:
            ref = ReceiptRef.parse(original, default_register=self.register_id)
            receipt = await self.in_store(self._store.receipt, ref.register_id, ref.sequence_number)
            if receipt is None:
                raise SaleError(f"there is no receipt {ref.sequence_number} on {ref.register_id}")
            if receipt.is_return or receipt.receipt_type is not ReceiptType.NORMAL:
                raise SaleError("only a normal sale receipt can be returned against")
        await self.manager.approve("return", details={"original": ref.code if ref else None})
        sale = Sale(kind=SaleKind.RETURN, original=ref)
        await self.in_store(
            self._store.save_open_sale,
            sale,
            register_id=self.register_id,
            kind="return_started",
            data={"original": ref.code if ref else None},
        )
        self.sale = sale
        self._returnable = {}
        if ref is not None:
            await self._load_returnable(ref)
        self._sale_changed()

    async def _load_returnable(self, ref: ReceiptRef) -> None:
        rows = await self.in_store(self._store.returnable, ref)
        self._returnable = {position: (line, left) for position, line, left in rows}

    def returnable(self) -> list[tuple[int, SaleLine, int]]:
        """The original's lines and how much of each can still come back in this return."""
        taken: dict[int, int] = {}
        for line in self.sale.lines:
            if line.returned_from is not None:
                taken[line.returned_from] = taken.get(line.returned_from, 0) + line.quantity
        return [
            (position, line, left - taken.get(position, 0))
            for position, (line, left) in sorted(self._returnable.items())
        ]

    async def return_item(self, position: int, quantity: int | None = None) -> SaleLine:
        """Take back `quantity` (default: all that is left) of the original's line."""
        self._refuse_changes()
        if self.sale.original is None:
            raise SaleError("this return is not against a receipt")
        left = {p: (line, n) for p, line, n in self.returnable()}
        if position not in left:
            raise SaleError("that line is not on the original receipt")
        line, remaining = left[position]
        quantity = remaining if quantity is None else quantity
        if not 0 < quantity <= remaining:
            raise SaleError(
                f"at most {format_quantity(remaining, by_weight=line.sold_by_weight)} of "
                f"{line.name} can be returned: more was not sold, or is already returned"
            )
        data = {"position": position, "code": line.product_code, "quantity": quantity}
        return await self._change(
            lambda s: s.add_return(line, position, quantity), "item_returned", data
        )

    async def _return_scanned(self, code: str, quantity_text: str | None) -> SaleLine:
        """In a return against a receipt, a scanned item comes off the original's lines: one
        piece, or all of a weighed line, unless a quantity was typed."""
        product_code = code
        if all(line.product_code != code for _, line, _ in self.returnable()):
            product_code = (await self.find_product(code)).code  # a barcode
        for position, line, left in self.returnable():
            if line.product_code == product_code and left > 0:
                if quantity_text:
                    quantity = parse_quantity(quantity_text, by_weight=line.sold_by_weight)
                else:
                    quantity = left if line.sold_by_weight else min(left, ONE)
                return await self.return_item(position, quantity)
        number = self.sale.original.sequence_number if self.sale.original else "?"
        raise SaleError(f"that item is not on receipt {number}, or all of it is already returned")

    async def refund_cash(self) -> Receipt:
        """Pay a return back in cash, rounded to whole kronor; the drawer opens."""
        self._refuse_to_take_payment(SaleKind.RETURN)
        total = self.sale.total  # negative
        rounding = cash_rounding(total)
        payment = Payment(PaymentMethod.CASH, total + rounding)
        return await self._complete(rounding, (payment,))

    async def refund_card(self, prompts: TerminalPrompts) -> Receipt:
        """Pay a return back to the card: a credit (LTI transactionType 4)."""
        self._refuse_to_take_payment(SaleKind.RETURN)
        amount = -self.sale.total
        if self.training:
            return await self._complete(0, (training_card(-amount),))
        self._paying = True
        try:
            payment = await self.cards.pay(
                self.sale.sale_id, amount, prompts, CardPaymentKind.CREDIT
            )
        except BaseException:
            self._paying = False
            await self._reload_card_payments()
            raise
        self._paying = False
        self.card_payments = await self._card_payments_of(self.sale)
        try:
            card = Payment(PaymentMethod.CARD, -payment.amount_auth, card=payment.slip)
            return await self._complete(0, (card,))
        except BaseException:
            self._sale_changed()
            raise

    # -- modes, pro forma, the drawer ---------------------------------------------------------

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

    async def _complete(
        self,
        rounding: int,
        payments: tuple[Payment, ...],
        *,
        receipt_type: ReceiptType | None = None,
    ) -> Receipt:
        """Register the open sale: control code, then the receipt stored, then printed. While
        the control unit is out (offline mode) a cash invoice is stored instead."""
        self._refuse_while_paying()
        if receipt_type is None:
            receipt_type = ReceiptType.TRAINING if self.training else ReceiptType.NORMAL
        self._paying = True
        try:
            sale = self.sale
            created_at = self._clock()
            if self.offline and receipt_type is ReceiptType.NORMAL:
                receipt = await self._register_offline(sale, created_at, rounding, payments)
            else:
                receipt = await self._register_with_code(
                    sale, created_at, rounding, payments, receipt_type
                )
            if receipt_type is not ReceiptType.PRO_FORMA:  # a pre-bill leaves the sale open
                self.sale = Sale()
                self.card_payments = []
                self._returnable = {}
        finally:
            self._paying = False
        self._sale_changed()  # the next customer can start at once
        if any(p.method is PaymentMethod.CASH for p in payments):
            # The drawer opens with cash; every opening is journaled (SKVFS 2014:9).
            reason = "cash refund" if sale.kind is SaleKind.RETURN else "cash sale"
            await self._journal_quietly(
                "drawer_opened", {"reason": reason, "sequence_number": receipt.sequence_number}
            )
        printed, print_error = await self._print(receipt)
        self._publish(ReceiptCompleted(receipt, printed, print_error))
        return receipt

    async def _register_with_code(
        self,
        sale: Sale,
        created_at: datetime,
        rounding: int,
        payments: tuple[Payment, ...],
        receipt_type: ReceiptType,
    ) -> Receipt:
        sequence_number = await self.in_store(self._store.next_sequence_number, self.register_id)
        request_id = f"{self.register_id}_{sequence_number}_{sale.sale_id[:8]}"
        data = ControlData(
            date_time=created_at,
            org_nr=self.shop.org_nr,
            register_id=self.register_id,
            sequence_number=sequence_number,
            receipt_type=receipt_type,
            amount=abs(sale.total),
            vat=sale.vat,
            refund=sale.kind is SaleKind.RETURN,  # RefundAmount, VAT negative (CCU 11.1 note)
        )
        control = await self._control_code(data, sale.sale_id, request_id)
        receipt = Receipt(
            shop=self.shop,
            sequence_number=sequence_number,
            receipt_type=receipt_type,
            created_at=created_at,
            sale_id=sale.sale_id,
            lines=tuple(sale.lines),
            vat=sale.vat,
            rounding=rounding,
            payments=payments,
            control=control,
            request_id=request_id,
            kind=sale.kind,
            original=sale.original,
        )
        keep_open = receipt_type is ReceiptType.PRO_FORMA
        await self.in_store(self._store.store_receipt, receipt, keep_open_sale=keep_open)
        return receipt

    async def _register_offline(
        self, sale: Sale, created_at: datetime, rounding: int, payments: tuple[Payment, ...]
    ) -> Receipt:
        """Offline mode: try the control unit first (its first answer ends offline mode), and
        issue a cash invoice from the register's own series only while it stays out."""
        try:
            await self._control_unit.probe()
            receipt = await self._register_with_code(
                sale, created_at, rounding, payments, ReceiptType.NORMAL
            )
        except ControlUnitError as error:
            if not error.is_offline:
                raise
        else:
            await self._back_online()
            return receipt
        number = await self.in_store(self._store.next_cash_invoice_number, self.register_id)
        invoice = Receipt(
            shop=self.shop,
            sequence_number=number,
            receipt_type=ReceiptType.CASH_INVOICE,
            created_at=created_at,
            sale_id=sale.sale_id,
            lines=tuple(sale.lines),
            vat=sale.vat,
            rounding=rounding,
            payments=payments,
            control=None,
            request_id="",
            kind=sale.kind,
            original=sale.original,
        )
        await self.in_store(self._store.store_cash_invoice, invoice)
        return invoice

    async def control_code(self, data: ControlData, request_id: str) -> ControlCode:
        """Ask the control unit for a code outside a sale (a copy); the status bar follows."""
        return await self._control_code(data, "", request_id)

    async def _control_code(self, data: ControlData, sale_id: str, request_id: str) -> ControlCode:
        self._set_control_unit(ControlUnitState.BUSY, "asking for a control code")
        try:
            control = await self._control_unit.request_code(data, request_id)
        except TillError as error:
            if isinstance(error, ControlUnitError):
                self._set_control_unit(ControlUnitState.OFFLINE, error.message)
            else:  # our data was refused before sending: the unit itself is fine
                self._set_control_unit(ControlUnitState.ONLINE, "no request was sent")
            await self._journal_quietly(
                "control_code_failed",
                {
                    "sale_id": sale_id,
                    "receipt_type": data.receipt_type.value,
                    "sequence_number": data.sequence_number,
                    "request_id": request_id,
                    "error": error.code,
                    "message": error.message,
                    "detail": error.detail,
                },
            )
            raise
        self._probe_failed = False
        self._set_control_unit(ControlUnitState.ONLINE, f"online, {control.ctuid}")
        return control

    async def _journal_quietly(self, kind: str, data: dict) -> None:
        """Journal an event on a path that is already failing; a second failure is only logged."""
        try:
            await self.in_store(self._store.journal, kind, data, register_id=self.register_id)
        except TillError:
            log.exception("could not journal %s", kind)

    async def _print(self, receipt: Receipt) -> tuple[bool, str]:
        """The receipt is stored: a printer problem must not undo the sale, only be reported."""
        if self.printer is None:
            return False, "no printer is set up"
        try:
            await self.printer.print_receipt(receipt)
        except TillError as error:
            log.warning("printing receipt %s failed: %s", receipt.sequence_number, error.detail)
            return False, error.message
        return True, ""
