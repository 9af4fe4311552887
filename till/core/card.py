"""Card payments and their states, whatever the terminal.

A card payment is saved as PENDING, with the terminal's kind and that terminal's own reference
for it, before its request goes to the terminal. Without a final answer it becomes UNKNOWN, and
the sale is locked until the terminal's own record or a manager settles it: a customer is never
charged twice. How a terminal's record is judged is its adapter's business (for Wallee:
adapters/wallee/recovery.py).

A reversal is written ahead the same way: the approved payment becomes REVERSAL_PENDING with
the intent (which terminal transaction, how much) before the terminal is asked. Without a final
answer it becomes REVERSAL_UNKNOWN, the sale is locked as for an unknown payment, and the
terminal's record or a manager decides whether the money went back to the card. Only an
APPROVED payment pays for a receipt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum


class CardPaymentKind(StrEnum):
    PURCHASE = "purchase"
    CREDIT = "credit"  # money back to the card (a refund)


class Tender(StrEnum):
    """What a terminal payment was taken as: its receipt line's payment method (same values as
    core.receipt.PaymentMethod) and, with it, which of the register's terminals took it."""

    CARD = "card"
    KLARNA = "klarna"  # on the Point terminal (issue 8)


class CardPaymentState(StrEnum):
    PENDING = "pending"  # saved, request sent or about to be: outcome not known yet
    APPROVED = "approved"  # the terminal authorised amount_auth
    DECLINED = "declined"  # the terminal declined the card: not charged
    FAILED = "failed"  # refused by the terminal, or settled as not charged: not charged
    UNKNOWN = "unknown"  # sent, no final answer: the sale is locked until settled
    REVERSED = "reversed"  # approved, then reversed (e.g. no control code): money back
    REVERSAL_PENDING = "reversal_pending"  # approved; its reversal saved, sent or about to be
    REVERSAL_UNKNOWN = "reversal_unknown"  # reversal sent, no final answer: locked until settled

    @property
    def charged(self) -> bool:
        """Pays for the sale. A payment whose reversal is in doubt never does."""
        return self is CardPaymentState.APPROVED

    @property
    def open(self) -> bool:
        """Still undecided: nothing else may be charged for the sale, nothing registered."""
        return self in _OPEN

    @property
    def in_reversal(self) -> bool:
        """Undecided whether the money went back to the card."""
        return self in (CardPaymentState.REVERSAL_PENDING, CardPaymentState.REVERSAL_UNKNOWN)


_OPEN = frozenset(
    {
        CardPaymentState.PENDING,
        CardPaymentState.UNKNOWN,
        CardPaymentState.REVERSAL_PENDING,
        CardPaymentState.REVERSAL_UNKNOWN,
    }
)
OPEN_STATES: tuple[str, ...] = tuple(sorted(s.value for s in _OPEN))


@dataclass(frozen=True, slots=True)
class CardSlip:
    """What the terminal reported about an approved payment, printed on the till receipt."""

    masked_pan: str = ""
    app_label: str = ""
    auth_code: str = ""
    terminal_id: str = ""
    trx_seq_cnt: int | None = None  # the terminal's own transaction counter
    transaction_time: str = ""  # yyyyMMddHHmmss, as the terminal sent it
    merchant_receipt: str = ""
    cardholder_receipt: str = ""
    tip: int = 0  # öre the cardholder added on the terminal (amountTip): not the sale's money
    signature: bool = False  # the cardholder signs: the merchant's copy is printed to sign


@dataclass(frozen=True, slots=True)
class ReversalIntent:
    """A reversal as saved before the terminal is asked: which terminal transaction, how much,
    when and why. `by_seq_cnt`: the transaction is named by the terminal's counter (a reversal
    of one that is not the terminal's last), else the terminal reverses its last transaction."""

    requested_at: datetime
    orig_trx_seq_cnt: int | None  # the payment's slip.trx_seq_cnt
    amount: int  # öre to go back to the card, as the terminal holds it (tip included)
    reason: str = ""
    by_seq_cnt: bool = False


@dataclass(frozen=True, slots=True)
class CardPayment:
    payment_id: str
    sale_id: str
    kind: CardPaymentKind
    amount: int  # öre asked for
    terminal_kind: str  # which adapter's terminal: "wallee"
    terminal_ref: str  # that terminal's own reference (JSON text), e.g. {"trx_sync_number": 7}
    state: CardPaymentState
    started_at: datetime
    amount_auth: int = 0  # öre the terminal authorised (may be less: partial approval)
    slip: CardSlip = CardSlip()
    message: str = ""  # why it failed or is unknown, for the cashier
    tip: int = 0  # öre of amountTip, charged on top of amount_auth; never the sale's
    reversal: ReversalIntent | None = None  # the last reversal tried, kept after its outcome
    tender: Tender = Tender.CARD  # taken as a card or as a Klarna payment

    @property
    def signed_amount(self) -> int:
        """What it moved for the sale: a purchase in (+), a credit back to the card (-)."""
        return -self.amount_auth if self.kind is CardPaymentKind.CREDIT else self.amount_auth

    @property
    def on_card(self) -> int:
        """Öre the terminal authorised on the card: the sale's part plus the tip."""
        return self.amount_auth + self.tip

    def with_state(self, state: CardPaymentState, **changes: object) -> CardPayment:
        return replace(self, state=state, **changes)


def sale_part(amount_auth: int | None, tip: int | None, asked: int) -> int | None:
    """The öre of an approval that pay for the sale, or None if the answer names none.

    `amount_auth` is what the card was charged; a tip the cardholder added on the terminal is in
    it (the terminal's slip reads EFT + Tip = Total-EFT) and is not the sale's money. None when
    it is missing, zero, not above the tip, or more than was asked plus the tip: such an
    approval is an unknown outcome for a person to look at, never a decline and never booked
    as something else. Less than asked is a partial approval.
    """
    tip = tip or 0
    if amount_auth is None or amount_auth <= 0 or tip < 0 or amount_auth <= tip:
        return None
    part = amount_auth - tip
    return part if part <= asked else None
