"""The simulated Point terminal: two loopback servers (primary and secondary port), pairing,
MAC and COUNTER checks, SESSION, the secondary port's STATUS, CANCEL and CONFIRMATION.

Sources (Verifone SCA Functional Specification, https://verifone.cloud/docs/sca-functional-
specification/html/...): protocol_spec/message_format (bare XML, COUNTER/MAC/MAC_LABEL),
protocol_spec/administration/register and register_enc (REGISTER, REG_VER 1 "SHA1 with PKCS
padding", 2 "SHA2 with OAEP padding", ENTRY_CODE echoed base64 for REG_VER 2),
.../get_counter, .../test_mac, result_codes/device_codes, device_transaction (the busy answer),
../shared/specs/verifone-point-secondaryport-confirmation.txt; and the public Java sample
pay.point.sample.SampleClientRegisterEncryption (REGISTER, SESSION START "SESSION started"
with the COUNTER echoed, CONFIRMATION on the secondary port).

Decisions where those are silent (chosen to agree with till/protocols/point's docstrings):
- MAC = base64 HMAC-SHA256(MAC key, the decimal COUNTER); it is checked before the COUNTER,
  and a request that fails either check does not move the COUNTER.
- REGISTER makes a fresh 16-byte MAC key and a new label (REG1, REG2, ...), COUNTER 0;
  REG_VER 2 encrypts with OAEP, SHA-256 and MGF1-SHA-256 (pairing.py's first variant).
- REG_VER 1 must carry the ENTRY_CODE typed on the terminal (`entry_code`; None accepts any);
  REG_VER 2 sends none and the answer echoes `entry_code` base64 encoded (left out if None).
- Only REGISTER and GET_COUNTER go without COUNTER/MAC; SECONDARYPORT commands belong on the
  secondary port, everything else on the primary one; the wrong port gets FIELD_ERROR.
- One PAYMENT at a time: while one runs, every other primary-port command but SECURITY and
  ADMIN answers 59002 (DEVICE IS BUSY), on any connection.
- One SESSION at a time: START while one is open answers 59003; FINISH always succeeds.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import contextlib
import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from till.simulators.point import scenarios as codes
from till.simulators.point.payments import last_tran, start_payment
from till.simulators.point.records import (
    Port,
    Received,
    Registration,
    RunningPayment,
    Session,
    Transaction,
)
from till.simulators.point.scenarios import Scenario
from till.simulators.point.wire import (
    Pairs,
    RequestSplitter,
    WireError,
    answer,
    busy,
    field_error,
    parse_request,
    response,
)

PRIMARY_PORT = 5015
SECONDARY_PORT = 5016
MAC_KEY_BYTES = 16
_Accept = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


class Connection:
    """One accepted socket; answers are written whole, one at a time."""

    def __init__(self, port: Port, writer: asyncio.StreamWriter) -> None:
        self.port = port
        self.writer = writer
        self.closed = False
        self._lock = asyncio.Lock()

    async def send(self, data: bytes) -> None:
        if self.closed:
            return
        async with self._lock:
            try:
                self.writer.write(data)
                await self.writer.drain()
            except OSError:
                self.closed = True

    def drop(self) -> None:
        """Close without a word (the dropped connection of DROP_MID_PAYMENT)."""
        self.closed = True
        self.writer.close()


class PointSimulator:
    """A Verifone Point terminal on loopback. Settable while it runs: `scenario`, `entry_code`
    (the pairing code typed on the terminal), `id_check_timeout`, `customer_name` (shown in
    the ID check), `mac_error_code`, `counter_error_code`. Recorded: `received` (every request,
    both ports), `sent` (every answer), `notifications` (unsolicited messages delivered to the
    till's listener), `notification_errors`, `confirmations` (accepted CONFIRMATION values),
    `transactions` (CAPTURE, CREDIT, VOID as done), `registrations` (by MAC_LABEL)."""

    def __init__(
        self, *, scenario: Scenario = Scenario.ID_CHECK, entry_code: str | None = None
    ) -> None:
        self.scenario = scenario
        self.entry_code = entry_code
        self.id_check_timeout = 120.0
        self.customer_name = "Anna Andersson"
        self.mac_error_code = codes.MAC_MISMATCH
        self.counter_error_code = codes.COUNTER_STALE
        self.registrations: dict[str, Registration] = {}
        self.session: Session | None = None
        self.payment: RunningPayment | None = None
        self.transactions: list[Transaction] = []
        self.received: list[Received] = []
        self.sent: list[tuple[Port, bytes]] = []
        self.notifications: list[dict[str, str]] = []
        self.notification_errors: list[str] = []
        self.confirmations: list[str] = []
        self._labels = 0
        self._ctroutd = 1000
        self._servers: list[asyncio.AbstractServer] = []
        self._tasks: set[asyncio.Task[None]] = set()

    # -- lifecycle --------------------------------------------------------------------------

    async def start(
        self, host: str = "127.0.0.1", port: int = 0, secondary_port: int = 0
    ) -> tuple[int, int]:
        """Listen on both ports (0 picks free ones); returns (primary, secondary)."""
        for which, number in (("primary", port), ("secondary", secondary_port)):
            server = await asyncio.start_server(self._accepter(which), host, number)
            self._servers.append(server)
        return self.port, self.secondary_port

    @property
    def port(self) -> int:
        return int(self._servers[0].sockets[0].getsockname()[1])

    @property
    def secondary_port(self) -> int:
        return int(self._servers[1].sockets[0].getsockname()[1])

    async def stop(self) -> None:
        for server in self._servers:
            server.close()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for server in self._servers:
            with contextlib.suppress(Exception):
                await server.wait_closed()
        self._servers = []

    def spawn(self, coro: object) -> asyncio.Task[None]:
        """A task stop() ends; a strong reference is kept until it is done."""
        task: asyncio.Task[None] = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _accepter(self, port: Port) -> _Accept:
        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            # stop() cancels this inner task, not asyncio's own: that one must end normally.
            task = self.spawn(self._serve(port, reader, writer))
            with contextlib.suppress(asyncio.CancelledError):
                await task

        return accept

    async def _serve(
        self, port: Port, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        connection = Connection(port, writer)
        splitter = RequestSplitter()
        try:
            while not connection.closed:
                data = await reader.read(65536)
                if not data:
                    break
                try:
                    documents = splitter.feed(data)
                except WireError:
                    break  # the stream is lost; a terminal would drop it too
                for document in documents:
                    await self._dispatch(connection, document)
        except OSError:
            pass
        finally:
            connection.closed = True
            running = self.payment
            if (
                running is not None
                and running.connection is connection
                and not running.outcome.done()
            ):
                running.outcome.set_result("ABANDONED")
            writer.close()
            with contextlib.suppress(OSError, asyncio.TimeoutError):
                await asyncio.wait_for(writer.wait_closed(), 1.0)

    async def reply(self, connection: Connection, pairs: Pairs) -> None:
        data = response(pairs)
        if not connection.closed:
            self.sent.append((connection.port, data))
        await connection.send(data)

    # -- one request ------------------------------------------------------------------------

    async def _dispatch(self, connection: Connection, document: bytes) -> None:
        try:
            fields = parse_request(document)
        except WireError as exc:
            self.received.append(Received(connection.port, {}, document))
            await self.reply(connection, field_error(str(exc)))
            return
        self.received.append(Received(connection.port, fields, document))
        function = fields.get("FUNCTION_TYPE", "")
        command = fields.get("COMMAND", "")
        echo: Pairs = []
        if "POS_RECON" in fields:
            echo.append(("POS_RECON", fields["POS_RECON"]))
        if (function == "SECONDARYPORT") != (connection.port == "secondary"):
            await self.reply(connection, field_error(f"{function} {command} on this port") + echo)
            return
        if (function, command) == ("SECURITY", "REGISTER"):
            await self.reply(connection, self._register(fields))
            return
        if (function, command) == ("ADMIN", "GET_COUNTER"):
            await self.reply(connection, self._get_counter(fields) + echo)
            return
        refused, registration = self._authenticate(fields)
        if refused is not None:
            await self.reply(connection, refused + echo)
            return
        assert registration is not None
        echo.insert(0, ("COUNTER", registration.last_counter))
        if (
            connection.port == "primary"
            and function not in ("SECURITY", "ADMIN")
            and (self.scenario is Scenario.BUSY or self.payment is not None)
        ):
            await self.reply(connection, busy() + echo)
            return
        if function == "PAYMENT":
            await start_payment(self, connection, fields, echo)
            return
        handler = _HANDLERS.get((function, command))
        pairs = handler(self, fields, registration) if handler else None
        if pairs is None:
            pairs = field_error(f"unknown command {function} {command}")
        await self.reply(connection, pairs + echo)

    def _authenticate(self, fields: dict[str, str]) -> tuple[Pairs | None, Registration | None]:
        label, mac, counter_text = (fields.get(n) for n in ("MAC_LABEL", "MAC", "COUNTER"))
        if not label or not mac or not counter_text:
            return answer("MAC/MAC_LABEL not found", "ERROR", codes.MAC_MISSING), None
        registration = self.registrations.get(label)
        if registration is None:
            return answer("MAC_LABEL does not exist", "FIELD_ERROR", 19), None
        if not (counter_text.isascii() and counter_text.isdigit() and len(counter_text) <= 10):
            return field_error("COUNTER is not a number"), None
        expected = mac_for(registration.key, counter_text)
        if not hmac.compare_digest(mac.encode(), expected.encode()):
            return answer("Decryption ERROR", "ERROR", self.mac_error_code), None
        counter = int(counter_text)
        if counter <= registration.last_counter:
            text = f"COUNTER not above {registration.last_counter}"
            return answer(text, "ERROR", self.counter_error_code), None
        registration.last_counter = counter
        return None, registration

    # -- SECURITY and ADMIN -----------------------------------------------------------------

    def _register(self, fields: dict[str, str]) -> Pairs:
        reg_ver_text = fields.get("REG_VER", "1")  # absent: "treated as REG_VER 1"
        if reg_ver_text not in ("1", "2"):
            return field_error("REG_VER is 1 or 2")
        reg_ver = int(reg_ver_text)
        try:
            der = base64.b64decode(fields.get("KEY", ""), validate=True)
            public_key = serialization.load_der_public_key(der)
        except (binascii.Error, ValueError):
            return field_error("KEY is not a base64 DER public key")
        if not isinstance(public_key, rsa.RSAPublicKey) or public_key.key_size < 2048:
            return field_error("KEY is not an RSA-2048 key")
        if reg_ver == 1:
            typed = fields.get("ENTRY_CODE", "")
            if not typed or (self.entry_code is not None and typed != self.entry_code):
                return answer("Entry code mismatch for REGISTER", "ERROR", 40009)
        key = secrets.token_bytes(MAC_KEY_BYTES)
        self._labels += 1
        label = f"REG{self._labels}"
        self.registrations[label] = Registration(label, key, reg_ver)
        if reg_ver == 1:
            pad: padding.AsymmetricPadding = padding.PKCS1v15()
        else:
            sha256 = hashes.SHA256()
            pad = padding.OAEP(mgf=padding.MGF1(sha256), algorithm=sha256, label=None)
        encrypted = base64.b64encode(public_key.encrypt(key, pad)).decode("ascii")
        echo = None
        if reg_ver == 2 and self.entry_code is not None:
            echo = base64.b64encode(self.entry_code.encode()).decode("ascii")
        return answer(
            "Registered", "OK", codes.SUCCESS,
            ("MAC_KEY", encrypted), ("MAC_LABEL", label), ("ENTRY_CODE", echo),
        )  # fmt: skip

    def _get_counter(self, fields: dict[str, str]) -> Pairs:
        registration = self.registrations.get(fields.get("MAC_LABEL", ""))
        if registration is None:
            return answer("MAC_LABEL does not exist", "FIELD_ERROR", codes.UNKNOWN_MAC_LABEL)
        ok = answer("Operation Successful", "OK", codes.SUCCESS)
        return [*ok, ("COUNTER", registration.last_counter)]

    def next_ctroutd(self) -> str:
        self._ctroutd += 1
        return str(self._ctroutd)


def mac_for(key: bytes, counter_text: str) -> str:
    digest = hmac.new(key, counter_text.encode("ascii"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


# -- commands that answer at once ----------------------------------------------------------


def _unregister(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    del sim.registrations[reg.label]
    return answer("Unregistered", "OK", codes.SUCCESS)


def _test_mac(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    return answer("Match", "OK", codes.SUCCESS)


def _session_start(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    if sim.session is not None:
        return answer("SESSION in progress", "BUSY", codes.SESSION_IN_PROGRESS)
    port_text = fields.get("POS_PORT")
    pos_port = int(port_text) if port_text and port_text.isdigit() else None
    sim.session = Session(fields.get("INVOICE"), fields.get("POS_IP"), pos_port)
    return answer("SESSION started", "OK", codes.SUCCESS)


def _session_finish(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    sim.session = None
    return answer("SESSION finished", "OK", codes.SUCCESS)


def _status(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    running = sim.payment
    if running is not None and running.id_check_pending:
        text, (data, detailed) = "Klarna ID Check Processing", codes.ID_CHECK_STATUS
    else:
        text = "PROCESSING" if running is not None else "IDLE"
        data, detailed = codes.IDLE_STATUS
    status = (("SECONDARY_DATA", data), ("DETAILED_STATUS", detailed))
    return answer(text, "OK", codes.SUCCESS, *status)


def _cancel(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    running = sim.payment
    if running is None or running.outcome.done():
        return answer("No transaction to cancel", "OK", codes.SUCCESS)
    running.outcome.set_result("CANCELLED")
    return answer("CANCELLED", "OK", codes.SUCCESS)


def _confirmation(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    running = sim.payment
    if running is None or not running.id_check_pending or running.outcome.done():
        data, detailed = codes.IDLE_STATUS
        return answer(
            "Confirmation Unexpected", "ERROR", codes.CONFIRMATION_UNEXPECTED,
            ("SECONDARY_DATA", data), ("DETAILED_STATUS", detailed), status="SUCCESS",
        )  # fmt: skip
    value = fields.get("VALUE", "")
    data, detailed = codes.ID_CHECK_STATUS
    if value not in ("CONFIRMED", "DENIED"):
        return answer(
            "Incorrect Confirmation Value", "FIELD_ERROR", codes.INCORRECT_CONFIRMATION_VALUE,
            ("SECONDARY_DATA", data), status="SUCCESS",
        )  # fmt: skip
    sim.confirmations.append(value)
    running.id_check_pending = False
    running.outcome.set_result(value)
    return answer(
        "SUCCESS", "OK", codes.SUCCESS, ("SECONDARY_DATA", data), ("DETAILED_STATUS", detailed)
    )


def _last_tran(sim: PointSimulator, fields: dict[str, str], reg: Registration) -> Pairs:
    return last_tran(sim)


_HANDLERS = {
    ("SECURITY", "UNREGISTER"): _unregister,
    ("SECURITY", "TEST_MAC"): _test_mac,
    ("SESSION", "START"): _session_start,
    ("SESSION", "FINISH"): _session_finish,
    ("SECONDARYPORT", "STATUS"): _status,
    ("SECONDARYPORT", "CANCEL"): _cancel,
    ("SECONDARYPORT", "CONFIRMATION"): _confirmation,
    ("REPORT", "LAST_TRAN"): _last_tran,
}
