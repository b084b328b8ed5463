"""Entering a score (services/measures.py): scored by the app from its answers, or a total
entered alone and marked so; bad input names its field and stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Measure, Participant
from counselor_desk.services import audit, setup
from counselor_desk.services import measures as scores
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
TODAY = FixedClock(D(2026, 3, 16), dt.time(11, 0))
ANSWERS = (3, 2, 2, 1, 1, 1, 0, 0, 0)


@pytest.fixture
def dana(db: Database) -> Participant:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    return people.admit(db, new_participant(program), TODAY)


def refused(db: Database, measure: Measure) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        scores.add(db, measure, TODAY)
    assert scores.measures(db, measure.participant_id) == []  # nothing stored
    return [field for field, _message in caught.value.problems]


def test_answers_are_scored_by_the_app_whatever_total_was_passed(
    db: Database, dana: Participant
) -> None:
    stored = scores.add(
        db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 99, items=ANSWERS, difficulty=1), TODAY
    )
    assert (stored.score, stored.items, stored.difficulty) == (10, ANSWERS, 1)
    assert not stored.total_only and stored.entered_at == TODAY.now()
    (again,) = scores.measures(db, dana.id)
    assert again == stored
    (row,) = [e for e in audit.entries(db, dana.id) if e.action == AuditAction.MEASURE.value]
    assert row.detail == f"measure {stored.id} PHQ-9 2026-03-16: 10 from answers 3,2,2,1,1,1,0,0,0"
    assert "Dana" not in row.detail and "Reyes" not in row.detail


def test_a_total_alone_is_kept_and_marked_as_such(db: Database, dana: Participant) -> None:
    stored = scores.add(db, Measure(dana.id, "GAD-7", D(2026, 3, 9), 12), TODAY)
    assert stored.total_only and stored.items == () and stored.score == 12


def test_each_bad_answer_names_its_question(db: Database, dana: Participant) -> None:
    bad = (3, 2, None, 1, 4, 1, 0, 0, 0)
    assert refused(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=bad)) == [
        "item_3",
        "item_5",
    ]
    assert refused(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=(1, 2, 3))) == ["items"]
    assert refused(db, Measure(dana.id, "C-SSRS", D(2026, 3, 16), 0, items=(1, 0, 1, 0, 0, 0))) == [
        "item_3"
    ]


def test_a_total_out_of_range_an_unknown_instrument_and_a_stray_difficulty(
    db: Database, dana: Participant
) -> None:
    assert refused(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 28)) == ["score"]
    assert refused(db, Measure(dana.id, "C-SSRS", D(2026, 3, 16), 3)) == ["score"]
    assert refused(db, Measure(dana.id, "BDI-II", D(2026, 3, 16), 3)) == ["instrument"]
    assert refused(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 9, difficulty=2)) == ["difficulty"]
    assert refused(
        db, Measure(dana.id, "GAD-7", D(2026, 3, 16), 0, items=(0,) * 7, difficulty=1)
    ) == ["difficulty"]
    with pytest.raises(
        ValidationError, match=r"Unknown measure .BDI-II.: the measure is PHQ-9, GAD-7 or C-SSRS"
    ):
        scores.add(db, Measure(dana.id, "BDI-II", D(2026, 3, 16), 3), TODAY)


def test_a_date_in_the_future_before_admission_or_after_discharge_is_refused(
    db: Database, dana: Participant
) -> None:
    assert refused(db, Measure(dana.id, "PHQ-9", D(2026, 3, 17), 9)) == ["taken_on"]
    assert refused(db, Measure(dana.id, "PHQ-9", D(2026, 3, 1), 9)) == ["taken_on"]
    with pytest.raises(ValidationError, match="The date is before admission"):
        scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 1), 9), TODAY)


def test_answers_are_corrected_with_a_reason_and_the_old_ones_kept(
    db: Database, dana: Participant
) -> None:
    stored = scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=ANSWERS), TODAY)
    with pytest.raises(ValidationError, match="answers are the same"):
        scores.correct(db, dana.id, stored.id, "x", TODAY, items=ANSWERS)
    newer = (3, 3, 2, 1, 1, 1, 0, 0, 0)
    with pytest.raises(ValidationError) as caught:
        scores.correct(db, dana.id, stored.id, " ", TODAY, items=newer)
    assert caught.value.field == "reason"
    done = scores.correct(db, dana.id, stored.id, "Question 2 misread", TODAY, items=newer)
    (again,) = scores.measures(db, dana.id)
    assert again.items == newer and again.items_before == ANSWERS
    assert (again.score, again.corrected_from) == (11, 10) == (done.score, done.corrected_from)
    (row,) = [
        e for e in audit.entries(db, dana.id) if e.action == AuditAction.MEASURE_CORRECTION.value
    ]
    assert "10 from answers 3,2,2,1,1,1,0,0,0 -> 11 from answers 3,3,2,1,1,1,0,0,0" in row.detail


def test_answers_change_only_by_a_correction_even_in_raw_sql(
    db: Database, dana: Participant
) -> None:
    import sqlite3

    scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=ANSWERS), TODAY)
    with pytest.raises(sqlite3.IntegrityError, match="answers change only by a correction"):
        db.execute("UPDATE measures SET items_json = '[0,0,0,0,0,0,0,0,0]'")
