"""Import attendance: the optional module column sets the session's module, or names the line."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Program
from counselor_desk.services import curriculum, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.curriculum import ModuleDraft
from counselor_desk.services.imports import import_attendance
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

CLOCK = FixedClock(dt.date(2026, 3, 13), dt.time(16, 0))
HEADER = "chart_number,date,start_time,duration_minutes,service_type,status,module\n"


@pytest.fixture
def program(db: Database) -> Program:
    made = setup.add_program(db, setup.standard_program("Adult IOP"))
    curriculum.save_curriculum(db, made.id, [ModuleDraft("Triggers"), ModuleDraft("Sleep")])
    for chart, first in (("C-1", "Dana"), ("C-2", "Eli")):
        person = new_participant(made, chart=chart, first=first, admitted=dt.date(2026, 3, 2))
        people.admit(db, person, CLOCK)
    return made


def stored_modules(db: Database) -> list[tuple[str, str | None]]:
    found = []
    for session in session_repo.sessions_between(
        db.conn, dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    ):
        module = curriculum.session_module(db, session.id)
        chosen = curriculum.chosen_module(db, session.id)
        found.append((session.date.isoformat(), module.title if chosen and module else None))
    return found


def test_a_module_column_sets_each_sessions_module(db: Database, program: Program) -> None:
    raw = HEADER + (
        "C-1,2026-03-02,09:00,180,group,present,sleep\n"
        "C-2,2026-03-02,09:00,180,group,present,Sleep\n"
        "C-1,2026-03-04,09:00,180,group,present,\n"
    )
    result = import_attendance(db, raw.encode(), CLOCK)
    assert result.marks == 3
    assert stored_modules(db) == [("2026-03-02", "Sleep"), ("2026-03-04", None)]
    # The session without one follows the rotation on from the chosen module.
    wednesday = session_repo.sessions_between(db.conn, dt.date(2026, 3, 4), dt.date(2026, 3, 4))
    assert curriculum.session_module(db, wednesday[0].id).title == "Triggers"  # type: ignore[union-attr]


def test_an_unknown_module_names_the_line_and_imports_nothing(
    db: Database, program: Program
) -> None:
    raw = HEADER + (
        "C-1,2026-03-02,09:00,180,group,present,Sleep\n"
        "C-2,2026-03-04,09:00,180,group,present,Anger\n"
        "C-1,2026-03-06,09:00,180,group,present,Triggers\n"
        "C-2,2026-03-06,09:00,180,group,present,Sleep\n"
        "C-1,2026-03-09,10:00,60,individual,present,Sleep\n"
    )
    with pytest.raises(ValidationError) as caught:
        import_attendance(db, raw.encode(), CLOCK)
    message = caught.value.message
    assert "line 3: module 'Anger' is not in the curriculum of Adult IOP." in message
    assert "line 4: rows of one session name different modules." in message
    assert "line 5: rows of one session name different modules." in message
    assert (
        "line 6: module 'Sleep': only a group or psychoeducation session covers a module."
        in message
    )
    assert "line 2" not in message
    assert session_repo.sessions_between(db.conn, dt.date(2026, 3, 1), dt.date(2026, 3, 31)) == []
