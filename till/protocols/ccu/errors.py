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
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError

# Each sentence says the sale is still open and what to do: whole sentences, one per case, so
# that a translation never has to glue pieces together.
FIELD_INVALID = Message(
    "ccu_field_invalid",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The till cannot ask for a control code: the field {field} is not valid. The sale is "
        "still open: call the shop owner to check the till settings.",
    ),
)
UNREACHABLE = Message(
    "ccu_unreachable",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The till cannot reach the control unit at {host}:{port}. The sale is still open: check "
        "that the control unit service is running and try again, or call the shop owner.",
    ),
)
TIMEOUT = Message(
    "ccu_timeout",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit did not answer within {seconds} seconds. The sale is still open: "
        "try again, or call the shop owner if it goes on.",
    ),
)
DROPPED = Message(
    "ccu_dropped",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The connection to the control unit was cut before it answered. The sale is still "
        "open: try again, or call the shop owner if it goes on.",
    ),
)
NOT_UNDERSTOOD = Message(
    "ccu_protocol_error",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit sent an answer the till does not understand. The sale is still "
        "open: try again, or call the shop owner if it goes on.",
    ),
)
MISMATCH = Message(
    "ccu_mismatch",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit's answer does not fit this sale. The sale is still open: try again, "
        "or call the shop owner if it goes on.",
    ),
)


class CtuFieldError(TillError):
    """A control-data field the till was about to send (or a request received) is not valid.

    `field` is the element name of CCU document section 9 (e.g. "OrgNr", "VAT1/Amount"),
    `reason` the short text "<field> <problem>" that a control unit puts in ResponseReason
    (English, for the log and the simulator; the cashier is told the field's name).
    """

    code = "ccu_field_invalid"

    def __init__(self, field: str, problem: str) -> None:
        self.field = field
        self.reason = f"{field} {problem}"
        super().__init__(FIELD_INVALID, field=field, detail=self.reason)

    def __str__(self) -> str:
        return f"{self.message} ({self.reason})"


class ControlUnitUnreachable(ControlUnitError):
    """Connection refused, connect timeout or a name that does not resolve."""

    code = "ccu_unreachable"

    def __init__(self, host: str, port: int, cause: str) -> None:
        super().__init__(UNREACHABLE, host=host, port=port, detail=cause)

    @property
    def is_offline(self) -> bool:
        return True


class ControlUnitTimeout(ControlUnitError):
    """Connected and sent, but no complete answer within the answer timeout."""

    code = "ccu_timeout"

    def __init__(self, seconds: float) -> None:
        super().__init__(
            TIMEOUT, seconds=f"{seconds:g}", detail=f"no complete answer within {seconds} s"
        )

    @property
    def answer_lost(self) -> bool:
        return True


class ControlUnitDropped(ControlUnitError):
    """The connection closed before a complete answer arrived."""

    code = "ccu_dropped"

    def __init__(self, cause: str = "connection closed before a complete answer") -> None:
        super().__init__(DROPPED, detail=cause)

    @property
    def answer_lost(self) -> bool:
        return True


class CcuProtocolError(ControlUnitError):
    """The answer is not HTTP, or not a CtuResponse the document describes."""

    code = "ccu_protocol_error"

    def __init__(self, cause: str) -> None:
        super().__init__(NOT_UNDERSTOOD, detail=cause)

    @property
    def answer_lost(self) -> bool:
        return True


def _rejected(status: int, text: str) -> Message:
    return Message(f"ccu_rejected_{status}", text)


# CCU document 12.1: what each HTTP status means, told so that a cashier knows what to do.
REJECTED: dict[int, Message] = {
    400: _rejected(
        400,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The control unit did not accept the till's credentials (HTTP 400). The sale is "
            "still open: call the shop owner; the till cannot sell until this is fixed.",
        ),
    ),
    403: _rejected(
        403,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The control unit refused this register access (HTTP 403). The sale is still open: "
            "call the shop owner; the till cannot sell until this is fixed.",
        ),
    ),
    412: _rejected(
        412,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The control unit does not know this register or organisation number, or does not "
            "trust the till's certificate (HTTP 412). The sale is still open: call the shop "
            "owner; the till cannot sell until this is fixed.",
        ),
    ),
    901: _rejected(
        901,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The control unit could not verify the register's secret (HTTP 901). The sale is "
            "still open: call the shop owner; the till cannot sell until this is fixed.",
        ),
    ),
    902: _rejected(
        902,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The register's certificate has been revoked by the control unit (HTTP 902). The "
            "sale is still open: call the shop owner; the till cannot sell until this is fixed.",
        ),
    ),
    903: _rejected(
        903,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The register's certificate is blocked by the control unit (HTTP 903). The sale is "
            "still open: call the shop owner; the till cannot sell until this is fixed.",
        ),
    ),
    904: _rejected(
        904,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The register's certificate is disabled by the control unit (HTTP 904). The sale "
            "is still open: call the shop owner; the till cannot sell until this is fixed.",
        ),
    ),
    920: _rejected(
        920,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The control unit is offline (HTTP 920). The sale is still open: try again, or call "
            "the shop owner if it goes on.",
        ),
    ),
    921: _rejected(
        921,
        QT_TRANSLATE_NOOP(
            "Errors",
            "The control unit rejected the receipt: the register is denied access or the "
            "receipt was not accepted (HTTP 921). The sale is still open: call the shop owner; "
            "the till cannot sell until this is fixed.",
        ),
    ),
}
REJECTED_OTHER = Message(
    "ccu_rejected",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit answered with an unexpected status (HTTP {status}). The sale is "
        "still open: call the shop owner; the till cannot sell until this is fixed.",
    ),
)
REFUSED_RECEIPT = Message(
    "ccu_refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit refused the receipt (code {response_code}): {why}. The sale is still "
        "open: call the shop owner.",
    ),
)
REFUSED_RECEIPT_SILENT = Message(
    "ccu_refused_no_reason",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit refused the receipt (code {response_code}) and gave no reason. The "
        "sale is still open: call the shop owner.",
    ),
)


