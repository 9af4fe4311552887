"""The sample shop and goods the tests share (no tests here).

SHOP and PRODUCTS are the demo shop and its catalogue, as the checkout, cashier-screen and
printer tests ring them up. MILK, BAG and BANANAS are the goods of the sale and store tests;
they are the demo catalogue's but for the milk's shorter name. The store tests keep a shop of
their own (test_store_support.shop: "Hörnbutiken AB", register "K1").
"""

from __future__ import annotations

from till.core.receipt import ShopIdentity
from till.core.sale import Product

SHOP = ShopIdentity(
    "Demobutiken AB", "5561234567", "Storgatan 1, 111 22 Stockholm", "EP01AB0101330001"
)

MILK = Product("11", "Mjölk", 2150, 12, barcode="7310865004703")
BAG = Product("30", "Tygkasse", 1900, 25)
BANANAS = Product("1", "Bananer", 2490, 12, sold_by_weight=True)

PRODUCTS = (
    Product("11", "Mjölk 1,5 l", 2150, 12, barcode="7310865004703"),
    BAG,
    BANANAS,
    Product("20", "Dagstidning", 3500, 6),
)
