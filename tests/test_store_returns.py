"""Services, return receipts and the open sale of a return: stored whole, and a return can never
take back more than was sold, even by direct SQL."""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shop_examples import BAG, MILK
from test_store_support import (
    insert,
    make_receipt,
    raw,
    ref,
    return_of,
    row_values,
    sale_document,
    sample_sale,
)

from till.core.receipt import ReceiptType
from till.core.sale import Product, Sale, SaleKind
from till.store import ReturnRefused, StoreError, TillStore
from till.store.catalog_csv import CatalogError, parse_products_csv
from till.store.schema import MIGRATIONS

HAIRCUT = Product("900", "Klippning", 35000, 25, service=True)

# -- services in the catalog -------------------------------------------------------------------


def test_a_service_round_trips_through_find_search_and_upsert(store: TillStore) -> None:
    assert store.upsert_products([HAIRCUT, BAG], register_id="K1") == 2
    assert store.find_product("900") == HAIRCUT
    assert store.find_product("900").service is True
    assert store.find_product("30").service is False
    assert store.search_products("klipp") == [HAIRCUT]
    # Turning goods into a service is a change, journaled like a price change.
    assert store.upsert_products([replace(BAG, service=True)], register_id="K1") == 1
    assert store.find_product("30").service is True
    row = store.journal_rows()[-1]
    assert (row.data["old"]["service"], row.data["new"]["service"]) == (False, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *[("ja", True), ("JA", True), ("yes", True), ("1", True), ("true", True), ("True", True)],
        *[("nej", False), ("no", False), ("0", False), ("false", False), ("", False)],
    ],
)
def test_the_csv_service_column(text: str, expected: bool) -> None:
    (product,) = parse_products_csv(f"code;name;price;vat;service\n900;Klippning;350;25;{text}\n")
    assert product.service is expected


def test_without_a_service_column_everything_is_goods() -> None:
    products = parse_products_csv("code;name;price;vat\n1;A;1;25\n2;B;2;12\n")
    assert [p.service for p in products] == [False, False]


def test_a_bad_service_value_names_line_and_column() -> None:
    with pytest.raises(CatalogError) as info:
        parse_products_csv("code;name;price;vat;service\n1;A;1;25;nej\n2;B;2;25;kanske\n")
    assert (info.value.line, info.value.column) == (3, "service")
    assert "'kanske' is not yes or no" in info.value.message


# -- the open sale of a return -------------------------------------------------------------------


