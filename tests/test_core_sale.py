"""The open sale: quantities (weighed goods in kg with three decimals), discounts, cash."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from shop_examples import BAG, BANANAS, MILK

from till.core.sale import (
    ONE,
    Product,
    Sale,
    SaleError,
    format_quantity,
    parse_quantity,
    settle_cash,
)


def test_a_sale_with_pieces_weight_and_discount():
    sale = Sale()
    sale.add(MILK)
    bag = sale.add(BAG, 3 * ONE)
    sale.add(BANANAS, 1250)  # 1,250 kg * 24,90 = 31,125 -> 31,13
    sale.set_discount(bag.line_no, 700)
    assert [line.amount for line in sale.lines] == [2150, 5000, 3113]
    assert sale.total == 10263
    by_rate = {s.rate: s for s in sale.vat}
    assert by_rate[12].gross == 2150 + 3113
    assert by_rate[25].gross == 5000 and by_rate[25].vat == 1000


def test_lines_can_be_removed_and_requantified():
    sale = Sale()
    a, b = sale.add(MILK), sale.add(BAG)
    sale.set_quantity(a.line_no, 4 * ONE)
    sale.remove(b.line_no)
    assert [(line.name, line.quantity) for line in sale.lines] == [("Mjölk", 4000)]
    with pytest.raises(SaleError):
        sale.remove(b.line_no)
    assert sale.add(BAG).line_no == 2


def test_pieces_cannot_be_fractional_and_discount_cannot_exceed_the_line():
    sale = Sale()
    line = sale.add(MILK)
    with pytest.raises(SaleError):
        sale.set_quantity(line.line_no, 1500)
    with pytest.raises(SaleError):
        sale.set_discount(line.line_no, 2151)
    with pytest.raises(SaleError):
        sale.add(MILK, 0)


@pytest.mark.parametrize(
    ("text", "by_weight", "quantity"),
    [("3", False, 3000), ("1,25", True, 1250), ("0.005", True, 5)],
)
def test_parse_quantity(text, by_weight, quantity):
    assert parse_quantity(text, by_weight=by_weight) == quantity


@pytest.mark.parametrize(("text", "by_weight"), [("1,5", False), ("x", True), ("0", False)])
def test_parse_quantity_refuses(text, by_weight):
    with pytest.raises(SaleError):
        parse_quantity(text, by_weight=by_weight)


def test_format_quantity():
    assert format_quantity(1250, by_weight=True) == "1,250 kg"
    assert format_quantity(3000, by_weight=False) == "3"


@given(st.integers(1, 10**8), st.integers(0, 10**8))
def test_cash_settlement(total, extra):
    due_guess = settle_cash(total, 10**9).due
    settlement = settle_cash(total, due_guess + extra)
    assert settlement.due % 100 == 0
    assert settlement.due == total + settlement.rounding
    assert settlement.change == extra
    with pytest.raises(SaleError):
        settle_cash(total, settlement.due - 1)


@given(
    st.lists(
        st.tuples(st.integers(0, 100_000), st.integers(1, 999), st.sampled_from([25, 12, 6, 0])),
        min_size=1,
        max_size=30,
    )
)
def test_total_is_sum_of_lines_and_of_vat_sections(items):
    sale = Sale()
    for i, (price, qty, rate) in enumerate(items):
        sale.add(Product(str(i), f"p{i}", price, rate), qty * ONE)
    assert sale.total == sum(price * qty for price, qty, _ in items)
    assert sum(s.gross for s in sale.vat) == sale.total


def test_an_open_price_product_takes_the_typed_price_and_a_fixed_one_refuses_it() -> None:
    open_item = Product("900", "Blommor", 0, 25, open_price=True)
    fixed = Product("901", "Mjölk", 1590, 12)
    sale = Sale()
    line = sale.add(open_item, unit_price=12_950)
    assert (line.unit_price, line.amount) == (12_950, 12_950)
    with pytest.raises(SaleError):
        sale.add(fixed, unit_price=100)
    with pytest.raises(SaleError):
        sale.add(open_item, unit_price=0)
    with pytest.raises(SaleError):
        sale.add(open_item, unit_price=10_000_000)
