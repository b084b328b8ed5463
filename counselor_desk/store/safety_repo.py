"""Safety flags with their history, and the numbered versions of each safety plan."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence

from counselor_desk.domain.safety import (
    FlagEvent,
    FlagSource,
    FlagState,
    SafetyFlag,
    SafetyFlagEvent,
    SafetyPlan,
)
from counselor_desk.store.convert import dd, iso_date, iso_moment, ts

OPEN_STATES = ("needs_screen", "needs_plan")


def _flag(row: sqlite3.Row, events: Sequence[SafetyFlagEvent] = ()) -> SafetyFlag:
    raised = ts(row["raised_at"])
    assert raised is not None
    return SafetyFlag(
        id=row["id"],
        participant_id=row["participant_id"],
        raised_at=raised,
        raised_by=row["raised_by"],
        source=FlagSource(row["source"]),
        reason=row["reason"],
        state=FlagState(row["state"]),
        risk_on=dd(row["risk_on"]),
        measure_id=row["measure_id"],
        note_id=row["note_id"],
        note_created_at=ts(row["note_created_at"]),
        plan_needed=bool(row["plan_needed"]),
        screen_id=row["screen_id"],
        plan_id=row["plan_id"],
        closed_at=ts(row["closed_at"]),
        closed_by=row["closed_by"],
        events=tuple(events),
    )


def _events(conn: sqlite3.Connection, flag_ids: Sequence[int]) -> dict[int, list[SafetyFlagEvent]]:
    found: dict[int, list[SafetyFlagEvent]] = {}
    if not flag_ids:
        return found
    marks = ", ".join(f":f{i}" for i in range(len(flag_ids)))
    for row in conn.execute(
        f"SELECT * FROM safety_flag_events WHERE flag_id IN ({marks}) ORDER BY id",
        {f"f{i}": value for i, value in enumerate(flag_ids)},
    ):
        at = ts(row["at"])
        assert at is not None
        found.setdefault(row["flag_id"], []).append(
            SafetyFlagEvent(at, row["actor"], FlagEvent(row["event"]), row["detail"])
        )
    return found


def flags_of(conn: sqlite3.Connection, participant_id: int) -> list[SafetyFlag]:
    """Every safety flag of a participant with its history, newest first."""
    rows = conn.execute(
        "SELECT * FROM safety_flags WHERE participant_id = :id ORDER BY raised_at DESC, id DESC",
        {"id": participant_id},
    ).fetchall()
    events = _events(conn, [row["id"] for row in rows])
    return [_flag(row, events.get(row["id"], ())) for row in rows]


def open_flags(conn: sqlite3.Connection, participant_id: int) -> list[SafetyFlag]:
    return [flag for flag in flags_of(conn, participant_id) if flag.is_open]


def participants_with_open_flags(conn: sqlite3.Connection) -> set[int]:
    """Everyone with a flag still waiting for its follow-up (one small indexed read)."""
    return {
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT participant_id FROM safety_flags "
            "WHERE state IN ('needs_screen', 'needs_plan')"
        )
    }


def insert_flag(conn: sqlite3.Connection, flag: SafetyFlag) -> int:
    cursor = conn.execute(
        """INSERT INTO safety_flags (participant_id, raised_at, raised_by, risk_on, source,
               reason, state, measure_id, note_id, note_created_at, plan_needed, screen_id,
               plan_id, closed_at, closed_by)
           VALUES (:participant_id, :raised_at, :raised_by, :risk_on, :source, :reason,
               :state, :measure_id, :note_id, :note_created_at, :plan_needed, :screen_id,
               :plan_id, :closed_at, :closed_by)""",
        {
            "participant_id": flag.participant_id,
            "raised_at": iso_moment(flag.raised_at),
            "raised_by": flag.raised_by,
            "risk_on": iso_date(flag.risk_on),
            "source": flag.source.value,
            "reason": flag.reason,
            "state": flag.state.value,
            "measure_id": flag.measure_id,
            "note_id": flag.note_id,
            "note_created_at": iso_moment(flag.note_created_at),
            "plan_needed": int(flag.plan_needed),
            "screen_id": flag.screen_id,
            "plan_id": flag.plan_id,
            "closed_at": iso_moment(flag.closed_at),
            "closed_by": flag.closed_by,
        },
    )
    return int(cursor.lastrowid or 0)


def update_flag(conn: sqlite3.Connection, flag: SafetyFlag) -> None:
    """Write what may change of an open flag: its state, screen, plan, closing, and (while it
    follows a draft) the day and words of its risk. The triggers refuse a closed flag."""
    conn.execute(
        """UPDATE safety_flags SET state = :state, screen_id = :screen_id, plan_id = :plan_id,
               plan_needed = :plan_needed, closed_at = :closed_at, closed_by = :closed_by,
               risk_on = :risk_on, reason = :reason
           WHERE id = :id""",
        {
            "id": flag.id,
            "risk_on": iso_date(flag.risk_on),
            "reason": flag.reason,
            "state": flag.state.value,
            "screen_id": flag.screen_id,
            "plan_id": flag.plan_id,
            "plan_needed": int(flag.plan_needed),
            "closed_at": iso_moment(flag.closed_at),
            "closed_by": flag.closed_by,
        },
    )


def add_event(
    conn: sqlite3.Connection,
    flag_id: int,
    at: dt.datetime,
    actor: str,
    event: FlagEvent,
    detail: str = "",
) -> None:
    conn.execute(
        """INSERT INTO safety_flag_events (flag_id, at, actor, event, detail)
           VALUES (:flag_id, :at, :actor, :event, :detail)""",
        {
            "flag_id": flag_id,
            "at": iso_moment(at),
            "actor": actor,
            "event": event.value,
            "detail": detail,
        },
    )


# -- safety plans --------------------------------------------------------------------------


def _plan(row: sqlite3.Row) -> SafetyPlan:
    return SafetyPlan(
        id=row["id"],
        participant_id=row["participant_id"],
        version=row["version"],
        fields=dict(json.loads(row["fields_json"])),
        saved_at=ts(row["saved_at"]),
        saved_by=row["saved_by"],
    )


def plans_of(conn: sqlite3.Connection, participant_id: int) -> list[SafetyPlan]:
    """Every saved version, newest first."""
    return [
        _plan(row)
        for row in conn.execute(
            "SELECT * FROM safety_plans WHERE participant_id = :id ORDER BY version DESC",
            {"id": participant_id},
        )
    ]


def current_plan(conn: sqlite3.Connection, participant_id: int) -> SafetyPlan | None:
    row = conn.execute(
        "SELECT * FROM safety_plans WHERE participant_id = :id ORDER BY version DESC LIMIT 1",
        {"id": participant_id},
    ).fetchone()
    return None if row is None else _plan(row)


def insert_plan(conn: sqlite3.Connection, plan: SafetyPlan) -> SafetyPlan:
    """Save the next version of the participant's plan."""
    version = 1 + int(
        conn.execute(
            "SELECT coalesce(max(version), 0) FROM safety_plans WHERE participant_id = :id",
            {"id": plan.participant_id},
        ).fetchone()[0]
    )
    cursor = conn.execute(
        """INSERT INTO safety_plans (participant_id, version, fields_json, saved_at, saved_by)
           VALUES (:participant_id, :version, :fields, :saved_at, :saved_by)""",
        {
            "participant_id": plan.participant_id,
            "version": version,
            "fields": json.dumps(plan.fields, sort_keys=True, ensure_ascii=False),
            "saved_at": iso_moment(plan.saved_at),
            "saved_by": plan.saved_by,
        },
    )
    return SafetyPlan(
        participant_id=plan.participant_id,
        fields=dict(plan.fields),
        id=int(cursor.lastrowid or 0),
        version=version,
        saved_at=plan.saved_at,
        saved_by=plan.saved_by,
    )
