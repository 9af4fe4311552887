"""Quick keys: the touch grid for items without a barcode (fruit, bakery, bags), in groups.

Set up in the catalog (store/catalog.py); the cashier screen draws them and a press enters the
product's code like a scan.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuickKey:
    label: str  # what the key says; the product's name unless set
    product_code: str  # entered as if typed: the product's PLU


@dataclass(frozen=True, slots=True)
class QuickKeyGroup:
    name: str  # a tab of the grid: "Frukt", "Bröd", "Påsar"
    keys: tuple[QuickKey, ...]
