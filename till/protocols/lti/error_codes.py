"""The error codes of section 6.14.1, told to a cashier in a Swedish shop.

A terminal answers an ErrorNotification with errorCode (and, in practice, errorText) when it
cannot send the response the request asked for. For a payment every one of these means: no
money was taken, the sale is still open.
"""

from __future__ import annotations

ERROR_MESSAGES: dict[str, str] = {
    "VCS.ERR.0005": "The card terminal did not accept the till's request. Try again.",
    "VCS.ERR.0031": "The card terminal found no earlier payment to change.",
    "VCS.ERR.0032": "That earlier payment was not a pre-authorised purchase, so it cannot be "
    "completed this way.",
    "VCS.ERR.0033": "That earlier payment did not go through, so it cannot be changed.",
    "VCS.ERR.0034": "That earlier payment is only a reservation, so it cannot be changed this way.",
    "VCS.ERR.0035": "The card terminal has no receipt for that earlier payment.",
    "VCS.ERR.0036": "That earlier payment has already been completed.",
    "VCS.ERR.0038": "The amount is higher than the amount the card was authorised for.",
    "TRM.PR.0001": "The card terminal could not find the earlier payment it was asked about.",
    "TRM.PT.0001": "The card was removed before the payment finished. "
    "Ask the customer to try again.",
    "TRM.PT.0002": "The payment was stopped on the terminal.",
    "TRM.PT.0003": "The card terminal had a technical problem. Try the payment again.",
    "TRM.PT.0201": "No card was presented in time. Start the payment again.",
    "TRM.PT.0300": "The card was not inserted. Ask the customer to insert the card.",
    "TRM.PT.0405": "The card terminal could not read the card. "
    "Ask the customer to insert it the right way round and try again.",
    "TRM.PT.0406": "The card terminal could not read the card a second time. "
    "Ask the customer to pay another way.",
    "TRM.PT.0609": "The card terminal cannot reverse any more payments.",
    "TRM.PT.0500": "This card cannot be used here. Ask the customer to pay another way.",
    "TRM.PT.0501": "The card is blocked. Ask the customer to pay another way.",
    "TRM.PT.0700": "This card cannot be used for this kind of payment. "
    "Ask the customer to pay another way.",
    "TRM.PT.0701": "The card terminal could not read the card. Ask the customer to try again.",
    "TRM.PT.1100": "The card terminal could not read the card during the payment. "
    "Ask the customer to try again.",
    "TRM.PT.0904": "This terminal cannot take a signature. Ask the customer to pay another way.",
    "TRM.PT.0905": "This terminal cannot take an online PIN. Ask the customer to pay another way.",
    "TRM.ID.0007": "The card terminal could not store its keys while setting up. "
    "Call the terminal's support.",
}

GENERIC_MESSAGE = "The card terminal could not finish what the till asked. Try again."


def error_message(code: str | None, text: str | None) -> str:
    """A plain sentence for an ErrorNotification; an unknown code keeps the terminal's text
    so that support can tell what it was."""
    if code:
        known = ERROR_MESSAGES.get(code.strip())
        if known is not None:
            return known
    detail = " ".join(part.strip() for part in (code, text) if part and part.strip())
    return f"{GENERIC_MESSAGE} (Terminal: {detail})" if detail else GENERIC_MESSAGE
