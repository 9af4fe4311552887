"""Swedish VAT on prices that include it.

VAT per rate is computed once from the gross total of that rate and rounded to öre, never
summed from rounded line amounts, so a receipt's VAT sections always agree with its lines
(the CCU receives the same figures, section 9 of the CCU document).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.money import round_half_up_div

VAT_RATE_UNKNOWN = Message(
    "vat_rate_unknown", QT_TRANSLATE_NOOP("Errors", "VAT rate {rate} % is not one of 25, 12, 6, 0.")
)


# The four rates the CCU's VAT1..VAT4 sections carry, in that order.
VAT_RATES: tuple[int, ...] = (25, 12, 6, 0)


class VatRateError(TillError, ValueError):
    """A VAT rate Sweden does not have."""

    code = "vat_rate_unknown"


def check_rate(rate: int) -> int:
    if rate not in VAT_RATES:
        raise VatRateError(VAT_RATE_UNKNOWN, rate=rate)
    return rate


def vat_of_gross(gross: int, rate: int) -> int:
    """The VAT contained in a VAT-inclusive amount, rounded to öre (halves away from zero)."""
    check_rate(rate)
    return round_half_up_div(gross * rate, 100 + rate)


@dataclass(frozen=True, slots=True)
class VatSection:
    """One rate's share of a receipt: gross incl. VAT, the VAT, and the net."""

    rate: int
    gross: int
    vat: int

    @property
    def net(self) -> int:
        return self.gross - self.vat


def vat_sections(amounts: Iterable[tuple[int, int]]) -> tuple[VatSection, ...]:
    """(rate, gross) pairs -> one VatSection per rate in VAT_RATES order, zeros included."""
    gross = dict.fromkeys(VAT_RATES, 0)
    for rate, amount in amounts:
        gross[check_rate(rate)] += amount
    return tuple(VatSection(r, gross[r], vat_of_gross(gross[r], r)) for r in VAT_RATES)
