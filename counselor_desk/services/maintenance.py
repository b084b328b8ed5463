"""Nothing lost: backups (now, on a timer, on close), thinning, `check`, and restore.

Backups go into the `backups` folder beside the database, each checked before it is kept.
Restore never deletes anything: the database it replaces is kept aside under a dated name.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction, first_broken
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.integrity import cross_check
from counselor_desk.domain.retention import DEFAULT_POLICY, RetentionPolicy, backups_to_remove
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.store import anchor as anchor_store
from counselor_desk.store import backup, checks, encrypt, integrity_repo, keys, schema
from counselor_desk.store.connection import DRIVER_ERRORS, Connection, open_connection, open_plain
from counselor_desk.store.db import Database, connect, needs_key
from counselor_desk.store.errors import StoreError, WrongKeyError, explain
from counselor_desk.store.files import make_private_dir, make_private_file

log = logging.getLogger(__name__)

#: While changes are being made, at most one automatic backup per this interval.
BACKUP_INTERVAL = dt.timedelta(minutes=30)


# -- backups -----------------------------------------------------------------------------------


def _on_disk(db: Database) -> Path:
    if str(db.path) == ":memory:":
        raise ValidationError(messages.text("An in-memory database cannot be backed up."), "db")
    return db.path


def write_backup(db: Database, clock: Clock, to_dir: Path | None = None, tag: str = "") -> Path:
    """Write one checked backup file (no audit row): safe to run on a second connection."""
    path = _on_disk(db)
    folder = backup.backups_dir(path) if to_dir is None else Path(to_dir)
    if folder.exists() and not folder.is_dir():
        raise ValidationError(
            messages.text("{folder} is a file, not a folder.", folder=folder), "to"
        )
    return backup.write_backup(
        db.conn, folder, path.stem, clock.now(), tag, own_folder=to_dir is None
    )


def record_backup(db: Database, clock: Clock, backup_file: Path) -> None:
    audit.log_event(
        db, AuditAction.BACKUP, clock.now(), target=backup_file.name, detail=str(backup_file.parent)
    )


def backup_now(db: Database, clock: Clock, to_dir: Path | None = None) -> Path:
    """Back up the open database now and record it in the audit trail; returns the file."""
    target = write_backup(db, clock, to_dir)
    record_backup(db, clock, target)
    return target


def thin_backups(
    db_path: Path, now: dt.datetime, policy: RetentionPolicy = DEFAULT_POLICY
) -> list[Path]:
    """Remove the backups of this database the retention policy no longer keeps; returns them.

    Only files named like this database's backups, in its own `backups` folder, are touched.
    """
    backups = backup.list_backups(backup.backups_dir(db_path), db_path.stem)
    doomed = backups_to_remove([item.made_at for item in backups], now, policy)
    removed = []
    for item in backups:
        if item.made_at in doomed:
            try:
                item.path.unlink()
                anchor_store.path_for(item.path).unlink(missing_ok=True)
            except OSError as error:
                log.warning("an old backup could not be removed (%s)", error.strerror)
            else:
                removed.append(item.path)
    return removed


def maybe_backup(
    db: Database, clock: Clock, last_backup_at: dt.datetime | None, changed: bool
) -> Path | None:
    """Back up (and thin) when something changed and the last backup is 30 minutes old or
    there is none; otherwise do nothing and return None."""
    if not changed:
        return None
    now = clock.now()
    if last_backup_at is not None and now - last_backup_at < BACKUP_INTERVAL:
        return None
    target = backup_now(db, clock)
    thin_backups(db.path, now)
    return target


@dataclass
class BackupScheduler:
    """Automatic backups for the app: call `tick()` on a timer and `on_close()` when closing.

    Whether anything changed is read from the connection's own change counter, so no view has
    to remember to report its writes.
    """

    db: Database
    clock: Clock
    last_backup_at: dt.datetime | None = None
    _changes_at_backup: int = field(default=-1, init=False)

    def __post_init__(self) -> None:
        self._changes_at_backup = self._record_changes()

    def _record_changes(self) -> int:
        """Rows the app changed, less what it only derived (the stored review figures)."""
        return self.db.total_changes - self.db.derived_changes

    def changed(self) -> bool:
        return self._record_changes() != self._changes_at_backup

    def backed_up(self, target: Path | None) -> Path | None:
        """Note a backup made elsewhere (e.g. by a worker thread); returns `target`."""
        if target is not None:
            self.last_backup_at = self.clock.now()
            self._changes_at_backup = self._record_changes()
        return target

    def tick(self) -> Path | None:
        """At most every 30 minutes while changes are being made."""
        return self.backed_up(
            maybe_backup(self.db, self.clock, self.last_backup_at, self.changed())
        )

    def on_close(self) -> Path | None:
        """When the app closes: a backup if anything changed since the last one."""
        return self.backed_up(maybe_backup(self.db, self.clock, None, self.changed()))


def find_good_backups(
    db_path: Path, *, limit: int | None = None, key: bytes | None = None
) -> list[backup.BackupFile]:
    """This database's backups that pass a check and this app can open, newest first (an
    encrypted backup is checked with the data `key`; without it, it cannot be)."""
    good: list[backup.BackupFile] = []
    for item in backup.list_backups(backup.backups_dir(db_path), db_path.stem):
        if backup.check_file(item.path, quick=True, key=key).ok:
            good.append(item)
            if limit is not None and len(good) >= limit:
                break
    return good


def newest_good_backup(db_path: Path, key: bytes | None = None) -> backup.BackupFile | None:
    found = find_good_backups(db_path, limit=1, key=key)
    return found[0] if found else None


# -- check -------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What `check` found; `ok` when everything holds. `structure_checked` is False for the
    record's verification alone (`verify_record`), which leaves the file structure to the
    quick check at open."""

    integrity: tuple[str, ...] = ()
    foreign_keys: tuple[str, ...] = ()
    altered_notes: tuple[int, ...] = ()
    altered_discharges: tuple[int, ...] = ()
    first_bad_audit_row: int | None = None
    triggers: tuple[str, ...] = ()
    unvouched: tuple[str, ...] = ()
    anchor: anchor_store.Finding = field(default_factory=anchor_store.not_looked_at)
    unreadable: tuple[str, ...] = ()
    structure_checked: bool = True

    @property
    def ok(self) -> bool:
        return not (
            self.integrity
            or self.foreign_keys
            or self.altered_notes
            or self.altered_discharges
            or self.first_bad_audit_row is not None
            or self.triggers
            or self.unvouched
            or not self.anchor.ok
            or self.unreadable
        )

    def findings(self) -> list[tuple[tuple[str, ...], str]]:
        """Each thing checked, in the report's order: the problems found (none: it holds) and
        the sentence for it holding. Ids only, never note text or names."""
        found: list[tuple[tuple[str, ...], str]] = []
        if self.structure_checked:
            found.append(
                (
                    tuple(messages.text("structure: {problem}", problem=p) for p in self.integrity),
                    messages.text("file structure (integrity_check)"),
                )
            )
            found.append(
                (self.foreign_keys, messages.text("links between records (foreign_key_check)"))
            )
        found.append(
            (
                self.triggers,
                messages.text("the triggers that lock signed records are in place, unchanged"),
            )
        )
        found.append(
            (
                tuple(
                    messages.text(
                        "signed note {note_id} no longer matches its signature", note_id=note_id
                    )
                    for note_id in self.altered_notes
                ),
                messages.text("signed notes match their signatures"),
            )
        )
        found.append(
            (
                tuple(
                    messages.text(
                        "the signed discharge summary of participant {participant_id} (or one "
                        "of its amendments) no longer matches its signature",
                        participant_id=participant_id,
                    )
                    for participant_id in self.altered_discharges
                ),
                messages.text(
                    "signed discharge summaries and their amendments match their signatures"
                ),
            )
        )
        found.append(
            (
                self.unvouched,
                messages.text(
                    "every signed record, addendum, amendment and disclosure has its audit row "
                    "and matches it"
                ),
            )
        )
        found.append(
            (
                ()
                if self.first_bad_audit_row is None
                else (
                    messages.text(
                        "the audit trail was altered outside the app: first bad row is {row}",
                        row=self.first_bad_audit_row,
                    ),
                ),
                messages.text("audit trail chain is whole"),
            )
        )
        found.append((() if self.anchor.ok else (self.anchor.text,), self.anchor.text))
        found += [((problem,), problem) for problem in self.unreadable]
        return found

    def first_problem(self) -> str | None:
        """The first problem found, in the report's words (None when everything holds)."""
        return next((problems[0] for problems, _good in self.findings() if problems), None)

    def lines(self) -> list[str]:
        """The report in plain sentences (ids only, never note text or names), in the app's
        language: a line is an "ok" or a "FAIL" mark, then what was found (the details SQLite
        itself gave stay in its words)."""
        out: list[str] = []
        for problems, good in self.findings():
            if not problems:
                out.append(messages.text("ok    {finding}", finding=good))
                continue
            more = len(problems) - 10
            tail = ["      " + messages.text("… and {more} more", more=more)] if more > 0 else []
            out += [
                messages.text("FAIL  {finding}", finding=problems[0]),
                *(f"      {p}" for p in problems[1:10]),
                *tail,
            ]
        return out

    def text(self) -> str:
        summary = (
            messages.text("All good: nothing is damaged or altered.")
            if self.ok
            else messages.text(
                "Problems found: restore a good backup (counselor-desk restore FILE) or keep "
                "this file for investigation."
            )
        )
        return "\n".join([*self.lines(), "", summary])


