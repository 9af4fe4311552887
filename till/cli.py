"""till-admin: the back-office command line.

till-admin [--config PATH] products import FILE.csv | list | export [--output F] | remove CODE
till-admin [--config PATH] journal verify
till-admin [--config PATH] journal reset-anchor --reason TEXT
till-admin [--config PATH] journal export --format jsonl [--output FILE]
till-admin [--config PATH] receipt show NUMBER
till-admin [--config PATH] terminal COMMAND [--host H] [--port P]
till-admin [--config PATH] terminal point-pair --entry-code CODE [--reg-ver 1|2]
till-admin [--config PATH] terminal point-unpair
till-admin [--config PATH] report x|z [--reprint N]
till-admin [--config PATH] manager set-pin
till-admin [--config PATH] control-unit certificate [--import FILE.p12]
till-admin settings example

Every failure is one line on standard error and exit 2 (1: a check found a problem, or an
unexpected error; set TILL_DEBUG=1 to see its traceback), never a traceback.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from till import cli_control_unit, cli_journal, cli_point, cli_products, cli_users
from till.about import VersionAction
from till.checkout.actions import action_words
from till.cli_texts import ADMIN, error_text, tell, text, use_language
from till.cli_texts import reset as reset_language
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.core.receipt import layout_text, receipt_layout
from till.settings import EXAMPLE, HOST_PATTERN, Settings, config_path, load_settings
from till.store import TillStore

CANNOT_WRITE_FILE = Message(
    "cannot_write_file", QT_TRANSLATE_NOOP("Errors", "Cannot write {output}: {error}.")
)
ADMIN_NO_SUCH_RECEIPT = Message(
    "admin_no_such_receipt",
    QT_TRANSLATE_NOOP("Errors", "There is no receipt number {number} for this register."),
)
ADMIN_NO_TERMINAL = Message(
    "admin_no_terminal",
    QT_TRANSLATE_NOOP("Errors", "No terminal in the settings: name one with --host."),
)
ADMIN_MANAGER_PIN_INVALID = Message(
    "admin_manager_pin_invalid", QT_TRANSLATE_NOOP("Errors", "A manager PIN is 4 to 12 digits 0-9.")
)
ADMIN_NO_PIN_TYPED = Message(
    "admin_no_pin_typed",
    QT_TRANSLATE_NOOP("Errors", "No PIN was typed: standard input is closed or empty."),
)
NOT_USED = Message("not_used", QT_TRANSLATE_NOOP("Errors", "Not used."))
ADMIN_NO_SUCH_Z_REPORT = Message(
    "admin_no_such_z_report",
    QT_TRANSLATE_NOOP("Errors", "There is no Z report number {reprint}."),
)
ADMIN_PINS_DIFFER = Message(
    "admin_pins_differ",
    QT_TRANSLATE_NOOP("Errors", "The two PINs differ: the PIN was not changed."),
)

# What till-admin says on the console (cli_texts.py prints them in the shop's language).
RECEIPTS_EXPORTED = Message(
    "admin_receipts_exported", QT_TRANSLATE_NOOP("TillAdmin", "{count} receipts exported."), ADMIN
)
EVENTS_EXPORTED = Message(
    "admin_events_exported", QT_TRANSLATE_NOOP("TillAdmin", "{count} events exported."), ADMIN
)
CHOOSE_PIN = Message(
    "admin_choose_pin",
    QT_TRANSLATE_NOOP("TillAdmin", "No manager PIN is set yet: choose one (4 to 12 digits)."),
    ADMIN,
)
ASK_MANAGER_PIN = Message(
    "admin_ask_manager_pin", QT_TRANSLATE_NOOP("TillAdmin", "Manager PIN for {action}:"), ADMIN
)
ASK_NEW_MANAGER_PIN = Message(
    "admin_ask_new_manager_pin", QT_TRANSLATE_NOOP("TillAdmin", "New manager PIN:"), ADMIN
)
TERMINAL_END_OF_DAY_TOO = Message(
    "admin_terminal_end_of_day_too",
    QT_TRANSLATE_NOOP(
        "TillAdmin", "Run the terminal's end of day too: till-admin terminal end-of-day"
    ),
    ADMIN,
)
MANAGER_PIN_SET = Message(
    "admin_manager_pin_set", QT_TRANSLATE_NOOP("TillAdmin", "Manager PIN set."), ADMIN
)
INTERRUPTED = Message("admin_interrupted", QT_TRANSLATE_NOOP("TillAdmin", "Interrupted."), ADMIN)
UNEXPECTED = Message(
    "admin_unexpected",
    QT_TRANSLATE_NOOP(
        "TillAdmin", "Unexpected error ({error}); run again with TILL_DEBUG=1 for details."
    ),
    ADMIN,
)


MAX_NUMBER_DIGITS = 18  # receipt and Z report numbers: past this SQLite's INTEGER overflows


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line like every other till-admin message (argparse's own adds the usage).
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")


def _path_text(text: str) -> str:
    if "\0" in text:
        raise argparse.ArgumentTypeError(f"{text!r} has a NUL character in it")
    return text


def _path(text: str) -> Path:
    return Path(_path_text(text))


def _number(text: str) -> int:
    """A receipt or report number: digits 0-9 only (int() takes "٣" and "1_0")."""
    if not (re.fullmatch(f"[0-9]{{1,{MAX_NUMBER_DIGITS}}}", text) and int(text) >= 1):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number from 1 up (digits 0-9, at most {MAX_NUMBER_DIGITS})"
        )
    return int(text)


def _port(text: str) -> int:
    if not (re.fullmatch(r"[0-9]{1,5}", text) and 1 <= int(text) <= 65535):
        raise argparse.ArgumentTypeError(f"{text!r} is not a port from 1 to 65535")
    return int(text)


def _host(text: str) -> str:
    if not re.fullmatch(HOST_PATTERN, text):
        raise argparse.ArgumentTypeError(f"{text!r} is not a host name or address")
    return text


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="till-admin", description="Back office for the till.")
    parser.add_argument("--config", metavar="PATH", type=_path_text, help="settings file (TOML)")
    parser.add_argument(
        "--version", action=VersionAction, help="name, model, maker, version, manufacturing number"
    )
    groups = parser.add_subparsers(dest="group", required=True)

    cli_products.add_parser(groups, _path)

    journal = groups.add_parser("journal", help="the tamper-evident journal")
    j_sub = journal.add_subparsers(dest="command", required=True)
    j_sub.add_parser(
        "verify",
        help="check every journal row's hash chain and signature, the records against their "
        "events, and the journal against its anchor in the keyring",
    )
    cli_journal.add_commands(j_sub)
    j_export = j_sub.add_parser(
        "export", help="every journal event (receipts included) as JSON lines, for an inspection"
    )
    j_export.add_argument("--format", choices=["jsonl"], default="jsonl")
    j_export.add_argument("--output", type=_path, help="file to write (default: standard output)")
    j_export.add_argument(
        "--receipts", action="store_true", help="only the receipts, one object each"
    )

    report = groups.add_parser("report", help="X and Z daily reports as text")
    report.add_argument("command", choices=["x", "z"])
    report.add_argument("--reprint", type=_number, metavar="N", help="z: print Z report N again")

    manager = groups.add_parser("manager", help="the manager PIN")
    m_sub = manager.add_subparsers(dest="command", required=True)
    m_sub.add_parser("set-pin", help="set or change the manager PIN (asks on the console)")

    receipt = groups.add_parser("receipt", help="stored receipts")
    r_sub = receipt.add_subparsers(dest="command", required=True)
    r_show = r_sub.add_parser("show", help="print a stored receipt as text")
    r_show.add_argument("number", type=_number)

    from till.adapters.wallee.admin import COMMAND_NAMES

    terminal = groups.add_parser(
        "terminal", help="the card terminal's admin functions; pairing the Klarna terminal"
    )
    terminal.add_argument("command", choices=COMMAND_NAMES + cli_point.COMMAND_NAMES)
    terminal.add_argument(
        "--host", type=_host, help="terminal address (default: the settings' terminal)"
    )
    terminal.add_argument("--port", type=_port, default=None, help="terminal port (default 50000)")
    cli_point.add_arguments(terminal)

    cli_users.add_parser(groups)
    cli_control_unit.add_parser(groups)

    settings = groups.add_parser("settings", help="the settings file")
    s_sub = settings.add_subparsers(dest="command", required=True)
    s_sub.add_parser("example", help="print an example settings file")
    return parser


def journal_export(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    from till.store.export import export_journal_jsonl, export_jsonl

    export = export_jsonl if args.receipts else export_journal_jsonl
    if args.output is None:
        count = export(store, sys.stdout)
    else:
        try:
            with args.output.open("w", encoding="utf-8") as out:
                count = export(store, out)
        except OSError as error:
            raise TillError(
                CANNOT_WRITE_FILE, output=args.output, error=error.strerror or error
            ) from None
    tell(RECEIPTS_EXPORTED if args.receipts else EVENTS_EXPORTED, count=count, file=sys.stderr)
    return 0


def receipt_show(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    receipt = store.receipt(settings.shop.register_id, args.number)
    if receipt is None:
        raise TillError(ADMIN_NO_SUCH_RECEIPT, number=args.number)
    print(layout_text(receipt_layout(receipt)))
    return 0


def terminal_command(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    from till.adapters.wallee import TerminalClient, WalleeTerminal
    from till.checkout.terminal_admin import TerminalAdmin
    from till.ui_console import ConsolePrompts

    configured = settings.terminal
    host = args.host or (configured.host if configured else None)
    if host is None:
        raise TillError(ADMIN_NO_TERMINAL)
    port = args.port or (configured.port if configured and not args.host else 50000)

    async def run() -> int:
        client = TerminalClient(host, port)
        terminal = WalleeTerminal(
            client,
            pos_id=configured.pos_id if configured else settings.shop.register_id,
            language=configured.language if configured else "sv",
        )
        admin = TerminalAdmin(
            store=store,
            terminal=terminal,
            register_id=settings.shop.register_id,
            in_store=asyncio.to_thread,
        )
        try:
            gate = cli_users.console_gate(store, settings, ConsoleManager())
            result = await admin.run(args.command, ConsolePrompts(), manager=gate)
        finally:
            await client.close()
        print(result.text())
        return 0 if result.ok else 1

    return asyncio.run(run())


class ConsoleManager:
    """The manager's PIN on the console: getpass (not echoed) on a terminal; from a pipe (a
    script, a test) one line per PIN and no prompts. A closed or empty stdin is a message.
    Read in the loop's own thread: nothing else runs meanwhile, and Ctrl+C then stops at once
    (a reader thread would keep asyncio.run waiting for it)."""

    async def ask_manager_pin(self, action: str, *, first_time: bool) -> str | None:
        if first_time:
            if _interactive():
                tell(CHOOSE_PIN, file=sys.stderr)
            return await self.ask_new_pin()
        return _read_pin(text(ASK_MANAGER_PIN, action=action_words(action)) + " ")

    async def ask_manager_approval(self, action: str) -> tuple[str, str] | None:
        """Once managers are users: a manager's name (or number) and PIN (cli_users.py)."""
        return cli_users.ask_manager_approval(action)

    async def ask_new_pin(self) -> str | None:
        """The new PIN typed twice; None when the two differ."""
        pin = _read_pin(text(ASK_NEW_MANAGER_PIN) + " ")
        again = _read_pin(text(cli_users.ASK_PIN_AGAIN) + " ")
        return pin if pin == again else None


