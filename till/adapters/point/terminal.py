"""The Verifone Point terminal (Klarna) behind checkout's PaymentTerminal port.

A payment: SESSION START (INVOICE from the reference saved ahead, POS_IP/POS_PORT of the till's
listener), PAYMENT CAPTURE (or CREDIT for a refund) with PAYMENT_TYPE Klarna, SESSION FINISH.
While the CAPTURE runs the terminal may ask, on the listener, for the customer ID check: the
cashier answers through the prompts (`check_customer_id`) and the till sends SECONDARYPORT
CONFIRMATION on the secondary port. Voids are PAYMENT VOID by CTROUTD; an unknown outcome is
learned from REPORT LAST_TRAN, never by resending; the cashier's stop is SECONDARYPORT CANCEL.
SCA pages used: "Message Format", START SESSION, CAPTURE, CREDIT, VOID, LAST TRANSACTION,
GET COUNTER, TEST_MAC, secondary port CANCEL/STATUS/CONFIRMATION (https://verifone.cloud/docs/
sca-functional-specification/html/index) and ../shared/specs/verifone-point-secondaryport-
confirmation.txt.

Counter. Every authenticated command takes a fresh COUNTER from `reserve_counter` (app wiring:
TillStore.reserve_terminal_counter, committed before the command is sent), so it rises across
restarts and a crash can only skip values. On a MAC/COUNTER rejection the till asks ADMIN
GET_COUNTER, hands the terminal's last value to `resync_counter` (the store moves past it,
never back, and journals it) and tries once more. The port's own counter (prepare's `counter`,
an outcome's `counter_used`) is not used: Point's counter is per command, not per payment.

Journal. The adapter has no store: what the ID check brought (VALUE, RESULT_CODE,
SECONDARY_DATA, DETAILED_STATUS) goes out twice: to the `journal` callback given at
construction as it happens ("point_id_check"), and in the payment outcome's data, which
checkout journals beside the payment.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import secrets as random
import socket
from collections.abc import Awaitable, Callable
from typing import Any

from till import secrets as till_secrets
from till.adapters.closing import CLOSE_WITHIN, cancel_and_wait
from till.adapters.point import outcomes
from till.adapters.point import pairing as keyring_pairing
from till.adapters.point.link import UNREACHABLE, PointLink
from till.adapters.point.listener import NotificationServer
from till.adapters.point.outcomes import KIND
from till.adapters.point.pairing import NOT_PAIRED, NotPaired, PointCredentials
from till.adapters.point.said import (
    COUNTER_RESYNCED,
    COUNTER_UNREADABLE,
    NO_END_OF_DAY,
    PAIRING_NOT_TAKEN,
    UNREGISTER_REFUSED,
    VOID_UNNAMED,
)
from till.checkout.ports import (
    END_OF_DAY,
    AdminCommand,
    AdminResult,
    Approved,
    Audience,
    Declined,
    IdCheck,
    Reason,
    Refused,
    Reversed,
    SilentPrompts,
    TerminalLines,
    TerminalLost,
    TerminalPrompts,
    TerminalReference,
    TerminalState,
    TerminalUnavailable,
    Unknown,
    restate,
)
from till.core.card import CardPayment, CardPaymentKind, Tender
from till.core.errors import TillError
from till.protocols.point import (
    KLARNA,
    PRIMARY_PORT,
    SECONDARY_PORT,
    Capture,
    Confirmation,
    Credit,
    GetCounter,
    LastTran,
    MacCheck,
    Notification,
    PaymentResponse,
    PointPairingError,
    Request,
    Response,
    SecondaryCancel,
    SecondaryResponse,
    SecondaryStatus,
    SessionFinish,
    SessionStart,
    Unregister,
    Void,
    authenticate,
    describe,
    needs_resync,
)
from till.secrets import SecretsUnavailable

log = logging.getLogger(__name__)

SESSION_OPEN = 59003

CounterSource = Callable[[], "int | Awaitable[int]"]
CounterResync = Callable[[int], "object | Awaitable[object]"]
Journal = Callable[[str, dict[str, Any]], "object | Awaitable[object]"]


class IdCheckRefused(TillError):
    """The terminal did not take the cashier's ID-check answer (59069, 59070, other)."""

    code = "point_id_check_refused"


