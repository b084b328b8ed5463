"""What every command-line module shares: the command type, argument parsing, the database path.

cli.py builds the parser from its own commands and those of cli_export.py and
cli_maintenance.py; those import only this module, so no module imports its importer.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from counselor_desk.store.db import default_db_path, demo_db_path

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
    return demo_db_path() if getattr(args, "demo", False) else default_db_path(args.db)
