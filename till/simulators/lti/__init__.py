"""A loopback stand-in for a Wallee card terminal on the Local Till Interface (LTI 2.46).

It listens like the terminal (section 3.2: the till connects), answers every PoS request of
section 6 plausibly, and plays the failures a till must survive: declines, error codes of
6.14.1, a cashier confirmation (6.15), partial approval, a connection that drops after the
payment was approved, a card that never comes (6.18), frames cut into bytes or glued into one
write (3.1), a flood of display notifications, an approval without amountAuth, a tip, and
reversals refused, dropped, held or never done (6.8). Like a real terminal it remembers its
last transaction across connections, reverses it when a new payment repeats its trxSyncNumber
(section 7), and tells it on reprintReceiptRequest (6.12): lastTrx, or lastRev once reversed.

Run it by hand with `python -m till.simulators.lti --port 50000 --scenario decline`.
"""

from till.simulators.lti.scenarios import ERROR_TEXTS, Scenario
from till.simulators.lti.simulator import DEFAULT_PORT, LtiSimulator, Transaction

__all__ = ["DEFAULT_PORT", "ERROR_TEXTS", "LtiSimulator", "Scenario", "Transaction"]
