"""The Wallee terminal's transport: the LTI codec over one persistent TCP connection (LTI 3.2).

One PoS request at a time waits for its final answer (its response or an errorNotification)
while the device messages in between are handed to the prompts the caller gave: display and
status notifications are shown, printer notifications kept with the answer, and confirmation
requests answered by the attendant within timeout + timeoutReminder (6.15).

If the connection drops or goes silent after a request was sent, the request's outcome is
unknown: `request` raises TerminalLost and the caller (payments.py, for checkout) reports it
as an Unknown outcome, learned later from the terminal's record, never by charging again. If
the request could not be sent at all, TerminalUnavailable (checkout.ports) says so.

Whatever goes wrong while reading (issue 7) ends the connection and fails the waiting request
at once, never after the silence timeout: an unreadable frame or final answer, an amountAuth
the request does not explain, and any bug in the reader itself (logged with its traceback).
A device message that cannot be read (a display line, a status) is logged and skipped; one
that was a confirmationRequest is answered "no", since the terminal waits for an answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from till.adapters.closing import cancel_and_wait
from till.checkout.ports import Reason, TerminalLost, TerminalState, TerminalUnavailable
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.protocols.lti import (
    ABORT_CODE_STANDARD,
    CONFIRMATION_NEGATIVE,
    NEED_DATA,
    AbortCardEntryNotification,
    ConfirmationRequest,
    ConfirmationResponse,
    DisplayNotification,
    ErrorNotification,
    LtiConnection,
    LtiProtocolError,
    MalformedNotification,
    PingRequest,
    PrinterNotification,
    TimeoutNotification,
    UnknownMessage,
)

log = logging.getLogger(__name__)

_READ_SIZE = 64 * 1024
_PING_TIMEOUT = 5.0
# 6.15 gives the timeouts in seconds as xsd:integer; an hour is far above any real one, and
# keeps a huge value from overflowing the float and the timer it becomes.
_MAX_CONFIRMATION_WAIT = 3600


__all__ = [
    "LtiPrompts",
    "SilentPrompts",
    "TerminalAnswer",
    "TerminalClient",
    "TerminalLost",
    "TerminalState",
    "TerminalUnavailable",
]


UNREACHABLE = Message(
    "wallee_unreachable",
    QT_TRANSLATE_NOOP(
        "Errors",
        "The card terminal at {address} cannot be reached. Check that it is switched on and on "
        "the network.",
    ),
)
CONNECTION_LOST = Message(
    "wallee_connection_lost",
    QT_TRANSLATE_NOOP("Errors", "The connection to the card terminal was lost: {why}"),
)
TERMINAL_CLOSED = Message(
    "wallee_terminal_closed",
    QT_TRANSLATE_NOOP("Errors", "The card terminal closed the connection."),
)
UNREADABLE = Message(
    "wallee_unreadable",
    QT_TRANSLATE_NOOP("Errors", "The till could not read the card terminal's message."),
)
SENDING_FAILED = Message(
    "wallee_sending_failed",
    QT_TRANSLATE_NOOP("Errors", "Sending to the card terminal failed."),
)
NO_ANSWER = Message(
    "wallee_no_answer",
    QT_TRANSLATE_NOOP("Errors", "The card terminal did not answer within {seconds} s."),
)
TILL_CLOSED = Message(
    "wallee_till_closed", QT_TRANSLATE_NOOP("Errors", "The till closed the connection.")
)
PING_REFUSED = Message(
    "wallee_ping_refused", QT_TRANSLATE_NOOP("Errors", "The card terminal refused a ping.")
)


class LtiPrompts(Protocol):
    """The device messages of a request, as LTI has them; payments.py turns them into the
    till's neutral prompts (checkout.ports.TerminalPrompts)."""

    def show_display(self, notification: DisplayNotification) -> None: ...

    def show_status(self, notification: Any) -> None: ...

    async def confirm(self, request: ConfirmationRequest, answer_within: float) -> bool: ...

    def remind(self, request: ConfirmationRequest) -> None: ...


