"""The LTI terminal simulator on the wire (Wallee LTI 2.46 sections 3, 6, 7), driven by a tiny
client built on LtiConnection (not the till's adapter)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import os
import subprocess
import sys
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from till.protocols.lti import (
    NEED_DATA,
    AbortCardEntryNotification,
    ActivationRequest,
    ActivationResponse,
    BeFinalBalanceRequest,
    BeFinalBalanceResponse,
    BeTransmissionRequest,
    BeTransmissionResponse,
    CardEntryNotification,
    CardRemovalNotification,
    ConfigDataRequest,
    ConfigDataResponse,
    ConfirmationRequest,
    ConfirmationResponse,
    DeactivationRequest,
    DeactivationResponse,
    DisplayNotification,
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    FrameDecoder,
    InterEodReceiptRequest,
    InterEodReceiptResponse,
    LtiConnection,
    MiSubmissionRequest,
    MiSubmissionResponse,
    PingRequest,
    PingResponse,
    PinpadInformationRequest,
    PinpadInformationResponse,
    PrinterNotification,
    ReprintReceiptRequest,
    ReprintReceiptResponse,
    ReversalRequest,
    ReversalResponse,
    SiConfigRequest,
    SiConfigResponse,
    SiInitRequest,
    SiInitResponse,
    TimeoutNotification,
    TrxAbortNotification,
    TrxData,
    TrxEndNotification,
    TrxStartNotification,
    decode_message,
    encode_frame,
    encode_message,
    trx_info_mask,
)
from till.simulators.lti import ERROR_TEXTS, LtiSimulator, Scenario

ALL_STATUS = trx_info_mask()
CARD_ONLY = trx_info_mask(True, True, False, False, False)  # AAAD, 6.1.1


def payment(amount: int = 9_900, sync: int | None = 1, trx_info: bytes | None = ALL_STATUS):
    return FinancialTrxRequest(
        pos_id="kassa-1",
        trx_sync_number=sync,
        trx_data=TrxData(amount=amount, currency="752", transaction_type=0),
        trx_info=trx_info,
        receipt_format=1,
    )


class Client:
    """The smallest possible till: one LtiConnection over one socket."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer
        self.conn = LtiConnection()
        self.reads: list[int] = []  # sizes of the socket reads

    @classmethod
    async def connect(cls, port: int) -> Client:
        return cls(*await asyncio.open_connection("127.0.0.1", port))

    async def send(self, msg: Any) -> None:
        self.writer.write(self.conn.send(msg))
        await self.writer.drain()

    async def next_event(self, timeout: float = 5.0) -> Any:
        while True:
            event = self.conn.next_event()
            if event is not NEED_DATA:
                return event
            data = await asyncio.wait_for(self.reader.read(65536), timeout)
            if not data:
                raise EOFError("the terminal closed the connection")
            self.reads.append(len(data))
            self.conn.receive_data(data)

    async def request(
        self,
        msg: Any,
        answer: Callable[[ConfirmationRequest], Any] | None = None,
        timeout: float = 5.0,
    ) -> list[Any]:
        """Send `msg`, collect events up to and including the final one."""
        await self.send(msg)
        events = []
        while True:
            event = await self.next_event(timeout)
            events.append(event)
            if isinstance(event, ConfirmationRequest) and answer is not None:
                await self.send(answer(event))
            if self.conn.is_final(event):
                return events

    async def close(self) -> None:
        self.writer.close()
        with contextlib.suppress(OSError):
            await self.writer.wait_closed()


def run(body: Callable[[LtiSimulator, int], Awaitable[Any]], **settings: Any) -> Any:
    """Start a simulator on a free loopback port, run `body`, stop it."""

    async def main() -> Any:
        sim = LtiSimulator()
        for name, value in settings.items():
            setattr(sim, name, value)
        port = await sim.start()
        try:
            return await asyncio.wait_for(body(sim, port), 30)
        finally:
            await sim.stop()

    return asyncio.run(main())


def of_type(events: list[Any], cls: type) -> list[Any]:
    return [e for e in events if isinstance(e, cls)]


# -- financialTrxRequest --------------------------------------------------------------------


