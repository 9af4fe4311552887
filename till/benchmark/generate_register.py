"""The generator's register (generate.py): a day of sales rung up, paid and stored through the
store's own calls as the checkout makes them, and the day's Z report.

Each slot of a day is one sale document: a normal sale (most), a return against a recent sale,
a training sale, a pro forma receipt (its sale is paid in the next slot), or a cash invoice of
an offline spell. Between slots: a copy of a receipt, a voided sale, the drawer opened without a
sale. A cycle of CYCLE slots holds each kind in the proportions below, in a random order.
"""

from __future__ import annotations

import random
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from till.core.card import CardSlip
from till.core.money import cash_rounding
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptCopy,
    ReceiptType,
    ShopIdentity,
    receipt_of,
)
from till.core.report import DayReport, ReportKind
from till.core.sale import ONE, Product, Sale, SaleKind, settle_cash
from till.store import TillStore
from till.store.users import Role, User

SHOP_NAME, ORG_NR, ADDRESS = "Hörnbutiken AB", "5561234567", "Storgatan 1, 123 45 Åby"
CTUID = "BENCH00000001"
OPENS, CLOSES, Z_AT = 8 * 3600, 21 * 3600, 21 * 3600 + 1800  # seconds after local midnight
BATCH = 250  # sale slots a transaction (TillStore.batch): each store call a savepoint of it

# What is generated per cycle of CYCLE sale slots (each slot one receipt or cash invoice).
CYCLE = 200
RETURNS, TRAINING, PRO_FORMA, OFFLINE_SPELL = 4, 2, 1, 2  # slots of each in a cycle
COPIES, VOIDED, DRAWER_OPENINGS = 2, 4, 1  # events in a cycle besides the slots
CASH_SHARE, KLARNA_SHARE = 0.55, 0.02  # of normal sales; the rest by card
LINE_COUNTS = (1, 2, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7, 8)  # about four lines a receipt
CASHIERS, MANAGER = ("Anna", "Erik"), "Maria"  # the day's cashier alternates

# Goods beyond the demo catalogue: without a group, services (counted apart), an open price.
EXTRA_PRODUCTS = (
    Product("70", "Glass pinne", 1500, 12),
    Product("71", "Kaffe to go", 2500, 12),
    Product("80", "Nyckelkopiering", 8900, 25, service=True, group="Tjänster"),
    Product("81", "Presentinslagning", 2500, 25, service=True),
    Product("90", "Övrigt 25 %", 1000, 25, open_price=True),
)


@dataclass(slots=True)
class GeneratedInfo:
    path: Path
    key_path: Path
    journal_key: str  # hex, as in key_path
    days: int = 0
    receipts: int = 0  # stored sale documents: receipts of every type and cash invoices
    cash_invoices: int = 0
    lines: int = 0  # lines of those documents
    journal_rows: int = 0
    z_reports: int = 0
    seconds: float = 0.0
    kinds: dict[str, int] = field(default_factory=dict)  # documents by type and kind

    @property
    def rate(self) -> float:
        """Sale documents a second."""
        return self.receipts / self.seconds if self.seconds else 0.0


Progress = Callable[[GeneratedInfo], None]


