"""Entering a score (services/measures.py): scored by the app from its answers, or a total
entered alone and marked so; bad input names its field and stores nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Discharge, DischargeReason, Measure, Participant
from counselor_desk.services import audit, clinical, setup
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
    assert (
        row.detail
        == f"measure {stored.id} PHQ-9 2026-03-16: 10 from answers 3,2,2,1,1,1,0,0,0, difficulty 1"
    )
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
    # Questions 3-5 are not asked after a "no" to question 2: even a "no" to them is refused.
    assert refused(db, Measure(dana.id, "C-SSRS", D(2026, 3, 16), 0, items=(1, 0, 1, 0, 0, 0))) == [
        "item_3",
        "item_4",
        "item_5",
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
    with pytest.raises(
        sqlite3.IntegrityError, match=r"only by a correction|a correction needs its reason"
    ):
        db.execute("UPDATE measures SET items_json = '[0,0,0,0,0,0,0,0,0]'")


def test_answers_are_never_turned_into_a_total_alone(db: Database, dana: Participant) -> None:
    stored = scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=ANSWERS), TODAY)
    with pytest.raises(ValidationError) as caught:
        scores.correct(db, dana.id, stored.id, "Typed the total instead", TODAY, score=10)
    assert caught.value.field == "items" and "correct the answers" in caught.value.message
    (again,) = scores.measures(db, dana.id)
    assert again.items == ANSWERS


@pytest.mark.parametrize(
    ("measure", "field"),
    [
        (Measure(1, "PHQ-9", D(2026, 3, 16), 0, items=(True,) * 9), "item_1"),
        (Measure(1, "PHQ-9", D(2026, 3, 16), 0, items=(0,) * 8 + (0.5,)), "item_9"),  # type: ignore[arg-type]
        (Measure(1, "C-SSRS", D(2026, 3, 16), 0, items=(0, 0, None, None, None, 1.5)), "item_6"),  # type: ignore[arg-type]
        (Measure(1, "PHQ-9", D(2026, 3, 16), "9"), "score"),  # type: ignore[arg-type]
        (Measure(1, "PHQ-9", D(2026, 3, 16), True), "score"),
        (Measure(1, "PHQ-9", dt.datetime(2026, 3, 16, 9, 0), 9), "taken_on"),
        (Measure(1, "PHQ-9", "2026-03-16", 9), "taken_on"),  # type: ignore[arg-type]
        (Measure(1, ["PHQ-9"], D(2026, 3, 16), 9), "instrument"),  # type: ignore[arg-type]
        (Measure(1, "PHQ-9", D(2026, 3, 16), 0, items=ANSWERS, difficulty="1"), "difficulty"),  # type: ignore[arg-type]
    ],
)
def test_odd_types_are_refused_naming_the_field(
    db: Database, dana: Participant, measure: Measure, field: str
) -> None:
    assert field in refused(db, replace(measure, participant_id=dana.id))


def test_a_screen_may_follow_up_after_discharge_but_other_scores_belong_to_the_stay(
    db: Database, dana: Participant
) -> None:
    scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=(1,) * 9), TODAY)
    with pytest.raises(ValidationError) as caught:
        clinical.record_discharge(
            db,
            Discharge(dana.id, D(2026, 3, 10), DischargeReason.COMPLETED),
            TODAY,
        )
    assert caught.value.field == "discharge_date" and "2026" in caught.value.message
    clinical.record_discharge(
        db, Discharge(dana.id, D(2026, 3, 16), DischargeReason.COMPLETED), TODAY
    )
    later = FixedClock(D(2026, 3, 18), dt.time(9, 0))
    screen = Measure(dana.id, "C-SSRS", D(2026, 3, 18), 0, items=(0, 0, None, None, None, 0))
    scores.add(db, screen, later)  # a phone screen two days after discharge
    with pytest.raises(ValidationError, match="after the discharge"):
        scores.add(db, Measure(dana.id, "GAD-7", D(2026, 3, 18), 5), later)


def test_the_admission_cannot_move_past_a_score(db: Database, dana: Participant) -> None:
    scores.add(db, Measure(dana.id, "GAD-7", D(2026, 3, 3), 5), TODAY)
    with pytest.raises(ValidationError) as caught:
        people.edit(db, replace(people.get(db, dana.id), admission_date=D(2026, 3, 9)), TODAY)
    assert caught.value.field == "admission_date" and "first measure score" in caught.value.message


def test_a_corrected_difficulty_is_kept_and_audited(db: Database, dana: Participant) -> None:
    stored = scores.add(
        db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=ANSWERS, difficulty=2), TODAY
    )
    fixed = scores.correct(
        db, dana.id, stored.id, "Difficulty misread", TODAY, items=ANSWERS, difficulty=3
    )
    assert (fixed.difficulty, fixed.difficulty_before) == (3, 2)
    (again,) = scores.measures(db, dana.id)
    assert (again.difficulty, again.difficulty_before) == (3, 2)
    (row,) = [
        e for e in audit.entries(db, dana.id) if e.action == AuditAction.MEASURE_CORRECTION.value
    ]
    assert row.detail.endswith("difficulty 2 -> 10 from answers 3,2,2,1,1,1,0,0,0, difficulty 3")


def test_raw_sql_cannot_move_a_score_or_put_it_out_of_range(
    db: Database, dana: Participant
) -> None:
    import sqlite3

    scores.add(db, Measure(dana.id, "GAD-7", D(2026, 3, 16), 5), TODAY)
    with pytest.raises(sqlite3.IntegrityError, match="cannot change"):
        db.execute("UPDATE measures SET taken_on = '2026-03-02'")
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        db.execute(
            """INSERT INTO measures (participant_id, instrument, taken_on, score)
               VALUES (:p, 'GAD-7', '2026-03-16', 22)""",
            {"p": dana.id},
        )
    with pytest.raises(sqlite3.IntegrityError, match="a correction needs its reason"):
        db.execute("UPDATE measures SET corrected_from = score, score = 6")