def test_approve_sends_displays_receipts_status_and_the_response() -> None:
    """6.1, 6.16, 6.17, 6.26: an approved payment with every notification asked for."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(12_350, sync=7))
        response = events[-1]
        assert isinstance(response, FinancialTrxResponse)
        assert response.trx_result == 0
        assert response.amount_auth == 12_350
        assert response.amount_auth_curr == "752"
        assert response.trx_sync_number == 7
        assert response.transaction_time and len(response.transaction_time) == 14
        displays = of_type(events, DisplayNotification)
        assert {d.display_type for d in displays} == {"ATTENDANT", "CARDHOLDER"}
        assert any("SEK 123,50" in line for d in displays for line in d.lines)
        printers = of_type(events, PrinterNotification)
        merchant = [p for p in printers if p.merchant_receipt]
        holder = [p for p in printers if p.cardholder_receipt]
        assert len(merchant) == 1 and len(holder) == 1
        assert merchant[0].admin is False
        assert "Total-EFT SEK : 123.50" in merchant[0].merchant_receipt.split("\n")
        assert holder[0].cardholder_receipt.startswith("***Cardholder Receipt***")
        status = [
            type(e)
            for e in events
            if isinstance(
                e,
                TrxStartNotification
                | CardEntryNotification
                | CardRemovalNotification
                | TrxEndNotification,
            )
        ]
        assert status == [
            TrxStartNotification,
            CardEntryNotification,
            CardRemovalNotification,
            TrxEndNotification,
        ]
        assert sim.received == [payment(12_350, sync=7)]
        await client.close()

    run(body)


@pytest.mark.parametrize(
    ("trx_info", "expected"),
    [
        (None, set()),
        (CARD_ONLY, {CardEntryNotification, CardRemovalNotification}),
        (trx_info_mask(False, False, True, False, False), {TrxStartNotification}),
        (trx_info_mask(False, False, False, True, False), {TrxEndNotification}),
    ],
)
def test_status_notifications_only_for_the_bits_set(trx_info, expected) -> None:
    """6.1.1 and 6.26: the terminal sends only the notifications the trxInfo mask asks for."""
    status_types = (
        TrxStartNotification,
        CardEntryNotification,
        CardRemovalNotification,
        TrxEndNotification,
        TrxAbortNotification,
    )

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(trx_info=trx_info))
        assert {type(e) for e in events if isinstance(e, status_types)} == expected
        await client.close()

    run(body)


def test_decline() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment())
        assert events[-1].trx_result == 1
        assert not events[-1].approved
        await client.close()

    run(body, scenario=Scenario.DECLINE)


@pytest.mark.parametrize("code", sorted(ERROR_TEXTS))
def test_error_scenario_for_every_code_of_6_14_1(code: str) -> None:
    """6.14, 6.14.1: ERROR_<code> ends the payment with that errorNotification; the abort
    status notification goes before it when asked for (6.26.5)."""
    scenario = Scenario.parse("ERROR_" + code.replace(".", "_"))
    assert scenario.error_code == code

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment())
        final = events[-1]
        assert final == ErrorNotification(error_code=code, error_text=ERROR_TEXTS[code])
        assert isinstance(events[-2], TrxAbortNotification)
        assert not of_type(events, FinancialTrxResponse)
        await client.close()

    run(body, scenario=scenario)


def test_confirm_positive_approves() -> None:
    """6.15: confirmationRequest 'Belopp SEK x OK?' with the settable timeouts; result 1."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        asked: list[ConfirmationRequest] = []

        def answer(request: ConfirmationRequest) -> ConfirmationResponse:
            asked.append(request)
            return ConfirmationResponse(result=1)

        events = await client.request(payment(4_200), answer=answer)
        assert asked[0].lines == ("Belopp SEK 42,00 OK?",)
        assert (asked[0].timeout, asked[0].timeout_reminder) == (12, 3)
        assert events[-1].trx_result == 0
        assert sim.confirmation_answers == [1]
        await client.close()

    run(body, scenario=Scenario.CONFIRM, confirmation_timeout=12, confirmation_timeout_reminder=3)


def test_confirm_negative_stops_the_payment() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(), answer=lambda _: ConfirmationResponse(result=0))
        assert events[-1].error_code == "TRM.PT.0002"
        assert sim.confirmation_answers == [0]
        await client.close()

    run(body, scenario=Scenario.CONFIRM)


def test_confirm_timeout_notification_aborts() -> None:
    """6.15: the till gave up waiting for the cashier and says so."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(), answer=lambda _: TimeoutNotification())
        assert isinstance(events[-1], ErrorNotification)
        assert sim.confirmation_answers == []
        assert sim.confirmation_timeouts == 1
        await client.close()

    run(body, scenario=Scenario.CONFIRM)


def test_partial_approval() -> None:
    """6.1: amountAuth, amountRemaining and partialApprovalFlag on a partial approval."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        response = (await client.request(payment(10_001)))[-1]
        assert response.trx_result == 0
        assert response.amount_auth == 5_000
        assert response.amount_remaining == 5_001
        assert response.partial_approval_flag == 1
        await client.close()

    run(body, scenario=Scenario.PARTIAL)


