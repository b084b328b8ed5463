"""What every command-line module shares: the command type, argument parsing, the database path.

cli.py builds the parser from its own commands and those of the other cli_*.py modules;
those import only this module, so no module imports its importer. Every cli module imports
at its top only what building the parser needs (a command's start is mostly imports): the
services and the store are imported inside the functions that use them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from counselor_desk.domain.errors import ValidationError

#: A subcommand: (name, help, add_arguments(parser), run(args, db, clock) -> exit code)
Command = tuple[str, str, Callable[[argparse.ArgumentParser], None], Callable[..., int]]


def iso_date(text: str) -> dt.date:
    """An argparse type: a date like 2026-03-02."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-03-02") from None


def positive(text: str) -> int:
    """An argparse type: a whole number of 1 or more."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def database_path(args: argparse.Namespace) -> Path:
    """The database a command works on: --demo's, else --db, $COUNSELOR_DESK_DB or the default."""
    # Here, not at the top: importing the store package loads all of it (store/__init__.py).
    from counselor_desk.store.paths import default_db_path, demo_db_path

    return demo_db_path() if getattr(args, "demo", False) else default_db_path(args.db)


# -- secrets: the passphrase and the recovery key ------------------------------------------------

#: Where a script gives the secrets: never an argument or an environment variable (both are
#: seen by other programs of the machine and kept in shell histories).
NO_TERMINAL = (
    "A passphrase is needed: type it on a terminal, or give it with "
    "--passphrase-file FILE or --passphrase-stdin."
)


class SecretReader:
    """The secrets a command needs, in order: from a file (one per line), from standard input
    (one per line), or typed on the terminal without echo. Read once and kept for the run."""

    def __init__(self, args: argparse.Namespace) -> None:
        self._file: Path | None = getattr(args, "passphrase_file", None)
        self._stdin: bool = bool(getattr(args, "passphrase_stdin", False))
        self._lines: list[str] | None = None
        self._next = 0

    @property
    def scripted(self) -> bool:
        return self._file is not None or self._stdin

    def _scripted_lines(self) -> list[str]:
        if self._lines is None:
            if self._file is not None:
                try:
                    text = self._file.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError) as error:
                    raise ValidationError(
                        f"The passphrase file {self._file} cannot be read.", "passphrase_file"
                    ) from error
            else:
                text = sys.stdin.read()
            self._lines = [line.rstrip("\r") for line in text.split("\n")]
        return self._lines

    def read(self, prompt: str, *, what: str = "passphrase") -> str:
        """The next secret; ValidationError when there is none to read."""
        if self.scripted:
            lines = self._scripted_lines()
            if self._next >= len(lines) or not lines[self._next]:
                where = "file" if self._file is not None else "standard input"
                raise ValidationError(
                    f"The {what} is missing (line {self._next + 1} of the passphrase {where}).",
                    "passphrase",
                )
            self._next += 1
            return lines[self._next - 1]
        if not sys.stdin.isatty():
            raise ValidationError(NO_TERMINAL, "passphrase")
        import getpass

        try:
            return getpass.getpass(prompt)
        except EOFError:
            raise ValidationError(NO_TERMINAL, "passphrase") from None

    def new_passphrase(self) -> tuple[str, str]:
        """A new passphrase: typed twice on a terminal, one line when scripted."""
        first = self.read("New passphrase: ", what="new passphrase")
        if self.scripted:
            return first, first
        return first, self.read("New passphrase again: ", what="new passphrase")


def secrets_of(args: argparse.Namespace) -> SecretReader:
    """The run's one SecretReader (standard input is read only once)."""
    reader = getattr(args, "_secrets", None)
    if not isinstance(reader, SecretReader):
        reader = SecretReader(args)
        args._secrets = reader
    return reader
