"""What can go wrong when the till asks the control unit for a control code.

Every failure means the same thing for the sale (SKVFS 2014:9, CCU document 11.3: no control
code, no receipt), so each message tells the cashier the sale is still open and what to do.
`is_offline` marks the failures where the control unit could not be reached at all (CCU document
section 6: only then does the register issue offline cash invoices). `answer_lost` marks the
failures after the request was sent whose answer never arrived whole: the control unit may have
registered the receipt, so the till retries with the very same data and never offers offline mode.
"""

from __future__ import annotations

from till.core.control import ControlUnitError
from till.core.errors import TillError

_STILL_OPEN = "The sale is still open"
_CALL_OWNER = "call the shop owner"


class CtuFieldError(TillError):
    """A control-data field the till was about to send (or a request received) is not valid.

    `field` is the element name of CCU document section 9 (e.g. "OrgNr", "VAT1/Amount"),
    `reason` the short text "<field> <problem>" that a control unit puts in ResponseReason.
    """

    code = "ccu_field_invalid"

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.reason = f"{field} {problem}"
        super().__init__(
            f"The till cannot ask for a control code: {self.reason}. "
            f"{_STILL_OPEN}: {_CALL_OWNER} to check the till settings.",
            detail=self.reason,
        )


class ControlUnitUnreachable(ControlUnitError):
    """Connection refused, connect timeout or a name that does not resolve."""

    code = "ccu_unreachable"

    def __init__(self, host: str, port: int, cause: str) -> None:
        super().__init__(
            f"The till cannot reach the control unit at {host}:{port}. {_STILL_OPEN}: check "
            f"that the control unit service is running and try again, or {_CALL_OWNER}.",
            detail=cause,
        )

    @property
    def is_offline(self) -> bool:
        return True


class ControlUnitTimeout(ControlUnitError):
    """Connected and sent, but no complete answer within the answer timeout."""

    code = "ccu_timeout"

    def __init__(self, seconds: float) -> None:
        super().__init__(
            f"The control unit did not answer within {seconds:g} seconds. {_STILL_OPEN}: "
            f"try again, or {_CALL_OWNER} if it goes on.",
            detail=f"no complete answer within {seconds} s",
        )

    @property
    def answer_lost(self) -> bool:
        return True


class ControlUnitDropped(ControlUnitError):
    """The connection closed before a complete answer arrived."""

    code = "ccu_dropped"

    def __init__(self, cause: str = "connection closed before a complete answer") -> None:
        super().__init__(
            f"The connection to the control unit was cut before it answered. {_STILL_OPEN}: "
            f"try again, or {_CALL_OWNER} if it goes on.",
            detail=cause,
        )

    @property
    def answer_lost(self) -> bool:
        return True


class CcuProtocolError(ControlUnitError):
    """The answer is not HTTP, or not a CtuResponse the document describes."""

    code = "ccu_protocol_error"

    def __init__(self, cause: str) -> None:
        super().__init__(
            f"The control unit sent an answer the till does not understand. {_STILL_OPEN}: "
            f"try again, or {_CALL_OWNER} if it goes on.",
            detail=cause,
        )

    @property
    def answer_lost(self) -> bool:
        return True


# CCU document 12.1: what each HTTP status means, told so that a cashier knows what to do.
_REJECTED_TEXT: dict[int, str] = {
    400: "The control unit did not accept the till's credentials (HTTP 400).",
    403: "The control unit refused this register access (HTTP 403).",
    412: (
        "The control unit does not know this register or organisation number, or does not "
        "trust the till's certificate (HTTP 412)."
    ),
    901: "The control unit could not verify the register's secret (HTTP 901).",
    902: "The register's certificate has been revoked by the control unit (HTTP 902).",
    903: "The register's certificate is blocked by the control unit (HTTP 903).",
    904: "The register's certificate is disabled by the control unit (HTTP 904).",
    920: "The control unit is offline (HTTP 920).",
    921: (
        "The control unit rejected the receipt: the register is denied access or the receipt "
        "was not accepted (HTTP 921)."
    ),
}


