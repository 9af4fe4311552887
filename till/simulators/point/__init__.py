"""A loopback stand-in for a Verifone Point terminal (SCA) on its primary and secondary port.

It pairs (SECURITY REGISTER, REG_VER 1 and 2, UNREGISTER), checks every authenticated
command's MAC and COUNTER (ADMIN GET_COUNTER resyncs), keeps one SESSION with the till's
listener address, runs PAYMENT CAPTURE, CREDIT and VOID, stops a Klarna CAPTURE for the customer
ID check (an unsolicited message to the till's listener, then SECONDARYPORT CONFIRMATION),
answers SECONDARYPORT STATUS and CANCEL, and tells REPORT LAST_TRAN truthfully. `scenario`
picks a failure: busy, drop_mid_payment, never_answers. It reads and writes the XML itself and
never imports till.protocols.point: a test peer must not share the codec it tests.

Run it by hand with `python -m till.simulators.point --port 5015 --secondary-port 5016`.
"""

from till.simulators.point.records import Registration, Session, Transaction
from till.simulators.point.scenarios import Scenario
from till.simulators.point.terminal import PRIMARY_PORT, SECONDARY_PORT, PointSimulator

__all__ = [
    "PRIMARY_PORT",
    "SECONDARY_PORT",
    "PointSimulator",
    "Registration",
    "Scenario",
    "Session",
    "Transaction",
]