class Clock:
    """The store's clock while generating: the time is set by the generator, step by step."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def step(self, seconds: float) -> datetime:
        self.at += timedelta(seconds=seconds)
        return self.at


class Register:
    """One register's days, each store call as the checkout makes it."""

    def __init__(
        self,
        store: TillStore,
        clock: Clock,
        rng: random.Random,
        register_id: str,
        info: GeneratedInfo,
    ) -> None:
        self.store, self.clock, self.rng, self.info = store, clock, rng, info
        self.register_id = register_id
        self.shop = ShopIdentity(SHOP_NAME, ORG_NR, ADDRESS, register_id)
        self.products: list[Product] = []
        self.receipt_number = 0
        self.invoice_number = 0
        self.trx_counter = 0
        self.slots: list[str] = []  # what the next sale slots are, refilled by _plan
        self.events: dict[int, list[str]] = {}  # events before a slot, by the slot's number
        self.slot = 0
        self.returnable: deque[Receipt] = deque(maxlen=64)  # recent normal sales, to return
        self.copyable: deque[Receipt] = deque(maxlen=8)
        self.pending: Sale | None = None  # a sale left open by its pro forma receipt
        self.offline = False
        self.cashiers: list[User] = []
        self.cashier = CASHIERS[0]
        self.gap = 1.0  # seconds between one cashier action and the next

    # -- the set-up and the days -------------------------------------------------------------

    def setup(self) -> None:
        from till.assets import asset_text
        from till.store.catalog_csv import parse_products_csv

        store, register_id = self.store, self.register_id
        self.products = [*parse_products_csv(asset_text("demo_catalog.csv")), *EXTRA_PRODUCTS]
        store.upsert_products(self.products, register_id=register_id)
        self.cashiers = [
            store.users.add(name, "1357", Role.CASHIER, register_id=register_id)
            for name in CASHIERS
        ]
        store.users.add(MANAGER, "2468", Role.MANAGER, register_id=register_id)

    def day(self, midnight: datetime, quota: int) -> None:
        user = self.cashiers[self.info.days % len(self.cashiers)]
        self.store.users.set_current_user(user)  # every journal row names who did it
        self.cashier = user.name
        self.clock.at = midnight + timedelta(seconds=OPENS)
        spacing = (CLOSES - OPENS) / (quota + 1)
        self.gap = min(spacing / 14, 20.0)  # a receipt's dozen actions fit in its spacing
        for first in range(0, quota, BATCH):
            with self.store.batch():
                for n in range(first, min(first + BATCH, quota)):
                    self.clock.at = midnight + timedelta(seconds=OPENS + spacing * (n + 0.5))
                    self._slot(last_of_day=n == quota - 1)
        with self.store.batch():
            if self.offline:  # the control unit is back by the evening
                self.store.set_offline(self.register_id, False, reason="the control unit answers")
                self.offline = False
            self.clock.at = midnight + timedelta(seconds=Z_AT)
            self._z_report()

    def _slot(self, *, last_of_day: bool) -> None:
        if not self.slots:
            self._plan()
        kind = self.slots.pop()
        events = self.events.pop(self.slot, [])
        if self.pending is None:
            for event in events:
                getattr(self, f"_{event}")()
        else:  # not while a sale is open: after its receipt
            self.events.setdefault(self.slot + 1, []).extend(events)
        self.slot += 1
        if self.pending is not None:  # its pro forma receipt came first: now it is paid
            kind = "sale"
        elif kind == "pro_forma" and last_of_day:
            kind = "sale"  # its sale would be paid tomorrow: not a day's business
        if kind == "return" and not self.returnable:
            kind = "sale"
        if kind == "cash_invoice" and not self.offline:
            self.store.set_offline(self.register_id, True, reason="the control unit is out")
            self.offline = True
        elif kind != "cash_invoice" and self.offline:
            self.store.set_offline(self.register_id, False, reason="the control unit answers")
            self.offline = False
        getattr(self, f"_{kind}")()

    def _plan(self) -> None:
        """The next cycle's slots in a random order (an offline spell's slots together) and
        where its other events fall."""
        rng = self.rng
        kinds = ["return"] * RETURNS + ["training"] * TRAINING + ["pro_forma"] * PRO_FORMA
        kinds += ["sale"] * (CYCLE - len(kinds) - OFFLINE_SPELL)
        rng.shuffle(kinds)
        at = rng.randrange(len(kinds) + 1)
        kinds[at:at] = ["cash_invoice"] * OFFLINE_SPELL
        self.slots = kinds[::-1]  # popped from the end
        extra = ["copy"] * COPIES + ["void"] * VOIDED + ["drawer"] * DRAWER_OPENINGS
        for event, where in zip(extra, rng.sample(range(1, CYCLE), len(extra)), strict=True):
            self.events.setdefault(self.slot + where, []).append(event)

    # -- what the cashier does ---------------------------------------------------------------

    def _tick(self) -> datetime:
        return self.clock.step(self.gap * (0.5 + self.rng.random()))

    def _ring_up(self, sale: Sale, count: int) -> None:
        """Ring up `count` lines as the checkout does (register.py add_product, remove_line,
        set_quantity, set_discount), each saved with its journal event."""
        rng = self.rng
        for _ in range(count):
            product = rng.choice(self.products)
            quantity, price = ONE, None
            if product.sold_by_weight:
                quantity = rng.randrange(150, 2500)
            elif rng.random() < 0.15:
                quantity = rng.randrange(2, 4) * ONE
            if product.open_price:
                price = rng.randrange(10, 500) * 100
            data: dict[str, object] = {
                "code": product.code,
                "name": product.name,
                "quantity": quantity,
                "unit_price": product.unit_price if price is None else price,
            }
            if price is not None:
                data["open_price"] = True
            self._tick()
            sale.add(product, quantity, unit_price=price)
            self._step(sale, "item_added", data)
        roll = rng.random()
        line = sale.lines[-1]
        self._tick()
        if roll < 0.04 and len(sale.lines) > 1:
            data = {
                "line_no": line.line_no,
                "code": line.product_code,
                "name": line.name,
                "quantity": line.quantity,
                "amount": line.amount,
            }
            sale.remove(line.line_no)
            self._step(sale, "item_removed", data)
        elif roll < 0.08 and not line.sold_by_weight:
            to = line.quantity + ONE
            data = {
                "line_no": line.line_no,
                "code": line.product_code,
                "from": line.quantity,
                "to": to,
            }
            sale.set_quantity(line.line_no, to)
            self._step(sale, "quantity_changed", data)
        elif roll < 0.11:
            off = line.gross // 10
            data = {
                "line_no": line.line_no,
                "code": line.product_code,
                "from": line.discount,
                "to": off,
            }
            sale.set_discount(line.line_no, off)
            self._step(sale, "discount_set", data)

    def _step(self, sale: Sale, kind: str, data: dict[str, object]) -> None:
        """A change to the open sale, journaled as the checkout's save_open_sale journals it.
        The snapshot save_open_sale also keeps (open_sales, for a restart mid-sale) is left
        out: it is gone once the receipt is stored, and rewriting every line of the sale at
        each step would make the generator several times slower."""
        self.store.journal(kind, {"sale_id": sale.sale_id, **data}, register_id=self.register_id)

    def _new_sale(self, *, kind: SaleKind = SaleKind.SALE, original=None) -> Sale:
        return Sale(sale_id=f"{self.rng.getrandbits(128):032x}", kind=kind, original=original)

    def _control(self) -> ControlCode:
        return ControlCode(CTUID, f"{self.rng.getrandbits(236):059X}")

    def _card(self, method: PaymentMethod, amount: int) -> Payment:
        self.trx_counter += 1
        at = self.clock.at
        slip = CardSlip(
            masked_pan=f"************{self.rng.randrange(10000):04d}",
            app_label="Klarna" if method is PaymentMethod.KLARNA else "VISA",
            auth_code=f"{self.rng.randrange(10**6):06d}",
            terminal_id="BENCHT01",
            trx_seq_cnt=self.trx_counter,
            transaction_time=at.strftime("%Y%m%d%H%M%S"),
        )
        return Payment(method, amount, card=slip)

    def _payments(self, total: int) -> tuple[int, tuple[Payment, ...]]:
        """(rounding, payments) as the customer pays: cash rounded to whole kronor, or a card."""
        roll = self.rng.random()
        if roll < CASH_SHARE:
            tendered = None if self.rng.random() < 0.3 else (total // 10000 + 1) * 10000
            cash = settle_cash(total, tendered)
            return cash.rounding, (
                Payment(PaymentMethod.CASH, cash.due, cash.tendered, cash.change),
            )
        method = PaymentMethod.KLARNA if roll < CASH_SHARE + KLARNA_SHARE else PaymentMethod.CARD
        return 0, (self._card(method, total),)

    def _document(
        self,
        sale: Sale,
        receipt_type: ReceiptType,
        rounding: int,
        payments: tuple[Payment, ...],
    ) -> Receipt:
        """The open sale as the registrar's paper (checkout/registration.py _paper)."""
        invoice = receipt_type is ReceiptType.CASH_INVOICE
        if invoice:
            self.invoice_number += 1
            number, control, request_id = self.invoice_number, None, ""
        else:
            self.receipt_number += 1
            number, control = self.receipt_number, self._control()
            request_id = f"{self.register_id}_{number}_{sale.sale_id[:8]}"
        return receipt_of(
            sale,
            shop=self.shop,
            number=number,
            receipt_type=receipt_type,
            created_at=self._tick(),
            rounding=rounding,
            payments=payments,
            control=control,
            request_id=request_id,
            cashier=self.cashier,
        )

    def _finish(self, sale: Sale, receipt_type: ReceiptType) -> Receipt:
        """Pay and store the open sale as the checkout does; the drawer opens for cash."""
        if sale.kind is SaleKind.RETURN:
            total = sale.total  # negative: paid back
            if self.rng.random() < CASH_SHARE:
                rounding = cash_rounding(total)
                rounding, payments = rounding, (Payment(PaymentMethod.CASH, total + rounding),)
            else:
                rounding, payments = 0, (self._card(PaymentMethod.CARD, total),)
        elif receipt_type is ReceiptType.TRAINING and self.rng.random() >= CASH_SHARE:
            # training charges no card (checkout/modes.py training_card)
            rounding = 0
            payments = (
                Payment(
                    PaymentMethod.CARD,
                    sale.total,
                    card=CardSlip(app_label="ÖVNING", masked_pan="inget kort"),
                ),
            )
        else:
            rounding, payments = self._payments(sale.total)
        receipt = self._document(sale, receipt_type, rounding, payments)
        cash = any(p.method is PaymentMethod.CASH for p in receipt.payments)
        reason = ("cash refund" if sale.kind is SaleKind.RETURN else "cash sale") if cash else ""
        if receipt_type is ReceiptType.CASH_INVOICE:
            self.store.store_cash_invoice(receipt, drawer_reason=reason)
        else:
            self.store.store_receipt(receipt, drawer_reason=reason)
        self._count(receipt)
        return receipt

    def _count(self, receipt: Receipt) -> None:
        info = self.info
        info.receipts += 1
        info.lines += len(receipt.lines)
        if receipt.receipt_type is ReceiptType.CASH_INVOICE:
            info.cash_invoices += 1
        what = f"{receipt.receipt_type.value} {receipt.kind.value}"
        info.kinds[what] = info.kinds.get(what, 0) + 1

    # -- the slots ---------------------------------------------------------------------------

    def _sale(self) -> None:
        sale, self.pending = self.pending, None
        if sale is None:
            sale = self._new_sale()
            self._ring_up(sale, self.rng.choice(LINE_COUNTS))
        receipt = self._finish(sale, ReceiptType.NORMAL)
        self.returnable.append(receipt)
        self.copyable.append(receipt)

    def _cash_invoice(self) -> None:
        sale = self._new_sale()
        self._ring_up(sale, self.rng.choice(LINE_COUNTS))
        self._finish(sale, ReceiptType.CASH_INVOICE)

    def _training(self) -> None:
        """A training sale, training mode on and off around it, a manager approving each
        (checkout/modes.py set_training)."""
        for on in (True, False):
            if not on:
                sale = self._new_sale()
                self._ring_up(sale, self.rng.choice(LINE_COUNTS))
                self._finish(sale, ReceiptType.TRAINING)
            self._approved(f"training mode {'on' if on else 'off'}", {})
            self.store.set_training(self.register_id, on, by="manager")

    def _pro_forma(self) -> None:
        """A pre-bill: EJ KVITTO, no payment; the sale stays open and is paid in the next
        slot (registration.py pro_forma)."""
        sale = self._new_sale()
        self._ring_up(sale, self.rng.choice(LINE_COUNTS))
        receipt = self._document(sale, ReceiptType.PRO_FORMA, 0, ())
        self.store.store_receipt(receipt, keep_open_sale=True)
        self._count(receipt)
        self.pending = sale

    def _return(self) -> None:
        """A return of one line of a recent sale, a manager approving (checkout/returns.py)."""
        original = self.returnable.popleft()
        self._approved("return", {"original": original.ref.code})
        sale = self._new_sale(kind=SaleKind.RETURN, original=original.ref)
        data = {"original": original.ref.code}
        self._step(sale, "return_started", data)
        position = self.rng.randrange(len(original.lines))
        line = original.lines[position]
        self._tick()
        sale.add_return(line, position, line.quantity)
        data = {"position": position, "code": line.product_code, "quantity": line.quantity}
        self._step(sale, "item_returned", data)
        self._finish(sale, ReceiptType.NORMAL)

    def _approved(self, action: str, details: dict[str, object]) -> None:
        """A manager's approval, journaled as checkout/manager.py journals it."""
        self._tick()
        self.store.journal(
            "manager_approved", {"action": action, **details}, register_id=self.register_id
        )

    # -- events between the slots ------------------------------------------------------------

    def _copy(self) -> None:
        """The receipt's one copy (checkout/copies.py print_copy)."""
        while self.copyable:
            receipt = self.copyable.pop()
            if receipt.kind is SaleKind.SALE:
                request_id = f"{self.register_id}_{receipt.sequence_number}_copy"
                copy = ReceiptCopy(receipt, self._tick(), self._control(), request_id)
                self.store.store_copy(copy)
                self.info.kinds["copy"] = self.info.kinds.get("copy", 0) + 1
                self.copyable.clear()  # the older ones are left without a copy
                return

    def _void(self) -> None:
        """A sale rung up and abandoned (register.py void_sale)."""
        sale = self._new_sale()
        self._ring_up(sale, self.rng.randrange(1, 4))
        self._tick()
        self.store.void_open_sale(
            sale, register_id=self.register_id, reason="voided by the cashier", training=False
        )
        self.info.kinds["voided"] = self.info.kinds.get("voided", 0) + 1

    def _drawer(self) -> None:
        """The drawer opened without a sale, a manager approving (checkout/modes.py)."""
        store, register_id = self.store, self.register_id
        reason = self.rng.choice(("växel", "fel växel tillbaka", "kontroll av kassan"))
        self._approved("drawer without a sale", {"reason": reason})
        self._tick()
        store.journal(
            "drawer_opened", {"reason": reason, "without_sale": True}, register_id=register_id
        )
        self.info.kinds["drawer"] = self.info.kinds.get("drawer", 0) + 1

    # -- the day's end ----------------------------------------------------------------------

    def _z_report(self) -> None:
        """The day's Z report as checkout/day_reports.py take_z_report stores it."""
        store, register_id = self.store, self.register_id
        number = store.next_z_number(register_id)
        self._approved("Z report", {"number": number})
        produced_at = self._tick()
        report = _day_report(store, self.shop, produced_at, number)
        store.store_day_report(report)
        self.info.z_reports += 1


def _day_report(
    store: TillStore, shop: ShopIdentity, produced_at: datetime, number: int
) -> DayReport:
    """The one place the Z report's figures are made, as checkout/day_reports.py _build does."""
    return store.day_report(
        shop, kind=ReportKind.Z, produced_at=produced_at, change_fund=0, z_number=number
    )


# -- the command ----------------------------------------------------------------------------
