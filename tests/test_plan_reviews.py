"""Treatment-plan reviews: when they are due (domain/plan_review.py), drafts, signing, flags."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace

import pytest

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    CounselorProfile,
    Discharge,
    DischargeReason,
    Goal,
    GoalStatus,
    Objective,
    Participant,
)
from counselor_desk.domain.plan_review import (
    DueKind,
    ItemProgress,
    PlanDue,
    PlanReview,
    next_review_due,
    plan_due,
)
from counselor_desk.domain.rules import Flag
from counselor_desk.services import audit, caseload, clinical, plan_reviews, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.discharge_content import sha256
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
ADMITTED = D(2026, 3, 2)
TODAY = FixedClock(D(2026, 3, 16), dt.time(12, 0))


def due_on(today: dt.date, **changes: object) -> PlanDue | None:
    given: dict[str, object] = {
        "active": True,
        "admission": ADMITTED,
        "has_plan": True,
        "first_plan_days": 7,
        "review_interval_days": 30,
        "signed": [],
        "today": today,
    }
    given.update(changes)
    return plan_due(**given)  # type: ignore[arg-type]


def flags_on(today: dt.date, **changes: object) -> list[Flag]:
    found = due_on(today, **changes)
    assert found is not None
    if found.kind is DueKind.FIRST_PLAN:
        return [Flag.PLAN_DUE] if found.showing else []
    if not found.showing:
        return []
    return [Flag.PLAN_REVIEW_OVERDUE if found.overdue else Flag.PLAN_REVIEW_DUE]


def test_the_first_plan_is_due_days_after_admission_shown_three_days_before() -> None:
    first = due_on(D(2026, 3, 5), has_plan=False)
    assert first == PlanDue(DueKind.FIRST_PLAN, D(2026, 3, 9), D(2026, 3, 5))
    assert not first.showing
    assert flags_on(D(2026, 3, 6), has_plan=False) == [Flag.PLAN_DUE]  # 3 days before
    assert flags_on(D(2026, 3, 9), has_plan=False) == [Flag.PLAN_DUE]
    assert flags_on(D(2026, 4, 20), has_plan=False) == [Flag.PLAN_DUE]
    assert flags_on(D(2026, 3, 5), has_plan=False) == []


def test_reviews_are_due_every_interval_from_the_plan_then_from_the_last_signed_review() -> None:
    # No review yet: 9 March (first plan due) + 30 days = 8 April.
    assert due_on(D(2026, 3, 16)) == PlanDue(DueKind.REVIEW, D(2026, 4, 8), D(2026, 3, 16))
    assert flags_on(D(2026, 4, 4)) == []
    assert flags_on(D(2026, 4, 5)) == [Flag.PLAN_REVIEW_DUE]  # 3 days before
    assert flags_on(D(2026, 4, 8)) == [Flag.PLAN_REVIEW_DUE]  # on the day: due, not overdue
    assert flags_on(D(2026, 4, 9)) == [Flag.PLAN_REVIEW_OVERDUE]  # the day after
    signed = [(D(2026, 4, 6), None), (D(2026, 3, 20), D(2026, 3, 25))]
    assert next_review_due(
        admission=ADMITTED, first_plan_days=7, review_interval_days=30, signed=signed
    ) == D(2026, 5, 6)  # the latest review's date + 30
    assert flags_on(D(2026, 5, 7), signed=signed) == [Flag.PLAN_REVIEW_OVERDUE]


def test_a_reviews_own_next_date_overrides_the_interval() -> None:
    signed = [(D(2026, 4, 6), D(2026, 4, 20))]
    assert due_on(D(2026, 4, 10), signed=signed) == PlanDue(
        DueKind.REVIEW, D(2026, 4, 20), D(2026, 4, 10)
    )
    assert flags_on(D(2026, 4, 16), signed=signed) == []
    assert flags_on(D(2026, 4, 17), signed=signed) == [Flag.PLAN_REVIEW_DUE]
    assert flags_on(D(2026, 4, 21), signed=signed) == [Flag.PLAN_REVIEW_OVERDUE]
    assert due_on(D(2026, 4, 10), signed=signed, review_interval_days=14) == PlanDue(
        DueKind.REVIEW, D(2026, 4, 20), D(2026, 4, 10)
    )


def test_the_programs_interval_and_first_plan_days_count() -> None:
    assert due_on(D(2026, 3, 3), has_plan=False, first_plan_days=3).due == D(2026, 3, 5)  # type: ignore[union-attr]
    assert due_on(D(2026, 3, 3), review_interval_days=14).due == D(2026, 3, 23)  # type: ignore[union-attr]


def test_participants_not_active_have_nothing_due() -> None:
    assert due_on(D(2026, 6, 1), active=False) is None
    assert due_on(D(2026, 6, 1), active=False, has_plan=False) is None


# -- the service -----------------------------------------------------------------------------


@pytest.fixture
def dana(db: Database) -> Participant:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    return people.admit(db, new_participant(program, admitted=ADMITTED), TODAY)


@pytest.fixture
def plan(db: Database, dana: Participant) -> tuple[Goal, Objective, Goal]:
    goal = clinical.save_goal(db, Goal(0, dana.id, "Stay sober", GoalStatus.IN_PROGRESS))
    objective = clinical.save_objective(
        db, Objective(0, goal.id, "Attend 3 groups a week", GoalStatus.IN_PROGRESS)
    )
    done = clinical.save_goal(db, Goal(0, dana.id, "Find a sponsor", GoalStatus.MET))
    return goal, objective, done


def profile(db: Database) -> None:
    setup.save_profile(
        db, CounselorProfile(name="Sam Ortiz", credentials="LADC", clinic_name="Eastside Clinic")
    )


def draft(dana: Participant, goal: Goal, objective: Objective, **changes: object) -> PlanReview:
    review = PlanReview(
        id=0,
        participant_id=dana.id,
        reviewed_on=D(2026, 3, 16),
        goals={goal.id: ItemProgress("Sober 14 days", GoalStatus.IN_PROGRESS)},
        objectives={objective.id: ItemProgress("All groups attended", GoalStatus.MET)},
        changes="Objective met; a new one to follow.",
        next_review=D(2026, 4, 15),
    )
    return replace(review, **changes)  # type: ignore[arg-type]


def fields_of(error: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [field for field, _message in error.value.problems]


def test_a_review_needs_a_plan_first(db: Database, dana: Participant) -> None:
    with pytest.raises(ValidationError) as refused:
        plan_reviews.save_draft(db, PlanReview(0, dana.id, D(2026, 3, 16)), TODAY)
    assert fields_of(refused) == ["plan"]


def test_bad_drafts_name_their_field_and_store_nothing(
    db: Database, dana: Participant, plan: tuple[Goal, Objective, Goal]
) -> None:
    goal, objective, _done = plan
    good = draft(dana, goal, objective)
    cases = [
        (replace(good, reviewed_on=D(2026, 3, 17)), "reviewed_on"),  # the future
        (replace(good, reviewed_on=D(2026, 3, 1)), "reviewed_on"),  # before admission
        (replace(good, reviewed_on="2026-03-16"), "reviewed_on"),
        (replace(good, next_review=D(2026, 3, 16)), "next_review"),  # not after the review
        (replace(good, next_review=D(2027, 3, 17)), "next_review"),  # over a year on
        (replace(good, goals={9999: ItemProgress("x")}), "goals"),
        (replace(good, objectives={objective.id: ItemProgress("x" * 200_001)}), "objectives."),
        (replace(good, goals={goal.id: ItemProgress("x", "met")}), "goals."),  # type: ignore[arg-type]
    ]
    for bad, field in cases:
        with pytest.raises(ValidationError) as refused:
            plan_reviews.save_draft(db, bad, TODAY)
        assert any(f.startswith(field) for f in fields_of(refused)), (bad, refused.value)
    assert plan_reviews.reviews(db, dana.id) == []


def test_a_draft_is_saved_then_rewritten(
    db: Database, dana: Participant, plan: tuple[Goal, Objective, Goal]
) -> None:
    goal, objective, _done = plan
    saved = plan_reviews.save_draft(db, draft(dana, goal, objective, changes="  first  "), TODAY)
    assert saved.id and saved.changes == "first"
    again = plan_reviews.save_draft(db, replace(saved, changes="second"), TODAY)
    (stored,) = plan_reviews.reviews(db, dana.id)
    assert stored.id == again.id and stored.changes == "second" and not stored.is_signed
    assert stored.objectives[objective.id] == ItemProgress("All groups attended", GoalStatus.MET)
    assert plan_reviews.default_next_review(db, dana.id, D(2026, 3, 16)) == D(2026, 4, 15)


def test_signing_needs_every_open_item_what_changed_the_next_date_and_a_profile(
    db: Database, dana: Participant, plan: tuple[Goal, Objective, Goal]
) -> None:
    goal, objective, done = plan
    empty = plan_reviews.save_draft(
        db, PlanReview(0, dana.id, D(2026, 3, 16), goals={goal.id: ItemProgress("  ")}), TODAY
    )
    with pytest.raises(ValidationError) as refused:
        plan_reviews.sign(db, empty.id, TODAY)
    # The goal already met needs no word; the open goal and objective do.
    assert fields_of(refused) == [
        f"goals.{goal.id}",
        f"objectives.{objective.id}",
        "changes",
        "next_review",
    ]
    assert done.id not in [int(f.split(".")[1]) for f in fields_of(refused) if "." in f]
    full = plan_reviews.save_draft(db, draft(dana, goal, objective, id=empty.id), TODAY)
    with pytest.raises(ValidationError) as no_profile:
        plan_reviews.sign(db, full.id, TODAY)
    assert no_profile.value.field == "profile"
    assert not plan_reviews.get(db, full.id).is_signed


def test_signing_locks_the_review_updates_the_plan_and_is_audited(
    db: Database, dana: Participant, plan: tuple[Goal, Objective, Goal]
) -> None:
    goal, objective, done = plan
    profile(db)
    saved = plan_reviews.save_draft(db, draft(dana, goal, objective), TODAY)
    signed = plan_reviews.sign(db, saved.id, TODAY)
    assert signed.is_signed and signed.signed_by == "Sam Ortiz, LADC"
    assert signed.signed_at == dt.datetime(2026, 3, 16, 12, 0)
    assert signed.content_hash == sha256(plan_reviews.signed_content(signed))
    stored = plan_reviews.get(db, saved.id)
    assert stored == signed
    assert plan_reviews.unchanged_since_signing(stored)
    assert not plan_reviews.unchanged_since_signing(replace(stored, changes="Edited"))
    # What each item was is kept with the review.
    assert stored.goals[goal.id].status_before is GoalStatus.IN_PROGRESS
    assert stored.goals[done.id] == ItemProgress("", None, "Find a sponsor", GoalStatus.MET)
    assert stored.objectives[objective.id].description == "Attend 3 groups a week"
    # The new statuses are on the plan.
    (first, second) = clinical.goals(db, dana.id)
    assert first.objectives[0].status is GoalStatus.MET and second.status is GoalStatus.MET
    entries = [e for e in audit.entries(db) if e.action == "plan_review_sign"]
    assert [(e.target, e.detail) for e in entries] == [
        (f"plan review {saved.id}", f"content hash {signed.content_hash}")
    ]
    with pytest.raises(ValidationError):
        plan_reviews.save_draft(db, replace(signed, changes="later"), TODAY)
    with pytest.raises(ValidationError):
        plan_reviews.sign(db, saved.id, TODAY)
    with pytest.raises(ValidationError):
        plan_reviews.discard_draft(db, saved.id)
    with pytest.raises(sqlite3.IntegrityError, match="signed plan review"):
        db.conn.execute("UPDATE plan_reviews SET changes = 'x' WHERE id = ?", (saved.id,))
    with pytest.raises(sqlite3.IntegrityError, match="signed plan review"):
        db.conn.execute("DELETE FROM plan_reviews WHERE id = ?", (saved.id,))
    # A later review cannot be dated before this one.
    with pytest.raises(ValidationError) as refused:
        plan_reviews.save_draft(db, draft(dana, goal, objective, reviewed_on=D(2026, 3, 10)), TODAY)
    assert fields_of(refused) == ["reviewed_on"]


def test_a_draft_can_be_discarded(
    db: Database, dana: Participant, plan: tuple[Goal, Objective, Goal]
) -> None:
    goal, objective, _done = plan
    saved = plan_reviews.save_draft(db, draft(dana, goal, objective), TODAY)
    plan_reviews.discard_draft(db, saved.id)
    assert plan_reviews.reviews(db, dana.id) == []


def test_the_caseload_flags_the_plan_and_gives_the_next_review(
    db: Database, dana: Participant
) -> None:
    review = caseload.review(db, people.get(db, dana.id), TODAY)
    assert Flag.PLAN_DUE in review.flags and review.as_json()["plan_review_due"] is None
    goal = clinical.save_goal(db, Goal(0, dana.id, "Stay sober"))
    review = caseload.review(db, people.get(db, dana.id), TODAY)
    assert not {Flag.PLAN_DUE, Flag.PLAN_REVIEW_DUE, Flag.PLAN_REVIEW_OVERDUE} & set(review.flags)
    assert review.as_json()["plan_review_due"] == "2026-04-08"
    late = FixedClock(D(2026, 4, 9), dt.time(12, 0))
    assert Flag.PLAN_REVIEW_OVERDUE in caseload.review(db, people.get(db, dana.id), late).flags
    profile(db)
    saved = plan_reviews.save_draft(
        db,
        PlanReview(
            0,
            dana.id,
            D(2026, 4, 9),
            goals={goal.id: ItemProgress("Going well")},
            changes="None",
            next_review=D(2026, 4, 23),
        ),
        late,
    )
    plan_reviews.sign(db, saved.id, late)
    review = caseload.review(db, people.get(db, dana.id), late)
    assert Flag.PLAN_REVIEW_OVERDUE not in review.flags
    assert review.as_json()["plan_review_due"] == "2026-04-23"
    assert plan_reviews.due(db, dana.id, late) == PlanDue(
        DueKind.REVIEW, D(2026, 4, 23), late.today()
    )
    clinical.record_discharge(
        db, Discharge(dana.id, D(2026, 4, 9), DischargeReason.COMPLETED), late
    )
    gone = caseload.review(db, people.get(db, dana.id), FixedClock(D(2026, 6, 1), dt.time(9)))
    assert gone.as_json()["plan_review_due"] is None
    assert not {Flag.PLAN_DUE, Flag.PLAN_REVIEW_DUE, Flag.PLAN_REVIEW_OVERDUE} & set(gone.flags)


def test_program_settings_keep_the_interval_and_first_plan_days(db: Database) -> None:
    program = setup.add_program(
        db, replace(setup.standard_program("Teen IOP"), review_interval_days=14, first_plan_days=5)
    )
    assert (program.review_interval_days, program.first_plan_days) == (14, 5)
    changed = setup.update_program(db, replace(program, review_interval_days=21))
    assert (
        setup.get_program(db, program.id).review_interval_days == 21 == changed.review_interval_days
    )
    for field, value in [("review_interval_days", 0), ("review_interval_days", 366),
                         ("first_plan_days", 0), ("first_plan_days", 91)]:  # fmt: skip
        with pytest.raises(ValidationError) as refused:
            setup.update_program(db, replace(program, **{field: value}))
        assert fields_of(refused) == [field]