def test_drop_before_response_then_reprint_tells_the_truth() -> None:
    """7.2.2: the response is lost; reprintReceiptRequest (6.12) tells what happened."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        with pytest.raises(EOFError):
            await client.request(payment(7_700, sync=3))
        await client.close()
        sim.scenario = Scenario.APPROVE
        client = await Client.connect(port)
        events = await client.request(ReprintReceiptRequest(pos_id="kassa-1", type="TRX"))
        answer = events[-1]
        assert isinstance(answer, ReprintReceiptResponse)
        assert answer.last_trx is not None and answer.last_rev is None
        assert answer.last_trx.trx_result == 0
        assert answer.last_trx.amount_auth == 7_700
        assert answer.last_trx.trx_sync_number == 3
        assert answer.last_trx.transaction_time
        printers = of_type(events, PrinterNotification)
        assert any(p.merchant_receipt for p in printers)
        assert any(p.cardholder_receipt for p in printers)
        assert sim.connections == 2
        await client.close()

    run(body, scenario=Scenario.DROP_BEFORE_RESPONSE)


def test_same_trx_sync_number_reverses_the_previous_payment() -> None:
    """7.1, 7.2.2: a resend with the same trxSyncNumber reverses the earlier approval first."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        first = (await client.request(payment(5_000, sync=10)))[-1]
        assert first.trx_result == 0 and sim.auto_reversals == []
        second = (await client.request(payment(5_000, sync=10)))[-1]
        assert second.trx_result == 0
        assert len(sim.auto_reversals) == 1
        assert sim.auto_reversals[0].response == first
        third = (await client.request(payment(5_000, sync=11)))[-1]
        assert third.trx_result == 0
        assert len(sim.auto_reversals) == 1  # a new number reverses nothing
        await client.close()

    run(body)


def test_declined_payment_is_not_reversed_on_resend() -> None:
    """7.3: only approved transactions are reversed automatically."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        await client.request(payment(sync=4))
        sim.scenario = Scenario.APPROVE
        await client.request(payment(sync=4))
        assert sim.auto_reversals == []
        await client.close()

    run(body, scenario=Scenario.DECLINE)


def test_reversal_and_reprint_of_a_reversed_payment() -> None:
    """6.8, 6.12: reversalRequest reverses the last payment; reprint then shows lastRev."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        approved = (await client.request(payment(3_300, sync=20)))[-1]
        events = await client.request(ReversalRequest(pos_id="kassa-1"))
        reversal = events[-1]
        assert isinstance(reversal, ReversalResponse)
        assert reversal.amount_rev == 3_300
        assert reversal.ep2_trx_seq_cnt_orig_trx == approved.ep2_trx_seq_cnt
        assert of_type(events, PrinterNotification)
        again = (await client.request(ReversalRequest(pos_id="kassa-1")))[-1]
        assert isinstance(again, ErrorNotification)
        reprint = (await client.request(ReprintReceiptRequest(type="TRX")))[-1]
        assert reprint.last_rev == reversal and reprint.last_trx is None
        await client.close()

    run(body)


def test_approve_no_amount_leaves_amount_auth_out_but_keeps_it_on_record() -> None:
    """6.1: trxResult 0 without amountAuth on the wire; the terminal's record (6.12) is whole."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        response = (await client.request(payment(4_200, sync=5)))[-1]
        assert response.trx_result == 0 and response.amount_auth is None
        reprint = (await client.request(ReprintReceiptRequest(type="TRX")))[-1]
        assert reprint.last_trx.amount_auth == 4_200 and reprint.last_trx.trx_sync_number == 5
        assert reprint.last_trx.ep2_trx_seq_cnt == response.ep2_trx_seq_cnt
        await client.close()

    run(body, scenario=Scenario.APPROVE_NO_AMOUNT)


def test_tip_is_authorised_on_top_and_printed() -> None:
    """6.1 amountTip; Listing 34's EFT / Tip / Total-EFT lines."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(10_000))
        response = events[-1]
        assert (response.amount_auth, response.amount_tip) == (10_250, 250)
        (holder,) = [p.cardholder_receipt for p in of_type(events, PrinterNotification)
                     if p.cardholder_receipt]  # fmt: skip
        assert "EFT SEK : 100.00" in holder and "Tip SEK : 2.50" in holder
        assert "Total-EFT SEK : 102.50" in holder
        reversal = (await client.request(ReversalRequest(pos_id="kassa-1")))[-1]
        assert reversal.amount_rev == 10_250  # the whole charge goes back
        await client.close()

    run(body, scenario=Scenario.TIP, tip=250)


