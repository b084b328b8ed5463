"""The keys of an encrypted caseload: a random data key, kept only wrapped.

A caseload encrypted at rest (SQLCipher) is keyed with a random 256-bit **data key**. The
data key is never stored as it is: the key file beside the database (`<file>.keys`, written
in one step, owner-only) holds it wrapped twice, once by the counselor's passphrase and once
by a recovery key shown once when encryption is turned on, so that a forgotten passphrase does
not lose the records. Changing the passphrase re-wraps the data key; the database itself is
not touched.

Wrapping: scrypt (memory-hard; N = 2**16, r = 8, p = 1: about 0.25–0.3 s and 64 MB on a
2-core machine) derives 64 bytes from the secret and a fresh random salt; the first 32 are
XORed with the data key (a one-time pad: every wrap has its own salt), the last 32 key an
HMAC-SHA-256 over the format, salt and wrapped bytes, so a wrong secret or a changed file is
told apart from a right one without ever producing a wrong key.

Only the standard library is used here; the database side is `sqlcipher3`, which opens the
file with the data key as a raw key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import unicodedata
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.record import record
from counselor_desk.store.errors import StoreError
from counselor_desk.store.files import write_private_file

SUFFIX = ".keys"
FORMAT = "counselor-desk keys 1"
DATA_KEY_BYTES = 32
SALT_BYTES = 16
#: scrypt's cost: about 0.25-0.3 s on the 2-core machine the app is measured on.
SCRYPT_N = 2**16
SCRYPT_R = 8
SCRYPT_P = 1
_SCRYPT_MAXMEM = 128 * 1024 * 1024
#: A recovery key: 160 random bits as 32 base-32 letters and digits, in groups of four.
RECOVERY_BYTES = 20


class WrongSecret(Exception):
    """The passphrase or recovery key does not open this key (or the key file was changed)."""


class KeyFileError(StoreError):
    """The key file is missing, unreadable or not one this app wrote; the message says which."""


@record
class WrappedKey:
    """The data key wrapped by one secret, with what is needed to unwrap it."""

    salt: bytes
    wrapped: bytes
    tag: bytes
    n: int
    r: int
    p: int

    def to_json(self) -> dict[str, object]:
        return {
            "kdf": "scrypt",
            "n": self.n,
            "r": self.r,
            "p": self.p,
            "salt": self.salt.hex(),
            "wrapped": self.wrapped.hex(),
            "tag": self.tag.hex(),
        }

    @staticmethod
    def from_json(data: object) -> WrappedKey:
        if not isinstance(data, dict) or data.get("kdf") != "scrypt":
            raise ValueError("not a wrapped key")
        return WrappedKey(
            salt=bytes.fromhex(str(data["salt"])),
            wrapped=bytes.fromhex(str(data["wrapped"])),
            tag=bytes.fromhex(str(data["tag"])),
            n=int(data["n"]),
            r=int(data["r"]),
            p=int(data["p"]),
        )


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_key() -> str:
    """A recovery key to show once and print: `ABCD-EFGH-…`, 8 groups of 4."""
    letters = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def normal_recovery_key(typed: str) -> str:
    """A recovery key as typed (any case, spaces or dashes) in the form it was made."""
    letters = "".join(ch for ch in typed.upper() if ch.isalnum())
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def _secret_bytes(secret: str) -> bytes:
    # the same passphrase typed on another keyboard or system composes the same way
    return unicodedata.normalize("NFC", secret).encode("utf-8")


def _derive(secret: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    derived = hashlib.scrypt(
        _secret_bytes(secret), salt=salt, n=n, r=r, p=p, maxmem=_SCRYPT_MAXMEM, dklen=64
    )
    return derived[:DATA_KEY_BYTES], derived[DATA_KEY_BYTES:]


def _tag(mac_key: bytes, salt: bytes, wrapped: bytes) -> bytes:
    return hmac.new(mac_key, FORMAT.encode("ascii") + salt + wrapped, hashlib.sha256).digest()


def _xor(left: bytes, right: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(left, right, strict=True))


def wrap(data_key: bytes, secret: str) -> WrappedKey:
    """The data key wrapped by `secret` under a fresh salt."""
    if len(data_key) != DATA_KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    salt = secrets.token_bytes(SALT_BYTES)
    n, r, p = SCRYPT_N, SCRYPT_R, SCRYPT_P
    pad, mac_key = _derive(secret, salt, n, r, p)
    wrapped = _xor(data_key, pad)
    return WrappedKey(salt=salt, wrapped=wrapped, tag=_tag(mac_key, salt, wrapped), n=n, r=r, p=p)


def unwrap(key: WrappedKey, secret: str) -> bytes:
    """The data key, or WrongSecret."""
    pad, mac_key = _derive(secret, key.salt, key.n, key.r, key.p)
    if not hmac.compare_digest(_tag(mac_key, key.salt, key.wrapped), key.tag):
        raise WrongSecret("The passphrase is not right.")
    return _xor(key.wrapped, pad)


@record
class KeyFile:
    """What `<database>.keys` holds: the data key wrapped by the passphrase and by the
    recovery key."""

    passphrase: WrappedKey
    recovery: WrappedKey

    @staticmethod
    def make(data_key: bytes, passphrase: str, recovery_key: str) -> KeyFile:
        return KeyFile(
            wrap(data_key, passphrase), wrap(data_key, normal_recovery_key(recovery_key))
        )

    def open_with_passphrase(self, passphrase: str) -> bytes:
        return unwrap(self.passphrase, passphrase)

    def open_with_recovery_key(self, recovery_key: str) -> bytes:
        try:
            return unwrap(self.recovery, normal_recovery_key(recovery_key))
        except WrongSecret:
            raise WrongSecret("The recovery key is not right.") from None

    def with_passphrase(self, data_key: bytes, passphrase: str) -> KeyFile:
        """The same data key wrapped by a new passphrase; the recovery key stays."""
        return KeyFile(wrap(data_key, passphrase), self.recovery)


def path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def write(db_path: Path, keys: KeyFile) -> None:
    """Put the key file beside `db_path` in one step, owner-only from its first byte."""
    data = {
        "format": FORMAT,
        "passphrase": keys.passphrase.to_json(),
        "recovery": keys.recovery.to_json(),
    }
    write_private_file(path_for(db_path), json.dumps(data, indent=1).encode("utf-8") + b"\n")


def read(db_path: Path) -> KeyFile:
    """The key file beside `db_path`; KeyFileError in one sentence when it cannot be used."""
    path = path_for(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KeyFileError(
            messages.text(
                "The key file {path} is missing: the database cannot be opened.", path=path
            )
        ) from None
    except (OSError, UnicodeDecodeError) as error:
        raise KeyFileError(
            messages.text("The key file {path} cannot be read.", path=path)
        ) from error
    try:
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError("another format")
        return KeyFile(
            WrappedKey.from_json(data["passphrase"]), WrappedKey.from_json(data["recovery"])
        )
    except (ValueError, TypeError, KeyError, AttributeError) as error:
        raise KeyFileError(
            messages.text("The key file {path} is not one Counselor Desk wrote.", path=path)
        ) from error
