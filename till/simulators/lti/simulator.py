"""The terminal: its settings, its record of transactions and trxSyncNumbers (section 7),
and the loopback server the till connects to (section 3.2)."""

from __future__ import annotations

import asyncio
import contextlib

from till.protocols.lti import PosRequest, ReversalResponse
from till.protocols.lti.messages import TillDeviceMessage
from till.simulators.lti.handlers import HANDLERS
from till.simulators.lti.record import Transaction, now, receipt_texts
from till.simulators.lti.scenarios import Scenario, error_notification
from till.simulators.lti.session import Session

DEFAULT_PORT = 50000  # section 3.2


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
        task = asyncio.create_task(Session(self, reader, writer).run())
        self._sessions.add(task)
        try:
            await task
        except asyncio.CancelledError:
            if not task.cancelled():
                raise
        finally:
            self._sessions.discard(task)

    # -- requests and the record ------------------------------------------------------------

    async def answer(self, session: Session, request: PosRequest) -> None:
        handler = HANDLERS.get(type(request))
        if handler is None:
            await session.send(error_notification("VCS.ERR.0005"))
            return
        await handler(self, session, request)

    def next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def auto_reverse(self, trx_sync_number: int | None) -> None:
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
        self.reverse(last, automatic=True)
        self.auto_reversals.append(last)

    def reverse(self, trx: Transaction, *, automatic: bool = False) -> ReversalResponse:
        response = trx.response
        reversal = ReversalResponse(
            ep2_trm_id=self.terminal_id,
            ep2_trx_seq_cnt=self.next_seq(),
            ep2_trx_seq_cnt_orig_trx=response.ep2_trx_seq_cnt,
            ep2_trx_type_ext_orig_trx=trx.request.trx_data.transaction_type or 0,
            amount_rev=response.amount_auth,
            amount_rev_curr=response.amount_auth_curr,
            card_number=response.card_number,
            card_seq_number=response.card_seq_number,
            card_exp_date=response.card_exp_date,
            card_app_label=response.card_app_label,
            card_app_id=response.card_app_id,
            transaction_time=now().strftime("%Y%m%d%H%M%S"),
            acquirer_id=response.acquirer_id,
        )
        trx.reversal = reversal
        trx.automatic_reversal = automatic
        trx.reversal_receipts = receipt_texts(
            self.terminal_id,
            "Automatic reversal" if automatic else "Reversal",
            reversal.amount_rev or 0,
            reversal.amount_rev_curr,
            reversal.ep2_trx_seq_cnt or 0,
            None,
        )
        return reversal
