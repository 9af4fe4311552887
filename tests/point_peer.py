"""A small scripted Point terminal for the adapter's tests (not the simulator).

Primary and secondary ports on loopback. It checks each authenticated command the way the
public pages describe it, computed here with hmac/hashlib/base64 and `cryptography` directly,
not with the till's codec: MAC = base64(HMAC-SHA256(MAC key, decimal COUNTER)), COUNTER above
the last one accepted. Requests are read with the codec's decode_request (the till's side is
what is under test); answers are raw XML written here.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from till.protocols.point import DocumentSplitter, decode_request

COUNTER_REJECTED = 59005
CANCELLED = 59001


def response(code: int = -1, result: str = "OK", text: str = "SUCCESS", **fields: Any) -> bytes:
    status = "SUCCESS" if code == -1 else "FAILURE"
    pairs = [("RESPONSE_TEXT", text), ("RESULT", result), ("RESULT_CODE", str(code))]
    pairs += [("TERMINATION_STATUS", status)]
    pairs += [(name.upper(), str(value)) for name, value in fields.items() if value is not None]
    body = "".join(f"<{n}>{escape(v)}</{n}>" for n, v in pairs)
    return f"<RESPONSE>{body}</RESPONSE>".encode()


def expected_mac(key: bytes, counter: int) -> str:
    digest = hmac.new(key, str(counter).encode("ascii"), hashlib.sha256).digest()
    return base64.b64encode(digest).decode("ascii")


@dataclass
class Received:
    port: str
    command: str
    counter: int | None
    fields: dict[str, Any]


@dataclass
class PointPeer:
    mac_key: bytes | None = None
    mac_label: str = "REG7"
    last_counter: int = 0
    typed_code: str = "4711"  # what the cashier typed on the terminal (REG_VER 2 echo)
    id_check: bool = False  # a CAPTURE stops for the customer ID check
    confirmation_code: int = -1  # what CONFIRMATION answers (59069, 59070 to test them)
    drop_capture: bool = False  # close the connection after taking the CAPTURE
    busy_last_tran: bool = False
    deny_cancels: bool = False  # a denied ID ends the CAPTURE with 59001 (else 6 DECLINED)
    on_authenticated: Callable[[int], None] | None = None  # sees each counter as it arrives
    received: list[Received] = field(default_factory=list)
    last: dict[str, Any] | None = None  # the terminal's record of its last transaction
    session: dict[str, Any] | None = None
    ports: dict[str, int] = field(default_factory=dict)
    _servers: list[asyncio.Server] = field(default_factory=list)
    _confirmation: asyncio.Future | None = None
    _next_ctroutd: int = 900_001

    async def start(self) -> PointPeer:
        self._servers = []
        for name in ("primary", "secondary"):
            server = await asyncio.start_server(
                lambda r, w, name=name: self._serve(name, r, w), "127.0.0.1", 0
            )
            self._servers.append(server)
            self.ports[name] = server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        for server in self._servers:
            server.close()

    def commands(self, port: str = "primary") -> list[str]:
        return [r.command for r in self.received if r.port == port]

    def counters(self) -> list[int]:
        return [r.counter for r in self.received if r.counter is not None]

    async def _serve(self, port: str, reader, writer) -> None:
        splitter = DocumentSplitter()
        try:
            while True:
                data = await reader.read(65536)
                if not data:
                    return
                splitter.receive_data(data)
                while (document := splitter.next_document()) is not None:
                    answer = await self._handle(port, document)
                    if answer is None:  # the terminal goes away without answering
                        return
                    writer.write(answer)
                    await writer.drain()
        finally:
            writer.close()

    def _auth_problem(self, auth: Any) -> bytes | None:
        if self.mac_key is None or auth.mac_label != self.mac_label:
            return response(19, "FIELD_ERROR", "MAC_LABEL does not exist")
        if auth.counter <= self.last_counter:
            return response(COUNTER_REJECTED, "ERROR", "COUNTER rejected", counter=auth.counter)
        if auth.mac != expected_mac(self.mac_key, auth.counter):
            return response(40007, "ERROR", "MAC mismatch", counter=auth.counter)
        self.last_counter = auth.counter
        return None

    async def _handle(self, port: str, document: bytes) -> bytes | None:
        request, auth, extra = decode_request(document)
        fields = {**vars(request), **extra}
        self.received.append(Received(port, request.command, auth and auth.counter, fields))
        if auth is not None:
            if self.on_authenticated is not None:
                self.on_authenticated(auth.counter)
            problem = self._auth_problem(auth)
            if problem is not None:
                return problem
        echo = {"counter": auth.counter} if auth else {}
        handler = getattr(self, f"_{request.function_type}_{request.command}".lower())
        return await handler(request, echo)

    # -- commands ----------------------------------------------------------------------------

    async def _security_register(self, request: Any, echo: dict) -> bytes:
        public = serialization.load_der_public_key(base64.b64decode(request.key))
        assert isinstance(public, rsa.RSAPublicKey)
        if request.reg_ver == 1 and request.entry_code != self.typed_code:
            return response(40009, "ERROR", "Entry code mismatch")
        self.mac_key = os.urandom(16)
        if request.reg_ver == 1:
            pad: Any = padding.PKCS1v15()
        else:
            pad = padding.OAEP(
                mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None
            )
        secret = base64.b64encode(public.encrypt(self.mac_key, pad)).decode()
        self.last_counter = 0
        code = base64.b64encode(self.typed_code.encode()).decode() if request.reg_ver == 2 else None
        return response(mac_key=secret, mac_label=self.mac_label, entry_code=code)

    async def _security_test_mac(self, request: Any, echo: dict) -> bytes:
        return response(text="MAC verified", **echo)

    async def _security_unregister(self, request: Any, echo: dict) -> bytes:
        self.mac_key = None
        return response(text="Unregistered", **echo)

    async def _admin_get_counter(self, request: Any, echo: dict) -> bytes:
        return response(text="Operation Successful", counter=self.last_counter)

    async def _session_start(self, request: Any, echo: dict) -> bytes:
        if self.session is not None:
            return response(59003, "BUSY", "SESSION in progress", **echo)
        self.session = {"invoice": request.invoice, "ip": request.pos_ip, "port": request.pos_port}
        return response(text="Session Started", **echo)

    async def _session_finish(self, request: Any, echo: dict) -> bytes:
        self.session = None
        return response(text="Session Finished", **echo)

    async def _notify(self, document: bytes) -> None:
        assert self.session is not None
        _reader, writer = await asyncio.open_connection(self.session["ip"], self.session["port"])
        writer.write(document)
        await writer.drain()
        writer.close()

    async def _payment_capture(self, request: Any, echo: dict) -> bytes | None:
        return await self._pay("CAPTURE", request, echo)

    async def _payment_credit(self, request: Any, echo: dict) -> bytes | None:
        return await self._pay("CREDIT", request, echo)

    async def _pay(self, command: str, request: Any, echo: dict) -> bytes | None:
        assert self.session is not None, "a payment outside a session"
        approved: bool | None = True
        if self.id_check:
            self._confirmation = asyncio.get_running_loop().create_future()
            await self._notify(
                response(
                    1,
                    "OK",
                    "Klarna ID check",
                    secondary_data=57,
                    detailed_status=170,
                    customer_name="Anna Andersson",
                    minimum_age=18,
                )
            )
            value = await asyncio.wait_for(self._confirmation, 10)
            approved = None if value is None else value == "CONFIRMED"
        ctroutd = str(self._next_ctroutd)
        self._next_ctroutd += 1
        amount = f"{request.amount // 100}.{request.amount % 100:02d}"
        if approved is None or (not approved and self.deny_cancels):
            return response(CANCELLED, "CANCELLED", "Cancelled by CUSTOMER", **echo)
        result = "CAPTURED" if approved else "DECLINED"
        self.last = {
            "command": command,
            "invoice": self.session["invoice"],
            "ctroutd": ctroutd,
            "result": result,
            "amount": amount,
        }
        if self.drop_capture:
            return None
        code = -1 if approved else 6
        return response(
            code,
            result,
            "APPROVED" if approved else "DECLINED BY KLARNA",
            ctroutd=ctroutd,
            trans_amount=amount,
            approved_amount=amount if approved else None,
            payment_type="Klarna",
            invoice=self.session["invoice"],
            **echo,
        )

    async def _payment_void(self, request: Any, echo: dict) -> bytes:
        if self.last is None or self.last["ctroutd"] != request.ctroutd:
            return response(59001, "ERROR", "No such transaction", **echo)
        self.last = {**self.last, "command": "VOID", "result": "VOIDED"}
        return response(7, "VOIDED", "VOIDED", ctroutd=request.ctroutd, **echo)

    async def _report_last_tran(self, request: Any, echo: dict) -> bytes:
        if self.busy_last_tran:
            return response(59002, "BUSY", "DEVICE IS BUSY", **echo)
        last = self.last or {}
        return response(
            -1,
            last.get("result", "OK"),
            "LAST TRAN",
            command=last.get("command"),
            invoice=last.get("invoice"),
            ctroutd=last.get("ctroutd"),
            approved_amount=last.get("amount") if last.get("result") == "CAPTURED" else None,
            trans_amount=last.get("amount"),
            **echo,
        )

    async def _secondaryport_confirmation(self, request: Any, echo: dict) -> bytes:
        waiting = self._confirmation is not None and not self._confirmation.done()
        if self.confirmation_code == 59070:
            if waiting:
                self._confirmation.set_result(None)
            return response(
                59070, "FIELD_ERROR", "Incorrect Confirmation Value", secondary_data=57, **echo
            )
        if self.confirmation_code == 59069 or not waiting:
            if waiting:
                self._confirmation.set_result(None)
            return response(
                59069,
                "ERROR",
                "Confirmation Unexpected",
                secondary_data=2,
                detailed_status=-1,
                **echo,
            )
        self._confirmation.set_result(request.value)
        return response(secondary_data=57, detailed_status=170, **echo)

    async def _secondaryport_cancel(self, request: Any, echo: dict) -> bytes:
        if self._confirmation is not None and not self._confirmation.done():
            self._confirmation.set_result(None)
        return response(text="CANCELLED", **echo)

    async def _secondaryport_status(self, request: Any, echo: dict) -> bytes:
        return response(secondary_data=1, detailed_status=0, **echo)
