"""What SQLite's own checks say about an open database: structure, links, schema version.

Each returns plain findings (ids and table names, never a participant's detail).
"""

from __future__ import annotations

import sqlite3

from counselor_desk.domain import messages


def integrity_problems(conn: sqlite3.Connection, *, quick: bool = False) -> list[str]:
    """SQLite's integrity_check (or quick_check): [] when the file is sound."""
    pragma = "quick_check" if quick else "integrity_check"
    rows = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(conn: sqlite3.Connection, table: str | None = None) -> list[str]:
    """Rows (of every table, or of `table`) pointing at rows that do not exist, in plain words
    (ids only)."""
    pragma = "PRAGMA foreign_key_check"
    if table is not None:
        quoted = table.replace('"', '""')
        pragma += f'("{quoted}")'
    problems = []
    for row in conn.execute(pragma):
        child, rowid, parent = str(row[0]), row[1], str(row[2])
        if rowid is None:  # a WITHOUT ROWID table
            found = messages.text(
                "a row of {child} refers to a missing row of {parent}", child=child, parent=parent
            )
        else:
            found = messages.text(
                "a row of {child} (row {rowid}) refers to a missing row of {parent}",
                child=child,
                rowid=rowid,
                parent=parent,
            )
        problems.append(found)
    return problems


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


#: `PRAGMA application_id` of every Counselor Desk database ("CDsk"); 0 in files made before it.
APPLICATION_ID = 0x4344736B


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])
