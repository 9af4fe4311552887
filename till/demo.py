"""The demo shop of `till --demo`: its settings, on the simulators' loopback ports, and the
throwaway certificates of the direct transport. Tests start tills the same way."""

from __future__ import annotations

from pathlib import Path

from till.settings import ControlUnitSettings, PointSettings, PrinterSettings, Settings

DEMO_POINT_ENTRY_CODE = "4711"  # the pairing code the simulated Point terminal "shows"


def demo_settings(
    workdir: Path,
    ccu_port: int,
    terminal_port: int | None = None,
    point_ports: tuple[int, int] | None = None,
) -> Settings:
    from till.about import application_id
    from till.core.receipt import ShopIdentity
    from till.settings import TerminalSettings

    terminal = None
    if terminal_port is not None:
        terminal = TerminalSettings(
            host="127.0.0.1",
            port=terminal_port,
            pos_id="EP01AB0101330001",
            currency="752",
            language="sv",
            ping_interval=10.0,
            connect_timeout=2.0,
            response_timeout=60.0,
        )
    point = None
    if point_ports is not None:
        point = PointSettings(
            host="127.0.0.1",
            port=point_ports[0],
            secondary_port=point_ports[1],
            listener_port=0,  # any free port: two demos (or tests) on one PC must not collide
            listener_host="127.0.0.1",
            advertise_ip="127.0.0.1",
            pos_recon="EP01AB0101330001",
            payment_type="Klarna",
            connect_timeout=2.0,
            response_timeout=120.0,
            id_check_timeout=90.0,
        )

    return Settings(
        source=Path("<demo>"),
        shop=ShopIdentity(
            "Demobutiken AB", "5561234567", "Storgatan 1, 111 22 Stockholm", "EP01AB0101330001"
        ),
        control_unit=ControlUnitSettings(
            host="127.0.0.1",
            port=ccu_port,
            connect_timeout=2.0,
            answer_timeout=5.0,
            sale_amount_element="SaleAmount",
            application_id=f"{application_id()} demo"[:64],
        ),
        database=workdir / "till-demo.db",
        printer=PrinterSettings(name="", pdf_dir=workdir / "receipts"),
        terminal=terminal,
        change_fund=100000,
        point=point,
    )


def demo_pki(workdir: Path):
    """A throwaway test PKI for the demo shop; its passphrase into the demo's keyring."""
    from till.adapters.client_certificate import PASSPHRASE_SECRET
    from till.secrets import set_secret
    from till.simulators.test_pki import TEST_PASSPHRASE, generate

    pki = generate(workdir / "pki", org_nr="5561234567")  # demo_settings' org number
    set_secret(PASSPHRASE_SECRET, TEST_PASSPHRASE)
    return pki


def direct_demo_settings(settings: Settings, pki) -> Settings:
    """The demo on the direct transport: HTTPS to the simulator with the test certificates."""
    from dataclasses import replace

    cu = replace(
        settings.control_unit,
        transport="direct",
        path="/",
        certificate=pki.p12("client"),
        ca_bundle=pki.ca,
    )
    return replace(settings, control_unit=cu)
