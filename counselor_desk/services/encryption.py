"""Encryption at rest: turning it on, unlocking, changing the passphrase, recovering.

An encrypted caseload is a SQLCipher file keyed with a random data key; the key file beside it
holds that key wrapped by the counselor's passphrase and by a recovery key (`store.keys`).
This module is what the desktop app and the command line call; the file work is in
`store.encrypt`, the driver choice in `store.connection`.

Turning encryption on converts the plaintext file: a backup first, then an encrypted copy
beside it checked table by table and with `check`, then the key file and one rename; then the
plaintext copies the app made itself (its backups, files a restore set aside) are encrypted
too. A crash at any moment leaves the plaintext or the encrypted file live, never neither.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import audit, maintenance, security
from counselor_desk.services.clock import Clock
from counselor_desk.store import anchor, encrypt, keys
from counselor_desk.store.connection import is_encrypted_file
from counselor_desk.store.db import Database, connect, needs_key
from counselor_desk.store.errors import StoreError

log = logging.getLogger(__name__)

TURNED_ON = "encryption at rest turned on"
RECOVERED = "passphrase set anew with the recovery key"


def is_encrypted(path: Path) -> bool:
    """The database at `path` is encrypted at rest (it opens only with its passphrase)."""
    return needs_key(path)


def unlock(path: Path, passphrase: str) -> bytes:
    """The data key of the encrypted database at `path`, or ValidationError (the passphrase
    is not right); nothing is written."""
    try:
        return keys.read(path).open_with_passphrase(passphrase)
    except keys.WrongSecret:
        raise ValidationError(messages.text("The passphrase is not right."), "passphrase") from None


def unlock_with_recovery_key(path: Path, recovery_key: str) -> bytes:
    try:
        return keys.read(path).open_with_recovery_key(recovery_key)
    except keys.WrongSecret:
        raise ValidationError(
            messages.text("The recovery key is not right."), "recovery_key"
        ) from None


@dataclass(frozen=True, slots=True)
class Leftovers:
    """What became of the plaintext copies the app had made of the database."""

    encrypted: tuple[Path, ...] = ()
    failed: tuple[Path, ...] = ()  # damaged or unreadable: still plaintext, named to the user


@dataclass(frozen=True, slots=True)
class TurnedOn:
    recovery_key: str
    key: bytes = field(repr=False)
    backup_before: Path
    leftovers: Leftovers

    def lines(self) -> list[str]:
        """What the counselor is told (besides the recovery key, shown on its own)."""
        told = [
            messages.text(
                "The caseload is now encrypted at rest: the database, its journal and every "
                "backup the app makes open only with your passphrase or the recovery key."
            ),
        ]
        if self.leftovers.encrypted:
            told.append(
                messages.text(
                    "{count} earlier backup(s) in the app's own folder were encrypted too.",
                    count=len(self.leftovers.encrypted),
                )
            )
        for path in self.leftovers.failed:
            told.append(
                messages.text(
                    "The earlier copy {path} could not be read to encrypt it: it is still "
                    "plaintext; delete it if you do not need it.",
                    path=path,
                )
            )
        told.append(
            messages.text(
                "Copies made elsewhere (backups to a folder or a drive you chose, exported "
                "documents) are not covered: encrypt or delete them yourself."
            )
        )
        return told


def turn_on(path: Path, passphrase: str, repeat: str, clock: Clock) -> TurnedOn:
    """Encrypt the plaintext database at `path` (every connection to it closed first).

    Raises ValidationError for an unusable passphrase or an encrypted file, StoreError when
    the encrypted copy cannot be proved to hold the same records (the plaintext file stays
    the live one, unchanged but for a backup made of it).
    """
    path = Path(path)
    security.check_new_passphrase(passphrase, repeat)
    if str(path) == ":memory:":
        raise ValidationError(messages.text("An in-memory database cannot be encrypted."), "db")
    if is_encrypted(path):
        raise ValidationError(messages.text("The database is encrypted already."), "db")
    with connect(path, now=clock.now()) as db:
        backup_before = maintenance.write_backup(db, clock, tag="before-encryption")
        maintenance.record_backup(db, clock, backup_before)
        # the whole file in the file itself (no -wal), and no other program in it
        db.conn.execute("PRAGMA journal_mode = DELETE")
    data_key = keys.new_data_key()
    recovery_key = keys.new_recovery_key()
    key_file = keys.KeyFile.make(data_key, passphrase, recovery_key)
    staging = encrypt.staging_path(path)
    try:
        encrypt.encrypted_copy(path, staging, data_key)
        _prove(path, staging, data_key, key_file, passphrase, clock)
        encrypt.put_in_place(staging, path, key_file)
        if anchor.path_for(staging).exists():  # the copy's trail has the ENCRYPTION row
            os.replace(anchor.path_for(staging), anchor.path_for(path))
    except OSError as error:
        raise StoreError(
            messages.text(
                "The database could not be encrypted ({why}); the plaintext file is still the "
                "live one.",
                why=error.strerror or error,
            )
        ) from error
    finally:
        encrypt.remove_staging(staging)
    log.info("encryption at rest turned on")
    return TurnedOn(recovery_key, data_key, backup_before, encrypt_leftovers(path, data_key))


def _prove(
    path: Path,
    staging: Path,
    data_key: bytes,
    key_file: keys.KeyFile,
    passphrase: str,
    clock: Clock,
) -> None:
    """The encrypted copy gets the lock passphrase's hash and the ENCRYPTION audit row (so
    that the file that goes live in one rename has them: a crash after it loses neither),
    then passes the full `check` (with the anchor of the plaintext file, moved on)."""
    keys.write(staging, key_file)
    found = anchor.read(path)
    if found is not None:
        anchor.write(staging, found)
    with connect(staging, key=data_key, migrate=False) as copy:
        with copy.transaction() as conn:
            security.store_passphrase_hash(conn, passphrase)
            audit.record(conn, AuditAction.ENCRYPTION, clock.now(), detail=TURNED_ON)
        report = maintenance.check(copy)
    if not report.ok:
        first = report.first_problem() or messages.text("a problem")
        raise StoreError(
            messages.text(
                "The encrypted copy did not pass the check ({first}); nothing was changed.",
                first=first,
            )
        )


def plaintext_leftovers(path: Path) -> list[Path]:
    """The app's own copies of an encrypted database that are still plaintext."""
    return [copy for copy in encrypt.companions(path) if not is_encrypted_file(copy)]


