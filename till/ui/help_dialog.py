"""F1: the keys, and who made which version of the program (SKVFS 2014:9, 4 kap.)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from till import MAKER, __version__
from till.ui.shortcuts import SHORTCUTS, key_name


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
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
        layout.addWidget(buttons)