def quick_check(db: Database) -> list[str]:
    """The fast structural check for the start of the app: [] when sound."""
    try:
        return checks.integrity_problems(db.conn, quick=True)
    except StoreError as error:
        return [str(error)]


def _sqlite_words(error: StoreError) -> str:
    """What SQLite itself said, for the check report (the plain sentence names the file)."""
    return str(error.__cause__ or error)


def verify_record(db: Database) -> CheckReport:
    """Is the record of care as the app left it? The protective triggers, each signed note
    against its signature, every signed note, addendum and disclosure against the audit row
    vouching for it (both ways), the audit chain, and its head against the anchor outside the
    file. Reads only; what the app runs in the background after opening."""
    unreadable: list[str] = []
    triggers: list[str] = []
    notes: list[int] = []
    discharges: list[int] = []
    unvouched: list[str] = []
    bad_row = None
    finding = anchor_store.Finding(
        False, messages.text("the anchor of the audit trail was not checked")
    )
    try:
        triggers = integrity_repo.trigger_problems(db.conn, schema.expected_triggers())
    except StoreError as error:
        unreadable.append(
            messages.text(
                "the triggers could not be read ({sqlite_words})",
                sqlite_words=_sqlite_words(error),
            )
        )
    try:
        signed = integrity_repo.signed_notes(db.conn)
        notes = [key for key, (stored, content) in signed.items() if stored != content]
        # Imported here: it brings the discharge summary's documents, which a start does not need.
        from counselor_desk.services import discharge_signing

        discharges = discharge_signing.verify_signed_discharges(db)
        entries = audit.entries(db)
        bad_row = first_broken(entries)
        unvouched = cross_check(entries, integrity_repo.records(db.conn, signed))
        finding = anchor_store.verify(db.conn, db.path)
    except (StoreError, ValueError, KeyError) as error:
        unreadable.append(
            messages.text("the record could not be read ({error})", error=type(error).__name__)
        )
    return CheckReport(
        altered_notes=tuple(notes),
        altered_discharges=tuple(discharges),
        first_bad_audit_row=None if bad_row is None else bad_row.id,
        triggers=tuple(triggers),
        unvouched=tuple(unvouched),
        anchor=finding,
        unreadable=tuple(unreadable),
        structure_checked=False,
    )


