"""The Verifone Point terminal (Klarna) over its sans-IO codec (till/protocols/point), behind
checkout's PaymentTerminal port.

link.py: one request on one port; listener.py: the till's listener for unsolicited messages;
pairing.py: REGISTER and the MAC key in the keyring; outcomes.py: answers judged in the till's
words; terminal.py: PointTerminal, the port's implementation (sessions, Klarna payments, voids,
LAST_TRAN recovery, the customer ID check, counter and MAC).
"""

from till.adapters.point.listener import ListenerPortTaken
from till.adapters.point.outcomes import KIND
from till.adapters.point.pairing import NotPaired
from till.adapters.point.terminal import IdCheckRefused, PointTerminal

__all__ = ["KIND", "IdCheckRefused", "ListenerPortTaken", "NotPaired", "PointTerminal"]