def test_the_open_sale_keeps_kind_original_and_line_fields(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    sale = return_of(original, [(0, 1000)])
    sale.add(HAIRCUT)
    store.save_open_sale(sale, register_id="K1", kind="item_returned", data={})
    loaded = store.load_open_sale("K1")
    assert loaded == sale
    assert loaded.kind is SaleKind.RETURN
    assert loaded.original == ref(1)
    assert loaded.lines[0].returned_from == 0
    assert loaded.lines[1].service is True
    # The next sale on the register is a plain sale again.
    plain = Sale()
    plain.add(MILK)
    store.save_open_sale(plain, register_id="K1", kind="item_added", data={})
    assert store.load_open_sale("K1") == plain
    assert store.load_open_sale("K1").original is None


def test_a_version_2_database_and_its_old_snapshot_still_load(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = raw(path)
    for statement in (*MIGRATIONS[0], *MIGRATIONS[1]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    old_line = (
        '[{"line_no":1,"product_code":"11","name":"Mjölk","unit_price":2150,'
        '"quantity":1000,"vat_rate":12,"sold_by_weight":false,"discount":0}]'
    )
    conn.execute("INSERT INTO open_sales VALUES ('K1', 'abc', ?, 'x')", (old_line,))
    conn.execute("INSERT INTO products VALUES ('11', '7310865004703', 'Mjölk', 2150, 12, 0)")
    conn.close()

    store = TillStore.open(path)
    sale = store.load_open_sale("K1")
    assert sale is not None and sale.kind is SaleKind.SALE and sale.original is None
    assert sale.lines[0].service is False and sale.lines[0].returned_from is None
    assert store.find_product("11") == MILK
    store.close()


# -- return receipts ----------------------------------------------------------------------------


def test_a_return_receipt_round_trips_every_field(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    sale = return_of(original, [(0, 1000), (1, 1234)])
    receipt = sale_document(sale, 2)
    store.store_receipt(receipt)
    loaded = store.receipt("K1", 2)
    assert loaded == receipt
    assert loaded.kind is SaleKind.RETURN and loaded.is_return
    assert loaded.original == ref(1)
    assert [line.returned_from for line in loaded.lines] == [0, 1]
    assert loaded.total == receipt.total < 0
    assert loaded.lines[1].discount == 100  # all of it came back with the whole quantity
    assert [r.kind for r in store.receipts("K1")] == [SaleKind.SALE, SaleKind.RETURN]
    event = store.journal_rows()[-1]
    assert event.kind == "receipt"
    assert event.data["kind"] == "return"
    assert event.data["original"] == {"register_id": "K1", "sequence_number": 1}
    assert [line["returned_from"] for line in event.data["lines"]] == [0, 1]
    assert store.verify_journal().ok


def test_a_service_line_round_trips_on_a_receipt(store: TillStore) -> None:
    sale = Sale()
    sale.add(HAIRCUT)
    sale.add(BAG)
    receipt = sale_document(sale, 1)
    store.store_receipt(receipt)
    assert [line.service for line in store.receipt("K1", 1).lines] == [True, False]
    lines = store.journal_rows()[-1].data["lines"]
    assert lines[0]["service"] is True and "service" not in lines[1]


def test_returns_share_the_one_series_with_every_other_receipt(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    store.store_receipt(sale_document(return_of(original, [(2, 1000)]), 2))
    store.store_receipt(sale_document(sample_sale(), 3, receipt_type=ReceiptType.TRAINING))
    store.store_receipt(sale_document(sample_sale(), 4, receipt_type=ReceiptType.PRO_FORMA))
    store.store_receipt(make_receipt(5))
    assert [(r.sequence_number, r.receipt_type, r.kind) for r in store.receipts("K1")] == [
        (1, ReceiptType.NORMAL, SaleKind.SALE),
        (2, ReceiptType.NORMAL, SaleKind.RETURN),
        (3, ReceiptType.TRAINING, SaleKind.SALE),
        (4, ReceiptType.PRO_FORMA, SaleKind.SALE),
        (5, ReceiptType.NORMAL, SaleKind.SALE),
    ]


def test_a_pro_forma_receipt_can_keep_the_sale_open(store: TillStore) -> None:
    sale = sample_sale()
    store.save_open_sale(sale, register_id="K1", kind="item_added", data={})
    store.store_receipt(
        sale_document(sale, 1, receipt_type=ReceiptType.PRO_FORMA), keep_open_sale=True
    )
    assert store.load_open_sale("K1") == sale
    assert store.journal_rows()[-1].kind == "receipt"
    assert "sale_finished" not in [r.kind for r in store.journal_rows()]


def test_returnable_counts_what_earlier_returns_took_back(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    assert [(p, line, left) for p, line, left in store.returnable(ref(1))] == [
        (0, original.lines[0], 2000),
        (1, original.lines[1], 1234),
        (2, original.lines[2], 1000),
    ]
    store.store_receipt(sale_document(return_of(original, [(0, 1000), (1, 234)]), 2))
    store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 3))
    assert [left for _, _, left in store.returnable(ref(1))] == [0, 1000, 1000]


def test_a_return_of_more_than_was_sold_is_refused_in_plain_words(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 2))
    sale = return_of(original, [(0, 1000)])
    sale.add_return(original.lines[0], 0, 1000)  # twice the same line: 2 in all, 1 left
    with pytest.raises(ReturnRefused) as info:
        store.store_receipt(sale_document(sale, 3))
    assert isinstance(info.value, StoreError)
    assert info.value.code == "return_refused_more_than_left"
    assert info.value.message == (
        "Only 1 of Mjölk from receipt 1 can still be returned. The return was NOT saved."
    )
    assert store.receipt("K1", 3) is None
    assert store.next_sequence_number("K1") == 3
    store.store_receipt(sale_document(return_of(original, [(1, 1000)]), 3))
    assert [left for _, _, left in store.returnable(ref(1))] == [1000, 234, 1000]
    with pytest.raises(ReturnRefused, match="Only 0,234 kg of Bananer"):
        store.store_receipt(sale_document(return_of(original, [(1, 235)]), 4))


@pytest.mark.parametrize(
    ("make_original", "message"),
    [
        (lambda s: None, "There is no receipt 9 on register K1."),
        (
            lambda s: s.store_receipt(
                sale_document(sample_sale(), 1, receipt_type=ReceiptType.TRAINING)
            ),
            "Receipt 1 is a training receipt: only a normal sale receipt can be returned against.",
        ),
        (
            lambda s: s.store_receipt(
                sale_document(sample_sale(), 1, receipt_type=ReceiptType.PRO_FORMA)
            ),
            "Receipt 1 is a pro forma receipt: only a normal sale receipt can be returned against.",
        ),
    ],
)
def test_only_a_stored_normal_sale_can_be_returned(
    store: TillStore, make_original, message: str
) -> None:
    make_original(store)
    number = 9 if message.startswith("There is no") else 1
    with pytest.raises(ReturnRefused) as info:
        store.returnable(ref(number))
    assert info.value.message == message
    original = make_receipt(number)
    with pytest.raises(ReturnRefused):
        store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 2 - (number == 9)))


def test_a_return_cannot_be_returned(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 2))
    with pytest.raises(ReturnRefused, match="itself a return"):
        store.returnable(ref(2))


