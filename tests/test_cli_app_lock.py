"""While the desktop app has the database open, the command line writes nothing to it (a
restore under the app's feet would leave the app writing into the file set aside); the
read-only commands still run, and a lock left by a crash blocks nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_desk import cli
from counselor_desk.services import instance
from counselor_desk.ui.app import acquire_database_lock

TODAY = ["--today", "2026-03-02"]
CSV = (
    "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
    "T-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n"
)


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A database with a participant and a good backup of it in tmp_path/backups."""
    db = tmp_path / "caseload.sqlite3"
    (tmp_path / "p.csv").write_text(CSV, encoding="utf-8")
    assert (
        cli.main(["--db", str(db), *TODAY, "import", "participants", str(tmp_path / "p.csv")]) == 0
    )
    assert cli.main(["--db", str(db), *TODAY, "backup", "--to", str(tmp_path / "backups")]) == 0
    return db


@pytest.fixture
def app_open(filled: Path) -> Iterator[Path]:
    """The lock the app takes at start, held by a live process (this one)."""
    lock = acquire_database_lock(filled)
    assert lock is not None and lock.isLocked()
    yield filled
    lock.unlock()


def _writes(db: Path) -> list[list[str]]:
    folder = db.parent
    backup = next((folder / "backups").iterdir())
    return [
        ["import", "participants", str(folder / "p.csv")],
        ["demo", "--participants", "5"],
        ["export", "discharge", "T-1", "--out", str(folder / "d.pdf")],
        ["backup", "--to", str(folder / "more-backups")],
        ["restore", str(backup)],
        [
            "consent",
            "add",
            "T-1",
            "--recipient",
            "Harbor Clinic",
            "--purpose",
            "Continuity of care",
            "--scope",
            "attendance",
            "--signed",
            "2026-03-01",
            "--expires",
            "2027-03-01",
        ],
        ["encrypt"],
        ["change-passphrase"],
        ["recover"],
        ["profile", "set", "--clinic", "Harbor Clinic"],
        ["program", "add", "Evening IOP"],
    ]


def _file_state(db: Path) -> tuple[int, bytes]:
    return db.stat().st_ino, db.read_bytes()


def test_every_command_is_either_read_only_or_writing() -> None:
    parser = cli.build_parser(cli._extra_commands())
    commands = next(action for action in parser._actions if action.dest == "command").choices
    assert commands is not None
    assert set(commands) == cli.READ_ONLY_COMMANDS | cli.WRITING_COMMANDS
    assert not cli.READ_ONLY_COMMANDS & cli.WRITING_COMMANDS


def test_writing_commands_refuse_while_the_app_holds_the_database(
    app_open: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _file_state(app_open)
    writes = _writes(app_open)
    assert {arguments[0] for arguments in writes} == cli.WRITING_COMMANDS
    for arguments in writes:
        capsys.readouterr()
        assert cli.main(["--db", str(app_open), *TODAY, *arguments]) == 1, arguments
        said = capsys.readouterr()
        assert said.out == ""
        assert said.err.strip() == (
            f"counselor-desk: Counselor Desk has this database open ({app_open}); "
            "close the app first."
        )
    assert _file_state(app_open) == before  # not replaced, not touched
    assert not (app_open.parent / "d.pdf").exists()
    assert not (app_open.parent / "more-backups").exists()


def test_read_only_commands_still_run_while_the_app_holds_it(
    app_open: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for arguments in (
        ["caseload"],
        ["caseload", "--all", "--json"],
        ["sessions"],
        ["search", "anything", "--json"],
        ["check"],
    ):
        assert cli.main(["--db", str(app_open), *TODAY, *arguments]) == 0, arguments
    assert "T-1" in capsys.readouterr().out


def test_a_lock_held_by_another_process_refuses_a_restore(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from counselor_desk.ui.app import acquire_database_lock\n"
            "lock = acquire_database_lock(__import__('pathlib').Path(sys.argv[1]))\n"
            "print('held' if lock is not None else 'refused', flush=True)\n"
            "time.sleep(60)\n",
            str(filled),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = _file_state(filled)
        backup = next((filled.parent / "backups").glob("*.sqlite3"))
        assert cli.main(["--db", str(filled), *TODAY, "restore", str(backup)]) == 1
        assert "close the app first" in capsys.readouterr().err
        assert _file_state(filled) == before
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    # the holder is gone (killed, its lock file left behind): the restore runs
    assert instance.lock_file_path(filled).exists()
    assert cli.main(["--db", str(filled), *TODAY, "restore", str(backup)]) == 0


def _gone_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_stale_lock_does_not_block(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    leftover = instance.lock_file_path(filled)
    # What Qt writes: pid, application name, host name. The process is gone; the file is fresh.
    leftover.write_text(f"{_gone_pid()}\npython3\n{os.uname().nodename}\n")
    assert not instance.app_holds(filled)
    assert (
        cli.main(
            ["--db", str(filled), *TODAY, "import", "participants", str(filled.parent / "p.csv")]
        )
        == 1
    )
    assert "already" in capsys.readouterr().err  # refused by the import itself, not the lock


def test_without_native_locks_a_fresh_lock_of_a_live_process_counts(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a file system without flock, the pid, the host and the age decide."""
    monkeypatch.setattr(instance, "_locked_natively", lambda _fd: False)
    leftover = instance.lock_file_path(filled)
    leftover.write_text(f"{os.getpid()}\npython3\n{os.uname().nodename}\n")
    assert instance.app_holds(filled)
    old = time.time() - 60
    os.utime(leftover, (old, old))  # not refreshed for a minute: no app is behind it
    assert not instance.app_holds(filled)
    leftover.write_text(f"{_gone_pid()}\npython3\n{os.uname().nodename}\n")
    assert not instance.app_holds(filled)
    leftover.write_text(f"{_gone_pid()}\npython3\nanother-computer\n")
    assert instance.app_holds(filled)  # fresh, from a computer whose processes we cannot see


def test_the_app_cannot_start_while_a_writing_command_runs(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []

    def import_while_the_app_tries_to_start(*_args: object) -> int:
        seen.append(acquire_database_lock(filled) is None)  # what the app's start would get
        return 0

    monkeypatch.setattr(cli, "run_import", import_while_the_app_tries_to_start)
    csv_file = str(filled.parent / "p.csv")
    assert cli.main(["--db", str(filled), *TODAY, "import", "participants", csv_file]) == 0
    assert seen == [True]
    assert not instance.lock_file_path(filled).exists()  # released after the command
    lock = acquire_database_lock(filled)
    assert lock is not None and lock.isLocked()
    lock.unlock()


def test_a_crash_leftover_is_taken_over_and_removed_after_the_command(filled: Path) -> None:
    leftover = instance.lock_file_path(filled)
    leftover.write_text(f"{_gone_pid()}\npython3\n{os.uname().nodename}\n")
    assert cli.main(["--db", str(filled), *TODAY, "backup", "--to", str(filled.parent / "b")]) == 0
    assert not leftover.exists()
