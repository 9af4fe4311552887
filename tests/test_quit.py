"""Quit never hangs (issue 12 item 7): closing a device client returns within a second whatever
it is doing. The terminal client is closed at random moments of its start: connecting, the
first ping in flight, its answer arriving, idle. Python 3.11's asyncio.wait_for can swallow a
cancellation that lands as its inner future completes (gh-86296), so a close that only cancels
once and then waits can wait forever."""

from __future__ import annotations

import asyncio
import random
import time

from till.adapters.wallee.terminal import TerminalClient
from till.simulators.lti import LtiSimulator

CLOSES = 100
WITHIN = 1.0  # seconds a close may take


def test_the_terminal_client_closes_within_a_second_at_any_moment() -> None:
    rng = random.Random(20261129)  # the same moments on every run: a failure can be repeated

    async def main() -> list[float]:
        simulator = LtiSimulator()
        port = await simulator.start()
        took: list[float] = []
        try:
            for _ in range(CLOSES):
                client = TerminalClient(
                    "127.0.0.1", port, connect_timeout=1, response_timeout=1, ping_interval=0.001
                )
                client.start()
                await asyncio.sleep(rng.uniform(0, 0.02))
                started = time.monotonic()
                await asyncio.wait_for(client.close(), 5 * WITHIN)  # a hang fails, not blocks
                took.append(time.monotonic() - started)
        finally:
            await simulator.stop()
        return took

    took = asyncio.run(main())
    assert len(took) == CLOSES
    assert max(took) < WITHIN, f"slowest close {max(took):.3f} s"


def test_the_point_terminal_closes_within_a_second_at_any_moment(store) -> None:
    """The Klarna terminal, paired, closed at random moments of a payment: the session opening,
    the capture in flight, the ID check asked, the answer coming."""
    from point_peer import PointPeer
    from test_point_adapter import Prompts, paired, payment

    rng = random.Random(29112026)

    async def main() -> list[float]:
        took: list[float] = []
        for _ in range(CLOSES // 4):
            peer = PointPeer(id_check=True)
            point = await paired(store, peer)
            charge = asyncio.ensure_future(point.charge(payment(point), Prompts(confirm=True)))
            await asyncio.sleep(rng.uniform(0, 0.05))
            started = time.monotonic()
            await asyncio.wait_for(point.close(), 5 * WITHIN)
            took.append(time.monotonic() - started)
            charge.cancel()
            await asyncio.gather(charge, return_exceptions=True)
            await peer.stop()
        return took

    took = asyncio.run(main())
    assert max(took) < WITHIN, f"slowest close {max(took):.3f} s"
