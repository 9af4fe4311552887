"""A small payment terminal implementing checkout's PaymentTerminal port, for the checkout tests.

Scriptable: each charge, reversal and look at the terminal's record takes the next scripted step
(an outcome, a function of the payment giving one, or an exception to raise); without a script
a charge is approved in full, a reversal carried out. The fake keeps its own record of what
it did, the way a real terminal does, so that `learn` can answer from it when no answer is
scripted. Its counter is the one checkout hands to `prepare`, like Wallee's trxSyncNumber.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from till.checkout.ports import (
    AdminCommand,
    AdminResult,
    Approved,
    Audience,
    Declined,
    Progress,
    Refused,
    Reversed,
    TerminalLines,
    TerminalPrompts,
    TerminalReference,
    TerminalState,
    TerminalUnavailable,
    Unknown,
)
from till.core.card import CardPayment, CardPaymentKind, CardSlip

KIND = "fake"
Step = Any  # an outcome, a Callable[[CardPayment], outcome], or an exception


def counter_of(payment: CardPayment) -> int:
    return TerminalReference.of(payment).values["n"]


def approve(payment: CardPayment) -> Approved:
    return Approved(payment.amount, slip=slip(payment), counter_used=counter_of(payment))


def partial(payment: CardPayment) -> Approved:
    """Half the amount, as a card with too little money left may approve."""
    half = payment.amount // 2
    return Approved(half, slip=slip(payment), counter_used=counter_of(payment))


def decline(payment: CardPayment) -> Declined:
    return Declined(slip=slip(payment), counter_used=counter_of(payment))


def refuse(payment: CardPayment) -> Refused:
    return Refused("Card entry cancelled.", code="terminal_aborted")


def lose(payment: CardPayment) -> Unknown:
    return Unknown("the terminal stopped answering", detail="silence")


def not_charged(payment: CardPayment) -> Refused:
    return Refused("the terminal has no record of it: not charged")


def slip(payment: CardPayment) -> CardSlip:
    n = counter_of(payment)
    return CardSlip(masked_pan="************0119", auth_code=f"A{n}", trx_seq_cnt=1000 + n)


@dataclass
class FakeTerminal:
    charges: deque[Step] = field(default_factory=deque)
    records: deque[Step] = field(default_factory=deque)  # what `learn` answers
    reversals: deque[Step] = field(default_factory=deque)
    reversal_records: deque[Step] = field(default_factory=deque)
    kind: str = KIND
    state: TerminalState = TerminalState.ONLINE
    state_message: str = "online"
    address: str = "fake:0"
    calls: list[tuple[str, str]] = field(default_factory=list)  # (what, payment_id)
    aborts: list[bool] = field(default_factory=list)  # customer_pays_otherwise of each abort
    # What the terminal itself did: payment_id -> "charged" / "reversed".
    done: dict[str, str] = field(default_factory=dict)
    listeners: list[Callable[[TerminalState, str], None]] = field(default_factory=list)

    # -- scripting -------------------------------------------------------------------------

    @staticmethod
    def _take(script: deque[Step], payment: CardPayment, default: Step) -> Any:
        step = script.popleft() if script else default
        if isinstance(step, BaseException):
            raise step
        return step(payment) if callable(step) else step

    def go(self, state: TerminalState, message: str = "") -> None:
        self.state, self.state_message = state, message
        for listener in self.listeners:
            listener(state, message)

    # -- the port --------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[TerminalState, str], None]) -> None:
        self.listeners.append(listener)

    def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    def prepare(self, kind: CardPaymentKind, amount: int, counter: int) -> TerminalReference:
        return TerminalReference({"n": counter})

    def describe(self, reference: TerminalReference) -> str:
        return f"fake #{reference.values['n']}"

    def used_counter(self, reference: TerminalReference) -> int | None:
        return reference.values["n"]

    async def charge(self, payment: CardPayment, prompts: TerminalPrompts) -> Any:
        self.calls.append(("charge", payment.payment_id))
        prompts.show_lines(TerminalLines(Audience.CUSTOMER, (f"{payment.amount} öre",)))
        prompts.show_progress(Progress.STARTED)
        outcome = self._take(self.charges, payment, approve)
        if isinstance(outcome, Approved):
            self.done[payment.payment_id] = "charged"
        prompts.show_progress(Progress.ENDED)
        return outcome

    async def reverse(self, payment: CardPayment) -> Any:
        self.calls.append(("reverse", payment.payment_id))
        outcome = self._take(self.reversals, payment, Reversed())
        if isinstance(outcome, Reversed):
            self.done[payment.payment_id] = "reversed"
        return outcome

    async def learn(self, payment: CardPayment) -> Any:
        self.calls.append(("learn", payment.payment_id))
        return self._take(self.records, payment, self._from_record)

    async def learn_reversal(self, payment: CardPayment) -> Any:
        self.calls.append(("learn_reversal", payment.payment_id))
        return self._take(self.reversal_records, payment, self._reversal_from_record)

    def _from_record(self, payment: CardPayment) -> Any:
        if self.done.get(payment.payment_id) == "charged":
            return approve(payment)
        return not_charged(payment)

    def _reversal_from_record(self, payment: CardPayment) -> Any:
        if self.done.get(payment.payment_id) == "reversed":
            return Reversed({"record": "reversed"})
        return Refused("the reversal did not happen")

    async def abort_card_entry(self, *, customer_pays_otherwise: bool = False) -> None:
        self.aborts.append(customer_pays_otherwise)

    def admin_commands(self) -> tuple[AdminCommand, ...]:
        return (AdminCommand("end-of-day", "End of day"),)

    async def admin(self, name: str, counter: int, prompts: Any = None) -> AdminResult:
        if name != "end-of-day":
            raise ValueError(name)
        return AdminResult(name, True, f"closed at counter {counter}", ())


__all__ = [
    "KIND",
    "FakeTerminal",
    "TerminalUnavailable",
    "approve",
    "decline",
    "lose",
    "not_charged",
    "partial",
    "refuse",
]
