"""The Point terminal simulator on the wire, driven with raw sockets and XML written in the
tests (tests/point_sim_support.py), never with the till's codec."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from point_sim_support import (
    CANCEL,
    GET_COUNTER,
    LAST_TRAN,
    STATUS,
    TEST_MAC,
    TIMEOUT,
    UNREGISTER,
    Line,
    Listener,
    Till,
    capture,
    confirmation,
    klarna_capture,
    mac_of,
    paired,
    register,
    simulate,
    transaction,
)

from till.simulators.point import PointSimulator, Scenario


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


# -- pairing -------------------------------------------------------------------------------------


@pytest.mark.parametrize("reg_ver", [1, 2])
def test_register_gives_a_mac_key_that_authenticates(rsa_key, reg_ver: int) -> None:
    async def body(sim: PointSimulator) -> None:
        answer, key = await register(sim, rsa_key, reg_ver, entry_code="4711")
        assert answer["RESULT_CODE"] == "-1" and answer["TERMINATION_STATUS"] == "SUCCESS"
        assert key == sim.registrations[answer["MAC_LABEL"]].key and len(key) == 16
        assert sim.registrations[answer["MAC_LABEL"]].reg_ver == reg_ver
        if reg_ver == 2:  # the code typed on the terminal, echoed base64 encoded
            assert base64.b64decode(answer["ENTRY_CODE"]) == b"4711"
        else:
            assert "ENTRY_CODE" not in answer
        till = Till(sim, key, answer["MAC_LABEL"])
        line = await till.primary()
        ok = await line.ask(*TEST_MAC, *till.auth())
        assert (ok["RESULT_CODE"], ok["RESPONSE_TEXT"], ok["COUNTER"]) == ("-1", "Match", "1")

    simulate(body, entry_code="4711")


def test_a_wrong_entry_code_is_refused(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        answer, key = await register(sim, rsa_key, 1, entry_code="9999")
        assert (answer["RESULT_CODE"], key) == ("40009", None)
        assert answer["TERMINATION_STATUS"] == "FAILURE" and not sim.registrations
        answer, key = await register(sim, rsa_key, 1, entry_code="4711")
        assert answer["RESULT_CODE"] == "-1" and key is not None

    simulate(body, entry_code="4711")


def test_a_second_register_is_a_new_label_and_unregister_forgets_it(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        first = await paired(sim, rsa_key)
        second = await paired(sim, rsa_key)
        assert first.label != second.label and first.key != second.key
        line = await second.primary()
        gone = await line.ask(*UNREGISTER, *second.auth())
        assert gone["RESULT_CODE"] == "-1" and second.label not in sim.registrations
        again = await line.ask(*TEST_MAC, *second.auth())
        assert again["RESULT_CODE"] == "19"  # MAC_LABEL does not exist
        still = await line.ask(*TEST_MAC, *first.auth())
        assert still["RESULT_CODE"] == "-1"

    simulate(body)


def test_a_key_that_is_not_rsa_der_is_refused() -> None:
    async def body(sim: PointSimulator) -> None:
        line = await Line.open(sim.port)
        answer = await line.ask(
            ("FUNCTION_TYPE", "SECURITY"),
            ("COMMAND", "REGISTER"),
            ("ENTRY_CODE", "1234"),
            ("KEY", "bm90IGEga2V5"),
            ("REG_VER", 1),
        )
        assert answer["RESULT"] == "FIELD_ERROR" and not sim.registrations

    simulate(body)


# -- MAC and COUNTER -----------------------------------------------------------------------------


def test_a_wrong_mac_is_refused_and_moves_no_counter(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        wrong = await line.ask(*TEST_MAC, *till.auth(7, mac=mac_of(b"another key 16 b", 7)))
        assert (wrong["RESULT_CODE"], wrong["RESULT"]) == ("40006", "ERROR")
        missing = await line.ask(*TEST_MAC, ("COUNTER", 8), ("MAC_LABEL", till.label))
        assert missing["RESULT_CODE"] == "40007"
        counter = await line.ask(*GET_COUNTER, ("MAC_LABEL", till.label))
        assert (counter["RESULT_CODE"], counter["COUNTER"]) == ("-1", "0")

    simulate(body)


def test_a_counter_not_above_the_last_is_refused_until_resynced(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        assert (await line.ask(*TEST_MAC, *till.auth(5)))["COUNTER"] == "5"
        assert (await line.ask(*TEST_MAC, *till.auth(5)))["RESULT_CODE"] == "59005"  # replayed
        assert (await line.ask(*TEST_MAC, *till.auth(3)))["RESULT_CODE"] == "59005"  # lower
        counter = await line.ask(*GET_COUNTER, ("MAC_LABEL", till.label))
        assert counter["COUNTER"] == "5"
        assert (await line.ask(*TEST_MAC, *till.auth(6)))["RESULT_CODE"] == "-1"
        unknown = await line.ask(*GET_COUNTER, ("MAC_LABEL", "NOPE"))
        assert unknown["RESULT_CODE"] == "19"

    simulate(body)


def test_the_spec_example_confirmation_without_mac_is_refused(rsa_key) -> None:
    from point_examples import SPEC_CONFIRMATION_REQUEST

    async def body(sim: PointSimulator) -> None:
        line = await Line.open(sim.secondary_port)
        await line.send(SPEC_CONFIRMATION_REQUEST)
        assert (await line.answer())["RESULT_CODE"] == "40007"

    simulate(body)


# -- the Klarna ID check -------------------------------------------------------------------------


def test_a_klarna_sale_stops_for_the_id_check_and_the_confirmed_one_is_charged(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        listener = Listener()
        primary = await klarna_capture(till, await listener.start())
        capture_counter = till.counter
        asked = await asyncio.wait_for(listener.documents.get(), TIMEOUT)
        assert (asked["SECONDARY_DATA"], asked["DETAILED_STATUS"]) == ("57", "170")
        assert asked["RESULT_CODE"] == "-1" and asked["TRANS_AMOUNT"] == "125.50"
        assert asked["CUSTOMER_NAME"] == "Anna Andersson" and asked["INVOICE"] == "K1"
        secondary = await till.secondary()
        status = await secondary.ask(*STATUS, *till.auth())
        assert (status["SECONDARY_DATA"], status["DETAILED_STATUS"]) == ("57", "170")
        ok = await secondary.ask(*confirmation(till, "CONFIRMED"))
        assert ok == {
            "RESPONSE_TEXT": "SUCCESS",
            "RESULT": "OK",
            "RESULT_CODE": "-1",
            "TERMINATION_STATUS": "SUCCESS",
            "SECONDARY_DATA": "57",
            "DETAILED_STATUS": "170",
            "COUNTER": str(till.counter),
            "POS_RECON": "RetailPOS1",
        }
        sale = await primary.answer()
        assert (sale["RESULT"], sale["RESULT_CODE"], sale["COUNTER"]) == (
            "APPROVED",
            "-1",
            str(capture_counter),
        )
        assert sale["APPROVED_AMOUNT"] == "125.50" and sale["CTROUTD"].isdigit()
        assert sale["AUTH_CODE"] and sale["PAYMENT_TYPE"] == "Klarna" and sale["INVOICE"] == "K1"
        last = await primary.ask(*LAST_TRAN, *till.auth())
        assert (last["COMMAND"], last["CTROUTD"], last["RESULT_CODE"]) == (
            "CAPTURE",
            sale["CTROUTD"],
            "-1",
        )
        assert sim.transactions[-1].charged and sim.confirmations == ["CONFIRMED"]
        await listener.stop()

    simulate(body)


def test_a_denied_id_check_charges_nothing(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        listener = Listener()
        primary = await klarna_capture(till, await listener.start())
        await asyncio.wait_for(listener.documents.get(), TIMEOUT)
        secondary = await till.secondary()
        assert (await secondary.ask(*confirmation(till, "DENIED")))["RESULT_CODE"] == "-1"
        sale = await primary.answer()
        assert (sale["RESULT"], sale["RESULT_CODE"]) == ("CANCELLED", "59001")
        assert "APPROVED_AMOUNT" not in sale and "AUTH_CODE" not in sale
        last = await primary.ask(*LAST_TRAN, *till.auth())
        assert (last["COMMAND"], last["RESULT_CODE"]) == ("CAPTURE", "59001")
        assert not sim.transactions[-1].charged
        await listener.stop()

    simulate(body)


def test_confirmation_unexpected_and_incorrect_value(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        secondary = await till.secondary()
        unexpected = await secondary.ask(*confirmation(till, "CONFIRMED"))
        assert unexpected["RESULT_CODE"] == "59069"
        assert unexpected["RESPONSE_TEXT"] == "Confirmation Unexpected"
        assert (unexpected["TERMINATION_STATUS"], unexpected["SECONDARY_DATA"]) == ("SUCCESS", "2")
        listener = Listener()
        primary = await klarna_capture(till, await listener.start())
        await asyncio.wait_for(listener.documents.get(), TIMEOUT)
        wrong = await secondary.ask(*confirmation(till, "MAYBE"))
        assert (wrong["RESULT_CODE"], wrong["RESULT"]) == ("59070", "FIELD_ERROR")
        assert wrong["RESPONSE_TEXT"] == "Incorrect Confirmation Value"
        assert wrong["SECONDARY_DATA"] == "57"
        assert (await secondary.ask(*confirmation(till, "CONFIRMED")))["RESULT_CODE"] == "-1"
        assert (await primary.answer())["RESULT_CODE"] == "-1"
        late = await secondary.ask(*confirmation(till, "CONFIRMED"))
        assert late["RESULT_CODE"] == "59069"
        await listener.stop()

    simulate(body)


def test_cancel_on_the_secondary_port_stops_the_payment(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        listener = Listener()
        primary = await klarna_capture(till, await listener.start())
        await asyncio.wait_for(listener.documents.get(), TIMEOUT)
        other = await till.primary()  # the primary port is busy with the payment
        busy = await other.ask(*LAST_TRAN, *till.auth())
        assert (busy["RESULT_CODE"], busy["RESULT"]) == ("59002", "BUSY")
        secondary = await till.secondary()
        cancel = await secondary.ask(*CANCEL, *till.auth())
        assert cancel["RESULT_CODE"] == "-1"
        sale = await primary.answer()
        assert (sale["RESULT_CODE"], sale["RESPONSE_TEXT"]) == ("59001", "Cancelled by POS")
        assert not sim.transactions[-1].charged
        await listener.stop()

    simulate(body)


def test_an_unanswered_id_check_times_out_uncharged(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        primary = await klarna_capture(till, 9)  # nobody listens there
        sale = await primary.answer()
        assert (sale["RESULT_CODE"], sale["RESPONSE_TEXT"]) == ("59001", "Cancelled by TIMEOUT")
        assert sim.notification_errors and not sim.notifications

    simulate(body, id_check_timeout=0.2)


# -- scenarios -----------------------------------------------------------------------------------


def test_approve_takes_klarna_without_id_check_then_void_and_credit(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        await line.send(capture(till, "Klarna", "99.90"))
        sale = await line.answer()
        assert (sale["RESULT_CODE"], sale["APPROVED_AMOUNT"]) == ("-1", "99.90")
        void = (("FUNCTION_TYPE", "PAYMENT"), ("COMMAND", "VOID"), ("PAYMENT_TYPE", "Klarna"))
        voided = await line.ask(*void, ("CTROUTD", sale["CTROUTD"]), *till.auth())
        assert (voided["RESULT"], voided["RESULT_CODE"], voided["CTROUTD"]) == (
            "VOIDED",
            "-1",
            sale["CTROUTD"],
        )
        last = await line.ask(*LAST_TRAN, *till.auth())
        assert (last["COMMAND"], last["CTROUTD"], last["RESULT"]) == (
            "VOID",
            sale["CTROUTD"],
            "VOIDED",
        )
        twice = await line.ask(*void, ("CTROUTD", sale["CTROUTD"]), *till.auth())
        assert twice["RESULT_CODE"] == "59997"
        credit = await line.ask(
            ("FUNCTION_TYPE", "PAYMENT"),
            ("COMMAND", "CREDIT"),
            ("TRANS_AMOUNT", "5"),
            ("PAYMENT_TYPE", "Klarna"),
            *till.auth(),
        )
        assert (credit["RESULT_CODE"], credit["TRANS_AMOUNT"]) == ("-1", "5.00")
        assert [t.command for t in sim.transactions] == ["CAPTURE", "VOID", "CREDIT"]
        assert not sim.transactions[0].charged and not sim.notifications

    simulate(body, Scenario.APPROVE)


def test_a_card_sale_needs_no_id_check_even_in_id_check(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        await line.send(capture(till))
        sale = await line.answer()
        assert sale["RESULT_CODE"] == "-1" and sale["PAYMENT_MEDIA"] == "VISA"

    simulate(body)


def test_busy_answers_59002_and_still_pairs(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        await line.send(capture(till))
        answer = await line.answer()
        assert (answer["RESULT_CODE"], answer["RESULT"], answer["RESPONSE_TEXT"]) == (
            "59002",
            "BUSY",
            "DEVICE IS BUSY",
        )
        assert answer["TERMINATION_STATUS"] == "FAILURE" and not sim.transactions

    simulate(body, Scenario.BUSY)


def test_drop_mid_payment_charges_then_hangs_up(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        await line.send(capture(till, "Klarna"))
        assert await asyncio.wait_for(line.reader.read(), TIMEOUT) == b""
        assert sim.transactions[-1].charged
        again = await till.primary()
        last = await again.ask(*LAST_TRAN, *till.auth())
        assert (last["COMMAND"], last["RESULT_CODE"], last["APPROVED_AMOUNT"]) == (
            "CAPTURE",
            "-1",
            "10.00",
        )

    simulate(body, Scenario.DROP_MID_PAYMENT)


def test_never_answers_and_charges_nothing(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        await line.send(capture(till))
        with pytest.raises(TimeoutError):
            await line.answer(timeout=0.3)
        line.close()
        for _ in range(100):
            if sim.transactions:
                break
            await asyncio.sleep(0.01)
        assert sim.transactions[-1].result_code == 59001 and not sim.transactions[-1].charged
        again = await till.primary()
        last = await again.ask(*LAST_TRAN, *till.auth())
        assert (last["COMMAND"], last["RESULT_CODE"]) == ("CAPTURE", "59001")

    simulate(body, Scenario.NEVER_ANSWERS)


# -- the wire ------------------------------------------------------------------------------------


def test_requests_in_pieces_glued_malformed_or_on_the_wrong_port(rsa_key) -> None:
    async def body(sim: PointSimulator) -> None:
        till = await paired(sim, rsa_key)
        line = await till.primary()
        one = transaction(*TEST_MAC, *till.auth())
        for byte in one:
            await line.send(bytes([byte]))
        assert (await line.answer())["RESULT_CODE"] == "-1"
        two = [transaction(*TEST_MAC, *till.auth()) for _ in range(2)]
        await line.send(b"\n".join(two))
        assert [(await line.answer())["COUNTER"] for _ in two] == ["2", "3"]
        await line.send(b"<TRANSACTION><FUNCTION_TYPE>SESSION</TRANSACTION>")
        assert (await line.answer())["RESULT"] == "FIELD_ERROR"
        wrong_port = await line.ask(*STATUS, *till.auth())
        assert wrong_port["RESULT"] == "FIELD_ERROR"
        start = (("FUNCTION_TYPE", "SESSION"), ("COMMAND", "START"), ("INVOICE", "1"))
        assert (await line.ask(*start, *till.auth()))["RESULT_CODE"] == "-1"
        assert (await line.ask(*start, *till.auth()))["RESULT_CODE"] == "59003"
        finish = (("FUNCTION_TYPE", "SESSION"), ("COMMAND", "FINISH"))
        assert (await line.ask(*finish, *till.auth()))["RESULT_CODE"] == "-1"
        assert (await line.ask(*start, *till.auth()))["RESULT_CODE"] == "-1"
        assert len(sim.received) == 10  # REGISTER and every request above

    simulate(body)


def test_run_as_a_module() -> None:
    command = [sys.executable, "-m", "till.simulators.point", "--port", "0"]
    command += ["--secondary-port", "0", "--scenario", "busy"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) as process:
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            assert line.startswith("Point terminal simulator on 127.0.0.1:") and "busy" in line
        finally:
            process.terminate()
            process.wait(5)


def test_the_simulator_never_imports_the_tills_codec() -> None:
    code = (
        "import sys, till.simulators.point.__main__; "
        "print(sorted(m for m in sys.modules if m.startswith('till.protocols')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
