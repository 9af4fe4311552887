"""A loopback stand-in for a Verifone Point terminal.

Run it by hand with `python -m till.simulators.point --port 5015 --secondary-port 5016`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib

from till.simulators.point.scenarios import Scenario
from till.simulators.point.terminal import PRIMARY_PORT, SECONDARY_PORT, PointSimulator


async def _serve(args: argparse.Namespace) -> None:
    sim = PointSimulator(scenario=args.scenario, entry_code=args.entry_code)
    sim.id_check_timeout = args.id_check_timeout
    primary, secondary = await sim.start(args.host, args.port, args.secondary_port)
    print(
        f"Point terminal simulator on {args.host}:{primary} (secondary {secondary}), "
        f"scenario {sim.scenario.value}",
        flush=True,
    )
    try:
        await asyncio.Event().wait()
    finally:
        await sim.stop()


def _scenario(text: str) -> Scenario:
    try:
        return Scenario.parse(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"unknown scenario {text!r}") from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m till.simulators.point", description="Verifone Point terminal simulator"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=PRIMARY_PORT, help="primary port (0: any)")
    parser.add_argument("--secondary-port", type=int, default=SECONDARY_PORT)
    parser.add_argument(
        "--scenario",
        type=_scenario,
        default=Scenario.ID_CHECK,
        help="one of: " + ", ".join(s.value for s in Scenario),
    )
    parser.add_argument(
        "--entry-code", default=None, help="the pairing code typed on the terminal (default: any)"
    )
    parser.add_argument("--id-check-timeout", type=float, default=120.0, help="seconds")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