class ControlUnitRejected(ControlUnitError):
    """The control unit answered with an HTTP status other than 200 (CCU document 12.1)."""

    code = "ccu_rejected"

    def __init__(self, http_status: int, reason: str = "") -> None:
        self.http_status = http_status
        if http_status == 920:
            advice = f"{_STILL_OPEN}: try again, or {_CALL_OWNER} if it goes on."
        else:
            advice = f"{_STILL_OPEN}: {_CALL_OWNER}; the till cannot sell until this is fixed."
        text = _REJECTED_TEXT.get(
            http_status,
            f"The control unit answered with an unexpected status (HTTP {http_status}).",
        )
        super().__init__(f"{text} {advice}", detail=f"HTTP {http_status} {reason}".rstrip())

    @property
    def is_offline(self) -> bool:
        return self.http_status == 920


class ControlUnitRefusedReceipt(ControlUnitError):
    """HTTP 200 but ResponseCode is not 0 (CCU document 11.3, 12.1.1)."""

    code = "ccu_refused"

    def __init__(self, response_code: int, response_message: str, response_reason: str) -> None:
        self.response_code = response_code
        self.response_message = response_message
        self.response_reason = response_reason
        why = ": ".join(t for t in (response_message, response_reason) if t) or "no reason given"
        super().__init__(
            f"The control unit refused the receipt (code {response_code}): {why}. "
            f"{_STILL_OPEN}: {_CALL_OWNER}.",
            detail=f"ResponseCode {response_code}: {why}",
        )


class ControlUnitMismatch(ControlUnitError):
    """A success answer that cannot belong to our request or holds no usable control code."""

    code = "ccu_mismatch"

    def __init__(self, cause: str) -> None:
        super().__init__(
            f"The control unit's answer does not fit this sale. {_STILL_OPEN}: try again, or "
            f"{_CALL_OWNER} if it goes on.",
            detail=cause,
        )

    @property
    def answer_lost(self) -> bool:
        return True


# CCU document section 10 (PosConneXion, the direct TLS methods of section 7): the envelope
# carries its own ResponseCode in the header and in each service (10.5.2, 0 is success).


def _why(message: str, reason: str, alert: str) -> str:
    return ": ".join(t for t in (message, reason, alert) if t) or "no reason given"


class _EnvelopeRefusal(ControlUnitError):
    """A ResponseCode other than 0 in the posConneXionResponse (10.5.2): the unit's no."""

    _refused = ""  # what refused what, for the cashier; {code} is the ResponseCode
    _where = ""  # which ResponseCode, for the log

    def __init__(self, response_code: int, message: str, reason: str, alert: str = "") -> None:
        self.response_code = response_code
        self.response_message = message
        self.response_reason = reason
        self.response_alert = alert
        why = _why(message, reason, alert)
        super().__init__(
            f"{self._refused.format(code=response_code)}: {why}. {_STILL_OPEN}: {_CALL_OWNER}.",
            detail=f"{self._where} ResponseCode {response_code}: {why}",
        )


class PosConneXionRefused(_EnvelopeRefusal):
    """The posConneXionResponse header's ResponseCode is not 0 (10.2, 10.5.2): the service
    said no before the control unit saw the receipt (e.g. the certificate is not allowed)."""

    code = "ccu_pcx_refused"
    _refused = "The control unit service refused the request (code {code})"
    _where = "posConneXion"


class PosConneXionServiceRefused(_EnvelopeRefusal):
    """The CCU service's own ResponseCode in the envelope is not 0 (10.5.2)."""

    code = "ccu_pcx_service_refused"
    _refused = "The control unit refused the receipt (service code {code})"
    _where = "CCU service"


class PosConneXionBadData(CcuProtocolError):
    """The envelope, or the CtuResponse inside its ServiceData, cannot be read (not XML, not
    the shape of 10.2, not base64). The request went out, so the answer counts as lost."""

    code = "ccu_pcx_bad_data"
