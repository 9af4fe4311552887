"""Measure the direct transport: a new TLS connection per receipt against one kept connection.

    .venv/bin/python tests/measure_ccu_tls.py [N]

Loopback, the test PKI of ccu_tls_support.py (EC P-256, TLS 1.3). "per receipt" is
DirectControlUnitClient.request_code as the till runs it; "kept" sends the same requests over
one connection with HTTP keep-alive, as a pooled client would.
"""

from __future__ import annotations

import asyncio
import contextlib
import ssl
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# ruff: isort: off
from ccu_tls_support import (
    LoopbackCcu,
    _control_data,
    client_context,
    direct,
    make_pki,
)

from till.protocols.ccu.http import HttpAnswerReader, build_http_request
from till.protocols.ccu.posconnexion import wrap_ctu_request
from till.protocols.ccu.request import build_ctu_request


class KeptCcu(LoopbackCcu):
    """Answers request after request on one connection (keep-alive)."""

    async def _serve(self, reader, writer) -> None:
        try:
            while True:
                await self.answer_one(reader, writer)
        except (OSError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()


async def main(n: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pki = make_pki(Path(tmp))
        context = client_context(pki)
        ccu = LoopbackCcu(pki)
        port = await ccu.start()
        client = direct(port, context)
        per_receipt = []
        for i in range(n):
            start = time.perf_counter()
            await client.request_code(_control_data(), f"m{i}")
            per_receipt.append(time.perf_counter() - start)
        await ccu.stop()

        kept_ccu = KeptCcu(pki)
        port = await kept_ccu.start()
        reader, writer = await asyncio.open_connection(
            "127.0.0.1", port, ssl=context, server_hostname="127.0.0.1"
        )
        kept = []
        for i in range(n):
            start = time.perf_counter()
            ctu = build_ctu_request(_control_data(), application_id="m", request_id=f"k{i}")
            body = wrap_ctu_request(
                ctu,
                application_id="m",
                request_id=f"k{i}",
                org_nr="5561234567",
                register_id="EP01AB0101330001",
                date_time=_control_data().date_time,
            )
            writer.write(build_http_request(body, host="127.0.0.1", path="/p"))
            answers = HttpAnswerReader()
            while answers.answer() is None:
                answers.receive_data(await reader.read(65536))
            kept.append(time.perf_counter() - start)
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
        await asyncio.sleep(0.1)  # the server's side sees the end and returns
        await kept_ccu.stop()

    for name, times in (("new connection per receipt", per_receipt), ("one kept connection", kept)):
        ms = sorted(t * 1000 for t in times)
        print(
            f"{name:28s} n={n} median {statistics.median(ms):6.2f} ms  "
            f"p95 {ms[int(0.95 * (n - 1))]:6.2f} ms  max {ms[-1]:6.2f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
