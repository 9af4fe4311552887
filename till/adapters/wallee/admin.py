"""The Wallee terminal's administrative requests (LTI 6.2-6.7, 6.10-6.13), as the till's
admin commands: each builds one PoS request; `describe` turns its answer into readable lines.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from till.protocols.lti import (
    ActivationRequest,
    BeFinalBalanceRequest,
    BeTransmissionRequest,
    ConfigDataRequest,
    DeactivationRequest,
    InterEodReceiptRequest,
    MiSubmissionRequest,
    PingRequest,
    PinpadInformationRequest,
    ReprintReceiptRequest,
    SiConfigRequest,
    SiInitRequest,
)

TEXT = 1  # receiptFormat: pre-formatted plain text


@dataclass(frozen=True, slots=True)
class LtiAdminCommand:
    name: str  # as typed on the command line
    label: str  # as shown on the button
    build: Callable[[str, str, int], Any]  # (pos_id, language, trxSyncNumber) -> request
    slow: bool = False  # talks to the acquirer: minutes, not seconds


COMMANDS: tuple[LtiAdminCommand, ...] = (
    LtiAdminCommand(
        "activate",
        "Activate",
        lambda p, lang, s: ActivationRequest(pos_id=p, language=lang, receipt_format=TEXT),
    ),
    LtiAdminCommand(
        "deactivate",
        "Deactivate",
        lambda p, lang, s: DeactivationRequest(pos_id=p, receipt_format=TEXT),
    ),
    LtiAdminCommand(
        "si-config",
        "SI config",
        lambda p, lang, s: SiConfigRequest(pos_id=p, receipt_format=TEXT),
        True,
    ),
    LtiAdminCommand(
        "si-init", "SI init", lambda p, lang, s: SiInitRequest(pos_id=p, receipt_format=TEXT), True
    ),
    LtiAdminCommand(
        "end-of-day",
        "End of day (final balance)",
        # LTI 7.2.3: the current trxSyncNumber goes with the final balance.
        lambda p, lang, s: BeFinalBalanceRequest(pos_id=p, trx_sync_number=s, receipt_format=TEXT),
        True,
    ),
    LtiAdminCommand(
        "transmission",
        "Transmission",
        lambda p, lang, s: BeTransmissionRequest(pos_id=p, receipt_format=TEXT),
        True,
    ),
    LtiAdminCommand(
        "submission",
        "Submission",
        lambda p, lang, s: MiSubmissionRequest(pos_id=p, receipt_format=TEXT),
        True,
    ),
    LtiAdminCommand(
        "eod-receipt",
        "Intermediate EOD receipt",
        lambda p, lang, s: InterEodReceiptRequest(pos_id=p, receipt_format=TEXT),
    ),
    LtiAdminCommand(
        "reprint",
        "Reprint last receipt",
        lambda p, lang, s: ReprintReceiptRequest(pos_id=p, type="TRX", receipt_format=TEXT),
    ),
    LtiAdminCommand("config-data", "Config data", lambda p, lang, s: ConfigDataRequest(pos_id=p)),
    LtiAdminCommand(
        "pinpad-info", "PIN pad information", lambda p, lang, s: PinpadInformationRequest(pos_id=p)
    ),
    LtiAdminCommand("ping", "Ping", lambda p, lang, s: PingRequest()),
)
COMMAND_NAMES = tuple(c.name for c in COMMANDS)


def describe(message: Any, indent: str = "") -> str:
    """A response's fields that carry a value, as `name: value` lines (nested indented)."""
    if not dataclasses.is_dataclass(message):
        return f"{indent}{message}"
    lines = []
    for field in dataclasses.fields(message):
        value = getattr(message, field.name)
        if value is None or value == ():
            continue
        if dataclasses.is_dataclass(value):
            lines.append(f"{indent}{field.name}:")
            lines.append(describe(value, indent + "  "))
        elif isinstance(value, tuple):
            lines.append(f"{indent}{field.name}:")
            lines.extend(describe(item, indent + "  ") for item in value)
        else:
            lines.append(f"{indent}{field.name}: {value}")
    return "\n".join(lines)
