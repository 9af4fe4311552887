"""Helpers of the Point simulator tests: raw sockets, XML written by hand, the POS's MAC.

MACs are computed here with hmac/hashlib from the documented rule (base64 HMAC-SHA256 of the
decimal COUNTER under the MAC key); MAC keys are decrypted here with `cryptography` directly.
Nothing here uses the till's codec (till.protocols.point).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import xml.etree.ElementTree as ET
from collections.abc import Awaitable, Callable
from typing import Any

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from till.simulators.point import PointSimulator, Scenario

TIMEOUT = 5.0
GET_COUNTER = (("FUNCTION_TYPE", "ADMIN"), ("COMMAND", "GET_COUNTER"))
STATUS = (("FUNCTION_TYPE", "SECONDARYPORT"), ("COMMAND", "STATUS"))
CANCEL = (("FUNCTION_TYPE", "SECONDARYPORT"), ("COMMAND", "CANCEL"))
LAST_TRAN = (("FUNCTION_TYPE", "REPORT"), ("COMMAND", "LAST_TRAN"))
TEST_MAC = (("FUNCTION_TYPE", "SECURITY"), ("COMMAND", "TEST_MAC"))
UNREGISTER = (("FUNCTION_TYPE", "SECURITY"), ("COMMAND", "UNREGISTER"))


def key_field(private: rsa.RSAPrivateKey) -> str:
    der = private.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return base64.b64encode(der).decode()


def mac_of(key: bytes, counter: int) -> str:
    return base64.b64encode(hmac.new(key, str(counter).encode(), hashlib.sha256).digest()).decode()


def transaction(*fields: tuple[str, object]) -> bytes:
    body = "".join(f"<{name}>{value}</{name}>" for name, value in fields)
    return f"<TRANSACTION>{body}</TRANSACTION>".encode()


def fields_of(document: bytes) -> dict[str, str]:
    root = ET.fromstring(document)
    assert root.tag == "RESPONSE"
    return {child.tag: (child.text or "") for child in root}


OPEN_LINES: list[Line] = []  # closed when the test's simulator stops


class Line:
    """A raw connection to one port of the simulator."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer
        self._buffer = b""

    @classmethod
    async def open(cls, port: int) -> Line:
        line = cls(*await asyncio.open_connection("127.0.0.1", port))
        OPEN_LINES.append(line)
        return line

    async def send(self, data: bytes) -> None:
        self.writer.write(data)
        await self.writer.drain()

    async def answer(self, timeout: float = TIMEOUT) -> dict[str, str]:
        while b"</RESPONSE>" not in self._buffer:
            data = await asyncio.wait_for(self.reader.read(4096), timeout)
            if not data:
                raise EOFError(self._buffer)
            self._buffer += data
        end = self._buffer.index(b"</RESPONSE>") + len(b"</RESPONSE>")
        document, self._buffer = self._buffer[:end], self._buffer[end:]
        return fields_of(document.strip())

    async def ask(self, *fields: tuple[str, object]) -> dict[str, str]:
        await self.send(transaction(*fields))
        return await self.answer()

    def close(self) -> None:
        self.writer.close()


class Till:
    """The POS side as this test writes it: a key, a label, a counter."""

    def __init__(self, sim: PointSimulator, key: bytes, label: str) -> None:
        self.sim, self.key, self.label, self.counter = sim, key, label, 0

    def auth(self, counter: int | None = None, mac: str | None = None) -> list[tuple[str, object]]:
        if counter is None:
            self.counter += 1
            counter = self.counter
        mac = mac_of(self.key, counter) if mac is None else mac
        return [("COUNTER", counter), ("MAC", mac), ("MAC_LABEL", self.label)]

    async def primary(self) -> Line:
        return await Line.open(self.sim.port)

    async def secondary(self) -> Line:
        return await Line.open(self.sim.secondary_port)


async def register(
    sim: PointSimulator, private: rsa.RSAPrivateKey, reg_ver: int = 1, entry_code: str = "1234"
) -> tuple[dict[str, str], bytes | None]:
    line = await Line.open(sim.port)
    fields: list[tuple[str, object]] = [("FUNCTION_TYPE", "SECURITY"), ("COMMAND", "REGISTER")]
    if reg_ver == 1:
        fields.append(("ENTRY_CODE", entry_code))
    fields += [("KEY", key_field(private)), ("REG_VER", reg_ver)]
    answer = await line.ask(*fields)
    line.close()
    if answer["RESULT_CODE"] != "-1":
        return answer, None
    ciphertext = base64.b64decode(answer["MAC_KEY"])
    if reg_ver == 1:
        pad: padding.AsymmetricPadding = padding.PKCS1v15()
    else:
        pad = padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)
    return answer, private.decrypt(ciphertext, pad)


def simulate(
    body: Callable[..., Awaitable[Any]], scenario: Scenario = Scenario.ID_CHECK, **settings: Any
) -> Any:
    async def go() -> Any:
        sim = PointSimulator(scenario=scenario)
        for name, value in settings.items():
            setattr(sim, name, value)
        await sim.start()
        try:
            return await asyncio.wait_for(body(sim), 20)
        finally:
            while OPEN_LINES:
                OPEN_LINES.pop().close()
            await sim.stop()

    return asyncio.run(go())


async def paired(sim: PointSimulator, private: rsa.RSAPrivateKey) -> Till:
    answer, key = await register(sim, private)
    assert key is not None, answer
    return Till(sim, key, answer["MAC_LABEL"])


class Listener:
    """The till's listener for unsolicited messages: every document it is sent."""

    def __init__(self) -> None:
        self.documents: asyncio.Queue[dict[str, str]] = asyncio.Queue()
        self.server: asyncio.AbstractServer | None = None

    async def start(self) -> int:
        async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            data = await reader.read()  # the terminal closes after its message
            self.documents.put_nowait(fields_of(data.strip()))
            writer.close()

        self.server = await asyncio.start_server(accept, "127.0.0.1", 0)
        return int(self.server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        assert self.server is not None
        self.server.close()


async def klarna_capture(till: Till, listener_port: int, amount: str = "125.50") -> Line:
    primary = await till.primary()
    session = await primary.ask(
        ("FUNCTION_TYPE", "SESSION"),
        ("COMMAND", "START"),
        ("INVOICE", "K1"),
        ("POS_IP", "127.0.0.1"),
        ("POS_PORT", listener_port),
        *till.auth(),
    )
    assert (session["RESULT_CODE"], session["RESPONSE_TEXT"]) == ("-1", "SESSION started")
    await primary.send(
        transaction(
            ("FUNCTION_TYPE", "PAYMENT"),
            ("COMMAND", "CAPTURE"),
            ("TRANS_AMOUNT", amount),
            ("PAYMENT_TYPE", "Klarna"),
            *till.auth(),
        )
    )
    return primary


def confirmation(till: Till, value: str) -> list[tuple[str, object]]:
    return [
        ("FUNCTION_TYPE", "SECONDARYPORT"),
        ("COMMAND", "CONFIRMATION"),
        ("VALUE", value),
        ("POS_RECON", "RetailPOS1"),
        *till.auth(),
    ]


def capture(till: Till, payment_type: str = "CREDIT", amount: str = "10.00") -> bytes:
    return transaction(
        ("FUNCTION_TYPE", "PAYMENT"),
        ("COMMAND", "CAPTURE"),
        ("TRANS_AMOUNT", amount),
        ("PAYMENT_TYPE", payment_type),
        *till.auth(),
    )
