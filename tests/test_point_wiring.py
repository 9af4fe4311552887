"""The Verifone Point (Klarna) terminal wired into the till: `till-admin terminal point-pair` /
`point-unpair` in their own processes against the Point simulator in its own process, then
open_session with a Point-configured settings file (the listener listens at start, a Klarna
payment goes through the wiring's store callbacks, closing stops the listener), and a taken
listener port stopping the start with its message."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from till.adapters.point import KIND, ListenerPortTaken
from till.adapters.point.pairing import load_credentials
from till.app import open_session
from till.checkout.ports import Approved, IdCheck, Question, TerminalLines
from till.core.card import CardPayment, CardPaymentKind, CardPaymentState, Tender
from till.settings import load_settings
from till.store import TillStore

ROOT = Path(__file__).resolve().parents[1]
ENTRY_CODE = "4711"
PIN = "2468"
REGISTER = "K1"  # the conftest `config` fixture's register id


class SimulatorProcess:
    """`python -m till.simulators.point` on free loopback ports, as a shop could run it."""

    def __init__(self, entry_code: str = ENTRY_CODE) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "till.simulators.point",
                "--port",
                "0",
                "--secondary-port",
                "0",
                "--entry-code",
                entry_code,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = re.search(r":(\d+) \(secondary (\d+)\)", line)
        assert found, (line, self.process.stderr.read() if self.process.stderr else "")
        self.port, self.secondary_port = int(found[1]), int(found[2])

    def stop(self) -> None:
        self.process.terminate()
        self.process.communicate(timeout=10)


@pytest.fixture
def simulator() -> Iterator[SimulatorProcess]:
    sim = SimulatorProcess()
    yield sim
    sim.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def point_config(config: Path, sim: SimulatorProcess, *, listener_port: int, wallee: bool) -> Path:
    """The `config` fixture's file with a [point] section for `sim` (and no [terminal] unless
    `wallee`: then one on a closed loopback port, so it only fails to connect)."""
    text = config.read_text("utf-8")
    start = text.index("[terminal]")
    end = text.index("\n\n", start) + 2
    wallee_section = f'[terminal]\nhost = "127.0.0.1"\nport = {free_port()}\n\n' if wallee else ""
    point = (
        f'[point]\nhost = "127.0.0.1"\nport = {sim.port}\nsecondary_port = {sim.secondary_port}\n'
        f'listener_host = "127.0.0.1"\nlistener_port = {listener_port}\n'
        'advertise_ip = "127.0.0.1"\nresponse_timeout = 20\nid_check_timeout = 10\n\n'
    )
    text = text[:start] + wallee_section + point + text[end:]
    text = text.replace("# pdf_dir = ", "pdf_dir = ").replace(
        '"/home/shop/receipts"', f'"{config.parent / "receipts"}"'
    )
    config.write_text(text, "utf-8")
    return config


def admin(config: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess:
    """till-admin in its own process; the keyring is shared through the environment."""
    return subprocess.run(
        [sys.executable, "-m", "till.cli", "--config", str(config), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def one_line(done: subprocess.CompletedProcess, words: str) -> None:
    assert "Traceback" not in done.stdout + done.stderr, done.stderr
    assert done.returncode == 2, done
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("till-admin") and words in lines[0], lines


def journal_of(config: Path, kind: str) -> list[dict[str, Any]]:
    store = TillStore.open(load_settings(config).database)
    try:
        return [row.data for row in store.journal_rows() if row.kind == kind]
    finally:
        store.close()


def pair(config: Path, *extra: str) -> subprocess.CompletedProcess:
    # The first manager action sets the PIN (typed twice), as `report z` does.
    return admin(
        config, "terminal", "point-pair", "--entry-code", ENTRY_CODE, *extra, stdin=f"{PIN}\n" * 2
    )


# -- till-admin terminal point-pair / point-unpair --------------------------------------------


@pytest.mark.parametrize("reg_ver", ["1", "2"])
def test_point_pair_keeps_the_mac_key_in_the_keyring_and_journals_it(config, simulator, reg_ver):
    config = point_config(config, simulator, listener_port=free_port(), wallee=False)
    done = pair(config, "--reg-ver", reg_ver)
    assert done.returncode == 0, done.stderr
    label = re.search(r"MAC_LABEL (\S+),", done.stdout)
    assert label and f"REG_VER {reg_ver}" in done.stdout
    creds = load_credentials(REGISTER)  # the keyring file the subprocess wrote
    assert creds is not None and creds.mac_label == label[1] and len(creds.mac_key) >= 16
    assert "MAC key" in done.stdout and creds.mac_key.hex() not in done.stdout + done.stderr
    [record] = journal_of(config, "terminal_admin")
    assert record == {
        "command": "pair",
        "terminal": f"127.0.0.1:{simulator.port}",
        "reg_ver": int(reg_ver),
        "ok": True,
        "error": "",
    }
    approved = journal_of(config, "manager_approved")
    assert [a["action"] for a in approved] == ["pair the payment terminal"]


def test_point_unpair_needs_the_manager_pin_and_forgets_the_key(config, simulator):
    config = point_config(config, simulator, listener_port=free_port(), wallee=False)
    assert pair(config).returncode == 0
    wrong = admin(config, "terminal", "point-unpair", stdin="0000\n")
    one_line(wrong, "Wrong manager PIN")
    assert load_credentials(REGISTER) is not None  # nothing was unpaired
    done = admin(config, "terminal", "point-unpair", stdin=f"{PIN}\n")
    assert done.returncode == 0, done.stderr
    assert "unpaired" in done.stdout
    assert load_credentials(REGISTER) is None
    unpaired = [r for r in journal_of(config, "terminal_admin") if r["command"] == "unpair"]
    assert unpaired == [
        {
            "command": "unpair",
            "terminal": f"127.0.0.1:{simulator.port}",
            "ok": True,
            "error": "",
        }
    ]
    again = admin(config, "terminal", "point-unpair", stdin=f"{PIN}\n")
    one_line(again, "not paired")


@pytest.mark.parametrize(
    ("reg_ver", "says"),
    [("1", "refused the pairing"), ("2", "the terminal echoed another entry code")],
)
def test_a_wrong_entry_code_is_one_line_journaled_and_nothing_is_kept(
    config, simulator, reg_ver, says
):
    """REG_VER 1: the terminal refuses the code; 2: the till refuses the terminal's echo."""
    config = point_config(config, simulator, listener_port=free_port(), wallee=False)
    done = admin(
        config,
        "terminal",
        "point-pair",
        "--entry-code",
        "9999",
        "--reg-ver",
        reg_ver,
        stdin=f"{PIN}\n" * 2,
    )
    one_line(done, says)
    assert load_credentials(REGISTER) is None
    [record] = journal_of(config, "terminal_admin")
    assert record["ok"] is False and record["command"] == "pair"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("terminal", "point-pair"), "--entry-code"),
        (("terminal", "point-pair", "--entry-code", "47 11"), "not a pairing code"),
        (("terminal", "point-pair", "--entry-code", "٤٧١١"), "not a pairing code"),
        (("terminal", "point-pair", "--entry-code", "47a1"), "not a pairing code"),
        (("terminal", "point-pair", "--entry-code", "4711", "--reg-ver", "3"), "--reg-ver"),
        (("terminal", "point-pair", "--entry-code", "4711", "--host", "1.2.3.4"), "[point]"),
    ],
)
def test_bad_pairing_arguments_are_one_line(config, simulator, args, words):
    config = point_config(config, simulator, listener_port=free_port(), wallee=False)
    one_line(admin(config, *args, stdin=f"{PIN}\n" * 2), words)
    assert load_credentials(REGISTER) is None


