"""What the simulated Point terminal does with the next payment, and the RESULT_CODEs it uses.

Codes with text in Verifone's public "Point Device Codes" table
(https://verifone.cloud/docs/sca-functional-specification/html/result_codes/device_codes) and
on the secondary-port CONFIRMATION page (../shared/specs/verifone-point-secondaryport-
confirmation.txt) are used as documented. Where the public material names no code, the choice
is the simulator's and is marked so; each one is an attribute of PointSimulator that a test may
change.
"""

from __future__ import annotations

from enum import StrEnum

SUCCESS = -1
UNKNOWN_MAC_LABEL = 19  # FIELD_ERROR "MAC_LABEL does not exist"
MAC_MISMATCH = 40006  # ERROR "Decryption ERROR": the MAC does not verify under the label's key
MAC_MISSING = 40007  # "MAC/MAC_LABEL not found or MAC_LABEL missing"
ENTRY_CODE_MISMATCH = 40009  # "Entry code mismatch for REGISTER"
CANCELLED = 59001  # CANCELLED "Cancelled by [TIMEOUT | CUSTOMER]" or another actor (the POS)
DEVICE_BUSY = 59002  # BUSY "DEVICE IS BUSY"
SESSION_IN_PROGRESS = 59003  # BUSY "SESSION in progress"
# Listed among GET_COUNTER/TEST_MAC's expected codes without a text; the till reads it as a
# COUNTER refusal (till/protocols/point/result_codes.py), so the simulator answers it for a
# COUNTER that is not above the last one accepted.
COUNTER_STALE = 59005
CONFIRMATION_UNEXPECTED = 59069
INCORRECT_CONFIRMATION_VALUE = 59070
# The simulator's own, not Verifone's: a request it cannot read, and a VOID it cannot do.
FIELD_ERROR = 59998
VOID_REFUSED = 59997

# SECONDARY_DATA / DETAILED_STATUS pairs: the ID check's (57 "Klarna ID Check Processing",
# 170 "PROCESSING CP_APP_REQUESTS_POS_INPUT") and the pair the spec's "Confirmation Unexpected"
# example shows for a terminal with no check pending (2, -1).
ID_CHECK_STATUS = (57, 170)
IDLE_STATUS = (2, -1)


class Scenario(StrEnum):
    """What the terminal does with the next PAYMENT command."""

    ID_CHECK = "id_check"  # Klarna payments stop for the customer ID check; cards approve
    APPROVE = "approve"  # everything approves, no ID check
    BUSY = "busy"  # every primary-port command but SECURITY and ADMIN answers 59002
    DROP_MID_PAYMENT = "drop_mid_payment"  # does the payment, then closes without an answer
    NEVER_ANSWERS = "never_answers"  # reads a payment, never does it, never answers

    @classmethod
    def parse(cls, text: str) -> Scenario:
        for scenario in cls:
            if text.lower() in (scenario.value, scenario.name.lower()):
                return scenario
        raise ValueError(f"unknown scenario {text!r}")
