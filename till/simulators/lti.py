"""A loopback stand-in for a Wallee card terminal on the Local Till Interface (LTI 2.46).

It listens like the terminal (section 3.2: the till connects), answers every PoS request of
section 6 plausibly, and plays the failures a till must survive: declines, error codes of
6.14.1, a cashier confirmation (6.15), partial approval, a connection that drops after the
payment was approved, a card that never comes (6.18), frames cut into bytes or glued into one
write (3.1), a flood of display notifications, an approval without amountAuth, a tip, and
reversals refused, dropped, held or never done (6.8). Like a real terminal it remembers its
last transaction across connections, reverses it when a new payment repeats its trxSyncNumber
(section 7), and tells it on reprintReceiptRequest (6.12): lastTrx, or lastRev once reversed.

Run it by hand with `python -m till.simulators.lti --port 50000 --scenario decline`.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import socket
from datetime import datetime
from enum import StrEnum
from typing import Any

from till.protocols.lti import (
    NEED_DATA,
    AbortCardEntryNotification,
    ActivationRequest,
    AdaptAmountRequest,
    BeFinalBalanceRequest,
    BeFinalBalanceResponse,
    BeTransmissionRequest,
    CancelReservationRequest,
    CancelReservationResponse,
    CardEntryNotification,
    CardRemovalNotification,
    CheckCouponIdRequest,
    CheckCouponIdResponse,
    CommAddr,
    CommitAuthorisationPurchaseRequest,
    ConfigDataRequest,
    ConfigDataResponse,
    ConfirmationRequest,
    ConfirmationResponse,
    DeactivationRequest,
    DisplayNotification,
    Ep2TerminalConfigData,
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    GeneratePanTokenRequest,
    GeneratePanTokenResponse,
    InterEodReceiptRequest,
    LtiDeviceConnection,
    LtiFramingError,
    LtiMessage,
    LtiMessageError,
    MiSubmissionRequest,
    PingRequest,
    PingResponse,
    PinpadInformationRequest,
    PinpadInformationResponse,
    PosRequest,
    PrintCurrencyRateTicketRequest,
    PrinterNotification,
    ReprintReceiptRequest,
    ReprintReceiptResponse,
    ReversalRequest,
    ReversalResponse,
    SiConfigRequest,
    SiInitRequest,
    SleepRequest,
    SleepResponse,
    TaxFreeVoidVoucherRequest,
    TaxFreeVoidVoucherResponse,
    TaxFreeVoucherRequest,
    TaxFreeVoucherResponse,
    TimeoutNotification,
    TrxAbortNotification,
    TrxEndNotification,
    TrxStartNotification,
    WaitForCardPresentRequest,
    WaitForCardPresentResponse,
    WaitForCardRemovedRequest,
    WaitForCardRemovedResponse,
)
from till.protocols.lti.messages import (
    DISPLAY_ATTENDANT,
    DISPLAY_CARDHOLDER,
    TRX_INFO_CARD_ENTRY,
    TRX_INFO_CARD_REMOVAL,
    TRX_INFO_TRX_ABORT,
    TRX_INFO_TRX_END,
    TRX_INFO_TRX_START,
    AcquirerData,
    TerminalApplicationConfigData,
    TillDeviceMessage,
    trx_info_bits,
)

DEFAULT_PORT = 50000  # section 3.2


class Scenario(StrEnum):
    """What the terminal does with the next financialTrxRequest."""

    APPROVE = "approve"
    DECLINE = "decline"
    CONFIRM = "confirm"  # asks the attendant "Belopp SEK x OK?" first (6.15)
    PARTIAL = "partial"  # approves half the amount
    DROP_BEFORE_RESPONSE = "drop_before_response"  # approves, then the line goes dead
    NO_CARD = "no_card"  # the card never comes; only abortCardEntryNotification ends it
    SPLIT_FRAMES = "split_frames"  # approves, writing every byte on its own
    COALESCE = "coalesce"  # approves, all device messages and the response in one write
    DISPLAY_FLOOD = "display_flood"  # flood_count displays at flood_rate/s, then approves
    # Approves, but the response leaves out amountAuth; the terminal's record keeps it.
    APPROVE_NO_AMOUNT = "approve_no_amount"
    TIP = "tip"  # the cardholder adds `tip` öre: amountAuth = amount + tip, amountTip = tip
    # These approve payments; what differs is the next reversalRequest (6.8):
    REFUSE_REVERSAL = "refuse_reversal"  # answered with an errorNotification, not reversed
    DROP_BEFORE_REVERSAL_RESPONSE = "drop_before_reversal_response"  # reverses, line goes dead
    HOLD_REVERSAL_RESPONSE = "hold_reversal_response"  # reverses, never answers
    IGNORE_REVERSAL = "ignore_reversal"  # neither reverses nor answers (the request got lost)
    # One per error code of section 6.14.1: an errorNotification with that code.
    ERROR_VCS_ERR_0005 = "error_VCS.ERR.0005"
    ERROR_VCS_ERR_0031 = "error_VCS.ERR.0031"
    ERROR_VCS_ERR_0032 = "error_VCS.ERR.0032"
    ERROR_VCS_ERR_0033 = "error_VCS.ERR.0033"
    ERROR_VCS_ERR_0034 = "error_VCS.ERR.0034"
    ERROR_VCS_ERR_0035 = "error_VCS.ERR.0035"
    ERROR_VCS_ERR_0036 = "error_VCS.ERR.0036"
    ERROR_VCS_ERR_0038 = "error_VCS.ERR.0038"
    ERROR_TRM_PR_0001 = "error_TRM.PR.0001"
    ERROR_TRM_PT_0001 = "error_TRM.PT.0001"
    ERROR_TRM_PT_0002 = "error_TRM.PT.0002"
    ERROR_TRM_PT_0003 = "error_TRM.PT.0003"
    ERROR_TRM_PT_0201 = "error_TRM.PT.0201"
    ERROR_TRM_PT_0300 = "error_TRM.PT.0300"
    ERROR_TRM_PT_0405 = "error_TRM.PT.0405"
    ERROR_TRM_PT_0406 = "error_TRM.PT.0406"
    ERROR_TRM_PT_0609 = "error_TRM.PT.0609"
    ERROR_TRM_PT_0500 = "error_TRM.PT.0500"
    ERROR_TRM_PT_0501 = "error_TRM.PT.0501"
    ERROR_TRM_PT_0700 = "error_TRM.PT.0700"
    ERROR_TRM_PT_0701 = "error_TRM.PT.0701"
    ERROR_TRM_PT_1100 = "error_TRM.PT.1100"
    ERROR_TRM_PT_0904 = "error_TRM.PT.0904"
    ERROR_TRM_PT_0905 = "error_TRM.PT.0905"
    ERROR_TRM_ID_0007 = "error_TRM.ID.0007"

    @property
    def error_code(self) -> str | None:
        """The 6.14.1 code of an ERROR_ scenario, None for the others."""
        return self.value.removeprefix("error_") if self.value.startswith("error_") else None

    @classmethod
    def parse(cls, text: str) -> Scenario:
        """By value ("decline", "error_TRM.PT.0001") or name ("DECLINE", "ERROR_TRM_PT_0001")."""
        for scenario in cls:
            if text in (scenario.value, scenario.name) or text.upper() == scenario.name:
                return scenario
        raise ValueError(f"unknown scenario {text!r}")


# The Description column of 6.14.1, shortened: what a terminal puts in errorText.
ERROR_TEXTS = {
    "VCS.ERR.0005": "Request not valid",
    "VCS.ERR.0031": "No original transaction found",
    "VCS.ERR.0032": "Original transaction is not an authorization purchase",
    "VCS.ERR.0033": "Original transaction was not successful",
    "VCS.ERR.0034": "Original transaction was reserved",
    "VCS.ERR.0035": "No receipts for original transaction",
    "VCS.ERR.0036": "Original transaction has already been committed",
    "VCS.ERR.0038": "Amount to commit is higher than the authorized amount of original",
    "TRM.PR.0001": "Failed to reference original transaction",
    "TRM.PT.0001": "Card removed",
    "TRM.PT.0002": "Cancelled by user",
    "TRM.PT.0003": "System Error",
    "TRM.PT.0201": "Card not detected",
    "TRM.PT.0300": "Card not inserted",
    "TRM.PT.0405": "Failed to Contact Card (1st attempt)",
    "TRM.PT.0406": "Failed to Contact Card (2nd attempt)",
    "TRM.PT.0609": "Multiple reversal limit reached",
    "TRM.PT.0500": "No Application Found",
    "TRM.PT.0501": "Card blocked or SELECT command not supported",
    "TRM.PT.0700": "Transaction not possible with the selected application",
    "TRM.PT.0701": "Read Error",
    "TRM.PT.1100": "Read Error",
    "TRM.PT.0904": "Signature not supported",
    "TRM.PT.0905": "Online PIN not supported",
    "TRM.ID.0007": "Storing TR31 block of wrapped key in PED failed",
}

_CURRENCIES = {"752": "SEK", "578": "NOK", "208": "DKK", "978": "EUR", "756": "CHF"}
_TRX_NAMES = {0: "Purchase", 3: "Cash advance", 4: "Credit", 11: "Purchase + cash"}
# Codes raised before any card was read: no card entry or removal notification goes with them.
_BEFORE_CARD = {"TRM.PT.0201", "TRM.PT.0300", "VCS.ERR.0005", "TRM.ID.0007"}
_CARD = {
    "card_number": "XXXXXXXXXXXX0267",
    "card_seq_number": 1,
    "card_exp_date": "271231",
    "card_app_label": "Visa",
    "card_app_id": "A0000000031010",
    "acquirer_id": "00000000001",
}


def _currency(code: str | None) -> str:
    return _CURRENCIES.get(code or "", code or "")


def _decimal(amount: int) -> str:
    """'1234.50': amounts on receipts as in Listing 34."""
    return f"{amount // 100}.{amount % 100:02d}"


def _display_amount(amount: int, currency: str | None) -> str:
    """'SEK 1234,50': how a Swedish terminal shows the amount to people."""
    return f"{_currency(currency)} {amount // 100},{amount % 100:02d}"


@dataclasses.dataclass
class Transaction:
    """What the terminal remembers of a payment (section 7: the last completed one)."""

    request: FinancialTrxRequest
    response: FinancialTrxResponse
    merchant_receipt: str
    cardholder_receipt: str
    reversal: ReversalResponse | None = None
    reversal_receipts: tuple[str, str] | None = None
    automatic_reversal: bool = False

    @property
    def approved(self) -> bool:
        return self.response.trx_result == 0

    @property
    def trx_sync_number(self) -> int | None:
        return self.request.trx_sync_number


class _Dropped(Exception):
    """The scenario closes the connection on purpose."""


class _Session:
    """One till connection: reads frames into a queue of requests and a queue of the till's
    device messages; one task answers the requests in order."""

    def __init__(
        self, sim: LtiSimulator, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        self.sim = sim
        self.reader = reader
        self.writer = writer
        self.conn = LtiDeviceConnection()
        self.requests: asyncio.Queue[PosRequest | None] = asyncio.Queue()
        # The till's device messages, each tagged with how many requests had come before
        # it: an abort sent for one payment must not stop the next one.
        self.till_messages: asyncio.Queue[tuple[int, TillDeviceMessage]] = asyncio.Queue()
        self.requests_seen = 0
        self.serving = 0  # the number of the request being answered
        self._batch: bytearray | None = None
        self.split = False

    async def run(self) -> None:
        with contextlib.suppress(OSError):
            sock = self.writer.get_extra_info("socket")
            if sock is not None:  # so that SPLIT_FRAMES really sends byte by byte
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        worker = asyncio.create_task(self._answer_requests())
        try:
            await self._read()
        except (ConnectionError, OSError, LtiFramingError):
            pass  # the till went away or sent a broken stream: end this connection only
        finally:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await worker
            self.writer.close()
            with contextlib.suppress(Exception):
                await self.writer.wait_closed()

    async def _read(self) -> None:
        while True:
            data = await self.reader.read(65536)
            if not data:
                return
            self.conn.receive_data(data)
            while True:
                try:
                    event = self.conn.next_event()
                except LtiMessageError:
                    self.requests.put_nowait(None)  # answered VCS.ERR.0005 in its turn
                    continue
                if event is NEED_DATA:
                    break
                if isinstance(event, PosRequest):
                    self.sim.received.append(event)
                    self.requests_seen += 1
                    self.requests.put_nowait(event)
                elif isinstance(event, TillDeviceMessage):
                    self.sim.till_device_messages.append(event)
                    self.till_messages.put_nowait((self.requests_seen, event))
                else:  # an unknown message
                    self.requests.put_nowait(None)

    async def _answer_requests(self) -> None:
        try:
            while True:
                request = await self.requests.get()
                if request is not None:
                    self.serving += 1
                if request is None:
                    await self.send(_error("VCS.ERR.0005"))
                    continue
                await self.sim._answer(self, request)
        except _Dropped:
            self.writer.close()
        except (ConnectionError, OSError):
            self.writer.close()

    # -- writing ----------------------------------------------------------------------------

    async def send(self, msg: LtiMessage) -> None:
        data = self.conn.send(msg)
        if self._batch is not None:
            self._batch += data
            return
        if self.split:
            for i in range(len(data)):
                self.writer.write(data[i : i + 1])
                await self.writer.drain()
                await asyncio.sleep(self.sim.split_pause)
            return
        self.writer.write(data)
        await self.writer.drain()

    def start_batch(self) -> None:
        self._batch = bytearray()

    async def flush_batch(self) -> None:
        data, self._batch = self._batch, None
        if data:
            self.writer.write(bytes(data))
            await self.writer.drain()

    def has_till_message(self) -> bool:
        return not self.till_messages.empty()

    async def next_till_message(self, timeout: float | None) -> TillDeviceMessage | None:
        """The till's next device message for the request being answered, None on timeout."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while True:
            left = None if deadline is None else max(0.0, deadline - loop.time())
            try:
                seen, msg = await asyncio.wait_for(self.till_messages.get(), left)
            except TimeoutError:
                return None
            if seen >= self.serving:  # sent after this request: meant for it
                return msg