def verify_file(path: Path, key: bytes | None = None, language: str | None = None) -> CheckReport:
    """`verify_record` on a connection of its own to the database at `path` (for a process of
    its own: a module-level function with plain arguments; an encrypted file's data `key`
    travels to it through the pipe that starts it, never a file or the command line). A
    process of its own starts in English: `language` (the app's `messages.language()`) says
    its findings and refusals in the app's language (in the app's own process it is already
    that language, and nothing changes)."""
    if language is not None and language != messages.language():
        messages.use(language)
    with connect(path, key=key, migrate=False) as db:
        return verify_record(db)


def _unreadable_structure(error: StoreError) -> str:
    return messages.text(
        "the file structure could not be read ({sqlite_words})", sqlite_words=_sqlite_words(error)
    )


@dataclass
class _Structure:
    """SQLite's integrity_check and foreign_key_check of a database, and what stopped them."""

    integrity: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)

    def read(self, conn: Connection) -> None:
        try:
            self.integrity = checks.integrity_problems(conn)
            self.foreign = checks.foreign_key_problems(conn)
        except StoreError as error:
            self.unreadable.append(_unreadable_structure(error))

    def read_file(self, path: Path, key: bytes | None, uri: str | None) -> None:
        """On a read-only connection of its own (for a thread: SQLite works without Python's
        lock, so the record's hashes are checked meanwhile on the other core), through `uri`
        when the database itself was opened read-only so."""
        read_only = uri or Path(os.path.abspath(path)).as_uri() + "?mode=ro"
        try:
            conn = open_connection(path, read_only, key=key)
        except StoreError as error:
            self.unreadable.append(_unreadable_structure(error))
            return
        try:
            self.read(conn)
        finally:
            conn.close()


