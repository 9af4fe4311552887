"""What the simulated terminal remembers: pairings, the session, its transactions, and
everything it received and sent (for the tests)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Literal

Port = Literal["primary", "secondary"]


@dataclass
class Registration:
    """One paired POS: its MAC_LABEL, MAC key and the last COUNTER accepted (0 after REGISTER)."""

    label: str
    key: bytes
    reg_ver: int
    last_counter: int = 0


@dataclass
class Session:
    invoice: str | None
    pos_ip: str | None
    pos_port: int | None


@dataclass
class Transaction:
    """One CAPTURE, CREDIT or VOID as the terminal did it (REPORT LAST_TRAN tells the last)."""

    command: str
    ctroutd: str
    amount: int  # öre
    payment_type: str
    result: str
    result_code: int
    response_text: str
    invoice: str | None = None
    auth_code: str | None = None
    voided: bool = False  # a later VOID undid this one

    @property
    def approved(self) -> bool:
        return self.result_code == -1

    @property
    def charged(self) -> bool:
        """Money moved from the customer and was not given back by a VOID."""
        return self.command == "CAPTURE" and self.approved and not self.voided


@dataclass
class Received:
    port: Port
    fields: dict[str, str]
    raw: bytes


@dataclass
class RunningPayment:
    """A PAYMENT command in progress. `outcome` is set by CONFIRMATION (CONFIRMED, DENIED),
    CANCEL (CANCELLED), or the primary connection closing (ABANDONED)."""

    command: str
    amount: int
    payment_type: str
    outcome: asyncio.Future[str]
    id_check_pending: bool = False
    connection: object = None
    notified: list[dict[str, str]] = field(default_factory=list)