async def _settled(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


def _local_ip_towards(host: str, port: int) -> str:
    """The till's address as the terminal sees it: the source address of a route to it (a UDP
    connect sends nothing)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.connect((host, port))
        return probe.getsockname()[0]


def id_check_lines(note: Notification) -> tuple[str, ...]:
    """What the terminal sent, as lines for the cashier: its text and its other fields."""
    lines = [note.response_text] if note.response_text else []
    lines += [f"{name}: {value}" for name, value in note.extra.items() if value.strip()]
    return tuple(lines)  # none: the dialog's own words ask for the ID check


class PointTerminal:
    """PaymentTerminal over a Point terminal's primary and secondary ports and the listener."""

    kind = KIND

    def __init__(
        self,
        host: str,
        *,
        register_id: str,
        reserve_counter: CounterSource,
        resync_counter: CounterResync,
        port: int = PRIMARY_PORT,
        secondary_port: int = SECONDARY_PORT,
        listener_host: str = "0.0.0.0",
        listener_port: int = 5017,
        advertise_ip: str | None = None,
        pos_recon: str | None = None,
        payment_type: str | None = KLARNA,
        journal: Journal | None = None,
        connect_timeout: float = 5.0,
        response_timeout: float = 300.0,
        id_check_timeout: float = 120.0,
    ) -> None:
        self.register_id = register_id
        self.reserve_counter = reserve_counter
        self.resync_counter = resync_counter
        self.pos_recon = pos_recon
        self.payment_type = payment_type
        self.journal = journal
        self.advertise_ip = advertise_ip
        self.id_check_timeout = id_check_timeout
        timeouts = {"connect_timeout": connect_timeout, "response_timeout": response_timeout}
        self.primary = PointLink(host, port, "primary", on_state=self._link_state, **timeouts)
        self.secondary = PointLink(host, secondary_port, "secondary", **timeouts)
        self.listener = NotificationServer(listener_host, listener_port, self._on_notification)
        self.state = TerminalState.OFFLINE
        self.state_message: Reason = ""  # the error that put it offline, or its address
        self._listeners: list[Callable[[TerminalState, Reason], None]] = []
        self._prompts: TerminalPrompts | None = None  # of the payment on the wire
        self._id_checks: list[dict[str, Any]] = []  # what its ID checks brought
        self._tasks: set[asyncio.Task] = set()

    # -- state -----------------------------------------------------------------------------

    @property
    def address(self) -> str:
        return self.primary.address

    def subscribe(self, listener: Callable[[TerminalState, Reason], None]) -> None:
        self._listeners.append(listener)

    def _link_state(self, reachable: bool, why: Reason) -> None:
        state = TerminalState.ONLINE if reachable else TerminalState.OFFLINE
        if (state, why) != (self.state, self.state_message):
            self.state, self.state_message = state, why
            for listener in self._listeners:
                listener(state, why)

    def start(self) -> None:
        """Open the listener now; a taken port is logged and said again at the first payment."""
        self._keep(asyncio.ensure_future(self._start_listener()))

    async def _start_listener(self) -> None:
        try:
            await self.listener.start()
        except TillError as error:
            log.error("%s", error.message)
            self._link_state(False, error)

    async def close(self) -> None:
        """Within a second, whatever the terminal is doing (adapters/closing.py)."""
        await cancel_and_wait(list(self._tasks))
        try:
            await asyncio.wait_for(self.listener.close(), CLOSE_WITHIN)
        except TimeoutError:  # a client that never lets go: the server is closed all the same
            log.warning("the Point listener did not close within %.1f s", CLOSE_WITHIN)

    def _keep(self, task: asyncio.Task) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)

    # -- references ------------------------------------------------------------------------

    def prepare(self, kind: CardPaymentKind, amount: int, counter: int) -> TerminalReference:
        # INVOICE names the payment at SESSION START and in the terminal's LAST_TRAN record.
        invoice = f"{random.randbelow(10**10):010d}"
        return TerminalReference({"invoice": invoice})

    def describe(self, reference: TerminalReference) -> str:
        return f"INVOICE {reference.values.get('invoice')}"

    def used_counter(self, reference: TerminalReference) -> int | None:
        return None  # the COUNTER is reserved per command, not per payment

    # -- the counter and MAC ---------------------------------------------------------------

    def credentials(self) -> PointCredentials:
        try:
            found = keyring_pairing.load_credentials(self.register_id)
        except SecretsUnavailable as error:
            raise restate(TerminalUnavailable, error) from None
        if found is None:
            raise NotPaired(NOT_PAIRED)
        return found

    async def _send(self, link: PointLink, request: Request, *, retry: bool = True) -> Response:
        """One authenticated command with a fresh COUNTER; once more after a resync when the
        terminal rejects the MAC or COUNTER. Raises TerminalUnavailable, TerminalLost."""
        creds = self.credentials()
        counter = int(await _settled(self.reserve_counter()))  # written ahead, then sent
        answer = await link.exchange(request, authenticate(creds.mac_key, creds.mac_label, counter))
        # The primary port is held by a CAPTURE while an ID check answers: no resync then.
        if retry and needs_resync(answer.result_code) and not self.primary.busy:
            log.warning("%s rejected (%s): resync the counter", request.command, answer.result_code)
            await self.resync(creds)
            return await self._send(link, request, retry=False)
        return answer

    async def resync(self, creds: PointCredentials | None = None) -> int:
        """ADMIN GET_COUNTER; the store moves past the terminal's last value (never back)."""
        creds = creds or self.credentials()
        try:
            answer = await self.primary.exchange(GetCounter(mac_label=creds.mac_label))
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None
        if not answer.succeeded or answer.counter is None:
            entry = describe(answer.result_code, answer.response_text)
            raise TerminalUnavailable(
                COUNTER_UNREADABLE,
                why=TillError(entry.said, **entry.params),
                detail=entry.message,
            )
        await _settled(self.resync_counter(answer.counter))
        return answer.counter

    # -- payments --------------------------------------------------------------------------

    async def _listener_address(self) -> tuple[str, int]:
        port = await self.listener.start()  # ListenerPortTaken: nothing was sent
        ip = self.advertise_ip
        if ip is None:
            try:
                ip = _local_ip_towards(self.primary.host, self.primary.port)
            except OSError as error:
                raise TerminalUnavailable(
                    UNREACHABLE, address=self.address, detail=repr(error)
                ) from None
        return ip, port

    async def _open_session(self, invoice: str) -> Refused | None:
        ip, port = await self._listener_address()
        start = SessionStart(invoice=invoice, pos_ip=ip, pos_port=port)
        for attempt in range(2):
            try:
                answer = await self._send(self.primary, start)
            except TerminalLost as error:  # no payment was sent: nothing moved
                raise restate(TerminalUnavailable, error) from None
            if answer.succeeded:
                return None
            if answer.result_code == SESSION_OPEN and attempt == 0:
                await self._finish_session()  # left open by an earlier payment that broke
                continue
            return outcomes.refusal(answer, outcomes.evidence(answer, command="SESSION START"))
        return None  # not reached

    async def _finish_session(self) -> None:
        """SESSION FINISH; its failure changes no outcome (the next START clears it)."""
        try:
            answer = await self._send(self.primary, SessionFinish())
            if not answer.succeeded:
                log.warning("SESSION FINISH answered %s", answer.result_code)
        except TillError as error:
            log.warning("SESSION FINISH failed: %s", error.message)

    def _evidence(self) -> dict[str, Any]:
        return {"id_checks": list(self._id_checks)} if self._id_checks else {}

    def _payment_type(self, payment: CardPayment) -> str | None:
        """Klarna for the Klarna tender; a card tender (a Point-only register) names none, so
        the terminal takes whatever card is presented."""
        return self.payment_type if payment.tender is Tender.KLARNA else None

    async def charge(
        self, payment: CardPayment, prompts: TerminalPrompts
    ) -> Approved | Declined | Refused | Unknown:
        invoice = str(TerminalReference.of(payment).values.get("invoice", ""))
        self._prompts, self._id_checks = prompts, []
        try:
            refused = await self._open_session(invoice)
            if refused is not None:
                return refused
            request: Request
            payment_type = self._payment_type(payment)
            if payment.kind is CardPaymentKind.CREDIT:
                request = Credit(payment.amount, payment_type, pos_recon=self.pos_recon)
            else:
                request = Capture(payment.amount, payment_type, self.pos_recon)
            try:
                answer = await self._send(self.primary, request)
            except TerminalLost as error:
                return Unknown(error, detail=error.detail, data=self._evidence() or None)
            finally:
                await self._finish_session()
            assert isinstance(answer, PaymentResponse)
            outcome = outcomes.payment_outcome(payment, answer, self._evidence())
            if any(check.get("value") == "DENIED" for check in self._id_checks):
                return outcomes.after_denied_id(outcome)
            return outcome
        finally:
            self._prompts = None

    async def abort_card_entry(self, *, customer_pays_otherwise: bool = False) -> None:
        """SECONDARYPORT CANCEL: the payment on the primary port then ends as cancelled."""
        try:
            answer = await self._send(self.secondary, SecondaryCancel(pos_recon=self.pos_recon))
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None
        if not answer.succeeded:
            log.warning("CANCEL answered %s %s", answer.result_code, answer.response_text)

    async def status(self) -> SecondaryResponse:
        try:
            answer = await self._send(self.secondary, SecondaryStatus(pos_recon=self.pos_recon))
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None
        assert isinstance(answer, SecondaryResponse)
        return answer

    # -- the customer ID check -------------------------------------------------------------

    def _on_notification(self, note: Notification) -> None:
        if note.asks_id_check:
            self._keep(asyncio.ensure_future(self._id_check(note)))
            return
        prompts = self._prompts
        if prompts is not None and note.response_text:
            _tell(prompts, TerminalLines(Audience.BOTH, (note.response_text,)))
        else:
            log.info("Point notification: %s (%s)", note.response_text, note.result_code)

    async def _id_check(self, note: Notification) -> None:
        prompts = self._prompts or SilentPrompts()  # asked outside a payment: denied
        check = IdCheck(id_check_lines(note), answer_within=self.id_check_timeout)
        try:
            confirmed = await asyncio.wait_for(
                prompts.check_customer_id(check), self.id_check_timeout
            )
        except TimeoutError:
            confirmed = False
        except Exception:  # a broken dialog must not leave the terminal waiting
            log.exception("the ID check prompt failed; answering DENIED")
            confirmed = False
        try:
            await self.answer_id_check(bool(confirmed), asked=note)
        except TillError as error:
            _tell(prompts, TerminalLines(Audience.ATTENDANT, (error,)))

    async def answer_id_check(
        self, confirmed: bool, *, asked: Notification | None = None
    ) -> SecondaryResponse:
        """SECONDARYPORT CONFIRMATION with VALUE CONFIRMED or DENIED. Raises IdCheckRefused
        (59069 Confirmation Unexpected, 59070 Incorrect Confirmation Value, other codes) and
        TerminalUnavailable; journals the answer either way."""
        value = "CONFIRMED" if confirmed else "DENIED"
        record: dict[str, Any] = {"value": value}
        if asked is not None:
            record["asked"] = {
                "secondary_data": asked.secondary_data,
                "detailed_status": asked.detailed_status,
                "response_text": asked.response_text,
            }
        try:
            answer = await self._send(
                self.secondary, Confirmation(value=value, pos_recon=self.pos_recon)
            )
        except TerminalLost as error:
            record["error"] = error.message
            await self._note_id_check(record)
            raise restate(TerminalUnavailable, error) from None
        except TillError as error:
            record["error"] = error.message
            await self._note_id_check(record)
            raise
        assert isinstance(answer, SecondaryResponse)
        record.update(
            result_code=answer.result_code,
            response_text=answer.response_text,
            secondary_data=answer.secondary_data,
            detailed_status=answer.detailed_status,
        )
        await self._note_id_check(record)
        if answer.succeeded:
            return answer
        # 59069 and 59070 have their own codes (point_confirmation_unexpected, _value).
        entry = describe(answer.result_code, answer.response_text)
        raise IdCheckRefused(entry.said, detail=answer.response_text, **entry.params)

    async def _note_id_check(self, record: dict[str, Any]) -> None:
        self._id_checks.append(record)
        if self.journal is not None:
            try:
                await _settled(self.journal("point_id_check", dict(record)))
            except Exception:  # the answer went out; a journal failure is logged, not raised
                log.exception("journaling the ID check failed")

    # -- reversals and unknown outcomes ----------------------------------------------------

    async def _last_transaction(self) -> PaymentResponse:
        """REPORT LAST_TRAN. Raises TerminalUnavailable when the terminal cannot tell now."""
        try:
            answer = await self._send(self.primary, LastTran())
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None
        assert isinstance(answer, PaymentResponse)
        if outcomes.verdict(answer) is outcomes.Verdict.BUSY:
            entry = describe(answer.result_code)
            raise TerminalUnavailable(entry.said, **entry.params)
        return answer

    async def reverse(self, payment: CardPayment) -> Reversed | Refused | Unknown:
        intent = payment.reversal
        assert intent is not None
        invoice = TerminalReference.of(payment).values.get("invoice")
        ctroutd = None if intent.orig_trx_seq_cnt is None else str(intent.orig_trx_seq_cnt)
        if ctroutd is None:  # an APM order id that is not digits: the terminal's record has it
            last = await self._last_transaction()
            if last.invoice is None or last.invoice.strip() != invoice or not last.ctroutd:
                return Refused(
                    TillError(VOID_UNNAMED),
                    code="point_void_unnamed",
                    data=outcomes.evidence(last),
                )
            ctroutd = last.ctroutd.strip()
        request = Void(
            ctroutd=ctroutd, payment_type=self._payment_type(payment), pos_recon=self.pos_recon
        )
        try:
            answer = await self._send(self.primary, request)
        except TerminalLost as error:
            return Unknown(error, detail=error.detail, data={"ctroutd": ctroutd})
        assert isinstance(answer, PaymentResponse)
        return outcomes.void_outcome(answer)

    async def learn(self, payment: CardPayment) -> Approved | Declined | Refused | Unknown:
        invoice = TerminalReference.of(payment).values.get("invoice")
        return outcomes.learned(payment, invoice, await self._last_transaction())

    async def learn_reversal(self, payment: CardPayment) -> Reversed | Refused | Unknown:
        intent = payment.reversal
        seq = None if intent is None else intent.orig_trx_seq_cnt
        ctroutd = None if seq is None else str(seq)
        invoice = TerminalReference.of(payment).values.get("invoice")
        return outcomes.learned_reversal(ctroutd, invoice, await self._last_transaction())

    # -- pairing ---------------------------------------------------------------------------

    async def pair(self, *, reg_ver: int = 1, entry_code: str | None = None) -> str:
        """SECURITY REGISTER, then TEST_MAC; only a working pairing reaches the keyring.
        Returns the MAC_LABEL. Raises PointPairingError, TerminalUnavailable,
        SecretsUnavailable (no usable keyring: nothing kept anywhere)."""
        problem = till_secrets.backend_problem()  # before the terminal drops its old pairing
        if problem is not None:
            raise till_secrets.no_keyring(problem)
        paired = await keyring_pairing.register(self.primary, reg_ver, entry_code)
        creds = PointCredentials(paired.mac_key, paired.mac_label)
        counter = int(await _settled(self.reserve_counter()))
        try:
            answer = await self.primary.exchange(
                MacCheck(), authenticate(creds.mac_key, creds.mac_label, counter)
            )
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None
        if not answer.succeeded:
            raise PointPairingError(f"TEST_MAC answered {answer.result_code}", PAIRING_NOT_TAKEN)
        keyring_pairing.save_credentials(self.register_id, paired)
        return paired.mac_label

    async def unpair(self) -> None:
        """SECURITY UNREGISTER (a manager's act), then the keyring forgets the MAC key."""
        try:
            answer = await self._send(self.primary, Unregister())
        except TerminalLost as error:
            raise restate(TerminalUnavailable, error) from None
        if not answer.succeeded and answer.result_code != 19:  # 19: the label is gone already
            entry = describe(answer.result_code, answer.response_text)
            raise TillError(UNREGISTER_REFUSED, why=TillError(entry.said, **entry.params))
        keyring_pairing.forget_credentials(self.register_id)

    # -- administration --------------------------------------------------------------------

    def admin_commands(self) -> tuple[AdminCommand, ...]:
        return (
            AdminCommand("status", "Status"),
            AdminCommand("test-mac", "Test the pairing (TEST_MAC)"),
            AdminCommand("last-tran", "Last transaction"),
            AdminCommand("resync", "Resynchronise the counter"),
            AdminCommand(END_OF_DAY, "End of day"),
        )

    async def admin(
        self, name: str, counter: int, prompts: TerminalPrompts | None = None
    ) -> AdminResult:
        if name not in {c.name for c in self.admin_commands()}:
            raise ValueError(f"unknown terminal command {name!r}")
        if name == END_OF_DAY:  # Klarna settles with Klarna: nothing to close on the terminal
            said = TillError(NO_END_OF_DAY)
            return AdminResult(name, True, said.message, (), said=said)
        if name == "resync":
            last = await self.resync()
            said = TillError(COUNTER_RESYNCED, counter=last)
            return AdminResult(name, True, said.message, (), said=said)
        if name == "status":
            answer: Response = await self.status()
        else:
            request = MacCheck() if name == "test-mac" else LastTran()
            try:
                answer = await self._send(self.primary, request)
            except TerminalLost as error:
                raise restate(TerminalUnavailable, error) from None
        fields = outcomes.evidence(answer)
        if isinstance(answer, SecondaryResponse):
            fields.update(
                secondary_data=answer.secondary_data, detailed_status=answer.detailed_status
            )
        summary = "\n".join(f"{k}: {v}" for k, v in fields.items() if v is not None)
        ok = answer.succeeded or outcomes.verdict(answer) is outcomes.Verdict.APPROVED
        return AdminResult(name, ok, summary, (), "" if ok else str(answer.result_code))


def _tell(prompts: TerminalPrompts, lines: TerminalLines) -> None:
    try:
        prompts.show_lines(lines)
    except Exception:
        log.exception("showing the terminal's lines failed")


def _log_failure(task: asyncio.Task) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("Point terminal task failed", exc_info=task.exception())
