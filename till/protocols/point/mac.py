"""The MAC and COUNTER rules of Point's authenticated commands, pure.

Every authenticated request carries COUNTER, MAC and MAC_LABEL: MAC is the base64 of
HMAC-SHA256 under the MAC key decrypted at pairing, over the COUNTER written in decimal ASCII
(../shared/DESIGN.md; the SCA "Message Format" page: "MAC value of the COUNTER using the
decrypted MAC_KEY returned from the REGISTER command. This value is Base64 encoded",
https://verifone.cloud/docs/sca-functional-specification/html/protocol_spec/message_format).
Each COUNTER must be higher than the last one the terminal accepted for that MAC_LABEL; it runs
1..4294967295 (same page) and resets to 0 with each REGISTER; ADMIN GET_COUNTER returns the last
one used (https://verifone.cloud/docs/sca-functional-specification/html/protocol_spec/administration/get_counter).

`Counter` is only the rule: the caller writes `next_value` to SQLite *before* sending (write
ahead), then calls `used`, so that a crash between the two can only skip a value, never repeat
one. Nothing here does I/O.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass

MAX_COUNTER = 4_294_967_295  # the documented maximum: an unsigned 32-bit number
MAX_LABEL = 50  # MAC_LABEL is 1..50 characters


class CounterExhausted(ValueError):
    """The counter reached MAX_COUNTER: the till must pair again (REGISTER resets it)."""


def mac(key: bytes, counter: int) -> str:
    """The MAC field for `counter`: base64 of HMAC-SHA256(key, decimal counter)."""
    if not 1 <= counter <= MAX_COUNTER:
        raise ValueError(f"COUNTER must be 1..{MAX_COUNTER}, not {counter}")
    if not key:
        raise ValueError("an empty MAC key")
    digest = hmac.new(key, str(counter).encode("ascii"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


def check_label(label: str) -> str:
    """`label` if it can be a MAC_LABEL (1..50 printable ASCII characters)."""
    if not (1 <= len(label) <= MAX_LABEL and label.isascii() and label.isprintable()):
        raise ValueError(f"a MAC_LABEL is 1..{MAX_LABEL} printable ASCII characters")
    return label


@dataclass(frozen=True, slots=True)
class Authentication:
    """The three fields an authenticated request carries."""

    counter: int
    mac: str
    mac_label: str


def authenticate(key: bytes, mac_label: str, counter: int) -> Authentication:
    """COUNTER, MAC and MAC_LABEL for one request."""
    return Authentication(counter, mac(key, counter), check_label(mac_label))


class Counter:
    """The last COUNTER the terminal has seen (or may have seen) for one MAC label.

    `next_value` is what to send next, always above everything used before; `used(value)`
    records a value as spent (sent, or written ahead to be sent); `resync(value)` takes the
    terminal's answer to GET_COUNTER and never moves backwards, because a value the till wrote
    ahead may have reached the terminal after it answered.
    """

    def __init__(self, last: int = 0) -> None:
        if not 0 <= last <= MAX_COUNTER:
            raise ValueError(f"a counter is 0..{MAX_COUNTER}, not {last}")
        self._last = last

    @property
    def last(self) -> int:
        return self._last

    @property
    def next_value(self) -> int:
        if self._last >= MAX_COUNTER:
            raise CounterExhausted("the COUNTER reached its maximum; pair the terminal again")
        return self._last + 1

    def used(self, value: int) -> None:
        """Record `value` as spent; it must be above every value spent before."""
        if not self._last < value <= MAX_COUNTER:
            raise ValueError(f"COUNTER {value} is not above the last one, {self._last}")
        self._last = value

    def resync(self, terminal_last: int) -> None:
        """The terminal said (GET_COUNTER) the last COUNTER it accepted: go on above it."""
        if not 0 <= terminal_last <= MAX_COUNTER:
            raise ValueError(f"a counter is 0..{MAX_COUNTER}, not {terminal_last}")
        self._last = max(self._last, terminal_last)

    def reset(self) -> None:
        """After a new REGISTER the terminal starts again from 0."""
        self._last = 0
