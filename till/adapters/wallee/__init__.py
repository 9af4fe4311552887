"""The Wallee card terminal over LTI, behind checkout's PaymentTerminal port.

terminal.py: the LTI connection (TerminalClient); payments.py: WalleeTerminal, the port's
implementation (requests, ep2 slip fields, error codes, abort codes); recovery.py: judging an
unknown outcome from the terminal's record; admin.py: the admin requests.
"""

from till.adapters.wallee.payments import KIND, WalleeTerminal
from till.adapters.wallee.terminal import TerminalClient

__all__ = ["KIND", "TerminalClient", "WalleeTerminal"]