def test_pairing_without_a_point_section_says_how_to_add_one(config):
    one_line(admin(config, "terminal", "point-pair", "--entry-code", "1"), "[point]")


def test_an_unreachable_terminal_is_one_line(config, simulator):
    config = point_config(config, simulator, listener_port=free_port(), wallee=False)
    simulator.stop()
    one_line(pair(config), "Klarna terminal")
    assert load_credentials(REGISTER) is None


# -- the till's session ------------------------------------------------------------------------


class Cashier:
    """Prompts: confirms the customer's ID."""

    def __init__(self) -> None:
        self.checks: list[IdCheck] = []

    def show_lines(self, lines: TerminalLines) -> None:
        pass

    def show_progress(self, progress: Any) -> None:
        pass

    async def ask(self, question: Question) -> bool:
        return False

    def remind(self, question: Question) -> None:
        pass

    async def check_customer_id(self, check: IdCheck) -> bool:
        self.checks.append(check)
        return True


def listening(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.mark.parametrize("wallee", [False, True], ids=["point-only", "both"])
def test_a_session_listens_pays_klarna_through_the_store_and_stops_listening(
    config, simulator, arun, wallee
):
    listener_port = free_port()
    config = point_config(config, simulator, listener_port=listener_port, wallee=wallee)
    assert pair(config).returncode == 0
    settings = load_settings(config)
    assert settings.payment_terminals == ("both" if wallee else "point")
    cashier = Cashier()

    async def body() -> None:
        session = await open_session(settings, demo=False)
        try:
            point = session.point
            assert point is not None and point.kind == KIND
            assert listening(listener_port)
            cards = session.checkout.cards.terminal
            assert (cards is point) is (not wallee)  # Point only: Klarna is its one terminal
            assert session.checkout.cards.klarna_terminal is point
            # The terminal admin screen pairs the Point terminal, beside Wallee too.
            assert session.terminal_admin is not None
            assert session.terminal_admin.pairing is point
            before = await session.checkout.in_store(session.store.terminal_counter, KIND, REGISTER)
            reference = point.prepare(CardPaymentKind.PURCHASE, 125_50, 0)
            payment = CardPayment(
                payment_id="p1",
                sale_id="s1",
                kind=CardPaymentKind.PURCHASE,
                amount=125_50,
                tender=Tender.KLARNA,
                terminal_kind=KIND,
                terminal_ref=reference.text(),
                state=CardPaymentState.PENDING,
                started_at=datetime.now(UTC),
            )
            outcome = await asyncio.wait_for(point.charge(payment, cashier), 20)
            assert isinstance(outcome, Approved), outcome
            assert outcome.amount == 125_50
            assert len(cashier.checks) == 1  # the simulator stopped for the ID check
            after = await session.checkout.in_store(session.store.terminal_counter, KIND, REGISTER)
            # SESSION START, CAPTURE, CONFIRMATION, SESSION FINISH: each a counter from the store
            assert after >= before + 4
            checks = [r.data for r in session.store.journal_rows() if r.kind == "point_id_check"]
            assert [c["value"] for c in checks] == ["CONFIRMED"]
            assert checks[0]["result_code"] == -1
        finally:
            await session.close()
        assert not listening(listener_port)

    arun(body(), timeout=40)
    started = journal_of(config, "till_started")[-1]["settings"]
    assert started["register.payment_terminals"] == ("both" if wallee else "point")
    assert started["point.listener_port"] == str(listener_port)


def test_a_klarna_sale_with_the_id_check_gets_its_receipt_and_control_code(config, simulator, arun):
    """Paired from till-admin, then a whole sale in the session: Klarna on the Point terminal,
    the cashier confirms the customer's ID, the control unit's code, the stored receipt."""
    from till.core.receipt import PaymentMethod
    from till.core.sale import Product
    from till.simulators.ccu import CcuSimulator

    config = point_config(config, simulator, listener_port=free_port(), wallee=True)
    assert pair(config).returncode == 0
    cashier = Cashier()

    async def body() -> None:
        ccu = CcuSimulator()
        ccu_port = await ccu.start()
        config.write_text(config.read_text("utf-8").replace("port = 2020", f"port = {ccu_port}"))
        session = await open_session(load_settings(config), demo=False)
        try:
            checkout = session.checkout
            assert checkout.takes_klarna and checkout.cards.klarna_terminal is session.point
            sweater = Product("77", "Tröja", 125_50, 25)
            await checkout.in_store(session.store.upsert_products, [sweater], register_id=REGISTER)
            await checkout.enter("77")
            receipt = await asyncio.wait_for(checkout.pay_klarna(cashier), 30)
            assert receipt is not None and receipt.control is not None
            assert len(receipt.control.code) == 59
            [payment] = receipt.payments
            assert payment.method is PaymentMethod.KLARNA and payment.amount == 125_50
            assert len(cashier.checks) == 1
            stored = await checkout.in_store(
                session.store.receipt, REGISTER, receipt.sequence_number
            )
            assert stored is not None and stored.payments == receipt.payments
        finally:
            await session.close()
            await ccu.stop()

    arun(body(), timeout=60)
    [check] = journal_of(config, "point_id_check")
    assert check["value"] == "CONFIRMED" and check["result_code"] == -1


def test_a_taken_listener_port_stops_the_start_with_its_message(config, simulator, arun):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        settings = load_settings(point_config(config, simulator, listener_port=port, wallee=False))

        async def body() -> None:
            with pytest.raises(ListenerPortTaken) as caught:
                await open_session(settings, demo=False)
            assert "point.listener_port" in caught.value.message
            assert f"port {port}" in caught.value.message

        arun(body(), timeout=20)
        # The store was closed again: the database opens and shows the start it refused.
        assert journal_of(config, "till_started")


def test_a_taken_listener_port_is_one_message_in_a_real_till(config, simulator):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = int(taken.getsockname()[1])
        config = point_config(config, simulator, listener_port=port, wallee=False)
        done = subprocess.run(
            [sys.executable, "-m", "till", "--config", str(config)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "point.listener_port" in done.stderr and f"port {port}" in done.stderr
