"""A loopback stand-in for Infrasec's iSecureIPC (CCU document section 12) and its failures.

Like the real gateway it takes one POST per connection, validates the receipt by the field
table of section 9 (answering a failed validation itself, with HTTP 200 and a non-zero
ResponseCode) and answers in the exact header shape of section 12. `mode` picks a failure,
and may be changed while it runs. Run it by hand with
`python -m till.simulators.ccu --port 8090 --mode http_920`.

With `--tls --pki-dir DIR` it is instead the control unit reached directly (section 7, "TLS/HTTPS
client requests sent directly from POS Device to the CCU"): HTTPS on loopback with the test PKI
of till.simulators.test_pki (generated into DIR when absent), a client certificate signed by the
test CA required (any other, an expired or a not yet valid one fails the handshake), and the
PosConneXion envelope of section 10 around the CtuRequest. The document names no URL for this
method, so POST / and POST /ctuserver (section 12's) are both taken. A certificate whose org
number (till.protocols.ccu.certificate.org_nr_of) is not the envelope's OrgNr, or an envelope
whose OrgNr is not the CtuRequest's, is refused in the envelope's header (ResponseCode
CERT_REFUSED_CODE). A connection may carry several requests unless the till asks to close it.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import itertools
import ssl
from enum import StrEnum
from pathlib import Path
from xml.sax.saxutils import escape

from cryptography import x509
from lxml import etree

from till.protocols.ccu import posconnexion
from till.protocols.ccu.certificate import org_nr_of
from till.protocols.ccu.errors import CtuFieldError
from till.protocols.ccu.request import validate_ctu_request_xml
from till.simulators.test_pki import PkiFiles, ensure


class FailureMode(StrEnum):
    OK = "ok"
    HTTP_400 = "http_400"
    HTTP_403 = "http_403"
    HTTP_412 = "http_412"
    HTTP_901 = "http_901"
    HTTP_902 = "http_902"
    HTTP_903 = "http_903"
    HTTP_904 = "http_904"
    HTTP_920 = "http_920"
    HTTP_921 = "http_921"
    REFUSE_130 = "refuse_130"  # HTTP 200 with ResponseCode 130, as in 11.3
    SLOW = "slow"  # a correct answer after `delay` seconds
    DROP = "drop"  # reads the request, closes without a word
    GARBAGE = "garbage"  # bytes that are not HTTP
    BAD_XML = "bad_xml"  # HTTP 200 with a broken body
    # --tls only (plain mode answers these as "ok"): failures inside the section 10 envelope.
    PCX_REFUSED = "pcx_refused"  # the header's ResponseCode is not 0
    PCX_SERVICE_REFUSED = "pcx_service_refused"  # the CCU service's ResponseCode is not 0
    PCX_BAD_BASE64 = "pcx_bad_base64"  # ServiceData is not base64
    PCX_WRONG_ID = "pcx_wrong_id"  # the envelope names another RequestID


# Failures of the section 10 envelope, which only the --tls mode has.
TLS_ONLY_MODES = frozenset(m for m in FailureMode if m.value.startswith("pcx_"))


# Reason texts of the section 12.1 headings.
HTTP_REASONS = {
    400: "Bad Request",
    403: "Forbidden",
    412: "Precondition Failed",
    901: "Secret",
    902: "Revoked",
    903: "Blocked",
    904: "Disabled",
    920: "CTU Unavailable",
    921: "CTU Reject",
}

# The real codes are in Infrasec's iMessagId.h, which we do not have (section 13); this one is
# only the simulator's.
VALIDATION_FAILED_CODE = 110
MAX_HEAD = 16 * 1024
MAX_BODY = 64 * 1024
READ_TIMEOUT = 10.0
GARBAGE = b"\x15\x03\x01\x00\x02\x02\x28this is not HTTP\r\n"
BAD_XML = b"<CtuResponse><ResponseCode>0</ResponseCode><ResponseMessage>Succ"
# Envelope codes are Infrasec's too and unpublished (section 13); these are the simulator's.
CERT_REFUSED_CODE = 403
BAD_ENVELOPE_CODE = 400
PCX_REFUSED_CODE = 920
PCX_SERVICE_REFUSED_CODE = 921
TLS_PATHS = ("/", "/ctuserver")
HANDSHAKE_TIMEOUT = 10.0


def server_ssl_context(pki: PkiFiles) -> ssl.SSLContext:
    """TLS server context: the simulator's certificate, and clients must show one from the CA."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(pki.server_cert, pki.server_key)
    context.verify_mode = ssl.CERT_REQUIRED
    context.load_verify_locations(cafile=pki.ca)
    return context