def check(db: Database) -> CheckReport:
    """Full check: file structure and links, and everything `verify_record` holds. On a
    database file the structure is read on a connection of its own in a second thread while
    the record is verified here: the check takes about as long as the longer of the two."""
    structure = _Structure()
    worker: threading.Thread | None = None
    if str(db.path) == ":memory:":
        structure.read(db.conn)
    else:
        key = getattr(db.conn, "data_key", None)
        worker = threading.Thread(
            target=structure.read_file,
            args=(db.path, key, db.read_only_uri),
            name="check-structure",
        )
        worker.start()
    try:
        record = verify_record(db)
    finally:
        if worker is not None:
            worker.join()
    return replace(
        record,
        integrity=tuple(structure.integrity),
        foreign_keys=tuple(structure.foreign),
        unreadable=tuple(structure.unreadable) + record.unreadable,
        structure_checked=True,
    )


# -- restore -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: Path
    kept_aside: Path | None  # None when there was no database at the path before


def _aside_name(db_path: Path, now: dt.datetime) -> Path:
    n = 0
    while True:
        suffix = f"-{n}" if n else ""
        name = f"{db_path.stem}.replaced-{now:%Y%m%d-%H%M%S}{suffix}{db_path.suffix or '.sqlite3'}"
        candidate = db_path.with_name(name)
        if not any(Path(f"{candidate}{end}").exists() for end in ("", "-wal", "-shm")):
            return candidate
        n += 1


def backup_is_encrypted(backup_file: Path) -> bool:
    """The backup is encrypted (it is restored with its data key: see `restore`)."""
    return backup.encrypted(Path(backup_file))


def unlock_backup(backup_file: Path, passphrase: str) -> bytes:
    """The data key of an encrypted backup, from its own key file and a passphrase (or the
    recovery key); ValidationError when neither opens it."""
    try:
        found = keys.read(Path(backup_file))
    except keys.KeyFileError as error:
        raise ValidationError(str(error), "file") from error
    for opener in (found.open_with_passphrase, found.open_with_recovery_key):
        with contextlib.suppress(keys.WrongSecret):
            return opener(passphrase)
    raise ValidationError(
        messages.text(
            "The passphrase does not open this backup (a backup made before the passphrase was "
            "changed opens with the earlier passphrase or the recovery key)."
        ),
        "passphrase",
    )