def test_refuse_reversal_answers_an_error_and_reverses_nothing() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        approved = (await client.request(payment(3_000, sync=2)))[-1]
        refused = (await client.request(ReversalRequest(pos_id="kassa-1")))[-1]
        assert isinstance(refused, ErrorNotification)
        assert refused.error_code == "TRM.PT.0003"
        reprint = (await client.request(ReprintReceiptRequest(type="TRX")))[-1]
        assert reprint.last_rev is None and reprint.last_trx == approved
        await client.close()

    run(body, scenario=Scenario.REFUSE_REVERSAL)


@pytest.mark.parametrize(
    ("scenario", "reversed_"),
    [
        (Scenario.DROP_BEFORE_REVERSAL_RESPONSE, True),
        (Scenario.HOLD_REVERSAL_RESPONSE, True),
        (Scenario.IGNORE_REVERSAL, False),
    ],
)
def test_a_reversal_without_an_answer_is_told_truly_by_reprint(scenario, reversed_) -> None:
    """6.8 without its answer; 6.12 on a new connection: lastRev naming the transaction if it
    was reversed, lastTrx of it if not."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        approved = (await client.request(payment(6_100, sync=9)))[-1]
        assert approved.trx_result == 0 and approved.amount_auth == 6_100
        with pytest.raises((EOFError, TimeoutError)):
            await client.request(ReversalRequest(pos_id="kassa-1"), timeout=0.5)
        await client.close()
        client = await Client.connect(port)
        reprint = (await client.request(ReprintReceiptRequest(type="TRX")))[-1]
        if reversed_:
            assert reprint.last_trx is None
            assert reprint.last_rev.ep2_trx_seq_cnt_orig_trx == approved.ep2_trx_seq_cnt
            assert reprint.last_rev.amount_rev == 6_100
        else:
            assert reprint.last_rev is None and reprint.last_trx == approved
        await client.close()

    run(body, scenario=scenario)


def test_multiple_reversal_names_the_transaction_by_its_sequence_counter() -> None:
    """6.8 origTrxSeqCnt: an older transaction, not the last one, is reversed."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        first = (await client.request(payment(1_000, sync=1)))[-1]
        second = (await client.request(payment(2_000, sync=2)))[-1]
        last = (await client.request(ReversalRequest(pos_id="kassa-1")))[-1]
        assert last.ep2_trx_seq_cnt_orig_trx == second.ep2_trx_seq_cnt
        older = ReversalRequest(pos_id="kassa-1", orig_trx_seq_cnt=first.ep2_trx_seq_cnt)
        reversal = (await client.request(older))[-1]
        assert reversal.ep2_trx_seq_cnt_orig_trx == first.ep2_trx_seq_cnt
        assert reversal.amount_rev == 1_000
        reprint = (await client.request(ReprintReceiptRequest(type="TRX")))[-1]
        assert reprint.last_rev == reversal
        unknown = ReversalRequest(pos_id="kassa-1", orig_trx_seq_cnt=999_999)
        assert isinstance((await client.request(unknown))[-1], ErrorNotification)
        await client.close()

    run(body)


def test_reprint_with_no_transaction_is_an_error() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        assert isinstance((await client.request(ReprintReceiptRequest()))[-1], ErrorNotification)
        await client.close()

    run(body)


def test_no_card_waits_until_aborted_standard() -> None:
    """6.18: abortCardEntryNotification 01 ends the wait with TRM.PT.0201."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        await client.send(payment())
        with pytest.raises(TimeoutError):
            while True:  # displays come, the response never does
                event = await client.next_event(timeout=0.5)
                assert not client.conn.is_final(event)
        await client.send(AbortCardEntryNotification(abort_code="01"))
        while not client.conn.is_final(event := await client.next_event()):
            pass
        assert event.error_code == "TRM.PT.0201"
        assert sim.till_device_messages == [AbortCardEntryNotification(abort_code="01")]
        await client.close()

    run(body, scenario=Scenario.NO_CARD)


def test_no_card_aborted_for_cash() -> None:
    """6.18.1: abort code 02, the customer pays another way."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        await client.send(payment())
        await client.send(AbortCardEntryNotification(abort_code="02"))
        while not client.conn.is_final(event := await client.next_event()):
            pass
        assert event.error_code == "TRM.PT.0002"
        await client.close()

    run(body, scenario=Scenario.NO_CARD)


