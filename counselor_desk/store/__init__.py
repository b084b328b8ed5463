"""Storage: the only package that speaks SQL (stdlib sqlite3)."""

from counselor_desk.store.db import Database, connect, default_db_path
from counselor_desk.store.errors import StoreError

__all__ = ["Database", "StoreError", "connect", "default_db_path"]
