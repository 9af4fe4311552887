"""The direct TLS transport (issue 9 item 2) against a loopback HTTPS server made here.

The test CA, server and client certificates are made in the test (ccu_tls_support.py, with
`cryptography`); the server reads the posConneXionRequest and answers with its own xml.etree
and base64 code, not the till's codec, so that a fault in either shows. Each refusal must be
clear and come before anything is sent (nothing reaches the control unit).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import logging
import ssl
import time
from pathlib import Path

import pytest
from ccu_tls_support import (
    OTHER_ORG_NR,
    PASSPHRASE,
    LoopbackCcu,
    Pki,
    PrinterSpy,
    _code,
    _control_data,
    client_context,
    direct,
    make_pki,
    ring_up_and_pay,
)
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from shop_examples import PRODUCTS, SHOP

from till import secrets
from till.adapters import client_certificate as cc
from till.adapters.control_unit_direct import ControlUnitTlsRefused
from till.app import direct_tls_context, open_session
from till.checkout.register import Checkout
from till.protocols.ccu.errors import ControlUnitError, ControlUnitUnreachable
from till.settings import load_settings
from till.store import TillStore


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


# -- the tests ----------------------------------------------------------------------------------


def test_a_sale_gets_its_code_end_to_end_over_tls(pki, tmp_path):
    async def go() -> None:
        ccu = LoopbackCcu(pki)
        port = await ccu.start()
        store = TillStore.open(tmp_path / "till.db")
        store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
        checkout = Checkout(
            store=store,
            control_unit=direct(port, client_context(pki)),
            shop=SHOP,
            printer=PrinterSpy(),
            clock=lambda: dt.datetime(2026, 11, 21, 14, 5).astimezone(),
        )
        try:
            receipt = await ring_up_and_pay(checkout)
        finally:
            await checkout.close()
            store.close()
            await ccu.stop()
        assert len(ccu.requests) == 1
        envelope = ccu.requests[0]
        assert envelope.tag == "posConneXionRequest"
        assert envelope.findtext("OrgNr") == SHOP.org_nr
        assert envelope.findtext(".//ServiceID") == "CCU"
        ctu = base64.b64decode(envelope.findtext(".//ServiceData") or "")
        assert receipt.control.code == _code(ctu)
        assert receipt.control.ctuid == "TESTCTU0000000001"
        # The server saw the shop's certificate, with its org number.
        subject = dict(pair for rdn in ccu.peers[0]["subject"] for pair in rdn)
        assert subject["serialNumber"] == SHOP.org_nr

    asyncio.run(go())


async def _refused(
    pki: Pki, context: ssl.SSLContext, *, server: str = "good", host: str = "127.0.0.1"
):
    ccu = LoopbackCcu(pki, server)
    port = await ccu.start()
    try:
        with pytest.raises(ControlUnitError) as caught:
            await direct(port, context, host).probe()
        with pytest.raises(ControlUnitTlsRefused):
            await direct(port, context, host).request_code(_control_data(), "r1")
    finally:
        await ccu.stop()
    assert not ccu.requests  # nothing reached the control unit
    return caught.value


@pytest.mark.parametrize(
    ("case", "words"),
    [
        ("wrong CA", "not trusted"),
        ("expired server", "has expired"),
        ("wrong host", "another host name"),
        ("no client certificate", "may not accept the till's certificate"),
    ],
)
def test_each_bad_tls_peer_is_refused_before_sending(pki, case, words):
    async def go() -> ControlUnitError:
        if case == "wrong CA":
            return await _refused(pki, client_context(pki, ca=pki.other_ca))
        if case == "expired server":
            return await _refused(pki, client_context(pki), server="expired")
        if case == "wrong host":
            return await _refused(pki, client_context(pki), server="other-host")
        # TLS 1.2: the server refuses our (missing) certificate inside the handshake.
        ccu = LoopbackCcu(pki, tls12=True)
        port = await ccu.start()
        try:
            with pytest.raises(ControlUnitError) as caught:
                await direct(port, client_context(pki, p12=None)).request_code(
                    _control_data(), "r1"
                )
        finally:
            await ccu.stop()
        assert not ccu.requests
        return caught.value

    error = asyncio.run(go())
    assert isinstance(error, ControlUnitTlsRefused), (error, error.detail)
    assert words in error.message
    assert error.is_offline and not error.answer_lost


def test_no_client_certificate_under_tls13_is_refused_as_a_lost_answer(pki):
    """TLS 1.3: the server checks our certificate after our side of the handshake, so the
    request is already written when it cuts the connection. The till cannot tell that from a
    lost answer, so it counts as one (retry with the same data, never offline): safe, as the
    control unit never saw the request (checked here) and a retry cannot double it."""

    async def go() -> ControlUnitError:
        ccu = LoopbackCcu(pki)
        port = await ccu.start()
        try:
            with pytest.raises(ControlUnitError) as caught:
                await direct(port, client_context(pki, p12=None)).request_code(
                    _control_data(), "r1"
                )
        finally:
            await ccu.stop()
        assert not ccu.requests
        return caught.value

    error = asyncio.run(go())
    assert error.answer_lost and not error.is_offline


def test_a_hanging_handshake_times_out_as_unreachable(pki):
    async def go() -> tuple[ControlUnitError, float]:
        held: list[asyncio.StreamWriter] = []

        async def silent(_reader, writer) -> None:  # accepts TCP, never says hello
            held.append(writer)

        server = await asyncio.start_server(silent, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        start = time.monotonic()
        try:
            with pytest.raises(ControlUnitError) as caught:
                await direct(port, client_context(pki)).request_code(_control_data(), "r1")
        finally:
            for writer in held:
                writer.close()
            server.close()
        return caught.value, time.monotonic() - start

    error, seconds = asyncio.run(go())
    assert isinstance(error, ControlUnitUnreachable)
    assert "TLS handshake did not finish" in error.detail
    assert error.is_offline and not error.answer_lost
    assert seconds < 3.0  # connect_timeout is 1 s, not asyncio's default 60 s


def test_a_wrong_passphrase_is_a_clear_error_and_nothing_is_kept(pki):
    with pytest.raises(cc.ClientCertificateError) as caught:
        cc.import_pkcs12(pki.p12["shop"], "not the passphrase")
    assert caught.value.code == "ccu_certificate_passphrase"
    assert "passphrase is wrong" in caught.value.message
    assert secrets.get_secret(cc.PASSPHRASE_SECRET) is None
    info = cc.import_pkcs12(pki.p12["shop"], PASSPHRASE)
    assert info.org_nr == SHOP.org_nr
    assert secrets.get_secret(cc.PASSPHRASE_SECRET) == PASSPHRASE


def _settings_file(tmp_path: Path, pki: Pki, p12: str, port: int = 1) -> Path:
    path = tmp_path / "till.toml"
    path.write_text(
        f"""