def test_abort_during_card_delay_in_approve() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        await client.send(payment())
        await asyncio.sleep(0.1)
        await client.send(AbortCardEntryNotification(abort_code="01"))
        while not client.conn.is_final(event := await client.next_event()):
            pass
        assert event.error_code == "TRM.PT.0201"
        await client.close()

    run(body, card_delay=5.0)


def test_split_frames_arrive_in_many_reads() -> None:
    """3.1: frames written byte by byte still decode to the same messages."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(2_500))
        assert events[-1].trx_result == 0 and events[-1].amount_auth == 2_500
        assert len(client.reads) > 3 * len(events)  # many reads per frame
        await client.close()

    run(body, scenario=Scenario.SPLIT_FRAMES, split_pause=0.0)


def test_coalesce_sends_everything_in_one_write() -> None:
    """3.1: several frames in one read."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(payment(2_500))
        assert events[-1].trx_result == 0
        assert len(events) >= 8
        assert len(client.reads) <= 2  # one write; loopback delivers it in one or two reads
        await client.close()

    run(body, scenario=Scenario.COALESCE)


def test_display_flood() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        loop = asyncio.get_running_loop()
        start = loop.time()
        events = await client.request(payment())
        elapsed = loop.time() - start
        assert len(of_type(events, DisplayNotification)) >= 60
        assert events[-1].trx_result == 0
        assert elapsed >= 60 / 400 * 0.9  # paced at the rate, not all at once
        await client.close()

    run(body, scenario=Scenario.DISPLAY_FLOOD, flood_count=60, flood_rate=400.0)


# -- other requests -------------------------------------------------------------------------


def test_final_balance_reverses_a_repeated_sync_number_first() -> None:
    """6.5, 7.2.3: beFinalBalanceRequest carries the trxSyncNumber too."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        await client.request(payment(1_000, sync=30))
        events = await client.request(BeFinalBalanceRequest(pos_id="kassa-1", trx_sync_number=30))
        assert events[-1] == BeFinalBalanceResponse(trx_sync_number=30)
        assert len(sim.auto_reversals) == 1
        admin = [p for p in of_type(events, PrinterNotification) if p.admin]
        assert admin and "Transaction Sync Report" in admin[0].merchant_receipt
        await client.close()

    run(body)


@pytest.mark.parametrize(
    ("request_", "response", "prints"),
    [
        (ActivationRequest(pos_id="1"), ActivationResponse(), True),
        (SiConfigRequest(pos_id="1"), SiConfigResponse(), True),
        (SiInitRequest(pos_id="1"), SiInitResponse(), True),
        (BeTransmissionRequest(pos_id="1"), BeTransmissionResponse(), True),
        (MiSubmissionRequest(pos_id="1"), MiSubmissionResponse(), True),
        (InterEodReceiptRequest(pos_id="1"), InterEodReceiptResponse(), True),
        (PingRequest(), PingResponse(), False),
    ],
)
def test_maintenance_requests(request_, response, prints) -> None:
    """5.1, 5.2, 6.2-6.11, 6.21: each answered with its response, with an admin receipt
    where the terminal prints."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        events = await client.request(request_)
        assert events[-1] == response
        admin = [p for p in of_type(events, PrinterNotification) if p.admin is True]
        assert bool(admin) == prints
        await client.close()

    run(body)


def test_deactivated_terminal_refuses_payments_until_activated() -> None:
    """6.4: once deactivated the terminal no longer processes transactions."""

    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        assert (await client.request(DeactivationRequest()))[-1] == DeactivationResponse()
        assert isinstance((await client.request(payment()))[-1], ErrorNotification)
        await client.request(ActivationRequest())
        assert (await client.request(payment()))[-1].trx_result == 0
        await client.close()

    run(body)


def test_config_data_and_pinpad_information() -> None:
    async def body(sim: LtiSimulator, port: int) -> None:
        client = await Client.connect(port)
        config = (await client.request(ConfigDataRequest(pos_id="1")))[-1]
        assert isinstance(config, ConfigDataResponse)
        assert config.ep2_tcd.trm_id == sim.terminal_id
        info = (await client.request(PinpadInformationRequest(pos_id="1")))[-1]
        assert isinstance(info, PinpadInformationResponse)
        assert info.terminal_id == sim.terminal_id
        await client.close()

    run(body)


