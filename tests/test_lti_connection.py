"""The sans-IO LTI conversation (Wallee LTI 2.46 sections 3.1, 4, 6.14, 6.15, 6.18)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from till.core.errors import TillError
from till.protocols.lti import (
    NEED_DATA,
    AbortCardEntryNotification,
    CardEntryNotification,
    ConfirmationRequest,
    ConfirmationResponse,
    DisplayNotification,
    ErrorNotification,
    FinancialTrxRequest,
    FinancialTrxResponse,
    LtiConnection,
    LtiDeviceConnection,
    LtiFramingError,
    LtiLocalProtocolError,
    LtiMessageError,
    LtiProtocolError,
    LtiWrongResponse,
    PingRequest,
    PingResponse,
    PrinterNotification,
    ReprintReceiptRequest,
    ReprintReceiptResponse,
    ReversalResponse,
    TimeoutNotification,
    TrxData,
    UnknownMessage,
    encode_frame,
    encode_message,
)

PAYMENT = FinancialTrxRequest(
    pos_id="1", trx_sync_number=5, trx_data=TrxData(amount=9_900, currency="752")
)


def device_frames(*messages) -> bytes:
    return b"".join(encode_frame(encode_message(m)) for m in messages)


def events_of(conn) -> list:
    out = []
    while (event := conn.next_event()) is not NEED_DATA:
        out.append(event)
    return out


def test_errors_are_till_errors_with_plain_messages() -> None:
    for cls in (LtiMessageError, LtiWrongResponse, LtiFramingError):
        assert issubclass(cls, LtiProtocolError)
        assert issubclass(cls, TillError)
        error = cls("detail here")
        assert error.message.startswith("The card terminal ")
        assert "reset" in error.message


def test_expected_response_follows_the_request() -> None:
    """Section 4: each PoS request has its response."""
    conn = LtiConnection()
    assert conn.expected_response is None
    wire = conn.send(PingRequest())
    assert wire == encode_frame(encode_message(PingRequest()))
    assert conn.expected_response is PingResponse
    assert conn.outstanding_request == PingRequest()
    conn.receive_data(device_frames(PingResponse()))
    event = conn.next_event()
    assert event == PingResponse()
    assert conn.is_final(event)
    assert conn.expected_response is None
    assert conn.next_event() is NEED_DATA


def test_a_payment_with_device_messages_in_between() -> None:
    """5.3, 6.16, 6.17, 6.26: device messages pass through as events until the response."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    assert conn.expected_response is FinancialTrxResponse
    stream = [
        CardEntryNotification(card_entry_mode=2),
        DisplayNotification(display_type="CARDHOLDER", lines=("SEK 99,00",)),
        PrinterNotification(merchant_receipt="Köp\nSEK 99,00", admin=False),
        FinancialTrxResponse(trx_result=0, amount_auth=9_900, trx_sync_number=5),
    ]
    conn.receive_data(device_frames(*stream))
    events = events_of(conn)
    assert events == stream
    assert [conn.is_final(e) for e in events] == [False, False, False, True]


def test_error_notification_ends_the_request() -> None:
    """6.14: an errorNotification answers any request."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    conn.receive_data(device_frames(ErrorNotification(error_code="TRM.PT.0002")))
    event = conn.next_event()
    assert conn.is_final(event)
    assert conn.expected_response is None
    conn.send(PingRequest())  # a new request may go now


def test_wrong_response_type_raises() -> None:
    """A response to some other request must never be taken as this request's answer."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    conn.receive_data(device_frames(ReversalResponse(amount_rev=9_900)))
    with pytest.raises(LtiWrongResponse) as caught:
        conn.next_event()
    assert "reversalResponse in answer to financialTrxRequest" in caught.value.detail


def test_response_with_nothing_outstanding_raises() -> None:
    conn = LtiConnection()
    conn.receive_data(device_frames(FinancialTrxResponse(trx_result=0)))
    with pytest.raises(LtiWrongResponse, match="no request outstanding"):
        conn.next_event()


def test_late_response_after_abandon_raises() -> None:
    conn = LtiConnection()
    conn.send(PAYMENT)
    conn.abandon_request()
    conn.receive_data(device_frames(FinancialTrxResponse(trx_result=0)))
    with pytest.raises(LtiWrongResponse):
        conn.next_event()


def test_second_request_while_one_is_outstanding_is_a_local_error() -> None:
    conn = LtiConnection()
    conn.send(PAYMENT)
    with pytest.raises(LtiLocalProtocolError):
        conn.send(PingRequest())
    assert conn.outstanding_request == PAYMENT


def test_till_cannot_send_terminal_messages() -> None:
    conn = LtiConnection()
    with pytest.raises(LtiLocalProtocolError):
        conn.send(FinancialTrxResponse(trx_result=0))
    with pytest.raises(LtiLocalProtocolError):
        conn.send(DisplayNotification(lines=("x",)))


def test_terminal_sending_a_till_message_is_an_error() -> None:
    conn = LtiConnection()
    conn.receive_data(device_frames(PingRequest()))
    with pytest.raises(LtiMessageError):
        conn.next_event()


def test_confirmation_round() -> None:
    """6.15: the terminal asks, the till answers (or sends timeoutNotification)."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    request = ConfirmationRequest(lines=("Belopp SEK 99,00 OK?",), timeout=30, timeout_reminder=0)
    conn.receive_data(device_frames(request))
    event = conn.next_event()
    assert event == request and not conn.is_final(event)
    assert conn.pending_confirmation == request
    conn.send(ConfirmationResponse(result=1))
    assert conn.pending_confirmation is None
    assert conn.expected_response is FinancialTrxResponse  # still waiting for the payment
    conn.receive_data(device_frames(request))
    conn.next_event()
    conn.send(TimeoutNotification())
    assert conn.pending_confirmation is None


def test_abort_card_entry_may_be_sent_while_paying() -> None:
    """6.18: abortCardEntryNotification is no request: the payment stays outstanding."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    conn.send(AbortCardEntryNotification(abort_code="01"))
    assert conn.expected_response is FinancialTrxResponse


