"""Point messages as frozen dataclasses: the requests the till sends and what the terminal answers.

A request is `<TRANSACTION>` with FUNCTION_TYPE and COMMAND first; an answer is `<RESPONSE>` with
RESPONSE_TEXT, RESULT, RESULT_CODE, TERMINATION_STATUS and the command's own fields (SCA
Functional Specification, https://verifone.cloud/docs/sca-functional-specification/html/index,
pages "Message Format", REGISTER, TEST_MAC, GET COUNTER, START SESSION, CAPTURE, CREDIT, VOID,
LAST TRANSACTION, secondary port CONFIRMATION, "Unsolicited Consumer Notification Responses",
"Integration with APMs", "Point Device Codes"; and ../shared/specs/
verifone-point-secondaryport-confirmation.txt). Amounts are int öre here and "12.50" on the
wire; fields the till does not model are kept in `extra` (name -> text).

Decisions where the public pages are silent or vague (the codec module says more):
- Which commands carry COUNTER/MAC/MAC_LABEL: every one except SECURITY REGISTER and ADMIN
  GET_COUNTER ("Do NOT send COUNTER with the GET_COUNTER request"). UNREGISTER and the secondary
  port's STATUS and CANCEL are authenticated like CONFIRMATION.
- Which port: SECONDARYPORT commands go to the secondary port (5016), everything else to the
  primary port (5015).
- The customer ID check request: an unsolicited RESPONSE whose DETAILED_STATUS is 170
  ("PROCESSING CP_APP_REQUESTS_POS_INPUT") or whose SECONDARY_DATA is 57 ("Klarna ID Check
  Processing"), the two values the CONFIRMATION page gives for that state.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Literal

PRIMARY_PORT = 5015
SECONDARY_PORT = 5016
KLARNA = "Klarna"  # PAYMENT_TYPE as the APM page spells it
ID_CHECK_DETAILED_STATUS = 170  # PROCESSING CP_APP_REQUESTS_POS_INPUT
ID_CHECK_SECONDARY_DATA = 57  # Klarna ID Check Processing

Port = Literal["primary", "secondary"]


# -- answers ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Response:
    """Fields every answer has. `result_code` -1 is success (Point Device Codes)."""

    response_text: str = ""
    result: str = ""
    result_code: int | None = None
    termination_status: str = ""
    counter: int | None = None  # the echo of the request's COUNTER, when the terminal sends it
    pos_recon: str | None = None
    extra: Mapping[str, str] = field(default_factory=dict, compare=False)

    wire_fields: ClassVar[tuple[str, ...]] = ()  # the typed fields beyond the common ones

    @property
    def succeeded(self) -> bool:
        return self.result_code == -1


@dataclass(frozen=True, kw_only=True)
class RegisterResponse(Response):
    mac_key: str | None = None  # base64 of MAC key encrypted to the till's public key
    mac_label: str | None = None
    entry_code: str | None = None  # REG_VER 2: the code entered on the terminal, echoed

    wire_fields: ClassVar[tuple[str, ...]] = ("MAC_KEY", "MAC_LABEL", "ENTRY_CODE")


@dataclass(frozen=True, kw_only=True)
class PaymentResponse(Response):
    """CAPTURE, CREDIT, VOID and LAST_TRAN answers."""

    ctroutd: str | None = None  # the terminal's transaction id (digits, up to 16)
    trans_amount: int | None = None
    approved_amount: int | None = None
    auth_code: str | None = None
    payment_type: str | None = None
    payment_media: str | None = None
    invoice: str | None = None
    command: str | None = None  # LAST_TRAN: which command the last transaction was

    wire_fields: ClassVar[tuple[str, ...]] = (
        "CTROUTD",
        "TRANS_AMOUNT",
        "APPROVED_AMOUNT",
        "AUTH_CODE",
        "PAYMENT_TYPE",
        "PAYMENT_MEDIA",
        "INVOICE",
        "COMMAND",
    )


@dataclass(frozen=True, kw_only=True)
class SecondaryResponse(Response):
    """Secondary-port answers (STATUS, CANCEL, CONFIRMATION)."""

    secondary_data: int | None = None
    detailed_status: int | None = None

    wire_fields: ClassVar[tuple[str, ...]] = ("SECONDARY_DATA", "DETAILED_STATUS")


@dataclass(frozen=True, kw_only=True)
class Notification(SecondaryResponse):
    """An unsolicited RESPONSE (to the till's listener, or one that answers nothing)."""

    @property
    def asks_id_check(self) -> bool:
        return (
            self.detailed_status == ID_CHECK_DETAILED_STATUS
            or self.secondary_data == ID_CHECK_SECONDARY_DATA
        )


# -- requests --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    function_type: ClassVar[str]
    command: ClassVar[str]
    authenticated: ClassVar[bool] = True
    port: ClassVar[Port] = "primary"
    response: ClassVar[type[Response]] = Response


@dataclass(frozen=True)
class Register(Request):
    """SECURITY REGISTER. `key`: base64 DER of the till's RSA-2048 public key."""

    key: str
    reg_ver: int = 1
    entry_code: str | None = None  # REG_VER 1: the 4 digits the cashier types on the terminal

    function_type = "SECURITY"
    command = "REGISTER"
    authenticated = False
    response = RegisterResponse


@dataclass(frozen=True)
class Unregister(Request):
    entry_code: str | None = None

    function_type = "SECURITY"
    command = "UNREGISTER"


@dataclass(frozen=True)
class MacCheck(Request):
    """SECURITY TEST_MAC: the docs advise it right after pairing."""

    function_type = "SECURITY"
    command = "TEST_MAC"


@dataclass(frozen=True)
class GetCounter(Request):
    mac_label: str
    pos_recon: str | None = None

    function_type = "ADMIN"
    command = "GET_COUNTER"
    authenticated = False


@dataclass(frozen=True)
class SessionStart(Request):
    """SESSION START; `pos_ip`/`pos_port` is the till's listener for unsolicited messages."""

    invoice: str
    pos_ip: str | None = None
    pos_port: int | None = None
    store_num: str | None = None
    lane: int | None = None
    cashier_id: str | None = None

    function_type = "SESSION"
    command = "START"


@dataclass(frozen=True)
class SessionFinish(Request):
    function_type = "SESSION"
    command = "FINISH"


@dataclass(frozen=True)
class Capture(Request):
    """PAYMENT CAPTURE (a sale). `amount` in öre."""

    amount: int
    payment_type: str | None = KLARNA
    pos_recon: str | None = None

    function_type = "PAYMENT"
    command = "CAPTURE"
    response = PaymentResponse


@dataclass(frozen=True)
class Credit(Request):
    """PAYMENT CREDIT (a refund). `amount` in öre; `ctroutd` of the sale it returns."""

    amount: int
    payment_type: str | None = KLARNA
    ctroutd: str | None = None
    pos_recon: str | None = None

    function_type = "PAYMENT"
    command = "CREDIT"
    response = PaymentResponse


@dataclass(frozen=True)
class Void(Request):
    ctroutd: str
    payment_type: str | None = KLARNA
    pos_recon: str | None = None

    function_type = "PAYMENT"
    command = "VOID"
    response = PaymentResponse


@dataclass(frozen=True)
class LastTran(Request):
    function_type = "REPORT"
    command = "LAST_TRAN"
    response = PaymentResponse


@dataclass(frozen=True)
class SecondaryStatus(Request):
    pos_recon: str | None = None

    function_type = "SECONDARYPORT"
    command = "STATUS"
    port = "secondary"
    response = SecondaryResponse


@dataclass(frozen=True)
class SecondaryCancel(Request):
    pos_recon: str | None = None

    function_type = "SECONDARYPORT"
    command = "CANCEL"
    port = "secondary"
    response = SecondaryResponse


@dataclass(frozen=True)
class Confirmation(Request):
    """SECONDARYPORT CONFIRMATION: the cashier's answer to the customer ID check."""

    value: Literal["CONFIRMED", "DENIED"]
    pos_recon: str | None = None

    function_type = "SECONDARYPORT"
    command = "CONFIRMATION"
    port = "secondary"
    response = SecondaryResponse


REQUESTS: tuple[type[Request], ...] = (
    Register,
    Unregister,
    MacCheck,
    GetCounter,
    SessionStart,
    SessionFinish,
    Capture,
    Credit,
    Void,
    LastTran,
    SecondaryStatus,
    SecondaryCancel,
    Confirmation,
)

__all__ = [
    "ID_CHECK_DETAILED_STATUS",
    "ID_CHECK_SECONDARY_DATA",
    "KLARNA",
    "PRIMARY_PORT",
    "REQUESTS",
    "SECONDARY_PORT",
    "Capture",
    "Confirmation",
    "Credit",
    "GetCounter",
    "LastTran",
    "MacCheck",
    "Notification",
    "PaymentResponse",
    "Port",
    "Register",
    "RegisterResponse",
    "Request",
    "Response",
    "SecondaryCancel",
    "SecondaryResponse",
    "SecondaryStatus",
    "SessionFinish",
    "SessionStart",
    "Unregister",
    "Void",
]
