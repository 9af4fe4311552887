"""till-admin: the back-office command line.

till-admin [--config PATH] products import FILE.csv
till-admin [--config PATH] journal verify
till-admin [--config PATH] journal export --format jsonl [--output FILE]
till-admin [--config PATH] receipt show NUMBER
till-admin [--config PATH] terminal COMMAND [--host H] [--port P]
till-admin [--config PATH] report x|z [--reprint N]
till-admin [--config PATH] manager set-pin
till-admin settings example
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path

from till import MAKER, __version__
from till.core.errors import TillError
from till.core.receipt import layout_text, receipt_layout
from till.settings import EXAMPLE, Settings, config_path, load_settings
from till.store import TillStore


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="till-admin", description="Back office for the till.")
    parser.add_argument("--config", metavar="PATH", help="settings file (TOML)")
    parser.add_argument("--version", action="version", version=f"till {__version__} ({MAKER})")
    groups = parser.add_subparsers(dest="group", required=True)

    products = groups.add_parser("products", help="the product catalog")
    p_sub = products.add_subparsers(dest="command", required=True)
    p_import = p_sub.add_parser("import", help="add or update products from a CSV file")
    p_import.add_argument("file", type=Path)

    journal = groups.add_parser("journal", help="the tamper-evident journal")
    j_sub = journal.add_subparsers(dest="command", required=True)
    j_sub.add_parser("verify", help="check every journal row's hash chain")
    j_export = j_sub.add_parser(
        "export", help="every journal event (receipts included) as JSON lines, for an inspection"
    )
    j_export.add_argument("--format", choices=["jsonl"], default="jsonl")
    j_export.add_argument("--output", type=Path, help="file to write (default: standard output)")
    j_export.add_argument(
        "--receipts", action="store_true", help="only the receipts, one object each"
    )

    report = groups.add_parser("report", help="X and Z daily reports as text")
    report.add_argument("command", choices=["x", "z"])
    report.add_argument("--reprint", type=int, metavar="N", help="z: print Z report N again")

    manager = groups.add_parser("manager", help="the manager PIN")
    m_sub = manager.add_subparsers(dest="command", required=True)
    m_sub.add_parser("set-pin", help="set or change the manager PIN (asks on the console)")

    receipt = groups.add_parser("receipt", help="stored receipts")
    r_sub = receipt.add_subparsers(dest="command", required=True)
    r_show = r_sub.add_parser("show", help="print a stored receipt as text")
    r_show.add_argument("number", type=int)

    from till.checkout.terminal_admin import COMMAND_NAMES

    terminal = groups.add_parser("terminal", help="the card terminal's admin functions")
    terminal.add_argument("command", choices=COMMAND_NAMES)
    terminal.add_argument("--host", help="terminal address (default: the settings' terminal)")
    terminal.add_argument("--port", type=int, default=None, help="terminal port (default 50000)")

    settings = groups.add_parser("settings", help="the settings file")
    s_sub = settings.add_subparsers(dest="command", required=True)
    s_sub.add_parser("example", help="print an example settings file")
    return parser


def products_import(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    from till.store.catalog_csv import parse_products_csv

    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise TillError(f"Cannot read {args.file}: {error}") from None
    products = parse_products_csv(text)
    changed = store.upsert_products(products, register_id=settings.shop.register_id)
    store.journal(
        "products_imported",
        {"file": str(args.file), "rows": len(products), "changed": changed},
        register_id=settings.shop.register_id,
    )
    print(f"{len(products)} products read, {changed} new or changed.")
    return 0


def journal_verify(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    report = store.verify_journal()
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    if report.ok:
        print(f"Journal intact: {report.rows_checked} rows checked.")
        return 0
    print(f"Journal NOT intact: {len(report.problems)} problems in {report.rows_checked} rows.")
    return 1


def journal_export(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    from till.store.export import export_journal_jsonl, export_jsonl

    export, what = (export_jsonl, "receipts") if args.receipts else (export_journal_jsonl, "events")
    if args.output is None:
        count = export(store, sys.stdout)
    else:
        try:
            with args.output.open("w", encoding="utf-8") as out:
                count = export(store, out)
        except OSError as error:
            raise TillError(f"Cannot write {args.output}: {error}") from None
    print(f"{count} {what} exported.", file=sys.stderr)
    return 0


def receipt_show(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    receipt = store.receipt(settings.shop.register_id, args.number)
    if receipt is None:
        raise TillError(f"There is no receipt number {args.number} for this register.")
    print(layout_text(receipt_layout(receipt)))
    return 0


def terminal_command(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    from till.adapters.terminal import TerminalClient
    from till.checkout.terminal_admin import TerminalAdmin
    from till.ui_console import ConsolePrompts

    configured = settings.terminal
    host = args.host or (configured.host if configured else None)
    if host is None:
        raise TillError("No terminal in the settings: name one with --host.")
    port = args.port or (configured.port if configured and not args.host else 50000)

    async def run() -> int:
        client = TerminalClient(host, port)
        admin = TerminalAdmin(
            store=store,
            terminal=client,
            register_id=settings.shop.register_id,
            pos_id=configured.pos_id if configured else settings.shop.register_id,
            language=configured.language if configured else "sv",
            in_store=asyncio.to_thread,
        )
        try:
            result = await admin.run(args.command, ConsolePrompts())
        finally:
            await client.close()
        print(result.text())
        return 0 if result.ok else 1

    return asyncio.run(run())


class ConsoleManager:
    """The manager's PIN on the console (getpass: not echoed)."""

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
        import getpass

        if first_time:
            print("No manager PIN is set yet: choose one (4 to 12 digits).", file=sys.stderr)
            pin = await asyncio.to_thread(getpass.getpass, "New manager PIN: ")
            again = await asyncio.to_thread(getpass.getpass, "The same PIN again: ")
            return pin if pin == again else None
        return await asyncio.to_thread(getpass.getpass, f"Manager PIN for {action}: ")


