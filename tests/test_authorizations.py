"""Authorizations (domain/authorization.py, services/payer.py) and ASAM ratings."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import (
    Authorization,
    Unit,
    current,
    standing,
    uncovered_days,
    units_used,
)
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AttendanceStatus,
    AttendedSession,
    LevelOfCare,
    Participant,
    ServiceType,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import caseload, payer, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
S = AttendanceStatus
TODAY = FixedClock(D(2026, 3, 16), dt.time(12, 0))


def mark(day: dt.date, status: AttendanceStatus = S.PRESENT, minutes: int = 180) -> AttendedSession:
    return AttendedSession(
        date=day,
        start_time=dt.time(9, 0),
        duration_minutes=180,
        service_type=ServiceType.GROUP,
        status=status,
        minutes_attended=minutes if status.attended else 0,
    )


def auth(unit: Unit, units: float, **changes: object) -> Authorization:
    base = Authorization(
        participant_id=1,
        payer="Prairie Health Plan",
        level_of_care=LevelOfCare.IOP,
        start_date=D(2026, 3, 2),
        end_date=D(2026, 3, 29),
        unit=unit,
        units_authorized=units,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


MARKS = [
    mark(D(2026, 3, 2)),
    mark(D(2026, 3, 2), minutes=50),  # an individual session the same day
    mark(D(2026, 3, 4), S.LATE, 150),
    mark(D(2026, 3, 6), S.UNEXCUSED),
    mark(D(2026, 3, 9), S.CANCELLED),
    mark(D(2026, 3, 11)),
    mark(D(2026, 2, 27)),  # before the period
]


def test_a_day_counts_once_however_many_sessions_it_held() -> None:
    assert units_used(auth(Unit.DAYS, 20), MARKS) == 3.0  # 2, 4 and 11 March
    assert units_used(auth(Unit.SESSIONS, 20), MARKS) == 4.0
    assert units_used(auth(Unit.HOURS, 60), MARKS) == round((180 + 50 + 150 + 180) / 60, 2)


def test_the_run_out_date_follows_the_pace_so_far() -> None:
    # 3 days used in the 15 days from 2 to 16 March: 0.2 a day; 2 left -> 10 days.
    found = standing(auth(Unit.DAYS, 5), MARKS, D(2026, 3, 16))
    assert (found.used, found.left, found.runs_out_on) == (3.0, 2.0, D(2026, 3, 26))
    assert found.low and not found.ending
    assert found.runs_out_before(D(2026, 5, 25))  # before the program's and its own end
    assert not found.runs_out_before(D(2026, 3, 20))
    assert found.in_words() == ("3 of 5 days used, 2 left; at this pace they run out on 2026-03-26")
    nothing = standing(auth(Unit.DAYS, 5), [], D(2026, 3, 16))
    assert nothing.runs_out_on is None and not nothing.runs_out_before(D(2026, 5, 25))


def test_ending_review_due_and_which_authorization_is_current() -> None:
    first = auth(Unit.DAYS, 20, id=1)
    second = auth(Unit.DAYS, 20, id=2, start_date=D(2026, 3, 30), end_date=D(2026, 4, 26))
    assert standing(first, MARKS, D(2026, 3, 22)).ending
    assert not standing(first, MARKS, D(2026, 3, 21)).ending
    review = replace(first, next_review=D(2026, 3, 18))
    assert standing(review, MARKS, D(2026, 3, 16)).review_due
    assert not standing(review, MARKS, D(2026, 3, 15)).review_due
    assert current([first, second], D(2026, 3, 16)) is first
    assert current([first, second], D(2026, 4, 1)) is second
    assert current([second], D(2026, 3, 16)) is None
    assert current([first], D(2026, 4, 10)) is first  # ended: the latest begun
    assert uncovered_days([first], MARKS) == [D(2026, 2, 27)]
    assert uncovered_days([], MARKS) == []


@pytest.fixture
def dana(db: Database) -> Participant:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    return people.admit(db, new_participant(program), TODAY)


def test_bad_authorizations_name_their_field_and_store_nothing(
    db: Database, dana: Participant
) -> None:
    good = auth(Unit.DAYS, 20, participant_id=dana.id)
    cases = [
        (replace(good, end_date=D(2026, 3, 1)), "end_date"),
        (replace(good, units_authorized=0), "units_authorized"),
        (replace(good, units_authorized=-3), "units_authorized"),
        (replace(good, units_authorized=True), "units_authorized"),
        (replace(good, payer="  "), "payer"),
        (replace(good, start_date="2026-03-02"), "start_date"),
    ]
    for bad, field in cases:
        with pytest.raises(ValidationError) as refused:
            payer.add_authorization(db, bad, TODAY)
        assert field in [f for f, _m in refused.value.problems], (bad, refused.value)
    assert payer.authorizations(db, dana.id) == []
    payer.add_authorization(db, good, TODAY)
    overlapping = replace(good, start_date=D(2026, 3, 20), end_date=D(2026, 4, 20))
    with pytest.raises(ValidationError, match="overlaps the Prairie Health Plan"):
        payer.add_authorization(db, overlapping, TODAY)
    other_level = replace(overlapping, level_of_care=LevelOfCare.PHP)
    payer.add_authorization(db, other_level, TODAY)  # another level may overlap
    assert len(payer.authorizations(db, dana.id)) == 2
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE authorizations SET units_authorized = 0")


def test_the_caseload_shows_the_authorization_and_flags_it(db: Database, dana: Participant) -> None:
    stored = payer.add_authorization(
        db,
        auth(
            Unit.DAYS,
            3,
            participant_id=dana.id,
            number="A-77",
            next_review=D(2026, 3, 17),
        ),
        TODAY,
    )
    review = caseload.review(db, people.get(db, dana.id), TODAY)
    assert review.authorization is not None and review.authorization.left == 3
    assert Flag.AUTH_LOW in review.flags and Flag.REVIEW_DUE in review.flags
    assert review.as_json()["authorization_units_left"] == 3
    assert review.as_json()["authorization_end_date"] == "2026-03-29"
    changed = payer.update_authorization(db, replace(stored, units_authorized=40), TODAY)
    assert changed.units_authorized == 40
    review = caseload.review(db, people.get(db, dana.id), TODAY)
    assert Flag.AUTH_LOW not in review.flags
    details = [e.detail for e in payer.audit.entries(db, dana.id) if e.action == "authorization"]
    assert details == [
        "added: IOP 2026-03-02 to 2026-03-29, 3 days",
        "changed: IOP 2026-03-02 to 2026-03-29, 3 days -> IOP 2026-03-02 to 2026-03-29, 40 days",
    ]


def test_an_asam_rating_is_kept_as_given(db: Database, dana: Participant) -> None:
    first = payer.add_rating(
        db,
        AsamRating(dana.id, D(2026, 3, 2), (1, 0, 3, 2, 3, 2), LevelOfCare.IOP, ("", "", "Panic")),
        TODAY,
    )
    later = payer.add_rating(
        db, AsamRating(dana.id, D(2026, 3, 16), (0, 0, 2, 1, 2, 2), LevelOfCare.OP), TODAY
    )
    assert [r.id for r in payer.ratings(db, dana.id)] == [first.id, later.id]
    assert later.changes_from(first) == (-1, 0, -1, -1, -1, 0)
    assert first.notes[2] == "Panic" and len(first.notes) == 6
    with pytest.raises(ValidationError) as refused:
        payer.add_rating(
            db, AsamRating(dana.id, D(2026, 3, 17), (5, 0, 0, 0, 0, 0), LevelOfCare.OP), TODAY
        )
    assert [f for f, _m in refused.value.problems] == ["rated_on", "dimension_1"]
    with pytest.raises(sqlite3.IntegrityError, match="kept as given"):
        db.execute("UPDATE asam_ratings SET recommended_level = 'PHP'")
