"""Every command, run as the user runs it: on an empty database and into a closed pipe, it ends
with a plain sentence or quietly, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_desk.cli import EXIT_BROKEN_PIPE, _extra_commands, build_parser

TODAY = "2026-03-02"
PARTICIPANTS_CSV = (
    "chart_number,first_name,last_name,date_of_birth,admission_date,program\n"
    "T-1,Ana,Pérez,1990-05-01,2026-02-02,Adult IOP\n"
)
ATTENDANCE_CSV = (
    "chart_number,date,start_time,duration_minutes,service_type,status\n"
    "RB-10011,2026-03-01,18:00,60,individual,present\n"
)

# (id, arguments, exit status on an empty database, exit status into a closed pipe on a
# filled one). {dir} is the test's folder.
CASES = [
    ("caseload", ["caseload"], 0, EXIT_BROKEN_PIPE),
    ("caseload-all", ["caseload", "--all"], 0, EXIT_BROKEN_PIPE),
    ("caseload-discharged", ["caseload", "--discharged"], 0, EXIT_BROKEN_PIPE),
    ("caseload-json", ["caseload", "--all", "--json"], 0, EXIT_BROKEN_PIPE),
    ("sessions", ["sessions", "--date", "2026-02-27"], 0, EXIT_BROKEN_PIPE),
    ("search", ["search", "sleep"], 0, EXIT_BROKEN_PIPE),
    ("search-json", ["search", "sleep", "--json"], 0, EXIT_BROKEN_PIPE),
    ("import-participants", ["import", "participants", "{dir}/p.csv"], 0, EXIT_BROKEN_PIPE),
    ("import-attendance", ["import", "attendance", "{dir}/a.csv"], 1, EXIT_BROKEN_PIPE),
    (
        "export-discharge",
        ["export", "discharge", "RB-10003", "--out", "{dir}/d.pdf"],
        1,
        EXIT_BROKEN_PIPE,
    ),
    (
        "export-continuity",
        ["export", "continuity", "RB-10003", "--out", "{dir}/c.pdf"],
        1,
        EXIT_BROKEN_PIPE,
    ),
    (
        "export-letter",
        [
            "export",
            "letter",
            "RB-10011",
            "--from",
            "2026-02-01",
            "--to",
            "2026-02-27",
            "--recipient",
            "Dr. Amal Haddad, Lakeside Primary Care",
            "--purpose",
            "Attendance verification",
            "--out",
            "{dir}/l.pdf",
        ],
        1,
        EXIT_BROKEN_PIPE,
    ),
    ("export-signin", ["export", "signin", "364", "--out", "{dir}/s.pdf"], 1, EXIT_BROKEN_PIPE),
    (
        "consent-add",
        [
            "consent",
            "add",
            "RB-10001",
            "--recipient",
            "Harbor Clinic",
            "--purpose",
            "Continuity of care",
            "--scope",
            "attendance,diagnoses",
            "--signed",
            "2026-03-01",
            "--expires",
            "2027-03-01",
        ],
        1,
        EXIT_BROKEN_PIPE,
    ),
    ("backup", ["backup", "--to", "{dir}/backups"], 0, EXIT_BROKEN_PIPE),
    ("profile-show", ["profile", "show"], 0, EXIT_BROKEN_PIPE),
    ("program-list", ["program", "list"], 0, EXIT_BROKEN_PIPE),
    ("check", ["check"], 0, EXIT_BROKEN_PIPE),
    ("restore-missing-file", ["restore", "{dir}/missing.sqlite3"], 1, 1),
    ("demo-on-filled", ["demo", "--participants", "30"], 0, 1),
    # no terminal and no --passphrase-file/--passphrase-stdin: a plain sentence, exit 1
    ("encrypt-without-a-passphrase", ["encrypt"], 1, 1),
    ("change-passphrase-of-a-plaintext-db", ["change-passphrase"], 1, 1),
    ("recover-a-plaintext-db", ["recover"], 1, 1),
]


def _run(
    db: Path, arguments: list[str], folder: Path, *, closed_stdout: bool
) -> subprocess.CompletedProcess[str]:
    argv = [arg.replace("{dir}", str(folder)) for arg in arguments]
    command = [sys.executable, "-m", "counselor_desk", "--db", str(db), "--today", TODAY, *argv]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if not closed_stdout:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            cwd=folder,
            stdin=subprocess.DEVNULL,  # never a terminal: a passphrase is never waited for
        )
    # The reader is gone before the command prints its first line: every write fails.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            command,
            stdout=write_end,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
            timeout=60,
            cwd=folder,
        )
    finally:
        os.close(write_end)


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("filled") / "demo.sqlite3"
    done = _run(path, ["demo", "--participants", "30"], path.parent, closed_stdout=False)
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "p.csv").write_text(PARTICIPANTS_CSV, encoding="utf-8")
    (tmp_path / "a.csv").write_text(ATTENDANCE_CSV, encoding="utf-8")
    return tmp_path


def test_the_cases_cover_every_command_of_the_parser() -> None:
    parser = build_parser(_extra_commands())
    commands = next(action for action in parser._actions if action.dest == "command").choices
    assert commands is not None
    assert set(commands) == {arguments[0] for _id, arguments, _e, _p in CASES}
    export_kinds = {arguments[1] for _id, arguments, _e, _p in CASES if arguments[0] == "export"}
    assert export_kinds == {"discharge", "continuity", "letter", "signin"}


@pytest.mark.parametrize(
    ("arguments", "status"),
    [pytest.param(arguments, empty, id=name) for name, arguments, empty, _pipe in CASES],
)
def test_every_command_on_an_empty_database(
    folder: Path, arguments: list[str], status: int
) -> None:
    done = _run(folder / "fresh.sqlite3", arguments, folder, closed_stdout=False)
    assert "Traceback" not in done.stderr
    assert done.returncode == status, done.stderr
    if status != 0:
        said = done.stderr.strip().splitlines()
        assert said and said[0].startswith("counselor-desk: "), done.stderr
        assert "internal error" not in done.stderr


@pytest.mark.parametrize(
    ("arguments", "status"),
    [pytest.param(arguments, pipe, id=name) for name, arguments, _empty, pipe in CASES],
)
def test_every_command_into_a_closed_pipe(
    filled_db: Path, folder: Path, arguments: list[str], status: int
) -> None:
    db = folder / "demo.sqlite3"
    shutil.copyfile(filled_db, db)
    done = _run(db, arguments, folder, closed_stdout=True)
    assert "Traceback" not in done.stderr
    assert "BrokenPipe" not in done.stderr and "Exception ignored" not in done.stderr
    assert "internal error" not in done.stderr
    assert done.returncode == status, done.stderr


def test_a_reader_that_stops_after_one_line(filled_db: Path, folder: Path) -> None:
    """`counselor-desk caseload --all --json | head -1`."""
    db = folder / "demo.sqlite3"
    shutil.copyfile(filled_db, db)
    command = [
        sys.executable,
        "-m",
        "counselor_desk",
        "--db",
        str(db),
        "--today",
        TODAY,
        "caseload",
        "--all",
        "--json",
    ]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=folder
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.readline().strip() == b"["
        process.stdout.close()
        stderr = process.stderr.read().decode("utf-8")
        status = process.wait(timeout=60)
    assert "Traceback" not in stderr and "Exception ignored" not in stderr
    assert status in (0, EXIT_BROKEN_PIPE)  # 0 when all of it fitted in the pipe first