def _error(code: str, card_id: str | None = None) -> ErrorNotification:
    return ErrorNotification(error_code=code, error_text=ERROR_TEXTS.get(code), card_id=card_id)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class LtiSimulator:
    """The terminal. Settable while it runs: `scenario`, `card_delay`, the confirmation
    `confirmation_timeout`/`confirmation_timeout_reminder`, `flood_count`/`flood_rate`.
    Recorded: `received` (every PoS request), `till_device_messages` (confirmation answers,
    timeouts, aborts),
    `confirmation_answers` (results of confirmationResponse), `auto_reversals` (7.2.2)."""

    def __init__(self, *, scenario: Scenario = Scenario.APPROVE) -> None:
        self.scenario = scenario
        self.card_delay = 0.0
        self.confirmation_timeout = 30
        self.confirmation_timeout_reminder = 0
        self.flood_count = 200
        self.flood_rate = 200.0
        self.split_pause = 0.0002
        self.tip = 1500  # öre the cardholder adds in the TIP scenario
        self.reversal_error = "TRM.PT.0003"  # REFUSE_REVERSAL's errorCode
        self.terminal_id = "SIM00001"
        self.received: list[PosRequest] = []
        self.till_device_messages: list[TillDeviceMessage] = []
        self.confirmation_answers: list[int] = []
        self.confirmation_timeouts = 0
        self.auto_reversals: list[Transaction] = []
        self.transactions: list[Transaction] = []  # since the last final balance
        self.last: Transaction | None = None
        self.active = True
        self.connections = 0
        self._seq = 1000
        self._server: asyncio.AbstractServer | None = None
        self._sessions: set[asyncio.Task[None]] = set()

    # -- lifecycle --------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> int:
        self._server = await asyncio.start_server(self._accept, host, port)
        return self.port

    @property
    def port(self) -> int:
        assert self._server is not None, "not started"
        return self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._sessions):
            task.cancel()
        for task in list(self._sessions):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
            self._server = None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        # stop() cancels this inner task, not the one asyncio.start_server made: that one
        # must end normally, or asyncio logs its cancellation as an error.
        task = asyncio.create_task(_Session(self, reader, writer).run())
        self._sessions.add(task)
        try:
            await task
        except asyncio.CancelledError:
            if not task.cancelled():
                raise
        finally:
            self._sessions.discard(task)

    # -- requests ---------------------------------------------------------------------------

    async def _answer(self, session: _Session, request: PosRequest) -> None:
        handler = _HANDLERS.get(type(request))
        if handler is None:
            await session.send(_error("VCS.ERR.0005"))
            return
        await handler(self, session, request)

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    async def _admin_receipt(self, session: _Session, title: str, *lines: str) -> None:
        """Section 5.1, 5.2: maintenance functions print an administrative receipt."""
        text = "\n".join(
            [title, _now().strftime("%d.%m.%Y %H:%M:%S"), f"Trm-Id: {self.terminal_id}", *lines]
        )
        await session.send(PrinterNotification(merchant_receipt=text, admin=True))

    def _auto_reverse(self, trx_sync_number: int | None) -> None:
        """Section 7.2.2: the same trxSyncNumber as the last completed transaction means the
        till never got its response: reverse that transaction before going on."""
        last = self.last
        if (
            trx_sync_number is None
            or last is None
            or last.trx_sync_number != trx_sync_number
            or not last.approved
            or last.reversal is not None
        ):
            return
        self._reverse(last, automatic=True)
        self.auto_reversals.append(last)

    def _reverse(self, trx: Transaction, *, automatic: bool = False) -> ReversalResponse:
        response = trx.response
        reversal = ReversalResponse(
            ep2_trm_id=self.terminal_id,
            ep2_trx_seq_cnt=self._next_seq(),
            ep2_trx_seq_cnt_orig_trx=response.ep2_trx_seq_cnt,
            ep2_trx_type_ext_orig_trx=trx.request.trx_data.transaction_type or 0,
            amount_rev=response.amount_auth,
            amount_rev_curr=response.amount_auth_curr,
            card_number=response.card_number,
            card_seq_number=response.card_seq_number,
            card_exp_date=response.card_exp_date,
            card_app_label=response.card_app_label,
            card_app_id=response.card_app_id,
            transaction_time=_now().strftime("%Y%m%d%H%M%S"),
            acquirer_id=response.acquirer_id,
        )
        trx.reversal = reversal
        trx.automatic_reversal = automatic
        trx.reversal_receipts = self._receipts(
            "Automatic reversal" if automatic else "Reversal",
            reversal.amount_rev or 0,
            reversal.amount_rev_curr,
            reversal.ep2_trx_seq_cnt or 0,
            None,
        )
        return reversal

    def _receipts(
        self,
        title: str,
        amount: int,
        currency: str | None,
        seq: int,
        auth_code: str | None,
        tip: int = 0,
    ) -> tuple[str, str]:
        """Merchant and cardholder receipts in the plain text of Listings 34 and 35."""
        when = _now().strftime("%d.%m.%Y %H:%M:%S")
        head = [title, _CARD["card_app_label"], "4761XXXXXXXX0267", when]
        auth = [f"Auth. code: {auth_code}"] if auth_code else []
        cur = _currency(currency)
        total = [
            f"EFT {cur} : {_decimal(amount)}",
            f"Tip {cur} : {_decimal(tip)}",
            f"Total-EFT {cur} : {_decimal(amount + tip)}",
        ]
        merchant = [
            *head,
            f"Trm-Id: {self.terminal_id}",
            "Act-Id: 49",
            f"AID: {_CARD['card_app_id']}",
            f"Trx. Seq-Cnt: {seq}",
            *auth,
            *total,
        ]
        holder = [
            "***Cardholder Receipt***",
            *head,
            f"Trm-Id: {self.terminal_id}",
            f"Trx. Seq-Cnt: {seq}",
            *auth,
            *total,
        ]
        return "\n".join(merchant), "\n".join(holder)

    async def _print(self, session: _Session, receipts: tuple[str, str]) -> None:
        merchant, holder = receipts
        await session.send(PrinterNotification(merchant_receipt=merchant, admin=False))
        await session.send(PrinterNotification(cardholder_receipt=holder))

    # -- the payment ------------------------------------------------------------------------

    async def _financial_trx(self, session: _Session, request: FinancialTrxRequest) -> None:
        scenario = self.scenario
        if not self.active:
            await session.send(_error("VCS.ERR.0005"))
            return
        self._auto_reverse(request.trx_sync_number)
        bits = trx_info_bits(request.trx_info)
        data = request.trx_data
        amount_text = _display_amount(data.amount, data.currency)

        async def status(bit: int, msg: LtiMessage) -> None:
            if bits & bit:  # 6.1.1: only the notifications the till asked for
                await session.send(msg)

        if scenario is Scenario.COALESCE:
            session.start_batch()
        session.split = scenario is Scenario.SPLIT_FRAMES
        try:
            await status(TRX_INFO_TRX_START, TrxStartNotification())
            await session.send(
                DisplayNotification(
                    display_type=DISPLAY_ATTENDANT, lines=("Väntar på kort", amount_text)
                )
            )
            await session.send(
                DisplayNotification(
                    display_type=DISPLAY_CARDHOLDER,
                    lines=(f"Belopp {amount_text}", "Sätt i eller blippa kortet"),
                )
            )
            code = scenario.error_code
            if code in _BEFORE_CARD:
                await self._fail(session, status, code, card_read=False)
                return
            aborted = await self._wait_for_card(session, forever=scenario is Scenario.NO_CARD)
            if aborted is not None:
                await self._fail(session, status, aborted, card_read=False)
                return
            await status(TRX_INFO_CARD_ENTRY, CardEntryNotification(card_entry_mode=1))
            await session.send(
                DisplayNotification(display_type=DISPLAY_CARDHOLDER, lines=("Ange PIN-kod",))
            )
            if code is not None:
                await self._fail(session, status, code, card_read=True)
                return
            if scenario is Scenario.DISPLAY_FLOOD:
                await self._flood(session)
            if scenario is Scenario.CONFIRM:
                refused = await self._confirm(session, amount_text)
                if refused is not None:
                    await self._fail(session, status, refused, card_read=True)
                    return
            await self._complete(session, status, request, scenario)
        finally:
            session.split = False
            if session._batch is not None:
                await session.flush_batch()

    async def _wait_for_card(self, session: _Session, *, forever: bool) -> str | None:
        """Wait card_delay seconds (or forever) for the card; an abortCardEntryNotification
        (6.18) ends the wait with the error code to send, None means the card came."""
        loop = asyncio.get_running_loop()
        deadline = None if forever else loop.time() + self.card_delay
        while True:
            timeout = None if deadline is None else max(0.0, deadline - loop.time())
            if timeout == 0.0 and not session.has_till_message():
                return None
            msg = await session.next_till_message(timeout)
            if msg is None:
                return None
            if isinstance(msg, AbortCardEntryNotification):
                # 6.18.1: code 02 means the customer pays another way (cash): stopped.
                code = (msg.abort_code or "01").strip()
                return "TRM.PT.0002" if code.lstrip("0") == "2" else "TRM.PT.0201"

    async def _flood(self, session: _Session) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        for i in range(self.flood_count):
            delay = start + i / self.flood_rate - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            await session.send(
                DisplayNotification(
                    display_type=DISPLAY_CARDHOLDER if i % 2 else DISPLAY_ATTENDANT,
                    lines=("Behandlar", f"{i + 1}/{self.flood_count}"),
                )
            )

    async def _confirm(self, session: _Session, amount_text: str) -> str | None:
        """6.15: ask the attendant; None when confirmed, else the error code to abort with."""
        timeout, reminder = self.confirmation_timeout, self.confirmation_timeout_reminder
        await session.send(
            ConfirmationRequest(
                display_type=DISPLAY_ATTENDANT,
                lines=(f"Belopp {amount_text} OK?",),
                timeout=timeout,
                timeout_reminder=reminder,
            )
        )
        # The till waits timeout + reminder seconds; give it a little more to say so.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout + reminder + 5.0
        while True:
            msg = await session.next_till_message(max(0.0, deadline - loop.time()))
            if msg is None or isinstance(msg, TimeoutNotification):
                self.confirmation_timeouts += 1
                return "TRM.PT.0002"
            if isinstance(msg, ConfirmationResponse):
                self.confirmation_answers.append(msg.result)
                return None if msg.result == 1 else "TRM.PT.0002"

    async def _fail(self, session: _Session, status: Any, code: str, *, card_read: bool) -> None:
        if card_read:
            await status(TRX_INFO_CARD_REMOVAL, CardRemovalNotification())
        await session.send(
            DisplayNotification(display_type=DISPLAY_CARDHOLDER, lines=("Avbrutet",))
        )
        await status(TRX_INFO_TRX_ABORT, TrxAbortNotification())
        await session.send(_error(code))

    async def _complete(
        self, session: _Session, status: Any, request: FinancialTrxRequest, scenario: Scenario
    ) -> None:
        data = request.trx_data
        seq = self._next_seq()
        declined = scenario is Scenario.DECLINE
        amount_auth = data.amount
        tip = 0
        extra: dict[str, Any] = {}
        if scenario is Scenario.PARTIAL:
            amount_auth = data.amount // 2
            extra = {"amount_remaining": data.amount - amount_auth, "partial_approval_flag": 1}
        if scenario is Scenario.TIP:
            tip = self.tip  # the card is charged the sale and the tip: Total-EFT
            extra = {"amount_tip": tip}
        auth_code = None if declined else f"{(seq * 7919) % 1_000_000:06d}"
        response = FinancialTrxResponse(
            ep2_auth_response_code="05" if declined else "00",
            ep2_auth_result=1 if declined else 0,
            ep2_auth_code=auth_code,
            ep2_trm_id=self.terminal_id,
            ep2_trx_seq_cnt=seq,
            trx_result=1 if declined else 0,
            amount_auth=None if declined else amount_auth + tip,
            amount_auth_curr=data.currency,
            transaction_ref_number=f"{seq:012d}",
            transaction_time=_now().strftime("%Y%m%d%H%M%S"),
            cvm=3,
            trx_sync_number=request.trx_sync_number,
            merchant_reference=request.merchant_reference,
            **_CARD,
            **extra,
        )
        title = _TRX_NAMES.get(data.transaction_type or 0, "Transaction")
        if declined:
            title += " DECLINED"
        receipts = self._receipts(title, amount_auth, data.currency, seq, auth_code, tip)
        # The terminal's own record comes first: what the till hears of it may get lost.
        trx = Transaction(request, response, *receipts)
        self.last = trx
        if not declined:
            self.transactions.append(trx)
        await status(TRX_INFO_CARD_REMOVAL, CardRemovalNotification())
        await session.send(
            DisplayNotification(
                display_type=DISPLAY_CARDHOLDER, lines=("Nekat" if declined else "Godkänt",)
            )
        )
        if scenario is Scenario.DROP_BEFORE_RESPONSE:
            raise _Dropped
        await self._print(session, receipts)
        await status(TRX_INFO_TRX_END, TrxEndNotification())
        if scenario is Scenario.APPROVE_NO_AMOUNT:  # the record above keeps the amount
            response = dataclasses.replace(response, amount_auth=None)
        await session.send(response)

    # -- the other requests -----------------------------------------------------------------

    async def _reversal(self, session: _Session, request: ReversalRequest) -> None:
        """6.8: the last transaction, or the one origTrxSeqCnt names (multiple reversal)."""
        scenario = self.scenario
        if scenario is Scenario.IGNORE_REVERSAL:
            await asyncio.Event().wait()  # as if it never arrived; ends with the connection
        trx = self.last
        if request.orig_trx_seq_cnt is not None:
            trx = next(
                (
                    t
                    for t in reversed(self.transactions)
                    if t.response.ep2_trx_seq_cnt == request.orig_trx_seq_cnt
                ),
                None,
            )
        if trx is None or not trx.approved:
            await session.send(_error("VCS.ERR.0031"))
            return
        if trx.reversal is not None:
            await session.send(_error("TRM.PT.0609"))
            return
        if scenario is Scenario.REFUSE_REVERSAL:
            await session.send(_error(self.reversal_error))
            return
        reversal = self._reverse(trx)
        self.last = trx  # the terminal's record is now this reversal (6.12 lastRev)
        if scenario is Scenario.HOLD_REVERSAL_RESPONSE:
            await asyncio.Event().wait()  # done, but the answer never comes
        if scenario is Scenario.DROP_BEFORE_REVERSAL_RESPONSE:
            raise _Dropped
        assert trx.reversal_receipts is not None
        await self._print(session, trx.reversal_receipts)
        await session.send(reversal)

    async def _reprint(self, session: _Session, request: ReprintReceiptRequest) -> None:
        if (request.type or "TRX").upper() == "EOD":
            await self._admin_receipt(session, "Final balance (copy)")
            await session.send(ReprintReceiptResponse())
            return
        last = self.last
        if last is None:
            await session.send(_error("VCS.ERR.0035"))
            return
        if last.reversal is not None:
            assert last.reversal_receipts is not None
            await self._print(session, last.reversal_receipts)
            await session.send(ReprintReceiptResponse(last_rev=last.reversal))
            return
        await self._print(session, (last.merchant_receipt, last.cardholder_receipt))
        await session.send(ReprintReceiptResponse(last_trx=last.response))

    async def _final_balance(self, session: _Session, request: BeFinalBalanceRequest) -> None:
        self._auto_reverse(request.trx_sync_number)  # 7.2.3
        lines = []
        totals: dict[str, int] = {}
        for trx in self.transactions:
            if trx.reversal is None:
                currency = trx.response.amount_auth_curr or ""
                totals[currency] = totals.get(currency, 0) + (trx.response.amount_auth or 0)
        lines += [f"Total {_currency(cur)} : {_decimal(amount)}" for cur, amount in totals.items()]
        lines.append(f"Transactions: {len(self.transactions)}")
        reversed_ = [t for t in self.transactions if t.automatic_reversal]
        if reversed_:  # 7.3: the Transaction Sync Report
            lines.append("Transaction Sync Report")
            lines += [
                f"Purch {_decimal(t.response.amount_auth or 0)} A.Rev "
                f"{t.response.ep2_trx_seq_cnt} {t.trx_sync_number}"
                for t in reversed_
            ]
        await self._admin_receipt(session, "Final balance", *lines)
        self.transactions.clear()
        await session.send(BeFinalBalanceResponse(trx_sync_number=request.trx_sync_number))

    async def _simple(self, session: _Session, request: PosRequest) -> None:
        """Maintenance requests: an admin receipt where the terminal prints, then the
        response (sections 5.1, 5.2, 6.2-6.6, 6.10, 6.11, 6.21, 6.25)."""
        kind = type(request)
        if kind is ActivationRequest:
            self.active = True
            await self._admin_receipt(session, "Activation")
        elif kind is DeactivationRequest:
            self.active = False
            await self._admin_receipt(session, "Deactivation")
        elif kind in _ADMIN_TITLES:
            await self._admin_receipt(session, _ADMIN_TITLES[kind])
        await session.send(kind.response())

    async def _other(self, session: _Session, request: PosRequest) -> None:
        """Requests answered with data and no receipt."""
        await session.send(self._plain_answer(request))

    def _plain_answer(self, request: PosRequest) -> LtiMessage:
        if isinstance(request, PingRequest):
            return PingResponse()
        if isinstance(request, ConfigDataRequest):
            return ConfigDataResponse(
                acquirer_data_list=(
                    AcquirerData(
                        acquirer_id="00000000001",
                        terminal_application_config_data_list=(
                            TerminalApplicationConfigData(aid="QTAwMDAwMDAwMDMxMDEw", brand="Visa"),
                            TerminalApplicationConfigData(
                                aid="QTAwMDAwMDAwMDQxMDEw", brand="MasterCard"
                            ),
                        ),
                    ),
                ),
                ep2_tcd=Ep2TerminalConfigData(
                    comm_addr_gate_way=CommAddr(internet_port_no="8080", internet_addr="127.0.0.1"),
                    trm_id=self.terminal_id,
                ),
                ep2_version="0700",
            )
        if isinstance(request, PinpadInformationRequest):
            now = int(_now().timestamp())
            return PinpadInformationResponse(
                terminal_id=self.terminal_id,
                vpj_software_version="till-simulator",
                serial_number="SIM-0001",
                hardware_type="Simulator",
                log_level="INFO",
                pinpad_local_time=str(now),
                pinpad_current_time=str(now),
                time_zone="Europe/Stockholm",
                offline_trx_number="0",
                offline_trx_amount="0",
            )
        if isinstance(request, WaitForCardPresentRequest):
            return WaitForCardPresentResponse(card_present=True)
        if isinstance(request, WaitForCardRemovedRequest):
            return WaitForCardRemovedResponse(card_present=False)
        if isinstance(request, CheckCouponIdRequest):
            return CheckCouponIdResponse(result=0)
        if isinstance(request, GeneratePanTokenRequest):
            return GeneratePanTokenResponse(pan_token=b"SIMULATED-PAN-TOKEN-0267")
        if isinstance(request, SleepRequest):
            return SleepResponse(next_contact_time=3600)
        if isinstance(request, CancelReservationRequest):
            return CancelReservationResponse(
                acquirer_id=request.acquirer_id,
                transaction_ref_number=request.transaction_ref_number,
                ep2_trx_seq_cnt=self._next_seq(),
                ep2_trm_id=self.terminal_id,
                result=0,
                transaction_time=_now().strftime("%Y%m%d%H%M%S"),
            )
        if isinstance(request, AdaptAmountRequest | CommitAuthorisationPurchaseRequest):
            last = self.last
            amount = (
                request.adapted_amount
                if isinstance(request, AdaptAmountRequest)
                else request.amount
            )
            if last is None or not last.approved or last.reversal is not None:
                return _error("VCS.ERR.0031")
            if amount > (last.response.amount_auth or 0):
                return _error("VCS.ERR.0038")
            return request.response()
        if isinstance(request, TaxFreeVoucherRequest):
            return TaxFreeVoucherResponse(voucher_number=f"SIM-{self._next_seq()}")
        if isinstance(request, TaxFreeVoidVoucherRequest):
            return TaxFreeVoidVoucherResponse()
        return _error("VCS.ERR.0005")


