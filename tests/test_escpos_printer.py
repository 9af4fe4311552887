"""An ESC/POS printer on the network (a fake one on localhost, tests/fake_escpos.py) behind
checkout: the drawer opens on cash and not on card, a printer out of paper leaves the receipt
stored and unprinted, and the Ctrl+U path prints it once the paper is back."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest
from fake_escpos import COVER_OPEN, PAPER_OUT, READY, FakeEscPosPrinter
from fake_terminal import FakeTerminal, approve
from shop_examples import PRODUCTS, SHOP
from test_checkout_ports import FakeControlUnit, Prompts

import till.adapters.escpos.printer as escpos_printer
from till.adapters.escpos import EscPosPrinter
from till.adapters.escpos.transport import NetworkTransport
from till.adapters.print_spooler import PrinterError
from till.checkout.events import PrinterState, PrinterStatus, ReceiptCompleted
from till.checkout.register import Checkout
from till.core.receipt import PrintLine
from till.store import TillStore

DRAWER_KICK = b"\x1b\x70\x00\x19\xfa"  # ESC p 0 25 250
DRAWER_KICK_NOW = b"\x10\x14\x01\x00\x01"  # DLE DC4 1 0 1: real time, works while offline
PARTIAL_CUT = b"\x1d\x56\x42\x03"
MILK = "Mjölk 1,5 l".encode("cp858")


def run(main):
    return asyncio.run(asyncio.wait_for(main(), 30))


async def with_checkout(tmp_path, body, *, terminal=None):
    fake = FakeEscPosPrinter()
    port = await fake.start()
    printer = EscPosPrinter(NetworkTransport("127.0.0.1", port, timeout=2.0), timeout=5.0)
    store = TillStore.open(tmp_path / "till.db")
    store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
    checkout = Checkout(
        store=store,
        control_unit=FakeControlUnit(),
        shop=SHOP,
        terminal=terminal,
        printer=printer,
        clock=lambda: datetime(2026, 11, 29, 12, 0).astimezone(),
    )
    events: list = []
    checkout.subscribe(events.append)
    printer.on_status = checkout.publish_status
    try:
        return await body(checkout, fake, events, store)
    finally:
        await checkout.close()
        await printer.close()
        store.close()
        await fake.stop()


def test_a_cash_sale_opens_the_drawer_and_prints_the_receipt(tmp_path):
    async def body(checkout, fake, events, store):
        await checkout.enter("7310865004703")
        receipt = await checkout.pay_cash(10000)
        data = bytes(fake.received)
        assert data.count(DRAWER_KICK) == 1
        assert data.index(DRAWER_KICK) < data.index(MILK)  # the drawer first, then paper
        assert MILK in data
        # The cut, then the status asked again (did the paper last the receipt?).
        assert data.endswith(PARTIAL_CUT + b"\x10\x04\x01\x10\x04\x02\x10\x04\x04")
        assert store.is_printed(receipt)
        assert await checkout.unprinted_originals() == []
        (done,) = [e for e in events if isinstance(e, ReceiptCompleted)]
        assert done.printed
        assert PrinterStatus(PrinterState.READY) in events

    run(lambda: with_checkout(tmp_path, body))


def test_a_card_sale_does_not_open_the_drawer(tmp_path):
    terminal = FakeTerminal()
    terminal.charges.append(approve)

    async def body(checkout, fake, events, store):
        await checkout.enter("7310865004703")
        receipt = await checkout.pay_card(Prompts())
        data = bytes(fake.received)
        assert receipt is not None and store.is_printed(receipt)
        assert MILK in data
        assert DRAWER_KICK not in data and DRAWER_KICK_NOW not in data

    run(lambda: with_checkout(tmp_path, body, terminal=terminal))


def test_out_of_paper_the_receipt_is_kept_and_printed_when_the_paper_is_back(tmp_path):
    async def body(checkout, fake, events, store):
        fake.status = dict(PAPER_OUT)
        await checkout.enter("7310865004703")
        receipt = await checkout.pay_cash(10000)  # the sale is done all the same
        data = bytes(fake.received)
        assert MILK not in data  # nothing was sent to a printer without paper
        assert DRAWER_KICK_NOW in data  # the change is given: the drawer opened regardless
        (done,) = [e for e in events if isinstance(e, ReceiptCompleted)]
        assert not done.printed
        assert isinstance(done.print_error, PrinterError)
        assert done.print_error.code == "printer_out_of_paper"
        assert str(done.print_error) == "The printer is out of paper."
        statuses = [e for e in events if isinstance(e, PrinterStatus)]
        assert statuses[-1] == PrinterStatus(PrinterState.PAPER_OUT, done.print_error)
        assert [r.sequence_number for r in store.receipts()] == [receipt.sequence_number]
        assert await checkout.unprinted_originals() == [receipt]

        fake.status = dict(READY)  # a new roll: Ctrl+U prints the original
        (unprinted,) = await checkout.unprinted_originals()
        await checkout.print_original(unprinted)
        assert MILK in bytes(fake.received)
        assert await checkout.unprinted_originals() == []
        assert events[-1] == PrinterStatus(PrinterState.READY)

    run(lambda: with_checkout(tmp_path, body))


def test_paper_that_runs_out_during_the_receipt_leaves_it_unprinted(tmp_path):
    async def body(checkout, fake, events, store):
        answered = 0

        # Ready for the drawer's and the receipt's status (3 bytes each), then out of paper:
        # the roll ran out while the receipt printed.
        class Switching(dict):
            def __getitem__(self, n):
                nonlocal answered
                answered += 1
                return (READY if answered <= 6 else PAPER_OUT)[n]

        fake.status = Switching(READY)
        await checkout.enter("7310865004703")
        receipt = await checkout.pay_cash(10000)
        assert MILK in bytes(fake.received)
        assert await checkout.unprinted_originals() == [receipt]

    run(lambda: with_checkout(tmp_path, body))


@pytest.mark.parametrize(
    ("status", "code", "state"),
    [
        (PAPER_OUT, "printer_out_of_paper", PrinterState.PAPER_OUT),
        (COVER_OPEN, "printer_cover_open", PrinterState.COVER_OPEN),
        ({1: 0x1A, 2: 0x12, 4: 0x12}, "printer_offline", PrinterState.OFFLINE),
    ],
)
def test_each_status_is_its_own_error_and_state(status, code, state):
    async def main():
        fake = FakeEscPosPrinter()
        port = await fake.start()
        fake.status = dict(status)
        printer = EscPosPrinter(NetworkTransport("127.0.0.1", port))
        try:
            with pytest.raises(PrinterError) as raised:
                await printer.print_layout([PrintLine("x")], file_name="x", doc_name="x")
            assert raised.value.code == code
            assert printer.status.state is state
            assert (await printer.query_status()).state is state
        finally:
            await printer.close()
            await fake.stop()

    run(main)


def test_a_printer_that_is_off_is_not_connected():
    async def main():
        fake = FakeEscPosPrinter()
        port = await fake.start()
        await fake.stop()  # nothing listens there now
        printer = EscPosPrinter(NetworkTransport("127.0.0.1", port, timeout=1.0))
        with pytest.raises(PrinterError) as raised:
            await printer.print_layout([PrintLine("x")], file_name="x", doc_name="x")
        assert raised.value.code == "printer_not_connected"
        assert "127.0.0.1" in str(raised.value)
        assert printer.status.state is PrinterState.NOT_CONNECTED
        await printer.close()

    run(main)


def test_a_printer_that_does_not_answer_its_status(monkeypatch):
    monkeypatch.setattr(escpos_printer, "STATUS_WAIT", 0.2)

    async def main():
        fake = FakeEscPosPrinter()
        port = await fake.start()
        fake.status = None
        printer = EscPosPrinter(NetworkTransport("127.0.0.1", port))
        try:
            with pytest.raises(PrinterError) as raised:
                await printer.print_layout([PrintLine("åäö")], file_name="x", doc_name="x")
            assert raised.value.code == "printer_no_answer"
            assert "åäö".encode("cp858") not in bytes(fake.received)
        finally:
            await printer.close()
            await fake.stop()

    run(main)


def test_the_drawer_without_a_sale_opens_through_the_printer(tmp_path):
    async def body(checkout, fake, events, store):
        checkout.manager.approve = _approved  # the manager's PIN is another test's matter
        await checkout.open_drawer("change for the safe")
        assert bytes(fake.received).endswith(DRAWER_KICK)

    run(lambda: with_checkout(tmp_path, body))


async def _approved(*args, **kwargs) -> None:
    return None
