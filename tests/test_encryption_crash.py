"""`counselor-desk encrypt` killed with SIGKILL at any moment leaves a caseload that opens whole,
and a second `encrypt` finishes the job.

One run of `encrypt` (the command line in a subprocess, the passphrase in a file) is timed
first, from its "Encrypting…" line to its exit; then each round copies a small plaintext demo
caseload (with one backup of its own in the app's folder) and kills a fresh `encrypt` at a
moment spread over that time (a few before it even starts; more, later or earlier, when a busy
machine made them all land on one side of the rename). After each kill: the caseload opens
(with the passphrase when `needs_key`, else without), `check` is ok and every table holds the
rows it held before (the audit trail only gains rows). Then `encrypt` runs again to the end:
the database and every backup in the app's folder are encrypted, and no file under the
caseload's folder holds a participant's name readable.

Two more runs are killed at named moments (after the plaintext backup is copied, and right
after the encrypted file took its place) by wrapping one function in the child.

The seed comes from COUNSELOR_DESK_CRASH_SEED (default fixed) and is printed.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.domain.audit import AuditAction
from counselor_desk.services import encryption, maintenance
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import DemoSize, fill_demo
from counselor_desk.store import audit_repo, backup
from counselor_desk.store.db import connect, needs_key

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "harbor lights at dusk"
TODAY = "2026-03-02"
SQLITE_HEADER = b"SQLite format 3\x00"
MARKER = "Encrypting the database"
SEED_VARIABLE = "COUNSELOR_DESK_CRASH_SEED"
DEFAULT_SEED = 20260312
KILLS = 11
EARLY_KILLS = 2  # before the "Encrypting…" line: while Python starts and the file is opened
#: At most this many more, when the kills so far all landed on one side of the rename.
EXTRA_KILLS = 8
TIME_BUDGET_S = 100.0
#: Tables the conversion itself writes to (a backup row and an encryption row; the lock hash).
GROWING = {"audit_log", "app_settings"}

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


def clock() -> FixedClock:
    return FixedClock(dt.date.fromisoformat(TODAY), dt.time(16, 0))


def counts(path: Path, key: bytes | None) -> dict[str, int]:
    with connect(path, key=key) as db:
        names = [
            str(row[0])
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            name: int(db.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
        }


def head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(16)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int], list[str]]:
    """A small plaintext demo caseload with one backup in the app's folder; its row counts
    and the participants' names."""
    folder = tmp_path_factory.mktemp("crash-template") / "data"
    folder.mkdir()
    path = folder / "caseload.sqlite3"
    with connect(path, now=clock().now()) as db:
        fill_demo(db, clock(), size=DemoSize(participants=8, active=6, history_days=28))
        maintenance.backup_now(db, clock())
        rows = db.execute("SELECT first_name, last_name FROM participants").fetchall()
    names = sorted({str(n) for row in rows for n in tuple(row) if len(str(n)) >= 5})
    assert names and head(path) == SQLITE_HEADER
    return folder, counts(path, None), names


def fresh_copy(template: tuple[Path, dict[str, int], list[str]], where: Path) -> Path:
    folder = where / "data"
    shutil.copytree(template[0], folder)
    return folder / "caseload.sqlite3"


def encrypt_command(path: Path, secrets_file: Path) -> list[str]:
    return [
        "--db",
        str(path),
        "--passphrase-file",
        str(secrets_file),
        "--today",
        TODAY,
        "encrypt",
    ]


def start(path: Path, secrets_file: Path, prelude: str = "") -> subprocess.Popen[str]:
    """`python -m counselor_desk … encrypt`, or with `prelude` run first in the child."""
    code = (
        f"import sys\n{prelude}\nfrom counselor_desk.cli import main\nsys.exit(main(sys.argv[1:]))"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code, *encrypt_command(path, secrets_file)],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"},
    )


