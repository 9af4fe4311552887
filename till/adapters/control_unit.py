"""The control unit client: the CCU codecs over one TCP connection per receipt (section 12).

iSecureIPC "accepts a new TCP connect for every new receipt", so nothing is pooled or reused,
and the socket is closed whatever happens.
"""

from __future__ import annotations

import asyncio
import contextlib

from till.core.receipt import ControlCode
from till.protocols.ccu.errors import (
    ControlUnitDropped,
    ControlUnitTimeout,
    ControlUnitUnreachable,
    CtuFieldError,
)
from till.protocols.ccu.http import HttpAnswer, HttpAnswerReader, build_http_request
from till.protocols.ccu.request import SALE_AMOUNT_ELEMENTS, ControlData, build_ctu_request
from till.protocols.ccu.response import control_code_from_answer

_READ_SIZE = 64 * 1024
_CLOSE_TIMEOUT = 1.0


class ControlUnitClient:
    """Asks iSecureIPC (or the simulator) for the control code of one receipt at a time."""

    def __init__(
        self,
        host: str,
        port: int,
        *,
        application_id: str,
        connect_timeout: float = 3.0,
        answer_timeout: float = 10.0,
        sale_amount_element: str = "SaleAmount",
    ) -> None:
        if sale_amount_element not in SALE_AMOUNT_ELEMENTS:
            raise CtuFieldError(
                "SaleAmount",
                f"element name {sale_amount_element!r} is not SaleAmount or PurchaseAmount",
            )
        self.host = host
        self.port = port
        self.application_id = application_id
        self.connect_timeout = connect_timeout
        self.answer_timeout = answer_timeout
        self.sale_amount_element = sale_amount_element

    async def request_code(self, data: ControlData, request_id: str) -> ControlCode:
        """The control code for `data`; success only on HTTP 200 with ResponseCode 0 (12.1).

        Raises CtuFieldError before connecting if the data is not valid, otherwise one of the
        ControlUnitError classes of till.protocols.ccu.errors.
        """
        body = build_ctu_request(
            data,
            application_id=self.application_id,
            request_id=request_id,
            sale_amount_element=self.sale_amount_element,
        )
        answer = await self._exchange(build_http_request(body, host=self.host))
        return control_code_from_answer(
            answer.status, answer.reason, answer.body, request_id=request_id
        )

    async def probe(self) -> None:
        """Connect and close without a request: is the gateway there? Asks for no code.

        Raises ControlUnitUnreachable. A reachable gateway may still answer 920 (CCU offline).
        """
        _reader, writer = await self._open()
        await _close(writer)

    async def _open(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        try:
            return await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), self.connect_timeout
            )
        except TimeoutError:
            raise ControlUnitUnreachable(
                self.host, self.port, f"no connection within {self.connect_timeout} s"
            ) from None
        except OSError as exc:  # refused, unreachable network, name not resolved
            raise ControlUnitUnreachable(self.host, self.port, repr(exc)) from None

    async def _exchange(self, request: bytes) -> HttpAnswer:
        reader, writer = await self._open()
        try:
            async with asyncio.timeout(self.answer_timeout):
                writer.write(request)
                await writer.drain()
                return await self._read_answer(reader)
        except TimeoutError:
            raise ControlUnitTimeout(self.answer_timeout) from None
        except OSError as exc:  # reset or broken pipe while sending or reading
            raise ControlUnitDropped(repr(exc)) from None
        finally:
            await _close(writer)

    @staticmethod
    async def _read_answer(reader: asyncio.StreamReader) -> HttpAnswer:
        answer_reader = HttpAnswerReader()
        while True:
            data = await reader.read(_READ_SIZE)
            if data:
                answer_reader.receive_data(data)
            else:
                answer_reader.receive_eof()
            answer = answer_reader.answer()
            if answer is not None:
                return answer
            if not data:  # the reader raises on EOF unless the answer is complete
                raise ControlUnitDropped()


async def _close(writer: asyncio.StreamWriter) -> None:
    writer.close()
    # The peer may already be gone; closing must never replace the error being raised.
    with contextlib.suppress(OSError, TimeoutError):
        await asyncio.wait_for(writer.wait_closed(), _CLOSE_TIMEOUT)
