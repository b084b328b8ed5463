"""Encryption at rest (issue 12), as an attacker, an auditor and a newcomer would try it.

One demo caseload is encrypted once for the module (`turn_on` costs a few scrypt rounds);
each test works on a copy of its whole folder (database, key file, anchor, backups). Names and
chart numbers are read from the caseload before it is encrypted and searched for, in UTF-8
and UTF-16, in every byte the app then writes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import re
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from counselor_desk.cli import main
from counselor_desk.cli_common import NO_TERMINAL
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import encryption, maintenance, security
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import audit_repo, backup, keys
from counselor_desk.store.db import connect, needs_key, open_for_reading
from counselor_desk.store.errors import PassphraseNeededError, WrongKeyError
from counselor_desk.store.schema import schema_version

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SQLITE_HEADER = b"SQLite format 3\x00"
TODAY = "2026-03-02"

PASSPHRASE = "harbor lights at dusk"
NEW_PASSPHRASE = "quiet river stones"
NEWER_PASSPHRASE = "north wind in March"
SECRETS = (PASSPHRASE, NEW_PASSPHRASE, NEWER_PASSPHRASE)
#: Written into the encrypted caseload after it was encrypted, then looked for in its -wal.
LATE_NAME = "Okonkwo-Whitfield"


@dataclasses.dataclass(frozen=True)
class Template:
    """The module's encrypted demo caseload and what was read from it before."""

    folder: Path
    plaintext: Path  # a copy of the database as it was before encryption (for the control)
    plaintext_backup: Path  # a backup to a folder the counselor chose, made before encryption
    recovery_key: str
    key: bytes
    backup_before: str  # the name of the before-encryption backup in the app's folder
    names: tuple[str, ...]
    charts: tuple[str, ...]


def clock() -> FixedClock:
    """Monday 2 March 2026, 16:00 (the command line's --today)."""
    return FixedClock(dt.date.fromisoformat(TODAY), dt.time(16, 0))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    base = tmp_path_factory.mktemp("encrypted-template")
    folder = base / "data"
    folder.mkdir()
    path = folder / "caseload.sqlite3"
    chosen = base / "usb-drive"
    with connect(path, now=clock().now()) as db:
        fill_demo(db, clock())
        people = db.execute("SELECT chart_number, first_name, last_name FROM participants")
        rows = [(str(r[0]), str(r[1]), str(r[2])) for r in people]
        plaintext_backup = maintenance.backup_now(db, clock(), to_dir=chosen)
    plaintext = base / "plaintext.sqlite3"
    shutil.copyfile(path, plaintext)
    turned = encryption.turn_on(path, PASSPHRASE, PASSPHRASE, clock())
    # Long enough that a chance match in random bytes is out of the question (4+ bytes).
    names = tuple(sorted({n for _c, first, last in rows for n in (first, last) if len(n) >= 5}))
    return Template(
        folder=folder,
        plaintext=plaintext,
        plaintext_backup=plaintext_backup,
        recovery_key=turned.recovery_key,
        key=turned.key,
        backup_before=turned.backup_before.name,
        names=names,
        charts=tuple(sorted(chart for chart, _f, _l in rows)),
    )


def copy_of(template: Template, tmp_path: Path) -> Path:
    """The encrypted caseload's folder copied (modes kept); the database's path in it."""
    folder = tmp_path / "data"
    shutil.copytree(template.folder, folder)
    return folder / "caseload.sqlite3"


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def readable(data: bytes, needles: tuple[str, ...]) -> list[str]:
    """The needles found in `data`, in UTF-8 or UTF-16 (either byte order)."""
    return [needle for needle in needles if any(form in data for form in encodings(needle))]


