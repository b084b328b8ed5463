"""No one in: the lock passphrase, the single-user choice, idle minutes, and lock auditing.

The passphrase is kept only as a salted scrypt hash in the database (`app_settings`), compared
in constant time. When the database is encrypted at rest the same passphrase wraps its data
key (the key file beside it, `store.keys`): there the key file is what the passphrase is
checked against, and a new passphrase re-wraps the key beside the database and its backups.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.store import encrypt, keys, settings_repo
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

MIN_LENGTH = 8
MAX_LENGTH = 1024
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
KEY_BYTES = 32

DEFAULT_LOCK_MINUTES = 10
MIN_LOCK_MINUTES = 1
MAX_LOCK_MINUTES = 240
#: The longest wait, in seconds, after repeated wrong passphrases.
MAX_UNLOCK_DELAY = 30

KEY_PASSPHRASE = "lock.passphrase"
KEY_SINGLE_USER = "lock.single_user"
KEY_LOCK_MINUTES = "lock.idle_minutes"


# -- hashing -----------------------------------------------------------------------------------


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=64 * 1024 * 1024,
        dklen=KEY_BYTES,
    )


def hash_passphrase(passphrase: str, salt: bytes | None = None) -> str:
    """`scrypt$n$r$p$salt$key` (hex): the parameters travel with the hash."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    key = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${key.hex()}"


def matches(stored: str, passphrase: str) -> bool:
    """True when `passphrase` gives the stored hash (constant-time compare)."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(key)
        derived = _derive(passphrase, bytes.fromhex(salt), int(n), int(r), int(p))
    except ValueError:
        return False
    return hmac.compare_digest(derived, expected)


# -- the passphrase and the single-user choice -------------------------------------------------


def has_passphrase(db: Database) -> bool:
    return bool(settings_repo.get(db.conn, KEY_PASSPHRASE))


def is_single_user(db: Database) -> bool:
    """The counselor ticked "This workstation is used by me alone" (no passphrase needed)."""
    return settings_repo.get(db.conn, KEY_SINGLE_USER) == "1"


def is_decided(db: Database) -> bool:
    """A passphrase is set, or the counselor chose to go without one."""
    return has_passphrase(db) or is_single_user(db)


def check_new_passphrase(passphrase: str, repeat: str) -> None:
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(
            messages.text(
                "Passphrase must be at least {min_length} characters long.", min_length=MIN_LENGTH
            ),
            "passphrase",
        )
    if len(passphrase) > MAX_LENGTH:
        raise ValidationError(
            messages.text(
                "Passphrase is too long (at most {max_length} characters).", max_length=MAX_LENGTH
            ),
            "passphrase",
        )
    if passphrase != repeat:
        raise ValidationError(messages.text("The passphrase typed again does not match."), "repeat")


PASSPHRASE_CHANGED = "passphrase changed (the data key re-wrapped)"


def store_passphrase_hash(conn: Connection, passphrase: str) -> None:
    """The lock passphrase's hash, inside the caller's transaction (no single-user choice)."""
    settings_repo.put(conn, KEY_PASSPHRASE, hash_passphrase(passphrase))
    settings_repo.put(conn, KEY_SINGLE_USER, "0")


def set_passphrase(
    db: Database,
    passphrase: str,
    repeat: str,
    current: str | None = None,
    clock: Clock | None = None,
) -> int:
    """Set (or change) the lock passphrase. Changing one needs the current passphrase.

    For an encrypted database the data key is re-wrapped by the new passphrase beside the
    database and every backup of it the app keeps (the file is not re-encrypted), and the
    change is audited; returns how many backups' key files followed (0 for plaintext)."""
    if db.key is not None:
        key_file = keys.read(db.path)
        try:
            if current is None or key_file.open_with_passphrase(current) != db.key:
                raise keys.WrongSecret("another key")
        except keys.WrongSecret:
            raise ValidationError(
                messages.text("The current passphrase is not right."), "current"
            ) from None
        check_new_passphrase(passphrase, repeat)
        return renew_key_file(db, key_file, passphrase, clock, PASSPHRASE_CHANGED)
    stored = settings_repo.get(db.conn, KEY_PASSPHRASE)
    if stored and (current is None or not matches(stored, current)):
        raise ValidationError(messages.text("The current passphrase is not right."), "current")
    check_new_passphrase(passphrase, repeat)
    with db.transaction() as conn:
        store_passphrase_hash(conn, passphrase)
    return 0


