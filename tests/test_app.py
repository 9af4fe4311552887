"""The `till` program as a shop would start it: demo self-test, start-up errors, README."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from till.settings import EXAMPLE
from till.ui.shortcuts import shortcut_table_markdown

ROOT = Path(__file__).resolve().parent.parent


def till(*args: str, env: dict | None = None, timeout: float = 90) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "till", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        check=False,
    )


def test_demo_selftest_stores_a_receipt_with_a_control_code():
    done = till("--demo", "--selftest")
    assert done.returncode == 0, done.stderr
    assert "selftest ok: receipt 1" in done.stdout
    code = done.stdout.rsplit("control code ", 1)[1].strip()
    assert len(code) == 59
    # The demo offers both terminals: the Point (Klarna) simulator was paired at start.
    assert "Klarna terminal paired (MAC_LABEL" in done.stderr


def test_a_bad_setting_stops_the_start_naming_the_key(tmp_path):
    config = tmp_path / "till.toml"
    config.write_text(EXAMPLE.replace("port = 2020", "port = -1"), encoding="utf-8")
    done = till("--config", str(config), timeout=30)
    assert done.returncode == 2
    assert "control_unit.port" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_missing_settings_file_says_how_to_make_one(tmp_path):
    done = till(env={"TILL_CONFIG": str(tmp_path / "none.toml")}, timeout=30)
    assert done.returncode == 2
    # in Swedish (the settings name the language, and there are none): the command is the same
    assert "till-admin settings example" in done.stderr and "Traceback" not in done.stderr


def test_selftest_needs_demo():
    done = till("--selftest", timeout=30)
    assert done.returncode == 2 and "--demo" in done.stderr


def test_readme_lists_every_shortcut():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert shortcut_table_markdown().strip() in readme