_ADMIN_TITLES: dict[type, str] = {
    SiConfigRequest: "Configuration",
    SiInitRequest: "Initialisation",
    BeTransmissionRequest: "Transmission",
    MiSubmissionRequest: "Submission",
    InterEodReceiptRequest: "Intermediate balance",
    PrintCurrencyRateTicketRequest: "Currency rates",
}

_HANDLERS: dict[type, Any] = {
    FinancialTrxRequest: LtiSimulator._financial_trx,
    ReversalRequest: LtiSimulator._reversal,
    ReprintReceiptRequest: LtiSimulator._reprint,
    BeFinalBalanceRequest: LtiSimulator._final_balance,
    ActivationRequest: LtiSimulator._simple,
    DeactivationRequest: LtiSimulator._simple,
    **dict.fromkeys(_ADMIN_TITLES, LtiSimulator._simple),
    **dict.fromkeys(
        (
            PingRequest,
            ConfigDataRequest,
            PinpadInformationRequest,
            WaitForCardPresentRequest,
            WaitForCardRemovedRequest,
            CheckCouponIdRequest,
            GeneratePanTokenRequest,
            SleepRequest,
            CancelReservationRequest,
            AdaptAmountRequest,
            CommitAuthorisationPurchaseRequest,
            TaxFreeVoucherRequest,
            TaxFreeVoidVoucherRequest,
        ),
        LtiSimulator._other,
    ),
}


async def _serve(args: argparse.Namespace) -> None:
    host, scenario = args.host, args.scenario
    sim = LtiSimulator(scenario=scenario)
    sim.card_delay = args.card_delay
    sim.flood_count, sim.flood_rate = args.flood_count, args.flood_rate
    bound = await sim.start(host, args.port)
    print(f"LTI terminal simulator on {host}:{bound}, scenario {scenario.value}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument(
        "--scenario",
        type=Scenario.parse,
        default=Scenario.APPROVE,
        help="approve, decline, confirm, partial, drop_before_response, no_card, "
        "split_frames, coalesce, display_flood, approve_no_amount, tip, refuse_reversal, "
        "drop_before_reversal_response, hold_reversal_response, ignore_reversal, "
        "or error_<code> such as error_TRM.PT.0001",
    )
    parser.add_argument("--card-delay", type=float, default=1.5, help="seconds until the card")
    parser.add_argument("--flood-count", type=int, default=200, help="display_flood: how many")
    parser.add_argument("--flood-rate", type=float, default=200.0, help="display_flood: per second")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