class SilentPrompts:
    """For requests nobody watches (ping): shows nothing and declines any confirmation."""

    def show_display(self, notification: DisplayNotification) -> None:
        log.info("terminal display: %s", " / ".join(notification.lines))

    def show_status(self, notification: Any) -> None:
        log.info("terminal status: %s", type(notification).__name__)

    async def confirm(self, request: ConfirmationRequest, answer_within: float) -> bool:
        return False

    def remind(self, request: ConfirmationRequest) -> None:
        pass


@dataclass(frozen=True, slots=True)
class TerminalAnswer:
    final: Any  # the request's response, or an ErrorNotification
    printouts: tuple[PrinterNotification, ...]

    @property
    def failed(self) -> bool:
        return isinstance(self.final, ErrorNotification)


class _Exchange:
    """The one outstanding request: its prompts, printouts and the future of its answer."""

    def __init__(self, prompts: LtiPrompts) -> None:
        self.prompts = prompts
        self.printouts: list[PrinterNotification] = []
        self.answer: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.last_activity = asyncio.get_running_loop().time()
        self.confirming = 0  # confirmations open: the terminal waits for us, not we for it


def _tell(show: Callable[[Any], None], event: Any) -> None:
    """Hand a terminal message to the prompts: a failing screen must not end the payment."""
    try:
        show(event)
    except Exception:
        log.exception("showing %s failed", type(event).__name__)


def _log_failure(task: asyncio.Task) -> None:
    """No task of the client dies silently."""
    if not task.cancelled() and task.exception() is not None:
        log.error("terminal task failed", exc_info=task.exception())


