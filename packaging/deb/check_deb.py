"""Install the built .deb into a fresh directory tree with dpkg and run the installed till's
self-test there; optionally time the bundle's start against an installed (pip) till.

The tree has its own dpkg database (DIR/var/lib/dpkg), so the host's packages are untouched. Its
dependencies (libcups2, libegl1, ...) cannot be installed into an empty tree: dpkg is told
--force-depends, and the till runs on the host's libraries, as it would on a shop PC that has
them. The settings and database go to a throwaway HOME: nothing is written under /opt.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SELFTEST = ["--demo", "--selftest"]


def fake_root(root: Path) -> None:
    admin = root / "var/lib/dpkg"
    for sub in ("info", "updates", "triggers"):
        (admin / sub).mkdir(parents=True, exist_ok=True)
    (admin / "status").touch()
    (admin / "available").touch()


def install(deb: Path, root: Path) -> None:
    fake_root(root)
    done = subprocess.run(
        [
            "dpkg",
            f"--root={root}",
            "--force-not-root",
            "--force-depends",  # the system libraries come from the host (see above)
            "--force-script-chrootless",
            f"--log={root / 'dpkg.log'}",
            "-i",
            str(deb),
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"dpkg could not install {deb.name}")
    left = done.stderr.count(" is not installed.")
    print(f"dpkg installed {deb.name} under {root} ({left} dependencies taken from the host)")


def run_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_CACHE_HOME": str(home / ".cache"),
    }


def selftest(program: Path, home: Path) -> float:
    """Run `program --demo --selftest`; return its wall time. Raises when it fails."""
    start = time.perf_counter()
    done = subprocess.run(
        [str(program), *SELFTEST], env=run_env(home), capture_output=True, text=True, timeout=180
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or "selftest ok" not in done.stdout:
        sys.stderr.write(done.stdout[-3000:] + done.stderr[-3000:])
        raise SystemExit(f"{program} --demo --selftest failed (exit {done.returncode})")
    return elapsed


def check(deb: Path, workdir: Path | None = None) -> Path:
    """Install `deb` under a new root and run its self-test. Returns the root."""
    base = Path(tempfile.mkdtemp(prefix="till-deb-check-", dir=workdir))
    root = base / "root"
    install(deb, root)
    needed = ["opt/till/till", "opt/till/till-admin", "usr/share/applications/till.desktop"]
    if (root / "opt/till/_internal/escpos").is_dir():  # serial/USB printers read their profiles
        needed.append("opt/till/_internal/escpos/capabilities.json")
    for path in needed:
        if not (root / path).exists():
            raise SystemExit(f"the package did not install {path}")
    for program in ("till", "till-admin"):
        link = root / "usr/bin" / program
        if not (link.is_symlink() and link.resolve() == (root / "opt/till" / program).resolve()):
            raise SystemExit(f"/usr/bin/{program} does not lead to /opt/till/{program}")
    version = subprocess.run(
        [str(root / "usr/bin/till-admin"), "--version"],
        env=run_env(base / "home"),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[0]
    seconds = selftest(root / "usr/bin/till", base / "home")
    print(f"installed package: {version}; till --demo --selftest ok in {seconds:.1f} s")
    written = [p for p in (root / "opt").rglob("*") if p.stat().st_mtime > base.stat().st_mtime]
    if any(p.suffix in {".db", ".toml"} for p in written):
        raise SystemExit("the till wrote its data under /opt")
    return root


def compare_start(bundled: Path, installed: Path, runs: int, home: Path) -> None:
    """Start times, interleaved so both see the same machine load: `--version` (Python and the
    package's imports) and `--demo --selftest` (Qt, the window, a sale)."""
    for args in (["--version"], SELFTEST):
        times: dict[str, list[float]] = {"bundle": [], "installed": []}
        for _ in range(runs):
            for label, program in (("bundle", bundled), ("installed", installed)):
                start = time.perf_counter()
                subprocess.run(
                    [str(program), *args],
                    env=run_env(home),
                    capture_output=True,
                    check=True,
                    timeout=180,
                )
                times[label].append(time.perf_counter() - start)
        for label, values in times.items():
            print(
                f"start {' '.join(args):<18} {label:<9}: median {statistics.median(values):.2f} s"
                f" (runs: {', '.join(f'{v:.2f}' for v in values)})"
            )


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("deb", type=Path)
    parser.add_argument("--installed-till", type=Path, help="a pip-installed `till` to time")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    installed_root = check(args.deb)
    if args.installed_till:
        compare_start(
            installed_root / "usr/bin/till", args.installed_till, args.runs, installed_root / "h"
        )