def control_code_for(body: bytes) -> str:
    """59 characters shaped like 11.2's (32, ';', 26), the same for the same request body."""
    text = base64.b32encode(hashlib.sha512(body).digest()).decode("ascii")
    return f"{text[:32]};{text[32:58]}"


def http_answer(status: int, reason: str, body: bytes, *, close: bool = True) -> bytes:
    """An answer in the header shape of section 12, "Connection : Close" and all."""
    connection = "Connection : Close" if close else "Connection: keep-alive"
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Server: InfraSec iSecureServer\r\n"
        f"Content-Length: {len(body)}\r\n"
        f"{connection}\r\n"
        "Content-Type: text/xml; charset=utf-8\r\n"
        "Cache-Control: no-cache\r\n"
        "\r\n"
    )
    return head.encode("ascii") + body


def ctu_response(
    code: int,
    message: str,
    reason: str,
    application_id: str,
    request_id: str,
    ctuid: str,
    control_code: str = "",
) -> bytes:
    """A <CtuResponse> laid out like 11.2 and 11.3 (Code only on success)."""
    code_line = f"<Code>{escape(control_code)}</Code>\n" if control_code else ""
    return (
        "<CtuResponse>\n"
        f"<ResponseCode>{code}</ResponseCode>\n"
        f"<ResponseMessage>{escape(message)}</ResponseMessage>\n"
        f"<ResponseReason>{escape(reason)}</ResponseReason>\n"
        f"<ApplicationID>{escape(application_id)}</ApplicationID>\n"
        f"<RequestID>{escape(request_id)}</RequestID>\n"
        "<ControlCode>\n"
        f"<CTUID>{escape(ctuid)}</CTUID>\n"
        f"{code_line}"
        "</ControlCode>\n"
        "</CtuResponse>\n"
    ).encode()


class _BadRequest(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


async def _read_request(
    reader: asyncio.StreamReader, paths: tuple[str, ...] = ("/ctuserver",)
) -> tuple[bytes, bool]:
    """The body of one POST to one of `paths`, read by its Content-length, and whether the
    client asked to close the connection after it."""
    lines: list[str] = []
    size = 0
    while True:
        try:
            line = await reader.readline()
        except ValueError:  # a line longer than the stream's own limit
            raise _BadRequest(400) from None
        size += len(line)
        if size > MAX_HEAD:
            raise _BadRequest(400)
        if not line.endswith(b"\n"):
            raise asyncio.IncompleteReadError(line, None)
        text = line.decode("latin-1").rstrip("\r\n")
        if not text:
            break
        lines.append(text)
    if not lines:
        raise _BadRequest(400)
    method, _, rest = lines[0].partition(" ")
    path, _, version = rest.partition(" ")
    if method != "POST" or not version.startswith("HTTP/1."):
        raise _BadRequest(400)
    if path not in paths:  # 12.1.3: the service is identified by the URL
        raise _BadRequest(403)
    headers = {}
    for text in lines[1:]:
        name, _, value = text.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "")
    if not length.isascii() or not length.isdigit() or int(length) > MAX_BODY:
        raise _BadRequest(400)
    body = await reader.readexactly(int(length))
    return body, "close" in headers.get("connection", "close").lower()