class TerminalClient:
    def __init__(
        self,
        host: str,
        port: int = 50000,
        *,
        connect_timeout: float = 5.0,
        response_timeout: float = 180.0,
        ping_interval: float = 30.0,
    ) -> None:
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self.response_timeout = response_timeout
        self.ping_interval = ping_interval
        self.state = TerminalState.OFFLINE
        self.state_message: Reason = ""  # the error that put it offline, or its address
        self._listeners: list[Callable[[TerminalState, Reason], None]] = []
        self._writer: asyncio.StreamWriter | None = None
        self._conn: LtiConnection | None = None
        self._reader_task: asyncio.Task | None = None
        self._exchange: _Exchange | None = None
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task] = set()  # strong references to confirmation tasks
        self._health: asyncio.Task | None = None
        self._closing = False  # set by close(): the health loop ends at its next turn
        self.idle_prompts: LtiPrompts = SilentPrompts()

    # -- state -----------------------------------------------------------------------------

    def subscribe(self, listener: Callable[[TerminalState, Reason], None]) -> None:
        self._listeners.append(listener)

    def _set_state(self, state: TerminalState, message: Reason) -> None:
        if (state, message) != (self.state, self.state_message):
            self.state, self.state_message = state, message
            for listener in self._listeners:
                listener(state, message)

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    # -- connection ------------------------------------------------------------------------

    async def _ensure_connected(self) -> None:
        if self._writer is not None:
            return
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection(self.host, self.port), self.connect_timeout
            )
        except (OSError, TimeoutError) as error:
            unreachable = TerminalUnavailable(UNREACHABLE, address=self.address, detail=repr(error))
            self._set_state(TerminalState.OFFLINE, unreachable)
            raise unreachable from None
        self._writer = writer
        self._conn = LtiConnection()
        self._reader_task = asyncio.ensure_future(self._read_loop(reader, writer))
        self._reader_task.add_done_callback(_log_failure)
        self._set_state(TerminalState.ONLINE, self.address)

    def _drop(self, why: TillError, error: BaseException | None = None) -> None:
        """Close the connection; an outstanding request's outcome becomes unknown."""
        writer, self._writer, self._conn = self._writer, None, None
        if writer is not None:
            writer.close()
        exchange = self._exchange
        if exchange is not None and not exchange.answer.done():
            detail = getattr(error, "detail", "") or repr(error)
            exchange.answer.set_exception(TerminalLost(CONNECTION_LOST, why=why, detail=detail))
        self._set_state(TerminalState.OFFLINE, why)

    async def _read_loop(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = self._conn
        assert conn is not None
        try:
            while True:
                data = await reader.read(_READ_SIZE)
                if not data:
                    raise ConnectionError("the terminal closed the connection")
                conn.receive_data(data)
                while (event := conn.next_event()) is not NEED_DATA:
                    self._dispatch(conn, event)
        except asyncio.CancelledError:
            raise
        except LtiProtocolError as error:
            log.warning("terminal protocol error: %s", error.message)
            if writer is self._writer:
                self._drop(error, error)  # its Message for the cashier; the detail to the log
        except OSError as error:  # ConnectionError included
            if writer is self._writer:
                self._drop(TillError(TERMINAL_CLOSED), error)
        except Exception as error:  # a bug here must not leave the request to time out
            log.exception("the terminal reader failed")
            if writer is self._writer:
                self._drop(TillError(UNREADABLE), error)

    def _dispatch(self, conn: LtiConnection, event: Any) -> None:
        exchange = self._exchange
        prompts = exchange.prompts if exchange is not None else self.idle_prompts
        if exchange is not None:
            exchange.last_activity = asyncio.get_running_loop().time()
        if isinstance(event, MalformedNotification):
            log.warning("skipping an unreadable %s: %s", event.name, event.error.detail)
            if issubclass(event.message_class, ConfirmationRequest):
                refusal = ConfirmationResponse(result=CONFIRMATION_NEGATIVE)
                self._keep(asyncio.ensure_future(self._send_notification(refusal)))
        elif exchange is not None and conn.is_final(event):
            if not exchange.answer.done():
                exchange.answer.set_result(event)
        elif isinstance(event, PrinterNotification):
            if exchange is not None:
                exchange.printouts.append(event)
            else:
                log.info("terminal printout outside a request (admin=%s)", event.admin)
        elif isinstance(event, DisplayNotification):
            _tell(prompts.show_display, event)
        elif isinstance(event, ConfirmationRequest):
            self._keep(asyncio.ensure_future(self._confirm(event, prompts, exchange)))
        elif isinstance(event, UnknownMessage):
            log.info("ignoring an unknown terminal message %s", event.name)
        elif isinstance(event, ErrorNotification):
            log.warning(
                "terminal error outside a request: %s %s", event.error_code, event.error_text
            )
        else:  # card entry/removal, transaction start/end/abort (6.26)
            _tell(prompts.show_status, event)

    def _keep(self, task: asyncio.Task) -> None:
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(_log_failure)

    async def _confirm(
        self, request: ConfirmationRequest, prompts: LtiPrompts, exchange: _Exchange | None
    ) -> None:
        """Ask the attendant; remind after `timeout`; give up after timeout + reminder (6.15)."""
        timeout = min(max(request.timeout, 0), _MAX_CONFIRMATION_WAIT)
        reminder = min(max(request.timeout_reminder or 0, 0), _MAX_CONFIRMATION_WAIT)
        within = float(timeout + reminder)
        loop = asyncio.get_running_loop()
        remind = loop.call_later(timeout, _tell, prompts.remind, request) if reminder else None
        if exchange is not None:
            exchange.confirming += 1
        try:
            answer = await asyncio.wait_for(prompts.confirm(request, within), within)
        except TimeoutError:
            reply: Any = TimeoutNotification()
        except Exception:  # a broken dialog must not leave the terminal waiting
            log.exception("confirmation prompt failed; answering negative")
            reply = ConfirmationResponse(result=0)
        else:
            reply = ConfirmationResponse(result=1 if answer else 0)
        finally:
            if remind is not None:
                remind.cancel()
            if exchange is not None:
                exchange.confirming -= 1
                exchange.last_activity = loop.time()
        await self._send_notification(reply)

    async def _send_notification(self, message: Any) -> None:
        """Device-message answers and notifications go out at once, not behind the lock."""
        if self._writer is None or self._conn is None:
            log.warning("cannot send %s: not connected", type(message).__name__)
            return
        writer = self._writer
        try:
            writer.write(self._conn.send(message))
            await writer.drain()
        except OSError as error:
            if writer is self._writer:
                self._drop(TillError(SENDING_FAILED), error)

    # -- requests --------------------------------------------------------------------------

    async def request(
        self, message: Any, prompts: LtiPrompts | None = None, *, timeout: float | None = None
    ) -> TerminalAnswer:
        """Send one PoS request and wait for its final answer.

        `timeout` is how long the terminal may stay silent (default response_timeout); while a
        confirmation is open the clock stops, since then the terminal waits for the till.
        """
        async with self._lock:
            await self._ensure_connected()
            assert self._writer is not None and self._conn is not None
            exchange = _Exchange(prompts or self.idle_prompts)
            self._exchange = exchange
            try:
                writer = self._writer
                try:
                    writer.write(self._conn.send(message))
                    await writer.drain()
                except OSError as error:  # some bytes may have gone out: the outcome is unknown
                    self._drop(TillError(SENDING_FAILED), error)
                await self._await_answer(exchange, timeout or self.response_timeout)
                return TerminalAnswer(exchange.answer.result(), tuple(exchange.printouts))
            finally:
                self._exchange = None

    async def _await_answer(self, exchange: _Exchange, silence: float) -> None:
        loop = asyncio.get_running_loop()
        while not exchange.answer.done():
            waited = loop.time() - exchange.last_activity
            left = silence - waited if not exchange.confirming else silence
            if left <= 0:
                self._drop(TillError(NO_ANSWER, seconds=f"{silence:.0f}"))
                break
            # asyncio.wait, not wait_for: it never swallows a cancellation (closing.py)
            await asyncio.wait({exchange.answer}, timeout=min(left, 1.0))
        exchange.answer.result()  # raises TerminalLost if the connection was dropped

    async def abort_card_entry(self, abort_code: str = ABORT_CODE_STANDARD) -> None:
        """Ask the terminal to stop waiting for a card (6.18): "01" standard, "02" the customer
        pays otherwise.

        Sent at once, beside the outstanding request; the request then ends with an
        errorNotification, or goes on if the card was already read."""
        await self._send_notification(AbortCardEntryNotification(abort_code=abort_code))

    async def ping(self) -> None:
        answer = await self.request(PingRequest(), timeout=_PING_TIMEOUT)
        if answer.failed:
            raise TerminalUnavailable(PING_REFUSED)

    # -- health ----------------------------------------------------------------------------

    def start(self) -> None:
        """Connect now and keep the connection checked with an idle ping (issue: health)."""
        if self._health is None:
            self._health = asyncio.ensure_future(self._watch())
            self._health.add_done_callback(_log_failure)

    async def _watch(self) -> None:
        while not self._closing:
            if not self._lock.locked():
                try:
                    await self.ping()
                    self._set_state(TerminalState.ONLINE, self.address)
                except TillError as error:
                    self._set_state(TerminalState.OFFLINE, error)
                except Exception:  # a bug: logged, and the next ping tries again
                    log.exception("the terminal health check failed")
            await asyncio.sleep(self.ping_interval)

    async def close(self) -> None:
        """Within a second, whatever the terminal is doing (closing.py)."""
        self._closing = True
        tasks = [t for t in (self._health, self._reader_task, *self._tasks) if t is not None]
        await cancel_and_wait(tasks)
        self._health = None
        if self._writer is not None:
            self._drop(TillError(TILL_CLOSED))
