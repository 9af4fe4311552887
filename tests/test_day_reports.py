"""X and Z reports through checkout and till-admin (SKVFS 2014:9 7 kap. 2 §)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from shop_examples import SHOP
from test_receipt_types import PIN, Till

from till.adapters.wallee import TerminalClient, WalleeTerminal
from till.checkout.day_reports import DayReports
from till.checkout.manager import MANAGER_PIN_WRONG
from till.checkout.terminal_admin import TerminalAdmin
from till.core.report import ReportKind
from till.protocols.lti import BeFinalBalanceRequest
from till.settings import EXAMPLE
from till.simulators.ccu import CcuSimulator
from till.simulators.lti import LtiSimulator
from till.store import PeriodClosed
from till.ui.texts import catalog_translate, say

ROOT = Path(__file__).resolve().parent.parent


def run(tmp_path: Path, scenario, *, terminal: bool = False) -> None:
    async def main() -> None:
        ccu = CcuSimulator()
        port = await ccu.start()
        till = Till(tmp_path / "till.db", port)
        lti = client = admin = None
        if terminal:
            lti = LtiSimulator()
            client = TerminalClient("127.0.0.1", await lti.start())
            admin = TerminalAdmin(
                store=till.store,
                terminal=WalleeTerminal(client, pos_id=SHOP.register_id, language="sv"),
                register_id=SHOP.register_id,
                in_store=till.checkout.in_store,
            )
        reports = DayReports(till.checkout, change_fund=100_000, terminal_admin=admin)
        try:
            await scenario(till, reports, lti)
        finally:
            if client is not None:
                await client.close()
                await lti.stop()
            await till.checkout.close()
            till.store.close()
            await ccu.stop()

    asyncio.run(main())


async def day(till: Till) -> None:
    for code in ("7310865004703", "3*30"):  # 21,50 + 57,00 = 78,50
        await till.checkout.enter(code)
    await till.checkout.pay_cash(10_000)
    await till.checkout.enter("20")  # 35,00
    await till.checkout.pay_cash(3_500)
    await till.checkout.start_return("1")  # one bag back: 19,00
    await till.checkout.enter("30")
    await till.checkout.refund_cash()
    await till.checkout.set_training(True)
    await till.checkout.enter("20")
    await till.checkout.pay_cash(3_500)  # training: never in sales
    await till.checkout.set_training(False)


def test_x_then_z_then_no_second_z(tmp_path):
    async def scenario(till: Till, reports: DayReports, lti) -> None:
        await day(till)
        x = (await reports.x_report()).report
        assert x.kind is ReportKind.X and x.z_number is None
        assert x.total_sales == 7850 + 3500
        assert (x.return_count, x.return_amount) == (1, 1900)
        assert (x.training_count, x.training_amount) == (1, 3500)
        assert x.change_fund == 100_000
        z = (await reports.take_z_report()).report
        assert z.z_number == 1 and z.total_sales == x.total_sales
        assert z.grand_totals.sales == 11350 and z.grand_totals.returns == 1900
        assert till.store.last_z_report(SHOP.register_id).number == 1
        assert any(
            line.text == "Z-dagrapport" and line.size == 2 for line in till.printed.layouts[-1]
        )
        with pytest.raises(PeriodClosed):
            await reports.take_z_report()

        await till.checkout.enter("20")
        await till.checkout.pay_cash(3_500)
        z2 = (await reports.take_z_report()).report
        assert z2.z_number == 2 and z2.total_sales == 3500  # the period starts again
        assert z2.grand_totals.sales == 11350 + 3500  # grand totals never do

        again = (await reports.reprint_z(1)).report
        assert again.total_sales == z.total_sales
        assert (
            sum(1 for line in till.printed.layouts[-1] if line.text == "KOPIA" and line.size == 2)
            == 2
        )
        assert "z_report_reprinted" in till.kinds()

    run(tmp_path, scenario)


def test_the_z_report_runs_the_terminals_end_of_day(tmp_path):
    async def scenario(till: Till, reports: DayReports, lti: LtiSimulator) -> None:
        await till.checkout.enter("20")
        await till.checkout.pay_cash(3_500)
        outcome = await reports.take_z_report()
        assert outcome.end_of_day is not None and outcome.end_of_day.ok
        assert any(isinstance(r, BeFinalBalanceRequest) for r in lti.received)
        await lti.stop()
        await till.checkout.enter("20")
        await till.checkout.pay_cash(3_500)
        outcome = await reports.take_z_report()  # the Z stands even if the terminal is gone
        assert outcome.report.z_number == 2 and outcome.end_of_day_error

    run(tmp_path, scenario, terminal=True)


def test_a_day_without_z_is_found(tmp_path):
    async def scenario(till: Till, reports: DayReports, lti) -> None:
        await till.checkout.enter("20")
        await till.checkout.pay_cash(3_500)
        today = date.today()
        assert await reports.unclosed_day(today) is None  # today's sales: no warning yet
        tomorrow = date.fromordinal(today.toordinal() + 1)
        assert await reports.unclosed_day(tomorrow) == today
        await reports.take_z_report()
        assert await reports.unclosed_day(tomorrow) is None

    run(tmp_path, scenario)


def test_till_admin_reports(tmp_path):
    async def make_day() -> None:
        ccu = CcuSimulator()
        port = await ccu.start()
        till = Till(tmp_path / "till.db", port)
        try:
            await till.checkout.enter("20")
            await till.checkout.pay_cash(3_500)
            till.store.set_manager_pin(PIN, register_id=SHOP.register_id)
        finally:
            await till.checkout.close()
            till.store.close()
            await ccu.stop()

    asyncio.run(make_day())
    config = tmp_path / "till.toml"
    text = EXAMPLE.replace('# path = "/var/lib/till/till.db"', f'path = "{tmp_path / "till.db"}"')
    config.write_text(text, encoding="utf-8")

    def admin(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "till.cli", "--config", str(config), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )

    x = admin("report", "x")
    assert x.returncode == 0, x.stderr
    assert "X-DAGRAPPORT" in x.stdout and "35,00" in x.stdout
    wrong = admin("report", "z", stdin="0000\n")
    # in the shop's language (the example's "sv"), from the till's own catalog
    wrong_pin = say(MANAGER_PIN_WRONG, catalog_translate("sv"))
    assert wrong_pin != MANAGER_PIN_WRONG.text  # translated
    assert wrong.returncode == 2 and wrong_pin in wrong.stderr
    z = admin("report", "z", stdin=f"{PIN}\n")
    assert z.returncode == 0, z.stderr
    assert "Z-DAGRAPPORT" in z.stdout
    assert admin("report", "z", stdin=f"{PIN}\n").returncode == 2  # the period is closed
    reprint = admin("report", "z", "--reprint", "1")
    assert reprint.returncode == 0 and reprint.stdout.count("KOPIA") == 2
