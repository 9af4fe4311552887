"""The catalog on the cashier's screen, by touch: Help's Catalog button, a manager's approval,
a product added (a wrong check digit refused first, naming the right digit) and its price
changed by clicks, the quick key appearing in the grid, the price list shown and printed."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from ui_till_rig import WAIT, approve, closed, journal_kinds, open_dialog

from till.ui.catalog_dialog import CatalogDialog
from till.ui.help_dialog import HelpDialog
from till.ui.price_list import PriceListDialog
from till.ui.product_dialog import ProductDialog
from till.ui.selftest import wait_for
from till.ui.texts import amount_text

LEFT = Qt.MouseButton.LeftButton
FITS = QSize(1000, 720)  # 1024x768 less a window frame


def click(qtbot, button: QWidget) -> None:
    assert button.isEnabled() and button.isVisible(), button.objectName()
    assert button.height() >= 48 and button.width() >= 48, button.objectName()
    qtbot.mouseClick(button, LEFT)


def fits(dialog: QDialog) -> None:
    hint = dialog.sizeHint()
    assert hint.width() <= FITS.width() and hint.height() <= FITS.height(), hint
    assert dialog.width() <= FITS.width() and dialog.height() <= FITS.height()
    for button in dialog.findChildren(QPushButton):
        if button.isVisible():
            assert button.height() >= 48, button.text()


async def open_catalog(qtbot, rig) -> CatalogDialog:
    window = rig.window
    click(qtbot, window.action_buttons["help"])
    help_dialog = await open_dialog(window, HelpDialog)
    click(qtbot, help_dialog.findChild(QPushButton, "catalogButton"))
    await approve(qtbot, window)
    catalog = await open_dialog(window, CatalogDialog)
    await catalog.wait_idle(WAIT)
    return catalog


def click_row(qtbot, table, code: str) -> None:
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == code)
    rect = table.visualItemRect(table.item(row, 1))
    qtbot.mouseClick(table.viewport(), LEFT, pos=QPoint(rect.center()))


def test_a_manager_adds_and_reprices_a_product_by_touch(rig, qtbot, arun) -> None:
    async def scenario() -> None:
        catalog = await open_catalog(qtbot, rig)
        fits(catalog)
        catalog.grab().save("/tmp/d_catalog.png")
        assert catalog.status_label.text() == "4 of 4 products"

        click(qtbot, catalog.buttons["add"])
        product = await open_dialog(catalog, ProductDialog)
        fits(product)
        qtbot.keyClicks(product.code_edit, "50")
        qtbot.keyClicks(product.name_edit, "Kanelbulle")
        qtbot.keyClicks(product.price_edit, "18,50")
        qtbot.keyClicks(product.group_box.lineEdit(), "Bageri")
        # 7311070346404 is right (7+9+1+3+0+21+0+9+4+18+4+0 = 76: 4); 7311070346400 is not.
        qtbot.keyClicks(product.barcodes_edit, "7311070346400")
        click(qtbot, product.quick_key_box)
        click(qtbot, product.save_button)
        assert product.isVisible()
        assert product.message_label.text() == (
            "Barcode 7311070346400 has a wrong check digit: the last digit should be 4."
        )
        product.grab().save("/tmp/d_product.png")
        product.barcodes_edit.clear()
        qtbot.keyClicks(product.barcodes_edit, "7311070346404")
        click(qtbot, product.save_button)
        await closed(product)
        await catalog.wait_idle(WAIT)
        assert rig.store.find_product("7311070346404").name == "Kanelbulle"
        assert [row.kind for row in rig.store.journal_rows()][-3:] == [
            "group_added",
            "product_added",
            "quick_key_set",
        ]

        click_row(qtbot, catalog.table, "50")
        click(qtbot, catalog.buttons["edit"])
        product = await open_dialog(catalog, ProductDialog)
        assert product.code_edit.isReadOnly() and product.quick_key_box.isChecked()
        product.price_edit.clear()
        qtbot.keyClicks(product.price_edit, "21")
        click(qtbot, product.save_button)
        await closed(product)
        await catalog.wait_idle(WAIT)
        change = rig.store.journal_rows()[-1]
        assert change.kind == "price_changed"
        assert change.data == {"code": "50", "name": "Kanelbulle", "old": 1850, "new": 2100}

        click(qtbot, catalog.buttons["close"])
        await closed(catalog)
        await wait_for("the quick keys", lambda: rig.window.quick_keys.buttons, WAIT)
        assert [b.label for b in rig.window.quick_keys.buttons] == ["Kanelbulle"]
        await rig.window.wait_idle(WAIT)

    arun(scenario(), timeout=60)
    assert "manager_approved" in journal_kinds(rig)


def test_the_price_list_is_shown_and_printed(rig, qtbot, arun) -> None:
    async def scenario() -> None:
        catalog = await open_catalog(qtbot, rig)
        click(qtbot, catalog.buttons["prices"])
        prices = await open_dialog(catalog, PriceListDialog)
        fits(prices)
        rows = prices.shown_rows()
        assert ["Other"] in rows
        assert ["1", "Bananer", f"{amount_text(2490)}/kg", "12 %"] in rows
        assert ["30", "Tygkasse", amount_text(1900), "25 %"] in rows
        prices.grab().save("/tmp/d_price_list.png")
        click(qtbot, prices.print_button)
        await prices.wait_idle(WAIT)
        assert prices.status_label.text() == "Printed: 4 products."
        click(qtbot, prices.close_button)
        await closed(prices)
        click(qtbot, catalog.buttons["close"])
        await closed(catalog)
        await rig.window.wait_idle(WAIT)

    arun(scenario(), timeout=60)
    assert "price_list_printed" in journal_kinds(rig)
    assert any(p.name.startswith("price-list-") for p in rig.receipts_dir.iterdir())


def test_removing_asks_first_and_keeps_the_journal(rig, qtbot, arun) -> None:
    from till.ui.input_dialogs import ConfirmDialog

    async def scenario() -> None:
        catalog = await open_catalog(qtbot, rig)
        click_row(qtbot, catalog.table, "20")
        click(qtbot, catalog.buttons["remove"])
        confirm = await open_dialog(catalog, ConfirmDialog)
        yes = next(b for b in confirm.findChildren(QPushButton) if b.text().startswith("Remove"))
        qtbot.mouseClick(yes, LEFT)
        await closed(confirm)
        await catalog.wait_idle(WAIT)
        assert catalog.status_label.text() == "Removed: 20 Dagstidning."
        table = catalog.table
        assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["1", "11", "30"]
        click(qtbot, catalog.buttons["close"])
        await closed(catalog)
        await rig.window.wait_idle(WAIT)

    arun(scenario(), timeout=60)
    assert rig.store.find_product("20") is None
    assert journal_kinds(rig)[-1] == "product_removed"


def test_the_catalog_is_not_opened_during_a_sale(rig, qtbot, arun) -> None:
    from ui_till_rig import scan

    async def scenario() -> None:
        await scan(qtbot, rig.window, "11")
        click(qtbot, rig.window.action_buttons["help"])
        help_dialog = await open_dialog(rig.window, HelpDialog)
        click(qtbot, help_dialog.findChild(QPushButton, "catalogButton"))
        await closed(help_dialog)
        await rig.window.wait_idle(WAIT)

    arun(scenario(), timeout=30)
    assert "Finish or void the open sale before changing the catalog." in rig.window.banner_text
    assert "manager_approved" not in journal_kinds(rig)
