"""Arbitrary input to admit and roll call: it is saved whole or refused plainly, never half."""

from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    PROGRAM_LEVELS,
    AgeGroup,
    Attendance,
    AttendanceStatus,
    Diagnosis,
    Discharge,
    DischargeReason,
    Leave,
    LevelChange,
    LevelOfCare,
    Participant,
    ParticipantStatus,
    Program,
)
from counselor_desk.domain.rules import Episode, level_on, minimum_hours, week_bounds
from counselor_desk.services import clinical, sessions, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database

# Hypothesis keeps its example database and caches outside the repository: a `.hypothesis`
# folder at the top would make every pytest run warn (norecursedirs) and so fail.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "counselor-desk-hypothesis")

CLOCK = FixedClock(dt.date(2026, 3, 13), dt.time(16, 0))  # Friday

# The fixtures are set up once per test and shared by its examples on purpose: each example
# compares the whole database before and after its own call.
FEW = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

any_int = st.one_of(st.integers(-3, 400), st.integers(), st.integers(min_value=2**62))
typed = st.one_of(
    st.text(max_size=24),
    st.sampled_from(["", "   ", "\x00", "Dana", " Reyes ", "O'Brien-Núñez", "名前"]),
    st.text(alphabet="ab \x00", min_size=195, max_size=215),
)


