"""Money is an int of öre everywhere; text only at the edges.

Swedish cash rounding (öresavrundning): since 2010 the smallest coin is one krona, so a cash
total is rounded to the nearest whole krona, 50 öre and up rounding up. Card totals are not
rounded.
"""

from __future__ import annotations

import re

from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError

NOT_AN_AMOUNT = Message("not_an_amount", QT_TRANSLATE_NOOP("Errors", "'{text}' is not an amount."))


ORE_PER_KRONA = 100


def round_half_up_div(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest int, halves away from zero."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    sign = -1 if numerator < 0 else 1
    q, r = divmod(abs(numerator), denominator)
    if 2 * r >= denominator:
        q += 1
    return sign * q


def cash_rounding(amount: int) -> int:
    """The öre to add to `amount` so that it is a whole number of kronor (may be negative)."""
    return round_half_up_div(amount, ORE_PER_KRONA) * ORE_PER_KRONA - amount


def format_kr(amount: int, *, thousands: bool = True) -> str:
    """1234550 -> '12 345,50' (Swedish style, no currency sign)."""
    sign = "-" if amount < 0 else ""
    kronor, ore = divmod(abs(amount), ORE_PER_KRONA)
    whole = f"{kronor:,}".replace(",", "\u00a0") if thousands else str(kronor)
    return f"{sign}{whole},{ore:02d}"


_AMOUNT = re.compile(
    r"^\s*(-?)(\d{1,11})(?:[.,](\d{1,2}))?\s*(?:kr)?\s*$", re.IGNORECASE | re.ASCII
)


class AmountError(TillError, ValueError):
    """Text that is not an amount of money."""

    code = "not_an_amount"


def parse_kr(text: str) -> int:
    """'100' / '100,5' / '100.50' / '100,50 kr' -> öre. Raises AmountError on anything else."""
    m = _AMOUNT.match(text.replace("\u00a0", "").replace(" ", ""))
    if not m:
        raise AmountError(NOT_AN_AMOUNT, text=text)
    sign, kronor, ore = m.groups()
    value = int(kronor) * ORE_PER_KRONA + int((ore or "0").ljust(2, "0"))
    return -value if sign else value


class Amount(int):
    """An amount of öre as a message parameter: the UI writes it in the shop's language."""

    def __str__(self) -> str:
        return f"{format_kr(self)} kr"
