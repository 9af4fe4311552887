"""The device messages (sections 6.15 to 6.18, 6.26): what the terminal shows, prints and
asks during a request, and the till's answers."""

from __future__ import annotations

from till.protocols.lti.messages.kinds import (
    DeviceMessage,
    TillDeviceMessage,
    attribute,
    display_lines,
    frozen,
    named,
    one_of,
    receipt_text,
)

# Section 6.18.1.
ABORT_CODE_STANDARD = "01"
ABORT_CODE_OTHER_PAYMENT = "02"  # the customer pays another way, e.g. cash

# The result of confirmationResponse (section 6.15).
CONFIRMATION_NEGATIVE = 0
CONFIRMATION_POSITIVE = 1

DISPLAY_ATTENDANT = "ATTENDANT"
DISPLAY_CARDHOLDER = "CARDHOLDER"


@named("confirmationRequest")
@frozen
class ConfirmationRequest(DeviceMessage):
    """Section 6.15: ask the attendant; answer with ConfirmationResponse within timeout
    (+ timeoutReminder) seconds, or send TimeoutNotification."""

    display_type: str | None = attribute("displayType")
    lines: tuple[str, ...] = display_lines()
    timeout: int
    timeout_reminder: int | None = None


@named("confirmationResponse")
@frozen
class ConfirmationResponse(TillDeviceMessage):
    """Section 6.15: 0 negative, 1 positive."""

    result: int = one_of(CONFIRMATION_NEGATIVE, CONFIRMATION_POSITIVE)


@named("timeoutNotification")
@frozen
class TimeoutNotification(TillDeviceMessage):
    """Section 6.15: the attendant did not answer a confirmationRequest in time."""


@named("displayNotification")
@frozen
class DisplayNotification(DeviceMessage):
    """Section 6.16."""

    display_type: str | None = attribute("displayType")
    lines: tuple[str, ...] = display_lines()
    min_display_time: int | None = None  # seconds


@named("printerNotification")
@frozen
class PrinterNotification(DeviceMessage):
    """Section 6.17: plain-text receipts, LF line ends. `admin` is the attribute of
    merchantReceipt (an administrative, not a financial, receipt)."""

    merchant_receipt: str | None = receipt_text()
    cardholder_receipt: str | None = receipt_text()
    admin: bool | None = attribute("admin", of=("merchantReceipt",))
    print_commands: bool | None = attribute(
        "printCommands", of=("merchantReceipt", "cardholderReceipt")
    )


@named("abortCardEntryNotification")
@frozen
class AbortCardEntryNotification(TillDeviceMessage):
    """Section 6.18: stop waiting for a card (no effect once the card is read)."""

    abort_code: str | None = None  # "01" standard, "02" paid another way (6.18.1)


@named("cardEntryNotification")
@frozen
class CardEntryNotification(DeviceMessage):
    """Section 6.26.1: 0 magstripe, 1 chip, 2 contactless."""

    card_entry_mode: int | None = None


@named("cardRemovalNotification")
@frozen
class CardRemovalNotification(DeviceMessage):
    """Section 6.26.2."""


@named("trxStartNotification")
@frozen
class TrxStartNotification(DeviceMessage):
    """Section 6.26.3."""


@named("trxEndNotification")
@frozen
class TrxEndNotification(DeviceMessage):
    """Section 6.26.4."""


@named("trxAbortNotification")
@frozen
class TrxAbortNotification(DeviceMessage):
    """Section 6.26.5."""
