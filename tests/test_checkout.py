"""The sale workflow against a real store and a real control-unit client on a loopback simulator.

No control code, no sale (SKVFS 2014:9 4 kap. 9 §; CCU document 11.3): on any CCU error no
receipt is written, the sale stays open, also across a restart, and a retry keeps the series
unbroken.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from ccu_support import with_simulator
from shop_examples import PRODUCTS, SHOP

from till.adapters.control_unit import ControlUnitClient
from till.checkout.events import ControlUnitState, ControlUnitStatus, ReceiptCompleted
from till.checkout.register import Checkout
from till.core.errors import TillError
from till.core.receipt import PaymentMethod, ShopIdentity
from till.core.sale import SaleError
from till.protocols.ccu.errors import ControlUnitError
from till.simulators.ccu import CcuSimulator, FailureMode
from till.store import StoreError, TillStore


class PrinterSpy:
    def __init__(self, fail: bool = False) -> None:
        self.printed: list = []
        self.fail = fail

    async def print_receipt(self, receipt) -> None:
        if self.fail:
            raise TillError("The printer is out of paper.")
        self.printed.append(receipt)


class Rig:
    """One till: store file, simulator, client, checkout. Reopenable to simulate a restart."""

    def __init__(self, db: Path, simulator: CcuSimulator, port: int, printer: PrinterSpy) -> None:
        self.db, self.simulator, self.port, self.printer = db, simulator, port, printer
        self.store = TillStore.open(db)
        self.store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        self.events: list = []
        self.checkout = self._checkout()

    def _checkout(self) -> Checkout:
        client = ControlUnitClient(
            "127.0.0.1",
            self.port,
            application_id="till-test",
            connect_timeout=1.0,
            answer_timeout=0.5,
        )
        checkout = Checkout(
            store=self.store,
            control_unit=client,
            shop=SHOP,
            printer=self.printer,
            clock=lambda: datetime(2026, 11, 21, 14, 5).astimezone(),
        )
        checkout.subscribe(self.events.append)
        return checkout

    async def restart(self) -> None:
        """Like a power cut: drop the objects without a clean close, open everything anew."""
        await self.checkout.close()
        self.store = TillStore.open(self.db)
        self.checkout = self._checkout()
        await self.checkout.resume()


def run_with_till(tmp_path: Path, scenario, *, printer: PrinterSpy | None = None) -> None:
    async def go(simulator: CcuSimulator, port: int) -> None:
        rig = Rig(tmp_path / "till.db", simulator, port, printer or PrinterSpy())
        try:
            await scenario(rig)
        finally:
            await rig.checkout.close()
            rig.store.close()

    with_simulator(go, delay=2.0)


async def ring_up(checkout: Checkout) -> None:
    await checkout.enter("7310865004703")  # barcode: 21,50
    await checkout.enter("3*30")  # 3 x 19,00 = 57,00
    await checkout.enter("1,250*1")  # 1,250 kg x 24,90 = 31,125 -> 31,13


def test_a_cash_sale_end_to_end(tmp_path):
    async def scenario(rig: Rig) -> None:
        await ring_up(rig.checkout)
        assert rig.checkout.sale.total == 10963
        receipt = await rig.checkout.pay_cash(50000)

        assert receipt.sequence_number == 1
        assert receipt.rounding == 37 and receipt.to_pay == 11000
        assert receipt.payments[0].method is PaymentMethod.CASH
        assert receipt.payments[0].change == 39000
        assert len(receipt.control.code) == 59 and receipt.control.ctuid == "ISCCUSE0000000000"
        assert rig.store.receipt(SHOP.register_id, 1) == receipt
        assert rig.printer.printed == [receipt]
        assert rig.checkout.sale.is_empty and rig.store.load_open_sale(SHOP.register_id) is None
        # What the control unit was told matches the receipt (CCU document section 9).
        sent = rig.simulator.requests[-1]
        assert sent["SequenceNumber"] == "1"
        assert sent["SaleAmount"] == "109,63"
        assert sent["ManRegisterID"] == SHOP.register_id and sent["DateTime"] == "202611211405"
        completed = [e for e in rig.events if isinstance(e, ReceiptCompleted)]
        assert completed and completed[0].printed
        kinds = [row.kind for row in rig.store.journal_rows()]
        assert kinds.count("item_added") == 3
        # Written ahead: the request before it is sent, its code before the receipt, the drawer
        # with the receipt, the original's print after it came off the printer (issue 7).
        assert kinds[-6:] == [
            "control_code_requested",
            "control_code_received",
            "sale_finished",
            "receipt",
            "drawer_opened",
            "original_printed",
        ]
        second = await _one_more_sale(rig.checkout)
        assert second.sequence_number == 2

    run_with_till(tmp_path, scenario)


async def _one_more_sale(checkout: Checkout):
    await checkout.enter("20")
    return await checkout.pay_cash(3500)


@pytest.mark.parametrize(
    "mode", [FailureMode.HTTP_920, FailureMode.REFUSE_130, FailureMode.HTTP_412]
)
def test_no_control_code_no_receipt_and_the_sale_survives_a_restart(tmp_path, mode):
    """The control unit answered no: nothing was registered, the number is free again."""

    async def scenario(rig: Rig) -> None:
        await ring_up(rig.checkout)
        rig.simulator.mode = mode
        with pytest.raises(ControlUnitError) as caught:
            await rig.checkout.pay_cash(20000)
        assert caught.value.message  # a sentence for the cashier
        assert not caught.value.answer_lost
        assert list(rig.store.receipts()) == []
        assert len(rig.checkout.sale.lines) == 3
        assert rig.checkout.snapshot().registering is None  # not frozen: it can change
        status = [e for e in rig.events if isinstance(e, ControlUnitStatus)][-1]
        assert status.state is ControlUnitState.OFFLINE
        assert "control_code_failed" in [r.kind for r in rig.store.journal_rows()]

        await rig.restart()
        assert [line.name for line in rig.checkout.sale.lines] == [
            "Mjölk 1,5 l",
            "Tygkasse",
            "Bananer",
        ]
        rig.simulator.mode = FailureMode.OK
        receipt = await rig.checkout.pay_cash(20000)
        assert receipt.sequence_number == 1  # the failed try took no number
        assert receipt.total == 10963

    run_with_till(tmp_path, scenario)


@pytest.mark.parametrize("mode", [FailureMode.DROP, FailureMode.SLOW, FailureMode.GARBAGE])
def test_a_lost_answer_is_asked_again_with_the_same_data_even_after_a_restart(tmp_path, mode):
    """Sent, but no usable answer: the unit may hold the receipt. The sale is frozen, no
    offline mode is offered, and the retry (also after a restart) sends the very same request
    (issue 7.3), so the control unit never sees two receipts under one number."""

    async def scenario(rig: Rig) -> None:
        await ring_up(rig.checkout)
        rig.simulator.mode = mode
        with pytest.raises(ControlUnitError) as caught:
            await rig.checkout.pay_cash(20000)
        assert caught.value.answer_lost and not caught.value.is_offline
        assert rig.checkout.snapshot().registering == 1
        assert "control_code_unknown" in [r.kind for r in rig.store.journal_rows()]
        with pytest.raises(SaleError, match="control unit"):
            await rig.checkout.enter("30")  # frozen
        with pytest.raises(SaleError, match="control unit"):
            await rig.checkout.void_sale()
        with pytest.raises(SaleError, match="control unit"):
            await rig.checkout.pay_cash(50000)  # no new tender either: F8 finishes it

        await rig.restart()
        assert rig.checkout.snapshot().registering == 1
        first = dict(rig.simulator.requests[-1])
        rig.simulator.mode = FailureMode.OK
        receipt = await rig.checkout.finish_sale()
        assert receipt.sequence_number == 1 and receipt.total == 10963
        assert receipt.payments[0].tendered == 20000  # the tender of the first try
        assert rig.simulator.requests[-1] == first  # the same data, the same request id
        assert rig.checkout.snapshot().registering is None and rig.checkout.sale.is_empty
        assert (await _one_more_sale(rig.checkout)).sequence_number == 2

    run_with_till(tmp_path, scenario)


def test_a_receipt_in_flight_waits_out_an_unreachable_unit_but_not_a_refusal(tmp_path):
    """After a lost answer the unit may hold the receipt: a retry that cannot reach it (HTTP
    920) keeps the receipt in flight and no cash invoice replaces it; a retry the unit refuses
    (ResponseCode 130) is its no to this very receipt, and the sale is free again."""

    async def scenario(rig: Rig) -> None:
        await ring_up(rig.checkout)
        rig.simulator.mode = FailureMode.DROP
        with pytest.raises(ControlUnitError):
            await rig.checkout.pay_cash(20000)
        rig.simulator.mode = FailureMode.HTTP_920
        with pytest.raises(ControlUnitError) as caught:
            await rig.checkout.finish_sale()
        assert caught.value.is_offline
        assert rig.checkout.snapshot().registering == 1
        with pytest.raises(SaleError, match="control unit"):
            await rig.checkout.go_offline("the unit is out")
        rig.simulator.mode = FailureMode.REFUSE_130
        with pytest.raises(ControlUnitError):
            await rig.checkout.finish_sale()
        assert rig.checkout.snapshot().registering is None
        await rig.checkout.enter("30")  # it can change again
        rig.simulator.mode = FailureMode.OK
        receipt = await rig.checkout.pay_cash(20000)
        assert receipt.sequence_number == 1 and receipt.total == 10963 + 1900

    run_with_till(tmp_path, scenario)


def test_a_store_failure_after_the_code_stores_that_receipt_on_retry(tmp_path, monkeypatch):
    """The code came back, then the disk failed: the retry stores the receipt with the code
    that came back, and the control unit is not asked again (issue 7.3)."""

    async def scenario(rig: Rig) -> None:
        await ring_up(rig.checkout)

        def disk_full(receipt, **kw) -> None:
            raise StoreError("The disk is full: the receipt was NOT saved.")

        monkeypatch.setattr(rig.store, "store_receipt", disk_full)
        with pytest.raises(StoreError):
            await rig.checkout.pay_cash(20000)
        assert len(rig.checkout.sale.lines) == 3
        assert rig.checkout.snapshot().registering == 1
        with pytest.raises(SaleError):
            await rig.checkout.remove_line(1)  # the receipt is decided: the sale is frozen
        asked = len(rig.simulator.requests)
        monkeypatch.undo()
        receipt = await rig.checkout.finish_sale()
        assert receipt.sequence_number == 1
        assert len(rig.simulator.requests) == asked
        code = [r for r in rig.store.journal_rows() if r.kind == "control_code_received"]
        assert receipt.control.code == code[-1].data["control_code"]

    run_with_till(tmp_path, scenario)


def test_the_database_refuses_another_receipt_under_an_answered_number(tmp_path):
    """A trigger, not only the checkout: once the unit answered for number 1, only that
    receipt can be stored as number 1."""
    from dataclasses import replace

    from till.core.receipt import ControlCode

    async def scenario(rig: Rig) -> None:
        await ring_up(rig.checkout)
        receipt = await rig.checkout.pay_cash(20000)
        db = tmp_path / "other.db"
        store = TillStore.open(db)
        try:
            paper = replace(receipt, control=None)
            registration = store.begin_registration(paper)
            store.answer_registration(registration, ControlCode("X" * 17, "A" * 59))
            with pytest.raises(StoreError):
                store.store_receipt(replace(receipt, control=ControlCode("X" * 17, "B" * 59)))
            store.store_receipt(replace(receipt, control=ControlCode("X" * 17, "A" * 59)))
            assert store.open_registration(SHOP.register_id) is None
        finally:
            store.close()

    run_with_till(tmp_path, scenario)


def test_a_printer_failure_does_not_undo_the_sale(tmp_path):
    async def scenario(rig: Rig) -> None:
        await rig.checkout.enter("30")
        receipt = await rig.checkout.pay_cash(1900)
        assert rig.store.receipt(SHOP.register_id, receipt.sequence_number) is not None
        done = [e for e in rig.events if isinstance(e, ReceiptCompleted)][-1]
        assert not done.printed and "paper" in str(done.print_error)

    run_with_till(tmp_path, scenario, printer=PrinterSpy(fail=True))


def test_entry_mistakes_are_plain_errors(tmp_path):
    async def scenario(rig: Rig) -> None:
        with pytest.raises(SaleError) as no_product:
            await rig.checkout.enter("999")
        assert no_product.value.code == "no_such_product"
        assert no_product.value.params == {"product_code": "999"}
        with pytest.raises(SaleError):
            await rig.checkout.enter("1,5*30")  # pieces are whole
        with pytest.raises(SaleError):
            await rig.checkout.enter("hello world")
        with pytest.raises(SaleError, match="nothing to pay"):
            await rig.checkout.pay_cash(100)
        await rig.checkout.enter("30")
        with pytest.raises(SaleError, match="less than"):
            await rig.checkout.pay_cash(1800)
        assert list(rig.store.receipts()) == []

    run_with_till(tmp_path, scenario)


def test_lines_change_and_a_void_is_journaled(tmp_path):
    async def scenario(rig: Rig) -> None:
        line = await rig.checkout.enter("30")
        await rig.checkout.set_quantity(line.line_no, 2000)
        await rig.checkout.set_discount(line.line_no, 500)
        assert rig.checkout.sale.total == 3300
        other = await rig.checkout.enter("11")
        await rig.checkout.remove_line(other.line_no)
        saved = rig.store.load_open_sale(SHOP.register_id)
        assert saved is not None and saved.lines == rig.checkout.sale.lines
        await rig.checkout.void_sale()
        assert rig.checkout.sale.is_empty and rig.store.load_open_sale(SHOP.register_id) is None
        kinds = [r.kind for r in rig.store.journal_rows()]
        for kind in ("quantity_changed", "discount_set", "item_removed", "sale_voided"):
            assert kind in kinds

    run_with_till(tmp_path, scenario)


def test_the_status_bar_learns_the_gateway_state_without_a_request(tmp_path):
    async def scenario(rig: Rig) -> None:
        watcher = asyncio.create_task(rig.checkout.watch_control_unit(interval=0.05))
        try:
            await asyncio.sleep(0.2)
            assert rig.checkout.control_unit_status.state is ControlUnitState.ONLINE
            await rig.simulator.stop()
            await asyncio.sleep(0.3)
            status = rig.checkout.control_unit_status
            assert status.state is ControlUnitState.OFFLINE and status.message
        finally:
            watcher.cancel()
        assert rig.simulator.requests == []  # a probe never uses a receipt number
        assert list(rig.store.receipts()) == []

    run_with_till(tmp_path, scenario)


def test_data_the_control_unit_would_refuse_is_never_sent(tmp_path):
    async def scenario(rig: Rig) -> None:
        rig.checkout.shop = ShopIdentity("X", "12345", "Y", SHOP.register_id)  # OrgNr too short
        await rig.checkout.enter("30")
        with pytest.raises(TillError, match="OrgNr"):
            await rig.checkout.pay_cash(1900)
        assert rig.simulator.bodies == [] and list(rig.store.receipts()) == []
        assert rig.checkout.control_unit_status.state is not ControlUnitState.OFFLINE
        assert [r.kind for r in rig.store.journal_rows()][-1] == "control_code_failed"

    run_with_till(tmp_path, scenario)
