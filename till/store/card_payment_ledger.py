"""TillStore's card payments and terminal counters, each change with its journal event in the
same transaction (store/card_payments.py does the SQL). Mixed into TillStore (repository.py)."""

from __future__ import annotations

from till.core.card import CardPayment
from till.store import card_payments as cards
from till.store import journal as journal_mod
from till.store import terminal_counters
from till.store.database import Database


class CardPaymentLedger:
    _db: Database

    def terminal_counter(self, terminal_kind: str, register_id: str) -> int:
        """The counter value the terminal's next request carries (1 at first); for Wallee the
        trxSyncNumber (LTI section 7)."""
        with self._db.reading() as conn:
            return cards.terminal_counter(conn, terminal_kind, register_id)

    def reserve_terminal_counter(self, terminal_kind: str, register_id: str) -> int:
        """Take the terminal's next counter value for one authenticated command, committed
        before the command is sent (Point's COUNTER). Not journaled: a resync is
        (advance_terminal_counter)."""
        with self._db.transaction() as conn:
            return terminal_counters.reserve(conn, terminal_kind, register_id)

    def start_card_payment(self, payment: CardPayment, *, register_id: str) -> None:
        """Save the payment as PENDING before its request is sent, with its journal event.

        Refused by the database while another card payment of the register is undecided."""
        with self._db.transaction() as conn:
            cards.insert(conn, payment, register_id)
            journal_mod.append(
                conn, "card_payment_started", cards.payment_record(payment), register_id
            )

    def record_card_payment(
        self,
        payment: CardPayment,
        *,
        register_id: str,
        kind: str,
        counter_used: int | None = None,
        data: dict | None = None,
    ) -> None:
        """Save a payment's new state, its journal event and (when the terminal used its
        counter value `counter_used`) the counter moved past it, in one transaction."""
        with self._db.transaction() as conn:
            cards.update(conn, payment)
            if counter_used is not None:
                cards.advance_terminal_counter(
                    conn, payment.terminal_kind, register_id, counter_used
                )
            record = {**cards.payment_record(payment), **(data or {})}
            journal_mod.append(conn, kind, record, register_id)

    def advance_terminal_counter(
        self, terminal_kind: str, register_id: str, used: int, *, reason: str
    ) -> None:
        """After another request that used the counter (e.g. a Wallee final balance, 7.2.3)."""
        with self._db.transaction() as conn:
            cards.advance_terminal_counter(conn, terminal_kind, register_id, used)
            journal_mod.append(
                conn,
                "terminal_counter_advanced",
                {"terminal_kind": terminal_kind, "used": used, "reason": reason},
                register_id,
            )

    def card_payments_for_sale(self, sale_id: str) -> list[CardPayment]:
        with self._db.reading() as conn:
            return cards.select(conn, "sale_id = ?", (sale_id,))

    def undecided_card_payments(self, register_id: str) -> list[CardPayment]:
        """Payments (or their reversals) sent whose outcome is not known: settled first."""
        with self._db.reading() as conn:
            return cards.select(conn, f"register_id = ? AND {cards.OPEN_SQL}", (register_id,))