def table_rows(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: a failed call must leave all of it exactly as it was."""
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    virtual = {
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'"
        )
    }
    shadow = {name for name in names if any(name.startswith(f"{v}_") for v in virtual)}
    return {
        name: sorted(tuple(row) for row in db.execute(f"SELECT * FROM {name}"))
        for name in names
        if name not in shadow
    }


# -- admit -----------------------------------------------------------------------------------


@pytest.fixture
def program_id(db: Database) -> int:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    people.admit(
        db,
        Participant(
            id=0,
            chart_number="C-1",
            first_name="Existing",
            last_name="Person",
            date_of_birth=dt.date(1980, 1, 1),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=dt.date(2026, 3, 2),
            planned_weeks=12,
        ),
        CLOCK,
    )
    return program.id


FRESH = itertools.count(1000)  # chart numbers not used yet: duplicates come from " C-1 "
codes = st.one_of(
    st.sampled_from(["F33.1", "f10.20", " F41.1 ", "F411", "", "U07.1"]), st.text(max_size=8)
)
good_text = st.text(alphabet="abcdefghijklmnopqrstuvwxyzÁéñ' -", min_size=1, max_size=30).filter(
    str.strip
)

#: Per field: (a value a counselor would type, anything at all).
ADMIT_FIELDS: dict[str, tuple[st.SearchStrategy[object], st.SearchStrategy[object]]] = {
    "chart_number": (
        st.one_of(st.builds(lambda: f"P-{next(FRESH)}"), st.just(" C-1 ")),
        typed,
    ),
    "first_name": (good_text, typed),
    "last_name": (good_text, typed),
    "phone": (st.just("555-0100"), typed),
    "date_of_birth": (st.dates(dt.date(1900, 1, 1), dt.date(2026, 3, 13)), st.dates()),
    "admission_date": (st.dates(dt.date(2026, 3, 14), dt.date(2027, 3, 14)), st.dates()),
    "planned_weeks": (st.integers(1, 104), any_int),
    "program_id": (st.just(0), any_int),
    "level_of_care": (st.sampled_from(PROGRAM_LEVELS), st.sampled_from(LevelOfCare)),
    "diagnoses": (
        st.lists(
            st.sampled_from([Diagnosis("F33.1", "MDD"), Diagnosis("f10.20", "AUD")]), max_size=2
        ),
        st.lists(st.builds(Diagnosis, codes, typed), max_size=3),
    ),
}


@st.composite
def admission_forms(draw: st.DrawFn) -> dict[str, object]:
    """A filled-in admission form, with up to three fields holding anything at all."""
    broken = draw(st.sets(st.sampled_from(sorted(ADMIT_FIELDS)), max_size=3))
    return {
        name: draw(wild if name in broken else usual)
        for name, (usual, wild) in ADMIT_FIELDS.items()
    }


@FEW
@given(form=admission_forms())
def test_admit_saves_whole_or_refuses_plainly(
    db: Database, program_id: int, form: dict[str, object]
) -> None:
    fields = dict(form)
    fields["program_id"] = fields["program_id"] or program_id
    record = Participant(id=0, **fields)  # type: ignore[arg-type]
    diagnoses = record.diagnoses
    before = table_rows(db)
    try:
        admitted = people.admit(db, record, CLOCK)
    except ValidationError as error:
        event(f"refused {error.field}")
        assert table_rows(db) == before
        assert error.problems, "a refusal names at least one problem"
        assert all(field and message.strip() for field, message in error.problems)
        assert str(error).strip() and "Traceback" not in str(error)
        return
    event("admitted")
    stored = people.get(db, admitted.id)
    assert stored == admitted
    assert stored.status is ParticipantStatus.ACTIVE
    assert (
        stored.first_name
        and stored.last_name
        and "\x00" not in stored.first_name + stored.last_name
    )
    assert 1 <= stored.planned_weeks <= 104 and stored.date_of_birth <= CLOCK.today()
    assert len(stored.diagnoses) == len(diagnoses)
    after = table_rows(db)
    assert len(after["participants"]) == len(before["participants"]) + 1
    assert len(after["diagnoses"]) == len(before["diagnoses"]) + len(diagnoses)


# -- roll call -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scene:
    session_ids: tuple[int, ...]  # Monday 9, Wednesday 11 (cancelled), Monday 16 (ahead)
    participant_ids: tuple[int, ...]  # three from 2 March, one from 10 March, one discharged


@pytest.fixture
def scene(db: Database) -> Scene:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    ids = []
    for number, admitted in enumerate([2, 2, 2, 10, 2], start=1):
        ids.append(
            people.admit(
                db,
                Participant(
                    id=0,
                    chart_number=f"C-{number}",
                    first_name=f"Person{number}",
                    last_name="Tester",
                    date_of_birth=dt.date(1980, 1, 1),
                    program_id=program.id,
                    level_of_care=LevelOfCare.IOP,
                    admission_date=dt.date(2026, 3, admitted),
                    planned_weeks=12,
                ),
                CLOCK,
            ).id
        )
    clinical.record_discharge(
        db, Discharge(ids[-1], dt.date(2026, 3, 6), DischargeReason.MOVED), CLOCK
    )
    days = [dt.date(2026, 3, 9), dt.date(2026, 3, 11), dt.date(2026, 3, 16)]
    session_ids = tuple(sessions.day_sessions(db, day)[0].session.id for day in days)
    sessions.cancel_session(db, session_ids[1], "Closed")
    return Scene(session_ids, tuple(ids))


MINUTES_FOR = {
    AttendanceStatus.PRESENT: st.just(180),
    AttendanceStatus.LATE: st.integers(1, 179),
    AttendanceStatus.LEFT_EARLY: st.integers(1, 179),
    AttendanceStatus.EXCUSED: st.just(0),
    AttendanceStatus.UNEXCUSED: st.just(0),
    AttendanceStatus.CANCELLED: st.just(0),
}


@st.composite
def marks(draw: st.DrawFn, scene: Scene) -> Attendance:
    """One row of the sheet as a counselor fills it in, or (sometimes) with anything at all."""
    broken = draw(st.sets(st.sampled_from(["participant", "minutes", "comment"]), max_size=2))
    status = draw(st.sampled_from(AttendanceStatus))
    minutes = draw(
        st.one_of(st.sampled_from([-1, 0, 1, 179, 180, 181]), any_int)
        if "minutes" in broken
        else MINUTES_FOR[status]
    )
    participant = draw(
        st.one_of(st.sampled_from(scene.participant_ids), any_int)
        if "participant" in broken
        else st.sampled_from(scene.participant_ids[:3])
    )
    comment = draw(
        st.one_of(typed, st.text(alphabet="x", min_size=1995, max_size=2005))
        if "comment" in broken
        else st.sampled_from(["", " bus late ", "telehealth, camera off"])
    )
    return Attendance(
        session_id=draw(any_int),  # the service uses the session it is given, not this
        participant_id=participant,
        status=status,
        minutes_attended=minutes,
        telehealth=draw(st.booleans()),
        comment=comment,
    )


@st.composite
def roll_calls(draw: st.DrawFn, scene: Scene) -> tuple[int, list[Attendance]]:
    monday = scene.session_ids[0]
    session_id = draw(
        st.one_of(st.just(monday), st.just(monday), st.sampled_from(scene.session_ids), any_int)
    )
    return session_id, draw(st.lists(marks(scene), max_size=4))


@FEW
@given(data=st.data())
def test_roll_call_saves_whole_or_refuses_plainly(
    db: Database, scene: Scene, data: st.DataObject
) -> None:
    session_id, marks = data.draw(roll_calls(scene))
    before = table_rows(db)
    try:
        saved = sessions.record_roll_call(db, session_id, marks, CLOCK)
    except ValidationError as error:
        event(f"refused {error.field}")
        assert table_rows(db) == before
        assert error.problems and all(field and message for field, message in error.problems)
        return
    event("saved")
    assert saved == len(marks)
    session = sessions.get_session(db, session_id)
    stored = session_repo.session_attendance(db.conn, session_id)
    for mark in marks:
        kept = stored[mark.participant_id]
        assert (kept.status, kept.minutes_attended, kept.telehealth) == (
            mark.status,
            mark.minutes_attended,
            mark.telehealth,
        )
        assert kept.comment == mark.comment.replace("\x00", "").strip()
        assert 0 <= kept.minutes_attended <= session.duration_minutes
        assert kept.status.attended == (kept.minutes_attended > 0)
        if session.cancelled:
            assert kept.status is AttendanceStatus.CANCELLED
    assert session.date <= CLOCK.today()
    # Marks of other participants and other sessions are untouched.
    marked = {mark.participant_id for mark in marks}
    after = table_rows(db)
    untouched = [
        row for row in after["attendance"] if not (row[0] == session_id and row[1] in marked)
    ]
    assert untouched == [
        row for row in before["attendance"] if not (row[0] == session_id and row[1] in marked)
    ]


# -- the weekly minimum, against a day-by-day reference --------------------------------------


def reference_minimum(episode: Episode, week: int) -> int | None:
    """docs/RULES.md's prorating rule, day by day: each day carries 1/7 of its level's minimum,
    days on leave or after discharge carry nothing."""
    start, _end = week_bounds(episode.admission_date, week)
    days = [start + dt.timedelta(days=n) for n in range(7)]
    minimums = [
        minimum_hours(
            level_on(episode.admission_level, episode.level_changes, day), episode.program
        )
        for day in days
    ]
    if all(value is None for value in minimums):
        return None
    total = 0.0
    for day, value in zip(days, minimums, strict=True):
        away = any(leave.covers(day) for leave in episode.leaves)
        gone = episode.discharge_date is not None and day > episode.discharge_date
        if value is not None and not away and not gone:
            total += value * 60
    return round(total / 7)


ADMITTED = dt.date(2026, 3, 2)
offsets = st.integers(0, 40)


@st.composite
def episodes(draw: st.DrawFn) -> Episode:
    level = draw(st.sampled_from(PROGRAM_LEVELS))
    program = Program(
        id=1,
        name="P",
        level_of_care=draw(st.sampled_from(PROGRAM_LEVELS)),
        age_group=draw(st.sampled_from(AgeGroup)),
        planned_weeks=8,
        # Hours in 1/120ths, so some minimums fall on half minutes (9.125 h = 547.5 min).
        weekly_minimum_hours=draw(
            st.one_of(st.none(), st.integers(0, 4800).map(lambda k: k / 120))
        ),
        substance_use=False,
    )
    changes = tuple(
        LevelChange(ADMITTED + dt.timedelta(days=n), draw(st.sampled_from(PROGRAM_LEVELS)))
        for n in draw(st.lists(offsets, max_size=3))
    )
    leaves = []
    free_from = 0
    for _ in range(draw(st.integers(0, 2))):
        start = free_from + draw(st.integers(0, 10))
        length = draw(st.integers(0, 9))
        leaves.append(
            Leave(ADMITTED + dt.timedelta(days=start), ADMITTED + dt.timedelta(days=start + length))
        )
        free_from = start + length + 1
    discharge = draw(st.one_of(st.none(), offsets.map(lambda n: ADMITTED + dt.timedelta(days=n))))
    return Episode(ADMITTED, level, program, changes, tuple(leaves), discharge)


@settings(max_examples=60, deadline=None)
@given(episode=episodes(), week=st.integers(1, 7))
def test_the_weekly_minimum_matches_the_day_by_day_rule(episode: Episode, week: int) -> None:
    assert episode.week_minimum_minutes(week) == reference_minimum(episode, week)


@settings(max_examples=80, deadline=None)
@given(episode=episodes(), weeks=st.integers(1, 8))
def test_the_minimums_of_a_stay_are_its_weeks_minimums(episode: Episode, weeks: int) -> None:
    """The stay's minimums at once (worked out once for a stay with no change and no leave)
    are the weeks' own."""
    assert episode.week_minimums(weeks) == [
        episode.week_minimum_minutes(week) for week in range(1, weeks + 1)
    ]