def _getpass(prompt: str) -> str:
    """getpass, and Ctrl+C ends it: asyncio.run's own SIGINT handler only cancels the task,
    which a blocking read never notices."""
    import getpass
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        return getpass.getpass(prompt)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        return getpass.getpass(prompt)
    finally:
        signal.signal(signal.SIGINT, previous)


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # closed
        return False


def _read_pin(prompt: str) -> str:
    try:
        if _interactive():
            return _getpass(prompt)
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except UnicodeDecodeError:
        raise TillError(ADMIN_MANAGER_PIN_INVALID) from None
    except (EOFError, OSError, ValueError):  # Ctrl+D, or stdin closed
        line = ""
    if not line:
        raise TillError(ADMIN_NO_PIN_TYPED)
    return line.rstrip("\r\n")


def report_command(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    """The same X and Z reports as the till's screen; a Z closes the period (a manager PIN)."""
    from till.checkout.day_reports import DayReports
    from till.checkout.register import Checkout
    from till.core.report import report_from_record, report_text

    class NoControlUnit:  # reports never ask the control unit
        async def request_code(self, data, request_id):
            raise TillError(NOT_USED)

        async def probe(self) -> None:
            raise TillError(NOT_USED)

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
                    raise TillError(ADMIN_NO_SUCH_Z_REPORT, reprint=args.reprint)
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
                    tell(TERMINAL_END_OF_DAY_TOO, file=sys.stderr)
        finally:
            await checkout.close()
        return 0

    return asyncio.run(run())


def manager_set_pin(store: TillStore, settings: Settings, args: argparse.Namespace) -> int:
    """The current PIN first, through the same gate as the till: journaled, and wrong ones
    count toward the same lockout (kept in the database)."""
    from till.checkout.manager import ManagerGate

    async def in_store(function: Callable, *a: object, **kw: object) -> object:
        return function(*a, **kw)

    async def run() -> int:
        console = ConsoleManager()
        if store.has_manager_pin():
            gate = ManagerGate(
                store=store, register_id=settings.shop.register_id, in_store=in_store
            )
            gate.prompt = console
            await gate.approve("changing the manager PIN")
            pin = await console.ask_new_pin()
        else:
            pin = await console.ask_manager_pin("", first_time=True)
        if not pin:
            raise TillError(ADMIN_PINS_DIFFER)
        store.set_manager_pin(pin, register_id=settings.shop.register_id)
        tell(MANAGER_PIN_SET)
        return 0

    return asyncio.run(run())


COMMANDS: dict[tuple[str, str], Callable[[TillStore, Settings, argparse.Namespace], int]] = {
    **{("products", name): cli_products.products_command for name in cli_products.COMMAND_NAMES},
    ("journal", "export"): journal_export,
    ("receipt", "show"): receipt_show,
    ("report", "x"): report_command,
    ("report", "z"): report_command,
    ("manager", "set-pin"): manager_set_pin,
    **{("users", name): cli_users.users_command for name in cli_users.COMMAND_NAMES},
}


def main(argv: list[str] | None = None) -> int:
    if sys.stdin is None:  # started with stdin closed (`<&-`): a read then sees end of file
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115 - for the process's life
    args = _parser().parse_args(argv)
    reset_language()  # Swedish until the settings are read (their own errors included)
    try:
        code = _run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except TillError as error:
        print(f"till-admin: {error_text(error)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`till-admin journal export | head -1`): stop quietly, as
        # cat does. Python's docs' recipe: stdout to devnull so the exit's flush cannot fail.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"till-admin: {text(INTERRUPTED)}", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: still one line; TILL_DEBUG=1 shows where
        if os.environ.get("TILL_DEBUG"):
            raise
        unexpected = text(UNEXPECTED, error=f"{type(error).__name__}: {error}")
        print(f"till-admin: {unexpected}", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    if (args.group, args.command) == ("settings", "example"):
        print(EXAMPLE, end="")
        return 0
    settings = load_settings(config_path(args.config))  # a SettingsError is told in Swedish
    use_language(settings.language)
    if (args.group, args.command) == ("journal", "verify"):  # opens the database itself
        return cli_journal.journal_verify(settings, args)
    if (args.group, args.command) == ("journal", "reset-anchor"):
        return cli_journal.journal_reset_anchor(settings, args, console_manager=ConsoleManager)
    store = TillStore.open(settings.database)
    try:
        if args.group == "terminal" and args.command in cli_point.COMMAND_NAMES:
            return cli_point.point_command(store, settings, args, console_manager=ConsoleManager)
        if args.group == "terminal":
            return terminal_command(store, settings, args)
        if args.group == "control-unit":
            return cli_control_unit.certificate_command(
                store, settings, args, console_manager=ConsoleManager
            )
        return COMMANDS[args.group, args.command](store, settings, args)
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
