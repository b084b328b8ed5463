"""Values defined once in domain/ are the ones the schema lets through.

A new attendance status or measure instrument is a line in domain/ plus, while the schema
checks the column, a migration that widens the CHECK: these tests fail when the two disagree.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

import pytest

from counselor_desk.domain import measures
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import AttendanceStatus, Measure, Participant
from counselor_desk.services import measures as scores
from counselor_desk.services import participants as people
from counselor_desk.services import setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database

CLOCK = FixedClock(dt.date(2026, 3, 20), dt.time(16, 0))


def allowed_by_check(db: Database, table: str, column: str) -> set[str] | None:
    """The values a CHECK (column IN (...)) of `table` allows; None when it checks none."""
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = :name", {"name": table})
    found = re.search(rf"{column}\s+IN\s*\(([^)]*)\)", sql.fetchone()[0])
    if found is None:
        return None
    return set(re.findall(r"'([^']*)'", found.group(1)))


def test_the_attendance_check_allows_exactly_the_statuses(db: Database) -> None:
    allowed = allowed_by_check(db, "attendance", "status")
    assert allowed in (None, {status.value for status in AttendanceStatus})


def test_the_measures_check_allows_exactly_the_instruments(db: Database) -> None:
    allowed = allowed_by_check(db, "measures", "instrument")
    assert allowed in (None, set(measures.NAMES))


def test_every_instrument_stores_its_maximum_and_refuses_one_more(db: Database) -> None:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    person = people.admit(
        db,
        Participant(
            id=0,
            chart_number="C-1",
            first_name="Dana",
            last_name="Reyes",
            date_of_birth=dt.date(1990, 5, 17),
            program_id=program.id,
            level_of_care=program.level_of_care,
            admission_date=dt.date(2026, 3, 2),
            planned_weeks=12,
        ),
        CLOCK,
    )
    for instrument in measures.INSTRUMENTS:
        top = Measure(person.id, instrument.name, dt.date(2026, 3, 2), instrument.maximum)
        scores.add(db, top, CLOCK)
        with pytest.raises(ValidationError) as refused:
            scores.add(db, replace(top, score=top.score + 1), CLOCK)
        assert refused.value.field == "score"
    stored = [(m.instrument, m.score) for m in scores.measures(db, person.id)]
    assert sorted(stored) == sorted((i.name, i.maximum) for i in measures.INSTRUMENTS)
