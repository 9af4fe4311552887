"""X and Z daily reports (SKVFS 2014:9, 7 kap. 2 §): what the period's registrations add up to.

`ReportInput` is everything the period holds, gathered by the store from the journal's rows
after the last Z report. `build_report` (pure) turns it into a `DayReport`; `report_layout`
prints it. A Z report closes the period: the next period starts after its last journal row, and
its grand totals carry on from this one's, never reset.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from till.core.money import format_kr
from till.core.receipt import (
    PAYMENT_METHOD_TEXT,
    PaymentMethod,
    PrintLine,
    Receipt,
    ReceiptCopy,
    ReceiptType,
    ShopIdentity,
    format_org_nr,
    layout_text,
)
from till.core.sale import ONE, SaleKind, SaleLine
from till.core.vat import VAT_RATES, VatSection


class ReportKind(StrEnum):
    X = "X-dagrapport"
    Z = "Z-dagrapport"


@dataclass(frozen=True, slots=True)
class VoidedSale:
    """An unfinished sale: rung up, then voided (journal kind sale_voided)."""

    sale_id: str
    total: int
    at: datetime


@dataclass(frozen=True, slots=True)
class GrandTotals:
    """Since the register's first registration; never reset (7 kap. 2 § points 20-22)."""

    sales: int = 0  # öre, normal sale receipts
    returns: int = 0  # öre, normal return receipts, as a positive amount

    @property
    def net(self) -> int:
        return self.sales - self.returns


@dataclass(frozen=True, slots=True)
class ReportInput:
    shop: ShopIdentity
    produced_at: datetime
    kind: ReportKind
    z_number: int | None  # the running number of this Z report; None for an X report
    first_journal_id: int  # the period: journal rows first..last, both included
    last_journal_id: int
    receipts: tuple[Receipt, ...]  # every receipt of the period: normal, training, pro forma
    copies: tuple[ReceiptCopy, ...]  # copies printed in the period
    cash_invoices: tuple[Receipt, ...]  # issued in offline mode (ReceiptType.CASH_INVOICE)
    drawer_openings_without_sale: int
    voided_sales: tuple[VoidedSale, ...]
    change_fund: int  # öre in the drawer at the start of the day (växelkassa)
    previous_grand_totals: GrandTotals = field(default_factory=GrandTotals)
    # The journal's head: the hash of row last_journal_id, printed so the paper anchors the
    # journal outside the database (store/journal_anchor.py). "" when unknown.
    last_journal_hash: str = ""


@dataclass(frozen=True, slots=True)
class ReportHead:
    """Who, when and which journal rows: the part of a report that is not summed."""

    shop: ShopIdentity
    produced_at: datetime
    kind: ReportKind
    z_number: int | None
    first_journal_id: int
    last_journal_id: int
    change_fund: int
    previous_grand_totals: GrandTotals = field(default_factory=GrandTotals)
    last_journal_hash: str = ""


def head_of(data: ReportInput) -> ReportHead:
    return ReportHead(
        shop=data.shop,
        produced_at=data.produced_at,
        kind=data.kind,
        z_number=data.z_number,
        first_journal_id=data.first_journal_id,
        last_journal_id=data.last_journal_id,
        change_fund=data.change_fund,
        previous_grand_totals=data.previous_grand_totals,
        last_journal_hash=data.last_journal_hash,
    )


class ReportInputError(ValueError):
    """The period's data does not add up to a report (a bug in whoever gathered it)."""


@dataclass(frozen=True, slots=True)
class MethodTotal:
    """Net öre taken in by one payment method: money paid back counts negative."""

    method: PaymentMethod
    amount: int


