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
from till.core.errors import TillError
from till.settings import Settings
from till.store import TillStore

COMMAND_NAMES = ("certificate",)


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


def _show(info: cc.CertificateInfo) -> None:
    print(f"Subject:     {info.subject}")
    print(f"Issuer:      {info.issuer}")
    print(f"Serial:      {info.serial}")
    print(f"Org number:  {info.org_nr or '(none found)'}")
    print(f"Valid from:  {info.not_before:%Y-%m-%d %H:%M} UTC")
    print(f"Valid to:    {info.not_after:%Y-%m-%d %H:%M} UTC")


def _read_passphrase() -> str:
    from till.cli import _getpass, _interactive

    if _interactive():
        text = _getpass("Passphrase of the certificate file: ")
    else:
        line = sys.stdin.readline() if sys.stdin is not None else ""
        if not line:
            raise TillError("No passphrase was typed: standard input is closed or empty.")
        text = line.rstrip("\r\n")
    if not text:
        raise TillError("The passphrase is empty.", code="no_input")
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
        print(f"Warning: {warning}", file=sys.stderr)
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
    print("The passphrase is kept in the keyring (service 'till').")
    configured = settings.control_unit.certificate
    if configured is None or configured.resolve() != args.import_file.resolve():
        print(
            f'Set control_unit.certificate = "{args.import_file.resolve()}" in '
            f'{settings.source} (and transport = "direct") for the till to use it.'
        )
    return 0


def _show_configured(settings: Settings) -> int:
    path = settings.control_unit.certificate
    if path is None:
        raise TillError(
            "No certificate is set (control_unit.certificate): the till uses the iSecureIPC "
            "gateway."
            if settings.control_unit.transport == "ipc"
            else "No certificate is set.",
            code="no_certificate",
        )
    info = cc.load_credentials(path).info
    _show(info)
    try:
        warnings = cc.check_certificate(info, org_nr=settings.shop.org_nr)
    except cc.ClientCertificateError as problem:
        print(f"Not usable: {problem.message}", file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"Warning: {warning}", file=sys.stderr)
    print(f"Status:      usable for org number {settings.shop.org_nr}")
    return 0
