"""A day of the adult IOP group for the group note's GUI tests: four members admitted a week
before Monday 2 March 2026, goals with objectives for two of them, roll call helpers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from pytestqt.qtbot import QtBot

from counselor_desk.domain.group_note import EntryDraft, ParticipationLevel, SharedPart
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    Goal,
    Objective,
    Participant,
    Program,
    RiskLevel,
)
from counselor_desk.services import clinical, group_notes, sessions
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import group_note_repo
from counselor_desk.store.db import Database
from counselor_desk.ui import group_note
from counselor_desk.ui.context import AppContext
from counselor_desk.ui.group_note import GroupNoteDialog
from tests.ui.conftest import admit

ADMITTED = dt.date(2026, 2, 23)
S = AttendanceStatus


@dataclass
class Group:
    program: Program
    members: list[Participant]  # Ana Alder, Ben Brook, Chloé Cruz, Dev Dunn (in sheet order)
    objectives: dict[int, Objective]  # participant id -> their objective (Ana, Ben)

    def id(self, first_name: str) -> int:
        return next(p.id for p in self.members if p.first_name == first_name)


def make_group(db: Database, program: Program) -> Group:
    """Four members of the Monday/Wednesday/Friday group; group notes owed from 2026-01-01."""
    clock = FixedClock(ADMITTED, dt.time(9, 0))
    members = [
        admit(db, clock, program, first, last, ADMITTED, f"G-{n}")
        for n, (first, last) in enumerate(
            (("Ana", "Alder"), ("Ben", "Brook"), ("Chloé", "Cruz"), ("Dev", "Dunn"))
        )
    ]
    objectives = {}
    for person, goal_text, objective_text in (
        (members[0], "Stay abstinent", "Name three triggers and a coping skill for each"),
        (members[1], "Repair family relationships", "Practice one assertive request a week"),
    ):
        goal = clinical.save_goal(db, Goal(0, person.id, goal_text))
        objectives[person.id] = clinical.save_objective(db, Objective(0, goal.id, objective_text))
    with db.transaction() as conn:
        group_note_repo.set_notes_owed_from(conn, dt.date(2026, 1, 1))
    return Group(program, members, objectives)


def session_on(db: Database, day: dt.date) -> int:
    return sessions.day_sessions(db, day)[0].session.id


def take_roll_call(
    db: Database,
    day: dt.date,
    statuses: Sequence[AttendanceStatus],
    members: Sequence[Participant],
    at: dt.time = dt.time(12, 5),
) -> int:
    """Roll call of the day's group through the service (minutes follow the status)."""
    session_id = session_on(db, day)
    marks = [
        Attendance(
            session_id,
            person.id,
            status,
            150 if status is S.LATE else (180 if status.attended else 0),
        )
        for person, status in zip(members, statuses, strict=True)
    ]
    sessions.record_roll_call(db, session_id, marks, FixedClock(day, at))
    return session_id


SHARED = SharedPart(
    topic="Relapse triggers",
    module="Relapse prevention",
    interventions=("Psychoeducation", "Relapse prevention planning"),
    content="The group mapped high-risk situations and practiced urge surfing.",
)


def entry(participant_id: int, words: str, objective_id: int | None = None) -> EntryDraft:
    return EntryDraft(
        participant_id,
        ParticipationLevel.ACTIVE,
        response=f"{words} when the facilitator asked about weekends.",
        progress="Named two triggers." if objective_id else "",
        plan="Bring the trigger list on Wednesday.",
        objective_id=objective_id,
        risk=RiskLevel.DENIED,
    )


def close_group_notes() -> None:
    """Close the group note windows a test opened (before its database closes): a window
    left open would save into a closed database when hidden at teardown."""
    for dialog in group_note.open_group_notes():
        dialog.timer.stop()
        dialog.dirty = False
        dialog.close()
        dialog.deleteLater()


def open_dialog(qtbot: QtBot, ctx: AppContext, session_id: int) -> GroupNoteDialog:
    dialog = GroupNoteDialog(ctx, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def signed_earlier(db: Database, group: Group, day: dt.date) -> int:
    """An earlier group (`day`) with every member present and Ana's entry signed."""
    session_id = take_roll_call(db, day, [S.PRESENT] * 4, group.members)
    clock = FixedClock(day, dt.time(13, 0))
    ana = group.id("Ana")
    group_notes.save(
        db,
        session_id,
        SHARED,
        [entry(ana, "Listed payday as a trigger", group.objectives[ana].id)],
        clock,
    )
    group_notes.sign(db, session_id, clock, only={ana})
    return session_id
