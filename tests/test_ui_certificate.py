"""F1 shows the control unit certificate of the direct transport: subject, org number, dates
(issue 9: reported to the shop before the first sale, and shown in the till)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from till.ui.help_dialog import HelpDialog

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Certificate:
    subject: str
    org_nr: str | None
    not_before: datetime
    not_after: datetime


def test_help_shows_the_certificate_with_its_dates(qtbot):
    cert = Certificate(
        "CN=Demobutiken AB,serialNumber=5561234567",
        "5561234567",
        datetime(2026, 1, 2, tzinfo=UTC),
        datetime(2027, 1, 2, tzinfo=UTC),
    )
    dialog = HelpDialog(None, cert)
    qtbot.addWidget(dialog)
    text = dialog.certificate_label.text()
    assert "CN=Demobutiken AB" in text and "5561234567" in text
    assert "2026-01-02" in text and "2027-01-02" in text


def test_help_without_the_direct_transport_shows_no_certificate(qtbot):
    dialog = HelpDialog(None)
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "certificate_label")
