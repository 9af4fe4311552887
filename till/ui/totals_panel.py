"""The totals panel: the total (or what is still to pay after a card part-payment), VAT, lines,
what the card paid, the change after a cash sale, the last sale and the pay buttons. Mixed into
CashierWindow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from till.checkout.events import ReceiptCompleted, SaleSnapshot
from till.core.money import format_kr
from till.core.receipt import PaymentMethod, ReceiptType
from till.core.sale import SaleKind
from till.ui.status_bar import reason_words
from till.ui.texts import amount_text

PANEL_WIDTH = 400  # the totals panel's; COMPACT_PANEL_WIDTH below 1280 px (cashier_window)
COMPACT_PANEL_WIDTH = 330


class TotalsPanel:
    """Mixed into CashierWindow: uses its checkout, banner and intent runner."""

    def _build_totals(self) -> QFrame:
        panel = QFrame()
        panel.setObjectName("totalsPanel")
        panel.setFixedWidth(PANEL_WIDTH)
        self.totals_panel = panel
        self.totals_width = PANEL_WIDTH - 2 * 22  # the panel less its margins
        caption = QLabel(self.tr("TOTAL"))
        caption.setObjectName("totalCaption")
        self.total_caption = caption
        self.total_label = QLabel()
        self.total_label.setObjectName("totalLabel")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.vat_label = QLabel()
        self.vat_label.setObjectName("vatLabel")
        self.vat_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.item_count_label = QLabel()
        self.item_count_label.setObjectName("itemCountLabel")
        self.item_count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.paid_label = QLabel()
        self.paid_label.setObjectName("paidLabel")
        self.paid_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.paid_label.hide()
        self.still_due_label = QLabel()
        self.still_due_label.setObjectName("stillDueLabel")
        self.still_due_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.still_due_label.hide()
        self.last_sale_label = QLabel()
        self.last_sale_label.setObjectName("lastSaleLabel")
        self.last_sale_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.last_sale_label.setWordWrap(True)
        # After a cash sale: the change, large, until the next item is rung up.
        self.change_figure = QLabel()
        self.change_figure.setObjectName("changeFigure")
        self.change_figure.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.change_figure.setWordWrap(True)  # "Växel" above the amount on a narrow panel

        column = QVBoxLayout(panel)
        column.setContentsMargins(22, 18, 22, 18)
        column.addWidget(caption)
        column.addWidget(self.total_label)
        column.addWidget(self.item_count_label)
        column.addWidget(self.paid_label)
        column.addWidget(self.still_due_label)
        column.addSpacing(8)
        column.addWidget(self.change_figure)
        column.addWidget(self.vat_label)
        column.addStretch(1)
        column.addWidget(self.last_sale_label)
        column.addSpacing(8)
        column.addWidget(self._build_pay_buttons())
        return panel

    def _set_totals_width(self, width: int) -> None:
        """Narrower on a small screen, so the cart keeps room for the names."""
        if width == self.totals_panel.width() and width == self.totals_width + 44:
            return
        self.totals_panel.setFixedWidth(width)
        self.totals_width = width - 2 * 22
        self._fix_totals_sizes()

    def _fix_totals_sizes(self) -> None:
        """The totals panel's part of CashierWindow._fix_sizes."""
        for label, widest in (
            (self.total_label, "-999\u00a0999,99"),
            (self.item_count_label, "999 lines"),
        ):
            fix_label(label, widest, self.totals_width)
        self.change_figure.ensurePolished()
        self.change_figure.setFixedSize(
            self.totals_width, 2 * self.change_figure.fontMetrics().lineSpacing() + 6
        )
        # The VAT table: a heading and at most four rates.
        self.vat_label.ensurePolished()
        self.vat_label.setFixedSize(
            self.totals_width, 5 * (self.vat_label.fontMetrics().lineSpacing() + 2) + 8
        )
        # Three wrapped lines at most ("Last sale … change …"); fixed, so its text does not
        # relay out the totals panel.
        self.last_sale_label.ensurePolished()
        self.last_sale_label.setFixedSize(
            self.totals_width, 3 * self.last_sale_label.fontMetrics().lineSpacing() + 6
        )

    def _show_totals(self, sale: SaleSnapshot) -> None:
        is_return = sale.kind is SaleKind.RETURN
        if is_return:
            caption, figure = self.tr("TO PAY BACK"), -sale.total
        elif sale.paid > 0:  # part paid by card: the big figure is what is left to pay
            caption, figure = self.tr("STILL TO PAY"), max(sale.due, 0)
        else:
            caption, figure = self.tr("TOTAL"), sale.total
        self.total_caption.setText(caption)
        self.total_label.setText(format_kr(figure))
        if sale.lines and self.change_figure.text():  # the next customer's first item
            self.change_figure.clear()
        sign = -1 if is_return else 1
        rows = [
            (f"{s.rate} %", format_kr(sign * s.vat), format_kr(sign * s.gross))
            for s in sale.vat
            if s.gross
        ]
        html = _vat_table(self.tr("VAT"), self.tr("of amount"), rows) if rows else ""
        if html != self.vat_label.text():
            self.vat_label.setText(html)
        pieces = len(sale.lines)
        self.item_count_label.setText(self.tr("{n} lines").format(n=pieces) if pieces else "")

    def _show_receipt(self, event: ReceiptCompleted) -> None:
        receipt = event.receipt
        self.last_receipt = receipt
        number = receipt.sequence_number
        cash = [p for p in receipt.payments if p.method is PaymentMethod.CASH]
        klarna = any(p.method is PaymentMethod.KLARNA for p in receipt.payments)
        name = {
            ReceiptType.TRAINING: self.tr("Training receipt"),
            ReceiptType.CASH_INVOICE: self.tr("Cash invoice"),
        }.get(receipt.receipt_type, self.tr("Receipt"))
        if receipt.receipt_type is ReceiptType.PRO_FORMA:
            text = self.tr("Pro forma {number} (EJ KVITTO)  ·  the sale is still open").format(
                number=number
            )
        elif receipt.is_return:
            if receipt.receipt_type is ReceiptType.NORMAL:
                name = self.tr("Return receipt")
            if cash:
                text = self.tr("{name} {number}  ·  hand over {amount}").format(
                    name=name, number=number, amount=format_kr(-sum(p.amount for p in cash))
                )
            elif klarna:
                text = self.tr("{name} {number}  ·  paid back through Klarna").format(
                    name=name, number=number
                )
            else:
                text = self.tr("{name} {number}  ·  paid back to the card").format(
                    name=name, number=number
                )
        elif cash:
            change = sum(p.change for p in cash)
            text = self.tr("{name} {number}  ·  change {change}").format(
                name=name, number=number, change=format_kr(change)
            )
            self.change_figure.setText(
                self.tr("Change {amount}").format(amount=amount_text(change))
            )
        elif klarna:
            text = self.tr("{name} {number}  ·  paid with Klarna").format(name=name, number=number)
        else:
            text = self.tr("{name} {number}  ·  paid by card").format(name=name, number=number)
        self.last_sale_label.setText(text)
        if not event.printed:
            self.show_warning(
                self.tr(
                    "Receipt {number} is stored but was not printed: {error} Ctrl+U prints it "
                    "when the printer works again."
                ).format(number=receipt.sequence_number, error=reason_words(event.print_error))
            )
        else:  # the printer works: any receipt it missed before can be printed now
            self._run(self._offer_unprinted, "unprinted")
        self.receipt_completed.emit(receipt)


def fix_label(label: QLabel, widest: str, width: int | None = None) -> None:
    """A fixed size fitting `widest` in the label's own (stylesheet) font."""
    label.ensurePolished()
    metrics = label.fontMetrics()
    width = width or metrics.horizontalAdvance(widest) + 4
    label.setFixedSize(width, metrics.height() + 4)


def _vat_table(vat: str, of: str, rows: list[tuple[str, str, str]]) -> str:
    cell = "<td align='right' style='padding:1px 0 1px 18px'>{}</td>"
    head = f"<tr><td></td>{cell.format(vat)}{cell.format(of)}</tr>"
    body = "".join(
        f"<tr><td>{rate}</td>{cell.format(amount)}{cell.format(gross)}</tr>"
        for rate, amount, gross in rows
    )
    return f"<table align='right'>{head}{body}</table>"
