"""Curriculum modules, the module a session covers, and the program's group sessions."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence

from counselor_desk.domain.curriculum import (
    ROTATION_SERVICES,
    CompletionRule,
    GroupSession,
    Module,
)
from counselor_desk.store.convert import SQLITE_INTEGERS, dd, iso_date, t


def _module(row: sqlite3.Row) -> Module:
    return Module(
        id=row["id"],
        program_id=row["program_id"],
        position=row["position"],
        title=row["title"],
        core=bool(row["core"]),
        materials=row["materials"],
    )


def modules(conn: sqlite3.Connection, program_id: int | None = None) -> list[Module]:
    """Modules of one program (or of every program), by program and position."""
    rows = conn.execute(
        """SELECT * FROM curriculum_modules
           WHERE :program_id IS NULL OR program_id = :program_id
           ORDER BY program_id, position, id""",
        {"program_id": program_id},
    )
    return [_module(row) for row in rows]


def get_module(conn: sqlite3.Connection, module_id: int) -> Module | None:
    if module_id not in SQLITE_INTEGERS:
        return None
    row = conn.execute(
        "SELECT * FROM curriculum_modules WHERE id = :id", {"id": module_id}
    ).fetchone()
    return None if row is None else _module(row)


def insert_module(conn: sqlite3.Connection, module: Module) -> int:
    cursor = conn.execute(
        """INSERT INTO curriculum_modules (program_id, position, title, core, materials)
           VALUES (:program_id, :position, :title, :core, :materials)""",
        {
            "program_id": module.program_id,
            "position": module.position,
            "title": module.title,
            "core": int(module.core),
            "materials": module.materials,
        },
    )
    return int(cursor.lastrowid or 0)


def update_modules(conn: sqlite3.Connection, items: Sequence[Module]) -> None:
    """Rewrite these modules; titles go through a placeholder first, so two modules may
    swap titles without tripping the unique title of the program."""
    conn.executemany(
        "UPDATE curriculum_modules SET title = :placeholder WHERE id = :id",
        [{"id": item.id, "placeholder": f"\x01{item.id}"} for item in items],
    )
    conn.executemany(
        """UPDATE curriculum_modules SET position = :position, title = :title, core = :core,
               materials = :materials
           WHERE id = :id""",
        [
            {
                "id": item.id,
                "position": item.position,
                "title": item.title,
                "core": int(item.core),
                "materials": item.materials,
            }
            for item in items
        ],
    )


def delete_module(conn: sqlite3.Connection, module_id: int) -> None:
    conn.execute("DELETE FROM curriculum_modules WHERE id = :id", {"id": module_id})


def sessions_using(conn: sqlite3.Connection, module_id: int) -> int:
    """How many sessions have this module chosen."""
    row = conn.execute(
        "SELECT count(*) FROM sessions WHERE module_id = :id", {"id": module_id}
    ).fetchone()
    return int(row[0])


def session_module(conn: sqlite3.Connection, session_id: int) -> int | None:
    if session_id not in SQLITE_INTEGERS:
        return None
    row = conn.execute(
        "SELECT module_id FROM sessions WHERE id = :id", {"id": session_id}
    ).fetchone()
    return None if row is None else row["module_id"]


def set_session_module(conn: sqlite3.Connection, session_id: int, module_id: int | None) -> None:
    conn.execute(
        "UPDATE sessions SET module_id = :module_id WHERE id = :id",
        {"id": session_id, "module_id": module_id},
    )


_SERVICES = ", ".join(f"'{service.value}'" for service in sorted(ROTATION_SERVICES))


_GROUP = f"""participant_id IS NULL AND program_id IS NOT NULL AND cancelled = 0
    AND service_type IN ({_SERVICES})"""


def group_sessions(
    conn: sqlite3.Connection,
    program_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> dict[int, list[GroupSession]]:
    """The stored group sessions (not cancelled) of one program or all, from `since` on (or
    all) up to `until` (or the last), by program, in date and time order."""
    found: dict[int, list[GroupSession]] = {}
    rows = conn.execute(
        f"""SELECT id, program_id, date, start_time, module_id FROM sessions
            WHERE {_GROUP}
              AND (:program_id IS NULL OR program_id = :program_id)
              AND (:since IS NULL OR date >= :since)
              AND (:until IS NULL OR date <= :until)
            ORDER BY program_id, date, start_time, id""",
        {"program_id": program_id, "since": iso_date(since), "until": iso_date(until)},
    )
    for row in rows:
        found.setdefault(row["program_id"], []).append(
            GroupSession(row["id"], dd(row["date"]), t(row["start_time"]), row["module_id"])
        )
    return found


def before(conn: sqlite3.Connection, program_id: int, since: dt.date) -> tuple[int | None, int]:
    """What the group sessions before `since` leave the rotation: the module chosen for the
    last session that has one (None: none has), and how many sessions came after it (or
    before `since` at all, when none has)."""
    params = {"program_id": program_id, "since": iso_date(since)}
    last = conn.execute(
        f"""SELECT date, start_time, id, module_id FROM sessions
            WHERE {_GROUP} AND program_id = :program_id AND date < :since
              AND module_id IS NOT NULL
            ORDER BY date DESC, start_time DESC, id DESC LIMIT 1""",
        params,
    ).fetchone()
    if last is None:
        row = conn.execute(
            f"""SELECT count(*) FROM sessions
                WHERE {_GROUP} AND program_id = :program_id AND date < :since""",
            params,
        ).fetchone()
        return None, int(row[0])
    row = conn.execute(
        f"""SELECT count(*) FROM sessions
            WHERE {_GROUP} AND program_id = :program_id AND date < :since
              AND (date, start_time, id) > (:date, :start, :id)""",
        {**params, "date": last[0], "start": last[1], "id": last[2]},
    ).fetchone()
    return int(last[3]), int(row[0])


def slots_taken(
    conn: sqlite3.Connection, program_id: int, first: str, last: str
) -> set[tuple[str, str, str, str]]:
    """(date, start, service, topic) of every stored session of the program in a date range,
    cancelled ones included: a scheduled slot already stored is not predicted again."""
    rows = conn.execute(
        """SELECT date, start_time, service_type, topic FROM sessions
           WHERE program_id = :program_id AND participant_id IS NULL
             AND date BETWEEN :first AND :last""",
        {"program_id": program_id, "first": first, "last": last},
    )
    return {(row[0], row[1], row[2], row[3]) for row in rows}


def completion_rules(conn: sqlite3.Connection) -> dict[int, CompletionRule]:
    """Every program's completion rule."""
    rows = conn.execute("SELECT id, completion_core, completion_sessions FROM programs")
    return {row[0]: CompletionRule(bool(row[1]), row[2]) for row in rows}


def set_completion_rule(conn: sqlite3.Connection, program_id: int, rule: CompletionRule) -> None:
    conn.execute(
        """UPDATE programs SET completion_core = :core, completion_sessions = :sessions
           WHERE id = :id""",
        {"id": program_id, "core": int(rule.all_core), "sessions": rule.min_sessions},
    )


def set_session_modules(conn: sqlite3.Connection, chosen: Sequence[tuple[int, int]]) -> None:
    """(session id, module id) pairs in one executemany."""
    conn.executemany(
        "UPDATE sessions SET module_id = :module_id WHERE id = :id",
        [{"id": session_id, "module_id": module_id} for session_id, module_id in chosen],
    )
