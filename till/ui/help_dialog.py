"""F1: the keys, who made which version of the program (SKVFS 2014:9, 4 kap.), and on the direct
transport the shop's control-unit certificate: its subject, org number and dates (issue 9)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from till import MAKER, __version__
from till.ui.shortcuts import SHORTCUTS, key_name


class ShownCertificate(Protocol):
    """What the screen shows of the control-unit certificate (the adapter's CertificateInfo)."""

    subject: str
    org_nr: str | None
    not_before: datetime
    not_after: datetime


class HelpDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, certificate: ShownCertificate | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Keys"))
        rows = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{key_name(s)}</b></td>"
            f"<td>{QCoreApplication.translate('Shortcuts', s.description)}</td></tr>"
            for s in SHORTCUTS
        )
        keys = QLabel(f"<table>{rows}</table>")
        about = QLabel(
            self.tr("till {version}, made by {maker}").format(version=__version__, maker=MAKER)
        )
        about.setObjectName("aboutLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(keys)
        layout.addWidget(about)
        if certificate is not None:
            self.certificate_label = QLabel(
                self.tr(
                    "Control unit certificate: {subject}, org. nr {org_nr}, valid from {start} "
                    "to {end}"
                ).format(
                    subject=certificate.subject,
                    org_nr=certificate.org_nr or "?",
                    start=certificate.not_before.date().isoformat(),
                    end=certificate.not_after.date().isoformat(),
                )
            )
            self.certificate_label.setObjectName("certificateLabel")
            self.certificate_label.setWordWrap(True)
            layout.addWidget(self.certificate_label)
        layout.addWidget(buttons)
