"""The Point adapter (till/adapters/point) against a scripted Point peer (tests/point_peer.py):
pairing with both REG_VER values, the counter written ahead and rising across restarts, resync,
Klarna sales with the ID check confirmed and denied, 59069/59070, a dropped connection learned
from LAST_TRAN, voids, and the listener's port taken."""

from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import Coroutine
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import keyring
import pytest
from point_peer import PointPeer, expected_mac, response

from till import secrets
from till.adapters.point import IdCheckRefused, ListenerPortTaken, NotPaired, PointTerminal
from till.adapters.point.listener import NotificationServer
from till.adapters.point.pairing import load_credentials
from till.checkout.ports import (
    Approved,
    Declined,
    IdCheck,
    Question,
    Refused,
    Reversed,
    TerminalLines,
    TerminalReference,
    TerminalUnavailable,
    Unknown,
)
from till.core.card import (
    CardPayment,
    CardPaymentKind,
    CardPaymentState,
    ReversalIntent,
    Tender,
)
from till.protocols.point import authenticate
from till.store import TillStore

T = TypeVar("T")
REGISTER = "K1"


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, 20))


class Prompts:
    """The cashier: answers the ID check with `confirm`, remembers what was shown."""

    def __init__(self, confirm: bool = True) -> None:
        self.confirm = confirm
        self.checks: list[IdCheck] = []
        self.lines: list[TerminalLines] = []

    def show_lines(self, lines: TerminalLines) -> None:
        self.lines.append(lines)

    def show_progress(self, progress: Any) -> None:
        pass

    async def ask(self, question: Question) -> bool:
        return False

    def remind(self, question: Question) -> None:
        pass

    async def check_customer_id(self, check: IdCheck) -> bool:
        self.checks.append(check)
        return self.confirm

    def shown(self) -> str:
        return "\n".join(str(line) for shown in self.lines for line in shown.lines)


def terminal(store: TillStore, peer: PointPeer, **kw: Any) -> PointTerminal:
    journal: list[tuple[str, dict]] = []
    point = PointTerminal(
        "127.0.0.1",
        register_id=REGISTER,
        port=peer.ports["primary"],
        secondary_port=peer.ports["secondary"],
        reserve_counter=lambda: store.reserve_terminal_counter("point", REGISTER),
        resync_counter=lambda last: store.advance_terminal_counter(
            "point", REGISTER, last, reason="GET_COUNTER"
        ),
        listener_host="127.0.0.1",
        listener_port=kw.pop("listener_port", 0),
        advertise_ip="127.0.0.1",
        pos_recon="K1",
        journal=lambda kind, data: journal.append((kind, data)),
        response_timeout=kw.pop("response_timeout", 10.0),
        **kw,
    )
    point.journaled = journal  # type: ignore[attr-defined]
    return point


def payment(
    point: PointTerminal,
    amount: int = 12_50,
    kind=CardPaymentKind.PURCHASE,
    tender: Tender = Tender.KLARNA,
) -> CardPayment:
    reference = point.prepare(kind, amount, 1)
    return CardPayment(
        tender=tender,
        payment_id="p1",
        sale_id="s1",
        kind=kind,
        amount=amount,
        terminal_kind=point.kind,
        terminal_ref=reference.text(),
        state=CardPaymentState.PENDING,
        started_at=datetime.now(UTC),
    )


async def paired(store: TillStore, peer: PointPeer, **kw: Any) -> PointTerminal:
    await peer.start()
    point = terminal(store, peer, **kw)
    await point.pair(reg_ver=1, entry_code=peer.typed_code)
    return point


# -- pairing ------------------------------------------------------------------------------------


@pytest.mark.parametrize("reg_ver", [1, 2])
def test_pairing_keeps_the_mac_key_in_the_keyring_only(
    store: TillStore, db_path: Path, reg_ver: int
) -> None:
    peer = PointPeer()

    async def scenario() -> None:
        await peer.start()
        point = terminal(store, peer)
        label = await point.pair(reg_ver=reg_ver, entry_code=peer.typed_code)
        assert label == peer.mac_label
        # TEST_MAC went out right after REGISTER, with a MAC computed here independently.
        assert peer.commands() == ["REGISTER", "TEST_MAC"]
        await point.close()
        await peer.stop()

    run(scenario())
    assert peer.mac_key is not None
    creds = load_credentials(REGISTER)
    assert creds is not None and creds.mac_key == peer.mac_key
    assert secrets.get_secret(f"point mac label {REGISTER}") == "REG7"
    store.close()
    stored = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    for form in (peer.mac_key, base64.b64encode(peer.mac_key), peer.mac_key.hex().encode()):
        assert form not in stored