def report_command(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    """The same X and Z reports as the till's screen; a Z closes the period (a manager PIN)."""
    from till.checkout.day_reports import DayReports
    from till.checkout.register import Checkout
    from till.core.report import report_from_record, report_text

    class NoControlUnit:  # reports never ask the control unit
        async def request_code(self, data, request_id):
            raise TillError("not used")

        async def probe(self) -> None:
            raise TillError("not used")

    async def run() -> int:
        checkout = Checkout(store=store, control_unit=NoControlUnit(), shop=settings.shop)
        checkout.manager.prompt = ConsoleManager()
        reports = DayReports(checkout, change_fund=settings.change_fund)
        try:
            if args.command == "x":
                print(report_text((await reports.x_report(print_it=False)).report))
            elif args.reprint is not None:
                record = await checkout.in_store(
                    store.z_report, settings.shop.register_id, args.reprint
                )
                if record is None:
                    raise TillError(f"There is no Z report number {args.reprint}.")
                print(report_text(report_from_record(record.content), copy=True))
                await checkout.in_store(
                    store.journal,
                    "z_report_reprinted",
                    {"number": args.reprint},
                    register_id=settings.shop.register_id,
                )
            else:
                outcome = await reports.take_z_report()
                print(report_text(outcome.report))
                if settings.terminal is not None:
                    print(
                        "Run the terminal's end of day too: till-admin terminal end-of-day",
                        file=sys.stderr,
                    )
        finally:
            await checkout.close()
        return 0

    return asyncio.run(run())


def manager_set_pin(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    async def run() -> int:
        console = ConsoleManager()
        if store.has_manager_pin():
            old = await console.ask_manager_pin("changing the PIN", first_time=False)
            if not old or not store.check_manager_pin(old):
                raise TillError("Wrong manager PIN: the PIN was not changed.")
        pin = await console.ask_manager_pin("", first_time=True)
        if not pin:
            raise TillError("The two PINs differ: the PIN was not changed.")
        store.set_manager_pin(pin, register_id=settings.shop.register_id)
        print("Manager PIN set.")
        return 0

    return asyncio.run(run())


COMMANDS: dict[tuple[str, str], Callable[[TillStore, Settings, argparse.Namespace], int]] = {
    ("products", "import"): products_import,
    ("journal", "verify"): journal_verify,
    ("journal", "export"): journal_export,
    ("receipt", "show"): receipt_show,
    ("report", "x"): report_command,
    ("report", "z"): report_command,
    ("manager", "set-pin"): manager_set_pin,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if (args.group, args.command) == ("settings", "example"):
        print(EXAMPLE, end="")
        return 0
    try:
        settings = load_settings(config_path(args.config))
        store = TillStore.open(settings.database)
        try:
            if args.group == "terminal":
                return terminal_command(store, settings, args)
            return COMMANDS[args.group, args.command](store, settings, args)
        finally:
            store.close()
    except TillError as error:
        print(f"till-admin: {error.message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
