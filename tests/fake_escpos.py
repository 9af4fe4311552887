"""A fake ESC/POS network printer on localhost: records every byte it is sent and answers the
real-time status queries (DLE EOT n) with the status bytes a test chooses."""

from __future__ import annotations

import asyncio

READY = {1: 0x12, 2: 0x12, 4: 0x12}  # the fixed bits alone: nothing wrong
# Epson's bits: DLE EOT 1 bit 3 offline; 2 bit 5 stopped at the paper end; 4 bits 5-6 paper out.
PAPER_OUT = {1: 0x12 | 0x08, 2: 0x12 | 0x20, 4: 0x12 | 0x60}
COVER_OPEN = {1: 0x12 | 0x08, 2: 0x12 | 0x04, 4: 0x12}


class FakeEscPosPrinter:
    def __init__(self) -> None:
        self.received = bytearray()
        self.status: dict[int, int] | None = dict(READY)  # None: never answers
        self.connections = 0
        self._server: asyncio.Server | None = None
        self.port = 0

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        pending = b""
        try:
            while chunk := await reader.read(4096):
                self.received += chunk
                pending += chunk
                while True:  # a query may come split over two chunks
                    at = pending.find(b"\x10\x04")
                    if at < 0 or len(pending) < at + 3:
                        pending = pending[at:] if at >= 0 else pending[-1:]
                        break
                    n, pending = pending[at + 2], pending[at + 3 :]
                    if self.status is not None and n in self.status:
                        writer.write(bytes([self.status[n]]))
                        await writer.drain()
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
