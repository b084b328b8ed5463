"""`encrypt`, `change-passphrase` and `recover`: encryption at rest from the command line.

Secrets are typed on the terminal without echo, or given by a script in a file
(`--passphrase-file FILE`) or on standard input (`--passphrase-stdin`), one per line in the
order the command asks for them: never as an argument or an environment variable.

- `encrypt`: line 1 the new passphrase (or, for a database encrypted already, its passphrase:
  the app's own plaintext copies left by an interrupted conversion are then encrypted).
- `change-passphrase`: line 1 the current passphrase, line 2 the new one.
- `recover`: line 1 the recovery key, line 2 the new passphrase.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from counselor_desk.cli_common import database_path, secrets_of
from counselor_desk.domain.errors import ValidationError

if TYPE_CHECKING:
    from counselor_desk.services.clock import Clock
    from counselor_desk.store.db import Database


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    """These commands take their secrets as the module doc says, never as arguments."""


def run_encrypt(args: argparse.Namespace, db: Database | None, clock: Clock) -> int:
    from counselor_desk.services import encryption

    path = database_path(args)
    reader = secrets_of(args)
    if encryption.is_encrypted(path):
        key = encryption.unlock(path, reader.read("Passphrase: "))
        left = encryption.encrypt_leftovers(path, key)
        print(f"The database {path} is encrypted already.")
        if left.encrypted:
            print(f"{len(left.encrypted)} plaintext copy(ies) the app had made were encrypted.")
        for copy in left.failed:
            print(f"The copy {copy} could not be read to encrypt it: it is still plaintext.")
        return 1 if left.failed else 0
    passphrase, repeat = reader.new_passphrase()
    print("Encrypting the database (a backup is made first)…", flush=True)
    result = encryption.turn_on(path, passphrase, repeat, clock)
    print(
        "\nRecovery key: shown only this once. Write it down or print it and keep it apart "
        "from this computer; with it a new passphrase can be set if yours is forgotten "
        "('counselor-desk recover'). Without the passphrase or this key the records cannot "
        "be opened.\n"
    )
    print(f"    {result.recovery_key}\n")
    for line in result.lines():
        print(line)
    return 0


def run_change_passphrase(args: argparse.Namespace, db: Database, clock: Clock) -> int:
    from counselor_desk.services import security

    if db.key is None:
        raise ValidationError(
            "The database is not encrypted: turn encryption on with 'counselor-desk encrypt'.",
            "db",
        )
    current = getattr(args, "_passphrase", None)
    if current is None:  # pragma: no cover - the database was opened with it
        current = secrets_of(args).read("Current passphrase: ")
    passphrase, repeat = secrets_of(args).new_passphrase()
    followed = security.set_passphrase(db, passphrase, repeat, current, clock)
    print("The passphrase is changed (the database itself was not re-encrypted).")
    if followed:
        print(f"The {followed} backup(s) in the app's own folder open with it too.")
    print(
        "Backups elsewhere still open with the passphrase they were made with, "
        "or with the recovery key."
    )
    return 0


def run_recover(args: argparse.Namespace, db: Database | None, clock: Clock) -> int:
    from counselor_desk.services import encryption

    path = database_path(args)
    if not encryption.is_encrypted(path):
        raise ValidationError(f"The database {path} is not encrypted: nothing to recover.", "db")
    reader = secrets_of(args)
    recovery_key = reader.read("Recovery key: ", what="recovery key")
    passphrase, repeat = reader.new_passphrase()
    encryption.recover(path, recovery_key, passphrase, repeat, clock)
    print("A new passphrase is set; the recovery key stays the same.")
    return 0


for _runner in (run_encrypt, run_recover):
    _runner.opens_itself = True  # type: ignore[attr-defined]

COMMANDS = [
    (
        "encrypt",
        "encrypt the database at rest (a backup first; shows the recovery key once)",
        _no_arguments,
        run_encrypt,
    ),
    (
        "change-passphrase",
        "set a new passphrase for the encrypted database (the file is not re-encrypted)",
        _no_arguments,
        run_change_passphrase,
    ),
    (
        "recover",
        "set a new passphrase with the recovery key, when the passphrase is forgotten",
        _no_arguments,
        run_recover,
    ),
]
