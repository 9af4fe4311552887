"""VAT per rate from the gross per rate, rounded to öre; sections always agree with lines."""

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from till.core.vat import VAT_RATES, VatRateError, vat_of_gross, vat_sections


def test_the_ccu_documents_own_examples():
    # CCU document 11.1: 100,00 at 25 % carries 20,00 VAT; section 12: 262,00 carries 52,40.
    assert vat_of_gross(10000, 25) == 2000
    assert vat_of_gross(26200, 25) == 5240


@pytest.mark.parametrize(("gross", "rate", "vat"), [(2150, 12, 230), (3500, 6, 198), (100, 0, 0)])
def test_known_amounts(gross, rate, vat):
    assert vat_of_gross(gross, rate) == vat


@given(st.integers(-(10**10), 10**10), st.sampled_from(VAT_RATES))
def test_vat_is_the_exact_share_rounded_to_ore(gross, rate):
    exact = Fraction(gross * rate, 100 + rate)
    assert abs(vat_of_gross(gross, rate) - exact) <= Fraction(1, 2)


@given(st.lists(st.tuples(st.sampled_from(VAT_RATES), st.integers(0, 10**8)), max_size=40))
def test_sections_agree_with_lines(lines):
    sections = vat_sections(lines)
    assert [s.rate for s in sections] == list(VAT_RATES)
    assert sum(s.gross for s in sections) == sum(amount for _, amount in lines)
    for s in sections:
        assert s.gross == sum(a for r, a in lines if r == s.rate)
        assert s.vat == vat_of_gross(s.gross, s.rate)
        assert s.net + s.vat == s.gross


def test_refund_vat_is_negative_and_mirrors_the_sale():
    assert vat_of_gross(-10000, 25) == -2000
    assert vat_of_gross(-1, 25) == -vat_of_gross(1, 25)


def test_unknown_rate_is_refused():
    with pytest.raises(VatRateError):
        vat_of_gross(100, 7)
    with pytest.raises(VatRateError):
        vat_sections([(18, 100)])
