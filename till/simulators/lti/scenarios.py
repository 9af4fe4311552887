"""What the simulated terminal does with the next payment, and the errors it answers with."""

from __future__ import annotations

from enum import StrEnum

from till.protocols.lti import ErrorNotification


class Scenario(StrEnum):
    """What the terminal does with the next financialTrxRequest."""

    APPROVE = "approve"
    DECLINE = "decline"
    CONFIRM = "confirm"  # asks the attendant "Belopp SEK x OK?" first (6.15)
    PARTIAL = "partial"  # approves half the amount
    DROP_BEFORE_RESPONSE = "drop_before_response"  # approves, then the line goes dead
    NO_CARD = "no_card"  # the card never comes; only abortCardEntryNotification ends it
    SPLIT_FRAMES = "split_frames"  # approves, writing every byte on its own
    COALESCE = "coalesce"  # approves, all device messages and the response in one write
    DISPLAY_FLOOD = "display_flood"  # flood_count displays at flood_rate/s, then approves
    # Approves, but the response leaves out amountAuth; the terminal's record keeps it.
    APPROVE_NO_AMOUNT = "approve_no_amount"
    TIP = "tip"  # the cardholder adds `tip` öre: amountAuth = amount + tip, amountTip = tip
    # These approve payments; what differs is the next reversalRequest (6.8):
    REFUSE_REVERSAL = "refuse_reversal"  # answered with an errorNotification, not reversed
    DROP_BEFORE_REVERSAL_RESPONSE = "drop_before_reversal_response"  # reverses, line goes dead
    HOLD_REVERSAL_RESPONSE = "hold_reversal_response"  # reverses, never answers
    IGNORE_REVERSAL = "ignore_reversal"  # neither reverses nor answers (the request got lost)
    # One per error code of section 6.14.1: an errorNotification with that code.
    ERROR_VCS_ERR_0005 = "error_VCS.ERR.0005"
    ERROR_VCS_ERR_0031 = "error_VCS.ERR.0031"
    ERROR_VCS_ERR_0032 = "error_VCS.ERR.0032"
    ERROR_VCS_ERR_0033 = "error_VCS.ERR.0033"
    ERROR_VCS_ERR_0034 = "error_VCS.ERR.0034"
    ERROR_VCS_ERR_0035 = "error_VCS.ERR.0035"
    ERROR_VCS_ERR_0036 = "error_VCS.ERR.0036"
    ERROR_VCS_ERR_0038 = "error_VCS.ERR.0038"
    ERROR_TRM_PR_0001 = "error_TRM.PR.0001"
    ERROR_TRM_PT_0001 = "error_TRM.PT.0001"
    ERROR_TRM_PT_0002 = "error_TRM.PT.0002"
    ERROR_TRM_PT_0003 = "error_TRM.PT.0003"
    ERROR_TRM_PT_0201 = "error_TRM.PT.0201"
    ERROR_TRM_PT_0300 = "error_TRM.PT.0300"
    ERROR_TRM_PT_0405 = "error_TRM.PT.0405"
    ERROR_TRM_PT_0406 = "error_TRM.PT.0406"
    ERROR_TRM_PT_0609 = "error_TRM.PT.0609"
    ERROR_TRM_PT_0500 = "error_TRM.PT.0500"
    ERROR_TRM_PT_0501 = "error_TRM.PT.0501"
    ERROR_TRM_PT_0700 = "error_TRM.PT.0700"
    ERROR_TRM_PT_0701 = "error_TRM.PT.0701"
    ERROR_TRM_PT_1100 = "error_TRM.PT.1100"
    ERROR_TRM_PT_0904 = "error_TRM.PT.0904"
    ERROR_TRM_PT_0905 = "error_TRM.PT.0905"
    ERROR_TRM_ID_0007 = "error_TRM.ID.0007"

    @property
    def error_code(self) -> str | None:
        """The 6.14.1 code of an ERROR_ scenario, None for the others."""
        return self.value.removeprefix("error_") if self.value.startswith("error_") else None

    @classmethod
    def parse(cls, text: str) -> Scenario:
        """By value ("decline", "error_TRM.PT.0001") or name ("DECLINE", "ERROR_TRM_PT_0001")."""
        for scenario in cls:
            if text in (scenario.value, scenario.name) or text.upper() == scenario.name:
                return scenario
        raise ValueError(f"unknown scenario {text!r}")


# The Description column of 6.14.1, shortened: what a terminal puts in errorText.
ERROR_TEXTS = {
    "VCS.ERR.0005": "Request not valid",
    "VCS.ERR.0031": "No original transaction found",
    "VCS.ERR.0032": "Original transaction is not an authorization purchase",
    "VCS.ERR.0033": "Original transaction was not successful",
    "VCS.ERR.0034": "Original transaction was reserved",
    "VCS.ERR.0035": "No receipts for original transaction",
    "VCS.ERR.0036": "Original transaction has already been committed",
    "VCS.ERR.0038": "Amount to commit is higher than the authorized amount of original",
    "TRM.PR.0001": "Failed to reference original transaction",
    "TRM.PT.0001": "Card removed",
    "TRM.PT.0002": "Cancelled by user",
    "TRM.PT.0003": "System Error",
    "TRM.PT.0201": "Card not detected",
    "TRM.PT.0300": "Card not inserted",
    "TRM.PT.0405": "Failed to Contact Card (1st attempt)",
    "TRM.PT.0406": "Failed to Contact Card (2nd attempt)",
    "TRM.PT.0609": "Multiple reversal limit reached",
    "TRM.PT.0500": "No Application Found",
    "TRM.PT.0501": "Card blocked or SELECT command not supported",
    "TRM.PT.0700": "Transaction not possible with the selected application",
    "TRM.PT.0701": "Read Error",
    "TRM.PT.1100": "Read Error",
    "TRM.PT.0904": "Signature not supported",
    "TRM.PT.0905": "Online PIN not supported",
    "TRM.ID.0007": "Storing TR31 block of wrapped key in PED failed",
}


def error_notification(code: str, card_id: str | None = None) -> ErrorNotification:
    return ErrorNotification(error_code=code, error_text=ERROR_TEXTS.get(code), card_id=card_id)
