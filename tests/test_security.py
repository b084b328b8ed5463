"""The lock passphrase (salted scrypt hash in the database), idle minutes, lock auditing."""

from __future__ import annotations

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.services import audit, security
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import settings_repo
from counselor_desk.store.db import Database


def test_a_new_database_has_no_passphrase_decision(db: Database) -> None:
    assert not security.has_passphrase(db)
    assert not security.is_single_user(db)
    assert not security.is_decided(db)
    assert security.check_passphrase(db, "anything")  # nothing to check against
    assert security.lock_minutes(db) == security.DEFAULT_LOCK_MINUTES == 10


def test_the_passphrase_is_stored_as_a_salted_scrypt_hash(db: Database) -> None:
    security.set_passphrase(db, "correct horse", "correct horse")
    stored = settings_repo.get(db.conn, security.KEY_PASSPHRASE)
    assert stored is not None and "correct horse" not in stored
    scheme, n, r, p, salt, key = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", str(2**14), "8", "1")
    assert len(bytes.fromhex(salt)) == 16 and len(bytes.fromhex(key)) == 32
    assert security.is_decided(db) and not security.is_single_user(db)
    assert security.check_passphrase(db, "correct horse")
    assert not security.check_passphrase(db, "correct horsE")
    assert not security.check_passphrase(db, "")
    # The same passphrase hashed twice differs: the salt is random.
    assert security.hash_passphrase("correct horse") != security.hash_passphrase("correct horse")


def test_bad_new_passphrases_are_refused_naming_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as short:
        security.set_passphrase(db, "seven77", "seven77")
    assert short.value.field == "passphrase"
    assert short.value.message == "Passphrase must be at least 8 characters long."
    with pytest.raises(ValidationError) as mismatch:
        security.set_passphrase(db, "eight888", "eight889")
    assert mismatch.value.field == "repeat"
    assert not security.has_passphrase(db)


def test_changing_the_passphrase_needs_the_current_one(db: Database) -> None:
    security.set_passphrase(db, "first passphrase", "first passphrase")
    with pytest.raises(ValidationError) as wrong:
        security.set_passphrase(db, "second passphrase", "second passphrase", "not it")
    assert wrong.value.field == "current"
    assert security.check_passphrase(db, "first passphrase")
    security.set_passphrase(db, "second passphrase", "second passphrase", "first passphrase")
    assert security.check_passphrase(db, "second passphrase")
    assert not security.check_passphrase(db, "first passphrase")


def test_single_user_is_stored_and_refused_once_a_passphrase_exists(db: Database) -> None:
    security.choose_single_user(db)
    assert security.is_single_user(db) and security.is_decided(db)
    security.set_passphrase(db, "later on set", "later on set")  # a passphrase replaces it
    assert not security.is_single_user(db)
    with pytest.raises(ValidationError) as refused:
        security.choose_single_user(db)
    assert refused.value.field == "single_user"


def test_lock_minutes_are_kept_within_range(db: Database) -> None:
    security.set_lock_minutes(db, 3)
    assert security.lock_minutes(db) == 3
    with pytest.raises(ValidationError) as bad:
        security.set_lock_minutes(db, 0)
    assert bad.value.field == "lock_minutes"
    assert security.lock_minutes(db) == 3
    with db.transaction() as conn:
        settings_repo.put(conn, security.KEY_LOCK_MINUTES, "nonsense")
    assert security.lock_minutes(db) == 10


def test_failed_unlocks_wait_longer_each_time_up_to_thirty_seconds() -> None:
    assert [security.unlock_delay(n) for n in range(9)] == [0, 1, 2, 4, 8, 16, 30, 30, 30]


def test_lock_unlock_and_failures_are_audited(db: Database, clock: FixedClock) -> None:
    security.record_lock(db, clock, "idle")
    security.record_failed_unlock(db, clock, 1)
    security.record_unlock(db, clock)
    rows = audit.entries(db)
    assert [row.action for row in rows] == [
        AuditAction.LOCK,
        AuditAction.FAILED_UNLOCK,
        AuditAction.UNLOCK,
    ]
    assert rows[0].detail == "idle" and rows[1].detail == "wrong passphrase, try 1"
    assert all(row.at == clock.now() for row in rows)
    assert audit.verify(db) is None
