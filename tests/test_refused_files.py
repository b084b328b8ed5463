"""Files the app refuses, untouched: another program's database, a stray -wal beside the
caseload, an empty file with good backups beside it. Each is crafted with raw sqlite3 outside
the app, and the sha256 of the file, its -wal and its -shm is compared before and after."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.services import maintenance
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.backup import backups_dir
from counselor_desk.store.checks import APPLICATION_ID
from counselor_desk.store.db import connect
from counselor_desk.store.errors import (
    EmptyDatabaseError,
    NotOurDatabaseError,
    ReadOnlyDatabaseError,
)

FIXTURES = Path(__file__).parent / "fixtures"
TODAY = dt.date(2026, 3, 2)


def hashes(path: Path) -> dict[str, str | None]:
    """sha256 of the database, its -wal and its -shm (None: the file does not exist)."""
    found: dict[str, str | None] = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(f"{path}{suffix}")
        found[suffix] = hashlib.sha256(file.read_bytes()).hexdigest() if file.exists() else None
    return found


def folder_listing(path: Path) -> list[str]:
    return sorted(entry.name for entry in path.parent.iterdir())


def other_programs_database(path: Path, *, version: int = 0) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('bread')")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("version", [0, 3])
def test_another_programs_database_is_refused_and_left_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: int
) -> None:
    path = tmp_path / "desk.sqlite3"
    other_programs_database(path, version=version)
    before, listing = hashes(path), folder_listing(path)
    with pytest.raises(NotOurDatabaseError, match="not a Counselor Desk database"):
        connect(path)
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 1 and "All good" not in out
    assert "not a Counselor Desk database" in err and "Traceback" not in err
    assert hashes(path) == before
    assert folder_listing(path) == listing  # no backup, no -wal, no -shm
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version  # never migrated
    conn.close()


def test_a_database_with_another_programs_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 1234")
    conn.close()
    before = hashes(path)
    with pytest.raises(NotOurDatabaseError):
        connect(path)
    assert hashes(path) == before


def leave_a_wal(path: Path, *, with_shm: bool) -> None:
    """Another program's database, killed with its writes still in its -wal (and -shm)."""
    script = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "conn.execute('PRAGMA journal_mode = WAL')\n"
        "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "conn.execute('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)')\n"
        "conn.execute(\"INSERT INTO recipes (name) VALUES ('bread')\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    if not with_shm:
        Path(f"{path}-shm").unlink()


@pytest.mark.parametrize("with_shm", [True, False])
def test_another_programs_database_with_its_wal_is_refused_byte_for_byte(
    tmp_path: Path, with_shm: bool
) -> None:
    path = tmp_path / "desk.sqlite3"
    leave_a_wal(path, with_shm=with_shm)
    before, listing = hashes(path), folder_listing(path)
    for _attempt in range(2):
        with pytest.raises(NotOurDatabaseError):
            connect(path)
    assert hashes(path) == before  # the -wal was not merged, no -shm was made or changed
    assert folder_listing(path) == listing


def test_a_stray_wal_beside_the_caseload_is_refused_and_nothing_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite3"
    assert run(capsys, "--db", str(path), "--today", TODAY.isoformat(), "demo")[0] == 0
    assert not Path(f"{path}-wal").exists()
    other = tmp_path / "other" / "recipes.sqlite3"
    other.parent.mkdir()
    leave_a_wal(other, with_shm=False)
    shutil.copyfile(f"{other}-wal", f"{path}-wal")
    before, listing = hashes(path), folder_listing(path)
    for command in ("check", "caseload"):
        code, out, err = run(capsys, "--db", str(path), command)
        assert code == 1 and "All good" not in out and "participant(s)" not in out
        assert "stray -wal" in err
    assert hashes(path) == before
    assert folder_listing(path) == listing
    Path(f"{path}-wal").unlink()  # the stray file put away: the caseload is all there
    code, out, _err = run(capsys, "--db", str(path), "check")
    assert code == 0 and "All good" in out


def test_a_new_or_empty_file_is_still_a_new_caseload_and_is_stamped(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    blank = tmp_path / "blank.sqlite3"
    sqlite3.connect(blank).execute("PRAGMA user_version = 0").connection.close()
    for path in (tmp_path / "new.sqlite3", empty, blank):
        with connect(path) as db:
            assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_the_old_schemas_still_open_and_are_stamped(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / f"schema_v{version}.sqlite3", path)
    with connect(path) as db:
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    with connect(path):  # and open again once stamped
        pass


def test_an_empty_file_with_good_backups_is_refused_naming_the_newest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite3"
    with connect(path) as db:
        maintenance.backup_now(db, FixedClock(dt.date(2026, 3, 1), dt.time(17, 0)))
        newest = maintenance.backup_now(db, FixedClock(TODAY, dt.time(12, 30)))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(b"")
    listing = folder_listing(path)
    with pytest.raises(EmptyDatabaseError, match=str(newest)):
        connect(path)
    code, _out, err = run(capsys, "--db", str(path), "caseload")
    assert code == 1 and str(newest) in err and "restore" in err
    assert path.read_bytes() == b""
    assert folder_listing(path) == listing
    assert run(capsys, "--db", str(path), "restore", str(newest))[0] == 0  # the way out
    assert run(capsys, "--db", str(path), "check")[0] == 0


def test_no_backup_is_written_for_a_refused_file(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    other_programs_database(path, version=1)
    for _attempt in range(3):
        with pytest.raises(NotOurDatabaseError):
            connect(path)
    assert not backups_dir(path).exists()


def test_the_backup_before_migrating_is_stamped_with_the_commands_clock(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    code, _out, _err = run(capsys, "--db", str(path), "--today", "2026-01-15", "caseload")
    assert code == 0
    names = [entry.name for entry in backups_dir(path).iterdir()]
    assert len(names) == 1 and names[0].startswith("desk-20260115-"), names
    assert "before-schema" in names[0]


def make_read_only(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """A read-only file (mode 0400; as root, who can write anyway, the app is told so)."""
    path.chmod(0o400)
    if os.geteuid() == 0:
        monkeypatch.setattr("counselor_desk.store.db._writable", lambda _path: False)


def test_a_read_only_database_is_refused_at_open_and_check_still_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "desk.sqlite3"
    assert run(capsys, "--db", str(path), "--today", TODAY.isoformat(), "demo")[0] == 0
    assert run(capsys, "--db", str(path), "--today", TODAY.isoformat(), "backup")[0] == 0
    make_read_only(monkeypatch, path)
    before, listing = hashes(path), folder_listing(path)
    backups_before = sorted(entry.name for entry in backups_dir(path).iterdir())
    with pytest.raises(ReadOnlyDatabaseError, match="read-only"):
        connect(path)
    code, _out, err = run(capsys, "--db", str(path), "--today", TODAY.isoformat(), "backup")
    assert code == 1 and "read-only" in err and "nothing could be saved" not in err
    assert err.count("\n") == 1  # one plain sentence
    assert sorted(entry.name for entry in backups_dir(path).iterdir()) == backups_before
    code, out, err = run(capsys, "--db", str(path), "check")
    assert code == 0 and "All good" in out and "read-only" in err
    assert hashes(path) == before
    assert folder_listing(path) == listing
