"""The desktop app's start defers the quick check until after its first paint, except for a
file about to be migrated: that one is checked before its first byte is written."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from counselor_desk.store import checks, opening
from counselor_desk.store import db as store_db
from counselor_desk.store.db import connect
from counselor_desk.store.schema import schema_version

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each quick check run at open (at the look or on the connection)."""
    runs: list[bool] = []

    def counting(conn: object, *, quick: bool = False) -> list[str]:
        runs.append(quick)
        return checks.integrity_problems(conn, quick=quick)  # type: ignore[arg-type]

    monkeypatch.setattr(store_db, "integrity_problems", counting)
    monkeypatch.setattr(opening, "integrity_problems", counting)
    return runs


def test_the_app_start_defers_the_check_of_a_current_file(
    tmp_path: Path, checked: list[bool]
) -> None:
    path = tmp_path / "desk.sqlite3"
    connect(path).close()
    checked.clear()
    db = connect(path, defer_check=True)
    try:
        assert db.check_deferred and checked == []
    finally:
        db.close()
    plain = connect(path)  # the command line checks at open, as before
    try:
        assert not plain.check_deferred and checked == [True]
    finally:
        plain.close()


def test_a_file_to_migrate_is_checked_before_it_is_written_even_when_deferred(
    tmp_path: Path, checked: list[bool]
) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_v{schema_version() - 1}.sqlite3", path)
    db = connect(path, defer_check=True)
    try:
        assert checked == [True] and not db.check_deferred
    finally:
        db.close()


def test_a_file_from_an_older_version_is_known_to_need_migrating(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_v{schema_version() - 1}.sqlite3", old)
    before = old.read_bytes()
    assert store_db.needs_migrating(old)
    assert old.read_bytes() == before  # asked without writing a byte
    connect(old).close()
    assert not store_db.needs_migrating(old)
    assert not store_db.needs_migrating(tmp_path / "none.sqlite3")
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all, not even close")
    assert not store_db.needs_migrating(tmp_path / "junk.sqlite3")