@dataclass(frozen=True, slots=True)
class DayReport:
    """Every figure of an X or Z daily report (SKVFS 2014:9, 7 kap. 2 §), in öre and counts.

    "Normal" receipts are the registered sales and returns (ReceiptType.NORMAL). Training and
    pro forma receipts, copies and offline cash invoices are counted apart and never reach the
    sales figures or the grand totals. Amounts are receipt totals incl. VAT, before cash
    rounding (the figure sent to the control unit); rounding is its own figure.
    """

    # Who and when: points 1-4, and the period the report covers.
    shop: ShopIdentity
    produced_at: datetime
    kind: ReportKind
    z_number: int | None
    first_journal_id: int
    last_journal_id: int
    # Point 5: normal sale receipts' totals.
    total_sales: int
    # Point 7: VAT of normal sales and returns together (returns negative), one per VAT_RATES.
    vat: tuple[VatSection, ...]
    change_fund: int  # point 8
    goods_sold: int  # point 9: pieces by quantity, a weighed line as 1; normal sales only
    services_sold: int  # point 10
    receipt_count: int  # point 11: normal receipts, sales and returns
    drawer_openings_without_sale: int  # point 12
    copy_count: int  # point 13
    copy_amount: int  # the copied receipts' totals (a return's copy counts negative)
    training_count: int  # point 14
    training_amount: int  # training receipts' totals (a training return counts negative)
    pro_forma_count: int
    pro_forma_amount: int
    # Point 15: net per method over normal sales and returns, in PaymentMethod order.
    payment_methods: tuple[MethodTotal, ...]
    return_count: int  # point 16
    return_amount: int  # positive
    discounts: int  # point 17: line discounts on normal sale receipts
    other_reductions: int  # point 18: the till has none; printed as 0
    unfinished_count: int  # point 19: voided sales
    unfinished_amount: int
    cash_rounding: int  # öresavrundning on normal receipts, to count the drawer against
    # Issued offline, outside the register: listed apart, in no sales figure.
    cash_invoice_count: int
    cash_invoice_amount: int
    cash_invoice_payment_methods: tuple[MethodTotal, ...]
    previous_grand_totals: GrandTotals  # where this period started
    grand_totals: GrandTotals  # points 20-22: previous plus this period's sales and returns
    last_journal_hash: str = ""  # the hash of journal row last_journal_id, printed
    # Point 6: normal sales per main group, by name, net of line discounts; lines sold before
    # the catalog had groups, or of a product without one, under UNGROUPED. Empty: no line of
    # the period had a group, and the report says groups are not used.
    sales_per_group: tuple[tuple[str, int], ...] = ()

    def payment_total(self, method: PaymentMethod) -> int:
        return _method_amount(self.payment_methods, method)

    def vat_section(self, rate: int) -> VatSection:
        for section in self.vat:
            if section.rate == rate:
                return section
        raise KeyError(rate)


def _method_amount(totals: tuple[MethodTotal, ...], method: PaymentMethod) -> int:
    return sum(t.amount for t in totals if t.method is method)


# ---- building -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodTotals:
    """What a period's registrations add up to: every summed figure of an X or Z report.

    `period_totals` sums them from the documents themselves (the definition); the store keeps
    them as running sums (core/report_sums.py, store/report_sums.py), so a report costs two
    rows read, not what the period holds. The two agree to the öre (a test holds them to it)."""

    total_sales: int = 0
    vat: tuple[VatSection, ...] = tuple(VatSection(rate, 0, 0) for rate in VAT_RATES)
    goods_sold: int = 0
    services_sold: int = 0
    receipt_count: int = 0
    drawer_openings_without_sale: int = 0
    copy_count: int = 0
    copy_amount: int = 0
    training_count: int = 0
    training_amount: int = 0
    pro_forma_count: int = 0
    pro_forma_amount: int = 0
    payment_methods: tuple[MethodTotal, ...] = tuple(MethodTotal(m, 0) for m in PaymentMethod)
    return_count: int = 0
    return_amount: int = 0  # positive
    discounts: int = 0
    unfinished_count: int = 0
    unfinished_amount: int = 0
    cash_rounding: int = 0
    cash_invoice_count: int = 0
    cash_invoice_amount: int = 0
    cash_invoice_payment_methods: tuple[MethodTotal, ...] = tuple(
        MethodTotal(m, 0) for m in PaymentMethod
    )
    sales_per_group: tuple[tuple[str, int], ...] = ()


