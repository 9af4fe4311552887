"""What checkout tells the screen. The UI subscribes; checkout never imports Qt."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from till.core.card import CardPayment
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import Receipt
from till.core.sale import ReceiptRef, SaleKind, SaleLine
from till.core.vat import VatSection

NO_PRINTER = Message("no_printer", QT_TRANSLATE_NOOP("Errors", "No printer is set up."))


class ControlUnitState(StrEnum):
    UNKNOWN = "unknown"  # not asked yet
    ONLINE = "online"  # answered, or its gateway accepts connections
    BUSY = "busy"  # a control code request is under way
    OFFLINE = "offline"  # the last request or probe failed


class PrinterState(StrEnum):
    """An ESC/POS printer's real-time status (adapters/escpos); a system printer has none."""

    READY = "ready"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"  # it answers, but does not print (an error, a button held)
    NOT_CONNECTED = "not_connected"  # no answer: off, unplugged, wrong address


class SaleStage(StrEnum):
    """Where the open sale stands with its payments; what is left for the cashier to do."""

    OPEN = ""  # nothing taken: items can change, any payment can be taken
    REGISTERING = "registering"  # the receipt is with the control unit: frozen until finished
    PAYMENT_IN_DOUBT = "unknown"  # an outcome is not known: locked until it is settled
    PAID_NO_RECEIPT = "no_receipt"  # paid in full by card, but no control code (no receipt) yet
    PART_PAID = "partial"  # paid in part by card: the rest is due


@dataclass(frozen=True, slots=True)
class SaleSnapshot:
    """The open sale as the screen shows it; a copy, so the UI can't change the sale."""

    sale_id: str
    lines: tuple[SaleLine, ...]
    total: int
    vat: tuple[VatSection, ...]
    card_payments: tuple[CardPayment, ...] = ()  # this sale's, every state
    kind: SaleKind = SaleKind.SALE  # a return: total and due are negative (money back)
    original: ReceiptRef | None = None  # the receipt a return is against
    # The number of this sale's receipt while it is with the control unit (asked, answer
    # lost, or code back and not yet stored): the sale is frozen until it is finished.
    registering: int | None = None

    @property
    def paid(self) -> int:
        """Öre already paid by card (approved payments); negative: credited back in a return."""
        return sum(p.signed_amount for p in self.card_payments if p.state.charged)

    @property
    def due(self) -> int:
        return self.total - self.paid

    @property
    def payment_unknown(self) -> bool:
        """A card payment's outcome is not known: the sale is locked until it is settled."""
        return any(p.state.open for p in self.card_payments)

    @property
    def locked(self) -> bool:
        """Lines cannot change once money is taken or may have been taken, nor while the
        receipt is with the control unit."""
        return self.payment_unknown or self.paid > 0 or self.registering is not None

    @property
    def stage(self) -> SaleStage:
        if self.registering is not None:
            return SaleStage.REGISTERING
        if self.payment_unknown:
            return SaleStage.PAYMENT_IN_DOUBT
        if self.paid > 0 and self.due <= 0:
            return SaleStage.PAID_NO_RECEIPT
        if self.paid > 0:
            return SaleStage.PART_PAID
        return SaleStage.OPEN


@dataclass(frozen=True, slots=True)
class SaleChanged:
    sale: SaleSnapshot


@dataclass(frozen=True, slots=True)
class ControlUnitStatus:
    """The screen says the state in its words; `message` is what more there is to say: the
    error that put the unit offline (the screen describes it), or the unit's CTUID."""

    state: ControlUnitState
    message: TillError | str = ""


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """The receipt printer's state, polled and after each job; `message` is why (an error)."""

    state: PrinterState
    message: TillError | str = ""


@dataclass(frozen=True, slots=True)
class ReceiptCompleted:
    receipt: Receipt
    printed: bool  # False when storing worked but the printer failed
    print_error: TillError | str = ""  # why not: an error the screen describes


@dataclass(frozen=True, slots=True)
class ModesChanged:
    """Training mode (receipts are ÖVNINGSKVITTO) and offline mode (cash invoices)."""

    training: bool
    offline: bool


@dataclass(frozen=True, slots=True)
class TerminalStatus:
    """Online or not in the screen's words; `message` is the error that put the terminal
    offline (the screen describes it), or the terminal's address when online."""

    online: bool
    message: TillError | str = ""


CheckoutEvent = (
    SaleChanged
    | ControlUnitStatus
    | ReceiptCompleted
    | TerminalStatus
    | ModesChanged
    | PrinterStatus
)
