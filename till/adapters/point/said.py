"""What the Point adapter says in the till's own words (Messages; terminal.py raises them)."""

from __future__ import annotations

from till.core.errors import QT_TRANSLATE_NOOP, Message

COUNTER_UNREADABLE = Message(
    "point_counter_unreadable",
    QT_TRANSLATE_NOOP(
        "Errors", "{why} The terminal's counter could not be read; pair the terminal again."
    ),
)
VOID_UNNAMED = Message(
    "point_void_unnamed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The terminal's last transaction is not this payment, so the till cannot name it to "
        "void it. Refund it by other means.",
    ),
)
PAIRING_NOT_TAKEN = Message(
    "point_pairing_not_taken",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The terminal did not accept the new pairing (TEST_MAC failed); start the pairing again.",
    ),
)
COUNTER_RESYNCED = Message(
    "point_counter_resynced",
    QT_TRANSLATE_NOOP(
        "Errors", "The terminal's counter is resynchronised (ADMIN GET_COUNTER): {counter}."
    ),
)
NO_END_OF_DAY = Message(
    "point_no_end_of_day",
    QT_TRANSLATE_NOOP("Errors", "Klarna payments need no end of day here."),
)
UNREGISTER_REFUSED = Message(
    "point_unregister_refused",
    QT_TRANSLATE_NOOP("Errors", "The terminal did not forget the pairing: {why}"),
)
