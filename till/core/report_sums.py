"""Running sums of a register's registrations: an X or Z report of any period in constant time.

Every journal event that counts in a report (a receipt, a cash invoice, a copy, a voided sale, a
drawer opening) adds its share to the register's running sums; the store keeps the sums as they
stand after each such event, written in the event's own transaction (store/report_sums.py). A
period's figures are then the sums after its last event less the sums before its first: two
rows read, whatever the period's length.

The share is taken from the event's data alone (a receipt event holds the whole document,
export.receipt_record), by the same rules as `report.period_totals` over the documents; the
tests hold the two to the same report.

Sums are plain JSON: {"docs": {"normal sale": [count, total, rounding], ...}, "vat": {"25":
[gross, vat]}, "pay": {"cash": öre}, "goods": n, "services": n, "discounts": öre, "groups":
{name: [lines, öre]}, "ungrouped": [lines, öre], "copies": [count, öre], "voided": [count, öre],
"drawer": n, "invoices": [count, öre], "invoice_pay": {"cash": öre}}.
"""

from __future__ import annotations

import copy
from typing import Any

from till.core.receipt import PaymentMethod, ReceiptType
from till.core.report import UNGROUPED, MethodTotal, PeriodTotals
from till.core.sale import ONE, SaleKind
from till.core.vat import VAT_RATES, VatSection

Sums = dict[str, Any]

# The journal kinds that add to the sums.
COUNTED_KINDS = ("receipt", "cash_invoice", "receipt_copy", "sale_voided", "drawer_opened")
# Drawer openings the checkout journals as part of a sale; all others are "without a sale".
SALE_DRAWER_REASONS = ("cash sale", "cash refund")


def counts(kind: str, data: dict[str, Any]) -> bool:
    """Whether an event of `kind` with `data` changes the sums."""
    if kind == "sale_voided":
        return unfinished_sale(data)
    if kind == "drawer_opened":
        return without_sale(data)
    return kind in COUNTED_KINDS


def unfinished_sale(data: dict[str, Any]) -> bool:
    """A voided real sale (report point 19); not a cancelled return or a training sale."""
    return data.get("kind", "sale") == "sale" and not data.get("training", False)


def without_sale(data: dict[str, Any]) -> bool:
    flag = data.get("without_sale")
    if isinstance(flag, bool):
        return flag
    return data.get("reason") not in SALE_DRAWER_REASONS


def added(sums: Sums | None, kind: str, data: dict[str, Any]) -> Sums:
    """The sums after an event of `kind` (one that `counts`); `sums` is left as it was."""
    out: Sums = copy.deepcopy(sums or {})
    if kind == "receipt":
        _add_receipt(out, data)
    elif kind == "cash_invoice":
        _bump(out, "invoices", 1, data["total"])
        for payment in data["payments"]:
            _add_to(out.setdefault("invoice_pay", {}), payment["method"], payment["amount"])
    elif kind == "receipt_copy":
        _bump(out, "copies", 1, data["amount"])
    elif kind == "sale_voided":
        _bump(out, "voided", 1, data["total"])
    elif kind == "drawer_opened":
        out["drawer"] = out.get("drawer", 0) + 1
    else:
        raise ValueError(f"a {kind} event adds nothing to the report sums")
    return out


def _add_receipt(out: Sums, data: dict[str, Any]) -> None:
    receipt_type, kind = data["receipt_type"], data["kind"]
    _ = ReceiptType(receipt_type), SaleKind(kind)  # refuse what the report cannot name
    _bump(out.setdefault("docs", {}), f"{receipt_type} {kind}", 1, data["total"], data["rounding"])
    if receipt_type != ReceiptType.NORMAL.value:
        return
    vat = out.setdefault("vat", {})
    for section in data["vat"]:
        _bump(vat, str(section["rate"]), section["gross"], section["vat"])
    pay = out.setdefault("pay", {})
    for payment in data["payments"]:
        _add_to(pay, payment["method"], payment["amount"])
    if kind != SaleKind.SALE.value:
        return
    for line in data["lines"]:
        units = 1 if line["sold_by_weight"] else line["quantity"] // ONE
        what = "services" if line.get("service", False) else "goods"
        out[what] = out.get(what, 0) + units
        out["discounts"] = out.get("discounts", 0) + line["discount"]
        group = line.get("group")
        if group is None:
            _bump(out, "ungrouped", 1, line["amount"])
        else:
            _bump(out.setdefault("groups", {}), group, 1, line["amount"])


