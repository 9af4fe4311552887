"""The price list (SKVFS 2014:9 4 kap.: a till that holds prices can show a current price list):
every active product with its price, per kg marked, and its VAT rate, by group.

Printed in Swedish like the receipts and reports (the law allows Swedish or English paper).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from till.core.money import format_kr
from till.core.receipt import PrintLine, ShopIdentity, format_org_nr
from till.core.sale import Product

UNGROUPED = "Övrigt"  # the heading of products without a group, on paper


@dataclass(frozen=True, slots=True)
class PriceListSection:
    group: str | None  # None: products without a group
    products: tuple[Product, ...]


@dataclass(frozen=True, slots=True)
class PriceList:
    shop: ShopIdentity
    produced_at: datetime
    sections: tuple[PriceListSection, ...]

    @property
    def product_count(self) -> int:
        return sum(len(s.products) for s in self.sections)


def price_list(shop: ShopIdentity, produced_at: datetime, products: Iterable[Product]) -> PriceList:
    """Sections in the order the products come (the store sorts them by group, then name)."""
    sections: dict[str | None, list[Product]] = {}
    for product in products:
        sections.setdefault(product.group, []).append(product)
    ordered = [g for g in sections if g is not None] + ([None] if None in sections else [])
    return PriceList(
        shop,
        produced_at,
        tuple(PriceListSection(g, tuple(sections[g])) for g in ordered),
    )


def price_text(product: Product) -> str:
    """'24,90 kr/kg', '19,00 kr'; an open price is typed at the till ('öppet pris')."""
    if product.open_price:
        return "öppet pris"
    return f"{format_kr(product.unit_price)} kr" + ("/kg" if product.sold_by_weight else "")


def price_list_layout(prices: PriceList) -> list[PrintLine]:
    """The printed price list, in Swedish, with the time it is valid from."""
    out = [
        PrintLine("PRISLISTA", size=2, bold=True, center=True),
        PrintLine(prices.shop.name, bold=True, center=True),
        PrintLine(f"Org.nr {format_org_nr(prices.shop.org_nr)}", center=True),
        PrintLine(f"Kassa {prices.shop.register_id}"),
        PrintLine("Gäller från", prices.produced_at.strftime("%Y-%m-%d %H:%M")),
        PrintLine("Priser inklusive moms"),
    ]
    for section in prices.sections:
        out += [PrintLine(), PrintLine(section.group or UNGROUPED, bold=True), PrintLine("-" * 40)]
        for p in section.products:
            out.append(PrintLine(f"{p.code} {p.name}", f"{price_text(p)}  {p.vat_rate:>2} %"))
    out += [
        PrintLine(),
        PrintLine(f"{prices.product_count} artiklar"),
        PrintLine("Slut på prislistan", center=True),
    ]
    return out
