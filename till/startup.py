"""Opening the store at start: check the journal against its anchor, migrate, load the demo
catalog, journal the start and any setting that changed since the last start (the journal must
show setting changes, SKVFS 2014:9). And the devices, started once the sale screen is painted."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from till import __version__, secrets
from till.settings import Settings
from till.store import TillStore
from till.store.journal_anchor import (
    JournalAnchor,
    JournalNotTrusted,
    check_at_start,
    missing_database,
)

log = logging.getLogger(__name__)


def settings_record(settings: Settings) -> dict[str, Any]:
    """The settings as flat `section.key: text` pairs, the shape they are journaled in."""
    flat: dict[str, Any] = {}
    for section in ("shop", "control_unit", "printer", "terminal", "point"):
        values = getattr(settings, section)
        for key, value in (asdict(values) if values is not None else {}).items():
            flat[f"{section}.{key}"] = "" if value is None else str(value)
    flat["database.path"] = str(settings.database)
    flat["register.change_fund"] = str(settings.change_fund)
    flat["register.payment_terminals"] = settings.payment_terminals
    flat["shop.language"] = settings.language
    return flat


def journal_start(store: TillStore, settings: Settings) -> list[str]:
    """Journal this start and each setting that differs from the last start. Returns the keys."""
    register_id = settings.shop.register_id
    now = settings_record(settings)
    last = store.last_journal_row("till_started", register_id)  # not the whole journal
    saved = store.last_journal_row("settings_saved", register_id)
    if saved is not None and (last is None or saved.id > last.id):
        last = saved  # the settings screen journaled its own changes, with who made them
    before: dict[str, Any] | None = None if last is None else last.data.get("settings", {})
    changed = []
    if before is not None:
        for key in sorted(set(now) | set(before)):
            if now.get(key) != before.get(key):
                changed.append(key)
                store.journal(
                    "setting_changed",
                    {"key": key, "from": before.get(key), "to": now.get(key)},
                    register_id=register_id,
                )
    store.journal(
        "till_started", {"version": __version__, "settings": now}, register_id=register_id
    )
    return changed


def prepare_store(settings: Settings, *, demo: bool) -> TillStore:
    """Open the register's database only if its journal passes the start-up check against the
    anchor in the keyring (store/journal_anchor.py); JournalNotTrusted or SecretsUnavailable
    otherwise, and nothing is written. A missing database is never made anew silently."""
    key = secrets.journal_key()
    anchor = JournalAnchor(settings.shop.register_id, Path(settings.database))
    saved = anchor.load()
    missing = missing_database(anchor, saved)
    if missing is not None:
        raise JournalNotTrusted([missing], anchor.database)
    store = TillStore.open(anchor.database, journal_key=key)
    try:
        check_at_start(store, anchor)
        if demo and store.product_count() == 0:
            from till.assets import asset_text
            from till.store.catalog_csv import parse_catalog_csv

            catalog = parse_catalog_csv(asset_text("demo_catalog.csv"))
            store.import_catalog(catalog, register_id=settings.shop.register_id)
        journal_start(store, settings)
    except BaseException:
        store.close()
        raise
    return store


# -- the devices, after the first paint -------------------------------------------------------
# The card terminals connect (Wallee; Point's listener is bound before, a taken port being a
# start error) and the print worker process starts only once the sale screen is painted: the
# screen does not wait for them, and nothing is lost meanwhile: a card payment before then
# connects the Wallee client itself (it connects at its first request, as after a lost link),
# and the first receipt starts the print worker itself. What a sale needs before it can be
# finished stays before the paint: the journal checked against its anchor, the store opened,
# the control unit's client made, the open sale restored (open_session).


async def start_or_later(start: Callable[[], Awaitable[Any]], later: list | None) -> None:
    """Start now (later is None: till-admin, tests), or put the start on `later`."""
    if later is None:
        await start()
    else:
        later.append(start)


async def start_devices_now(session: Any) -> None:
    """Run the session's device starts (open_session's `later`), once."""
    starts, session.device_starts = session.device_starts, []
    for start in starts:
        started = start()
        if inspect.isawaitable(started):
            await started


def start_devices_after_paint(session: Any) -> None:
    if session.window is None or not session.window.isVisible():
        return  # closed before its first paint: nothing to start

    async def start() -> None:
        try:
            await start_devices_now(session)
        except Exception:  # the first payment or receipt says it again, to the cashier
            log.exception("a device did not start")

    # One of the window's tasks: the till's close cancels it with them (app.py).
    session.window.tasks.start(start(), name="start devices")
