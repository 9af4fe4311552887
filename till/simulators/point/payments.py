"""PAYMENT CAPTURE, CREDIT and VOID on the simulated terminal, the Klarna customer ID check,
and REPORT LAST_TRAN.

Sources: the SCA pages CAPTURE and CREDIT (TRANS_AMOUNT "5.35", PAYMENT_TYPE; processor_
implementn/processor_capture, processor_credit), "Integration with APMs" (PAYMENT_TYPE Klarna;
the ID check asks the POS through an unsolicited message, and the POS answers with
SECONDARYPORT CONFIRMATION, ../shared/specs/verifone-point-secondaryport-confirmation.txt),
result_codes/device_codes (59001 CANCELLED "by another actor", 59002 BUSY).

Decisions where those are silent (agreeing with till/protocols/point's docstrings):
- The ID check message goes to the till's listener (POS_IP/POS_PORT of SESSION START) on a
  new connection that is closed after it: a RESPONSE with RESULT_CODE -1, SECONDARY_DATA 57,
  DETAILED_STATUS 170, and what the customer showed (CUSTOMER_NAME), TRANS_AMOUNT, INVOICE.
  With no listener address the terminal still waits (the till may ask STATUS).
- CONFIRMED approves. DENIED, CANCEL, no answer within `id_check_timeout` and the primary
  connection closing all end the payment uncharged with 59001 (CANCELLED), the code Point uses
  for a command "cancelled by another actor in the transaction".
- An approval is RESULT APPROVED with RESULT_CODE -1, CTROUTD (the terminal's reference, digits),
  TRANS_AMOUNT, APPROVED_AMOUNT, AUTH_CODE, PAYMENT_TYPE, PAYMENT_MEDIA, INVOICE (the session's).
- VOID names the CTROUTD of an approved CAPTURE or CREDIT not voided yet; anything else is
  refused with the simulator's own VOID_REFUSED code. A VOID is a transaction of its own.
- LAST_TRAN answers the last CAPTURE, CREDIT or VOID as it ended: its own RESULT, RESULT_CODE
  and RESPONSE_TEXT, COMMAND, CTROUTD, amounts, INVOICE; with no transaction yet, RESULT_CODE
  -1 and neither COMMAND nor CTROUTD.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING

from till.simulators.point import scenarios as codes
from till.simulators.point.records import RunningPayment, Transaction
from till.simulators.point.scenarios import Scenario
from till.simulators.point.wire import (
    Pairs,
    answer,
    field_error,
    format_amount,
    parse_amount,
    response,
)

if TYPE_CHECKING:
    from till.simulators.point.terminal import Connection, PointSimulator

NOTIFY_TIMEOUT = 5.0
KLARNA = "KLARNA"
_DROP = object()  # DROP_MID_PAYMENT: no answer, close the connection
_CANCEL_TEXTS = {
    "DENIED": "Cancelled: customer ID check denied",
    "CANCELLED": "Cancelled by POS",
    "TIMEOUT": "Cancelled by TIMEOUT",
    "ABANDONED": "Cancelled: POS connection lost",
}


async def start_payment(
    sim: PointSimulator, connection: Connection, fields: dict[str, str], echo: Pairs
) -> None:
    """Check the request, then run it as a task so that the primary port keeps reading (and
    answers BUSY) while the payment waits for the ID check."""
    command = fields.get("COMMAND", "")
    payment_type = fields.get("PAYMENT_TYPE") or "CREDIT"
    if command == "VOID":
        amount = 0
        if not fields.get("CTROUTD"):
            await sim.reply(connection, field_error("VOID needs CTROUTD") + echo)
            return
    elif command in ("CAPTURE", "CREDIT"):
        parsed = parse_amount(fields.get("TRANS_AMOUNT"))
        if parsed is None:
            await sim.reply(connection, field_error("TRANS_AMOUNT is not an amount") + echo)
            return
        amount = parsed
    else:
        await sim.reply(connection, field_error(f"unknown command PAYMENT {command}") + echo)
        return
    outcome: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    running = RunningPayment(command, amount, payment_type, outcome, connection=connection)
    sim.payment = running
    sim.spawn(_run(sim, connection, running, fields, echo))


async def _run(
    sim: PointSimulator,
    connection: Connection,
    running: RunningPayment,
    fields: dict[str, str],
    echo: Pairs,
) -> None:
    try:
        pairs = await _perform(sim, running, fields)
    finally:
        if sim.payment is running:
            sim.payment = None
    if pairs is _DROP:
        connection.drop()
        return
    assert isinstance(pairs, list)
    await sim.reply(connection, pairs + echo)


async def _perform(sim: PointSimulator, running: RunningPayment, fields: dict[str, str]) -> object:
    scenario = sim.scenario
    invoice = sim.session.invoice if sim.session else None
    if scenario is Scenario.NEVER_ANSWERS:
        # Nothing happens until CANCEL or the connection closes; both leave it uncharged.
        outcome = await running.outcome
        return _payment_pairs(_record_cancelled(sim, running, outcome, invoice))
    if running.command == "VOID":
        pairs = _void(sim, fields["CTROUTD"])
    elif running.command == "CREDIT":
        pairs = _payment_pairs(_record_approved(sim, running, invoice))
    else:
        if running.payment_type.upper() == KLARNA and scenario is Scenario.ID_CHECK:
            outcome = await _id_check(sim, running, invoice)
            if outcome != "CONFIRMED":
                return _payment_pairs(_record_cancelled(sim, running, outcome, invoice))
        pairs = _payment_pairs(_record_approved(sim, running, invoice))
    return _DROP if scenario is Scenario.DROP_MID_PAYMENT else pairs


async def _id_check(sim: PointSimulator, running: RunningPayment, invoice: str | None) -> str:
    running.id_check_pending = True
    try:
        await _notify(sim, running, invoice)
        return await asyncio.wait_for(asyncio.shield(running.outcome), sim.id_check_timeout)
    except TimeoutError:
        return "TIMEOUT"
    finally:
        running.id_check_pending = False


async def _notify(sim: PointSimulator, running: RunningPayment, invoice: str | None) -> None:
    """The unsolicited ID-check message, to the listener the till named at SESSION START."""
    session = sim.session
    if session is None or not session.pos_ip or not session.pos_port:
        sim.notification_errors.append("no listener: SESSION START without POS_IP/POS_PORT")
        return
    data, detailed = codes.ID_CHECK_STATUS
    pairs: Pairs = answer(
        "Klarna ID Check Processing", "OK", codes.SUCCESS,
        ("SECONDARY_DATA", data), ("DETAILED_STATUS", detailed),
        ("CUSTOMER_NAME", sim.customer_name), ("TRANS_AMOUNT", format_amount(running.amount)),
        ("PAYMENT_TYPE", running.payment_type), ("INVOICE", invoice),
    )  # fmt: skip
    try:
        _, writer = await asyncio.wait_for(
            asyncio.open_connection(session.pos_ip, session.pos_port), NOTIFY_TIMEOUT
        )
        writer.write(response(pairs))
        await writer.drain()
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    except (OSError, TimeoutError) as exc:
        sim.notification_errors.append(f"{session.pos_ip}:{session.pos_port}: {exc!r}")
        return
    sim.notifications.append({name: str(value) for name, value in pairs if value is not None})
    running.notified.append(sim.notifications[-1])


def _record_approved(
    sim: PointSimulator, running: RunningPayment, invoice: str | None
) -> Transaction:
    ctroutd = sim.next_ctroutd()
    trx = Transaction(
        running.command, ctroutd, running.amount, running.payment_type, "APPROVED",
        codes.SUCCESS, "APPROVAL", invoice=invoice, auth_code=f"A{ctroutd[-5:]:0>5}",
    )  # fmt: skip
    sim.transactions.append(trx)
    return trx


def _record_cancelled(
    sim: PointSimulator, running: RunningPayment, outcome: str, invoice: str | None
) -> Transaction:
    trx = Transaction(
        running.command, sim.next_ctroutd(), running.amount, running.payment_type, "CANCELLED",
        codes.CANCELLED, _CANCEL_TEXTS.get(outcome, "Cancelled"), invoice=invoice,
    )  # fmt: skip
    sim.transactions.append(trx)
    return trx


def _void(sim: PointSimulator, ctroutd: str) -> Pairs:
    target = next(
        (
            t
            for t in reversed(sim.transactions)
            if t.ctroutd == ctroutd and t.command in ("CAPTURE", "CREDIT")
        ),
        None,
    )
    if target is None or not target.approved or target.voided:
        why = "no approved transaction" if target is None or not target.approved else "voided"
        return answer(f"VOID refused: {why} {ctroutd}"[:100], "ERROR", codes.VOID_REFUSED)
    target.voided = True
    trx = Transaction(
        "VOID", target.ctroutd, target.amount, target.payment_type, "VOIDED", codes.SUCCESS,
        "VOIDED", invoice=target.invoice,
    )  # fmt: skip
    sim.transactions.append(trx)
    return _payment_pairs(trx)


def _payment_pairs(trx: Transaction, *, with_command: bool = False) -> Pairs:
    approved = trx.approved and trx.command != "VOID"
    amount = format_amount(trx.amount)
    media = "KLARNA" if trx.payment_type.upper() == KLARNA else "VISA"
    return answer(
        trx.response_text, trx.result, trx.result_code,
        ("COMMAND", trx.command if with_command else None),
        ("CTROUTD", trx.ctroutd), ("TRANS_AMOUNT", amount),
        ("APPROVED_AMOUNT", amount if approved else None),
        ("AUTH_CODE", trx.auth_code if approved else None),
        ("PAYMENT_TYPE", trx.payment_type), ("PAYMENT_MEDIA", media), ("INVOICE", trx.invoice),
    )  # fmt: skip


def last_tran(sim: PointSimulator) -> Pairs:
    if not sim.transactions:
        return answer("No transaction", "OK", codes.SUCCESS)
    return _payment_pairs(sim.transactions[-1], with_command=True)