[shop]
name = "{SHOP.name}"
org_nr = "{SHOP.org_nr}"
address = "{SHOP.address}"
language = "en"  # till-admin speaks the shop's language; the source texts are English
[register]
id = "{SHOP.register_id}"
[control_unit]
transport = "direct"
url = "https://127.0.0.1:{port}/posconnexion"
certificate = "{pki.p12[p12]}"
ca_bundle = "{pki.ca}"
connect_timeout = 2.0
[database]
path = "{tmp_path / "till.db"}"
""",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("p12", "code"),
    [
        ("other-org", "ccu_certificate_org_nr"),
        ("expired", "ccu_certificate_expired"),
        ("not-yet", "ccu_certificate_not_yet_valid"),
    ],
)
def test_an_unusable_certificate_stops_the_start_with_its_dates(pki, tmp_path, p12, code):
    cc.import_pkcs12(pki.p12[p12], PASSPHRASE)
    settings = load_settings(_settings_file(tmp_path, pki, p12))
    with pytest.raises(cc.ClientCertificateError) as caught:
        asyncio.run(open_session(settings, demo=False))
    assert caught.value.code == code
    info = cc.read_pkcs12(pki.p12[p12], PASSPHRASE).info
    assert info.not_before.strftime("%Y-%m-%d") in caught.value.message
    assert info.not_after.strftime("%Y-%m-%d") in caught.value.message
    if p12 == "other-org":
        assert OTHER_ORG_NR in caught.value.message and SHOP.org_nr in caught.value.message
    assert not (tmp_path / "till.db").exists()  # stopped before the store was opened


def test_a_run_leaves_no_secret_in_database_settings_or_log(pki, tmp_path):
    log_file = tmp_path / "till.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    root.addHandler(handler)
    old_level = root.level
    root.setLevel(logging.DEBUG)

    async def go() -> None:
        ccu = LoopbackCcu(pki)
        port = await ccu.start()
        try:
            cc.import_pkcs12(pki.p12["shop"], PASSPHRASE)
            settings = load_settings(_settings_file(tmp_path, pki, "shop", port))
            assert direct_tls_context(settings)[0] is not None
            session = await open_session(settings, demo=False)
            try:
                assert session.certificate.org_nr == SHOP.org_nr
                session.store.upsert_products(PRODUCTS, register_id=SHOP.register_id)
                receipt = await ring_up_and_pay(session.checkout)
                assert len(receipt.control.code) == 59
            finally:
                await session.close()
        finally:
            await ccu.stop()
        assert len(ccu.requests) == 1

    try:
        asyncio.run(go())
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    files = [tmp_path / "till.toml", log_file, *tmp_path.glob("till.db*")]
    assert any(f.name == "till.db" for f in files)
    assert "control unit certificate" in log_file.read_text("utf-8")  # the log was written
    needles = [
        PASSPHRASE.encode("utf-8"),
        PASSPHRASE.encode("utf-16-le"),
        base64.b64encode(PASSPHRASE.encode()),
        pki.client_key_der[-40:],
    ]
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"a secret in {path.name}"


def test_till_admin_imports_shows_and_refuses_certificates(pki, tmp_path, monkeypatch, capsys):
    import io

    from till.cli import main

    config = _settings_file(tmp_path, pki, "shop")

    def admin(stdin: str, *args: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return main(["--config", str(config), "control-unit", "certificate", *args])

    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n2468\n"))
    assert main(["--config", str(config), "manager", "set-pin"]) == 0
    assert admin("2468\nnot it\n", "--import", str(pki.p12["shop"])) == 2
    assert "passphrase is wrong" in capsys.readouterr().err
    assert secrets.get_secret(cc.PASSPHRASE_SECRET) is None
    assert admin("1357\n" + PASSPHRASE + "\n", "--import", str(pki.p12["shop"])) == 2  # bad PIN
    assert secrets.get_secret(cc.PASSPHRASE_SECRET) is None
    assert admin("2468\n" + PASSPHRASE + "\n", "--import", str(pki.p12["other-org"])) == 2
    assert OTHER_ORG_NR in capsys.readouterr().err
    assert secrets.get_secret(cc.PASSPHRASE_SECRET) is None

    assert admin("2468\n" + PASSPHRASE + "\n", "--import", str(pki.p12["shop"])) == 0
    assert secrets.get_secret(cc.PASSPHRASE_SECRET) == PASSPHRASE
    assert admin("") == 0
    shown = capsys.readouterr().out
    info = cc.read_pkcs12(pki.p12["shop"], PASSPHRASE).info
    assert f"Org number:  {SHOP.org_nr}" in shown
    assert f"{info.not_after:%Y-%m-%d %H:%M}" in shown and "usable" in shown
    store = TillStore.open(tmp_path / "till.db")
    try:
        rows = [r for r in store.journal_rows() if r.kind == "ccu_certificate_imported"]
    finally:
        store.close()
    assert len(rows) == 1 and rows[0].data["serial"] == info.serial
    assert PASSPHRASE.encode() not in (tmp_path / "till.db").read_bytes()


def test_direct_settings_need_a_url_and_a_certificate_and_old_files_stay_ipc(tmp_path, config):
    from till.settings import SettingsError

    assert load_settings(config).control_unit.transport == "ipc"
    text = config.read_text("utf-8")
    for extra, words in (
        ('transport = "direct"\n', "control_unit.url"),
        ('transport = "direct"\nurl = "http://ccu.example/x"\n', "https URL"),
        ('transport = "direct"\nurl = "https://ccu.example/x"\n', "control_unit.certificate"),
        ('transport = "gateway"\n', "control_unit.transport"),
    ):
        config.write_text(text.replace("[control_unit]", "[control_unit]\n" + extra), "utf-8")
        with pytest.raises(SettingsError) as caught:
            load_settings(config)
        assert words in caught.value.message
    config.write_text(
        text.replace(
            "[control_unit]",
            '[control_unit]\ntransport = "direct"\nurl = "https://ccu.example:8443/pcx/v1"\n'
            'certificate = "/etc/till/shop.p12"\n',
        ),
        "utf-8",
    )
    cu = load_settings(config).control_unit
    assert (cu.host, cu.port, cu.path, cu.certificate) == (
        "ccu.example",
        8443,
        "/pcx/v1",
        Path("/etc/till/shop.p12"),
    )


def test_expiry_is_warned_30_days_ahead_and_refused_after(pki):
    info = cc.read_pkcs12(pki.p12["shop"], PASSPHRASE).info
    assert cc.check_certificate(info, org_nr=SHOP.org_nr, now=info.not_before) == []
    soon = cc.check_certificate(
        info, org_nr=SHOP.org_nr, now=info.not_after - dt.timedelta(days=29)
    )
    assert len(soon) == 1 and "expires in 29 days" in str(soon[0])
    assert soon[0].code == "ccu_certificate_expires_soon"
    with pytest.raises(cc.ClientCertificateError) as caught:
        cc.check_certificate(info, org_nr=SHOP.org_nr, now=info.not_after + dt.timedelta(seconds=1))
    assert caught.value.code == "ccu_certificate_expired"


def test_a_key_kept_apart_in_the_keyring_and_the_temporary_file_fallback(
    pki, tmp_path, monkeypatch
):
    shop = cc.read_pkcs12(pki.p12["shop"], PASSPHRASE)
    blob = pkcs12.serialize_key_and_certificates(
        b"no key", None, shop.certificate, None, serialization.BestAvailableEncryption(b"pw")
    )
    bare = tmp_path / "bare.p12"
    bare.write_bytes(blob)
    with pytest.raises(cc.ClientCertificateError, match="holds no private key"):
        cc.read_pkcs12(bare, "pw")
    pem = shop.key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    secrets.set_secret(cc.KEY_SECRET, pem.decode("ascii"))
    credentials = cc.read_pkcs12(bare, "pw")
    # Without memfd (Windows, macOS): a 0600 file in a private folder, gone after loading.
    monkeypatch.delattr("os.memfd_create")
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    context = cc.client_ssl_context(credentials, ca_bundle=pki.ca)
    assert list((tmp_path / "tmp").iterdir()) == []

    async def go() -> None:
        ccu = LoopbackCcu(pki)
        port = await ccu.start()
        try:
            await direct(port, context).request_code(_control_data(), "k1")
        finally:
            await ccu.stop()
        assert len(ccu.requests) == 1

    asyncio.run(go())


def test_the_demo_sells_on_the_direct_transport():
    import os
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "till", "--demo", "--selftest", "--transport", "direct"],
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "selftest ok: receipt 1" in done.stdout
    assert "control unit certificate: " in done.stderr  # the direct client was the one used
    assert "serialNumber=5561234567" in done.stderr or "2.5.4.5=5561234567" in done.stderr
