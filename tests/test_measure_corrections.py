"""Measure scores: a stored score changes only by an audited correction or strike, each with
its reason; a struck score stays on the record but counts in no baseline or latest figure."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from counselor_desk.domain import measures
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import CounselorProfile, Measure, Participant
from counselor_desk.services import audit, documents, setup
from counselor_desk.services import measures as scores
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database, connect
from tests.factories import new_participant


def correct_score(
    db: Database, participant_id: int, measure_id: int, score: int, reason: str, clock: FixedClock
) -> Measure:
    return scores.correct(db, participant_id, measure_id, reason, clock, score=score)


D = dt.date
CLOCK = FixedClock(D(2026, 3, 20), dt.time(16, 0))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def dana(db: Database) -> Participant:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    setup.save_profile(db, CounselorProfile(name="Sam Lee", clinic_name="Eastside Clinic"))
    return people.admit(db, new_participant(program), CLOCK)


def add(db: Database, person: Participant, day: dt.date, score: int, name: str = "PHQ-9") -> int:
    return scores.add(db, Measure(person.id, name, day, score), CLOCK).id


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def measure_audit(db: Database) -> list[tuple[str, int | None, str, str]]:
    kinds = {AuditAction.MEASURE_CORRECTION.value, AuditAction.MEASURE_STRIKE.value}
    return [
        (e.action, e.participant_id, e.target, e.detail)
        for e in audit.entries(db)
        if e.action in kinds
    ]


def test_a_correction_keeps_the_old_score_and_is_audited(db: Database, dana: Participant) -> None:
    first = add(db, dana, D(2026, 3, 2), 14)  # meant 4
    corrected = correct_score(db, dana.id, first, 4, "Typed 14 for 4", CLOCK)
    (stored,) = scores.measures(db, dana.id)
    assert stored == corrected
    assert (stored.score, stored.corrected_from, stored.correction_reason) == (
        4,
        14,
        "Typed 14 for 4",
    )
    assert stored.corrected_at == CLOCK.now() and not stored.is_struck
    assert measure_audit(db) == [
        (
            "measure_correction",
            dana.id,
            f"measure {first}",
            f"measure {first} PHQ-9 2026-03-02: 14 as a total -> 4 as a total",
        )
    ]
    # a second correction names the score it replaced; the audit trail keeps both
    correct_score(db, dana.id, first, 5, "Recounted the items", CLOCK)
    assert scores.measures(db, dana.id)[0].corrected_from == 4
    assert [row[3] for row in measure_audit(db)] == [
        f"measure {first} PHQ-9 2026-03-02: 14 as a total -> 4 as a total",
        f"measure {first} PHQ-9 2026-03-02: 4 as a total -> 5 as a total",
    ]
    assert all("Dana" not in row[3] and "Reyes" not in row[3] for row in measure_audit(db))
    assert audit.verify(db) is None


def test_a_correction_needs_a_reason_and_a_new_score_in_range(
    db: Database, dana: Participant
) -> None:
    first = add(db, dana, D(2026, 3, 2), 14)
    gad = add(db, dana, D(2026, 3, 2), 6, "GAD-7")
    assert refused(correct_score, db, dana.id, first, 4, "  ", CLOCK).field == "reason"
    assert refused(correct_score, db, dana.id, first, 28, "x", CLOCK).field == "score"
    assert refused(correct_score, db, dana.id, gad, 22, "x", CLOCK).field == "score"
    assert refused(correct_score, db, dana.id, first, -1, "x", CLOCK).field == "score"
    same = refused(correct_score, db, dana.id, first, 14, "x", CLOCK)
    assert same.field == "score" and "already 14" in str(same)
    with pytest.raises(NotFoundError):
        correct_score(db, dana.id, 999, 4, "x", CLOCK)
    assert [m.score for m in scores.measures(db, dana.id)] == [14, 6]
    assert measure_audit(db) == []


def test_strike_needs_a_reason_and_a_struck_score_cannot_change(
    db: Database, dana: Participant
) -> None:
    first = add(db, dana, D(2026, 3, 2), 14)
    assert refused(scores.strike, db, dana.id, first, "", CLOCK).field == "reason"
    struck = scores.strike(db, dana.id, first, "Entered on the wrong chart", CLOCK)
    (stored,) = scores.measures(db, dana.id)
    assert stored == struck and stored.is_struck and stored.score == 14
    assert stored.struck_reason == "Entered on the wrong chart"
    assert measure_audit(db) == [
        (
            "measure_strike",
            dana.id,
            f"measure {first}",
            f"measure {first} PHQ-9 2026-03-02: 14 -> struck",
        )
    ]
    assert "struck" in str(refused(scores.strike, db, dana.id, first, "again", CLOCK))
    refused(correct_score, db, dana.id, first, 4, "after all", CLOCK)
    assert len(measure_audit(db)) == 1


def test_only_the_participants_own_score_can_be_changed(db: Database, dana: Participant) -> None:
    program = setup.get_program(db, dana.program_id)
    other = people.admit(db, new_participant(program, chart="C-2", first="Lee"), CLOCK)
    theirs = add(db, other, D(2026, 3, 2), 9)
    with pytest.raises(NotFoundError):
        scores.strike(db, dana.id, theirs, "wrong person", CLOCK)
    with pytest.raises(NotFoundError):
        correct_score(db, dana.id, theirs, 3, "wrong person", CLOCK)


def test_the_database_refuses_a_score_changed_outside_a_correction(
    db: Database, dana: Participant
) -> None:
    first = add(db, dana, D(2026, 3, 2), 14)
    with pytest.raises(
        sqlite3.IntegrityError, match=r"only by a correction|a correction needs its reason"
    ):
        db.execute("UPDATE measures SET score = 3 WHERE id = :id", {"id": first})
    scores.strike(db, dana.id, first, "Entered in error", CLOCK)
    with pytest.raises(sqlite3.IntegrityError, match="struck score cannot be changed"):
        db.execute("UPDATE measures SET struck_at = NULL WHERE id = :id", {"id": first})


def test_a_struck_score_counts_in_no_baseline_or_latest(db: Database, dana: Participant) -> None:
    baseline = add(db, dana, D(2026, 3, 2), 20)
    add(db, dana, D(2026, 3, 9), 12)
    latest = add(db, dana, D(2026, 3, 16), 2)  # mistyped: never taken that day
    scores.strike(db, dana.id, latest, "Not taken; entered in error", CLOCK)
    found = scores.measures(db, dana.id)
    course = measures.baseline_and_latest("PHQ-9", found)
    assert course is not None
    assert (course[0].score, course[1].score if course[1] else None) == (20, 12)
    summary = documents.discharge_summary_model(db, dana.id, CLOCK)
    (phq,) = summary.measures
    assert (phq.baseline_score, phq.latest_score, phq.latest_date) == (20, 12, D(2026, 3, 9))
    # striking the baseline makes the next score the baseline, with no latest
    scores.strike(db, dana.id, baseline, "Other instrument's total", CLOCK)
    (phq,) = documents.discharge_summary_model(db, dana.id, CLOCK).measures
    assert (phq.baseline_score, phq.latest_score) == (12, None)
    assert len(scores.measures(db, dana.id)) == 3  # still on the record


def test_a_v5_database_with_measures_opens_and_keeps_them(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v5.sqlite3", path)
    now = dt.datetime(2026, 3, 2, 16, 0)
    with connect(path, now=now) as db:
        found = scores.measures(db, 1)
        assert [(m.instrument, m.taken_on, m.score) for m in found] == [
            ("PHQ-9", D(2025, 9, 29), 14),
            ("PHQ-9", D(2025, 10, 6), 9),
        ]
        assert all(
            m.corrected_from is None and not m.is_struck and m.struck_reason == "" for m in found
        )
        clock = FixedClock(D(2026, 3, 2), dt.time(16, 0))
        correct_score(db, 1, found[0].id, 12, "Typed 14 for 12", clock)
        scores.strike(db, 1, found[1].id, "Entered in error", clock)
        assert [(m.score, m.corrected_from, m.is_struck) for m in scores.measures(db, 1)] == [
            (12, 14, False),
            (9, None, True),
        ]


def test_the_v6_sample_keeps_its_correction(tmp_path: Path) -> None:
    path = tmp_path / "caseload.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v6.sqlite3", path)
    with connect(path, now=dt.datetime(2026, 3, 2, 16, 0)) as db:
        first = scores.measures(db, 1)[0]
        assert (first.score, first.corrected_from, first.correction_reason) == (
            12,
            14,
            "Typed 14 for 12",
        )