def restore(
    db_path: Path, backup_file: Path, clock: Clock, key: bytes | None = None
) -> RestoreResult:
    """Put the database at `db_path` back to `backup_file`. Close every connection first.

    The backup is verified before anything is touched; the current database (with its -wal
    and -shm files) is moved aside under a dated name, never deleted; the restored database
    records a RESTORE row in its audit trail. An encrypted backup is read with its data `key`
    (the database's own, or `unlock_backup`'s) and stays encrypted, with its key file: the
    live database's key file when both wrap the same key (the current passphrase opens it),
    else the backup's own.
    """
    db_path = Path(db_path)
    backup_file = Path(backup_file)
    if backup_file.resolve() == db_path.resolve():
        raise ValidationError(
            messages.text("Choose a backup file, not the database itself."), "file"
        )
    encrypted = backup.encrypted(backup_file)
    if encrypted and key is None:
        raise ValidationError(
            messages.text(
                "The backup {backup_file} is encrypted: its passphrase is needed to restore it.",
                backup_file=backup_file,
            ),
            "file",
        )
    # a plaintext backup put back into an encrypted caseload is encrypted with its key:
    # going back to an old backup never turns encryption at rest off
    encrypt_into = not encrypted and db_path.is_file() and needs_key(db_path)
    if encrypt_into:
        if key is None:
            raise ValidationError(
                messages.text(
                    "The caseload is encrypted: its passphrase is needed to restore a backup into "
                    "it."
                ),
                "passphrase",
            )
        _prove_live_key(db_path, key)
    key = key if encrypted or encrypt_into else None
    # The backup's full check runs on a connection of its own while it is copied into a
    # staging file beside the database (both are SQLite's work, on the two cores); the
    # check decides before anything is put in place. Into a folder that does not exist yet
    # the check comes first, so a refused backup leaves no folder behind.
    check = _BackupCheck(backup_file, key if encrypted else None)
    folder = db_path.parent
    if not folder.exists():
        check.result_or_refuse()
        make_private_dir(folder)
    else:
        check.start()
    now = clock.now()
    staging = folder / f".restore-{now:%Y%m%d-%H%M%S}-{os.getpid()}.partial"
    try:
        _remove_database_files(staging)
        try:
            if encrypt_into and key is not None:
                head = _encrypted_copy(backup_file, staging, key)
            else:
                head = backup.copy_file_database(backup_file, staging, key)
        except (backup.UnreadableBackupError, ValidationError) as error:
            check.result_or_refuse()  # what the check found says more than the copy's failure
            if isinstance(error, ValidationError):
                raise
            raise ValidationError(
                messages.text(
                    "The backup {backup_file} could not be read; nothing was changed.",
                    backup_file=backup_file,
                ),
                "file",
            ) from error
        finally:
            check.wait()
        check.result_or_refuse()
        if head is not None:
            # the restored trail, checked against the backup's own anchor above, is anchored
            # afresh: its head moves on with the RESTORE row below
            anchor_store.write(staging, head)
        if encrypted:
            _place_key_file(db_path, backup_file, staging)
        elif encrypt_into:
            keys.write(staging, keys.read(db_path))
        # the backup passed the full check above and the copy is whole: no second check
        # (an older schema is still quick-checked before it is migrated)
        with connect(staging, key=key, backup_before_migrating=False, defer_check=True) as restored:
            audit.log_event(
                restored,
                AuditAction.RESTORE,
                now,
                target=backup_file.name,
                detail=f"restored from {backup_file}",
            )
        kept_aside = _move_aside(db_path, now)
        os.replace(staging, db_path)
        make_private_file(db_path)
        for companion in (anchor_store.path_for, keys.path_for):
            if companion(staging).exists():
                os.replace(companion(staging), companion(db_path))
    except OSError as error:
        raise StoreError(
            messages.text(
                "The backup could not be put in place of {path} ({why}); nothing was deleted.",
                path=db_path,
                why=error.strerror or error,
            )
        ) from error
    finally:
        _remove_database_files(staging)
    log.info("database restored from a backup")
    return RestoreResult(restored_from=backup_file, kept_aside=kept_aside)