def build_report(data: ReportInput) -> DayReport:
    """The period's figures. Pure: the same input always gives the same report."""
    _check_input(data)
    return report_from(head_of(data), period_totals(data))


def period_totals(data: ReportInput) -> PeriodTotals:
    """The period's sums, from its documents one by one."""
    by_type: dict[ReceiptType, list[Receipt]] = {t: [] for t in ReceiptType}
    for receipt in data.receipts:
        by_type[receipt.receipt_type].append(receipt)
    normal = by_type[ReceiptType.NORMAL]
    sales = [r for r in normal if r.kind is SaleKind.SALE]
    returns = [r for r in normal if r.kind is SaleKind.RETURN]
    sale_lines = [line for r in sales for line in r.lines]
    return PeriodTotals(
        total_sales=sum(r.total for r in sales),
        vat=_vat_per_rate(normal),
        goods_sold=sum(_units(line) for line in sale_lines if not line.service),
        services_sold=sum(_units(line) for line in sale_lines if line.service),
        receipt_count=len(normal),
        drawer_openings_without_sale=data.drawer_openings_without_sale,
        copy_count=len(data.copies),
        copy_amount=sum(c.receipt.total for c in data.copies),
        training_count=len(by_type[ReceiptType.TRAINING]),
        training_amount=sum(r.total for r in by_type[ReceiptType.TRAINING]),
        pro_forma_count=len(by_type[ReceiptType.PRO_FORMA]),
        pro_forma_amount=sum(r.total for r in by_type[ReceiptType.PRO_FORMA]),
        payment_methods=_per_method(normal),
        return_count=len(returns),
        return_amount=-sum(r.total for r in returns),
        discounts=sum(line.discount for line in sale_lines),
        unfinished_count=len(data.voided_sales),
        unfinished_amount=sum(v.total for v in data.voided_sales),
        cash_rounding=sum(r.rounding for r in normal),
        cash_invoice_count=len(data.cash_invoices),
        cash_invoice_amount=sum(r.total for r in data.cash_invoices),
        cash_invoice_payment_methods=_per_method(data.cash_invoices),
        sales_per_group=_per_group(sale_lines),
    )


def report_from(head: ReportHead, totals: PeriodTotals) -> DayReport:
    """The report of a period: who, when and which rows from `head`, the sums from `totals`;
    grand totals carry on from the previous Z report's."""
    check_head(head)
    previous = head.previous_grand_totals
    return DayReport(
        shop=head.shop,
        produced_at=head.produced_at,
        kind=head.kind,
        z_number=head.z_number,
        first_journal_id=head.first_journal_id,
        last_journal_id=head.last_journal_id,
        total_sales=totals.total_sales,
        vat=totals.vat,
        change_fund=head.change_fund,
        goods_sold=totals.goods_sold,
        services_sold=totals.services_sold,
        receipt_count=totals.receipt_count,
        drawer_openings_without_sale=totals.drawer_openings_without_sale,
        copy_count=totals.copy_count,
        copy_amount=totals.copy_amount,
        training_count=totals.training_count,
        training_amount=totals.training_amount,
        pro_forma_count=totals.pro_forma_count,
        pro_forma_amount=totals.pro_forma_amount,
        payment_methods=totals.payment_methods,
        return_count=totals.return_count,
        return_amount=totals.return_amount,
        discounts=totals.discounts,
        other_reductions=0,
        unfinished_count=totals.unfinished_count,
        unfinished_amount=totals.unfinished_amount,
        cash_rounding=totals.cash_rounding,
        cash_invoice_count=totals.cash_invoice_count,
        cash_invoice_amount=totals.cash_invoice_amount,
        cash_invoice_payment_methods=totals.cash_invoice_payment_methods,
        previous_grand_totals=previous,
        grand_totals=GrandTotals(
            previous.sales + totals.total_sales, previous.returns + totals.return_amount
        ),
        last_journal_hash=head.last_journal_hash,
        sales_per_group=totals.sales_per_group,
    )


