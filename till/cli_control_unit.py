"""till-admin control-unit certificate [--import FILE]: the shop's client certificate.

Without --import: the certificate named by control_unit.certificate, opened with the
passphrase in the keyring: subject, issuer, serial, org number and dates, and whether the till
will accept it at start (exit 1 if not). With --import FILE: a manager's approval first (the
till's own gate: journaled, wrong PINs count toward the lockout), then the passphrase (not
echoed on a terminal; one line from a pipe), checked by opening the file and against the
shop's org number and dates; only then is it kept, in the keyring and nowhere else. The import
is journaled (subject, serial, dates: never the passphrase).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from till.adapters import client_certificate as cc
from till.cli_texts import ADMIN, tell, text, words
from till.core.errors import QT_TRANSLATE_NOOP, Message, TillError
from till.settings import Settings
from till.store import TillStore

NO_CERTIFICATE_IPC = Message(
    "no_certificate_ipc",
    QT_TRANSLATE_NOOP(
        "Errors",
        "No certificate is set (control_unit.certificate): the till uses the iSecureIPC gateway.",
    ),
)
NO_CERTIFICATE = Message("no_certificate", QT_TRANSLATE_NOOP("Errors", "No certificate is set."))
ADMIN_NO_PASSPHRASE_TYPED = Message(
    "admin_no_passphrase_typed",
    QT_TRANSLATE_NOOP("Errors", "No passphrase was typed: standard input is closed or empty."),
)
ADMIN_PASSPHRASE_EMPTY = Message(
    "admin_passphrase_empty", QT_TRANSLATE_NOOP("Errors", "The passphrase is empty.")
)


COMMAND_NAMES = ("certificate",)


# What till-admin says on the console (cli_texts.py prints them in the shop's language).
SUBJECT = Message(
    "admin_cert_subject",
    QT_TRANSLATE_NOOP("TillAdmin", "Subject"),
    ADMIN,
)
ISSUER = Message(
    "admin_cert_issuer",
    QT_TRANSLATE_NOOP("TillAdmin", "Issuer"),
    ADMIN,
)
SERIAL = Message(
    "admin_cert_serial",
    QT_TRANSLATE_NOOP("TillAdmin", "Serial"),
    ADMIN,
)
ORG_NUMBER = Message(
    "admin_cert_org_nr",
    QT_TRANSLATE_NOOP("TillAdmin", "Org number"),
    ADMIN,
)
NO_ORG_NUMBER = Message(
    "admin_cert_no_org_nr",
    QT_TRANSLATE_NOOP("TillAdmin", "(none found)"),
    ADMIN,
)
VALID_FROM = Message(
    "admin_cert_valid_from",
    QT_TRANSLATE_NOOP("TillAdmin", "Valid from"),
    ADMIN,
)
VALID_TO = Message(
    "admin_cert_valid_to",
    QT_TRANSLATE_NOOP("TillAdmin", "Valid to"),
    ADMIN,
)
WARNING = Message(
    "admin_warning",
    QT_TRANSLATE_NOOP("TillAdmin", "Warning: {warning}"),
    ADMIN,
)
PASSPHRASE_KEPT = Message(
    "admin_passphrase_kept",
    QT_TRANSLATE_NOOP("TillAdmin", "The passphrase is kept in the keyring (service 'till')."),
    ADMIN,
)
SET_CERTIFICATE = Message(
    "admin_set_certificate",
    QT_TRANSLATE_NOOP(
        "TillAdmin",
        'Set control_unit.certificate = "{path}" in {source} (and transport = "direct") for '
        "the till to use it.",
    ),
    ADMIN,
)
NOT_USABLE = Message(
    "admin_cert_not_usable",
    QT_TRANSLATE_NOOP("TillAdmin", "Not usable: {why}"),
    ADMIN,
)
STATUS = Message("admin_cert_status", QT_TRANSLATE_NOOP("TillAdmin", "Status"), ADMIN)
USABLE = Message(
    "admin_cert_usable",
    QT_TRANSLATE_NOOP("TillAdmin", "usable for org number {org_nr}"),
    ADMIN,
)


def add_parser(groups: Any) -> None:
    control_unit = groups.add_parser("control-unit", help="the control unit's client certificate")
    sub = control_unit.add_subparsers(dest="command", required=True)
    certificate = sub.add_parser(
        "certificate",
        help="show the shop's certificate (subject, org number, dates); --import keeps the "
        "passphrase of a PKCS#12 file in the keyring (manager PIN)",
    )
    certificate.add_argument(
        "--import", dest="import_file", metavar="FILE", type=Path, help="a .p12/.pfx file"
    )


def _row(label: Message, value: object) -> None:
    """One `Label:  value` row, the values in one column whatever the language's labels."""
    print(f"{text(label) + ':':<12} {value}")