# -- robustness -----------------------------------------------------------------------------


def test_garbage_and_unknown_requests_get_vcs_err_0005() -> None:
    """6.14.1: VCS.ERR.0005 'Request not valid'; the connection stays usable."""

    async def body_strict(sim: LtiSimulator, port: int) -> None:
        # Raw frames: an LtiConnection would take the first error as the ping's answer.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)

        writer.write(encode_frame(b"<<<this is not xml"))
        writer.write(encode_frame(b'<p:fooRequest xmlns:p="http://www.vibbek.com/pos"/>'))
        writer.write(encode_frame(b'<p:pingResponse xmlns:p="http://www.vibbek.com/pos"/>'))
        writer.write(encode_frame(encode_message(PingRequest())))
        decoder = FrameDecoder()
        messages: list[Any] = []
        while len(messages) < 4:
            decoder.receive_data(await asyncio.wait_for(reader.read(65536), 5))
            while (frame := decoder.next_frame()) is not None:
                messages.append(decode_message(frame))
        assert [getattr(m, "error_code", None) for m in messages[:3]] == ["VCS.ERR.0005"] * 3
        assert messages[0].error_text == "Request not valid"
        assert messages[3] == PingResponse()
        writer.close()

    run(body_strict)


def test_client_disconnects_at_any_moment_and_reconnects() -> None:
    """The till may vanish mid-payment or mid-frame; the terminal accepts the next one."""

    async def body(sim: LtiSimulator, port: int) -> None:
        # Gone while the terminal waits for the card.
        client = await Client.connect(port)
        await client.send(payment(sync=50))
        await asyncio.sleep(0.05)
        await client.close()
        # Gone after half a frame.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(encode_frame(b'<p:pingRequest xmlns:p="http://www.vibbek.com/pos"/>')[:9])
        await writer.drain()
        writer.close()
        # Gone in the middle of the terminal's byte-by-byte answer.
        sim.card_delay = 0.0
        sim.scenario = Scenario.SPLIT_FRAMES
        client = await Client.connect(port)
        await client.send(payment(sync=51))
        await client.next_event()
        await client.close()
        # A framing error from the till ends only that connection.
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"\x00\x00\x00\x00")
        await writer.drain()
        assert await asyncio.wait_for(reader.read(100), 5) == b""
        writer.close()
        # And the terminal still works.
        sim.scenario = Scenario.APPROVE
        client = await Client.connect(port)
        assert (await client.request(PingRequest()))[-1] == PingResponse()
        assert (await client.request(payment(sync=52)))[-1].trx_result == 0
        await client.close()
        assert sim.connections == 5

    run(body, card_delay=10.0)


def test_stop_with_a_client_connected() -> None:
    async def main() -> None:
        sim = LtiSimulator(scenario=Scenario.NO_CARD)
        port = await sim.start()
        client = await Client.connect(port)
        await client.send(payment())
        await client.next_event()
        await asyncio.wait_for(sim.stop(), 5)
        with pytest.raises((EOFError, ConnectionError)):
            while True:
                await client.next_event()

    asyncio.run(main())


def test_scenario_parse() -> None:
    assert Scenario.parse("decline") is Scenario.DECLINE
    assert Scenario.parse("DISPLAY_FLOOD") is Scenario.DISPLAY_FLOOD
    assert Scenario.parse("error_TRM.PT.0001") is Scenario.ERROR_TRM_PT_0001
    assert Scenario.APPROVE.error_code is None
    with pytest.raises(ValueError):
        Scenario.parse("explode")


def test_command_line() -> None:
    """`python -m till.simulators.lti --port N --scenario S` serves until stopped."""
    process = subprocess.Popen(
        [sys.executable, "-m", "till.simulators.lti", "--port", "0", "--scenario", "decline"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        line = process.stdout.readline()
        assert "scenario decline" in line
        port = int(line.split(" on ")[1].split(",")[0].rsplit(":", 1)[1])

        async def check() -> None:
            client = await Client.connect(port)
            assert (await client.request(payment()))[-1].trx_result == 1
            await client.close()

        asyncio.run(asyncio.wait_for(check(), 20))
    finally:
        process.terminate()
        process.wait(10)


def test_trx_info_of_listing_1_decodes_as_all_notifications() -> None:
    """6.1.1: AAAf asks for all five."""
    assert base64.b64decode("AAAf") == ALL_STATUS