def test_a_wrong_entry_code_stores_nothing(store: TillStore) -> None:
    peer = PointPeer()

    async def scenario() -> None:
        await peer.start()
        with pytest.raises(Exception) as caught:
            await terminal(store, peer).pair(reg_ver=1, entry_code="0000")
        assert "pairing code" in str(caught.value)
        await peer.stop()

    run(scenario())
    assert load_credentials(REGISTER) is None


def test_no_usable_keyring_refuses_pairing(store: TillStore) -> None:
    from keyring.backends import fail

    peer = PointPeer()
    keyring.set_keyring(fail.Keyring())

    async def scenario() -> None:
        await peer.start()
        with pytest.raises(secrets.SecretsUnavailable) as caught:
            await terminal(store, peer).pair(reg_ver=1, entry_code=peer.typed_code)
        assert "keyring" in caught.value.message
        await peer.stop()

    run(scenario())
    assert peer.commands() == []  # the terminal's old pairing is left alone


def test_unpairing_forgets_the_key(store: TillStore) -> None:
    async def scenario() -> None:
        point = await paired(store, PointPeer())
        await point.unpair()
        assert load_credentials(REGISTER) is None
        with pytest.raises(NotPaired):
            await point.charge(payment(point), Prompts())

    run(scenario())


# -- the counter ----------------------------------------------------------------------------


def test_counter_written_ahead_and_rising_across_a_restart(db_path: Path) -> None:
    store = TillStore.open(db_path)
    peer = PointPeer()
    ahead: list[bool] = []
    # Each counter the terminal sees is already below the store's next value: written ahead.
    peer.on_authenticated = lambda n: ahead.append(store.terminal_counter("point", REGISTER) > n)

    async def first() -> None:
        point = await paired(store, peer)
        assert isinstance(await point.charge(payment(point), Prompts()), Approved)
        await point.close()
        await peer.stop()

    run(first())
    store.close()
    store = TillStore.open(db_path)  # the till restarts

    async def second() -> None:
        await peer.start()
        point = terminal(store, peer)
        assert isinstance(await point.charge(payment(point), Prompts()), Approved)
        await point.close()
        await peer.stop()

    run(second())
    store.close()
    counters = peer.counters()
    assert len(counters) >= 7 and all(ahead)
    assert counters == sorted(set(counters))  # strictly increasing, none repeated


def test_a_stale_counter_is_resynced_and_retried_once(store: TillStore) -> None:
    peer = PointPeer()

    async def scenario() -> None:
        point = await paired(store, peer)
        peer.last_counter = 500  # e.g. a database restored from yesterday's copy
        outcome = await point.charge(payment(point), Prompts())
        assert isinstance(outcome, Approved)
        await peer.stop()

    run(scenario())
    assert peer.commands()[2:5] == ["START", "GET_COUNTER", "START"]
    assert min(c for c in peer.counters()[3:]) > 500
    assert store.last_journal_row("terminal_counter_advanced", REGISTER) is not None


def test_mac_matches_the_rule_computed_here(store: TillStore) -> None:
    peer = PointPeer()
    seen: list[tuple[int, str]] = []

    async def scenario() -> None:
        point = await paired(store, peer)
        creds = point.credentials()
        auth = authenticate(creds.mac_key, creds.mac_label, 42)
        seen.append((auth.counter, auth.mac))
        await peer.stop()

    run(scenario())
    assert peer.mac_key is not None
    assert seen == [(42, expected_mac(peer.mac_key, 42))]


# -- Klarna payments and the ID check -----------------------------------------------------------


