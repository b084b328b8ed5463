"""Applying the migration chain (`schema.MIGRATIONS`), and `rebuild_table` for the steps that
change what ALTER TABLE cannot (a CHECK, a column's type or constraints).

All pending steps run in one transaction with foreign keys off (SQLite can switch them only
outside a transaction, and a table rebuilt with them on would cascade-delete its children);
before that transaction commits, every row must still point at a row that exists. So a
step deletes children itself: ON DELETE CASCADE does not act while migrating.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.store.checks import foreign_key_problems
from counselor_desk.store.errors import DamagedDatabaseError, StoreError

log = logging.getLogger(__name__)

#: One step of a migration: SQL text, or a function that changes the schema or the data.
Step = str | Callable[[sqlite3.Connection], None]


class MigrationError(Exception):
    """A step found that the data cannot be carried over as it is; the message says what."""


def apply_migrations(
    conn: sqlite3.Connection, path: Path | str, version: int, migrations: Sequence[Sequence[Step]]
) -> None:
    """Bring the database from `version` to len(migrations): every pending step, each schema's
    with its PRAGMA user_version, in one transaction; all of them or none, the file as it was."""
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        _apply_all(conn, path, version, migrations)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
    if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
        raise StoreError(
            messages.text(
                "The database {path} could not be set up safely ({name} is {value}).",
                path=path,
                name="foreign_keys",
                value=0,
            )
        )


def _apply_all(
    conn: sqlite3.Connection, path: Path | str, version: int, migrations: Sequence[Sequence[Step]]
) -> None:
    conn.execute("BEGIN IMMEDIATE")
    number = version
    try:
        for number in range(version + 1, len(migrations) + 1):
            log.info("migrating database to schema %d", number)
            for step in migrations[number - 1]:
                if isinstance(step, str):
                    conn.execute(step)
                else:
                    step(conn)
            conn.execute(f"PRAGMA user_version = {number}")
        orphans = foreign_key_problems(conn)
        if orphans:
            raise MigrationError(orphans[0])
    except DamagedDatabaseError:
        conn.rollback()
        raise
    except (sqlite3.Error, StoreError, MigrationError) as error:
        conn.rollback()
        # A StoreError here stands for SQLite's own error: name that, as for any other.
        cause = error.__cause__ if isinstance(error, StoreError) and error.__cause__ else error
        raise StoreError(
            messages.text(
                "The database {path} could not be brought up to date (schema {number}: "
                "{cause}); it was left as it was.",
                path=path,
                number=number,
                cause=cause,
            )
        ) from error
    except BaseException:
        conn.rollback()
        raise
    conn.commit()


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f"PRAGMA table_info({_quoted(table)})")]


def _children(conn: sqlite3.Connection, table: str) -> list[str]:
    """The tables with a foreign key pointing at `table`."""
    names = [
        str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    ]
    return [
        name
        for name in names
        if any(
            str(key[2]).lower() == table.lower()
            for key in conn.execute(f"PRAGMA foreign_key_list({_quoted(name)})")
        )
    ]


def rebuild_table(
    conn: sqlite3.Connection,
    table: str,
    new_create_sql: str,
    copy_columns: Sequence[str] | Mapping[str, str] | None = None,
) -> None:
    """Replace `table` by the one `new_create_sql` creates (under the same name), keeping its
    rows, indexes and triggers. For a migration step only (foreign keys must be off).

    `copy_columns`: the new table's columns to fill, either names copied as they are or a
    mapping of new column -> SQL expression over the old row; by default every column the old
    and the new table share. Raises MigrationError when a row of the table or of a table that
    refers to it would point at a row that does not exist.
    """
    if not conn.in_transaction or conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise RuntimeError("rebuild_table runs inside a migration, with foreign keys off")
    attached = [
        str(row[0])
        for row in conn.execute(
            """SELECT sql FROM sqlite_master
               WHERE tbl_name = :table AND type IN ('index', 'trigger') AND sql IS NOT NULL
               ORDER BY rowid""",
            {"table": table},
        )
    ]
    old = f"_rebuild_old_{table}"
    # With legacy_alter_table on, renaming leaves every reference to `table` (other tables'
    # foreign keys, other triggers' bodies) as it is: they will name the new table.
    legacy = int(conn.execute("PRAGMA legacy_alter_table").fetchone()[0])
    conn.execute("PRAGMA legacy_alter_table = ON")
    try:
        conn.execute(f"ALTER TABLE {_quoted(table)} RENAME TO {_quoted(old)}")
    finally:
        conn.execute(f"PRAGMA legacy_alter_table = {legacy}")
    conn.execute(new_create_sql)
    if copy_columns is None:
        kept = set(_columns(conn, table))
        copy_columns = [name for name in _columns(conn, old) if name in kept]
    if isinstance(copy_columns, Mapping):
        targets, sources = list(copy_columns), list(copy_columns.values())
    else:
        targets = list(copy_columns)
        sources = [_quoted(name) for name in targets]
    conn.execute(
        f"INSERT INTO {_quoted(table)} ({', '.join(_quoted(name) for name in targets)}) "
        f"SELECT {', '.join(sources)} FROM {_quoted(old)}"
    )
    conn.execute(f"DROP TABLE {_quoted(old)}")  # with its indexes and triggers
    for sql in attached:
        conn.execute(sql)
    for name in [table, *_children(conn, table)]:
        orphans = foreign_key_problems(conn, name)
        if orphans:
            raise MigrationError(f"rebuilding {table}: {orphans[0]}")
