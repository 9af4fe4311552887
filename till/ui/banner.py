"""The banner above the entry: an error, a warning or a note on what the cashier just did.
Mixed into CashierWindow. A long text wraps; the whole text is also the tooltip."""

from __future__ import annotations

from till.ui.style import BANNER_STYLES


class Banner:
    """Mixed into CashierWindow: uses its banner label and the standing warning (a missing Z)."""

    def show_error(self, message: str) -> None:
        self._set_banner(message, "error")

    def show_warning(self, message: str) -> None:
        self._set_banner(message, "warning")

    def show_info(self, message: str) -> None:
        """Something done that the cashier should know went well (a copy printed)."""
        self._set_banner(message, "info")

    def _set_banner(self, message: str, level: str) -> None:
        self._banner_version += 1
        if not self.banner.wordWrap():  # a long message wraps rather than widening the window
            self.banner.setWordWrap(True)
        if self.banner.text() != message:  # a new text relays out the column
            self.banner.setText(message)
            self.banner.setToolTip(message)  # the whole text, also when the label is cut
        if self.banner.property("level") != level:  # restyling re-polishes: only on change
            self.banner.setProperty("level", level)
            self.banner.setStyleSheet(BANNER_STYLES[level])
        self.banner.show()

    def clear_banner(self) -> None:
        if self._standing_warning:  # a missing Z report is not forgotten by the next scan
            self._set_banner(self._standing_warning, "warning")
            return
        if self.banner.isHidden() and not self.banner.text():
            return  # after every action: clearing an empty banner would still relay out
        self.banner.clear()
        self.banner.setToolTip("")
        self.banner.hide()

    @property
    def banner_text(self) -> str:
        return self.banner.text() if self.banner.isVisibleTo(self) else ""