def encrypt_leftovers(path: Path, data_key: bytes) -> Leftovers:
    """Encrypt the plaintext copies the app made of the database at `path` (its backups in
    the app's folder, files a restore set aside), each with the database's data key and key
    file; run again after an interrupted conversion, it finishes the rest."""
    key_file = keys.read(path)
    done: list[Path] = []
    failed: list[Path] = []
    for copy in plaintext_leftovers(path):
        try:
            if encrypt.encrypt_file_in_place(copy, data_key, key_file):
                done.append(copy)
        except (StoreError, OSError) as error:
            log.warning("a plaintext copy could not be encrypted (%s)", type(error).__name__)
            failed.append(copy)
    return Leftovers(tuple(done), tuple(failed))


def change_passphrase(
    db: Database, current: str, passphrase: str, repeat: str, clock: Clock
) -> int:
    """A new passphrase for the open encrypted database: the data key re-wrapped (the file is
    not re-encrypted), beside the database and its own backups; returns how many backups'
    key files followed."""
    if db.key is None:
        raise ValidationError(messages.text("The database is not encrypted."), "db")
    return security.set_passphrase(db, passphrase, repeat, current, clock)


def recover(path: Path, recovery_key: str, passphrase: str, repeat: str, clock: Clock) -> bytes:
    """Set a new passphrase with the recovery key (the passphrase forgotten); returns the data
    key. Nothing is written when the recovery key is not right."""
    data_key = unlock_with_recovery_key(path, recovery_key)
    security.check_new_passphrase(passphrase, repeat)
    with connect(path, key=data_key, now=clock.now()) as db:
        security.renew_key_file(db, keys.read(path), passphrase, clock, RECOVERED)
    return data_key


def record_failed_tries(db: Database, tries: list[dt.datetime]) -> None:
    """Wrong passphrases typed before the database could be opened, audited now it is."""
    if not tries:
        return
    with db.transaction() as conn:
        for number, at in enumerate(tries, start=1):
            audit.record(
                conn,
                AuditAction.FAILED_UNLOCK,
                at,
                detail=f"wrong passphrase at start, try {number}",
            )
