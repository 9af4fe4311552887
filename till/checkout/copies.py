"""The one copy a receipt may have (SKVFS 2014:9 6 kap.: no more than one copy).

The copy is the same receipt printed again, marked KOPIA in double size, with a control code of
its own: the CCU is asked with ReceiptType kopia and the original's number, time and amounts.
The store refuses a second copy of the same receipt, as does the database beneath it.
"""

from __future__ import annotations

from till.adapters.print_spooler import receipt_file_name
from till.checkout.register import Checkout
from till.checkout.registration import control_data
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import ReceiptCopy, ReceiptType, receipt_layout
from till.core.sale import ReceiptRef, SaleError

NO_RECEIPT = Message(
    "no_such_receipt",
    QT_TRANSLATE_NOOP("Errors", "There is no receipt {number} on register {register}."),
)
COPY_OF_NORMAL_ONLY = Message(
    "copy_of_normal_only",
    QT_TRANSLATE_NOOP(
        "Errors", "Only a normal receipt can have a copy (not a training or pro forma one)."
    ),
)
COPY_EXISTS = Message(
    "copy_exists",
    QT_TRANSLATE_NOOP("Errors", "Receipt {number} already has its copy: only one copy is allowed."),
)
COPY_NOT_PRINTED = Message(
    "copy_not_printed",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The copy is registered but did not print: {why} It cannot be printed again "
        "(only one copy is allowed).",
    ),
)


async def print_copy(checkout: Checkout, original: str) -> ReceiptCopy:
    """Print the copy of receipt `original` (its number, or its barcode scanned)."""
    store, register_id = checkout.store, checkout.register_id
    ref = ReceiptRef.parse(original, default_register=register_id)
    receipt = await checkout.in_store(store.receipt, ref.register_id, ref.sequence_number)
    if receipt is None:
        raise SaleError(NO_RECEIPT, number=ref.sequence_number, register=ref.register_id)
    if receipt.receipt_type is not ReceiptType.NORMAL:
        raise SaleError(COPY_OF_NORMAL_ONLY)
    if await checkout.in_store(store.copy_of, ref) is not None:
        raise SaleError(COPY_EXISTS, number=ref.sequence_number)
    request_id = f"{register_id}_{receipt.sequence_number}_copy"
    data = control_data(receipt, ReceiptType.COPY)
    control = await checkout.control_code(data, request_id)
    copy = ReceiptCopy(receipt, checkout.now(), control, request_id)
    await checkout.in_store(store.store_copy, copy)  # refuses a second copy itself
    if checkout.printer is not None:
        try:
            await checkout.printer.print_layout(
                receipt_layout(receipt, copy=copy),
                file_name=receipt_file_name(receipt, "copy"),
                doc_name=f"Kopia kvitto {receipt.sequence_number}",
            )
        except TillError as error:
            raise TillError(COPY_NOT_PRINTED, why=error) from None
    return copy
