"""The ports checkout needs from a payment terminal, and the prompts the UI answers for it.

In the till's own words, so that a terminal kind is an adapter (adapters/wallee/, later
adapters/point/) and checkout, store and UI never see a protocol message (DESIGN.md "Shape").
Shaped after the payment interfaces of Odoo POS (one interface per terminal kind: send a
request, cancel it, reverse it, and the state a payment is in), with the write-ahead kept here:

1. Checkout asks the adapter for the terminal's own reference of a new payment
   (`prepare(kind, amount, counter)`: Wallee hands out {"trx_sync_number": n}), saves the
   payment PENDING with the terminal kind and that reference, and only then calls `charge`.
2. The adapter answers with one of the values below, never a protocol message; a request that
   could not be sent raises TerminalUnavailable (a TillError): nothing happened on the terminal.
3. An Unknown outcome is learned later from the terminal's own record (`learn`, `learn_reversal`:
   the adapter asks the terminal and judges), never by resending.

Counters. A terminal may need a number that grows with each request it completes (LTI's
trxSyncNumber; Point's COUNTER). The store keeps one per terminal kind and register
(`terminal_counters`); checkout reads it and hands it to `prepare`, and an outcome's
`counter_used` tells the store, in the same transaction as the outcome, to move it past that
value. The adapter never touches the store, and a crash can never separate an outcome from its
counter.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol, TypeVar

from till.core.card import CardPayment, CardPaymentKind, CardSlip
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError

# -- errors ------------------------------------------------------------------------------------


class TerminalUnavailable(TillError):
    """The request was not sent: nothing happened on the terminal."""

    code = "terminal_unavailable"


class TerminalLost(TillError):
    """The request was sent but no final answer came: its outcome is unknown."""

    code = "terminal_lost"


DECLINED = Message("terminal_declined", QT_TRANSLATE_NOOP("Errors", "The card was declined."))

# Why an outcome is what it is: a TillError value (a Message and its parameters, or a
# terminal's own words as they came), or a plain str in tests and for the terminal's words.
Reason = TillError | str
_E = TypeVar("_E", bound=TillError)


def restate(cls: type[_E], reason: Reason, *, code: str = "terminal_error", detail: str = "") -> _E:
    """`reason` as an error of class `cls`, saying the same: its Message and parameters, or
    the same device words (which keep `code`)."""
    if isinstance(reason, TillError):
        detail = detail or reason.detail
        if reason.spoken is not None:
            return cls(reason.spoken, detail=detail, **reason.params)
        return cls(reason.message, code=reason.code, detail=detail)
    return cls(reason, code=code, detail=detail)


def reason_text(reason: Reason) -> str:
    """A reason in English, for the payment record and the journal."""
    return reason.message if isinstance(reason, TillError) else reason


class TerminalState(StrEnum):
    OFFLINE = "offline"
    ONLINE = "online"


# -- outcomes ----------------------------------------------------------------------------------

NO_SLIP = CardSlip()


@dataclass(frozen=True, slots=True)
class Approved:
    """The terminal charged (or credited) `amount` öre of the sale; `tip` on top of it."""

    amount: int
    tip: int = 0
    slip: CardSlip = NO_SLIP
    counter_used: int | None = None
    data: Mapping[str, Any] | None = None  # for the journal, beside the payment


@dataclass(frozen=True, slots=True)
class Declined:
    """The card was declined: not charged, the terminal completed the request."""

    reason: Reason = field(default_factory=lambda: TillError(DECLINED))
    slip: CardSlip = NO_SLIP
    counter_used: int | None = None
    data: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Refused:
    """The terminal refused the request, or its record shows it never happened: nothing moved.
    For a reversal: the payment stands."""

    reason: Reason
    code: str = "terminal_error"
    data: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Unknown:
    """Sent, and no answer that says what happened. `answered`: an answer came, but it does not
    say how much moved (else the terminal went silent or the connection dropped)."""

    why: Reason
    answered: bool = False
    detail: str = ""
    data: Mapping[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Reversed:
    """The money of a reversed payment went back to the card."""

    data: Mapping[str, Any] | None = None


PaymentOutcome = Approved | Declined | Refused | Unknown
ReversalOutcome = Reversed | Refused | Unknown


@dataclass(frozen=True, slots=True)
class AdminCommand:
    name: str  # as typed on the command line
    label: str  # as shown on the button
    slow: bool = False  # talks to the acquirer: minutes, not seconds


@dataclass(frozen=True, slots=True)
class AdminResult:
    command: str
    ok: bool
    summary: str  # the answer's fields, one per line, or the error in words
    printouts: tuple[str, ...]  # each printout's text
    error_code: str = ""  # the terminal's own code, for the journal
    said: TillError | None = None  # the summary as a value, when it is words, not fields

    def text(self, summary: str | None = None) -> str:
        """The summary (or `summary`, the screen's words for it) and the printouts."""
        parts = [self.summary if summary is None else summary, *self.printouts]
        return "\n\n".join(p for p in parts if p)


END_OF_DAY = "end-of-day"  # the admin command every terminal kind offers for the Z report


# -- prompts: what the terminal asks of the person at the till ---------------------------------


class Audience(StrEnum):
    ATTENDANT = "attendant"
    CUSTOMER = "customer"
    BOTH = "both"  # the terminal did not say: whoever looks at the till


@dataclass(frozen=True, slots=True)
class TerminalLines:
    """Lines the terminal wants shown, for whom, held at least `hold` seconds: the terminal's
    own text as it sent it, or the till's own words about the terminal (an error), which the
    screen puts into the shop's language."""

    audience: Audience
    lines: tuple[str | TillError, ...]
    hold: float = 0.0


class Progress(StrEnum):
    CARD_PRESENTED = "card_presented"  # contactless
    CARD_SWIPED = "card_swiped"  # magstripe
    CARD_INSERTED = "card_inserted"  # chip
    CARD_READ = "card_read"  # read, the terminal did not say how
    CARD_REMOVED = "card_removed"
    STARTED = "started"
    ENDED = "ended"
    ABORTED = "aborted"


@dataclass(frozen=True, slots=True)
class Question:
    """A yes/no question; unanswered after `remind_after` s a reminder, after `answer_within` s
    the terminal takes it as no."""

    lines: tuple[str, ...]
    audience: Audience
    answer_within: float
    remind_after: float | None = None


@dataclass(frozen=True, slots=True)
class IdCheck:
    """The terminal asks the cashier to check the customer's ID (Point's Klarna payments)."""

    lines: tuple[str, ...]
    answer_within: float


class TerminalPrompts(Protocol):
    """What a terminal asks of the person at the till during a request; the UI implements it.
    None of it may raise into the adapter: a broken screen must not end a payment."""

    def show_lines(self, lines: TerminalLines) -> None: ...

    def show_progress(self, progress: Progress) -> None: ...

    async def ask(self, question: Question) -> bool: ...

    def remind(self, question: Question) -> None: ...

    async def check_customer_id(self, check: IdCheck) -> bool: ...


class SilentPrompts:
    """For requests nobody watches: shows nothing, and says no to every question."""

    def show_lines(self, lines: TerminalLines) -> None:
        pass

    def show_progress(self, progress: Progress) -> None:
        pass

    async def ask(self, question: Question) -> bool:
        return False

    def remind(self, question: Question) -> None:
        pass

    async def check_customer_id(self, check: IdCheck) -> bool:
        return False


# -- the terminal ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TerminalReference:
    """The terminal's own name for one payment, saved with it before it is sent (JSON text)."""

    values: Mapping[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return json.dumps(dict(self.values), sort_keys=True)

    @staticmethod
    def of(payment: CardPayment) -> TerminalReference:
        return TerminalReference(json.loads(payment.terminal_ref or "{}"))


class PaymentTerminal(Protocol):
    """One card terminal, as checkout uses it."""

    kind: str  # "wallee": keys the stored payments and counters
    state: TerminalState
    state_message: Reason  # the error that put it offline, or its address
    address: str  # where it is, for the journal and the admin screen

    def subscribe(self, listener: Callable[[TerminalState, Reason], None]) -> None: ...

    def start(self) -> None:
        """Connect and keep watching the terminal; a reconnect is published as ONLINE."""

    async def close(self) -> None: ...

    def prepare(self, kind: CardPaymentKind, amount: int, counter: int) -> TerminalReference:
        """The reference a new payment carries; `counter` is the stored counter's value."""

    def describe(self, reference: TerminalReference) -> str:
        """The reference as a manager reads it off the terminal's receipt."""

    def used_counter(self, reference: TerminalReference) -> int | None:
        """The counter value a completed request with this reference used (None: none)."""

    async def charge(
        self, payment: CardPayment, prompts: TerminalPrompts
    ) -> Approved | Declined | Refused | Unknown:
        """A purchase or a credit (`payment.kind`), as saved PENDING. Raises
        TerminalUnavailable when it was not sent."""

    async def reverse(self, payment: CardPayment) -> Reversed | Refused | Unknown:
        """Give back `payment` (its saved reversal intent). Raises TerminalUnavailable."""

    async def learn(self, payment: CardPayment) -> Approved | Declined | Refused | Unknown:
        """An unknown payment's outcome, judged from the terminal's own record."""

    async def learn_reversal(self, payment: CardPayment) -> Reversed | Refused | Unknown:
        """A reversal in doubt, judged from the terminal's own record (Refused: not reversed)."""

    async def abort_card_entry(self, *, customer_pays_otherwise: bool = False) -> None:
        """The cashier stopped the card entry (or the customer pays another way)."""

    def admin_commands(self) -> tuple[AdminCommand, ...]: ...

    async def admin(
        self, name: str, counter: int, prompts: TerminalPrompts | None = None
    ) -> AdminResult:
        """One administrative command (END_OF_DAY among them). Raises ValueError for a name
        not in admin_commands(), TillError when the terminal cannot be asked."""
