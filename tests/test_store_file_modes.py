"""The database and its folder are the till's user's alone on POSIX: receipts, the journal and
the manager PIN's hash are not for other accounts on the PC to read."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_store_support import raw

from till.store import TillStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def permissive_umask() -> Iterator[None]:
    """The usual 022: without the till's own care, files come out 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_folder_are_private(tmp_path: Path) -> None:
    db = tmp_path / "new" / "till.db"
    store = TillStore.open(db)
    try:
        store.journal("drawer_opened", {"reason": "x"}, register_id="K1")
        wal, shm = Path(f"{db}-wal"), Path(f"{db}-shm")
        assert wal.exists() and shm.exists()  # open in WAL mode with a write behind it
        assert (mode(db.parent), mode(db), mode(wal), mode(shm)) == (0o700, 0o600, 0o600, 0o600)
    finally:
        store.close()


def test_existing_files_are_made_private_at_open(tmp_path: Path) -> None:
    db = tmp_path / "till.db"
    TillStore.open(db).close()
    keeper = raw(db)  # another connection keeps -wal and -shm alive between the opens
    keeper.execute("SELECT count(*) FROM journal").fetchone()
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    try:
        assert all(f.exists() for f in files)
        for f in files:
            os.chmod(f, 0o644)  # as an older till version, or a copy, left them
        TillStore.open(db).close()
        assert [mode(f) for f in files] == [0o600] * 3
    finally:
        keeper.close()


def test_a_folder_the_shop_made_is_left_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    TillStore.open(folder / "till.db").close()
    assert mode(folder) == 0o755  # its owner chose that; the files in it are private
    assert mode(folder / "till.db") == 0o600
