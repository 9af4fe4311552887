"""Helpers shared by the tests that talk to the CCU simulator (no tests here)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from till.simulators.ccu import CcuSimulator, FailureMode

T = TypeVar("T")


def with_simulator(
    fn: Callable[[CcuSimulator, int], Awaitable[T]],
    mode: FailureMode = FailureMode.OK,
    **kw: Any,
) -> T:
    """Run `fn(simulator, port)` in a fresh event loop against a started `CcuSimulator(mode,
    **kw)` on a loopback port; the simulator is stopped afterwards, whatever happens."""

    async def main() -> T:
        simulator = CcuSimulator(mode=mode, **kw)
        port = await simulator.start()
        try:
            return await fn(simulator, port)
        finally:
            await simulator.stop()

    return asyncio.run(main())
