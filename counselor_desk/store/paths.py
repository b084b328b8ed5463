"""Where the app keeps its files: the per-user data folder and the database paths.

Standard library only and no SQLite, so the log and the command line can name these paths
without loading the store.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "CounselorDesk"
DB_FILE_NAME = "counselor-desk.sqlite3"
ENV_DB = "COUNSELOR_DESK_DB"


def data_dir() -> Path:
    """The OS's per-user application-data folder for Counselor Desk."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--db` wins, then $COUNSELOR_DESK_DB, then the per-user data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return data_dir() / DB_FILE_NAME


def demo_db_path() -> Path:
    """The separate database `--demo` opens: never the user's own."""
    return data_dir() / "demo" / "counselor-desk-demo.sqlite3"