@pytest.mark.parametrize(
    ("confirm", "deny_cancels", "expected"),
    [(True, False, Approved), (False, False, Declined), (False, True, Declined)],
)
def test_klarna_sale_with_the_id_check(
    store: TillStore, confirm: bool, deny_cancels: bool, expected: type
) -> None:
    peer = PointPeer(id_check=True, deny_cancels=deny_cancels)
    prompts = Prompts(confirm=confirm)

    async def scenario() -> Any:
        point = await paired(store, peer)
        outcome = await point.charge(payment(point, 349_00), prompts)
        await point.close()
        await peer.stop()
        return outcome, point.journaled  # type: ignore[attr-defined]

    outcome, journal = run(scenario())
    assert isinstance(outcome, expected)
    if confirm:
        assert outcome.amount == 349_00 and outcome.slip.trx_seq_cnt == 900_001
    assert "Anna Andersson" in "\n".join(prompts.checks[0].lines)
    value = "CONFIRMED" if confirm else "DENIED"
    confirmation = next(r for r in peer.received if r.command == "CONFIRMATION")
    assert confirmation.port == "secondary" and confirmation.fields["value"] == value
    assert confirmation.fields["pos_recon"] == "K1" and confirmation.counter is not None
    assert peer.commands() == ["REGISTER", "TEST_MAC", "START", "CAPTURE", "FINISH"]
    start = next(r for r in peer.received if r.command == "START")
    assert start.fields["pos_ip"] == "127.0.0.1" and start.fields["pos_port"] > 0
    capture = next(r for r in peer.received if r.command == "CAPTURE")
    assert capture.fields["payment_type"] == "Klarna" and capture.fields["amount"] == 349_00
    kind, record = journal[0]
    assert kind == "point_id_check" and record["value"] == value
    assert record["secondary_data"] == 57 and record["detailed_status"] == 170
    assert outcome.data["id_checks"][0]["result_code"] == -1


@pytest.mark.parametrize(
    ("code", "key", "words"),
    [
        (59069, "point_confirmation_unexpected", "Confirmation Unexpected"),
        (59070, "point_confirmation_value", "Incorrect Confirmation Value"),
    ],
)
def test_refused_confirmations_are_said_plainly(
    store: TillStore, code: int, key: str, words: str
) -> None:
    peer = PointPeer(id_check=True, confirmation_code=code)
    prompts = Prompts(confirm=True)

    async def scenario() -> Any:
        point = await paired(store, peer)
        outcome = await point.charge(payment(point), prompts)
        with pytest.raises(IdCheckRefused) as caught:
            await point.answer_id_check(True)
        await peer.stop()
        return outcome, caught.value, point.journaled  # type: ignore[attr-defined]

    outcome, error, journal = run(scenario())
    assert isinstance(outcome, Refused)  # the terminal cancelled: nothing charged
    assert words in prompts.shown()
    assert error.code == key and words in error.message
    assert journal[0][1]["result_code"] == code


def test_credit_is_a_refund(store: TillStore) -> None:
    peer = PointPeer()

    async def scenario() -> Any:
        point = await paired(store, peer)
        outcome = await point.charge(payment(point, 50_00, CardPaymentKind.CREDIT), Prompts())
        await peer.stop()
        return outcome

    assert isinstance(run(scenario()), Approved)
    assert "CREDIT" in peer.commands()


def test_a_dropped_connection_is_unknown_then_learned_from_last_tran(store: TillStore) -> None:
    peer = PointPeer(drop_capture=True)

    async def scenario() -> tuple[Any, Any]:
        point = await paired(store, peer)
        sale = payment(point, 99_00)
        first = await point.charge(sale, Prompts())
        learned = await point.learn(sale)
        other = payment(point, 99_00)  # another invoice: the record is not ours
        not_ours = await point.learn(other)
        await peer.stop()
        return first, learned, not_ours

    first, learned, not_ours = run(scenario())
    assert isinstance(first, Unknown) and not first.answered
    assert isinstance(learned, Approved) and learned.amount == 99_00
    assert isinstance(not_ours, Refused)
    assert peer.commands().count("CAPTURE") == 1  # learned, never resent
    assert peer.commands().count("LAST_TRAN") == 2


def test_a_busy_terminal_cannot_tell_yet(store: TillStore) -> None:
    peer = PointPeer(drop_capture=True, busy_last_tran=True)

    async def scenario() -> None:
        point = await paired(store, peer)
        sale = payment(point)
        assert isinstance(await point.charge(sale, Prompts()), Unknown)
        with pytest.raises(TerminalUnavailable):
            await point.learn(sale)
        await peer.stop()

    run(scenario())


def test_void_by_ctroutd_and_its_doubt_learned(store: TillStore) -> None:
    peer = PointPeer()

    async def scenario() -> tuple[Any, Any]:
        point = await paired(store, peer)
        sale = payment(point, 20_00)
        approved = await point.charge(sale, Prompts())
        assert isinstance(approved, Approved)
        intent = ReversalIntent(
            requested_at=datetime.now(UTC),
            orig_trx_seq_cnt=approved.slip.trx_seq_cnt,
            amount=20_00,
            reason="no control code",
        )
        pending = sale.with_state(CardPaymentState.REVERSAL_PENDING, reversal=intent)
        reversed_ = await point.reverse(pending)
        learned = await point.learn_reversal(pending)
        await peer.stop()
        return reversed_, learned

    reversed_, learned = run(scenario())
    assert isinstance(reversed_, Reversed) and isinstance(learned, Reversed)
    void = next(r for r in peer.received if r.command == "VOID")
    assert void.fields["ctroutd"] == "900001"