def test_unknown_message_passes_as_value() -> None:
    conn = LtiConnection()
    conn.send(PingRequest())
    payload = b'<d:futureNotification xmlns:d="http://www.vibbek.com/device"/>'
    conn.receive_data(encode_frame(payload) + device_frames(PingResponse()))
    first = conn.next_event()
    assert first == UnknownMessage(name="futureNotification", payload=payload)
    assert not conn.is_final(first)
    assert conn.next_event() == PingResponse()


def test_framing_error_breaks_the_connection() -> None:
    conn = LtiConnection()
    conn.receive_data(b"\x00\x00\x00\x00")
    with pytest.raises(LtiFramingError):
        conn.next_event()
    with pytest.raises(LtiFramingError):
        conn.receive_data(device_frames(PingResponse()))


def test_garbage_xml_raises_message_error_and_consumes_only_its_frame() -> None:
    conn = LtiConnection()
    conn.send(PingRequest())
    conn.receive_data(encode_frame(b"<<<not xml") + device_frames(PingResponse()))
    with pytest.raises(LtiMessageError):
        conn.next_event()
    assert conn.next_event() == PingResponse()


def test_reprint_answers_reprint() -> None:
    """6.12 and 7.2.2: the till asks what happened to an uncertain payment."""
    conn = LtiConnection()
    conn.send(ReprintReceiptRequest(pos_id="1", type="TRX"))
    assert conn.expected_response is ReprintReceiptResponse
    answer = ReprintReceiptResponse(last_trx=FinancialTrxResponse(trx_result=0, amount_auth=9_900))
    conn.receive_data(device_frames(answer))
    assert conn.next_event() == answer


def test_device_side_mirror() -> None:
    """The simulator's side: requests in, device messages and responses out."""
    till = LtiConnection()
    device = LtiDeviceConnection()
    device.receive_data(till.send(PAYMENT))
    assert device.next_event() == PAYMENT
    assert device.current_request == PAYMENT
    with pytest.raises(LtiLocalProtocolError):
        device.send(PingResponse())  # not the answer to a payment
    with pytest.raises(LtiLocalProtocolError):
        device.send(PingRequest())  # a terminal sends no requests
    wire = device.send(DisplayNotification(lines=("Kort",)))
    wire += device.send(FinancialTrxResponse(trx_result=0, amount_auth=9_900))
    assert device.current_request is None
    till.receive_data(wire)
    events = events_of(till)
    assert [type(e) for e in events] == [DisplayNotification, FinancialTrxResponse]
    device.receive_data(till.send(ConfirmationResponse(result=1)) + device_frames(PingResponse()))
    assert device.next_event() == ConfirmationResponse(result=1)
    with pytest.raises(LtiMessageError):
        device.next_event()  # a response is not something a till sends


MESSAGES = st.sampled_from(
    [
        DisplayNotification(display_type="ATTENDANT", lines=("Väntar på kort",)),
        DisplayNotification(display_type="CARDHOLDER", lines=("SEK 12,50", "Sätt i kort")),
        CardEntryNotification(card_entry_mode=1),
        PrinterNotification(cardholder_receipt="KVITTO\nSEK 12,50"),
        ConfirmationRequest(lines=("OK?",), timeout=5),
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    middle=st.lists(MESSAGES, max_size=8),
    cuts=st.lists(st.integers(min_value=0, max_value=10_000), max_size=40),
)
def test_any_split_of_the_stream_gives_the_same_messages(middle, cuts) -> None:
    """3.1 (the issue's requirement): however the bytes of several frames are cut into
    reads, the connection yields the same messages in the same order."""
    stream = [*middle, FinancialTrxResponse(trx_result=0, amount_auth=1_250)]
    wire = device_frames(*stream)
    points = sorted({c % (len(wire) + 1) for c in cuts} | {0, len(wire)})
    conn = LtiConnection()
    conn.send(PAYMENT)
    got = []
    for start, end in itertools.pairwise(points):
        conn.receive_data(wire[start:end])
        got.extend(events_of(conn))
    assert got == stream
    assert conn.is_final(got[-1])
    assert conn.expected_response is None


def test_device_side_answers_in_order_and_counts_invalid_frames() -> None:
    """LTI has no request ids (section 4): an invalid frame takes its turn like a request,
    and only an ErrorNotification can answer it."""
    device = LtiDeviceConnection()
    device.receive_data(
        encode_frame(b"<<<broken")
        + encode_frame(encode_message(PingRequest()))
        + encode_frame(b'<p:fooRequest xmlns:p="http://www.vibbek.com/pos"/>')
    )
    with pytest.raises(LtiMessageError):
        device.next_event()
    assert device.next_event() == PingRequest()
    assert isinstance(device.next_event(), UnknownMessage)
    assert device.unanswered == 3
    assert device.current_request is None  # the broken frame comes first
    with pytest.raises(LtiLocalProtocolError):
        device.send(PingResponse())
    device.send(ErrorNotification(error_code="VCS.ERR.0005"))
    assert device.current_request == PingRequest()
    device.send(PingResponse())
    device.send(ErrorNotification(error_code="VCS.ERR.0005"))
    assert device.unanswered == 0
