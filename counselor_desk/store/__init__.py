"""Storage: the only package that speaks SQL (stdlib sqlite3)."""

from counselor_desk.store.db import Database, StoreError, connect, default_db_path

__all__ = ["Database", "StoreError", "connect", "default_db_path"]