def files_under(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def fingerprint(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder`, by name; not the -shm (SQLite's shared-memory
    index, whose read marks any reader may move: it holds no records)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in files_under(folder)
        if not p.name.endswith("-shm")
    }


def head(path: Path) -> bytes:
    with path.open("rb") as stream:
        return stream.read(16)


def write_secrets(tmp_path: Path, *lines: str) -> Path:
    secrets_file = tmp_path / "secrets.txt"
    secrets_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return secrets_file


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line in-process; no secret and no traceback is ever in its output."""
    code = main(["--today", TODAY, *argv])
    out, err = capsys.readouterr()
    for secret in SECRETS:
        assert secret not in out and secret not in err, (argv, out, err)
    assert "Traceback" not in out + err
    return code, out, err


def caseload_table(db_path: Path, key: bytes | None) -> list[tuple[object, ...]]:
    """What the caseload holds, as rows of the tables a counselor's work is in."""
    with connect(db_path, key=key) as db:
        found: list[tuple[object, ...]] = []
        for table in ("participants", "sessions", "attendance", "notes", "measures", "consents"):
            found += [(table, *tuple(row)) for row in db.execute(f"SELECT * FROM {table}")]
        return found


def audit_rows(db_path: Path, key: bytes | None) -> list[tuple[str, str, str]]:
    with connect(db_path, key=key) as db:
        return [(e.action, e.target, e.detail) for e in audit_repo.entries(db.conn)]


# -- 1. nothing readable ----------------------------------------------------------------------


def test_no_name_or_chart_number_is_readable_in_the_file_its_wal_or_any_backup(
    template: Template, tmp_path: Path
) -> None:
    needles = (*template.names, *template.charts, LATE_NAME)
    # the control: in the plaintext file the same search finds every one of them
    assert readable(template.plaintext.read_bytes(), needles) == [
        n for n in needles if n != LATE_NAME
    ]
    assert len(template.names) >= 10 and len(template.charts) >= 10
    assert any(not name.isascii() for name in template.names)  # accents are searched too

    path = copy_of(template, tmp_path)
    assert head(path) != SQLITE_HEADER
    with connect(path, key=template.key, now=clock().now()) as db:
        after = maintenance.backup_now(db, clock())
        with db.transaction() as conn:
            conn.execute("UPDATE participants SET last_name = :n WHERE id = 1", {"n": LATE_NAME})
        wal = Path(f"{path}-wal")
        assert wal.is_file() and wal.stat().st_size > 0
        seen = {p.name: readable(p.read_bytes(), needles) for p in files_under(path.parent)}
        assert db.execute("SELECT last_name FROM participants WHERE id = 1").fetchone()[0] == (
            LATE_NAME
        )
    before = path.parent / "backups" / template.backup_before
    for written in (path, wal, before, after):
        assert written.name in seen, sorted(seen)
    for copy in (before, after):
        assert head(copy) != SQLITE_HEADER, copy.name
        assert keys.path_for(copy).is_file()
    assert {name: found for name, found in seen.items() if found} == {}


def test_a_write_lands_in_the_wal_readable_only_when_plaintext(tmp_path: Path) -> None:
    """The control of the -wal search above: a plaintext caseload's -wal shows the name."""
    path = tmp_path / "plain.sqlite3"
    with connect(path, now=clock().now()) as db:
        fill_demo(db, clock())
        with db.transaction() as conn:
            conn.execute("UPDATE participants SET last_name = :n WHERE id = 1", {"n": LATE_NAME})
        assert readable(Path(f"{path}-wal").read_bytes(), (LATE_NAME,)) == [LATE_NAME]


# -- 2. wrong secrets change nothing ------------------------------------------------------------


def test_a_wrong_passphrase_or_recovery_key_is_refused_and_nothing_changes(
    template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_of(template, tmp_path)
    db = connect(path, key=template.key)  # held open: its -wal is there, with a write in it
    try:
        with db.transaction() as conn:
            conn.execute("UPDATE participants SET updated_at = updated_at || '' WHERE id = 1")
        assert Path(f"{path}-wal").stat().st_size > 0
        before = fingerprint(path.parent)
        assert {"caseload.sqlite3", "caseload.sqlite3-wal", "caseload.sqlite3.keys"} <= set(before)

        with pytest.raises(ValidationError) as wrong:
            encryption.unlock(path, "harbor lights at dawn")
        assert (wrong.value.field, wrong.value.message) == (
            "passphrase",
            "The passphrase is not right.",
        )
        for typed in (keys.new_recovery_key(), "not a recovery key", PASSPHRASE):
            with pytest.raises(ValidationError) as wrong:
                encryption.unlock_with_recovery_key(path, typed)
            assert wrong.value.field == "recovery_key"
        with pytest.raises(ValidationError):
            encryption.recover(
                path, keys.new_recovery_key(), NEW_PASSPHRASE, NEW_PASSPHRASE, clock()
            )
        with pytest.raises(PassphraseNeededError):
            connect(path)
        with pytest.raises(WrongKeyError):
            connect(path, key=keys.new_data_key())
        assert fingerprint(path.parent) == before

        wrong_passphrase = write_secrets(tmp_path, "harbor lights at dawn", NEW_PASSPHRASE)
        refused = "counselor-desk: The passphrase is not right.\n"
        for command in ("caseload", "change-passphrase", "check"):
            code, out, err = cli(
                capsys, "--db", str(path), "--passphrase-file", str(wrong_passphrase), command
            )
            assert (code, out, err) == (1, "", refused), command
        wrong_key = write_secrets(tmp_path, keys.new_recovery_key(), NEW_PASSPHRASE)
        code, out, err = cli(
            capsys, "--db", str(path), "--passphrase-file", str(wrong_key), "recover"
        )
        assert (code, out, err) == (1, "", "counselor-desk: The recovery key is not right.\n")
        assert fingerprint(path.parent) == before
    finally:
        db.close()
    assert encryption.unlock(path, PASSPHRASE) == template.key  # the right one still opens it


def test_a_key_file_of_another_caseload_is_refused_in_one_sentence(
    template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key file swapped in (same passphrase, another data key) opens nothing and writes nothing."""
    path = copy_of(template, tmp_path)
    keys.write(path, keys.KeyFile.make(keys.new_data_key(), PASSPHRASE, keys.new_recovery_key()))
    before = fingerprint(path.parent)
    passphrase = write_secrets(tmp_path, PASSPHRASE)
    code, out, err = cli(
        capsys, "--db", str(path), "--passphrase-file", str(passphrase), "caseload"
    )
    assert code == 1 and out == ""
    assert err.startswith("counselor-desk: ") and err.count("\n") == 1, err
    assert fingerprint(path.parent) == before


def test_turn_on_refuses_a_short_passphrase_or_an_encrypted_file_touching_nothing(
    template: Template, tmp_path: Path
) -> None:
    path = copy_of(template, tmp_path)
    before = fingerprint(path.parent)
    with pytest.raises(ValidationError, match="already"):
        encryption.turn_on(path, NEW_PASSPHRASE, NEW_PASSPHRASE, clock())
    assert fingerprint(path.parent) == before
    plain = tmp_path / "plain" / "caseload.sqlite3"
    plain.parent.mkdir()
    shutil.copyfile(template.plaintext, plain)
    plain_before = fingerprint(plain.parent)
    for passphrase, repeat in (("seven77", "seven77"), (NEW_PASSPHRASE, NEWER_PASSPHRASE)):
        with pytest.raises(ValidationError):
            encryption.turn_on(plain, passphrase, repeat, clock())
    assert fingerprint(plain.parent) == plain_before
    assert not needs_key(plain) and head(plain) == SQLITE_HEADER


# -- 3 and 7. a new passphrase, a recovery: the same records, audited without secrets --------


def test_a_changed_passphrase_and_a_recovery_open_the_same_records(
    template: Template, tmp_path: Path
) -> None:
    path = copy_of(template, tmp_path)
    records = caseload_table(path, template.key)
    trail = audit_rows(path, template.key)
    with connect(path, key=template.key) as db:
        maintenance.backup_now(db, clock())
        followed = encryption.change_passphrase(
            db, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE, clock()
        )
    app_backups = [item.path for item in backup.list_backups(path.parent / "backups", path.stem)]
    assert len(app_backups) == 2 and followed == 2
    with pytest.raises(ValidationError):
        encryption.unlock(path, PASSPHRASE)
    assert encryption.unlock(path, NEW_PASSPHRASE) == template.key
    with pytest.raises(ValidationError):
        maintenance.unlock_backup(app_backups[0], PASSPHRASE)
    for copy in app_backups:
        assert maintenance.unlock_backup(copy, NEW_PASSPHRASE) == template.key
        assert backup.check_file(copy, key=template.key).ok
    assert caseload_table(path, template.key) == records

    # the passphrase forgotten: the recovery key as a newcomer might type it
    typed = template.recovery_key.lower().replace("-", " ")
    assert encryption.recover(path, typed, NEWER_PASSPHRASE, NEWER_PASSPHRASE, clock()) == (
        template.key
    )
    with pytest.raises(ValidationError):
        encryption.unlock(path, NEW_PASSPHRASE)
    assert encryption.unlock(path, NEWER_PASSPHRASE) == template.key
    assert maintenance.unlock_backup(app_backups[-1], NEWER_PASSPHRASE) == template.key
    assert caseload_table(path, template.key) == records
    for copy in (path, *app_backups):
        assert stat.S_IMODE(keys.path_for(copy).stat().st_mode) == 0o600, copy.name

    after = audit_rows(path, template.key)
    assert after[: len(trail)] == trail  # nothing rewritten, only appended
    encryption_rows = [detail for action, _t, detail in after if action == AuditAction.ENCRYPTION]
    assert encryption_rows == [
        encryption.TURNED_ON,
        security.PASSPHRASE_CHANGED,
        encryption.RECOVERED,
    ]
    assert_no_secret_in_the_records(path, template)


def assert_no_secret_in_the_records(path: Path, template: Template) -> None:
    """No passphrase nor the recovery key in any value of any table (the audit trail too)."""
    wanted = (*SECRETS, template.recovery_key, template.recovery_key.replace("-", ""))
    with connect(path, key=template.key) as db:
        tables = [
            str(row[0]) for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        assert "audit_log" in tables
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                text = " ".join(str(value) for value in tuple(row))
                assert not [s for s in wanted if s in text], (table, text[:200])


def test_the_command_line_changes_the_passphrase_and_recovers_showing_the_same_caseload(
    template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_of(template, tmp_path)
    db_arg = ("--db", str(path))
    current = write_secrets(tmp_path, PASSPHRASE)
    code, shown, _err = cli(capsys, *db_arg, "--passphrase-file", str(current), "caseload")
    assert code == 0 and shown.strip()

    change = write_secrets(tmp_path, PASSPHRASE, NEW_PASSPHRASE)
    code, out, _err = cli(capsys, *db_arg, "--passphrase-file", str(change), "change-passphrase")
    assert code == 0 and "The passphrase is changed" in out
    assert "1 backup(s)" in out  # the before-encryption one follows
    code, out, err = cli(capsys, *db_arg, "--passphrase-file", str(current), "caseload")
    assert (code, out, err) == (1, "", "counselor-desk: The passphrase is not right.\n")

    stdin = io.StringIO(f"{template.recovery_key}\n{NEWER_PASSPHRASE}\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", stdin)
        code, out, _err = cli(capsys, *db_arg, "--passphrase-stdin", "recover")
    assert code == 0 and "A new passphrase is set" in out
    newer = write_secrets(tmp_path, NEWER_PASSPHRASE)
    code, out, _err = cli(capsys, *db_arg, "--passphrase-file", str(newer), "caseload")
    assert (code, out) == (0, shown)
    before = path.parent / "backups" / template.backup_before
    assert maintenance.unlock_backup(before, NEWER_PASSPHRASE) == template.key


# -- 4. restore --------------------------------------------------------------------------------


def test_an_encrypted_backup_restores_encrypted_with_the_current_passphrase(
    template: Template, tmp_path: Path
) -> None:
    path = copy_of(template, tmp_path)
    records = caseload_table(path, template.key)
    with connect(path, key=template.key) as db:
        made = maintenance.backup_now(db, clock())
        with db.transaction() as conn:
            conn.execute("UPDATE participants SET last_name = :n WHERE id = 1", {"n": LATE_NAME})
    result = maintenance.restore(path, made, clock(), key=template.key)
    assert result.kept_aside is not None and head(result.kept_aside) != SQLITE_HEADER
    assert keys.path_for(result.kept_aside).is_file()  # the set-aside file still opens
    assert needs_key(path) and head(path) != SQLITE_HEADER
    assert stat.S_IMODE(keys.path_for(path).stat().st_mode) == 0o600
    key = encryption.unlock(path, PASSPHRASE)
    assert key == template.key
    assert caseload_table(path, key) == records  # the late write is gone with the restore
    with connect(path, key=key) as db:
        assert db.encrypted and maintenance.check(db).ok
        restored = [e for e in audit_repo.entries(db.conn) if e.action == AuditAction.RESTORE]
        assert [e.target for e in restored] == [made.name]


def test_the_command_line_restores_an_encrypted_backup_and_checks_it(
    template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_of(template, tmp_path)
    before = path.parent / "backups" / template.backup_before
    passphrase = write_secrets(tmp_path, PASSPHRASE)
    keyed = ("--db", str(path), "--passphrase-file", str(passphrase))
    code, out, _err = cli(capsys, *keyed, "restore", str(before))
    assert code == 0 and f"Restored {path}" in out
    assert needs_key(path)
    code, out, _err = cli(capsys, *keyed, "check")
    assert code == 0, out
    code, out, _err = cli(capsys, *keyed, "backup")
    assert code == 0
    # The backup just made is named by the wall clock's time of day, the one before
    # encryption by the test's (16:00): which sorts first depends on when the test runs.
    made = [
        found.path
        for found in backup.list_backups(path.parent / "backups", path.stem)
        if found.path != before
    ]
    assert len(made) == 1 and head(made[0]) != SQLITE_HEADER


def test_a_plaintext_backup_made_before_encryption_restores(
    template: Template, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = copy_of(template, tmp_path)
    records = caseload_table(template.plaintext, None)
    result = maintenance.restore(path, template.plaintext_backup, clock(), key=template.key)
    assert result.kept_aside is not None and head(result.kept_aside) != SQLITE_HEADER
    assert needs_key(path)  # encrypted like the caseload it went back into
    key = template.key
    assert caseload_table(path, key) == records
    with connect(path, key=key) as db:
        assert maintenance.check(db).ok
    # and from the command line, onto the encrypted caseload it replaced
    again = copy_of(template, tmp_path / "again")
    passphrase = write_secrets(tmp_path, PASSPHRASE)
    code, out, _err = cli(
        capsys,
        "--db",
        str(again),
        "--passphrase-file",
        str(passphrase),
        "restore",
        str(template.plaintext_backup),
    )
    assert code == 0 and f"Restored {again}" in out
    assert needs_key(again)
    assert caseload_table(again, template.key) == records


def test_restoring_a_plaintext_backup_keeps_the_caseload_encrypted(
    template: Template, tmp_path: Path
) -> None:
    """The counselor was told the caseload opens only with the passphrase: going back to an
    old plaintext backup must not turn that off without a word."""
    path = copy_of(template, tmp_path)
    before = fingerprint(tmp_path)
    with pytest.raises(ValidationError, match="passphrase is needed"):
        maintenance.restore(path, template.plaintext_backup, clock())
    with pytest.raises(ValidationError, match="not the caseload's"):
        maintenance.restore(path, template.plaintext_backup, clock(), key=keys.new_data_key())
    assert fingerprint(tmp_path) == before  # refused: nothing touched
    maintenance.restore(path, template.plaintext_backup, clock(), key=template.key)
    assert needs_key(path) and head(path) != SQLITE_HEADER
    with connect(path, key=template.key) as db:  # the caseload's own key, its own key file
        assert maintenance.check(db).ok
    assert encryption.unlock(path, PASSPHRASE) == template.key


# -- 5. plaintext files open as before ---------------------------------------------------------


@pytest.mark.parametrize("sample", sorted(FIXTURES.glob("schema_v*.sqlite3")), ids=lambda p: p.stem)
def test_an_old_plaintext_caseload_opens_migrates_and_stays_plaintext(
    sample: Path, tmp_path: Path
) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(sample, path)
    assert not needs_key(path)
    with connect(path, now=clock().now()) as db:
        assert not db.encrypted and db.key is None
        assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
        charts = [r[0] for r in db.execute("SELECT chart_number FROM participants ORDER BY id")]
        assert charts == ["FX-001", "FX-002"]
        assert maintenance.check(db).ok
    assert head(path) == SQLITE_HEADER
    assert not keys.path_for(path).exists() and not needs_key(path)
    with sqlite3.connect(path) as plain:  # still the stock sqlite3's file
        assert plain.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    plain.close()


# -- 6. the command line without a terminal ----------------------------------------------------


def test_the_command_line_without_a_terminal_or_secrets_says_so_in_one_sentence(
    template: Template,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = copy_of(template, tmp_path)
    before = fingerprint(path.parent)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    for command in ("caseload", "check", "backup", "change-passphrase", "encrypt"):
        code, out, err = cli(capsys, "--db", str(path), command)
        assert (code, out, err) == (1, "", f"counselor-desk: {NO_TERMINAL}\n"), command
    missing = tmp_path / "no-such-file.txt"
    code, out, err = cli(capsys, "--db", str(path), "--passphrase-file", str(missing), "caseload")
    assert (code, out) == (1, "")
    assert err == f"counselor-desk: The passphrase file {missing} cannot be read.\n"
    empty = write_secrets(tmp_path, "")
    code, out, err = cli(capsys, "--db", str(path), "--passphrase-file", str(empty), "caseload")
    assert code == 1 and out == "" and err.count("\n") == 1 and "missing" in err
    assert fingerprint(path.parent) == before


def test_a_real_process_with_no_terminal_gets_a_plain_sentence(
    template: Template, tmp_path: Path
) -> None:
    path = copy_of(template, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "counselor_desk", "--db", str(path), "caseload"],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == f"counselor-desk: {NO_TERMINAL}\n"


def test_encrypt_from_the_command_line_shows_the_recovery_key_once_and_never_the_passphrase(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "caseload.sqlite3"
    code, _out, _err = cli(capsys, "--db", str(path), "demo")
    assert code == 0
    code, shown, _err = cli(capsys, "--db", str(path), "caseload")
    passphrase = write_secrets(tmp_path, PASSPHRASE)
    code, out, err = cli(capsys, "--db", str(path), "--passphrase-file", str(passphrase), "encrypt")
    assert code == 0, err
    key_lines = [line for line in out.splitlines() if re.fullmatch(r"    \S+", line)]
    assert len(key_lines) == 1, out
    recovery_key = key_lines[0].strip()
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", recovery_key)
    assert out.count(recovery_key) == 1 and recovery_key not in err
    assert needs_key(path) and head(path) != SQLITE_HEADER
    for written in files_under(folder):  # no secret at rest, in any form
        data = written.read_bytes()
        for secret in (PASSPHRASE, recovery_key, recovery_key.replace("-", "")):
            assert not readable(data, (secret,)), written.name
        if written.suffix == ".sqlite3":
            assert head(written) != SQLITE_HEADER, written.name
    assert encryption.unlock_with_recovery_key(path, recovery_key) == encryption.unlock(
        path, PASSPHRASE
    )
    code, out, _err = cli(
        capsys, "--db", str(path), "--passphrase-file", str(passphrase), "caseload"
    )
    assert (code, out) == (0, shown)
    code, out, _err = cli(
        capsys, "--db", str(path), "--passphrase-file", str(passphrase), "encrypt"
    )
    assert code == 0 and "encrypted already" in out and recovery_key not in out


# -- 7. failed tries audited ------------------------------------------------------------------


def test_failed_tries_are_audited_without_what_was_typed(
    template: Template, tmp_path: Path
) -> None:
    path = copy_of(template, tmp_path)
    now = clock().now()
    with connect(path, key=template.key) as db:
        encryption.record_failed_tries(db, [now, now])
        failed = [e for e in audit_repo.entries(db.conn) if e.action == AuditAction.FAILED_UNLOCK]
    assert [e.detail for e in failed] == [
        "wrong passphrase at start, try 1",
        "wrong passphrase at start, try 2",
    ]
    assert_no_secret_in_the_records(path, template)


# -- 8 and 9. file modes, temporary storage ----------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_key_files_and_encrypted_files_are_owner_only(template: Template) -> None:
    path = template.folder / "caseload.sqlite3"
    before = template.folder / "backups" / template.backup_before
    for key_file in (keys.path_for(path), keys.path_for(before)):
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600, key_file.name
    for written in (path, before):
        assert stat.S_IMODE(written.stat().st_mode) & 0o077 == 0, written.name
    assert stat.S_IMODE((template.folder / "backups").stat().st_mode) & 0o077 == 0


def test_temporary_storage_of_an_encrypted_connection_is_in_memory(
    template: Template, tmp_path: Path
) -> None:
    path = copy_of(template, tmp_path)
    with connect(path, key=template.key) as db:
        assert db.encrypted
        assert db.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    reading = open_for_reading(path, key=template.key)
    try:
        assert reading.conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        reading.close()