def _show(info: cc.CertificateInfo) -> None:
    _row(SUBJECT, info.subject)
    _row(ISSUER, info.issuer)
    _row(SERIAL, info.serial)
    _row(ORG_NUMBER, info.org_nr or text(NO_ORG_NUMBER))
    _row(VALID_FROM, f"{info.not_before:%Y-%m-%d %H:%M} UTC")
    _row(VALID_TO, f"{info.not_after:%Y-%m-%d %H:%M} UTC")


def _read_passphrase() -> str:
    from till.cli import _getpass, _interactive

    if _interactive():
        text = _getpass("Passphrase of the certificate file: ")
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise TillError(ADMIN_NO_PASSPHRASE_TYPED)
        text = line.rstrip("\r\n")
    if not text:
        raise TillError(ADMIN_PASSPHRASE_EMPTY)
    return text


def certificate_command(
    store: TillStore,
    settings: Settings,
    args: argparse.Namespace,
    *,
    console_manager: Callable[[], object],
) -> int:
    if args.import_file is None:
        return _show_configured(settings)
    from till.checkout.manager import ManagerGate

    register_id = settings.shop.register_id

    async def in_store(function: Callable[..., Any], *a: Any, **kw: Any) -> Any:
        return function(*a, **kw)

    async def approve() -> None:
        gate = ManagerGate(store=store, register_id=register_id, in_store=in_store)
        gate.prompt = console_manager()  # type: ignore[assignment]
        await gate.approve("importing the control unit certificate")

    asyncio.run(approve())
    passphrase = _read_passphrase()
    credentials = cc.read_pkcs12(args.import_file, passphrase)
    info = credentials.info
    for warning in cc.check_certificate(info, org_nr=settings.shop.org_nr):
        tell(WARNING, warning=words(warning), file=sys.stderr)
    cc.import_pkcs12(args.import_file, passphrase)
    store.journal(
        "ccu_certificate_imported",
        {
            "file": str(args.import_file),
            "subject": info.subject,
            "serial": info.serial,
            "not_before": info.not_before.isoformat(),
            "not_after": info.not_after.isoformat(),
        },
        register_id=register_id,
    )
    _show(info)
    tell(PASSPHRASE_KEPT)
    configured = settings.control_unit.certificate
    if configured is None or configured.resolve() != args.import_file.resolve():
        tell(SET_CERTIFICATE, path=args.import_file.resolve(), source=settings.source)
    return 0


def _show_configured(settings: Settings) -> int:
    path = settings.control_unit.certificate
    if path is None:
        ipc = settings.control_unit.transport == "ipc"
        raise TillError(NO_CERTIFICATE_IPC if ipc else NO_CERTIFICATE)
    info = cc.load_credentials(path).info
    _show(info)
    try:
        warnings = cc.check_certificate(info, org_nr=settings.shop.org_nr)
    except cc.ClientCertificateError as problem:
        tell(NOT_USABLE, why=problem, file=sys.stderr)
        return 1
    for warning in warnings:
        tell(WARNING, warning=words(warning), file=sys.stderr)
    _row(STATUS, text(USABLE, org_nr=settings.shop.org_nr))
    return 0
