"""Composition root: settings, store, control unit, printer, checkout, cashier window.

`till` starts the cashier screen for the shop named in the settings (a first start without a
settings file asks for them on the set-up screen, till/ui/first_start.py). `till --demo` starts it
with in-process simulators (CCU, Wallee card terminal, Verifone Point terminal for Klarna,
paired at start), a demo shop and catalog and a throwaway database;
`till --demo --selftest` rings up a scripted cash sale through the real widgets offscreen and
exits 0 only if the receipt was stored with a control code.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from datetime import datetime
from pathlib import Path
from typing import Any

from till import __version__
from till.about import VersionAction
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.demo import DEMO_POINT_ENTRY_CODE, demo_pki, demo_settings, direct_demo_settings
from till.settings import (
    Settings,
    SettingsError,
    config_path,
    load_settings,
)
from till.settings_texts import SETTINGS_MISSING

log = logging.getLogger("till")

CANNOT_START = Message("till_cannot_start", QT_TRANSLATE_NOOP("Errors", "The till cannot start."))
DEMO_SELFTEST_CODES = ["7310865004703", "3*30", "1.250*1"]
DEMO_SELFTEST_TENDERED = "500"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="till", description="The till's cashier screen.")
    parser.add_argument("--config", metavar="PATH", help="settings file (TOML)")
    parser.add_argument("--demo", action="store_true", help="demo shop, simulator, throwaway db")
    parser.add_argument(
        "--selftest", action="store_true", help="with --demo: ring up a scripted cash sale and exit"
    )
    parser.add_argument(
        "--transport",
        choices=["ipc", "direct"],
        default="ipc",
        help="with --demo: the simulator as iSecureIPC (default) or the control unit over TLS",
    )
    parser.add_argument(
        "--version", action=VersionAction, help="name, model, maker, version, manufacturing number"
    )
    args = parser.parse_args(argv)
    if args.selftest and not args.demo:
        parser.error("--selftest runs only with --demo")
    if args.transport != "ipc" and not args.demo:
        parser.error("--transport is for --demo; a real till reads control_unit.transport")
    return args


def fail(error: BaseException, *, gui: bool, language: str = "sv") -> int:
    """Tell the person starting the till what is wrong, in one message in the shop's language
    (Swedish when the settings themselves are what failed), never a traceback."""
    from till.ui.texts import catalog_translate, describe, say

    translate = catalog_translate(language)
    message = describe(error, translate)
    log.error("cannot start: %s", error)  # English, for service
    print(f"till: {message}", file=sys.stderr)
    if gui:
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            app = QApplication.instance() or QApplication(sys.argv[:1])
            if app.platformName() != "offscreen":  # nobody could click it away
                QMessageBox.critical(None, say(CANNOT_START, translate), message)
        except Exception:  # no display: stderr already has it
            log.debug("could not show the start-up error", exc_info=True)
    return 2


def start_settings(path: Path) -> Settings | None:
    """The settings file at `path`; a first start without one (nothing at `path` at all) asks
    on the set-up screen where someone can see it. None: the owner cancelled. A file that is
    there but wrong, or no screen, stops the start with its SettingsError, as always."""
    try:
        return load_settings(path)
    except SettingsError as error:
        if error.spoken is not SETTINGS_MISSING or path.is_symlink():
            raise
        from till.ui import first_start

        if not first_start.screen_available():
            raise
    return first_start_settings(path)


def first_start_settings(path: Path) -> Settings | None:
    """The set-up screen (till/ui/first_start.py): the settings written to `path`, or None."""
    from till.ui.first_start import set_up

    return set_up(path)


# A script run instead of the cashier once the window shows (tools/screenshots.py): it gets the
# session and the window and returns the exit status.
AfterStart = Callable[["TillSession", Any], Awaitable[int]]


def main(argv: list[str] | None = None, *, after_start: AfterStart | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    settings: Settings | None = None
    if not args.demo:
        try:
            settings = start_settings(config_path(args.config))
        except SettingsError as error:
            return fail(error, gui=True)
        if settings is None:
            return 0  # the owner cancelled the set-up: nothing written, nothing opened

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("till")
    app.setApplicationVersion(__version__)
    from till.ui.look import apply_look

    apply_look(app)  # the shipped font and icon (resources/): the same look on every PC
    # Closing the window ends run() through lastWindowClosed; Qt must not stop the loop first.
    app.setQuitOnLastWindowClosed(False)
    from till.ui.language import install_translations

    # The demo shop is Swedish too; its settings are made later, inside run().
    language = settings.language if settings is not None else "sv"
    log.info("language %s: %s", language, ", ".join(install_translations(app, language)) or "-")
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return loop.run_until_complete(run(app, settings, args, after_start))
    except TillError as error:
        return fail(error, gui=not args.selftest, language=language)


async def run(
    app, settings: Settings | None, args: argparse.Namespace, after_start: AfterStart | None = None
) -> int:
    async with AsyncExitStack() as stack:
        if args.demo:
            from till.secrets import use_memory_keyring
            from till.simulators.ccu import CcuSimulator
            from till.simulators.lti import LtiSimulator
            from till.simulators.point import PointSimulator

            # A throwaway database gets a throwaway journal key and anchor.
            use_memory_keyring(from_env=False)

            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="till-demo-")))
            pki = demo_pki(workdir) if args.transport == "direct" else None
            ccu, terminal = CcuSimulator(pki=pki), LtiSimulator()
            ccu_port, terminal_port = await ccu.start(), await terminal.start()
            stack.push_async_callback(ccu.stop)
            stack.push_async_callback(terminal.stop)
            point_sim = PointSimulator(entry_code=DEMO_POINT_ENTRY_CODE)
            point_ports = await point_sim.start()
            stack.push_async_callback(point_sim.stop)
            settings = demo_settings(workdir, ccu_port, terminal_port, point_ports)
            if pki is not None:
                settings = direct_demo_settings(settings, pki)
            log.info(
                "demo: CCU simulator on 127.0.0.1:%d, terminal simulator on 127.0.0.1:%d, "
                "Point (Klarna) simulator on 127.0.0.1:%d/%d, data in %s",
                ccu_port,
                terminal_port,
                *point_ports,
                workdir,
            )
        assert settings is not None
        # The devices start after the sale screen's first paint (show_window).
        session = await open_session(settings, demo=args.demo, devices_now=False)
        stack.push_async_callback(session.close)
        if args.demo and session.point is not None:
            # As a manager would with `till-admin terminal point-pair`, into the demo's
            # in-memory keyring; REG_VER 2: the terminal echoes the code, the till checks it.
            label = await session.point.pair(reg_ver=2, entry_code=DEMO_POINT_ENTRY_CODE)
            log.info("demo: Klarna terminal paired (MAC_LABEL %s)", label)
        if args.demo:  # the demo's manager, signed in: "Demo", PIN 1234
            from till.checkout.users import demo_sign_in

            await demo_sign_in(session.checkout.cashiers)
        window = session.show_window()
        if args.selftest:
            return await selftest(session, window)
        if after_start is not None:
            return await after_start(session, window)
        # The cashier closes the window (or the session ends): the stack closes the session,
        # within a second (TillSession.close). A window-modal dialog still open does not hold
        # it: Qt counts only windows without a transient parent as the last window.
        closed = asyncio.Event()
        app.lastWindowClosed.connect(closed.set)
        try:
            await closed.wait()
        finally:
            app.lastWindowClosed.disconnect(closed.set)
        return 0


class TillSession:
    """Everything one running till holds, closed in reverse order."""

    device_starts: list[Callable[[], Any]] | tuple[()] = ()  # startup.start_devices_now

    def __init__(
        self,
        settings: Settings,
        store,
        checkout,
        terminal_admin=None,
        printer=None,
        reports=None,
        point=None,
    ):
        self.settings = settings
        self.point = point  # the Point (Klarna) terminal, or None
        self.store = store
        self.checkout = checkout
        self.terminal_admin = terminal_admin
        self.printer = printer
        self.reports = reports
        self.window = None
        self.certificate = None  # the direct transport's CertificateInfo; None: iSecureIPC
        self.restored_sale = False  # the sale open before a restart was restored: say so
        # A strong reference: asyncio keeps only weak ones to running tasks.
        self.watcher = asyncio.ensure_future(checkout.watch_control_unit())
        # An ESC/POS printer tells its state (paper, cover) to the status bar, like the unit.
        self.printer_watcher = None
        if hasattr(printer, "watch"):
            printer.on_status = checkout.publish_status
            self.printer_watcher = asyncio.ensure_future(printer.watch())

    def show_window(self):
        from till.ui.cashier_window import CashierWindow

        shop = self.settings.shop
        self.window = CashierWindow(
            self.checkout,
            title=f"till – {shop.name} – kassa {shop.register_id}",
            terminal_admin=self.terminal_admin,
            day_reports=self.reports,
            sign_in=True,  # cashiers sign in; the first start adds the first manager
            idle_seconds=self.settings.idle_lock_minutes * 60.0,
            certificate=self.certificate,
            restored_sale=self.restored_sale,
        )
        self.window.settings = self.settings  # the settings screen (Ctrl+,) starts from them
        # A cash desk has one screen for the till: all of it (kiosk: not even a frame).
        if self.settings.kiosk:
            self.window.showFullScreen()
        else:
            self.window.showMaximized()
        from till.startup import start_devices_after_paint
        from till.ui.first_paint import when_painted

        when_painted(self.window, lambda: start_devices_after_paint(self))
        return self.window

    async def close(self) -> None:
        """Within a second, whatever the terminals, the control unit and the printer are doing
        (issue 12: quit never hangs; tests/test_quit_till.py)."""
        from till.adapters.closing import CLOSE_WITHIN, cancel_and_wait, close_all

        loop = asyncio.get_running_loop()
        deadline = loop.time() + CLOSE_WITHIN * 0.6  # the rest: the store and the margin
        # First what still uses the devices and the store: the cashier's actions (a payment
        # on its terminal, a sale waiting for its control code), the watchers, a settling.
        # They were never awaited before: they ran on against closed devices and store. A
        # payment cut short stays in the write-ahead rows and is settled at the next start.
        tasks = [self.watcher, self.printer_watcher, *self.checkout.running_tasks()]
        if self.window is not None:
            tasks += self.window.tasks.running()
            self.window.close()
        await cancel_and_wait([t for t in tasks if t is not None], within=CLOSE_WITHIN * 0.3)
        # The devices side by side, bounded together: one at a time they could add up.
        closes = []
        if self.point is not None:  # before the store worker: its callbacks run on it
            closes.append(self.point.close())
        cards = self.checkout.cards.terminal
        if cards is not None and cards is not self.point:
            closes.append(cards.close())
        if self.printer is not None:
            closes.append(self.printer.close())
        await close_all(closes, within=max(deadline - loop.time(), 0.05))
        await self.checkout.close()
        self.store.close()


async def open_session(settings: Settings, *, demo: bool, devices_now: bool = True) -> TillSession:
    # devices_now=False: the terminals and the print worker start after the first paint
    from till.checkout.register import Checkout
    from till.startup import prepare_store, start_devices_now

    # First: a certificate that cannot work stops the start with its dates, before any sale.
    context, certificate = await asyncio.to_thread(direct_tls_context, settings)
    store = await asyncio.to_thread(prepare_store, settings, demo=demo)
    # This installation's manufacturing number (About, --version): made at the first start.
    await asyncio.to_thread(store.manufacturing_number, register_id=settings.shop.register_id)
    checkout: Checkout | None = None

    async def in_store(function: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        # The Point terminal is built before the checkout it is handed to; it calls the store
        # only once a payment or pairing runs, when the checkout's one store worker exists.
        assert checkout is not None
        return await checkout.in_store(function, *args, **kwargs)

    point = point_terminal(settings, store, in_store)
    if point is not None:
        try:
            # Now, not at the first Klarna payment: a taken port stops the start with its
            # message (ListenerPortTaken names point.listener_port), like any start error.
            await point.listener.start()
        except BaseException:
            store.close()
            raise
    client = control_unit_client(settings, context)
    later: list[Callable[[], Any]] = []  # what starts the devices: after the first paint
    printer = await receipt_printer(settings, later)
    terminal = terminal_client(settings)
    if terminal is None:  # Point only: it is the register's one terminal (settles, admin)
        terminal = point
    checkout = Checkout(
        store=store,
        control_unit=client,
        shop=settings.shop,
        printer=printer,
        terminal=terminal,
        klarna_terminal=point,
    )
    restored = await checkout.resume()
    if restored:
        log.info("resumed the sale that was open when the till stopped")
    admin = None
    if terminal is not None:
        from till.checkout.terminal_admin import TerminalAdmin

        admin = TerminalAdmin(
            store=store,
            terminal=terminal,
            register_id=settings.shop.register_id,
            in_store=checkout.in_store,
            pairing=point,  # the admin screen pairs the Klarna terminal, beside Wallee too
        )
        # Wallee connects, pings when idle, and on each reconnect checkout settles any payment
        # in doubt; Point's listener runs already.
        later.append(terminal.start)
    if point is not None and point is not terminal:
        later.append(point.start)
    from till.checkout.day_reports import DayReports

    reports = DayReports(checkout, change_fund=settings.change_fund, terminal_admin=admin)
    session = TillSession(settings, store, checkout, admin, printer, reports, point=point)
    session.certificate = certificate  # for an admin screen: subject and dates
    session.restored_sale = restored
    session.device_starts = later
    if devices_now:
        await start_devices_now(session)
    return session


async def receipt_printer(settings: Settings, later: list[Callable[[], Any]] | None = None):
    """printer.kind: "system" spools to a system printer or PDF files (a worker process);
    "escpos" speaks to a thermal printer, with a PDF copy in printer.pdf_dir if it is set."""
    from till.adapters.print_spooler import ReceiptSpooler
    from till.startup import start_or_later

    config = settings.printer
    spooler = ReceiptSpooler(printer_name=config.name, pdf_dir=config.pdf_dir)
    if config.kind != "escpos":
        await start_or_later(spooler.start, later)
        return spooler
    from till.adapters.escpos import build_escpos_printer

    archive = spooler if config.pdf_dir is not None else None
    if archive is not None:
        await start_or_later(archive.start, later)
    return build_escpos_printer(config, pdf_copy=archive)


def direct_tls_context(settings: Settings, now: datetime | None = None):
    """The direct transport's TLS context and the shop's certificate (CertificateInfo), checked
    first (expired, not yet valid, another org number: ClientCertificateError, a start error);
    (None, None) for iSecureIPC."""
    cu = settings.control_unit
    if cu.transport != "direct":
        return None, None
    from till.adapters import client_certificate as cc

    assert cu.certificate is not None  # settings require it for "direct"
    credentials = cc.load_credentials(cu.certificate)
    info = credentials.info
    for warning in cc.check_certificate(info, org_nr=settings.shop.org_nr, now=now):
        log.warning("%s", warning)
    log.info("control unit certificate: %s, %s", info.subject, info.dates())
    return cc.client_ssl_context(credentials, ca_bundle=cu.ca_bundle), info


def control_unit_client(settings: Settings, context=None):
    """The client for control_unit.transport; checkout sees only request_code and probe."""
    cu = settings.control_unit
    if cu.transport == "direct":
        from till.adapters.control_unit_direct import DirectControlUnitClient

        assert context is not None
        return DirectControlUnitClient(
            cu.host,
            cu.port,
            path=cu.path,
            ssl_context=context,
            application_id=cu.application_id,
            connect_timeout=cu.connect_timeout,
            answer_timeout=cu.answer_timeout,
            sale_amount_element=cu.sale_amount_element,
        )
    from till.adapters.control_unit import ControlUnitClient

    return ControlUnitClient(
        cu.host,
        cu.port,
        application_id=cu.application_id,
        connect_timeout=cu.connect_timeout,
        answer_timeout=cu.answer_timeout,
        sale_amount_element=cu.sale_amount_element,
    )


StoreCall = Callable[..., Awaitable[Any]]


def point_terminal(settings: Settings, store, in_store: StoreCall):
    """The register's Verifone Point terminal (Klarna), or None. Its COUNTER is reserved in
    the store (committed before each command), resyncs and ID checks are journaled; `in_store`
    runs a store call (the till: on the checkout's one store worker; till-admin: directly)."""
    if settings.point is None:
        return None
    from till.adapters.point import KIND, PointTerminal

    p, register_id = settings.point, settings.shop.register_id

    def reserve_counter() -> Awaitable[int]:
        return in_store(store.reserve_terminal_counter, KIND, register_id)

    def resync_counter(last: int) -> Awaitable[Any]:
        return in_store(
            store.advance_terminal_counter, KIND, register_id, last, reason="ADMIN GET_COUNTER"
        )

    def journal(kind: str, data: dict[str, Any]) -> Awaitable[Any]:
        return in_store(store.journal, kind, data, register_id=register_id)

    return PointTerminal(
        p.host,
        register_id=register_id,
        reserve_counter=reserve_counter,
        resync_counter=resync_counter,
        journal=journal,
        port=p.port,
        secondary_port=p.secondary_port,
        listener_host=p.listener_host,
        listener_port=p.listener_port,
        advertise_ip=p.advertise_ip,
        pos_recon=p.pos_recon,
        payment_type=p.payment_type,
        connect_timeout=p.connect_timeout,
        response_timeout=p.response_timeout,
        id_check_timeout=p.id_check_timeout,
    )


def terminal_client(settings: Settings):
    """The register's card terminal behind checkout's PaymentTerminal port, or None."""
    if settings.terminal is None:
        return None
    from till.adapters.wallee import TerminalClient, WalleeTerminal

    t = settings.terminal
    client = TerminalClient(
        t.host,
        t.port,
        connect_timeout=t.connect_timeout,
        response_timeout=t.response_timeout,
        ping_interval=t.ping_interval,
    )
    return WalleeTerminal(
        client,
        pos_id=t.pos_id or settings.shop.register_id,
        currency=t.currency,
        language=t.language,
    )


async def selftest(session: TillSession, window) -> int:
    from till.ui.selftest import run_selftest

    try:
        receipt = await asyncio.wait_for(
            run_selftest(window, codes=DEMO_SELFTEST_CODES, tendered=DEMO_SELFTEST_TENDERED),
            timeout=30,
        )
    except (TillError, TimeoutError) as error:
        print(f"selftest FAILED: {error}", file=sys.stderr)
        return 1
    stored = await asyncio.to_thread(
        session.store.receipt, receipt.shop.register_id, receipt.sequence_number
    )
    ok = stored is not None and len(stored.control.code) == 59 and bool(stored.control.ctuid)
    if not ok:
        print("selftest FAILED: the receipt was not stored with a control code", file=sys.stderr)
        return 1
    print(
        f"selftest ok: receipt {stored.sequence_number}, total {stored.total} öre, "
        f"CTUID {stored.control.ctuid}, control code {stored.control.code}"
    )
    return 0
