"""Registering a sale: the receipt-to-be saved with its control-code request before the request
goes out, the code saved before the receipt is stored, the original marked once printed
(DESIGN.md, the data flow of a sale written ahead; store/registrations.py).

A lost answer keeps the request in flight: the sale is frozen and a retry asks with the very
same data, so the control unit never sees two receipts under one number. Mixed into Checkout
(register.py), which orders the steps in _complete.
"""

from __future__ import annotations

import logging
from datetime import datetime

from till.checkout.events import ControlUnitState
from till.core.errors import TillError
from till.core.receipt import ControlCode, Payment, PaymentMethod, Receipt, ReceiptType
from till.core.sale import Sale, SaleError, SaleKind
from till.protocols.ccu.errors import ControlUnitError
from till.protocols.ccu.request import ControlData
from till.store.registrations import Registration

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


class Registering:
    """Mixed into Checkout: uses its store, control unit, printer, shop and status bar."""

    async def _register_with_code(
        self,
        sale: Sale,
        created_at: datetime,
        rounding: int,
        payments: tuple[Payment, ...],
        receipt_type: ReceiptType,
    ) -> Receipt:
        """Save the receipt-to-be with its number before the request goes out, then ask."""
        sequence_number = await self.in_store(self._store.next_sequence_number, self.register_id)
        request_id = f"{self.register_id}_{sequence_number}_{sale.sale_id[:8]}"
        paper = self._paper(
            sale, sequence_number, receipt_type, created_at, rounding, payments, None, request_id
        )
        self.registration = await self.in_store(self._store.begin_registration, paper)
        return await self._registered(self.registration)

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
            registration = await self.in_store(
                self._store.answer_registration, registration, control
            )
            self.registration = registration
        receipt = registration.receipt
        await self.in_store(
            self._store.store_receipt,
            receipt,
            keep_open_sale=receipt.receipt_type is ReceiptType.PRO_FORMA,
            drawer_reason=drawer_reason(receipt),
        )
        self.registration = None
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
            await self.in_store(self._store.fail_registration, registration, record)
        except TillError:
            # Still SENT in the store: the next try sends the same data again, which is safe.
            log.exception("could not record the failed control-code request")
            return
        self.registration = None

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
        return Receipt(
            shop=self.shop,
            sequence_number=number,
            receipt_type=receipt_type,
            created_at=created_at,
            sale_id=sale.sale_id,
            lines=tuple(sale.lines),
            vat=sale.vat,
            rounding=rounding,
            payments=payments,
            control=control,
            request_id=request_id,
            kind=sale.kind,
            original=sale.original,
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
            await self._back_online()
            return receipt
        number = await self.in_store(self._store.next_cash_invoice_number, self.register_id)
        invoice = self._paper(
            sale, number, ReceiptType.CASH_INVOICE, created_at, rounding, payments, None, ""
        )
        await self.in_store(
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
        self._set_control_unit(ControlUnitState.BUSY, "asking for a control code")
        try:
            control = await self._control_unit.request_code(data, request_id)
        except TillError as error:
            if isinstance(error, ControlUnitError):
                self._set_control_unit(ControlUnitState.OFFLINE, error.message)
            else:  # our data was refused before sending: the unit itself is fine
                self._set_control_unit(ControlUnitState.ONLINE, "no request was sent")
            raise
        self._probe_failed = False
        self._set_control_unit(ControlUnitState.ONLINE, f"online, {control.ctuid}")
        return control

    async def _journal_quietly(self, kind: str, data: dict) -> None:
        """Journal an event on a path that is already failing; a second failure is only logged."""
        try:
            await self.in_store(self._store.journal, kind, data, register_id=self.register_id)
        except TillError:
            log.exception("could not journal %s", kind)

    async def _print(self, receipt: Receipt) -> tuple[bool, str]:
        """The receipt is stored: a printer problem must not undo the sale, only be reported.
        Once the original is off the printer it is marked printed; one that is not is offered
        again (unprinted_originals)."""
        if self.printer is None:
            return False, "no printer is set up"
        try:
            await self.printer.print_receipt(receipt)
        except TillError as error:
            log.warning("printing receipt %s failed: %s", receipt.sequence_number, error.detail)
            return False, error.message
        try:
            await self.in_store(self._store.mark_printed, receipt)
        except TillError:
            # It did print; at worst it is offered once more and the cashier sees it on paper.
            log.exception("could not mark receipt %s printed", receipt.sequence_number)
        return True, ""

    async def unprinted_originals(self) -> list[Receipt]:
        """Stored receipts and cash invoices whose original never came off the printer (the till
        stopped between storing and printing, or the printer failed)."""
        return await self.in_store(self._store.unprinted_originals, self.register_id)

    async def print_original(self, receipt: Receipt) -> None:
        """Print a stored receipt's original that was never printed: once, and not a copy (the
        one copy a receipt may have is asked for with its own control code)."""
        if await self.in_store(self._store.is_printed, receipt):
            raise SaleError(
                f"the original of receipt {receipt.sequence_number} was printed already; "
                "only a copy (KOPIA) can be printed now"
            )
        printed, print_error = await self._print(receipt)
        if not printed:
            raise TillError(
                f"Receipt {receipt.sequence_number} did not print: {print_error}",
                code="original_not_printed",
            )