UNGROUPED = "Övrigt"  # printed: lines of no main group


def _per_group(lines: list[SaleLine]) -> tuple[tuple[str, int], ...]:
    if all(line.group is None for line in lines):
        return ()
    amounts: dict[str, int] = {}
    for line in lines:
        name = line.group or UNGROUPED
        amounts[name] = amounts.get(name, 0) + line.amount
    return tuple(sorted(amounts.items(), key=lambda item: (item[0] == UNGROUPED, item[0])))


def grand_totals_after(report: DayReport) -> GrandTotals:
    """What the next Z report starts from. An X report closes nothing: after it, the next Z
    starts where this X started."""
    return report.grand_totals if report.kind is ReportKind.Z else report.previous_grand_totals


def check_head(head: ReportHead) -> None:
    if (head.kind is ReportKind.Z) != (head.z_number is not None):
        raise ReportInputError("a Z report has a number and an X report none")
    if head.first_journal_id > head.last_journal_id + 1:
        raise ReportInputError("the period ends before it starts")


def _check_input(data: ReportInput) -> None:
    check_head(head_of(data))
    # Copies and cash invoices have inputs of their own: one in `receipts` would be counted
    # as a sale, or missed, so refuse rather than print a wrong report.
    for receipt in data.receipts:
        if receipt.receipt_type in (ReceiptType.COPY, ReceiptType.CASH_INVOICE):
            raise ReportInputError(f"a {receipt.receipt_type} among the period's receipts")
    for receipt in data.cash_invoices:
        if receipt.receipt_type is not ReceiptType.CASH_INVOICE:
            raise ReportInputError(f"a {receipt.receipt_type} receipt among the cash invoices")


def _units(line: SaleLine) -> int:
    """A weighed line is one article; pieces count by their number."""
    return 1 if line.sold_by_weight else line.quantity // ONE


def _vat_per_rate(receipts: Iterable[Receipt]) -> tuple[VatSection, ...]:
    # Summed from the receipts' own sections (what was printed and sent to the control unit),
    # so the report agrees with the receipts to the öre.
    gross = dict.fromkeys(VAT_RATES, 0)
    vat = dict.fromkeys(VAT_RATES, 0)
    for receipt in receipts:
        for section in receipt.vat:
            gross[section.rate] += section.gross
            vat[section.rate] += section.vat
    return tuple(VatSection(rate, gross[rate], vat[rate]) for rate in VAT_RATES)


def _per_method(receipts: Iterable[Receipt]) -> tuple[MethodTotal, ...]:
    amounts = dict.fromkeys(PaymentMethod, 0)
    for receipt in receipts:
        for payment in receipt.payments:
            amounts[payment.method] += payment.amount
    return tuple(MethodTotal(method, amount) for method, amount in amounts.items())


# ---- layout ---------------------------------------------------------------------------------

CASH_INVOICE_REMINDER = (
    "Kontrollenheten var ur funktion: avbrottet ska dokumenteras och anmälas till Skatteverket."
)


