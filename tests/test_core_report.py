"""X and Z daily reports: figures against a day computed by hand, training kept out of sales,
grand totals that never reset, the stored record and the printed layout."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from till.core.money import cash_rounding
from till.core.receipt import (
    ControlCode,
    Payment,
    PaymentMethod,
    PrintLine,
    Receipt,
    ReceiptCopy,
    ReceiptType,
    ShopIdentity,
)
from till.core.report import (
    CASH_INVOICE_REMINDER,
    DayReport,
    GrandTotals,
    MethodTotal,
    ReportInput,
    ReportInputError,
    ReportKind,
    VoidedSale,
    build_report,
    grand_totals_after,
    report_from_record,
    report_layout,
    report_record,
    report_text,
)
from till.core.sale import ReceiptRef, SaleKind, SaleLine
from till.core.vat import VatSection, vat_sections

TZ = timezone(timedelta(hours=2))
SHOP = ShopIdentity("Hörnbutiken AB", "5561234567", "Storgatan 1, 123 45 Åby", "K1")
CODE = ControlCode("CTU0001", "C" * 59)
DAY = datetime(2024, 6, 1, 9, 0, tzinfo=TZ)


def line(
    no: int,
    name: str,
    unit_price: int,
    quantity: int,
    rate: int,
    *,
    weighed: bool = False,
    discount: int = 0,
    service: bool = False,
) -> SaleLine:
    return SaleLine(
        no, f"p{no}", name, unit_price, quantity, rate, weighed, discount, service=service
    )


def receipt(
    seq: int,
    lines: tuple[SaleLine, ...],
    payments: tuple[Payment, ...],
    *,
    rounding: int = 0,
    receipt_type: ReceiptType = ReceiptType.NORMAL,
    kind: SaleKind = SaleKind.SALE,
    original: ReceiptRef | None = None,
) -> Receipt:
    sign = kind.sign
    return Receipt(
        shop=SHOP,
        sequence_number=seq,
        receipt_type=receipt_type,
        created_at=DAY + timedelta(minutes=seq),
        sale_id=f"sale-{receipt_type}-{seq}",
        lines=lines,
        vat=vat_sections((x.vat_rate, sign * x.amount) for x in lines),
        rounding=rounding,
        payments=payments,
        control=None if receipt_type is ReceiptType.CASH_INVOICE else CODE,
        request_id=f"req-{seq}",
        kind=kind,
        original=original,
    )


def cash(amount: int, tendered: int | None = None) -> Payment:
    tendered = amount if tendered is None else tendered
    return Payment(PaymentMethod.CASH, amount, tendered, tendered - amount)


def card(amount: int) -> Payment:
    return Payment(PaymentMethod.CARD, amount)


# ---- the day of mixed sales --------------------------------------------------------------
# Milk 21,50 (12 %), bananas 24,90/kg (12 %), bag 19,00 (25 %), newspaper 35,00 (6 %),
# stamp 12,00 (0 %), key cutting 60,00 (25 %, a service).

# 1: cash. 2 x 21,50 = 43,00; 1,234 kg x 24,90 = 30,7266 -> 30,73 less 1,00 discount = 29,73;
#    bag 19,00. Total 43,00 + 29,73 + 19,00 = 91,73, cash rounded to 92,00 (+0,27).
#    VAT 12 %: (43,00 + 29,73) * 12/112 = 72,73 * 12/112 = 7,7925 -> 7,79; 25 %: 19,00/5 = 3,80.
R1 = receipt(
    1,
    (
        line(1, "Mjölk", 2150, 2000, 12),
        line(2, "Bananer", 2490, 1234, 12, weighed=True, discount=100),
        line(3, "Tygkasse", 1900, 1000, 25),
    ),
    (cash(9200, 10000),),
    rounding=27,
)
# 2: card. Key cutting 2 x 60,00 = 120,00 less 10,00 = 110,00; newspaper 35,00. Total 145,00.
#    VAT 25 %: 110,00/5 = 22,00; 6 %: 35,00 * 6/106 = 1,98113 -> 1,98.
R2 = receipt(
    2,
    (
        line(1, "Nyckelkopiering", 6000, 2000, 25, discount=1000, service=True),
        line(2, "Dagstidning", 3500, 1000, 6),
    ),
    (card(14500),),
)
# 3: split. 0,750 kg bananas = 18,675 -> 18,68; 3 stamps 36,00; 2 bags 38,00. Total 92,68.
#    Card 50,00, the rest 42,68 in cash rounded to 43,00 (+0,32).
#    VAT 12 %: 18,68 * 12/112 = 2,0014 -> 2,00; 0 %: 0; 25 %: 38,00/5 = 7,60.
R3 = receipt(
    3,
    (
        line(1, "Bananer", 2490, 750, 12, weighed=True),
        line(2, "Frimärke", 1200, 3000, 0),
        line(3, "Tygkasse", 1900, 2000, 25),
    ),
    (card(5000), cash(4300, 5000)),
    rounding=32,
)
# 4: return of part of 1 in cash: a milk 21,50 and the bag 19,00 = -40,50, paid back -41,00
#    (rounding -0,50). VAT 12 %: -21,50 * 12/112 = -2,3036 -> -2,30; 25 %: -19,00/5 = -3,80.
R4 = receipt(
    4,
    (line(1, "Mjölk", 2150, 1000, 12), line(2, "Tygkasse", 1900, 1000, 25)),
    (cash(-4100),),
    rounding=-50,
    kind=SaleKind.RETURN,
    original=ReceiptRef("K1", 1),
)
# 5: return of one key cutting from 2 to the card: 60,00 less half the discount 5,00 = -55,00.
#    VAT 25 %: -55,00/5 = -11,00.
R5 = receipt(
    5,
    (line(1, "Nyckelkopiering", 6000, 1000, 25, discount=500, service=True),),
    (card(-5500),),
    kind=SaleKind.RETURN,
    original=ReceiptRef("K1", 2),
)
# A training receipt (5 bags, 95,00) and a pro forma (2 newspapers, 70,00): no sales.
TRAINING = receipt(
    6, (line(1, "Tygkasse", 1900, 5000, 25),), (cash(9500),), receipt_type=ReceiptType.TRAINING
)
PRO_FORMA = receipt(
    7, (line(1, "Dagstidning", 3500, 2000, 6),), (), receipt_type=ReceiptType.PRO_FORMA
)
# The copy of receipt 2 (145,00).
COPY = ReceiptCopy(R2, DAY + timedelta(hours=1), ControlCode("CTU0001", "K" * 59), "req-copy")
# Offline, from its own series: milk 21,50 + bag 19,00 = 40,50, cash rounded to 41,00.
CASH_INVOICE = receipt(
    1,
    (line(1, "Mjölk", 2150, 1000, 12), line(2, "Tygkasse", 1900, 1000, 25)),
    (cash(4100),),
    rounding=50,
    receipt_type=ReceiptType.CASH_INVOICE,
)
VOIDED = VoidedSale("sale-voided", 4300, DAY + timedelta(hours=2))  # 2 milk, then voided
PREVIOUS = GrandTotals(sales=12_345_600, returns=234_500)
PRODUCED = datetime(2024, 6, 1, 18, 5, tzinfo=TZ)


def day_input(**changes: object) -> ReportInput:
    data = ReportInput(
        shop=SHOP,
        produced_at=PRODUCED,
        kind=ReportKind.Z,
        z_number=42,
        first_journal_id=101,
        last_journal_id=160,
        receipts=(R1, R2, TRAINING, R3, PRO_FORMA, R4, R5),
        copies=(COPY,),
        cash_invoices=(CASH_INVOICE,),
        drawer_openings_without_sale=2,
        voided_sales=(VOIDED,),
        change_fund=200_000,
        previous_grand_totals=PREVIOUS,
    )
    return replace(data, **changes)


def test_report_figures_match_a_day_of_mixed_sales_computed_by_hand() -> None:
    report = build_report(day_input())

    assert report.shop == SHOP
    assert report.produced_at == PRODUCED
    assert report.kind is ReportKind.Z
    assert report.z_number == 42
    assert (report.first_journal_id, report.last_journal_id) == (101, 160)
    # 91,73 + 145,00 + 92,68
    assert report.total_sales == 32_941
    # Net of sales and returns per rate:
    # 25 %: gross 19,00 + 110,00 + 38,00 - 19,00 - 55,00 = 93,00; VAT 3,80 + 22,00 + 7,60
    #       - 3,80 - 11,00 = 18,60. 12 %: gross 72,73 + 18,68 - 21,50 = 69,91; VAT 7,79 + 2,00
    #       - 2,30 = 7,49. 6 %: 35,00, VAT 1,98. 0 %: 36,00, VAT 0.
    assert report.vat == (
        VatSection(25, 9_300, 1_860),
        VatSection(12, 6_991, 749),
        VatSection(6, 3_500, 198),
        VatSection(0, 3_600, 0),
    )
    assert report.change_fund == 200_000
    # 1: 2 milk + 1 weighed + 1 bag; 2: 1 newspaper; 3: 1 weighed + 3 stamps + 2 bags.
    assert report.goods_sold == 4 + 1 + 6
    assert report.services_sold == 2  # the 2 key cuttings; the return of one is not subtracted
    assert report.receipt_count == 5  # 3 sales + 2 returns
    assert report.drawer_openings_without_sale == 2
    assert (report.copy_count, report.copy_amount) == (1, 14_500)
    assert (report.training_count, report.training_amount) == (1, 9_500)
    assert (report.pro_forma_count, report.pro_forma_amount) == (1, 7_000)
    # Cash 92,00 + 43,00 - 41,00 = 94,00; card 145,00 + 50,00 - 55,00 = 140,00.
    assert report.payment_methods == (
        MethodTotal(PaymentMethod.CASH, 9_400),
        MethodTotal(PaymentMethod.CARD, 14_000),
        MethodTotal(PaymentMethod.KLARNA, 0),
    )
    assert report.payment_total(PaymentMethod.CASH) == 9_400
    assert report.payment_total(PaymentMethod.CARD) == 14_000
    assert (report.return_count, report.return_amount) == (2, 9_550)  # 40,50 + 55,00
    assert report.discounts == 1_100  # 1,00 on the bananas + 10,00 on the key cutting
    assert report.other_reductions == 0
    assert (report.unfinished_count, report.unfinished_amount) == (1, 4_300)
    assert report.cash_rounding == 9  # 0,27 + 0,32 - 0,50
    assert (report.cash_invoice_count, report.cash_invoice_amount) == (1, 4_050)
    assert report.cash_invoice_payment_methods == (
        MethodTotal(PaymentMethod.CASH, 4_100),
        MethodTotal(PaymentMethod.CARD, 0),
        MethodTotal(PaymentMethod.KLARNA, 0),
    )
    assert report.previous_grand_totals == PREVIOUS
    # 123 456,00 + 329,41 and 2 345,00 + 95,50; net 123 785,41 - 2 440,50
    assert report.grand_totals == GrandTotals(sales=12_378_541, returns=244_050)
    assert report.grand_totals.net == 12_134_491
    assert grand_totals_after(report) == GrandTotals(12_378_541, 244_050)
    # Every öre taken in is a sale less the returns plus rounding: 233,91 + 0,09 = 234,00.
    assert report.total_sales - report.return_amount + report.cash_rounding == 9_400 + 14_000
    assert sum(s.gross for s in report.vat) == report.total_sales - report.return_amount


def test_klarna_is_counted_apart_from_cards() -> None:
    # A 145,00 sale paid 100,00 by Klarna and 45,00 by card; a Klarna refund of 35,00.
    sale = receipt(1, R2.lines, (Payment(PaymentMethod.KLARNA, 10_000), card(4_500)))
    back = receipt(
        2,
        (line(1, "Dagstidning", 3500, 1000, 6),),
        (Payment(PaymentMethod.KLARNA, -3_500),),
        kind=SaleKind.RETURN,
        original=ReceiptRef("K1", 1),
    )
    report = build_report(day_input(receipts=(sale, back), copies=(), cash_invoices=()))

    assert report.payment_total(PaymentMethod.KLARNA) == 6_500
    assert report.payment_total(PaymentMethod.CARD) == 4_500
    assert by_text(report_layout(report))["Klarna"].right == "65,00"


def test_an_x_report_has_no_number_and_moves_no_grand_total() -> None:
    x = build_report(day_input(kind=ReportKind.X, z_number=None))

    assert x.kind is ReportKind.X and x.z_number is None
    assert x.grand_totals == GrandTotals(12_378_541, 244_050)  # printed as at this moment
    assert grand_totals_after(x) == PREVIOUS  # the next Z starts where this X started
    assert replace(x, kind=ReportKind.Z, z_number=42) == build_report(day_input())


def test_grand_totals_never_reset_from_z_to_z() -> None:
    z1 = build_report(day_input())
    empty_day = day_input(
        z_number=43,
        first_journal_id=161,
        last_journal_id=161,
        receipts=(),
        copies=(),
        cash_invoices=(),
        drawer_openings_without_sale=0,
        voided_sales=(),
        previous_grand_totals=grand_totals_after(z1),
    )
    z2 = build_report(empty_day)
    assert z2.total_sales == 0 and z2.return_count == 0  # the period's counters start again
    assert z2.grand_totals == GrandTotals(12_378_541, 244_050)  # the grand totals do not

    z3 = build_report(
        replace(
            empty_day,
            z_number=44,
            receipts=(R2, R5),
            previous_grand_totals=grand_totals_after(z2),
        )
    )
    assert z3.total_sales == 14_500
    # 123 785,41 + 145,00 = 123 930,41 and 2 440,50 + 55,00 = 2 495,50
    assert z3.grand_totals == GrandTotals(12_393_041, 249_550)


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": ReportKind.Z, "z_number": None},
        {"kind": ReportKind.X, "z_number": 7},
        {"receipts": (CASH_INVOICE,)},
        {"receipts": (replace(R1, receipt_type=ReceiptType.COPY),)},
        {"cash_invoices": (R1,)},
        {"first_journal_id": 200, "last_journal_id": 100},
    ],
)
def test_inconsistent_input_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ReportInputError):
        build_report(day_input(**changes))


# ---- properties ------------------------------------------------------------------------------

GOODS = [
    ("Mjölk", 2150, 12, False, False),
    ("Bananer", 2490, 12, True, False),
    ("Tygkasse", 1900, 25, False, False),
    ("Dagstidning", 3500, 6, False, False),
    ("Frimärke", 1200, 0, False, False),
    ("Nyckelkopiering", 6000, 25, False, True),
]


@st.composite
def sale_lines(draw: st.DrawFn, no: int) -> SaleLine:
    name, price, rate, weighed, service = draw(st.sampled_from(GOODS))
    quantity = draw(st.integers(1, 5000)) if weighed else 1000 * draw(st.integers(1, 5))
    plain = line(no, name, price, quantity, rate, weighed=weighed, service=service)
    return replace(plain, discount=draw(st.integers(0, plain.gross)))


@st.composite
def receipts(draw: st.DrawFn, types: tuple[ReceiptType, ...] = tuple(ReceiptType)) -> Receipt:
    receipt_type = draw(st.sampled_from([t for t in types if t is not ReceiptType.COPY]))
    kind = draw(st.sampled_from(SaleKind))
    lines = tuple(draw(sale_lines(no)) for no in range(1, draw(st.integers(1, 4)) + 1))
    total = kind.sign * sum(x.amount for x in lines)
    card_part = draw(st.integers(0, abs(total))) * kind.sign
    cash_part = total - card_part
    rounding = cash_rounding(cash_part)
    payments = []
    if card_part:
        payments.append(card(card_part))
    if cash_part + rounding:
        payments.append(cash(cash_part + rounding))
    return receipt(
        draw(st.integers(1, 10_000)),
        lines,
        tuple(payments),
        rounding=rounding,
        receipt_type=receipt_type,
        kind=kind,
    )


@st.composite
def report_inputs(draw: st.DrawFn) -> ReportInput:
    period = (ReceiptType.NORMAL, ReceiptType.TRAINING, ReceiptType.PRO_FORMA)
    z = draw(st.booleans())
    return ReportInput(
        shop=SHOP,
        produced_at=PRODUCED,
        kind=ReportKind.Z if z else ReportKind.X,
        z_number=draw(st.integers(1, 9999)) if z else None,
        first_journal_id=1,
        last_journal_id=draw(st.integers(0, 10_000)),
        receipts=tuple(draw(st.lists(receipts(period), max_size=8))),
        copies=tuple(
            ReceiptCopy(r, PRODUCED, CODE, "req-copy")
            for r in draw(st.lists(receipts(period), max_size=2))
        ),
        cash_invoices=tuple(
            draw(st.lists(receipts((ReceiptType.CASH_INVOICE,)), max_size=2)),
        ),
        drawer_openings_without_sale=draw(st.integers(0, 20)),
        voided_sales=tuple(
            VoidedSale(f"v{n}", total, PRODUCED)
            for n, total in enumerate(draw(st.lists(st.integers(0, 100_000), max_size=3)))
        ),
        change_fund=draw(st.integers(0, 1_000_000)),
        previous_grand_totals=GrandTotals(
            draw(st.integers(0, 10**12)), draw(st.integers(0, 10**10))
        ),
    )


@settings(max_examples=150, deadline=None)
@given(
    data=report_inputs(),
    training=st.lists(receipts((ReceiptType.TRAINING,)), min_size=1, max_size=4),
    at=st.integers(0, 8),
)
def test_training_receipts_never_reach_sales_or_grand_totals(
    data: ReportInput, training: list[Receipt], at: int
) -> None:
    mixed = (*data.receipts[:at], *training, *data.receipts[at:])
    with_training = build_report(replace(data, receipts=mixed))
    without = build_report(data)

    assert with_training.training_count == without.training_count + len(training)
    assert with_training.training_amount == without.training_amount + sum(r.total for r in training)
    assert (
        replace(
            with_training,
            training_count=without.training_count,
            training_amount=without.training_amount,
        )
        == without
    )
    assert grand_totals_after(with_training) == grand_totals_after(without)


@settings(max_examples=150, deadline=None)
@given(data=report_inputs())
def test_money_taken_in_agrees_with_sales_returns_and_vat(data: ReportInput) -> None:
    report = build_report(data)
    net = report.total_sales - report.return_amount
    taken_in = sum(t.amount for t in report.payment_methods)
    assert taken_in == net + report.cash_rounding
    assert sum(s.gross for s in report.vat) == net
    assert report.return_amount >= 0
    assert report.grand_totals.sales == data.previous_grand_totals.sales + report.total_sales
    assert report.grand_totals.returns == data.previous_grand_totals.returns + report.return_amount


@settings(max_examples=100, deadline=None)
@given(data=report_inputs())
def test_report_record_round_trips_through_json(data: ReportInput) -> None:
    report = build_report(data)
    stored = json.loads(json.dumps(report_record(report)))
    assert report_from_record(stored) == report


# ---- record and layout ------------------------------------------------------------------------


def test_report_record_holds_every_figure() -> None:
    report = build_report(day_input())
    record = report_record(report)

    assert record["kind"] == "Z" and record["z_number"] == 42
    assert record["total_sales"] == 32_941
    assert record["payment_methods"] == {"cash": 9_400, "card": 14_000, "klarna": 0}
    assert record["cash_invoice_payment_methods"] == {"cash": 4_100, "card": 0, "klarna": 0}
    assert record["grand_totals"] == {"sales": 12_378_541, "returns": 244_050}
    assert record["vat"][0] == {"rate": 25, "gross": 9_300, "vat": 1_860}
    assert record["produced_at"] == "2024-06-01T18:05:00+02:00"
    assert report_from_record(json.loads(json.dumps(record))) == report
    # Every DayReport field is in the record.
    fields = set(DayReport.__dataclass_fields__) - {"shop"}
    assert fields <= set(record)


def test_a_record_of_an_unknown_version_is_refused() -> None:
    record = {**report_record(build_report(day_input())), "version": 99}
    with pytest.raises(ReportInputError):
        report_from_record(record)


REQUIRED_LABELS = [
    "Hörnbutiken AB",
    "Org.nr 556123-4567",
    "Kassa K1",
    "Utskriven",
    "Total försäljning",
    "Försäljning per huvudgrupp",
    "Moms per momssats",
    "25 %",
    "12 %",
    "6 %",
    "0 %",
    "Växelkassa",
    "Antal sålda varor",
    "Antal sålda tjänster",
    "Antal kvitton",
    "Lådöppningar utan försäljning",
    "Antal kopior",
    "Kopior belopp",
    "Antal övningskvitton",
    "Övningskvitton belopp",
    "Antal proformakvitton",
    "Proformakvitton belopp",
    "Betalsätt (netto)",
    "Kontant",
    "Kort",
    "Antal returer",
    "Returer belopp",
    "Rabatter",
    "Andra reduceringar",
    "Antal ej avslutade",
    "Ej avslutade belopp",
    "Öresavrundning",
    "Antal kontantnotor",
    "Kontantnotor belopp",
    "Grand total försäljning",
    "Grand total returer",
    "Grand total netto",
]


def by_text(lines: list[PrintLine]) -> dict[str, PrintLine]:
    return {x.text: x for x in lines}


def test_the_layout_prints_every_figure_with_its_label() -> None:
    lines = report_layout(build_report(day_input()))
    texts = [x.text for x in lines]
    for label in REQUIRED_LABELS:
        assert label in texts, label

    row = by_text(lines)
    assert row["Total försäljning"].right == "329,41"
    assert row["Antal sålda varor"].right == "11"
    assert row["Antal sålda tjänster"].right == "2"
    assert row["Antal kvitton"].right == "5"
    assert row["Lådöppningar utan försäljning"].right == "2"
    assert row["Växelkassa"].right == "2\u00a0000,00"
    assert row["25 %"].right.split() == ["18,60", "74,40", "93,00"]
    assert row["Kontant"].right == "94,00"
    assert row["Kort"].right == "140,00"
    assert row["Returer belopp"].right == "95,50"
    assert row["Kopior belopp"].right == "145,00"
    assert row["Övningskvitton belopp"].right == "95,00"
    assert row["Proformakvitton belopp"].right == "70,00"
    assert row["Rabatter"].right == "11,00"
    assert row["Andra reduceringar"].right == "0,00"
    assert row["Ej avslutade belopp"].right == "43,00"
    assert row["Kontantnotor belopp"].right == "40,50"
    assert row["Grand total försäljning"].right == "123\u00a0785,41"
    assert row["Grand total returer"].right == "2\u00a0440,50"
    assert row["Grand total netto"].right == "121\u00a0344,91"
    assert row["Försäljning per huvudgrupp"].right == "används ej"
    assert CASH_INVOICE_REMINDER in texts
    assert CASH_INVOICE_REMINDER == (
        "Kontrollenheten var ur funktion: avbrottet ska dokumenteras och anmälas till Skatteverket."
    )
    text = report_text(build_report(day_input()))
    assert any(
        r.startswith("Total försäljning") and r.endswith(" 329,41") for r in text.split("\n")
    )


def test_z_heading_carries_its_number_in_double_size() -> None:
    lines = report_layout(build_report(day_input()))
    assert lines[0] == PrintLine("Z-dagrapport", size=2, bold=True, center=True)
    assert lines[1] == PrintLine("Nr 42", size=2, bold=True, center=True)
    assert "KOPIA" not in [x.text for x in lines]
    assert report_text(build_report(day_input())).splitlines()[0].strip() == "Z-DAGRAPPORT"


def test_x_heading_has_no_number() -> None:
    lines = report_layout(build_report(day_input(kind=ReportKind.X, z_number=None)))
    assert lines[0] == PrintLine("X-dagrapport", size=2, bold=True, center=True)
    assert not any(x.text.startswith("Nr ") for x in lines)


def test_a_reprint_is_marked_kopia_in_double_size_at_top_and_bottom() -> None:
    report = report_from_record(report_record(build_report(day_input())))
    lines = report_layout(report, copy=True)
    kopia = PrintLine("KOPIA", size=2, bold=True, center=True)
    assert lines[0] == kopia and lines[-1] == kopia
    assert lines[1].text == "Z-dagrapport"
    assert lines[1:-1] == report_layout(report)
    assert report_text(report, copy=True).splitlines()[0].strip() == "KOPIA"


def test_no_outage_reminder_without_cash_invoices() -> None:
    report = build_report(day_input(cash_invoices=()))
    assert report.cash_invoice_count == 0
    assert report.cash_invoice_payment_methods == (
        MethodTotal(PaymentMethod.CASH, 0),
        MethodTotal(PaymentMethod.CARD, 0),
        MethodTotal(PaymentMethod.KLARNA, 0),
    )
    assert CASH_INVOICE_REMINDER not in [x.text for x in report_layout(report)]


def test_sales_per_main_group_are_the_lines_net_amounts_of_normal_sales() -> None:
    """SKVFS 2014:9 7 kap. 2 § 6: R1 and R3 of the day above, their lines put in groups.
    Returns, training and pro forma receipts are not sales per group."""

    def grouped(r: Receipt, groups: tuple[str | None, ...]) -> Receipt:
        return replace(
            r, lines=tuple(replace(x, group=g) for x, g in zip(r.lines, groups, strict=True))
        )

    data = day_input()
    r1 = grouped(R1, ("Mejeri", "Frukt", None))  # the bag has no group: "Övrigt"
    r3 = grouped(R3, ("Frukt", None, "Påsar"))
    receipts = tuple(
        {1: r1, 3: r3}.get(r.sequence_number, r)
        if r.receipt_type is ReceiptType.NORMAL and r.kind is SaleKind.SALE
        else r
        for r in data.receipts
    )
    report = build_report(replace(data, receipts=receipts))
    # Mejeri: 2 x 21,50 = 43,00. Frukt: 29,73 (after the 1,00 discount) + 18,68 = 48,41.
    # Påsar: 2 bags 38,00. Övrigt: R1's bag 19,00, R3's stamps 36,00 and all of R2 (145,00).
    assert report.sales_per_group == (
        ("Frukt", 4_841),
        ("Mejeri", 4_300),
        ("Påsar", 3_800),
        ("Övrigt", 1_900 + 3_600 + 14_500),
    )
    assert sum(amount for _, amount in report.sales_per_group) == report.total_sales
    lines = report_layout(report)
    at = [x.text for x in lines].index("Försäljning per huvudgrupp")
    assert [(x.text, x.right) for x in lines[at + 1 : at + 5]] == [
        ("  Frukt", "48,41"),
        ("  Mejeri", "43,00"),
        ("  Påsar", "38,00"),
        ("  Övrigt", "200,00"),
    ]
    assert report_from_record(json.loads(json.dumps(report_record(report)))) == report


def test_a_record_from_before_groups_reads_as_no_groups() -> None:
    record = report_record(build_report(day_input()))
    del record["sales_per_group"]
    assert report_from_record(record).sales_per_group == ()
