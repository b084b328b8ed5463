"""`backup [--to DIR]`, `check` and `restore FILE`: the command-line side of "nothing lost"."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from counselor_desk.cli_common import database_path, secrets_of

if TYPE_CHECKING:
    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database
    from counselor_desk.store.errors import StoreError


def backup_hint(args: argparse.Namespace, error: StoreError) -> str:
    """For a damaged or too-new database: the newest good backup and how to restore it."""
    from counselor_desk.store.errors import DamagedDatabaseError, NewerDatabaseError

    if not isinstance(error, DamagedDatabaseError | NewerDatabaseError):
        return ""
    import shlex

    from counselor_desk.services import maintenance

    path = database_path(args)
    found = maintenance.newest_good_backup(path, getattr(args, "_key", None))
    if found is None:
        return "\nThe file was left untouched. No good backup of it was found."
    where = "--demo " if getattr(args, "demo", False) else ""
    if args.db:
        where = f"--db {shlex.quote(str(path))} "
    return (
        f"\nThe file was left untouched. The newest good backup is {found.path} "
        f"(made {found.made_at:%Y-%m-%d %H:%M}). To go back to it "
        "(the current file is kept aside, not deleted):\n"
        f"  counselor-desk {where}restore {shlex.quote(str(found.path))}"
    )


def add_backup_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help="write the backup into this folder (default: the backups folder beside the database)",
    )


def run_backup(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.services import maintenance

    target = maintenance.backup_now(db, clock, args.to)
    print(f"Backup written and checked: {target}")
    if args.to is None:
        removed = maintenance.thin_backups(db.path, clock.now())
        if removed:
            print(f"Removed {len(removed)} older backup(s) the keeping schedule no longer needs.")
    return 0


def add_check_arguments(parser: argparse.ArgumentParser) -> None:
    """`check` takes no arguments."""


def run_check(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.services import maintenance

    report = maintenance.check(db)
    print(f"Checked {db.path}")
    print(report.text())
    return 0 if report.ok else 1


def add_restore_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the backup file to go back to")


def run_restore(args: argparse.Namespace, db: Database | None, clock: Clock) -> int:
    """Runs even when the current database cannot be opened (that is when it is needed)."""
    from counselor_desk.services import maintenance

    path = database_path(args) if db is None else db.path
    if db is not None:
        db.close()
    result = maintenance.restore(path, args.file, clock, _backup_key(args))
    print(f"Restored {path} from the backup {result.restored_from}.")
    if result.kept_aside is not None:
        print(f"The database it replaced was kept as {result.kept_aside}.")
    return 0


def _backup_key(args: argparse.Namespace) -> bytes | None:
    """The data key an encrypted backup is read with: the database's own when it reads it,
    else from the passphrase given for the database or asked for the backup. A plaintext
    backup going into an encrypted caseload is encrypted with the caseload's own key."""
    from counselor_desk.services import maintenance
    from counselor_desk.store import backup

    own = getattr(args, "_key", None)
    if not maintenance.backup_is_encrypted(args.file):
        return None if own is None else bytes(own)  # encrypted like the caseload it goes into
    if own is not None and backup.check_file(args.file, quick=True, key=own).ok:
        return bytes(own)
    given = getattr(args, "_passphrase", None)
    if given is None:
        given = secrets_of(args).read("Passphrase of the backup: ")
    return maintenance.unlock_backup(args.file, given)


run_restore.runs_without_database = True  # type: ignore[attr-defined]

COMMANDS = [
    (
        "backup",
        "write a checked backup of the database now",
        add_backup_arguments,
        run_backup,
    ),
    (
        "check",
        "check the database: file structure, links, signed notes and the audit trail",
        add_check_arguments,
        run_check,
    ),
    (
        "restore",
        "go back to a backup (the current database is kept aside, never deleted)",
        add_restore_arguments,
        run_restore,
    ),
]