def test_a_return_line_must_match_the_original_line(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    sale = return_of(original, [(0, 1000)])
    sale.lines[0] = replace(sale.lines[0], unit_price=9900)
    with pytest.raises(ReturnRefused, match="does not match line 1 of receipt 1"):
        store.store_receipt(sale_document(sale, 2))
    sale = return_of(original, [(0, 1000)])
    sale.add(BAG)  # a free line on a return against a receipt
    with pytest.raises(ReturnRefused, match="Tygkasse is not a line of receipt 1"):
        store.store_receipt(sale_document(sale, 2))
    assert store.next_sequence_number("K1") == 2


def test_a_return_without_a_receipt_takes_any_goods(store: TillStore) -> None:
    sale = Sale(kind=SaleKind.RETURN)
    sale.add(MILK)
    receipt = sale_document(sale, 1)
    store.store_receipt(receipt)
    assert store.receipt("K1", 1) == receipt
    assert store.receipt("K1", 1).original is None


def test_training_returns_never_use_up_what_a_real_return_may_take(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    training = sale_document(return_of(original, [(2, 1000)]), 2, receipt_type=ReceiptType.TRAINING)
    store.store_receipt(training)
    assert store.returnable(ref(1))[2][2] == 1000
    assert store.returnable(ref(1), receipt_type=ReceiptType.TRAINING)[2][2] == 0
    with pytest.raises(ReturnRefused):
        store.store_receipt(replace(training, sequence_number=3))
    store.store_receipt(sale_document(return_of(original, [(2, 1000)]), 3))
    assert store.returnable(ref(1))[2][2] == 0


def test_a_return_on_a_cash_invoice_counts_like_a_return_receipt(store: TillStore) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    invoice = sale_document(
        return_of(original, [(0, 2000)]), 1, receipt_type=ReceiptType.CASH_INVOICE
    )
    store.store_cash_invoice(invoice)
    assert store.cash_invoice("K1", 1) == invoice
    assert store.returnable(ref(1))[0][2] == 0
    with pytest.raises(ReturnRefused, match="Only 0 of Mjölk"):
        store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 2))


