"""Terminal admin functions against the LTI simulator, through the service and till-admin."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from till.adapters.wallee import TerminalClient, WalleeTerminal
from till.adapters.wallee.admin import COMMAND_NAMES
from till.checkout.terminal_admin import TerminalAdmin
from till.protocols.lti import ActivationRequest, BeFinalBalanceRequest, DeactivationRequest
from till.settings import EXAMPLE
from till.simulators.lti import LtiSimulator
from till.store import TillStore

ROOT = Path(__file__).resolve().parent.parent


def with_admin(tmp_path: Path, test) -> None:
    async def main() -> None:
        sim = LtiSimulator()
        port = await sim.start()
        store = TillStore.open(tmp_path / "till.db")
        client = TerminalClient("127.0.0.1", port)
        admin = TerminalAdmin(
            store=store,
            terminal=WalleeTerminal(client, pos_id="K1", language="sv"),
            register_id="K1",
            in_store=asyncio.to_thread,
        )
        try:
            await test(admin, sim, store)
        finally:
            await client.close()
            store.close()
            await sim.stop()

    asyncio.run(main())


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_every_admin_command_answers(tmp_path, name):
    async def test(admin: TerminalAdmin, sim: LtiSimulator, store: TillStore) -> None:
        if name == "reprint":  # there must be a transaction to reprint
            result = await admin.run(name)
            assert not result.ok and result.summary  # nothing to reprint yet: said plainly
            return
        result = await admin.run(name)
        assert result.ok, result.summary
        assert result.text()
        row = store.journal_rows()[-1]
        assert row.kind == "terminal_admin" and row.data["command"] == name and row.data["ok"]

    with_admin(tmp_path, test)


def test_activation_carries_the_language_and_end_of_day_the_sync_number(tmp_path):
    async def test(admin: TerminalAdmin, sim: LtiSimulator, store: TillStore) -> None:
        await admin.run("deactivate")
        result = await admin.run("activate")
        assert result.ok
        activation = [r for r in sim.received if isinstance(r, ActivationRequest)][-1]
        assert activation.language == "sv"
        assert any(isinstance(r, DeactivationRequest) for r in sim.received)
        eod = await admin.run("end-of-day")
        final = [r for r in sim.received if isinstance(r, BeFinalBalanceRequest)][-1]
        assert final.trx_sync_number == store.terminal_counter("wallee", "K1")  # LTI 7.2.3
        assert eod.printouts  # the terminal's final balance receipt is shown

    with_admin(tmp_path, test)


def test_till_admin_terminal_ping_and_end_of_day(tmp_path):
    config = tmp_path / "till.toml"

    async def main() -> None:
        sim = LtiSimulator()
        port = await sim.start()
        text = EXAMPLE.replace('host = "192.168.1.50"', 'host = "127.0.0.1"')
        text = text.replace("port = 50000", f"port = {port}")
        text = text.replace('# path = "/var/lib/till/till.db"', f'path = "{tmp_path / "t.db"}"')
        config.write_text(text, encoding="utf-8")
        try:
            for args, expect in ((["ping"], 0), (["end-of-day"], 0)):
                proc = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "till.cli",
                    "--config",
                    str(config),
                    "terminal",
                    *args,
                    stdout=asyncio.subprocess.PIPE,
                    stderr=asyncio.subprocess.PIPE,
                    env={**os.environ, "PYTHONPATH": str(ROOT)},
                )
                out, err = await proc.communicate()
                assert proc.returncode == expect, err.decode()
            assert out.strip()  # the end of day printout
            proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "till.cli",
                "--config",
                str(config),
                "terminal",
                "ping",
                "--host",
                "127.0.0.1",
                "--port",
                "1",
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            out, err = await proc.communicate()
            # in the shop's language: the example settings' Swedish
            assert proc.returncode == 2 and "går inte att nå" in err.decode()
            assert b"Traceback" not in err
        finally:
            await sim.stop()

    asyncio.run(main())
