"""Safety flags (services/safety.py): raised in the same commit as the risk, followed up only
by a C-SSRS and, where the risk calls for it, a safety plan; withdrawn, never deleted."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    CounselorProfile,
    Measure,
    NoteFormat,
    Participant,
    RiskLevel,
    ServiceType,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.domain.safety import CRISIS_LINE_988, FlagEvent, FlagSource, FlagState
from counselor_desk.services import audit, caseload, notes, safety, setup
from counselor_desk.services import measures as scores
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.notes import NoteDraft
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
MONDAY = FixedClock(D(2026, 3, 16), dt.time(10, 0))
PHQ9_NEGATIVE = (2, 2, 1, 2, 1, 2, 1, 1, 0)
PHQ9_ITEM9 = (2, 2, 1, 2, 1, 2, 1, 1, 2)
CSSRS_LOW = (1, 0, None, None, None, 0)
CSSRS_MODERATE = (1, 1, 1, 0, 0, 0)
CSSRS_HIGH = (1, 1, 1, 1, 0, 0)
PLAN = {
    "warning_signs": "Not sleeping, staying in my room",
    "coping": "Walk the dog; music",
    "distraction": "Coffee shop on Main St",
    "help": "My sister, 555-0101",
    "professionals": "Clinic 555-0100; county crisis line 555-0199",
    "environment": "Medications kept by my sister",
    "reasons": "My kids",
}


@pytest.fixture
def dana(db: Database) -> Participant:
    setup.save_profile(
        db, CounselorProfile(name="Jordan Lee", credentials="LPC", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    return people.admit(db, new_participant(program), MONDAY)


def phq9(db: Database, person: Participant, answers: tuple[int, ...], day: dt.date) -> Measure:
    return scores.add(db, Measure(person.id, "PHQ-9", day, 0, items=answers), MONDAY)


def cssrs(db: Database, person: Participant, answers: tuple[int | None, ...], day: dt.date):
    return scores.add(db, Measure(person.id, "C-SSRS", day, 0, items=answers), MONDAY)


def test_a_positive_question_9_raises_a_flag_in_the_same_commit(
    db: Database, dana: Participant
) -> None:
    phq9(db, dana, PHQ9_NEGATIVE, D(2026, 3, 2))
    assert safety.flags(db, dana.id) == []
    stored = phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    assert stored.score == 14
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.source is FlagSource.PHQ9_ITEM9 and flag.measure_id == stored.id
    assert flag.state is FlagState.NEEDS_SCREEN
    assert "question 9" in flag.reason and "more than half the days" in flag.reason
    assert flag.raised_by == "Jordan Lee" and flag.raised_at == MONDAY.now()
    assert [e.event for e in flag.events] == [FlagEvent.RAISED]
    assert flag.what_is_needed() == "Record a C-SSRS screen today."
    review = caseload.review(db, people.get(db, dana.id), MONDAY)
    assert review.flags[0] is Flag.SAFETY and review.safety_flag
    assert review.as_json()["safety_flag"] is True
    assert dana.id in {row.participant.id for row in caseload.needs_attention(db, MONDAY)}


def test_a_low_risk_screen_follows_the_flag_up(db: Database, dana: Participant) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    screen = cssrs(db, dana, CSSRS_LOW, D(2026, 3, 16))
    assert screen.score == 0 and screen.items == CSSRS_LOW
    (flag,) = safety.flags(db, dana.id)
    assert flag.state is FlagState.FOLLOWED_UP and flag.screen_id == screen.id
    assert flag.closed_by == "Jordan Lee" and flag.closed_at == MONDAY.now()
    assert [e.event for e in flag.events] == [
        FlagEvent.RAISED,
        FlagEvent.SCREENED,
        FlagEvent.FOLLOWED_UP,
    ]
    assert "low risk" in flag.events[-1].detail
    review = caseload.review(db, people.get(db, dana.id), MONDAY)
    assert Flag.SAFETY not in review.flags


def test_a_moderate_screen_keeps_the_flag_until_a_safety_plan(
    db: Database, dana: Participant
) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    cssrs(db, dana, CSSRS_MODERATE, D(2026, 3, 16))
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_PLAN
    assert flag.what_is_needed() == "Write or review the safety plan."
    plan = safety.save_plan(db, dana.id, PLAN, MONDAY)
    assert plan.version == 1 and plan.saved_by == "Jordan Lee"
    (flag,) = safety.flags(db, dana.id)
    assert flag.state is FlagState.FOLLOWED_UP and flag.plan_id == plan.id
    actions = [e.action for e in audit.entries(db, dana.id)]
    assert actions.count(AuditAction.SAFETY_FLAG.value) == 2  # raised, followed up
    assert AuditAction.SAFETY_PLAN.value in actions


def test_a_screen_from_before_the_risk_does_not_answer_it(db: Database, dana: Participant) -> None:
    later = FixedClock(D(2026, 3, 18), dt.time(9, 0))
    scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 18), 0, items=PHQ9_ITEM9), later)
    scores.add(db, Measure(dana.id, "C-SSRS", D(2026, 3, 16), 0, items=CSSRS_LOW), later)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_SCREEN and flag.risk_on == D(2026, 3, 18)


def test_forms_entered_late_are_answered_by_the_screen_taken_with_them(
    db: Database, dana: Participant
) -> None:
    later = FixedClock(D(2026, 3, 20), dt.time(9, 0))  # both paper forms typed in days later
    scores.add(db, Measure(dana.id, "PHQ-9", D(2026, 3, 16), 0, items=PHQ9_ITEM9), later)
    scores.add(db, Measure(dana.id, "C-SSRS", D(2026, 3, 16), 0, items=CSSRS_LOW), later)
    (flag,) = safety.flags(db, dana.id)
    assert flag.state is FlagState.FOLLOWED_UP and flag.raised_at == later.now()


def test_a_high_screen_on_its_own_raises_a_flag_that_needs_a_plan(
    db: Database, dana: Participant
) -> None:
    screen = cssrs(db, dana, CSSRS_HIGH, D(2026, 3, 16))
    assert screen.score == 2
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.source is FlagSource.CSSRS and flag.state is FlagState.NEEDS_PLAN
    assert flag.screen_id == screen.id and "high risk" in flag.reason
    safety.save_plan(db, dana.id, PLAN, MONDAY)
    assert safety.open_flags(db, dana.id) == []


def test_a_plan_saved_first_still_waits_for_the_screen(db: Database, dana: Participant) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    safety.save_plan(db, dana.id, PLAN, MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_SCREEN and flag.plan_id is not None
    assert flag.what_is_needed() == "Record a C-SSRS screen (a safety plan is saved)."
    cssrs(db, dana, CSSRS_HIGH, D(2026, 3, 16))
    assert safety.open_flags(db, dana.id) == []


def test_striking_the_score_that_raised_a_flag_withdraws_it(
    db: Database, dana: Participant
) -> None:
    stored = phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    scores.strike(db, dana.id, stored.id, "Entered for the wrong date", MONDAY)
    (flag,) = safety.flags(db, dana.id)
    assert flag.state is FlagState.WITHDRAWN and flag.closed_at == MONDAY.now()
    assert flag.events[-1].event is FlagEvent.WITHDRAWN
    assert "struck" in flag.events[-1].detail


def test_correcting_question_9_to_zero_withdraws_and_to_positive_raises(
    db: Database, dana: Participant
) -> None:
    stored = phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    fixed = scores.correct(
        db, dana.id, stored.id, "Item 9 was ticked 0 on paper", MONDAY, items=PHQ9_NEGATIVE
    )
    assert (fixed.score, fixed.corrected_from, fixed.items_before) == (12, 14, PHQ9_ITEM9)
    assert [f.state for f in safety.flags(db, dana.id)] == [FlagState.WITHDRAWN]
    scores.correct(db, dana.id, stored.id, "It was 2 after all", MONDAY, items=PHQ9_ITEM9)
    states = sorted(f.state.value for f in safety.flags(db, dana.id))
    assert states == ["needs_screen", "withdrawn"]


def test_striking_the_screen_reopens_what_it_answered(db: Database, dana: Participant) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    screen = cssrs(db, dana, CSSRS_MODERATE, D(2026, 3, 16))
    scores.strike(db, dana.id, screen.id, "Wrong participant's form", MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_SCREEN and flag.screen_id is None
    assert flag.events[-1].event is FlagEvent.SCREEN_STRUCK


def _note(person: Participant, risk: RiskLevel, note_id: int = 0) -> NoteDraft:
    return NoteDraft(
        participant_id=person.id,
        session_date=D(2026, 3, 16),
        start_time=dt.time(9, 0),
        duration_minutes=50,
        service_type=ServiceType.INDIVIDUAL,
        format=NoteFormat.DAP,
        fields={"data": "Talked about the week."},
        risk=risk,
        risk_detail="Passive thoughts, no plan" if risk is not RiskLevel.DENIED else "",
        note_id=note_id,
    )


def test_a_note_with_risk_present_raises_a_flag_at_once(db: Database, dana: Participant) -> None:
    draft = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.source is FlagSource.NOTE_RISK and flag.note_id == draft.id
    assert not flag.plan_needed
    notes.save_draft(db, _note(dana, RiskLevel.PRESENT_WITH_PLAN, draft.id), MONDAY)
    (flag,) = safety.open_flags(db, dana.id)  # the same flag, now asking for a plan
    assert flag.plan_needed
    cssrs(db, dana, CSSRS_LOW, D(2026, 3, 16))
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_PLAN  # "present, with plan" calls for a plan
    safety.save_plan(db, dana.id, PLAN, MONDAY)
    assert safety.open_flags(db, dana.id) == []


def test_a_draft_changed_back_or_discarded_withdraws_its_flag(
    db: Database, dana: Participant
) -> None:
    draft = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    notes.save_draft(db, _note(dana, RiskLevel.DENIED, draft.id), MONDAY)
    assert [f.state for f in safety.flags(db, dana.id)] == [FlagState.WITHDRAWN]
    other = notes.save_draft(
        db, replace(_note(dana, RiskLevel.PRESENT_NO_PLAN), session_date=D(2026, 3, 13)), MONDAY
    )
    notes.discard_draft(db, other.id, MONDAY)
    assert [f.state for f in safety.flags(db, dana.id)] == [FlagState.WITHDRAWN] * 2
    assert "discarded" in safety.flags(db, dana.id)[0].events[-1].detail


def test_a_closed_flag_and_its_history_cannot_be_changed_by_raw_sql(
    db: Database, dana: Participant
) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    cssrs(db, dana, CSSRS_LOW, D(2026, 3, 16))
    with pytest.raises(sqlite3.IntegrityError, match="closed safety flag"):
        db.execute("UPDATE safety_flags SET state = 'needs_screen', closed_at = NULL")
    with pytest.raises(sqlite3.IntegrityError, match="cannot be deleted"):
        db.execute("DELETE FROM safety_flags")
    with pytest.raises(sqlite3.IntegrityError, match="history of a safety flag"):
        db.execute("UPDATE safety_flag_events SET detail = 'nothing happened'")
    with pytest.raises(sqlite3.IntegrityError, match="a score cannot be deleted; strike it"):
        db.execute("DELETE FROM measures")  # the score and the screen it rests on stay
    with pytest.raises(sqlite3.IntegrityError, match="history of a safety flag"):
        db.execute("DELETE FROM safety_flag_events")


def test_an_open_flag_cannot_be_closed_by_hand_in_raw_sql(db: Database, dana: Participant) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    with pytest.raises(sqlite3.IntegrityError, match="followed up only by its screen and plan"):
        db.execute(
            "UPDATE safety_flags SET state = 'followed_up', closed_at = '2026-03-16T10:00:00'"
        )
    with pytest.raises(sqlite3.IntegrityError, match="cannot change"):
        db.execute("UPDATE safety_flags SET source = 'note_risk'")
    with pytest.raises(sqlite3.IntegrityError, match="raised open"):
        db.execute(
            """INSERT INTO safety_flags (participant_id, raised_at, raised_by, risk_on, source,
                   reason, state, closed_at)
               VALUES (:p, '2026-03-16T10:00:00', 'x', '2026-03-16', 'cssrs', 'x',
                       'withdrawn', '2026-03-16T10:00:00')""",
            {"p": dana.id},
        )
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_SCREEN


def test_a_safety_plan_is_kept_in_versions_that_never_change(
    db: Database, dana: Participant
) -> None:
    first = safety.save_plan(db, dana.id, PLAN, MONDAY)
    with pytest.raises(ValidationError, match="Nothing in the safety plan changed"):
        safety.save_plan(db, dana.id, PLAN, MONDAY)
    second = safety.save_plan(db, dana.id, {**PLAN, "reasons": "My kids; my garden"}, MONDAY)
    assert (first.version, second.version) == (1, 2)
    assert [p.version for p in safety.plans(db, dana.id)] == [2, 1]
    assert safety.current_plan(db, dana.id) == second
    with pytest.raises(sqlite3.IntegrityError, match="saved safety plan cannot be changed"):
        db.execute("UPDATE safety_plans SET fields_json = '{}'")


def test_a_safety_plan_needs_its_core_sections(db: Database, dana: Participant) -> None:
    with pytest.raises(ValidationError) as refused:
        safety.save_plan(db, dana.id, {"reasons": "x", "help": "y" * 2001}, MONDAY)
    fields = [field for field, _message in refused.value.problems]
    assert fields == ["warning_signs", "coping", "help", "professionals"]
    assert safety.plans(db, dana.id) == []
    assert "988" in CRISIS_LINE_988


# -- found in review: every way a risk could have gone unflagged ------------------------------


def test_a_draft_changed_back_and_then_present_again_is_flagged_again(
    db: Database, dana: Participant
) -> None:
    draft = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    notes.save_draft(db, _note(dana, RiskLevel.DENIED, draft.id), MONDAY)
    notes.save_draft(db, _note(dana, RiskLevel.PRESENT_WITH_PLAN, draft.id), MONDAY)
    notes.sign(db, draft.id, MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.plan_needed and flag.note_id == draft.id
    assert sorted(f.state.value for f in safety.flags(db, dana.id)) == [
        "needs_screen",
        "withdrawn",
    ]


def test_a_new_note_given_a_discarded_drafts_id_is_flagged(db: Database, dana: Participant) -> None:
    first = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    notes.discard_draft(db, first.id, MONDAY)
    later = FixedClock(D(2026, 3, 16), dt.time(11, 0))
    second = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_WITH_PLAN), later)
    assert second.id == first.id  # SQLite gives the freed id again
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.plan_needed and flag.raised_at == later.now()


def test_a_followed_up_note_that_now_reads_with_plan_needs_a_plan(
    db: Database, dana: Participant
) -> None:
    draft = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    cssrs(db, dana, CSSRS_LOW, D(2026, 3, 16))
    assert safety.open_flags(db, dana.id) == []
    notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN, draft.id), MONDAY)
    assert safety.open_flags(db, dana.id) == []  # saving again asks nothing more
    notes.save_draft(db, _note(dana, RiskLevel.PRESENT_WITH_PLAN, draft.id), MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.plan_needed and flag.state is FlagState.NEEDS_SCREEN


def test_striking_the_screen_that_closed_a_flag_raises_it_again(
    db: Database, dana: Participant
) -> None:
    phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    screen = cssrs(db, dana, CSSRS_LOW, D(2026, 3, 16))
    assert safety.open_flags(db, dana.id) == []
    scores.strike(db, dana.id, screen.id, "Wrong participant's form", MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.state is FlagState.NEEDS_SCREEN and flag.source is FlagSource.PHQ9_ITEM9
    assert "was struck" in flag.events[-1].detail
    closed = [f for f in safety.flags(db, dana.id) if not f.is_open]
    assert [f.state for f in closed] == [FlagState.FOLLOWED_UP]  # its history as it was


def test_a_draft_moved_later_is_not_answered_by_an_earlier_screen(
    db: Database, dana: Participant
) -> None:
    early = replace(_note(dana, RiskLevel.PRESENT_NO_PLAN), session_date=D(2026, 3, 9))
    draft = notes.save_draft(db, early, MONDAY)
    notes.save_draft(db, replace(early, session_date=D(2026, 3, 16), note_id=draft.id), MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.risk_on == D(2026, 3, 16) and "2026-03-16" in flag.reason
    cssrs(db, dana, CSSRS_LOW, D(2026, 3, 12))
    assert [f.state for f in safety.open_flags(db, dana.id)] == [FlagState.NEEDS_SCREEN]


def test_a_cssrs_entered_for_the_wrong_person_withdraws_its_own_flag(
    db: Database, dana: Participant
) -> None:
    screen = cssrs(db, dana, CSSRS_HIGH, D(2026, 3, 16))
    scores.strike(db, dana.id, screen.id, "Another participant's form", MONDAY)
    (flag,) = safety.flags(db, dana.id)
    assert flag.state is FlagState.WITHDRAWN


# -- found in the second review ----------------------------------------------------------------


def test_a_high_screen_stays_flagged_when_the_draft_it_answered_moves_or_goes(
    db: Database, dana: Participant
) -> None:
    early = replace(_note(dana, RiskLevel.PRESENT_NO_PLAN), session_date=D(2026, 3, 13))
    draft = notes.save_draft(db, early, MONDAY)
    cssrs(db, dana, CSSRS_HIGH, D(2026, 3, 13))
    notes.save_draft(db, replace(early, session_date=D(2026, 3, 16), note_id=draft.id), MONDAY)
    notes.discard_draft(db, draft.id, MONDAY)
    states = {f.source: f.state for f in safety.open_flags(db, dana.id)}
    assert states == {
        FlagSource.NOTE_RISK: FlagState.NEEDS_SCREEN,
        FlagSource.CSSRS: FlagState.NEEDS_PLAN,
    }


def test_a_flag_follows_only_the_note_it_was_raised_for_even_in_the_same_second(
    db: Database, dana: Participant
) -> None:
    first = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    cssrs(db, dana, CSSRS_LOW, D(2026, 3, 16))  # follows the first note's flag up
    notes.discard_draft(db, first.id, MONDAY)
    again = FixedClock(D(2026, 3, 16), dt.time(10, 0, 1))
    second = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), again)
    assert second.id == first.id
    (flag,) = safety.open_flags(db, dana.id)
    assert flag.note_created_at == again.now()


def test_an_open_flag_following_its_draft_says_so_in_its_history(
    db: Database, dana: Participant
) -> None:
    draft = notes.save_draft(db, _note(dana, RiskLevel.PRESENT_NO_PLAN), MONDAY)
    notes.save_draft(db, _note(dana, RiskLevel.PRESENT_WITH_PLAN, draft.id), MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    assert [e.event for e in flag.events] == [FlagEvent.RAISED, FlagEvent.SOURCE_CHANGED]
    assert "present, with plan" in flag.events[-1].detail


def test_a_score_passed_in_as_struck_is_entered_and_flagged_all_the_same(
    db: Database, dana: Participant
) -> None:
    posing = Measure(
        dana.id,
        "PHQ-9",
        D(2026, 3, 16),
        0,
        items=PHQ9_ITEM9,
        struck_at=dt.datetime(2026, 3, 16, 9, 0),
        struck_reason="not really",
    )
    stored = scores.add(db, posing, MONDAY)
    assert not stored.is_struck
    assert [f.measure_id for f in safety.open_flags(db, dana.id)] == [stored.id]


def test_raw_sql_cannot_replace_rows_dismiss_flags_or_erase_a_correction(
    db: Database, dana: Participant
) -> None:
    stored = phq9(db, dana, PHQ9_ITEM9, D(2026, 3, 16))
    scores.correct(db, dana.id, stored.id, "q9 misread", MONDAY, items=(2,) * 9)
    safety.save_plan(db, dana.id, PLAN, MONDAY)
    refused = [
        "INSERT OR REPLACE INTO measures (id, participant_id, instrument, taken_on, score) "
        f"VALUES ({stored.id}, {dana.id}, 'PHQ-9', '2026-03-16', 0)",
        "INSERT OR REPLACE INTO safety_flags (id, participant_id, raised_at, raised_by, "
        "risk_on, source, reason, state) SELECT id, participant_id, raised_at, 'x', risk_on, "
        "source, 'nothing', 'needs_screen' FROM safety_flags",
        "INSERT OR REPLACE INTO safety_plans (id, participant_id, version, fields_json, "
        f"saved_at, saved_by) VALUES (1, {dana.id}, 1, '{{}}', '2020-01-01T00:00:00', 'x')",
        "UPDATE safety_flags SET state = 'withdrawn', closed_at = '2026-03-16T11:00:00'",
        "UPDATE measures SET corrected_from = NULL, items_before = '', correction_reason = ''",
    ]
    for statement in refused:
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(statement)
    assert [f.state for f in safety.open_flags(db, dana.id)] == [FlagState.NEEDS_SCREEN]
    early = scores.add(db, Measure(dana.id, "C-SSRS", D(2026, 3, 2), 0, items=CSSRS_LOW), MONDAY)
    (flag,) = safety.open_flags(db, dana.id)
    db.execute(  # even with its event written first
        "INSERT INTO safety_flag_events (flag_id, at, actor, event) "
        f"VALUES ({flag.id}, '2026-03-16T11:00:00', 'x', 'followed_up')"
    )
    with pytest.raises(sqlite3.IntegrityError, match="followed up only by its screen"):
        db.execute(  # a screen from before the risk
            f"UPDATE safety_flags SET state = 'followed_up', screen_id = {early.id}, "
            f"closed_at = '2026-03-16T11:00:00' WHERE id = {flag.id}"
        )
