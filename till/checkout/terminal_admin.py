"""The card terminal's administrative requests, for the GUI and `till-admin terminal`.

Each command sends one PoS request and gives back what the terminal printed (its printer
notifications) and a readable summary of its answer. Every command is journaled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from till.adapters.terminal import SilentPrompts, TerminalClient, TerminalPrompts
from till.protocols.lti import (
    ActivationRequest,
    BeFinalBalanceRequest,
    BeTransmissionRequest,
    ConfigDataRequest,
    DeactivationRequest,
    ErrorNotification,
    InterEodReceiptRequest,
    MiSubmissionRequest,
    PingRequest,
    PinpadInformationRequest,
    ReprintReceiptRequest,
    SiConfigRequest,
    SiInitRequest,
    error_message,
)
from till.store import TillStore

TEXT = 1  # receiptFormat: pre-formatted plain text


@dataclass(frozen=True, slots=True)
class AdminCommand:
    name: str  # as typed on the command line
    label: str  # as shown on the button
    build: Callable[[str, str, int], Any]  # (pos_id, language, trxSyncNumber) -> request
    slow: bool = False  # talks to the acquirer: minutes, not seconds


COMMANDS: tuple[AdminCommand, ...] = (
    AdminCommand(
        "activate",
        "Activate",
        lambda p, lang, s: ActivationRequest(pos_id=p, language=lang, receipt_format=TEXT),
    ),
    AdminCommand(
        "deactivate",
        "Deactivate",
        lambda p, lang, s: DeactivationRequest(pos_id=p, receipt_format=TEXT),
    ),
    AdminCommand(
        "si-config",
        "SI config",
        lambda p, lang, s: SiConfigRequest(pos_id=p, receipt_format=TEXT),
        True,
    ),
    AdminCommand(
        "si-init", "SI init", lambda p, lang, s: SiInitRequest(pos_id=p, receipt_format=TEXT), True
    ),
    AdminCommand(
        "end-of-day",
        "End of day (final balance)",
        # LTI 7.2.3: the current trxSyncNumber goes with the final balance.
        lambda p, lang, s: BeFinalBalanceRequest(pos_id=p, trx_sync_number=s, receipt_format=TEXT),
        True,
    ),
    AdminCommand(
        "transmission",
        "Transmission",
        lambda p, lang, s: BeTransmissionRequest(pos_id=p, receipt_format=TEXT),
        True,
    ),
    AdminCommand(
        "submission",
        "Submission",
        lambda p, lang, s: MiSubmissionRequest(pos_id=p, receipt_format=TEXT),
        True,
    ),
    AdminCommand(
        "eod-receipt",
        "Intermediate EOD receipt",
        lambda p, lang, s: InterEodReceiptRequest(pos_id=p, receipt_format=TEXT),
    ),
    AdminCommand(
        "reprint",
        "Reprint last receipt",
        lambda p, lang, s: ReprintReceiptRequest(pos_id=p, type="TRX", receipt_format=TEXT),
    ),
    AdminCommand("config-data", "Config data", lambda p, lang, s: ConfigDataRequest(pos_id=p)),
    AdminCommand(
        "pinpad-info", "PIN pad information", lambda p, lang, s: PinpadInformationRequest(pos_id=p)
    ),
    AdminCommand("ping", "Ping", lambda p, lang, s: PingRequest()),
)
COMMAND_NAMES = tuple(c.name for c in COMMANDS)


@dataclass(frozen=True, slots=True)
class AdminResult:
    command: str
    ok: bool
    summary: str  # the answer's fields, one per line, or the error in words
    printouts: tuple[str, ...]  # each printer notification's text

    def text(self) -> str:
        parts = [self.summary, *self.printouts]
        return "\n\n".join(p for p in parts if p)


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


class TerminalAdmin:
    def __init__(
        self,
        *,
        store: TillStore,
        terminal: TerminalClient,
        register_id: str,
        pos_id: str,
        language: str,
        in_store: Callable[..., Awaitable[Any]],
    ) -> None:
        self._store = store
        self.terminal = terminal
        self._register_id = register_id
        self._pos_id = pos_id
        self._language = language
        self._in_store = in_store

    async def run(self, name: str, prompts: TerminalPrompts | None = None) -> AdminResult:
        """Run one admin command. Raises TerminalUnavailable / TerminalLost / LtiProtocolError."""
        command = next((c for c in COMMANDS if c.name == name), None)
        if command is None:
            raise ValueError(f"unknown terminal command {name!r}")
        sync = await self._in_store(self._store.trx_sync_number, self._register_id)
        request = command.build(self._pos_id, self._language, sync)
        timeout = 900.0 if command.slow else None
        try:
            answer = await self.terminal.request(
                request, prompts or SilentPrompts(), timeout=timeout
            )
        except Exception as error:
            await self._journal(name, ok=False, error=str(error))
            raise
        printouts = tuple(
            text
            for p in answer.printouts
            for text in (p.merchant_receipt, p.cardholder_receipt)
            if text
        )
        if isinstance(answer.final, ErrorNotification):
            summary = error_message(answer.final.error_code, answer.final.error_text)
            await self._journal(name, ok=False, error=answer.final.error_code or summary)
            return AdminResult(name, False, summary, printouts)
        await self._journal(name, ok=True, error="")
        summary = describe(answer.final) or f"{command.label}: done."
        return AdminResult(name, True, summary, printouts)

    async def _journal(self, name: str, *, ok: bool, error: str) -> None:
        await self._in_store(
            self._store.journal,
            "terminal_admin",
            {"command": name, "ok": ok, "error": error, "terminal": self.terminal.address},
            register_id=self._register_id,
        )
