"""When a measure is due (domain/measure_due.py) and how the caseload flags it."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measure_due import (
    DEFAULT_SCHEDULE,
    DueWhy,
    MeasureSchedule,
    due_measures,
)
from counselor_desk.domain.model import Measure, Participant
from counselor_desk.domain.rules import Flag
from counselor_desk.services import caseload, setup
from counselor_desk.services import measures as scores
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
ADMITTED = D(2026, 3, 2)  # a Monday
END = D(2026, 5, 25)  # 12 weeks later
PHQ = (MeasureSchedule("PHQ-9"),)


def due(today: dt.date, *taken: dt.date, schedule=PHQ) -> list[tuple[str, str, dt.date, bool]]:
    found = due_measures(
        schedule, admission=ADMITTED, projected_end=END, taken={"PHQ-9": taken}, today=today
    )
    return [(d.instrument, d.why.value, d.due_on, d.overdue) for d in found]


def test_the_default_is_phq9_and_gad7_at_admission_every_2_weeks_and_before_discharge() -> None:
    assert [
        (s.instrument, s.at_admission, s.every_weeks, s.at_discharge) for s in DEFAULT_SCHEDULE
    ] == [
        ("PHQ-9", True, 2, True),
        ("GAD-7", True, 2, True),
    ]


def test_at_admission_due_at_once_and_overdue_after_a_week() -> None:
    assert due(ADMITTED - dt.timedelta(days=1)) == []
    assert due(ADMITTED) == [("PHQ-9", "admission", ADMITTED, False)]
    assert due(D(2026, 3, 9)) == [("PHQ-9", "admission", ADMITTED, False)]
    assert due(D(2026, 3, 10)) == [("PHQ-9", "admission", ADMITTED, True)]


def test_every_two_weeks_from_the_latest_score_with_three_days_either_side() -> None:
    assert due(D(2026, 3, 12), ADMITTED) == []
    assert due(D(2026, 3, 13), ADMITTED) == [("PHQ-9", "interval", D(2026, 3, 16), False)]
    assert due(D(2026, 3, 19), ADMITTED) == [("PHQ-9", "interval", D(2026, 3, 16), False)]
    assert due(D(2026, 3, 20), ADMITTED) == [("PHQ-9", "interval", D(2026, 3, 16), True)]
    assert due(D(2026, 3, 20), ADMITTED, D(2026, 3, 18)) == []  # taken late: the clock restarts


def test_before_discharge_in_the_last_week_unless_taken_in_it() -> None:
    weekly = (MeasureSchedule("PHQ-9", every_weeks=None),)
    assert due(D(2026, 5, 17), ADMITTED, schedule=weekly) == []
    assert due(D(2026, 5, 18), ADMITTED, schedule=weekly) == [("PHQ-9", "discharge", END, False)]
    assert due(D(2026, 5, 20), ADMITTED, D(2026, 5, 19), schedule=weekly) == []
    assert due(D(2026, 5, 26), ADMITTED, schedule=weekly) == [("PHQ-9", "discharge", END, True)]


def test_one_line_per_instrument_the_most_pressing() -> None:
    # Last score 4 weeks ago (interval overdue) and the last week before the end (due).
    assert due(D(2026, 5, 20), D(2026, 4, 22)) == [("PHQ-9", "interval", D(2026, 5, 6), True)]
    assert DueWhy.DISCHARGE.label == "before discharge"


def test_a_program_without_a_schedule_owes_nothing() -> None:
    assert due(D(2026, 4, 1), schedule=()) == []


@pytest.fixture
def dana(db: Database) -> Participant:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    return people.admit(db, new_participant(program, admitted=ADMITTED), FixedClock(ADMITTED))


def test_the_caseload_flags_due_and_overdue_measures(db: Database, dana: Participant) -> None:
    on_admission = FixedClock(ADMITTED, dt.time(16, 0))
    review = caseload.review(db, people.get(db, dana.id), on_admission)
    assert Flag.MEASURE_DUE in review.flags
    assert [d.in_words() for d in review.measures_due] == [
        "PHQ-9 at admission: due 2026-03-02",
        "GAD-7 at admission: due 2026-03-02",
    ]
    for name, total in (("PHQ-9", 18), ("GAD-7", 12)):
        scores.add(db, Measure(dana.id, name, ADMITTED, total), on_admission)
    review = caseload.review(db, people.get(db, dana.id), on_admission)
    assert not review.measures_due and Flag.MEASURE_DUE not in review.flags
    assert (review.latest_phq9, review.phq9_change) == (18, None)
    three_weeks = FixedClock(D(2026, 3, 23), dt.time(9, 0))
    scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 9), three_weeks)
    review = caseload.review(db, people.get(db, dana.id), three_weeks)
    assert (review.latest_phq9, review.phq9_change) == (9, -9)
    assert Flag.MEASURE_OVERDUE in review.flags  # the GAD-7 was due 16 March
    assert review.as_json()["phq9_change_from_baseline"] == -9
    same_day = scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 7), three_weeks)
    review = caseload.review(db, people.get(db, dana.id), three_weeks)
    assert (review.latest_phq9, review.phq9_change) == (7, -11)  # the later entry of the day
    scores.strike(db, dana.id, same_day.id, "Duplicate entry", three_weeks)
    (row,) = caseload.reviews(db, three_weeks)  # the caseload's own batched read
    assert (row.latest_phq9, row.phq9_change) == (9, -9)


def test_a_program_schedule_is_validated_and_stored(db: Database, dana: Participant) -> None:
    program_id = dana.program_id
    scores.set_schedule(db, program_id, [MeasureSchedule("PHQ-9", every_weeks=4)])
    assert scores.schedule(db, program_id) == (MeasureSchedule("PHQ-9", every_weeks=4),)
    with pytest.raises(ValidationError) as refused:
        scores.set_schedule(
            db,
            program_id,
            [MeasureSchedule("C-SSRS"), MeasureSchedule("PHQ-9", every_weeks=0)],
        )
    assert [field for field, _m in refused.value.problems] == ["instrument", "every_weeks"]
    assert scores.schedule(db, program_id) == (MeasureSchedule("PHQ-9", every_weeks=4),)
