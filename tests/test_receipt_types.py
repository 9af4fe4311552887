"""Swedish receipt types end to end (issue 4): copies, training, pro forma, returns, offline
cash invoices, the drawer and the manager's PIN, through a real store and the CCU simulator."""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from shop_examples import PRODUCTS, SHOP

from till.adapters.control_unit import ControlUnitClient
from till.checkout.copies import print_copy
from till.checkout.manager import NotApproved
from till.checkout.register import Checkout
from till.core.receipt import PaymentMethod, ReceiptType, receipt_layout
from till.core.sale import SaleError, SaleKind
from till.simulators.ccu import CcuSimulator, FailureMode
from till.store import TillStore

PIN = "4711"


class Manager:
    """Answers the PIN prompt as told, and remembers what it was asked for."""

    def __init__(self, pin: str | None = PIN) -> None:
        self.pin = pin
        self.asked: list[tuple[str, bool]] = []

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
        self.asked.append((action, first_time))
        return self.pin


class Printed:
    def __init__(self) -> None:
        self.receipts: list = []
        self.layouts: list = []

    async def print_receipt(self, receipt) -> None:
        self.receipts.append(receipt)
        self.layouts.append(receipt_layout(receipt))

    async def print_layout(self, lines, *, file_name: str, doc_name: str) -> None:
        self.layouts.append(lines)


class Till:
    def __init__(self, db: Path, port: int) -> None:
        self.store = TillStore.open(db)
        self.store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        self.printed = Printed()
        client = ControlUnitClient(
            "127.0.0.1", port, application_id="t", connect_timeout=0.5, answer_timeout=0.5
        )
        self.checkout = Checkout(
            store=self.store,
            control_unit=client,
            shop=SHOP,
            printer=self.printed,
            clock=lambda: datetime(2026, 11, 21, 14, 5).astimezone(),
        )
        self.manager = Manager()
        self.checkout.manager.prompt = self.manager

    def kinds(self) -> list[str]:
        return [r.kind for r in self.store.journal_rows()]


def run(tmp_path: Path, scenario) -> None:
    async def main() -> None:
        ccu = CcuSimulator()
        port = await ccu.start()
        till = Till(tmp_path / "till.db", port)
        try:
            await till.checkout.resume()
            await scenario(till, ccu)
        finally:
            await till.checkout.close()
            till.store.close()
            await ccu.stop()

    asyncio.run(main())


async def sell(till: Till, *codes: str, cash: int = 100_000):
    for code in codes:
        await till.checkout.enter(code)
    return await till.checkout.pay_cash(cash)


def marked(layout, words: str) -> int:
    """How often `words` is printed in double size (at least twice the amount text)."""
    return sum(1 for line in layout if line.text == words and line.size >= 2)


