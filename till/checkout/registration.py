"""Registering a sale: the receipt-to-be saved with its control-code request before the request
goes out, the code saved before the receipt is stored, the original marked once printed
(DESIGN.md, the data flow of a sale written ahead; store/registrations.py).

A lost answer keeps the request in flight: the sale is frozen and a retry asks with the very
same data, so the control unit never sees two receipts under one number. The Registrar orders
the steps (complete) for Checkout and its other collaborators, and keeps the status bar's word
on the control unit.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from till.adapters.print_spooler import receipt_file_name
from till.checkout.context import (
    CheckoutContext,
    ControlUnit,
    ReceiptPrinter,
    open_cash_drawer,
)
from till.checkout.events import (
    NO_PRINTER,
    ControlUnitState,
    ControlUnitStatus,
    ReceiptCompleted,
)
from till.checkout.modes import Modes
from till.core.control import ControlData, ControlUnitError
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    Receipt,
    ReceiptType,
    merchant_slip_layout,
    receipt_of,
    signature_payments,
)
from till.core.sale import Sale, SaleError, SaleKind
from till.store.registrations import Registration

PRO_FORMA_NEEDS_ITEMS = Message(
    "pro_forma_needs_items",
    QT_TRANSLATE_NOOP("Errors", "A pro forma receipt needs a sale with items."),
)
PRO_FORMA_CONTROL_UNIT_OUT = Message(
    "pro_forma_control_unit_out",
    QT_TRANSLATE_NOOP("Errors", "No pro forma receipts while the control unit is out."),
)
ORIGINAL_PRINTED_ALREADY = Message(
    "original_printed_already",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The original of receipt {sequence_number} was printed already; only a copy (KOPIA) can "
        "be printed now.",
    ),
)
ORIGINAL_NOT_PRINTED = Message(
    "original_not_printed",
    QT_TRANSLATE_NOOP("Errors", "Receipt {sequence_number} did not print: {print_error}"),
)


log = logging.getLogger(__name__)


def control_data(receipt: Receipt, receipt_type: ReceiptType | None = None) -> ControlData:
    """What the control unit is asked about a receipt (CCU section 9); a copy names the
    original's number, time and amounts with ReceiptType kopia. A retry asks with exactly this
    again, built from the receipt-to-be that was saved before the first request."""
    return ControlData(
        date_time=receipt.created_at,
        org_nr=receipt.shop.org_nr,
        register_id=receipt.shop.register_id,
        sequence_number=receipt.sequence_number,
        receipt_type=receipt_type or receipt.receipt_type,
        amount=abs(receipt.total),
        vat=receipt.vat,
        refund=receipt.kind is SaleKind.RETURN,  # RefundAmount, VAT negative (CCU 11.1 note)
    )


def drawer_reason(receipt: Receipt) -> str:
    """Why the drawer opens for a receipt: it does with cash in or out, and never otherwise."""
    if not any(p.method is PaymentMethod.CASH for p in receipt.payments):
        return ""
    return "cash refund" if receipt.kind is SaleKind.RETURN else "cash sale"


class Registrar:
    """Registers the open sale as a receipt (or cash invoice) and prints it; asks the control
    unit for codes outside a sale too (a copy), and keeps the control unit's status."""

    def __init__(self, context: CheckoutContext, control_unit: ControlUnit, modes: Modes) -> None:
        self._context = context
        self._open = context.open
        self._store, self._in_store = context.store, context.in_store
        self._control_unit = control_unit
        self._modes = modes
        self.control_unit_status = ControlUnitStatus(ControlUnitState.UNKNOWN)
        self._probe_failed = False

    @property
    def _register_id(self) -> str:
        return self._context.register_id

    def _set_control_unit(self, state: ControlUnitState, message: TillError | str = "") -> None:
        self.control_unit_status = ControlUnitStatus(state, message)
        self._context.publish(self.control_unit_status)

    async def watch_control_unit(self, interval: float = 30.0) -> None:
        """Keep the status bar honest between sales: can the gateway be reached at all?

        Only a connect, never a request (a request would use a receipt number). A real request's
        answer always wins over the probe: a reachable gateway can still answer 920.
        """
        while True:
            if not self._open.paying:
                try:
                    await self._control_unit.probe()
                except ControlUnitError as error:
                    self._probe_failed = True
                    self._set_control_unit(ControlUnitState.OFFLINE, error)
                else:
                    state = self.control_unit_status.state
                    if state is ControlUnitState.UNKNOWN or self._probe_failed:
                        self._set_control_unit(ControlUnitState.ONLINE)
                    self._probe_failed = False
            await asyncio.sleep(interval)

    async def complete(
        self,
        rounding: int,
        payments: tuple[Payment, ...],
        *,
        receipt_type: ReceiptType | None = None,
        print_it: bool = True,
    ) -> Receipt:
        """Register the open sale: control code, then the receipt stored, then printed. While
        the control unit is out (offline mode) a cash invoice is stored instead. With a request
        in flight (open.registration) its saved receipt is finished, whatever was passed."""
        ctx, open_sale = self._context, self._open
        open_sale.refuse_while_paying()
        if receipt_type is None:
            receipt_type = ReceiptType.TRAINING if self._modes.training else ReceiptType.NORMAL
        open_sale.paying = True
        try:
            sale = open_sale.sale
            created_at = ctx.clock()
            if open_sale.registration is not None:
                receipt = await self._registered(open_sale.registration, retry=True)
            elif self._modes.offline and receipt_type is ReceiptType.NORMAL:
                receipt = await self._register_offline(sale, created_at, rounding, payments)
            else:
                receipt = await self._register_with_code(
                    sale, created_at, rounding, payments, receipt_type
                )
            if receipt.receipt_type is not ReceiptType.PRO_FORMA:  # a pre-bill leaves it open
                open_sale.clear()
        except BaseException:
            open_sale.paying = False
            ctx.sale_changed()  # the screen learns if the receipt is now with the unit
            raise
        open_sale.paying = False
        ctx.sale_changed()  # the next customer can start at once
        await self._open_drawer(receipt)
        if not print_it:
            return receipt
        printed, print_error = await self._print(receipt)
        ctx.publish(ReceiptCompleted(receipt, printed, print_error))
        return receipt

    async def pro_forma(self) -> Receipt:
        """A pre-bill of the open sale: EJ KVITTO, ReceiptType profo to the CCU; the sale stays
        open for payment and is not a sale in any total."""
        self._open.refuse_while_paying()
        sale = self._open.sale
        if sale.is_empty or sale.kind is SaleKind.RETURN:
            raise SaleError(PRO_FORMA_NEEDS_ITEMS)
        if self._modes.offline:
            raise SaleError(PRO_FORMA_CONTROL_UNIT_OUT)
        return await self.complete(0, (), receipt_type=ReceiptType.PRO_FORMA)

    async def _register_with_code(
        self,
        sale: Sale,
        created_at: datetime,
        rounding: int,
        payments: tuple[Payment, ...],
        receipt_type: ReceiptType,
    ) -> Receipt:
        """Save the receipt-to-be with its number before the request goes out, then ask."""
        sequence_number = await self._in_store(self._store.next_sequence_number, self._register_id)
        request_id = f"{self._register_id}_{sequence_number}_{sale.sale_id[:8]}"
        paper = self._paper(
            sale, sequence_number, receipt_type, created_at, rounding, payments, None, request_id
        )
        self._open.registration = await self._in_store(self._store.begin_registration, paper)
        return await self._registered(self._open.registration)

    async def _registered(self, registration: Registration, *, retry: bool = False) -> Receipt:
        """The saved receipt-to-be with its control code, stored. The code is asked for unless
        it came back already; a lost answer is asked again with the very same data (`retry`:
        an earlier request for it went out, and its answer was lost)."""
        if not registration.answered:
            paper = registration.receipt
            try:
                control = await self._control_code(control_data(paper), paper.request_id)
            except TillError as error:
                await self._request_failed(registration, error, retry=retry)
                raise
            # Saved before anything else: from here this number is this receipt.
            registration = await self._in_store(
                self._store.answer_registration, registration, control
            )
            self._open.registration = registration
        receipt = registration.receipt
        await self._in_store(
            self._store.store_receipt,
            receipt,
            keep_open_sale=receipt.receipt_type is ReceiptType.PRO_FORMA,
            drawer_reason=drawer_reason(receipt),
        )
        self._open.registration = None
        return receipt

    async def _request_failed(
        self, registration: Registration, error: TillError, *, retry: bool
    ) -> None:
        """A lost answer keeps the request in flight (the unit may hold the receipt). So does
        an unreachable unit on a retry: the earlier request may have got through. Any other
        failure is the unit's no to this very receipt (or it was never sent): the number is
        free again."""
        record = {"error": error.code, "message": error.message, "detail": error.detail}
        lost = isinstance(error, ControlUnitError) and (
            error.answer_lost or (retry and error.is_offline)
        )
        if lost:
            await self._journal_quietly(
                "control_code_unknown",
                {
                    "sequence_number": registration.receipt.sequence_number,
                    "request_id": registration.receipt.request_id,
                    **record,
                },
            )
            return
        try:
            await self._in_store(self._store.fail_registration, registration, record)
        except TillError:
            # Still SENT in the store: the next try sends the same data again, which is safe.
            log.exception("could not record the failed control-code request")
            return
        self._open.registration = None

    def _paper(
        self,
        sale: Sale,
        number: int,
        receipt_type: ReceiptType,
        created_at: datetime,
        rounding: int,
        payments: tuple[Payment, ...],
        control: ControlCode | None,
        request_id: str,
    ) -> Receipt:
        """The open sale as a receipt (or cash invoice) of this shop."""
        return receipt_of(
            sale,
            shop=self._context.shop,
            number=number,
            receipt_type=receipt_type,
            created_at=created_at,
            rounding=rounding,
            payments=payments,
            control=control,
            request_id=request_id,
            cashier=self._context.cashier_name(),
        )

    async def _register_offline(
        self, sale: Sale, created_at: datetime, rounding: int, payments: tuple[Payment, ...]
    ) -> Receipt:
        """Offline mode: try the control unit first (its first answer ends offline mode), and
        issue a cash invoice from the register's own series only while it stays out."""
        try:
            await self._control_unit.probe()
            receipt = await self._register_with_code(
                sale, created_at, rounding, payments, ReceiptType.NORMAL
            )
        except ControlUnitError as error:
            if not error.is_offline:
                raise
        else:
            await self._modes.back_online()
            return receipt
        number = await self._in_store(self._store.next_cash_invoice_number, self._register_id)
        invoice = self._paper(
            sale, number, ReceiptType.CASH_INVOICE, created_at, rounding, payments, None, ""
        )
        await self._in_store(
            self._store.store_cash_invoice, invoice, drawer_reason=drawer_reason(invoice)
        )
        return invoice

    async def control_code(self, data: ControlData, request_id: str) -> ControlCode:
        """Ask the control unit for a code outside a sale (a copy); the status bar follows.
        A copy takes no number, so a retry asks with the same data and nothing is held."""
        try:
            return await self._control_code(data, request_id)
        except TillError as error:
            await self._journal_quietly(
                "control_code_failed",
                {
                    "receipt_type": data.receipt_type.value,
                    "sequence_number": data.sequence_number,
                    "request_id": request_id,
                    "error": error.code,
                    "message": error.message,
                    "detail": error.detail,
                },
            )
            raise

    async def _control_code(self, data: ControlData, request_id: str) -> ControlCode:
        self._set_control_unit(ControlUnitState.BUSY)
        try:
            control = await self._control_unit.request_code(data, request_id)
        except TillError as error:
            if isinstance(error, ControlUnitError):
                self._set_control_unit(ControlUnitState.OFFLINE, error)
            else:  # our data was refused before sending: the unit itself is fine
                self._set_control_unit(ControlUnitState.ONLINE)
            raise
        self._probe_failed = False
        self._set_control_unit(ControlUnitState.ONLINE, control.ctuid)
        return control

    async def _journal_quietly(self, kind: str, data: dict) -> None:
        """Journal an event on a path that is already failing; a second failure is only logged."""
        try:
            await self._in_store(self._store.journal, kind, data, register_id=self._register_id)
        except TillError:
            log.exception("could not journal %s", kind)

    async def _open_drawer(self, receipt: Receipt) -> None:
        """Cash in or out: the drawer opens (journaled with the receipt). A drawer that does not
        open is only logged: the sale is stored, and the cashier opens it with the key."""
        if not drawer_reason(receipt):
            return
        try:
            await open_cash_drawer(self._context.printer)
        except TillError as error:
            log.warning("the drawer did not open for %s: %s", receipt.sequence_number, error)

    async def _print(self, receipt: Receipt) -> tuple[bool, TillError | str]:
        """The receipt is stored: a printer problem must not undo the sale, only be reported.
        Once the original is off the printer it is marked printed; one that is not is offered
        again (unprinted_originals)."""
        printer = self._context.printer
        if printer is None:
            return False, TillError(NO_PRINTER)
        try:
            await printer.print_receipt(receipt)
        except TillError as error:
            log.warning("printing receipt %s failed: %s", receipt.sequence_number, error.detail)
            return False, error
        try:
            await self._in_store(self._store.mark_printed, receipt)
        except TillError:
            # It did print; at worst it is offered once more and the cashier sees it on paper.
            log.exception("could not mark receipt %s printed", receipt.sequence_number)
        await self._print_merchant_slips(printer, receipt)
        return True, ""

    @staticmethod
    async def _print_merchant_slips(printer: ReceiptPrinter, receipt: Receipt) -> None:
        """The terminal asked for the cardholder's signature (LTI 6.1 cvm): the merchant's copy
        is its own paper, to sign and keep. The sale is done: a failure is only logged."""
        name = receipt_file_name(receipt).removesuffix(".pdf")
        for n, payment in enumerate(signature_payments(receipt), 1):
            try:
                await printer.print_layout(
                    merchant_slip_layout(receipt, payment),
                    file_name=f"{name}-merchant-{n}.pdf",
                    doc_name=f"Kortkvitto {receipt.sequence_number}",
                )
            except TillError as error:
                log.warning("merchant slip of %s failed: %s", receipt.sequence_number, error.detail)

    async def unprinted_originals(self) -> list[Receipt]:
        """Stored receipts and cash invoices whose original never came off the printer (the till
        stopped between storing and printing, or the printer failed)."""
        return await self._in_store(self._store.unprinted_originals, self._register_id)

    async def print_original(self, receipt: Receipt) -> None:
        """Print a stored receipt's original that was never printed: once, and not a copy (the
        one copy a receipt may have is asked for with its own control code)."""
        if await self._in_store(self._store.is_printed, receipt):
            raise SaleError(ORIGINAL_PRINTED_ALREADY, sequence_number=receipt.sequence_number)
        printed, print_error = await self._print(receipt)
        if not printed:
            raise TillError(
                ORIGINAL_NOT_PRINTED,
                sequence_number=receipt.sequence_number,
                print_error=print_error,
            )
