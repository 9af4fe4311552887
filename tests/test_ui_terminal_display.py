"""The terminal's display lines (attendant and cardholder apart, minDisplayTime honoured), the
status line, the confirmation dialog and the reminder sound, without a terminal."""

from __future__ import annotations

import asyncio
import time
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from till.adapters.wallee.payments import audience, progress, question
from till.checkout.ports import Audience, Progress, TerminalLines
from till.protocols.lti import (
    CardEntryNotification,
    CardRemovalNotification,
    ConfirmationRequest,
    DisplayNotification,
    TrxAbortNotification,
    TrxEndNotification,
    TrxStartNotification,
)
from till.ui import sound
from till.ui.card_dialog import CardPaymentDialog, status_text
from till.ui.confirmation_dialog import ConfirmationDialog
from till.ui.selftest import wait_for
from till.ui.terminal_display import DisplayBoard, Screen, screens_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# -- DisplayBoard ------------------------------------------------------------------------------


def test_attendant_and_cardholder_lines_are_kept_apart(clock):
    board = DisplayBoard(clock)
    assert board.show(Audience.ATTENDANT, ["Väntar på kort", "SEK 59,50"])
    assert board.show(Audience.CUSTOMER, ["Sätt i kortet"])
    assert board.lines(Screen.ATTENDANT) == ("Väntar på kort", "SEK 59,50")
    assert board.lines(Screen.CARDHOLDER) == ("Sätt i kortet",)
    board.show(Audience.CUSTOMER, ["Ange PIN-kod"])
    assert board.text(Screen.ATTENDANT) == "Väntar på kort\nSEK 59,50"
    assert board.text(Screen.CARDHOLDER) == "Ange PIN-kod"


def test_a_display_without_a_type_goes_to_both_areas(clock):
    assert screens_for(audience(None)) == (Screen.ATTENDANT, Screen.CARDHOLDER)
    assert screens_for(audience("cardholder")) == (Screen.CARDHOLDER,)
    board = DisplayBoard(clock)
    board.show(Audience.BOTH, ["Välkommen"])
    assert board.lines(Screen.ATTENDANT) == board.lines(Screen.CARDHOLDER) == ("Välkommen",)


def test_min_display_time_holds_the_lines_and_queues_the_next(clock):
    board = DisplayBoard(clock)
    board.show(Audience.CUSTOMER, ["SEK 99,99", "Available amount"], 4)
    assert not board.show(Audience.CUSTOMER, ["Godkänt"])  # queued: nothing visible changed
    assert board.lines(Screen.CARDHOLDER) == ("SEK 99,99", "Available amount")
    assert board.next_change_in() == pytest.approx(4.0)

    clock.now += 3.9
    assert not board.tick()
    assert board.lines(Screen.CARDHOLDER) == ("SEK 99,99", "Available amount")
    assert board.next_change_in() == pytest.approx(0.1)

    clock.now += 0.1
    assert board.tick()
    assert board.lines(Screen.CARDHOLDER) == ("Godkänt",)
    assert board.next_change_in() is None


def test_held_sets_each_get_their_time_in_order(clock):
    board = DisplayBoard(clock)
    board.show(Audience.ATTENDANT, ["one"], 2)
    board.show(Audience.ATTENDANT, ["two"], 3)
    board.show(Audience.ATTENDANT, ["three"])
    clock.now += 2
    board.tick()
    assert board.lines(Screen.ATTENDANT) == ("two",)
    clock.now += 2.5
    board.tick()
    assert board.lines(Screen.ATTENDANT) == ("two",)
    clock.now += 0.5
    board.tick()
    assert board.lines(Screen.ATTENDANT) == ("three",)


def test_one_screen_holding_does_not_hold_the_other(clock):
    board = DisplayBoard(clock)
    board.show(Audience.CUSTOMER, ["Godkänt"], 5)
    board.show(Audience.CUSTOMER, ["Ta kortet"])
    board.show(Audience.ATTENDANT, ["Skriver ut"])
    assert board.lines(Screen.ATTENDANT) == ("Skriver ut",)
    assert board.lines(Screen.CARDHOLDER) == ("Godkänt",)


def test_waiting_sets_without_a_minimum_time_collapse_to_the_newest(clock):
    board = DisplayBoard(clock)
    board.show(Audience.ATTENDANT, ["held"], 1)
    for n in range(1000):
        board.show(Audience.ATTENDANT, [f"{n}"])
    assert board.queued(Screen.ATTENDANT) == 1
    clock.now += 1
    board.tick()
    assert board.lines(Screen.ATTENDANT) == ("999",)


def test_the_queue_of_held_sets_is_bounded(clock):
    board = DisplayBoard(clock, max_queued=5)
    for n in range(50):
        board.show(Audience.ATTENDANT, [f"{n}"], 1)
    assert board.queued(Screen.ATTENDANT) == 5
    clock.now += 1
    board.tick()
    assert board.lines(Screen.ATTENDANT) == ("45",)  # the newest waiting sets were kept


def test_two_hundred_notifications_a_second_stay_cheap():
    board = DisplayBoard()
    started = time.perf_counter()
    for n in range(2000):
        board.show(Audience.CUSTOMER if n % 2 else "ATTENDANT", ("Behandlar", f"{n}"))
    assert time.perf_counter() - started < 0.05  # 10 s of a flood in well under a frame
    assert board.lines(Screen.CARDHOLDER) == ("Behandlar", "1999")


# -- the card dialog as the terminal's prompts --------------------------------------------------


