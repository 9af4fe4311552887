"""A till process of its own for the crash tests, to be killed by SIGKILL at a chosen step.

The script runs as `python -c SCRIPT ARGS... TESTS_DIR`: the tests folder comes last so the
script can import the test examples (shop_examples), and the child shares the test's in-memory
keyring through the environment (conftest.py).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def spawn_till(
    script: str, *args: object, stderr: bool = False
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        script,
        *(str(a) for a in args),
        str(ROOT / "tests"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if stderr else None,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