def test_one_copy_with_its_own_control_code(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        receipt = await sell(till, "7310865004703", "3*30")
        copy = await print_copy(till.checkout, "1")
        sent = ccu.requests[-1]
        assert sent["ReceiptType"] == "kopia" and sent["SequenceNumber"] == "1"
        assert sent["SaleAmount"] == "78,50"
        assert copy.control.code != receipt.control.code and len(copy.control.code) == 59
        assert till.store.copy_of(receipt.ref) == copy
        layout = till.printed.layouts[-1]
        assert marked(layout, "KOPIA") == 2
        assert any(copy.control.code == line.text for line in layout)
        with pytest.raises(SaleError, match="already has its copy"):
            await print_copy(till.checkout, receipt.ref.code)  # scanned, same receipt
        assert till.kinds().count("receipt_copy") == 1
        assert till.store.next_sequence_number(SHOP.register_id) == 2  # a copy takes no number

    run(tmp_path, scenario)


def test_training_receipts_go_to_the_ccu_as_ovning_and_charge_no_card(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        await till.checkout.set_training(True)
        assert till.manager.asked == [("training mode on", True)]  # first time: PIN is set
        receipt = await sell(till, "20")
        assert receipt.receipt_type is ReceiptType.TRAINING
        assert ccu.requests[-1]["ReceiptType"] == "ovning"
        assert marked(till.printed.layouts[-1], "ÖVNINGSKVITTO") == 2
        await till.checkout.enter("30")
        card = await till.checkout.pay_card(prompts=None)  # no terminal at all: nothing charged
        assert card.payments[0].method is PaymentMethod.CARD
        assert card.payments[0].card.app_label == "ÖVNING"
        await till.checkout.set_training(False)
        assert [a for a, _ in till.manager.asked] == ["training mode on", "training mode off"]
        assert till.store.modes(SHOP.register_id).training is False
        normal = await sell(till, "20")
        assert normal.receipt_type is ReceiptType.NORMAL and normal.sequence_number == 3
        assert till.kinds().count("training_mode") == 2

    run(tmp_path, scenario)


def test_pro_forma_is_not_a_sale_and_the_sale_stays_open(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        await till.checkout.enter("7310865004703")
        profo = await till.checkout.pro_forma()
        assert profo.receipt_type is ReceiptType.PRO_FORMA and profo.payments == ()
        assert ccu.requests[-1]["ReceiptType"] == "profo"
        assert marked(till.printed.layouts[-1], "EJ KVITTO") == 2
        assert len(till.checkout.sale.lines) == 1
        saved = till.store.load_open_sale(SHOP.register_id)
        assert saved is not None and saved.sale_id == till.checkout.sale.sale_id
        receipt = await till.checkout.pay_cash(5000)
        assert receipt.receipt_type is ReceiptType.NORMAL and receipt.sequence_number == 2

    run(tmp_path, scenario)


def test_a_return_against_a_receipt_refunds_with_negative_vat(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        original = await sell(till, "7310865004703", "3*30", "1,250*1")
        await till.checkout.start_return(original.ref.code)  # scanned off the paper
        assert till.manager.asked[-1][0] == "return"
        await till.checkout.enter("30")  # scanning takes one piece off the original
        await till.checkout.return_item(0)  # all that is left of the milk line
        with pytest.raises(SaleError) as too_many:
            await till.checkout.return_item(1, 3000)  # only 2 bags are left
        assert too_many.value.code == "return_more_than_left"
        assert too_many.value.params["quantity"] == "2"
        with pytest.raises(SaleError):
            await till.checkout.pay_cash(0)  # a return is paid back, not paid
        refund = await till.checkout.refund_cash()
        assert refund.kind is SaleKind.RETURN and refund.original == original.ref
        assert refund.total == -(2150 + 1900) and refund.rounding == -50  # 40,50 -> 41 kr
        assert refund.payments[0].amount == -4100
        sent = ccu.requests[-1]
        assert sent["RefundAmount"] == "40,50" and "SaleAmount" not in sent
        assert sent["VAT1/Amount"] == "-3,80" and sent["VAT2/Amount"] == "-2,30"
        layout = till.printed.layouts[-1]
        assert any(line.text == "RETUR" for line in layout)
        assert till.kinds()[-3:] == ["receipt", "drawer_opened", "original_printed"]
        assert till.store.journal_rows()[-2].data["reason"] == "cash refund"

        await till.checkout.start_return("1")
        left = {pos: n for pos, _, n in till.checkout.returnable()}
        assert left == {0: 0, 1: 2000, 2: 1250}
        with pytest.raises(SaleError):
            await till.checkout.return_item(0, 1000)  # the milk is back already

    run(tmp_path, scenario)


def test_a_return_cannot_start_over_an_open_sale_or_without_a_manager(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        await sell(till, "20")
        await till.checkout.enter("20")
        with pytest.raises(SaleError, match="open sale"):
            await till.checkout.start_return("1")
        await till.checkout.void_sale()
        till.manager.pin = None  # the cashier cancels the PIN prompt
        with pytest.raises(NotApproved):
            await till.checkout.start_return(None)
        assert till.checkout.sale.kind is SaleKind.SALE

    run(tmp_path, scenario)


def test_offline_mode_issues_cash_invoices_and_ends_when_the_unit_answers(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        await till.checkout.enter("20")
        ccu.mode = FailureMode.HTTP_920
        with pytest.raises(Exception) as caught:
            await till.checkout.pay_cash(5000)
        assert caught.value.is_offline
        await till.checkout.go_offline(caught.value.message)
        invoice = await till.checkout.pay_cash(5000)
        assert invoice.receipt_type is ReceiptType.CASH_INVOICE and invoice.control is None
        assert invoice.sequence_number == 1
        assert marked(till.printed.layouts[-1], "KONTANTNOTA") == 2
        assert till.store.cash_invoice(SHOP.register_id, 1) == invoice
        assert till.store.next_sequence_number(SHOP.register_id) == 1  # the series is untouched
        second = await sell(till, "30")
        assert second.receipt_type is ReceiptType.CASH_INVOICE and second.sequence_number == 2

        ccu.mode = FailureMode.OK
        back = await sell(till, "30")
        assert back.receipt_type is ReceiptType.NORMAL and back.sequence_number == 1
        assert not till.checkout.offline and not till.store.modes(SHOP.register_id).offline
        assert till.kinds().count("offline_mode") == 2

    run(tmp_path, scenario)


def test_the_drawer_without_a_sale_needs_the_manager_and_a_reason(tmp_path):
    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        with pytest.raises(SaleError, match="reason"):
            await till.checkout.open_drawer(" ")
        await till.checkout.open_drawer("change for the float")  # sets the PIN the first time
        row = till.store.journal_rows()[-1]
        assert row.kind == "drawer_opened" and row.data["reason"] == "change for the float"
        till.manager.pin = "0000"
        for _ in range(5):
            with pytest.raises(NotApproved, match="Wrong"):
                await till.checkout.open_drawer("again")
        till.manager.pin = PIN
        with pytest.raises(NotApproved, match="Too many"):  # locked for a while
            await till.checkout.open_drawer("again")
        assert till.kinds().count("manager_refused") == 5

    run(tmp_path, scenario)


def test_a_cancelled_return_and_a_voided_training_sale_are_not_unfinished_sales(tmp_path):
    from till.core.report import ReportKind

    async def scenario(till: Till, ccu: CcuSimulator) -> None:
        await sell(till, "20")
        await till.checkout.start_return("1")
        await till.checkout.void_sale()  # an empty return can be cancelled
        assert till.checkout.sale.kind is SaleKind.SALE
        await till.checkout.set_training(True)
        await till.checkout.enter("20")
        await till.checkout.void_sale()
        await till.checkout.set_training(False)
        await till.checkout.enter("30")
        await till.checkout.void_sale()  # a real unfinished sale
        data = till.store.report_input(
            SHOP, kind=ReportKind.X, produced_at=till.checkout.now(), change_fund=0
        )
        assert [v.total for v in data.voided_sales] == [1900]

    run(tmp_path, scenario)