class _BackupCheck:
    """`backup.check_file` of the backup to restore, in a thread or here."""

    def __init__(self, backup_file: Path, key: bytes | None) -> None:
        self.backup_file = backup_file
        self.key = key
        self.found: backup.FileCheck | None = None
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None

    def run(self) -> None:
        try:
            self.found = backup.check_file(self.backup_file, key=self.key)
        except BaseException as error:  # handed to the restoring thread, raised there
            self.error = error

    def start(self) -> None:
        self.thread = threading.Thread(target=self.run, name="restore-check")
        self.thread.start()

    def wait(self) -> None:
        if self.thread is not None:
            self.thread.join()
        elif self.found is None and self.error is None:
            self.run()

    def result_or_refuse(self) -> None:
        """Raise the plain refusal when the backup failed its check (or the check's error)."""
        self.wait()
        if self.error is not None:
            raise self.error
        assert self.found is not None
        if not self.found.ok:
            raise ValidationError(
                messages.text(
                    "The backup {backup_file} cannot be restored: {problem}.",
                    backup_file=self.backup_file,
                    problem=self.found.problems[0],
                ),
                "file",
            )


def _prove_live_key(db_path: Path, key: bytes) -> None:
    """`key` is the encrypted caseload's own (a restored copy keyed otherwise would open with
    neither its passphrase nor its recovery key)."""
    try:
        open_plain(str(db_path), key=key, where=db_path).close()
    except WrongKeyError as error:
        raise ValidationError(
            messages.text("The passphrase given is not the caseload's: nothing was changed."),
            "passphrase",
        ) from error
    except DRIVER_ERRORS as error:
        raise StoreError(str(explain(error, db_path))) from error


def _encrypted_copy(backup_file: Path, staging: Path, key: bytes) -> anchor_store.Anchor | None:
    """A plaintext backup copied encrypted with `key`; returns the copy's audit head."""
    try:
        encrypt.encrypted_copy(backup_file, staging, key)
    except StoreError as error:
        raise ValidationError(
            messages.text(
                "The backup {backup_file} could not be read; nothing was changed.",
                backup_file=backup_file,
            ),
            "file",
        ) from error
    conn = open_plain(str(staging), key=key, where=staging)
    try:
        return anchor_store.head(conn)
    finally:
        conn.close()


def _place_key_file(db_path: Path, backup_file: Path, staging: Path) -> None:
    """The key file the restored copy goes live with (see `restore`)."""
    theirs = keys.read(backup_file)
    try:
        live = keys.read(db_path)
    except keys.KeyFileError:
        live = None
    keys.write(staging, live if live is not None and live.recovery == theirs.recovery else theirs)


def _remove_database_files(path: Path) -> None:
    for end in ("", "-wal", "-shm", "-journal", anchor_store.SUFFIX, keys.SUFFIX):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{end}").unlink()


def _move_aside(db_path: Path, now: dt.datetime) -> Path | None:
    """Move the database and its -wal/-shm files to a dated name beside it (untouched)."""
    if not db_path.exists():
        return None
    aside = _aside_name(db_path, now)
    os.replace(db_path, aside)
    for end in ("-wal", "-shm", "-journal", anchor_store.SUFFIX, keys.SUFFIX):
        source = Path(f"{db_path}{end}")
        if source.exists():
            os.replace(source, Path(f"{aside}{end}"))
    return aside