class ControlUnitRejected(ControlUnitError):
    """The control unit answered with an HTTP status other than 200 (CCU document 12.1).
    Its code is "ccu_rejected_<status>" for the statuses 12.1 names, else "ccu_rejected"."""

    code = "ccu_rejected"

    def __init__(self, http_status: int, reason: str = "") -> None:
        self.http_status = http_status
        super().__init__(
            REJECTED.get(http_status, REJECTED_OTHER),
            status=http_status,
            detail=f"HTTP {http_status} {reason}".rstrip(),
        )

    @property
    def is_offline(self) -> bool:
        return self.http_status == 920


def _said(message: str, reason: str, alert: str = "") -> str:
    """The control unit's own words (not translated: they are the unit's, not the till's)."""
    return ": ".join(t for t in (message, reason, alert) if t)


class ControlUnitRefusedReceipt(ControlUnitError):
    """HTTP 200 but ResponseCode is not 0 (CCU document 11.3, 12.1.1)."""

    code = "ccu_refused"

    def __init__(self, response_code: int, response_message: str, response_reason: str) -> None:
        self.response_code = response_code
        self.response_message = response_message
        self.response_reason = response_reason
        why = _said(response_message, response_reason)
        super().__init__(
            REFUSED_RECEIPT if why else REFUSED_RECEIPT_SILENT,
            response_code=response_code,
            why=why,
            detail=f"ResponseCode {response_code}: {why or 'no reason given'}",
        )


class ControlUnitMismatch(ControlUnitError):
    """A success answer that cannot belong to our request or holds no usable control code."""

    code = "ccu_mismatch"

    def __init__(self, cause: str) -> None:
        super().__init__(MISMATCH, detail=cause)

    @property
    def answer_lost(self) -> bool:
        return True


# CCU document section 10 (PosConneXion, the direct TLS methods of section 7): the envelope
# carries its own ResponseCode in the header and in each service (10.5.2, 0 is success).


PCX_REFUSED = Message(
    "ccu_pcx_refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit service refused the request (code {response_code}): {why}. The sale "
        "is still open: call the shop owner.",
    ),
)
PCX_REFUSED_SILENT = Message(
    "ccu_pcx_refused_no_reason",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit service refused the request (code {response_code}) and gave no "
        "reason. The sale is still open: call the shop owner.",
    ),
)
PCX_SERVICE_REFUSED = Message(
    "ccu_pcx_service_refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit refused the receipt (service code {response_code}): {why}. The sale "
        "is still open: call the shop owner.",
    ),
)
PCX_SERVICE_REFUSED_SILENT = Message(
    "ccu_pcx_service_refused_no_reason",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit refused the receipt (service code {response_code}) and gave no "
        "reason. The sale is still open: call the shop owner.",
    ),
)
PCX_BAD_DATA = Message(
    "ccu_pcx_bad_data",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit sent an answer the till does not understand. The sale is still "
        "open: try again, or call the shop owner if it goes on.",
    ),
)


class _EnvelopeRefusal(ControlUnitError):
    """A ResponseCode other than 0 in the posConneXionResponse (10.5.2): the unit's no."""

    _refused = PCX_REFUSED  # what refused what, for the cashier, with the unit's words
    _refused_silent = PCX_REFUSED_SILENT  # the same without words
    _where = ""  # which ResponseCode, for the log

    def __init__(self, response_code: int, message: str, reason: str, alert: str = "") -> None:
        self.response_code = response_code
        self.response_message = message
        self.response_reason = reason
        self.response_alert = alert
        why = _said(message, reason, alert)
        super().__init__(
            self._refused if why else self._refused_silent,
            response_code=response_code,
            why=why,
            detail=f"{self._where} ResponseCode {response_code}: {why or 'no reason given'}",
        )


class PosConneXionRefused(_EnvelopeRefusal):
    """The posConneXionResponse header's ResponseCode is not 0 (10.2, 10.5.2): the service
    said no before the control unit saw the receipt (e.g. the certificate is not allowed)."""

    code = "ccu_pcx_refused"
    _where = "posConneXion"


class PosConneXionServiceRefused(_EnvelopeRefusal):
    """The CCU service's own ResponseCode in the envelope is not 0 (10.5.2)."""

    code = "ccu_pcx_service_refused"
    _refused = PCX_SERVICE_REFUSED
    _refused_silent = PCX_SERVICE_REFUSED_SILENT
    _where = "CCU service"


class PosConneXionBadData(CcuProtocolError):
    """The envelope, or the CtuResponse inside its ServiceData, cannot be read (not XML, not
    the shape of 10.2, not base64). The request went out, so the answer counts as lost."""

    code = "ccu_pcx_bad_data"

    def __init__(self, cause: str) -> None:
        ControlUnitError.__init__(self, PCX_BAD_DATA, detail=cause)