def test_the_void_is_written_ahead_by_checkout(store: TillStore) -> None:
    from till.checkout.card_tender import CardTender

    peer = PointPeer()
    seen: list[CardPaymentState] = []

    async def in_store(fn: Any, *args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    def at_void(counter: int) -> None:
        if peer.received[-1].command == "VOID":
            (saved,) = store.card_payments_for_sale("s9")
            seen.append(saved.state)

    async def scenario() -> CardPayment:
        point = await paired(store, peer)
        peer.on_authenticated = at_void
        tender = CardTender(
            store=store,
            terminal=point,
            register_id=REGISTER,
            in_store=in_store,
            clock=lambda: datetime.now(UTC),
        )
        paid = await tender.pay("s9", 75_00, Prompts())
        done = await tender.reverse(paid, reason="no control code")
        await peer.stop()
        return done

    done = run(scenario())
    assert done.state is CardPaymentState.REVERSED
    assert seen == [CardPaymentState.REVERSAL_PENDING]


# -- the listener ---------------------------------------------------------------------------


def test_the_listener_port_taken_is_said_plainly(store: TillStore) -> None:
    peer = PointPeer()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = squatter.getsockname()[1]

        async def scenario() -> None:
            point = await paired(store, peer, listener_port=taken)
            with pytest.raises(ListenerPortTaken) as caught:
                await point.charge(payment(point), Prompts())
            assert caught.value.code == "point_listener_port_taken"
            assert str(taken) in caught.value.message and "taken" in caught.value.message
            await peer.stop()

        run(scenario())
    assert "START" not in peer.commands()  # nothing was sent: nothing charged


def test_the_reference_names_the_invoice(store: TillStore) -> None:
    peer = PointPeer(ports={"primary": 1, "secondary": 2})
    point = terminal(store, peer)
    ref = point.prepare(CardPaymentKind.PURCHASE, 100, 1)
    assert point.describe(ref) == f"INVOICE {ref.values['invoice']}"
    assert point.used_counter(TerminalReference(ref.values)) is None


def test_no_transaction_on_record_means_not_charged(store: TillStore) -> None:
    peer = PointPeer()

    async def scenario() -> Any:
        point = await paired(store, peer)
        outcome = await point.learn(payment(point))
        await peer.stop()
        return outcome

    assert isinstance(run(scenario()), Refused)


def test_the_adapter_imports_no_ui_and_no_store() -> None:
    import ast

    root = Path(__file__).resolve().parent.parent / "till" / "adapters" / "point"
    found: set[str] = set()
    for path in root.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
    assert "till.protocols.point" in found  # the check sees imports
    forbidden = ("till.ui", "till.store", "PySide6", "till.adapters.wallee")
    assert [name for name in found if name.startswith(forbidden)] == []


def test_the_listener_survives_an_unreadable_message() -> None:
    got: list[Any] = []

    async def send(port: int, data: bytes) -> None:
        _reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(data)
        await writer.drain()
        writer.close()

    async def scenario() -> None:
        server = NotificationServer("127.0.0.1", 0, got.append)
        port = await server.start()
        await send(port, b"<RESPONSE><RESULT_CODE>1</RESULT_CODE><!DOCTYPE x>")
        await send(port, response_bytes())
        for _ in range(100):
            if got:
                break
            await asyncio.sleep(0.02)
        await server.close()

    run(scenario())
    assert len(got) == 1 and got[0].asks_id_check


def response_bytes() -> bytes:
    return response(1, "OK", "Klarna ID check", secondary_data=57, detailed_status=170)


def test_a_card_tender_on_a_point_only_register_names_no_payment_type(store: TillStore) -> None:
    """Klarna is asked for by name; a card payment (a register with Point only) leaves the
    payment type to the card the customer presents."""
    peer = PointPeer()

    async def scenario() -> Any:
        point = await paired(store, peer)
        outcome = await point.charge(payment(point, 99_00, tender=Tender.CARD), Prompts())
        await point.close()
        await peer.stop()
        return outcome

    assert isinstance(run(scenario()), Approved)
    capture = next(r for r in peer.received if r.command == "CAPTURE")
    assert capture.fields.get("payment_type") is None