def renew_key_file(
    db: Database, key_file: keys.KeyFile, passphrase: str, clock: Clock | None, detail: str
) -> int:
    """The open encrypted database's data key wrapped by `passphrase` (beside it and its own
    backups), the lock hash the same, and an audit row; returns the backups that followed."""
    if db.key is None:
        raise ValidationError(messages.text("The database is not encrypted."), "db")
    renewed = key_file.with_passphrase(db.key, passphrase)
    followed = encrypt.write_key_file_everywhere(db.path, renewed)
    with db.transaction() as conn:
        store_passphrase_hash(conn, passphrase)
        if clock is not None:
            audit.record(conn, AuditAction.ENCRYPTION, clock.now(), detail=detail)
    return followed


def choose_single_user(db: Database) -> None:
    """The counselor ticked "This workstation is used by me alone": no passphrase is asked."""
    if has_passphrase(db):
        raise ValidationError(
            messages.text("A passphrase is already set; change it in Settings instead."),
            "single_user",
        )
    with db.transaction() as conn:
        settings_repo.put(conn, KEY_SINGLE_USER, "1")


def check_passphrase(db: Database, passphrase: str) -> bool:
    """True when `passphrase` is the lock passphrase (always True when none is set); for an
    encrypted database, when it unwraps the database's own data key."""
    if db.key is not None:
        try:
            return keys.read(db.path).open_with_passphrase(passphrase) == db.key
        except keys.WrongSecret:
            return False
    stored = settings_repo.get(db.conn, KEY_PASSPHRASE)
    if not stored:
        return True
    return matches(stored, passphrase)


# -- idle minutes ------------------------------------------------------------------------------


def lock_minutes(db: Database) -> int:
    text = settings_repo.get(db.conn, KEY_LOCK_MINUTES)
    try:
        minutes = int(text) if text is not None else DEFAULT_LOCK_MINUTES
    except ValueError:
        return DEFAULT_LOCK_MINUTES
    return minutes if MIN_LOCK_MINUTES <= minutes <= MAX_LOCK_MINUTES else DEFAULT_LOCK_MINUTES


def set_lock_minutes(db: Database, minutes: int) -> None:
    if not MIN_LOCK_MINUTES <= minutes <= MAX_LOCK_MINUTES:
        raise ValidationError(
            messages.text(
                "Lock after idle minutes must be between {min_lock_minutes} and "
                "{max_lock_minutes}.",
                min_lock_minutes=MIN_LOCK_MINUTES,
                max_lock_minutes=MAX_LOCK_MINUTES,
            ),
            "lock_minutes",
        )
    with db.transaction() as conn:
        settings_repo.put(conn, KEY_LOCK_MINUTES, str(minutes))


# -- locking and unlocking ---------------------------------------------------------------------


def unlock_delay(failures: int) -> int:
    """Seconds before the next try is accepted after `failures` wrong passphrases in a row:
    0, then 1, 2, 4, 8, 16, and at most 30."""
    if failures <= 0:
        return 0
    return min(MAX_UNLOCK_DELAY, 1 << min(failures - 1, 5))


def record_lock(db: Database, clock: Clock, reason: str) -> None:
    audit.log_event(db, AuditAction.LOCK, clock.now(), detail=reason)


def record_unlock(db: Database, clock: Clock) -> None:
    audit.log_event(db, AuditAction.UNLOCK, clock.now())


def record_failed_unlock(db: Database, clock: Clock, failures: int) -> None:
    audit.log_event(
        db, AuditAction.FAILED_UNLOCK, clock.now(), detail=f"wrong passphrase, try {failures}"
    )