def wait_for_marker(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    while line := process.stdout.readline():
        if line.startswith(MARKER):
            return
    raise AssertionError(f"encrypt ended before it began: {process.wait()}")


def problems_after_kill(path: Path, before: dict[str, int]) -> list[str]:
    """The caseload opens (keyed or not), passes `check`, and holds every row it held."""
    problems = []
    key = encryption.unlock(path, PASSPHRASE) if needs_key(path) else None
    with connect(path, key=key) as db:
        report = maintenance.check(db)
        if not report.ok:
            problems.append("check: " + " / ".join(report.lines()))
    found = counts(path, key)
    for table, wanted in before.items():
        if table in GROWING:
            if found.get(table, 0) < wanted:
                problems.append(f"{table}: {found.get(table)} rows, {wanted} before")
        elif found.get(table) != wanted:
            problems.append(f"{table}: {found.get(table)} rows, {wanted} before")
    return problems


def finish_and_verify(
    path: Path, secrets_file: Path, before: dict[str, int], names: list[str], capsys: object
) -> list[str]:
    """`encrypt` again (in-process) to the end; then all encrypted, nothing readable."""
    code = main(encrypt_command(path, secrets_file))
    _out, err = capsys.readouterr()  # type: ignore[attr-defined]
    problems = [] if code == 0 else [f"encrypt again exited {code}: {err.strip()}"]
    if not needs_key(path) or head(path) == SQLITE_HEADER:
        return [*problems, "the database is not encrypted after encrypt ran to the end"]
    copies = [item.path for item in backup.list_backups(path.parent / "backups", path.stem)]
    if len(copies) < 2:  # the template's own and the before-encryption one
        problems.append(f"{len(copies)} backup(s) in the app's folder")
    problems += [f"{c.name} is still plaintext" for c in copies if head(c) == SQLITE_HEADER]
    for written in sorted(p for p in path.parent.rglob("*") if p.is_file()):
        data = written.read_bytes()
        shown = [n for n in names if n.encode() in data or n.encode("utf-16-le") in data]
        if shown:
            problems.append(f"{written.name} holds {shown[0]!r} readable")
    problems += problems_after_kill(path, before)
    return problems


def test_encrypt_killed_at_random_moments_leaves_a_whole_caseload_and_finishes(
    template: tuple[Path, dict[str, int], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed = int(os.environ.get(SEED_VARIABLE, DEFAULT_SEED))
    print(f"encryption-crash seed {seed} (replay: {SEED_VARIABLE}={seed})")
    rng = random.Random(seed)
    _folder, before, names = template
    secrets_file = tmp_path / "passphrase.txt"
    secrets_file.write_text(PASSPHRASE + "\n", encoding="utf-8")

    # one whole run, timed from its first line to its exit
    path = fresh_copy(template, tmp_path / "timed")
    process = start(path, secrets_file)
    wait_for_marker(process)
    began = time.monotonic()
    _out, err = process.communicate(timeout=60)
    duration = time.monotonic() - began
    assert process.returncode == 0, err
    assert needs_key(path)

    started = time.monotonic()
    delays = [(n + rng.random()) / KILLS * duration * 0.9 for n in range(KILLS)]
    rounds = [("early", rng.uniform(0.0, 0.4)) for _ in range(EARLY_KILLS)]
    rounds += [("after-marker", delay) for delay in delays]
    rng.shuffle(rounds)
    states: dict[str, int] = {"plaintext": 0, "encrypted": 0, "finished": 0}

    def kill_once(number: int, when: str, delay: float) -> None:
        elapsed = time.monotonic() - started
        assert elapsed < TIME_BUDGET_S, f"seed {seed}: only {number} rounds in {elapsed:.0f} s"
        path = fresh_copy(template, tmp_path / f"round-{number}")
        process = start(path, secrets_file)
        if when == "after-marker":
            wait_for_marker(process)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        if process.returncode == 0:
            states["finished"] += 1
        else:
            assert process.returncode == -signal.SIGKILL, (seed, number, process.returncode)
        states["encrypted" if needs_key(path) else "plaintext"] += 1
        problems = problems_after_kill(path, before)
        assert not problems, f"seed {seed}, round {number} ({when} {delay:.2f} s): {problems}"
        problems = finish_and_verify(path, secrets_file, before, names, capsys)
        assert not problems, f"seed {seed}, round {number} finished again: {problems}"

    for number, (when, delay) in enumerate(rounds):
        kill_once(number, when, delay)
    # A busy machine runs one `encrypt` slower or faster than the timed one: until the kills
    # have landed on both sides of the one rename, kill again, later or earlier as needed.
    later = 1.0
    kills = len(rounds)
    while kills < len(rounds) + EXTRA_KILLS:
        if states["plaintext"] < 3:
            kill_once(kills, "after-marker", rng.uniform(0.0, 0.5) * duration)
        elif states["encrypted"] - states["finished"] < 1:
            later *= 1.4
            kill_once(kills, "after-marker", rng.uniform(0.8, 1.0) * duration * later)
        else:
            break
        kills += 1
    print(
        f"{kills} kills in {time.monotonic() - started:.1f} s (one run {duration:.2f} s): {states}"
    )
    # the kills landed on both sides of the one rename
    assert states["plaintext"] >= 3 and states["encrypted"] - states["finished"] >= 1, states


#: Wrap `module.function` so that the child kills itself with SIGKILL once it has returned.
DIE_AFTER = """
import os, signal, importlib
module = importlib.import_module({module!r})
original = getattr(module, {function!r})
def dying(*args, **kwargs):
    result = original(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
    return result
setattr(module, {function!r}, dying)
"""


@pytest.mark.parametrize(
    ("module", "function"),
    [
        ("counselor_desk.store.backup", "copy_database"),  # the plaintext backup copied
        ("counselor_desk.store.encrypt", "put_in_place"),  # the encrypted file took its place
    ],
    ids=["after-backup-copy", "after-rename"],
)
def test_encrypt_killed_at_a_named_moment_finishes_and_audits_it(
    template: tuple[Path, dict[str, int], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    module: str,
    function: str,
) -> None:
    _folder, before, names = template
    secrets_file = tmp_path / "passphrase.txt"
    secrets_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path = fresh_copy(template, tmp_path)
    process = start(path, secrets_file, DIE_AFTER.format(module=module, function=function))
    _out, err = process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, err
    assert needs_key(path) == (function == "put_in_place")
    assert not problems_after_kill(path, before)
    assert not finish_and_verify(path, secrets_file, before, names, capsys)
    assert encryption_rows(path) == [encryption.TURNED_ON]


def encryption_rows(path: Path) -> list[str]:
    with connect(path, key=encryption.unlock(path, PASSPHRASE)) as db:
        return [e.detail for e in audit_repo.entries(db.conn) if e.action == AuditAction.ENCRYPTION]


def test_encrypt_killed_right_after_the_rename_still_audits_turning_it_on(
    template: tuple[Path, dict[str, int], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    secrets_file = tmp_path / "passphrase.txt"
    secrets_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    path = fresh_copy(template, tmp_path)
    dying = DIE_AFTER.format(module="counselor_desk.store.encrypt", function="put_in_place")
    start(path, secrets_file, dying).communicate(timeout=60)
    assert needs_key(path)
    assert main(encrypt_command(path, secrets_file)) == 0
    capsys.readouterr()
    assert encryption_rows(path) == [encryption.TURNED_ON]


#: What a SIGKILL amid `encrypt` once left beside a plaintext caseload (seed 1, round 2): a
#: -wal holding only its 32-byte header, and a -shm whose header no process will recover.
STALE_WAL = "377f0682002de2180000100000000000845c7cfedc372621d3635f97ac716f18"
STALE_SHM_HEAD = (
    "18e22d00000000000000000001000000000000000000000000000000000000000000000000000000"
    "380718063593db0918e22d0000000000000000000100000000000000000000000000000000000000"
    "0000000000000000380718063593db09000000000000000000000000ffffffffffffffffffffffff"
    "00000000000000000000000000000000"
)


def stale_wal_index(path: Path) -> bool:
    """The state of STALE_WAL: a header-only -wal with a -shm beside it, nothing running."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    return wal.is_file() and wal.stat().st_size == 32 and shm.is_file()


def test_a_caseload_with_a_stale_wal_index_left_by_a_kill_opens(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    with connect(path, now=clock().now()) as db:
        fill_demo(db, clock(), size=DemoSize(participants=3, active=2, history_days=14))
        people = int(db.execute("SELECT count(*) FROM participants").fetchone()[0])
    Path(f"{path}-wal").write_bytes(bytes.fromhex(STALE_WAL))
    shm = bytes.fromhex(STALE_SHM_HEAD)
    Path(f"{path}-shm").write_bytes(shm + bytes(32768 - len(shm)))
    assert stale_wal_index(path)
    with connect(path) as db:
        assert db.execute("SELECT count(*) FROM participants").fetchone()[0] == people
        assert maintenance.check(db).ok


def test_the_plain_sqlite3_module_cannot_read_the_encrypted_result(
    template: tuple[Path, dict[str, int], list[str]], tmp_path: Path
) -> None:
    """What an attacker with the stock sqlite3 sees of a finished conversion: not a database."""
    path = fresh_copy(template, tmp_path)
    turned = encryption.turn_on(path, PASSPHRASE, PASSPHRASE, clock())
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="not a database"):
            conn.execute("SELECT count(*) FROM participants").fetchone()
    finally:
        conn.close()
    assert turned.leftovers.encrypted and not turned.leftovers.failed
