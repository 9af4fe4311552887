"""Cold start: process start to the first painted sale screen, against a bare PySide6 window.

Each sample is one new Python process. The clock is CLOCK_MONOTONIC, which Linux keeps one for
the whole system: the parent reads it just before it starts the child, the child reads it at
the last paint event of its main window's first paint pass (HOOK says how). The same hook does
this in the floor and in the till, so both pay the same PySide6 import and QApplication (made by
the hook before the till's main, which takes the one there is); the child's exit is not counted.

- floor: a bare QMainWindow, shown maximized, on a qasync event loop.
- figure: the till as a shop starts it (`till --config FILE`, not `--demo`): the CCU and card
  terminal (Wallee, LTI) simulators run in another process started beforehand, as a shop's
  gateway and terminal would; the register's database and journal anchor were made by one
  start before the samples. The demo is left out: its in-process simulators, throwaway PKI,
  catalog import and terminal pairing are not part of a shop's start.

Byte-code: the till package is copied (with resources/) into the work folder twice, and the
children import it from there (PYTHONPATH, checked: each child prints till.__file__). "with
byte-code": the copy was compiled beforehand (compileall), as a wheel install leaves it.
"without byte-code": no __pycache__ in the copy and PYTHONDONTWRITEBYTECODE=1, so every till
module is compiled from source at every start. PySide6, qasync and the standard library keep
their installed byte-code either way, and the floor runs under the same environment.
"""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from till.benchmark.table import Figure, interleaved

ROOT = Path(__file__).resolve().parent.parent.parent  # the source tree: till/ and resources/
TIMEOUT = 60.0  # seconds a child may take to paint and exit
MARK = "PAINTED"

# The first paint of the process's QMainWindow: the clock at the last paint event a widget of
# that window gets in its first paint pass (the pass a zero timer queued at the first one ends;
# work the program itself put off until after its first paint runs before that timer and is not
# counted). Then the windows close (the till ends its session as when closed; not timed).
HOOK = f"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
_app = QApplication(sys.argv[:1])
class _FirstPaint(QObject):
    last = None
    done = False
    def eventFilter(self, obj, event):
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and isinstance(obj.window(), QMainWindow)):
            if self.last is None:
                QTimer.singleShot(0, self.painted)
            self.last = time.clock_gettime(time.CLOCK_MONOTONIC)
        return False
    def painted(self):
        self.done = True
        print("{MARK}", self.last, sys.modules["till"].__file__ if "till" in sys.modules else "-",
              flush=True)
        QTimer.singleShot(0, _app.closeAllWindows)
_first_paint = _FirstPaint()
_app.installEventFilter(_first_paint)
"""

BARE = (
    HOOK
    + """
import asyncio, qasync
_loop = qasync.QEventLoop(_app)
asyncio.set_event_loop(_loop)
_app.lastWindowClosed.connect(_loop.stop)
_window = QMainWindow()
_window.setWindowTitle("bare")
_window.showMaximized()
with _loop:
    _loop.run_forever()
"""
)

TILL = (
    HOOK
    + """
from till.app import main
sys.exit(main(["--config", sys.argv[1]]))
"""
)

SIMULATORS = """
import asyncio, sys
from till.simulators.ccu import CcuSimulator
from till.simulators.lti import LtiSimulator

