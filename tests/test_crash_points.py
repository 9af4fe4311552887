"""A real till process killed by SIGKILL at each step of a cash sale, then started anew on the
same database (issue 7): after the control code came back but before it was saved, after it
was saved but before the receipt was committed, and after the commit but before the print.

After each restart: no receipt without its control code, no gap in the series, the control unit
never asked about a different receipt under a number it answered, the unprinted receipt offered
(once), and the journal intact.
"""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest
from crash_support import spawn_till

from till.adapters.control_unit import ControlUnitClient
from till.app import demo_settings
from till.checkout.register import Checkout
from till.core.sale import SaleError
from till.simulators.ccu import CcuSimulator
from till.startup import prepare_store

# The child rings up a cash sale and SIGKILLs itself at the named point: the method it would
# call next is replaced by a kill, so the process dies exactly between two saved steps.
CHILD = textwrap.dedent(
    """
    import asyncio, os, signal, sys
    from pathlib import Path
    from till.adapters.control_unit import ControlUnitClient
    from till.app import demo_settings
    from till.checkout.register import Checkout
    from till.startup import prepare_store

    def die(*args, **kwargs):
        print("dying", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

    class Printer:
        async def print_receipt(self, receipt):
            die()

    async def main():
        point = sys.argv[3]
        settings = demo_settings(Path(sys.argv[1]), int(sys.argv[2]))
        store = prepare_store(settings, demo=True)  # the real start, journal check and all
        if point == "code_back":  # the code is here, not yet saved
            store.answer_registration = die
        elif point == "code_saved":  # saved, the receipt not yet committed
            store.store_receipt = die
        checkout = Checkout(
            store=store,
            control_unit=ControlUnitClient("127.0.0.1", int(sys.argv[2]), application_id="t"),
            shop=settings.shop,
            printer=Printer(),  # "stored": committed, dies on the print
        )
        await checkout.resume()
        await checkout.enter("7310865004703")
        await checkout.enter("3*30")
        await checkout.pay_cash(10000)
        print("survived", flush=True)

    asyncio.run(main())
    """
)


class PrinterSpy:
    def __init__(self) -> None:
        self.printed: list = []

    async def print_receipt(self, receipt) -> None:
        self.printed.append(receipt)


async def _run_child(workdir: Path, ccu_port: int, point: str) -> str:
    child = await spawn_till(CHILD, workdir, ccu_port, point, stderr=True)
    out, err = await asyncio.wait_for(child.communicate(), 60)
    assert child.returncode == -9, (child.returncode, out, err)  # SIGKILL, not an error
    return out.decode()


@pytest.mark.parametrize("point", ["code_back", "code_saved", "stored"])
def test_a_till_killed_at_each_step_of_a_cash_sale(tmp_path, point):
    async def main() -> None:
        ccu = CcuSimulator()
        port = await ccu.start()
        try:
            assert "dying" in await _run_child(tmp_path, port, point)
            asked_before = list(ccu.requests)
            assert len(asked_before) == 1

            # The real start: the journal check against the keyring's anchor passes, though
            # the till died before it could move the anchor on.
            settings = demo_settings(tmp_path, port)
            store = prepare_store(settings, demo=True)
            printer = PrinterSpy()
            checkout = Checkout(
                store=store,
                control_unit=ControlUnitClient("127.0.0.1", port, application_id="t"),
                shop=settings.shop,
                printer=printer,
            )
            try:
                await checkout.resume()
                if point == "code_back":
                    # Asked, answer never saved: frozen, and F8 asks with the same data.
                    assert checkout.snapshot().registering == 1
                    with pytest.raises(SaleError):
                        await checkout.enter("30")
                    receipt = await checkout.finish_sale()
                    assert ccu.requests == asked_before * 2
                    assert printer.printed == [receipt]
                else:
                    # The code was saved (or the receipt stored): nothing is asked again.
                    assert checkout.snapshot().registering is None
                    assert checkout.sale.is_empty
                    assert ccu.requests == asked_before
                    (receipt,) = await checkout.unprinted_originals()
                    assert printer.printed == []
                    await checkout.print_original(receipt)
                    assert printer.printed == [receipt]
                    with pytest.raises(SaleError, match="printed already"):
                        await checkout.print_original(receipt)
                assert await checkout.unprinted_originals() == []

                receipts = list(store.receipts())
                assert [r.sequence_number for r in receipts] == [1]  # one, no gap
                assert receipts[0] == receipt
                assert receipt.control is not None and len(receipt.control.code) == 59
                assert receipt.total == 7850 and receipt.payments[0].tendered == 10000
                kinds = [row.kind for row in store.journal_rows()]
                assert kinds.count("receipt") == 1 and kinds.count("drawer_opened") == 1
                assert store.verify_journal().ok
                # The next sale takes the next number.
                await checkout.enter("30")
                assert (await checkout.pay_cash(2000)).sequence_number == 2
            finally:
                await checkout.close()
                store.close()
        finally:
            await ccu.stop()

    asyncio.run(main())
