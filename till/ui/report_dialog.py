"""An X or Z daily report on screen, on the same paper it prints on (double-size headings
included), with what became of printing it and of the card terminal's end of day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from till.core.report import DayReport, ReportKind, report_layout
from till.ui.receipt_view import PaperWidget, paper_scroll
from till.ui.style import NOTE_STYLES


class ReportDialog(QDialog):
    """Enter or Esc closes. `notes` are (level, text) lines above the paper: level is "ok",
    "warning" or "error"."""

    def __init__(
        self,
        report: DayReport,
        *,
        copy: bool = False,
        notes: list[tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.report = report
        if report.kind is ReportKind.Z:
            title = self.tr("Z report {number}").format(number=report.z_number)
        else:
            title = self.tr("X report")
        if copy:
            title += self.tr(" – copy (KOPIA)")
        self.setWindowTitle(title)

        layout = QVBoxLayout(self)
        self.note_labels: list[QLabel] = []
        for level, text in notes or []:
            label = QLabel(text)
            label.setObjectName("reportNote")
            label.setProperty("level", level)
            label.setWordWrap(True)
            label.setStyleSheet(NOTE_STYLES[level])
            layout.addWidget(label)
            self.note_labels.append(label)

        self.paper_widget = PaperWidget(report_layout(report, copy=copy))
        layout.addWidget(paper_scroll(self.paper_widget), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.paper_widget.width() + 48, 700)  # fits 1024x768; the paper scrolls

    def notes(self) -> str:
        return "\n".join(label.text() for label in self.note_labels)

    def text(self) -> str:
        return self.paper_widget.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)
