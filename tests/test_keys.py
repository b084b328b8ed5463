"""The key file of an encrypted caseload: wrapped twice, opened by either secret, never wrong."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

import pytest

from counselor_desk.store import keys


@pytest.fixture(autouse=True)
def _quick_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real cost (N = 2**16) is measured in the benchmark; tests need only the rule."""
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def test_either_secret_opens_the_same_data_key() -> None:
    data_key = keys.new_data_key()
    recovery = keys.new_recovery_key()
    made = keys.KeyFile.make(data_key, "blue heron dawn", recovery)
    assert made.open_with_passphrase("blue heron dawn") == data_key
    assert made.open_with_recovery_key(recovery.lower().replace("-", " ")) == data_key
    assert data_key.hex() not in json.dumps(made.passphrase.to_json())


def test_a_wrong_passphrase_or_recovery_key_is_refused_never_a_wrong_key() -> None:
    made = keys.KeyFile.make(keys.new_data_key(), "blue heron dawn", keys.new_recovery_key())
    with pytest.raises(keys.WrongSecret, match="passphrase is not right"):
        made.open_with_passphrase("blue heron dusk")
    with pytest.raises(keys.WrongSecret, match="recovery key is not right"):
        made.open_with_recovery_key(keys.new_recovery_key())


def test_a_changed_passphrase_wraps_the_same_key_and_keeps_the_recovery_key() -> None:
    data_key = keys.new_data_key()
    recovery = keys.new_recovery_key()
    made = keys.KeyFile.make(data_key, "old words", recovery)
    changed = made.with_passphrase(data_key, "new words")
    assert changed.open_with_passphrase("new words") == data_key
    assert changed.open_with_recovery_key(recovery) == data_key
    with pytest.raises(keys.WrongSecret):
        changed.open_with_passphrase("old words")


def test_the_same_passphrase_composed_differently_opens_it() -> None:
    made = keys.KeyFile.make(keys.new_data_key(), "contrase\u00f1a", keys.new_recovery_key())
    assert made.open_with_passphrase("contrasen\u0303a")  # n + combining tilde


def test_the_recovery_key_has_160_random_bits_in_groups_of_four() -> None:
    made = keys.new_recovery_key()
    groups = made.split("-")
    assert len(groups) == 8 and all(len(group) == 4 for group in groups)
    assert made != keys.new_recovery_key()


def test_the_key_file_is_owner_only_and_reads_back(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    data_key = keys.new_data_key()
    made = keys.KeyFile.make(data_key, "blue heron dawn", keys.new_recovery_key())
    keys.write(db, made)
    path = keys.path_for(db)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.read(db).open_with_passphrase("blue heron dawn") == data_key
    assert [p.name for p in tmp_path.iterdir()] == ["caseload.sqlite3.keys"]


def test_a_changed_byte_in_the_key_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "caseload.sqlite3"
    keys.write(db, keys.KeyFile.make(keys.new_data_key(), "blue heron dawn", "AAAA-BBBB"))
    data = json.loads(keys.path_for(db).read_text())
    wrapped = bytearray(bytes.fromhex(data["passphrase"]["wrapped"]))
    wrapped[0] ^= 1
    data["passphrase"]["wrapped"] = wrapped.hex()
    keys.path_for(db).write_text(json.dumps(data))
    before = hashlib.sha256(keys.path_for(db).read_bytes()).hexdigest()
    with pytest.raises(keys.WrongSecret):
        keys.read(db).open_with_passphrase("blue heron dawn")
    assert hashlib.sha256(keys.path_for(db).read_bytes()).hexdigest() == before


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "is missing"), ("not json", "not one Counselor Desk wrote"), ("{}", "not one")],
)
def test_a_missing_or_foreign_key_file_is_one_sentence(
    tmp_path: Path, content: str | None, words: str
) -> None:
    db = tmp_path / "caseload.sqlite3"
    if content is not None:
        keys.path_for(db).write_text(content)
    with pytest.raises(keys.KeyFileError, match=words):
        keys.read(db)


def test_the_real_cost_is_recorded_with_each_wrap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the production cost: N = 2**16, r = 8 (about a quarter of a second)
    data_key = keys.new_data_key()
    wrapped = keys.wrap(data_key, "blue heron dawn")
    assert (wrapped.n, wrapped.r, wrapped.p) == (2**16, 8, 1)
    assert keys.unwrap(wrapped, "blue heron dawn") == data_key
