"""A loopback stand-in for Infrasec's iSecureIPC (CCU document section 12) and its failures.

Like the real gateway it takes one POST per connection, validates the receipt by the field
table of section 9 (answering a failed validation itself, with HTTP 200 and a non-zero
ResponseCode) and answers in the exact header shape of section 12. `mode` picks a failure,
and may be changed while it runs. Run it by hand with
`python -m till.simulators.ccu --port 8090 --mode http_920`.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
from enum import StrEnum
from xml.sax.saxutils import escape

from lxml import etree

from till.protocols.ccu.errors import CtuFieldError
from till.protocols.ccu.request import validate_ctu_request_xml


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


def control_code_for(body: bytes) -> str:
    """59 characters shaped like 11.2's (32, ';', 26), the same for the same request body."""
    text = base64.b32encode(hashlib.sha512(body).digest()).decode("ascii")
    return f"{text[:32]};{text[32:58]}"


def http_answer(status: int, reason: str, body: bytes) -> bytes:
    """An answer in the header shape of section 12, "Connection : Close" and all."""
    head = (
        f"HTTP/1.1 {status} {reason}\r\n"
        "Server: InfraSec iSecureServer\r\n"
        f"Content-Length: {len(body)}\r\n"
        "Connection : Close\r\n"
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


async def _read_request(reader: asyncio.StreamReader) -> bytes:
    """The body of one POST /ctuserver, read by its Content-length."""
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
    if path != "/ctuserver":  # 12.1.3: the service is identified by the URL
        raise _BadRequest(403)
    headers = {}
    for text in lines[1:]:
        name, _, value = text.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = headers.get("content-length", "")
    if not length.isascii() or not length.isdigit() or int(length) > MAX_BODY:
        raise _BadRequest(400)
    return await reader.readexactly(int(length))


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
    ) -> None:
        self.mode = mode
        self.delay = delay
        self.ctuid = ctuid
        self.requests: list[dict[str, str]] = []  # fields of every request that validated
        self.bodies: list[bytes] = []  # every request body read, valid or not
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._server = await asyncio.start_server(self._serve, host, port)
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
            try:
                body = await asyncio.wait_for(_read_request(reader), READ_TIMEOUT)
            except _BadRequest as bad:
                writer.write(http_answer(bad.status, HTTP_REASONS[bad.status], b""))
                await writer.drain()
                return
            except (TimeoutError, asyncio.IncompleteReadError):
                return
            self.bodies.append(body)
            answer = await self._answer(self.mode, body)
            if answer:
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

    async def _answer(self, mode: FailureMode, body: bytes) -> bytes | None:
        fields: dict[str, str] | None = None
        problem = ""
        try:
            fields = validate_ctu_request_xml(body)
            self.requests.append(fields)
        except CtuFieldError as invalid:
            problem = invalid.reason
        if mode is FailureMode.DROP:
            return None
        if mode is FailureMode.GARBAGE:
            return GARBAGE
        if mode is FailureMode.BAD_XML:
            return http_answer(200, "OK", BAD_XML)
        if mode.startswith("http_"):
            status = int(mode.removeprefix("http_"))
            return http_answer(status, HTTP_REASONS[status], b"")
        if mode is FailureMode.SLOW:
            await asyncio.sleep(self.delay)
        application_id, request_id = (
            (fields.get("ApplicationID", ""), fields.get("RequestID", ""))
            if fields is not None
            else _echo_ids(body)
        )
        if mode is FailureMode.REFUSE_130:
            # Laid out as in 11.3, texts on their own indented lines.
            xml = ctu_response(
                130,
                "\n    The receipt CTU server is not accepting the receipt\n  ",
                "\n    The referenced organization identity is incorrect\n  ",
                application_id,
                request_id,
                self.ctuid,
            )
        elif fields is None:
            xml = ctu_response(
                VALIDATION_FAILED_CODE,
                "The receipt request is not valid",
                problem,
                application_id,
                request_id,
                self.ctuid,
            )
        else:
            xml = ctu_response(
                0, "Success", "", application_id, request_id, self.ctuid, control_code_for(body)
            )
        return http_answer(200, "OK", xml)


async def _run(host: str, port: int, mode: FailureMode, delay: float) -> None:
    simulator = CcuSimulator(mode=mode, delay=delay)
    bound = await simulator.start(host, port)
    print(f"CCU simulator listening on {host}:{bound} (mode {mode.value})", flush=True)
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
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_run(args.host, args.port, args.mode, args.delay))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
