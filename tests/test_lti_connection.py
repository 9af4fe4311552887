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
    LtiAmountError,
    LtiConnection,
    LtiDeviceConnection,
    LtiFramingError,
    LtiLocalProtocolError,
    LtiMessageError,
    LtiProtocolError,
    LtiWrongResponse,
    MalformedNotification,
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


# -- issue 7: an amount the request does not explain; unreadable device messages --------------


def answered(response: FinancialTrxResponse, request: FinancialTrxRequest = PAYMENT) -> object:
    conn = LtiConnection()
    conn.send(request)
    conn.receive_data(device_frames(response))
    try:
        return conn.next_event()
    finally:
        assert conn.outstanding_request is None  # answered, whatever it said


@pytest.mark.parametrize(
    "response",
    [
        FinancialTrxResponse(trx_result=0, amount_auth=9_900),  # as asked
        FinancialTrxResponse(trx_result=0, amount_auth=5_000, amount_remaining=4_900),  # partial
        FinancialTrxResponse(trx_result=0, amount_auth=10_900, amount_tip=1_000),  # with a tip
        FinancialTrxResponse(trx_result=0),  # no amount: for the checkout to settle
        FinancialTrxResponse(trx_result=1),
    ],
    ids=["exact", "partial", "tip", "no-amount", "declined"],
)
def test_amounts_that_partial_approval_and_tips_explain(response) -> None:
    """6.1: amountAuth up to the requested amount plus amountTip is an answer."""
    assert answered(response) == response


@pytest.mark.parametrize(
    "response",
    [
        FinancialTrxResponse(trx_result=0, amount_auth=9_901),
        FinancialTrxResponse(trx_result=0, amount_auth=10_901, amount_tip=1_000),
        FinancialTrxResponse(trx_result=1, amount_auth=99_000),
    ],
    ids=["one-ore-more", "beyond-the-tip", "declined-with-more"],
)
def test_an_amount_above_the_request_and_tip_is_an_amount_error(response) -> None:
    """Issue 7: more than was asked and tipped is no answer the till can book either way."""
    with pytest.raises(LtiAmountError, match="amountAuth"):
        answered(response)


BAD_DISPLAY = encode_frame(
    b'<d:displayNotification xmlns:d="http://www.vibbek.com/device"><display><line>x</line>'
    b"</display><minDisplayTime>" + b"9" * 5000 + b"</minDisplayTime></d:displayNotification>"
)
BAD_CONFIRMATION = encode_frame(
    b'<d:confirmationRequest xmlns:d="http://www.vibbek.com/device"><display><line>OK?</line>'
    b"</display><timeout>" + b"4" * 400 + b"</timeout></d:confirmationRequest>"
)


def test_an_unreadable_device_message_is_an_event_and_the_payment_goes_on() -> None:
    """Issue 7: a bad display line in a valid frame does not end a running payment."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    answer = FinancialTrxResponse(trx_result=0, amount_auth=9_900)
    conn.receive_data(BAD_DISPLAY + BAD_CONFIRMATION + device_frames(answer))
    display, confirmation, final = events_of(conn)
    assert isinstance(display, MalformedNotification)
    assert display.message_class is DisplayNotification and display.name == "displayNotification"
    assert "minDisplayTime" in display.error.detail
    assert isinstance(confirmation, MalformedNotification)
    assert confirmation.message_class is ConfirmationRequest
    assert final == answer and conn.is_final(final)


def test_an_unreadable_final_answer_is_an_error_naming_its_message() -> None:
    """A malformed financialTrxResponse is never skipped: the caller must end the request."""
    conn = LtiConnection()
    conn.send(PAYMENT)
    conn.receive_data(
        encode_frame(
            b'<p:financialTrxResponse xmlns:p="http://www.vibbek.com/pos"><trxResult>0'
            b"</trxResult><amountAuth>-9900</amountAuth></p:financialTrxResponse>"
        )
    )
    with pytest.raises(LtiMessageError) as caught:
        conn.next_event()
    assert caught.value.message_class is FinancialTrxResponse
