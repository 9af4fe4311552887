"""A loopback stand-in for a Wallee card terminal on the Local Till Interface (LTI 2.46).

Run it by hand with `python -m till.simulators.lti --port 50000 --scenario decline`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from till.simulators.lti.scenarios import Scenario
from till.simulators.lti.simulator import DEFAULT_PORT, LtiSimulator


async def _serve(args: argparse.Namespace) -> None:
    host, scenario = args.host, args.scenario
    sim = LtiSimulator(scenario=scenario)
    sim.card_delay = args.card_delay
    sim.flood_count, sim.flood_rate = args.flood_count, args.flood_rate
    bound = await sim.start(host, args.port)
    print(f"LTI terminal simulator on {host}:{bound}, scenario {scenario.value}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m till.simulators.lti", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument(
        "--scenario",
        type=Scenario.parse,
        default=Scenario.APPROVE,
        help="approve, decline, confirm, partial, drop_before_response, no_card, "
        "split_frames, coalesce, display_flood, approve_no_amount, tip, refuse_reversal, "
        "drop_before_reversal_response, hold_reversal_response, ignore_reversal, "
        "or error_<code> such as error_TRM.PT.0001",
    )
    parser.add_argument("--card-delay", type=float, default=1.5, help="seconds until the card")
    parser.add_argument("--flood-count", type=int, default=200, help="display_flood: how many")
    parser.add_argument("--flood-rate", type=float, default=200.0, help="display_flood: per second")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