@settings(max_examples=20, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(1, 1500)), max_size=12))
def test_no_run_of_returns_takes_back_more_than_was_sold(attempts: list[tuple[int, int]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = TillStore.open(Path(tmp) / "till.sqlite3")
        original = make_receipt(1)
        store.store_receipt(original)
        sold = [line.quantity for line in original.lines]
        taken = [0, 0, 0]
        for position, quantity in attempts:
            if not original.lines[position].sold_by_weight:
                quantity = -(-quantity // 1000) * 1000  # whole pieces
            sale = return_of(original, [(position, min(quantity, sold[position]))])
            number = store.next_sequence_number("K1")
            try:
                store.store_receipt(sale_document(sale, number))
            except ReturnRefused:
                assert taken[position] + sale.lines[0].quantity > sold[position]
            else:
                taken[position] += sale.lines[0].quantity
                assert taken[position] <= sold[position]
        assert [left for _, _, left in store.returnable(ref(1))] == [
            s - t for s, t in zip(sold, taken, strict=True)
        ]
        store.close()


# -- the database's own rules, against direct SQL --------------------------------------------------


@pytest.fixture
def returned(store: TillStore, db_path: Path) -> sqlite3.Connection:
    """Receipt 1 sold (2 milk, 1,234 kg bananas, 1 bag); receipt 2 returned 1 milk; receipt 3 is
    a training receipt. Gives a raw connection and a template for receipt 4, a return of 1."""
    original = make_receipt(1)
    store.store_receipt(original)
    store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 2))
    store.store_receipt(sale_document(sample_sale(), 3, receipt_type=ReceiptType.TRAINING))
    return raw(db_path)


def _return_head(conn: sqlite3.Connection, **changes: object) -> dict:
    head = row_values(conn, "receipts", "sequence_number = 2")
    return head | {"id": None, "sequence_number": 4, "line_count": 1} | changes


def _return_line(conn: sqlite3.Connection, receipt_id: int, **changes: object) -> dict:
    line = row_values(conn, "receipt_lines", "receipt_id = 2 AND position = 0")
    return line | {"receipt_id": receipt_id} | changes


def test_sql_cannot_return_more_than_was_sold(returned: sqlite3.Connection) -> None:
    conn = returned
    conn.execute("BEGIN")
    insert(conn, "receipts", _return_head(conn, line_count=2))
    receipt_id = conn.execute("SELECT max(id) FROM receipts").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="more than was sold"):
        insert(conn, "receipt_lines", _return_line(conn, receipt_id, quantity=1001))
    insert(conn, "receipt_lines", _return_line(conn, receipt_id, quantity=600))
    # Two lines of one receipt add up: 600 + 401 > the 1000 left.
    with pytest.raises(sqlite3.IntegrityError, match="more than was sold"):
        insert(conn, "receipt_lines", _return_line(conn, receipt_id, position=1, quantity=401))
    insert(conn, "receipt_lines", _return_line(conn, receipt_id, position=1, quantity=400))
    conn.execute("ROLLBACK")


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"returned_from": 7}, "must be a line of the original"),
        ({"product_code": "30"}, "must be a line of the original"),
        ({"unit_price": 1}, "must be a line of the original"),
        ({"returned_from": None}, "names the original line"),
        ({"quantity": 0}, "more than 0"),
        ({"quantity": -1000}, "more than 0"),
    ],
)
def test_sql_return_lines_must_come_from_the_original(
    returned: sqlite3.Connection, changes: dict, error: str
) -> None:
    conn = returned
    conn.execute("BEGIN")
    insert(conn, "receipts", _return_head(conn))
    receipt_id = conn.execute("SELECT max(id) FROM receipts").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match=error):
        insert(conn, "receipt_lines", _return_line(conn, receipt_id, **changes))
    conn.execute("ROLLBACK")