def report_layout(report: DayReport, *, copy: bool = False) -> list[PrintLine]:
    """The printed report, in Swedish. `copy`: a reprint, marked KOPIA at top and bottom."""
    out: list[PrintLine] = []
    if copy:
        out.append(PrintLine("KOPIA", size=2, bold=True, center=True))
    out.append(PrintLine(report.kind.value, size=2, bold=True, center=True))
    if report.z_number is not None:
        out.append(PrintLine(f"Nr {report.z_number}", size=2, bold=True, center=True))
    out += [
        PrintLine(report.shop.name, bold=True, center=True),
        PrintLine(f"Org.nr {format_org_nr(report.shop.org_nr)}", center=True),
        PrintLine(f"Kassa {report.shop.register_id}"),
        PrintLine("Utskriven", report.produced_at.strftime("%Y-%m-%d %H:%M")),
        PrintLine("Journalrader", f"{report.first_journal_id}-{report.last_journal_id}"),
    ]
    if report.last_journal_hash:  # the journal's head, to compare with an export of it
        out += [
            PrintLine(f"Journalhash rad {report.last_journal_id}"),
            PrintLine(report.last_journal_hash[:32]),
            PrintLine(report.last_journal_hash[32:]),
        ]

    out += _section("Försäljning")
    out += [
        _amount("Total försäljning", report.total_sales, bold=True),
        *_group_lines(report.sales_per_group),
        _count("Antal sålda varor", report.goods_sold),
        _count("Antal sålda tjänster", report.services_sold),
        _count("Antal kvitton", report.receipt_count),
        _amount("Rabatter", report.discounts),
        _amount("Andra reduceringar", report.other_reductions),
        _amount("Öresavrundning", report.cash_rounding),
        _amount("Växelkassa", report.change_fund),
        _count("Lådöppningar utan försäljning", report.drawer_openings_without_sale),
    ]

    out += _section("Moms per momssats")
    out.append(PrintLine("Moms %", "Moms      Netto      Brutto"))
    for s in report.vat:
        vat, net, gross = (format_kr(x) for x in (s.vat, s.net, s.gross))
        out.append(PrintLine(f"{s.rate} %", f"{vat:>9} {net:>10} {gross:>11}"))

    out += _section("Betalsätt (netto)")
    out += [_amount(PAYMENT_METHOD_TEXT[t.method], t.amount) for t in report.payment_methods]

    out += _section("Returer")
    out += [
        _count("Antal returer", report.return_count),
        _amount("Returer belopp", report.return_amount),
    ]
    out += _section("Kopior")
    out += [_count("Antal kopior", report.copy_count), _amount("Kopior belopp", report.copy_amount)]
    out += _section("Övningskvitton")
    out += [
        _count("Antal övningskvitton", report.training_count),
        _amount("Övningskvitton belopp", report.training_amount),
    ]
    out += _section("Proformakvitton")
    out += [
        _count("Antal proformakvitton", report.pro_forma_count),
        _amount("Proformakvitton belopp", report.pro_forma_amount),
    ]
    out += _section("Ej avslutade försäljningar")
    out += [
        _count("Antal ej avslutade", report.unfinished_count),
        _amount("Ej avslutade belopp", report.unfinished_amount),
    ]

    out += _section("Kontantnotor (utanför kassan)")
    out += [
        _count("Antal kontantnotor", report.cash_invoice_count),
        _amount("Kontantnotor belopp", report.cash_invoice_amount),
    ]
    out += [
        _amount(f"  {PAYMENT_METHOD_TEXT[t.method]}", t.amount)
        for t in report.cash_invoice_payment_methods
    ]
    out.append(PrintLine("  Ingår inte i försäljningen ovan."))
    if report.cash_invoice_count:
        out.append(PrintLine(CASH_INVOICE_REMINDER, bold=True))

    out += _section("Grand total")
    out += [
        _amount("Grand total försäljning", report.grand_totals.sales),
        _amount("Grand total returer", report.grand_totals.returns),
        _amount("Grand total netto", report.grand_totals.net, bold=True),
    ]
    out.append(PrintLine())
    out.append(PrintLine(f"Slut på {report.kind.value}", center=True))
    if copy:
        out.append(PrintLine("KOPIA", size=2, bold=True, center=True))
    return out


def report_text(report: DayReport, copy: bool = False) -> str:
    return layout_text(report_layout(report, copy=copy))


def _group_lines(groups: tuple[tuple[str, int], ...]) -> list[PrintLine]:
    if not groups:
        return [PrintLine("Försäljning per huvudgrupp", "används ej")]
    return [PrintLine("Försäljning per huvudgrupp")] + [
        _amount(f"  {name}", amount) for name, amount in groups
    ]


