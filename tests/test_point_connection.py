"""The h11-style Point connections: one outstanding request per port, answers matched to it."""

from __future__ import annotations

import pytest
from point_examples import DOCS_CARD_ENTRY_NOTIFICATION, SPEC_CONFIRMATION_SUCCESS

from till.protocols.point import (
    NEED_DATA,
    Capture,
    Confirmation,
    GetCounter,
    LastTran,
    Notification,
    NotificationListener,
    PaymentResponse,
    PointConnection,
    PointFramingError,
    PointLocalProtocolError,
    PointMessageError,
    PointWrongResponse,
    SecondaryResponse,
    SecondaryStatus,
    authenticate,
)

KEY = b"0123456789abcdef"
APPROVED = (
    b"<RESPONSE><RESPONSE_TEXT>APPROVED</RESPONSE_TEXT><RESULT>APPROVED</RESULT>"
    b"<RESULT_CODE>5</RESULT_CODE><TERMINATION_STATUS>SUCCESS</TERMINATION_STATUS>"
    b"<COUNTER>7</COUNTER><CTROUTD>1629760677599520</CTROUTD><TRANS_AMOUNT>129.50</TRANS_AMOUNT>"
    b"<APPROVED_AMOUNT>129.50</APPROVED_AMOUNT><AUTH_CODE>A1B2</AUTH_CODE>"
    b"<PAYMENT_TYPE>Klarna</PAYMENT_TYPE></RESPONSE>"
)


def test_a_capture_answered_in_pieces() -> None:
    conn = PointConnection("primary")
    data = conn.send(Capture(amount=12_950), authenticate(KEY, "REG1", 7))
    assert data.startswith(b"<TRANSACTION>") and conn.outstanding_request == Capture(12_950)
    assert conn.next_event() is NEED_DATA
    for i in range(0, len(APPROVED), 10):
        conn.receive_data(APPROVED[i : i + 10])
    event = conn.next_event()
    assert isinstance(event, PaymentResponse)
    assert (event.ctroutd, event.trans_amount, event.approved_amount) == (
        "1629760677599520",
        12_950,
        12_950,
    )
    assert event.auth_code == "A1B2" and event.payment_type == "Klarna"
    assert conn.outstanding_request is None
    assert conn.next_event() is NEED_DATA


def test_an_answer_echoing_another_counter_is_refused() -> None:
    conn = PointConnection()
    conn.send(LastTran(), authenticate(KEY, "REG1", 8))
    conn.receive_data(APPROVED)  # echoes COUNTER 7
    with pytest.raises(PointWrongResponse):
        conn.next_event()


def test_one_request_at_a_time_and_on_its_own_port() -> None:
    primary = PointConnection("primary")
    with pytest.raises(PointLocalProtocolError):
        primary.send(Confirmation("CONFIRMED"), authenticate(KEY, "REG1", 1))
    primary.send(GetCounter("REG1"))
    with pytest.raises(PointLocalProtocolError):
        primary.send(LastTran(), authenticate(KEY, "REG1", 2))
    secondary = PointConnection("secondary")
    with pytest.raises(PointLocalProtocolError):
        secondary.send(Capture(amount=100), authenticate(KEY, "REG1", 3))


def test_the_secondary_port_confirmation() -> None:
    conn = PointConnection("secondary")
    conn.send(Confirmation("CONFIRMED"), authenticate(KEY, "REG1", 12))
    conn.receive_data(SPEC_CONFIRMATION_SUCCESS)  # no COUNTER echo: accepted
    event = conn.next_event()
    assert isinstance(event, SecondaryResponse) and event.detailed_status == 170
    conn.send(SecondaryStatus(), authenticate(KEY, "REG1", 13))
    assert conn.outstanding_request == SecondaryStatus()


def test_a_document_nobody_asked_for_is_a_notification() -> None:
    conn = PointConnection()
    conn.receive_data(DOCS_CARD_ENTRY_NOTIFICATION)
    event = conn.next_event()
    assert type(event) is Notification


def test_the_listener_reads_unsolicited_messages() -> None:
    listener = NotificationListener()
    listener.receive_data(DOCS_CARD_ENTRY_NOTIFICATION + b"\n" + SPEC_CONFIRMATION_SUCCESS[:20])
    first = listener.next_event()
    assert isinstance(first, Notification) and not first.asks_id_check
    assert listener.next_event() is NEED_DATA and listener.in_document
    listener.receive_data(SPEC_CONFIRMATION_SUCCESS[20:])
    second = listener.next_event()
    assert isinstance(second, Notification) and second.asks_id_check


def test_errors_message_versus_framing() -> None:
    conn = PointConnection()
    conn.send(GetCounter("REG1"))
    conn.receive_data(b"<RESPONSE><RESULT>OK</RESULT></RESPONSE>")  # no RESULT_CODE
    with pytest.raises(PointMessageError):
        conn.next_event()
    conn.receive_data(b"garbage")
    with pytest.raises(PointFramingError):
        conn.next_event()
    with pytest.raises(PointFramingError):
        conn.next_event()  # the stream stays lost
