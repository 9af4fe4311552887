"""The error codes of section 6.14.1, told to a cashier in a Swedish shop.

A terminal answers an ErrorNotification with errorCode (and, in practice, errorText) when it
cannot send the response the request asked for. For a payment every one of these means: no
money was taken, the sale is still open.
"""

from __future__ import annotations

from typing import Any

from till.core.errors import QT_TRANSLATE_NOOP, Message


def _said(code: str, text: str) -> Message:
    """A Message coded after the terminal's error code: "TRM.PT.0001" -> lti_trm_pt_0001."""
    return Message("lti_" + code.lower().replace(".", "_"), text)


ERROR_MESSAGES: dict[str, Message] = {
    "VCS.ERR.0005": _said(
        "VCS.ERR.0005",
        QT_TRANSLATE_NOOP(
            "Errors", "The card terminal did not accept the till's request. Try again."
        ),
    ),
    "VCS.ERR.0031": _said(
        "VCS.ERR.0031",
        QT_TRANSLATE_NOOP("Errors", "The card terminal found no earlier payment to change."),
    ),
    "VCS.ERR.0032": _said(
        "VCS.ERR.0032",
        QT_TRANSLATE_NOOP(
            "Errors",
            "That earlier payment was not a pre-authorised purchase, so it cannot be "
            "completed this way.",
        ),
    ),
    "VCS.ERR.0033": _said(
        "VCS.ERR.0033",
        QT_TRANSLATE_NOOP(
            "Errors", "That earlier payment did not go through, so it cannot be changed."
        ),
    ),
    "VCS.ERR.0034": _said(
        "VCS.ERR.0034",
        QT_TRANSLATE_NOOP(
            "Errors",
            "That earlier payment is only a reservation, so it cannot be changed this way.",
        ),
    ),
    "VCS.ERR.0035": _said(
        "VCS.ERR.0035",
        QT_TRANSLATE_NOOP("Errors", "The card terminal has no receipt for that earlier payment."),
    ),
    "VCS.ERR.0036": _said(
        "VCS.ERR.0036",
        QT_TRANSLATE_NOOP("Errors", "That earlier payment has already been completed."),
    ),
    "VCS.ERR.0038": _said(
        "VCS.ERR.0038",
        QT_TRANSLATE_NOOP(
            "Errors", "The amount is higher than the amount the card was authorised for."
        ),
    ),
    "TRM.PR.0001": _said(
        "TRM.PR.0001",
        QT_TRANSLATE_NOOP(
            "Errors", "The card terminal could not find the earlier payment it was asked about."
        ),
    ),
    "TRM.PT.0001": _said(
        "TRM.PT.0001",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card was removed before the payment finished. Ask the customer to try again.",
        ),
    ),
    "TRM.PT.0002": _said(
        "TRM.PT.0002", QT_TRANSLATE_NOOP("Errors", "The payment was stopped on the terminal.")
    ),
    "TRM.PT.0003": _said(
        "TRM.PT.0003",
        QT_TRANSLATE_NOOP(
            "Errors", "The card terminal had a technical problem. Try the payment again."
        ),
    ),
    "TRM.PT.0201": _said(
        "TRM.PT.0201",
        QT_TRANSLATE_NOOP("Errors", "No card was presented in time. Start the payment again."),
    ),
    "TRM.PT.0300": _said(
        "TRM.PT.0300",
        QT_TRANSLATE_NOOP(
            "Errors", "The card was not inserted. Ask the customer to insert the card."
        ),
    ),
    "TRM.PT.0405": _said(
        "TRM.PT.0405",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card terminal could not read the card. "
            "Ask the customer to insert it the right way round and try again.",
        ),
    ),
    "TRM.PT.0406": _said(
        "TRM.PT.0406",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card terminal could not read the card a second time. "
            "Ask the customer to pay another way.",
        ),
    ),
    "TRM.PT.0609": _said(
        "TRM.PT.0609",
        QT_TRANSLATE_NOOP("Errors", "The card terminal cannot reverse any more payments."),
    ),
    "TRM.PT.0500": _said(
        "TRM.PT.0500",
        QT_TRANSLATE_NOOP(
            "Errors", "This card cannot be used here. Ask the customer to pay another way."
        ),
    ),
    "TRM.PT.0501": _said(
        "TRM.PT.0501",
        QT_TRANSLATE_NOOP("Errors", "The card is blocked. Ask the customer to pay another way."),
    ),
    "TRM.PT.0700": _said(
        "TRM.PT.0700",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This card cannot be used for this kind of payment. "
            "Ask the customer to pay another way.",
        ),
    ),
    "TRM.PT.0701": _said(
        "TRM.PT.0701",
        QT_TRANSLATE_NOOP(
            "Errors", "The card terminal could not read the card. Ask the customer to try again."
        ),
    ),
    "TRM.PT.1100": _said(
        "TRM.PT.1100",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card terminal could not read the card during the payment. "
            "Ask the customer to try again.",
        ),
    ),
    "TRM.PT.0904": _said(
        "TRM.PT.0904",
        QT_TRANSLATE_NOOP(
            "Errors", "This terminal cannot take a signature. Ask the customer to pay another way."
        ),
    ),
    "TRM.PT.0905": _said(
        "TRM.PT.0905",
        QT_TRANSLATE_NOOP(
            "Errors",
            "This terminal cannot take an online PIN. Ask the customer to pay another way.",
        ),
    ),
    "TRM.ID.0007": _said(
        "TRM.ID.0007",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The card terminal could not store its keys while setting up. "
            "Call the terminal's support.",
        ),
    ),
}

GENERIC = Message(
    "lti_error_unknown",
    QT_TRANSLATE_NOOP(
        "Errors", "The card terminal could not finish what the till asked. Try again."
    ),
)
GENERIC_WITH_WORDS = Message(
    "lti_error_unknown_said",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal could not finish what the till asked. Try again. (Terminal: {said})",
    ),
)
GENERIC_MESSAGE = GENERIC.text


def terminal_error(code: str | None, text: str | None) -> tuple[Message, dict[str, Any]]:
    """The Message and parameters for an ErrorNotification; an unknown code keeps the
    terminal's own code and text (not translated) so that support can tell what it was."""
    if code:
        known = ERROR_MESSAGES.get(code.strip())
        if known is not None:
            return known, {}
    said = " ".join(part.strip() for part in (code, text) if part and part.strip())
    return (GENERIC_WITH_WORDS, {"said": said}) if said else (GENERIC, {})


def error_message(code: str | None, text: str | None) -> str:
    """The same in English, for the log, the journal and a printed summary."""
    message, params = terminal_error(code, text)
    return message.english(**params)
