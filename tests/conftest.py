"""Session-wide test setup: offscreen Qt before anything imports it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Nothing imported below may import Qt at import time (qasync is imported in its fixture).
import asyncio
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from till.settings import EXAMPLE
from till.store import TillStore

_T = TypeVar("_T")


# -- Qt and asyncio together ----------------------------------------------------------------
# One QApplication (pytest-qt's `qapp`) and one qasync loop for the whole session: a second
# QEventLoop on the same QApplication would fight the first over `app.exec()`. The loop is
# made the thread's current loop only for the tests that ask for it, and unset afterwards, so
# tests that use plain `asyncio.run()` still get a fresh loop of their own.


@pytest.fixture(scope="session")
def _session_qloop(qapp) -> Iterator[asyncio.AbstractEventLoop]:
    import qasync

    # Closing a test's last window would otherwise quit app.exec() under run_until_complete.
    qapp.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(qapp)
    yield loop
    loop.close()


@pytest.fixture
def qloop(_session_qloop: asyncio.AbstractEventLoop) -> Iterator[asyncio.AbstractEventLoop]:
    """The session's qasync loop, current for this test."""
    asyncio.set_event_loop(_session_qloop)
    try:
        yield _session_qloop
    finally:
        asyncio.set_event_loop(None)


@pytest.fixture
def arun(qloop: asyncio.AbstractEventLoop) -> Callable[..., Any]:
    """`arun(coro, timeout=10)`: run a coroutine to completion on the qasync loop; Qt events
    (key clicks, dialogs, timers) are processed while it runs."""

    def run(coro: Coroutine[Any, Any, _T], timeout: float = 10.0) -> _T:
        return qloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return run


# -- secrets: a fresh in-memory keyring per test ------------------------------------------------
# DESIGN.md "Secrets": tests never touch a real keyring. The till processes a test starts share
# its keyring through a file named in the environment (till.secrets.MemoryKeyring).


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    from till import secrets

    path = tmp_path_factory.mktemp("keyring") / "keyring.json"
    monkeypatch.setenv(secrets.TEST_KEYRING_ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", secrets.MEMORY_BACKEND)
    backend = secrets.use_memory_keyring(path)
    secrets.journal_key()  # made now, so every process of the test signs with the same key
    return backend


# -- a fresh store ----------------------------------------------------------------------------
# For the store tests; a module may override `db_path` to put the file elsewhere.


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "till.sqlite3"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    """The example settings file for register K1, its database in tmp_path (till-admin)."""
    path = tmp_path / "till.toml"
    text = EXAMPLE.replace('id = "EP01AB0101330001"', 'id = "K1"')
    text = text.replace('# path = "/var/lib/till/till.db"', f'path = "{tmp_path / "till.db"}"')
    # till-admin speaks the shop's language: English here, so its tests read the source texts
    text = text.replace('language = "sv"', 'language = "en"', 1)  # shop.language comes first
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def store(db_path: Path) -> Iterator[TillStore]:
    store = TillStore.open(db_path)
    yield store
    store.close()


@pytest.fixture
def rig(qtbot, arun, tmp_path):
    """A cashier window on a real checkout, store and CCU simulator (tests/ui_till_rig.py)."""
    from ui_till_rig import close_rig, make_rig  # imports Qt: only when a test asks for it

    till = make_rig(qtbot, arun, tmp_path)
    yield till
    close_rig(till, arun)