def _echo_ids(body: bytes) -> tuple[str, ...]:
    """ApplicationID and RequestID of a request that failed validation, if they can be read."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(body, parser)
    except (etree.XMLSyntaxError, ValueError):
        return "", ""
    return (root.findtext("ApplicationID") or "").strip(), (
        root.findtext("RequestID") or ""
    ).strip()


class CcuSimulator:
    def __init__(
        self,
        *,
        mode: FailureMode = FailureMode.OK,
        delay: float = 5.0,
        ctuid: str = "ISCCUSE0000000000",
        pki: PkiFiles | None = None,
    ) -> None:
        self.mode = mode
        self.pki = pki  # None: plain iSecureIPC; else the direct TLS method of section 7
        self.delay = delay
        self.ctuid = ctuid
        self.requests: list[dict[str, str]] = []  # fields of every request that validated
        self.bodies: list[bytes] = []  # every request body read, valid or not
        self.envelopes: list[posconnexion.PosConneXionRequest] = []  # --tls: every one read
        self.client_org_nrs: list[str | None] = []  # --tls: per connection, from the cert
        self._transactions = itertools.count(18198178230534683852)  # 10.2's TransactionID
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        context = None if self.pki is None else server_ssl_context(self.pki)
        self._server = await asyncio.start_server(
            self._serve,
            host,
            port,
            ssl=context,
            ssl_handshake_timeout=HANDSHAKE_TIMEOUT if context else None,
        )
        return int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        for task in list(self._connections):
            task.cancel()
        await asyncio.gather(*self._connections, return_exceptions=True)
        await server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            paths = ("/ctuserver",) if self.pki is None else TLS_PATHS
            client_org_nr = self._client_org_nr(writer)
            close = False
            while not close:
                try:
                    body, close = await asyncio.wait_for(_read_request(reader, paths), READ_TIMEOUT)
                except _BadRequest as bad:
                    writer.write(http_answer(bad.status, HTTP_REASONS[bad.status], b""))
                    await writer.drain()
                    return
                except (TimeoutError, asyncio.IncompleteReadError):
                    return
                # Plain iSecureIPC takes one POST per connection (section 12).
                close = close or self.pki is None
                self.bodies.append(body)
                if self.pki is None:
                    answer = await self._answer(self.mode, body)
                else:
                    answer = await self._envelope_answer(self.mode, body, client_org_nr, close)
                if not answer:
                    return
                writer.write(answer)
                await writer.drain()
        except OSError:  # the till hung up first; nothing to answer
            pass
        except asyncio.CancelledError:
            # Only stop() cancels; ending quietly keeps Python 3.11's stream callback from
            # logging the cancelled task as an error.
            pass
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(OSError, TimeoutError):
                await asyncio.wait_for(writer.wait_closed(), 1.0)

    def _client_org_nr(self, writer: asyncio.StreamWriter) -> str | None:
        """--tls: the org number of the client's certificate (the handshake checked the CA)."""
        ssl_object = writer.get_extra_info("ssl_object")
        if ssl_object is None:
            return None
        der = ssl_object.getpeercert(binary_form=True)
        org_nr = org_nr_of(x509.load_der_x509_certificate(der)) if der else None
        self.client_org_nrs.append(org_nr)
        return org_nr

    def _validate(self, body: bytes) -> tuple[dict[str, str] | None, str]:
        try:
            fields = validate_ctu_request_xml(body)
        except CtuFieldError as invalid:
            return None, invalid.reason
        self.requests.append(fields)
        return fields, ""

    async def _answer(self, mode: FailureMode, body: bytes) -> bytes | None:
        fields, problem = self._validate(body)
        if mode is FailureMode.DROP:
            return None
        if mode is FailureMode.GARBAGE:
            return GARBAGE
        if mode is FailureMode.BAD_XML:
            return http_answer(200, "OK", BAD_XML)
        if mode.startswith("http_"):
            status = int(mode.removeprefix("http_"))
            return http_answer(status, HTTP_REASONS[status], b"")
        return http_answer(200, "OK", await self._ctu_xml(mode, body, fields, problem))

    async def _ctu_xml(
        self, mode: FailureMode, body: bytes, fields: dict[str, str] | None, problem: str
    ) -> bytes:
        """The CtuResponse to a request that got past the transport-level failure modes."""
        if mode is FailureMode.SLOW:
            await asyncio.sleep(self.delay)
        application_id, request_id = (
            (fields.get("ApplicationID", ""), fields.get("RequestID", ""))
            if fields is not None
            else _echo_ids(body)
        )
        if mode is FailureMode.REFUSE_130:
            # Laid out as in 11.3, texts on their own indented lines.
            return ctu_response(
                130,
                "\n    The receipt CTU server is not accepting the receipt\n  ",
                "\n    The referenced organization identity is incorrect\n  ",
                application_id,
                request_id,
                self.ctuid,
            )
        if fields is None:
            return ctu_response(
                VALIDATION_FAILED_CODE,
                "The receipt request is not valid",
                problem,
                application_id,
                request_id,
                self.ctuid,
            )
        return ctu_response(
            0, "Success", "", application_id, request_id, self.ctuid, control_code_for(body)
        )

    async def _envelope_answer(
        self, mode: FailureMode, body: bytes, client_org_nr: str | None, close: bool
    ) -> bytes | None:
        """--tls: the posConneXionResponse (section 10.2) to one posConneXionRequest."""
        if mode is FailureMode.DROP:
            return None
        if mode is FailureMode.GARBAGE:
            return GARBAGE
        if mode.startswith("http_"):
            status = int(mode.removeprefix("http_"))
            return http_answer(status, HTTP_REASONS[status], b"", close=close)
        try:
            envelope = posconnexion.read_request(body)
        except posconnexion.PosConneXionRequestError as bad:
            refusal = posconnexion.wrap_ctu_response(
                b"",
                transaction_id=str(next(self._transactions)),
                application_id="",
                request_id="",
                org_nr="",
                register_id="",
                response_code=BAD_ENVELOPE_CODE,
                response_message="The request is not a valid posConneXionRequest",
                response_reason=str(bad),
            )
            return http_answer(200, "OK", refusal, close=close)
        self.envelopes.append(envelope)
        fields, problem = self._validate(envelope.ctu_request)
        header = {
            "transaction_id": str(next(self._transactions)),
            "application_id": envelope.application_id,
            "request_id": envelope.request_id,
            "org_nr": envelope.org_nr,
            "register_id": envelope.register_id,
        }
        data_org_nr = None if fields is None else fields["OrgNr"]
        if client_org_nr != envelope.org_nr or data_org_nr not in (None, envelope.org_nr):
            refusal = posconnexion.wrap_ctu_response(
                b"",
                **header,
                response_code=CERT_REFUSED_CODE,
                response_message="The certificate is not authorized for this organization",
                response_reason=(
                    f"certificate for {client_org_nr or 'no org number'}, "
                    f"OrgNr {envelope.org_nr}, ControlData OrgNr {data_org_nr}"
                ),
            )
            return http_answer(200, "OK", refusal, close=close)
        if mode is FailureMode.BAD_XML:
            return http_answer(200, "OK", b"<posConneXionResponse><TransactionID>1", close=close)
        ctu = await self._ctu_xml(mode, envelope.ctu_request, fields, problem)
        if mode is FailureMode.PCX_WRONG_ID:
            header["request_id"] += "-other"
        codes: dict[str, object] = {}
        if mode is FailureMode.PCX_REFUSED:
            codes = {
                "response_code": PCX_REFUSED_CODE,
                "response_message": "CTU Unavailable",
                "response_reason": "The service is not available (simulated)",
            }
        elif mode is FailureMode.PCX_SERVICE_REFUSED:
            codes = {
                "service_code": PCX_SERVICE_REFUSED_CODE,
                "service_message": "CTU Reject",
                "service_reason": "The register is denied access (simulated)",
            }
        answer = posconnexion.wrap_ctu_response(ctu, **header, **codes)  # type: ignore[arg-type]
        if mode is FailureMode.PCX_BAD_BASE64:
            start = answer.index(b"<ServiceData>") + len(b"<ServiceData>")
            end = answer.index(b"</ServiceData>")
            answer = answer[:start] + b"not*base64!" + answer[end:]
        return http_answer(200, "OK", answer, close=close)