def between(before: Sums | None, after: Sums | None) -> PeriodTotals:
    """The figures of the events after `before` up to `after` (None: nothing, the start)."""
    a, b = before or {}, after or {}

    def diff(path: tuple[str, ...], width: int) -> list[int]:
        x, y = _at(a, path, width), _at(b, path, width)
        return [q - p for p, q in zip(x, y, strict=True)]

    def docs(receipt_type: ReceiptType, kind: SaleKind | None = None) -> list[int]:
        kinds = [kind] if kind is not None else list(SaleKind)
        rows = [diff(("docs", f"{receipt_type.value} {k.value}"), 3) for k in kinds]
        return [sum(col) for col in zip(*rows, strict=True)]

    normal, sales = docs(ReceiptType.NORMAL), docs(ReceiptType.NORMAL, SaleKind.SALE)
    returns = docs(ReceiptType.NORMAL, SaleKind.RETURN)
    training, pro_forma = docs(ReceiptType.TRAINING), docs(ReceiptType.PRO_FORMA)
    copies, voided, invoices = diff(("copies",), 2), diff(("voided",), 2), diff(("invoices",), 2)
    return PeriodTotals(
        total_sales=sales[1],
        vat=tuple(VatSection(rate, *diff(("vat", str(rate)), 2)) for rate in VAT_RATES),
        goods_sold=diff(("goods",), 1)[0],
        services_sold=diff(("services",), 1)[0],
        receipt_count=normal[0],
        drawer_openings_without_sale=diff(("drawer",), 1)[0],
        copy_count=copies[0],
        copy_amount=copies[1],
        training_count=training[0],
        training_amount=training[1],
        pro_forma_count=pro_forma[0],
        pro_forma_amount=pro_forma[1],
        payment_methods=_methods(a, b, "pay"),
        return_count=returns[0],
        return_amount=-returns[1],
        discounts=diff(("discounts",), 1)[0],
        unfinished_count=voided[0],
        unfinished_amount=voided[1],
        cash_rounding=normal[2],
        cash_invoice_count=invoices[0],
        cash_invoice_amount=invoices[1],
        cash_invoice_payment_methods=_methods(a, b, "invoice_pay"),
        sales_per_group=_groups(a, b),
    )


def _methods(a: Sums, b: Sums, key: str) -> tuple[MethodTotal, ...]:
    x, y = a.get(key, {}), b.get(key, {})
    unknown = set(y) - {m.value for m in PaymentMethod}
    if unknown:
        raise ValueError(f"payment methods {sorted(unknown)} in the report sums")
    return tuple(MethodTotal(m, y.get(m.value, 0) - x.get(m.value, 0)) for m in PaymentMethod)


def _groups(a: Sums, b: Sums) -> tuple[tuple[str, int], ...]:
    """As report._per_group: nothing when no line of the period had a group; else by name,
    lines of no group (or an empty one) under UNGROUPED, last."""
    x, y = a.get("groups", {}), b.get("groups", {})
    grouped = {
        name: (lines - x.get(name, [0, 0])[0], amount - x.get(name, [0, 0])[1])
        for name, (lines, amount) in y.items()
    }
    grouped = {name: v for name, v in grouped.items() if v[0]}
    if not grouped:
        return ()
    amounts: dict[str, int] = {}
    (p_lines, p_amount), (q_lines, q_amount) = _at(a, ("ungrouped",), 2), _at(b, ("ungrouped",), 2)
    if q_lines - p_lines:
        amounts[UNGROUPED] = q_amount - p_amount
    for name, (_, amount) in grouped.items():
        key = name or UNGROUPED
        amounts[key] = amounts.get(key, 0) + amount
    return tuple(sorted(amounts.items(), key=lambda item: (item[0] == UNGROUPED, item[0])))


def _at(sums: Sums, path: tuple[str, ...], width: int) -> list[int]:
    node: Any = sums
    for key in path:
        node = node.get(key) if isinstance(node, dict) else None
        if node is None:
            return [0] * width
    return list(node) if isinstance(node, list) else [node]


def _bump(table: dict[str, Any], key: str, *amounts: int) -> None:
    old = table.get(key) or [0] * len(amounts)
    table[key] = [p + q for p, q in zip(old, amounts, strict=True)]


def _add_to(table: dict[str, int], key: str, amount: int) -> None:
    table[key] = table.get(key, 0) + amount
