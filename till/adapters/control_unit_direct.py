"""The control unit without a gateway: HTTPS with the shop's client certificate (CCU 7, 8, 10).

The CtuRequest goes in a posConneXionRequest (protocols/ccu/posconnexion.py) POSTed over TLS;
the answer's envelope is unwrapped and its CtuResponse read exactly as iSecureIPC's. Same
interface as ControlUnitClient, so checkout does not know which transport it talks to.

One TLS connection per receipt, as with iSecureIPC. tests/measure_ccu_tls.py (loopback, EC
P-256, TLS 1.3, 100 receipts) measured a median 5.8-7.8 ms per receipt with a new connection
against 0.5-0.7 ms on one kept connection: the handshake costs some 6 ms, nothing next to the
seconds between receipts. A kept connection would add the case of a socket the server closed
while idle, which fails at the write or the read and would have to be told apart from a lost
answer; a fresh one never has it.

The offline rules (protocols/ccu/errors.py) hold: anything that fails before the request is
sent (no TCP connection, a TLS handshake that fails or hangs, a server certificate not trusted,
or, under TLS 1.2, the server refusing our certificate) is `is_offline` and nothing reached
the control unit; once the request is out, a lost answer is `answer_lost`. Under TLS 1.3 the
server checks our certificate after our side of the handshake is done, so its refusal comes
after the request was written, and asyncio reports its alert as a plain end of connection: the
till cannot tell it from a lost answer and treats it as one (a retry with the same data, never
offline), the safe side. A till with no or an unusable certificate never gets that far: the
start-up check (till/app.py direct_tls_context) stops it first.

Python ssl / asyncio docs used: asyncio.open_connection(ssl=, server_hostname=,
ssl_handshake_timeout=), ssl.SSLCertVerificationError.verify_message
(https://docs.python.org/3/library/asyncio-stream.html, https://docs.python.org/3/library/ssl.html).
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Callable
from datetime import datetime

from till.adapters.control_unit import ControlUnitClient
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import ControlCode
from till.protocols.ccu.errors import (
    ControlUnitError,
    ControlUnitRejected,
    ControlUnitUnreachable,
)
from till.protocols.ccu.http import build_http_request
from till.protocols.ccu.posconnexion import unwrap_response, wrap_ctu_request
from till.protocols.ccu.request import ControlData, build_ctu_request
from till.protocols.ccu.response import control_code_from_answer

TLS_REFUSED = Message(
    "ccu_tls_refused",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The till could not open a secure connection to the control unit at {host}:{port}: "
        "{why} The sale is still open; nothing was sent. Call the shop owner: the certificates "
        "or control unit settings need fixing.",
    ),
)
OTHER_HOST = Message(
    "tls_other_host",
    QT_TRANSLATE_NOOP("Errors", "The server's certificate is for another host name."),
)
EXPIRED = Message(
    "tls_expired", QT_TRANSLATE_NOOP("Errors", "The server's certificate has expired.")
)
NOT_YET_VALID = Message(
    "tls_not_yet_valid", QT_TRANSLATE_NOOP("Errors", "The server's certificate is not valid yet.")
)
UNTRUSTED = Message(
    "tls_untrusted",
    QT_TRANSLATE_NOOP(
        "Errors", "The server's certificate is not trusted by control_unit.ca_bundle."
    ),
)
OURS_REFUSED = Message(
    "tls_ours_refused",
    QT_TRANSLATE_NOOP("Errors", "The control unit did not accept the till's certificate."),
)
HANDSHAKE_FAILED = Message(
    "tls_handshake_failed", QT_TRANSLATE_NOOP("Errors", "The TLS handshake failed.")
)
CLOSED_IN_HANDSHAKE = Message(
    "tls_closed_in_handshake",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The control unit closed the connection during the TLS handshake (it may not accept "
        "the till's certificate).",
    ),
)


class ControlUnitTlsRefused(ControlUnitError):
    """The TLS connection was refused before anything was sent: an untrusted, expired or
    wrongly named server certificate, or the server did not accept the till's certificate."""

    code = "ccu_tls_refused"

    def __init__(self, host: str, port: int, why: Message, cause: str) -> None:
        super().__init__(TLS_REFUSED, host=host, port=port, why=TillError(why), detail=cause)

    @property
    def is_offline(self) -> bool:
        return True  # nothing reached the control unit (errors.py: only a retry or offline)


def _refusal(exc: ssl.SSLError) -> Message:
    """Why a TLS handshake failed, in words a shop owner can pass on (OpenSSL's own words go
    to the log, in the error's detail)."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        why = exc.verify_message or str(exc)
        if "Hostname mismatch" in why or "IP address mismatch" in why:
            return OTHER_HOST
        if "expired" in why:
            return EXPIRED
        if "not yet valid" in why:
            return NOT_YET_VALID
        return UNTRUSTED
    reason = (exc.reason or str(exc)).upper()
    if "ALERT" in reason:
        return OURS_REFUSED
    return HANDSHAKE_FAILED


class DirectControlUnitClient(ControlUnitClient):
    """Asks the control unit over HTTPS for one receipt's control code at a time."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        path: str,
        ssl_context: ssl.SSLContext,
        application_id: str,
        connect_timeout: float = 3.0,
        answer_timeout: float = 10.0,
        sale_amount_element: str = "SaleAmount",
        clock: Callable[[], datetime] = lambda: datetime.now().astimezone(),
    ) -> None:
        super().__init__(
            host,
            port,
            application_id=application_id,
            connect_timeout=connect_timeout,
            answer_timeout=answer_timeout,
            sale_amount_element=sale_amount_element,
        )
        self.path = path
        self.ssl_context = ssl_context
        self.clock = clock

    async def request_code(self, data: ControlData, request_id: str) -> ControlCode:
        """The control code for `data`: HTTP 200, both PosConneXion codes 0, ResponseCode 0."""
        ctu_request = build_ctu_request(
            data,
            application_id=self.application_id,
            request_id=request_id,
            sale_amount_element=self.sale_amount_element,
        )
        body = wrap_ctu_request(
            ctu_request,
            application_id=self.application_id,
            request_id=request_id,
            org_nr=data.org_nr,
            register_id=data.register_id,
            date_time=self.clock(),  # the envelope's own time (10.3.5), not the receipt's
        )
        request = build_http_request(body, host=self.host, path=self.path)
        answer = await self._exchange(request)
        if answer.status != 200:
            raise ControlUnitRejected(answer.status, answer.reason)
        ctu_response = unwrap_response(answer.body, request_id=request_id)
        return control_code_from_answer(
            answer.status, answer.reason, ctu_response, request_id=request_id
        )

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        reader, writer = await super()._open()
        # TCP is up: what fails from here on is the TLS handshake, and told as such.
        try:
            async with asyncio.timeout(self.connect_timeout):
                await writer.start_tls(
                    self.ssl_context,
                    server_hostname=self.host,
                    ssl_handshake_timeout=self.connect_timeout,
                )
        except BaseException as exc:
            writer.transport.abort()
            if isinstance(exc, TimeoutError):  # a hang, not a refusal: as unreachable
                raise ControlUnitUnreachable(
                    self.host,
                    self.port,
                    f"the TLS handshake did not finish within {self.connect_timeout:g} s",
                ) from None
            if isinstance(exc, ssl.SSLError):
                why = _refusal(exc)
            elif isinstance(exc, OSError):  # cut mid-handshake: most often our certificate
                why = CLOSED_IN_HANDSHAKE
            else:
                raise
            raise ControlUnitTlsRefused(self.host, self.port, why, repr(exc)) from None
        return reader, writer
