"""Build the till for the platform this runs on: `python packaging/build.py`.

Needs the till's dependencies and PyInstaller in the running Python (`pip install . pyinstaller`).
Makes dist/till/ (the one-folder bundle: `till`, `till-admin` and _internal/); on Linux also
dist/till_<version>_<arch>.deb (packaging/deb/). Windows: the installer is then compiled from
packaging/windows/till.iss with Inno Setup (README "Building the installers").

    python packaging/build.py                  # bundle (+ .deb on Linux)
    python packaging/build.py --check-deb      # ... then install the .deb in a fresh tree and
                                               # run its self-test (packaging/deb/check_deb.py)
    python packaging/build.py --check-deb --compare-with .venv/bin/till
                                               # ... and time its start against a pip install
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path[:0] = [str(PACKAGING), str(PACKAGING / "deb")]

import bundle_contents  # noqa: E402

LIMIT_MIB = 150  # issue 11: the bundle stays under 150 MB


def size_text(path: Path) -> str:
    size = sum(p.lstat().st_size for p in path.rglob("*"))
    mib = size / 2**20
    warning = f" -- OVER {LIMIT_MIB} MiB" if mib >= LIMIT_MIB else ""
    return f"{size / 1_000_000:.0f} MB ({mib:.0f} MiB){warning}"


def build_bundle(dist: Path, work: Path, version: str) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit(
            f"PyInstaller is not installed in {sys.executable}: `pip install pyinstaller`"
        )
    env = {**os.environ, "TILL_VERSION": version}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "till.spec"),
        ],
        check=True,
        env=env,
    )
    return dist / bundle_contents.APP


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the till's bundle and package.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output (dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch (build/)")
    parser.add_argument("--no-deb", action="store_true", help="Linux: the bundle only")
    parser.add_argument("--check-deb", action="store_true", help="install and self-test the .deb")
    parser.add_argument("--compare-with", type=Path, help="a pip-installed till to time against")
    parser.add_argument("--runs", type=int, default=3, help="start-time runs of each")
    args = parser.parse_args(argv)

    version = bundle_contents.project_version(ROOT)
    started = time.perf_counter()
    bundle = build_bundle(args.dist.resolve(), args.work.resolve(), version)
    print(f"bundle {bundle}: till {version}, {size_text(bundle)}", flush=True)
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)
    if not sys.platform.startswith("linux") or args.no_deb:
        return 0

    if shutil.which("dpkg-deb") is None:
        raise SystemExit("dpkg-deb is missing: the .deb is built on Debian or Ubuntu")
    import deb_package

    started = time.perf_counter()
    deb = deb_package.build_deb(bundle, ROOT / "resources", version, args.dist.resolve())
    print(
        f"package {deb}: {deb.stat().st_size / 1_000_000:.0f} MB"
        f" in {time.perf_counter() - started:.0f} s",
        flush=True,
    )
    if args.check_deb:
        import check_deb

        started = time.perf_counter()
        root = check_deb.check(deb, args.work.resolve())
        print(f"checked in {time.perf_counter() - started:.0f} s", flush=True)
        if args.compare_with:
            check_deb.compare_start(root / "usr/bin/till", args.compare_with, args.runs, root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