async def serve():
    ccu, lti = CcuSimulator(), LtiSimulator()
    print(await ccu.start(), await lti.start(), flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # until closed

asyncio.run(serve())
"""


def copy_package(target: Path, *, compiled: bool) -> Path:
    """The till package and its resources under `target`, compiled or not; `target`."""
    shutil.copytree(ROOT / "till", target / "till", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources", target / "resources")  # assets.py's fallback path
    if compiled and not compileall.compile_dir(target / "till", quiet=1, workers=1):
        raise RuntimeError(f"compileall failed in {target}")
    return target


def shop_settings(workdir: Path, ccu_port: int, terminal_port: int) -> Path:
    from till.settings import EXAMPLE

    text = EXAMPLE.replace("port = 2020", f"port = {ccu_port}")
    text = text.replace(
        'host = "192.168.1.50"\nport = 50000', f'host = "127.0.0.1"\nport = {terminal_port}'
    )
    text = text.replace('# path = "/var/lib/till/till.db"', f'path = "{workdir / "till.db"}"')
    text = text.replace('# pdf_dir = "/home/shop/receipts"', f'pdf_dir = "{workdir / "pdf"}"')
    path = workdir / "till.toml"
    path.write_text(text, encoding="utf-8")
    return path


def child_env(workdir: Path, package: Path | None, platform: str) -> dict[str, str]:
    from till import secrets

    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONPYCACHE", "QT_"))}
    env.update(
        QT_QPA_PLATFORM=platform,
        PYTHONDONTWRITEBYTECODE="1",  # nothing written: each start finds what the row says
        # The shop's keyring (journal key and anchor) shared by the starts through a file.
        PYTHON_KEYRING_BACKEND=secrets.MEMORY_BACKEND,
        TILL_TEST_KEYRING=str(workdir / "keyring.json"),
    )
    if package is not None:
        env["PYTHONPATH"] = str(package)
    return env


def start_ms(code: str, env: dict[str, str], cwd: Path, *args: str, package: Path | None) -> float:
    """One cold start in a new process: milliseconds from process start to the first paint."""
    started = time.clock_gettime(time.CLOCK_MONOTONIC)
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith(MARK):
            _, painted, module = line.split(" ", 2)
            if package is not None and not module.startswith(str(package)):
                raise RuntimeError(f"the till came from {module}, not from {package}")
            return (float(painted) - started) * 1000
    raise RuntimeError(f"no first paint (exit {done.returncode}): {done.stderr[-2000:]}")


def figures(fast: bool, workdir: Path, db: Path | None) -> list[Figure]:
    del db  # a start opens the register's own database; the ten-year one is for reports
    repeats = 2 if fast else 15
    # offscreen by default; TILL_BENCH_QPA=xcb under xvfb-run (or a desktop) for a real X server
    platform = os.environ.get("TILL_BENCH_QPA", "offscreen")
    source = copy_package(workdir / "src", compiled=False)
    # Compiled meanwhile, in another thread, while the shop's first start runs.
    compiling = ThreadPoolExecutor(max_workers=1)
    compiled = compiling.submit(copy_package, workdir / "pyc", compiled=True)
    compiling.shutdown(wait=False)
    simulators = subprocess.Popen(
        [sys.executable, "-c", SIMULATORS],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(workdir, None, platform),
    )
    try:
        assert simulators.stdout is not None
        ccu_port, terminal_port = (int(p) for p in simulators.stdout.readline().split())
        config = str(shop_settings(workdir, ccu_port, terminal_port))
        # The shop's first start (not timed): makes the database and the journal anchor.
        start_ms(TILL, child_env(workdir, source, platform), workdir, config, package=source)
        rows = [
            ("with byte-code (__pycache__ warm)", compiled.result()),
            ("without byte-code", source),
        ]
        out: list[Figure] = []
        for label, package in rows:
            env = child_env(workdir, package, platform)
            figure = Figure(
                what=f"cold start to the first painted sale screen, {label}",
                floor_what=f"bare PySide6 window on qasync, {label.split(' (')[0]}",
                unit="ms",
                max_ratio=1.5,
                note=(
                    f"{platform} platform; a shop start (settings file, CCU and Wallee "
                    "simulators in another process), not the demo; "
                    + (
                        "the till package compiled beforehand"
                        if package.name == "pyc"
                        else "every till module compiled from source (no __pycache__, "
                        "PYTHONDONTWRITEBYTECODE=1); PySide6 and qasync keep their byte-code"
                    )
                ),
            )

            def work(env: dict[str, str] = env, package: Path = package) -> float:
                return start_ms(TILL, env, workdir, config, package=package)

            def floor(env: dict[str, str] = env, package: Path = package) -> float:
                return start_ms(BARE, env, workdir, package=None)

            out.append(interleaved(work, floor, repeats, figure))
        return out
    finally:
        if simulators.stdin is not None:
            simulators.stdin.close()
        try:
            simulators.wait(timeout=10)
        except subprocess.TimeoutExpired:
            simulators.kill()
            simulators.wait()