async def _run(host: str, port: int, mode: FailureMode, delay: float, pki: PkiFiles | None) -> None:
    simulator = CcuSimulator(mode=mode, delay=delay, pki=pki)
    bound = await simulator.start(host, port)
    how = "" if pki is None else f", TLS with the test PKI in {pki.directory}"
    print(f"CCU simulator listening on {host}:{bound} (mode {mode.value}{how})", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await simulator.stop()


def _mode(text: str) -> FailureMode:
    try:
        return FailureMode(text.lower())
    except ValueError:
        raise argparse.ArgumentTypeError(f"unknown mode {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m till.simulators.ccu", description="Infrasec iSecureIPC simulator"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (printed)")
    parser.add_argument(
        "--mode",
        type=_mode,
        default=FailureMode.OK,
        help="one of: " + ", ".join(m.value for m in FailureMode),
    )
    parser.add_argument("--delay", type=float, default=5.0, help="seconds, for --mode slow")
    parser.add_argument(
        "--tls",
        action="store_true",
        help="the direct method: HTTPS, client certificates, the PosConneXion envelope",
    )
    parser.add_argument(
        "--pki-dir", type=Path, help="with --tls: the test PKI, generated here when absent"
    )
    args = parser.parse_args(argv)
    if args.tls != (args.pki_dir is not None):
        parser.error("--tls and --pki-dir go together")
    if not args.tls and args.mode in TLS_ONLY_MODES:
        parser.error(f"--mode {args.mode.value} needs --tls")
    pki = ensure(args.pki_dir) if args.tls else None
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(args.host, args.port, args.mode, args.delay, pki))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