def test_sql_a_sale_line_cannot_claim_to_return_anything(returned: sqlite3.Connection) -> None:
    conn = returned
    conn.execute("BEGIN")
    head = row_values(conn, "receipts", "sequence_number = 1")
    insert(conn, "receipts", head | {"id": None, "sequence_number": 4, "line_count": 1})
    receipt_id = conn.execute("SELECT max(id) FROM receipts").fetchone()[0]
    line = row_values(conn, "receipt_lines", "receipt_id = 1 AND position = 0")
    with pytest.raises(sqlite3.IntegrityError, match="names the original line"):
        insert(conn, "receipt_lines", line | {"receipt_id": receipt_id, "returned_from": 0})
    insert(conn, "receipt_lines", line | {"receipt_id": receipt_id})
    conn.execute("ROLLBACK")


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"original_number": 2}, "stored normal sale receipt"),  # a return
        ({"original_number": 3}, "stored normal sale receipt"),  # a training receipt
        ({"original_number": 99}, "stored normal sale receipt"),  # none such
        ({"original_register": "K2"}, "stored normal sale receipt"),
        ({"original_register": None}, "by register and number"),
        ({"kind": "sale"}, "only a return names an original"),
        ({"kind": "exchange"}, "only a return names an original"),
        (
            {"kind": "exchange", "original_register": None, "original_number": None},
            "CHECK constraint failed",
        ),
        ({"receipt_type": "kopia"}, "normal, training and pro forma"),
        ({"receipt_type": "kontantnota"}, "normal, training and pro forma"),
    ],
)
def test_sql_a_returns_original_must_be_a_normal_sale(
    returned: sqlite3.Connection, changes: dict, error: str
) -> None:
    with pytest.raises(sqlite3.IntegrityError, match=error):
        insert(returned, "receipts", _return_head(returned, **changes))
    insert(returned, "receipts", _return_head(returned, line_count=0))  # the template is valid


def test_sql_cannot_change_what_a_return_points_at(returned: sqlite3.Connection) -> None:
    for statement in (
        "UPDATE receipts SET original_number = 3 WHERE sequence_number = 2",
        "UPDATE receipt_lines SET returned_from = 1 WHERE receipt_id = 2",
        "UPDATE receipts SET kind = 'sale'",
    ):
        with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
            returned.execute(statement)


def test_sql_a_cash_invoice_cannot_return_more_than_was_sold(
    store: TillStore, db_path: Path
) -> None:
    original = make_receipt(1)
    store.store_receipt(original)
    store.store_receipt(sale_document(return_of(original, [(0, 1000)]), 2))
    invoice = sale_document(
        return_of(original, [(2, 1000)]), 1, receipt_type=ReceiptType.CASH_INVOICE
    )
    store.store_cash_invoice(invoice)
    conn = raw(db_path)
    conn.execute("BEGIN")
    head = row_values(conn, "cash_invoices", "number = 1")
    insert(conn, "cash_invoices", head | {"id": None, "number": 2})
    invoice_id = conn.execute("SELECT max(id) FROM cash_invoices").fetchone()[0]
    line = row_values(conn, "cash_invoice_lines", "invoice_id = ?", head["id"])
    line |= {"invoice_id": invoice_id}
    # The bag was taken back on cash invoice 1, the milk half on receipt 2: both count.
    with pytest.raises(sqlite3.IntegrityError, match="more than was sold"):
        insert(conn, "cash_invoice_lines", line)
    milk = row_values(conn, "receipt_lines", "receipt_id = 1 AND position = 0")
    milk = {k: v for k, v in milk.items() if k != "receipt_id"} | {"invoice_id": invoice_id}
    with pytest.raises(sqlite3.IntegrityError, match="more than was sold"):
        insert(conn, "cash_invoice_lines", milk | {"returned_from": 0, "quantity": 1001})
    with pytest.raises(sqlite3.IntegrityError, match="must be a line of the original"):
        insert(conn, "cash_invoice_lines", milk | {"returned_from": 2})
    insert(conn, "cash_invoice_lines", milk | {"returned_from": 0, "quantity": 1000})
    conn.execute("ROLLBACK")