def test_the_card_dialog_paints_each_area_and_the_status(qtbot, arun):
    card = CardPaymentDialog(5950)
    qtbot.addWidget(card)
    card.show()
    card.start()
    card.show_lines(TerminalLines(Audience.ATTENDANT, ("Väntar", "på kort")))
    card.show_lines(TerminalLines(Audience.CUSTOMER, ("Blippa kortet",)))
    arun(wait_for("painted", lambda: card.paints, 2))
    assert card.attendant_label.text() == "Väntar\npå kort"
    assert card.cardholder_label.text() == "Blippa kortet"
    assert card.paints == 1  # both notifications in one repaint

    card.show_progress(Progress.CARD_PRESENTED)
    assert card.status_label.text() == "Card presented (contactless)"
    card.show_progress(Progress.ABORTED)
    assert card.status_label.text() == "Transaction aborted"


def test_a_held_display_is_painted_when_its_time_is_up(qtbot, arun):
    card = CardPaymentDialog(100)
    qtbot.addWidget(card)
    card.show()
    card.show_lines(TerminalLines(Audience.CUSTOMER, ("Godkänt",), 1))
    card.show_lines(TerminalLines(Audience.CUSTOMER, ("Ta kortet",)))
    started = time.monotonic()
    arun(wait_for("first", lambda: card.cardholder_label.text() == "Godkänt", 2))
    arun(wait_for("second", lambda: card.cardholder_label.text() == "Ta kortet", 3))
    assert time.monotonic() - started >= 0.9


@pytest.mark.parametrize(
    ("notification", "text"),
    [
        (CardEntryNotification(card_entry_mode=0), "Card swiped (magstripe)"),
        (CardEntryNotification(card_entry_mode=1), "Card inserted (chip)"),
        (CardEntryNotification(card_entry_mode=2), "Card presented (contactless)"),
        (CardRemovalNotification(), "Card removed"),
        (TrxStartNotification(), "Transaction started"),
        (TrxEndNotification(), "Transaction ended"),
        (TrxAbortNotification(), "Transaction aborted"),
        (DisplayNotification(lines=("x",)), None),
    ],
)
def test_status_texts(notification, text):
    step = progress(notification)  # the Wallee adapter's reading of LTI 6.26
    assert (status_text(step) if step is not None else None) == text


# -- the confirmation dialog and the reminder ---------------------------------------------------

REQUEST = ConfirmationRequest(
    display_type="CARDHOLDER", lines=("Trx Amount", "SEK 8,00 OK?"), timeout=30, timeout_reminder=30
)
QUESTION = question(REQUEST, 60)  # as the Wallee adapter hands it to the prompts


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (Qt.Key.Key_Return, True),
        (Qt.Key.Key_Y, True),
        (Qt.Key.Key_Escape, False),
        (Qt.Key.Key_N, False),
    ],
)
def test_the_confirmation_answers_with_the_keyboard(qtbot, arun, key, expected):
    card = CardPaymentDialog(800)
    qtbot.addWidget(card)
    card.show()

    async def answer() -> bool:
        task = asyncio.ensure_future(card.ask(QUESTION))
        question = await wait_for("the question", lambda: card.confirmation, 2)
        assert question.lines_label.text() == "Trx Amount\nSEK 8,00 OK?"
        assert question.countdown_label.text() == "60 s left to answer"
        qtbot.keyClick(question, key)
        return await asyncio.wait_for(task, 2)

    assert arun(answer()) is expected
    assert card.confirmation is None


def test_the_countdown_counts_down(qtbot, clock):
    question = ConfirmationDialog(QUESTION, clock=clock)
    qtbot.addWidget(question)
    assert question.seconds_left() == 60
    clock.now += 41.2
    question._tick()
    assert question.countdown_label.text() == "19 s left to answer"
    clock.now += 100
    assert question.seconds_left() == 0


def test_a_cancelled_confirmation_closes_its_dialog(qtbot, arun):
    card = CardPaymentDialog(800)
    qtbot.addWidget(card)
    card.show()

    async def cancelled() -> None:
        with pytest.raises(TimeoutError):  # what the adapter does after timeout + reminder
            await asyncio.wait_for(card.ask(replace(QUESTION, answer_within=0.2)), 0.2)

    arun(cancelled())
    assert not [d for d in card.findChildren(ConfirmationDialog) if d.isVisible()]


def test_remind_sounds_and_flashes_the_open_question(qtbot, arun, monkeypatch):
    played: list[int] = []
    monkeypatch.setattr(sound, "play_reminder", lambda: played.append(1))
    card = CardPaymentDialog(800)
    qtbot.addWidget(card)
    card.show()

    async def remind() -> tuple[int, bool]:
        task = asyncio.ensure_future(card.ask(QUESTION))
        question = await wait_for("the question", lambda: card.confirmation, 2)
        card.remind(QUESTION)
        flashes = question.flash_count
        flashing = question.flashing
        question.reject()
        await task
        return flashes, flashing

    flashes, flashing = arun(remind())
    assert played == [1] and flashes == 1 and flashing


def test_remind_never_raises(qtbot, monkeypatch):
    def broken() -> None:
        raise OSError("no sound card")

    monkeypatch.setattr(sound, "play_reminder", broken)
    card = CardPaymentDialog(800)
    qtbot.addWidget(card)
    card.remind(QUESTION)  # logged, not raised


def test_the_reminder_sound_itself_never_raises(qtbot, tmp_path, monkeypatch):
    sound.play_reminder()
    wav = sound.reminder_wav(tmp_path / "r.wav")
    assert wav.read_bytes()[:4] == b"RIFF" and wav.stat().st_size > 10_000

    def no_beep() -> None:
        raise RuntimeError("no beep")

    monkeypatch.setattr(sound.QApplication, "beep", no_beep)
    sound.play_reminder()
