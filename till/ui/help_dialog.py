"""F1: the keys, who made which version of the program (SKVFS 2014:9, 4 kap.), and on the direct
transport the shop's control-unit certificate: its subject, org number and dates (issue 9)."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from till import MAKER, __version__
from till.about import Identity
from till.ui.about_dialog import AboutDialog
from till.ui.shortcuts import SHORTCUTS, key_name


class ShownCertificate(Protocol):
    """What the screen shows of the control-unit certificate (the adapter's CertificateInfo)."""

    subject: str
    org_nr: str | None
    not_before: datetime
    not_after: datetime


class HelpDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        certificate: ShownCertificate | None = None,
        about: Identity | None = None,
    ) -> None:
        super().__init__(parent)
        self.about = about  # the About button's identity (name, model, maker, number)
        self.about_dialog: AboutDialog | None = None
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("Keys"))
        rows = "".join(
            f"<tr><td style='padding:3px 18px 3px 0'><b>{key_name(s)}</b></td>"
            f"<td>{QCoreApplication.translate('Shortcuts', s.description)}</td></tr>"
            for s in SHORTCUTS
        )
        keys = QLabel(f"<table>{rows}</table>")
        keys.setObjectName("helpKeys")
        keys.setWordWrap(True)
        keys.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        keys.setContentsMargins(8, 8, 8, 8)
        # The list is longer than a 768-line screen: it scrolls, the buttons stay in view.
        scroll = QScrollArea()
        scroll.setObjectName("helpScroll")
        scroll.setWidget(keys)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        about = QLabel(
            self.tr("till {version}, made by {maker}").format(version=__version__, maker=MAKER)
        )
        about.setObjectName("aboutLabel")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setMinimumSize(120, 48)  # a finger's target
        # Settings (manager only): closes the keys; the window opens the screen after them.
        self.settings_button = QPushButton(self.tr("Settings"))
        self.settings_button.setObjectName("settingsButton")
        self.settings_button.setMinimumSize(120, 48)  # a finger's target
        self.settings_button.clicked.connect(self.accept)
        buttons.addButton(self.settings_button, QDialogButtonBox.ButtonRole.ActionRole)
        if about is not None:
            self.about_button = QPushButton(self.tr("About"))
            self.about_button.setObjectName("aboutButton")
            self.about_button.setMinimumSize(120, 48)  # a finger's target
            self.about_button.clicked.connect(self.show_about)
            buttons.addButton(self.about_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
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
        self.resize(900, 640)

    def sizeHint(self) -> QSize:
        return QSize(900, 640)  # fits 1024x768 with the frame; the keys scroll

    def show_about(self) -> None:
        assert self.about is not None
        self.about_dialog = AboutDialog(self.about, self)
        self.about_dialog.open()