def _section(title: str) -> list[PrintLine]:
    return [PrintLine(), PrintLine(title, bold=True), PrintLine("-" * 40)]


def _amount(label: str, amount: int, *, bold: bool = False) -> PrintLine:
    return PrintLine(label, format_kr(amount), bold=bold)


def _count(label: str, count: int) -> PrintLine:
    return PrintLine(label, str(count))


# ---- record ---------------------------------------------------------------------------------

RECORD_VERSION = 1

# DayReport fields that are plain ints in the record, under their own names.
_INT_FIELDS = (
    "first_journal_id",
    "last_journal_id",
    "total_sales",
    "change_fund",
    "goods_sold",
    "services_sold",
    "receipt_count",
    "drawer_openings_without_sale",
    "copy_count",
    "copy_amount",
    "training_count",
    "training_amount",
    "pro_forma_count",
    "pro_forma_amount",
    "return_count",
    "return_amount",
    "discounts",
    "other_reductions",
    "unfinished_count",
    "unfinished_amount",
    "cash_rounding",
    "cash_invoice_count",
    "cash_invoice_amount",
)


def report_record(report: DayReport) -> dict[str, Any]:
    """Every figure as JSON-ready values: the Z report's unchangeable stored content."""
    shop = report.shop
    return {
        "version": RECORD_VERSION,
        "kind": report.kind.name,
        "z_number": report.z_number,
        "produced_at": report.produced_at.isoformat(),
        "shop": {
            "name": shop.name,
            "org_nr": shop.org_nr,
            "address": shop.address,
            "register_id": shop.register_id,
        },
        **{name: getattr(report, name) for name in _INT_FIELDS},
        "vat": [{"rate": s.rate, "gross": s.gross, "vat": s.vat} for s in report.vat],
        "payment_methods": {t.method.value: t.amount for t in report.payment_methods},
        "cash_invoice_payment_methods": {
            t.method.value: t.amount for t in report.cash_invoice_payment_methods
        },
        "previous_grand_totals": _totals_record(report.previous_grand_totals),
        "grand_totals": _totals_record(report.grand_totals),
        "last_journal_hash": report.last_journal_hash,  # absent from records before issue 7
        "sales_per_group": [[name, amount] for name, amount in report.sales_per_group],
    }


def report_from_record(record: dict[str, Any]) -> DayReport:
    """The report a stored record holds, for a reprint. Raises ReportInputError on a record
    of an unknown version."""
    if record.get("version") != RECORD_VERSION:
        raise ReportInputError(f"unknown report record version {record.get('version')!r}")
    shop = record["shop"]
    return DayReport(
        shop=ShopIdentity(shop["name"], shop["org_nr"], shop["address"], shop["register_id"]),
        produced_at=datetime.fromisoformat(record["produced_at"]),
        kind=ReportKind[record["kind"]],
        z_number=record["z_number"],
        vat=tuple(VatSection(s["rate"], s["gross"], s["vat"]) for s in record["vat"]),
        payment_methods=_methods_from_record(record["payment_methods"]),
        cash_invoice_payment_methods=_methods_from_record(record["cash_invoice_payment_methods"]),
        previous_grand_totals=GrandTotals(**record["previous_grand_totals"]),
        grand_totals=GrandTotals(**record["grand_totals"]),
        last_journal_hash=record.get("last_journal_hash", ""),
        # absent from records before issue 10
        sales_per_group=tuple((name, amount) for name, amount in record.get("sales_per_group", [])),
        **{name: record[name] for name in _INT_FIELDS},
    )


def _totals_record(totals: GrandTotals) -> dict[str, int]:
    return {"sales": totals.sales, "returns": totals.returns}


def _methods_from_record(amounts: dict[str, int]) -> tuple[MethodTotal, ...]:
    return tuple(MethodTotal(PaymentMethod(method), amount) for method, amount in amounts.items())
