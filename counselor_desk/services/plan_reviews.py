"""Treatment-plan reviews: a draft is saved, then signed like a note (signed, it is locked).

The schedule (first plan, next review) is in domain/plan_review.py; docs/RULES.md says it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import Goal, GoalStatus, Participant, ParticipantStatus
from counselor_desk.domain.plan_review import (
    CLOSED,
    ItemProgress,
    PlanDue,
    PlanReview,
    ReviewStatus,
    plan_due,
)
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.discharge_content import canonical, sha256
from counselor_desk.services.notes import require_signer
from counselor_desk.services.participants import get as get_participant
from counselor_desk.services.setup import get_program
from counselor_desk.services.validate import MAX_TEXT, Problems, clean, fmt
from counselor_desk.store import clinical_repo, plan_review_repo
from counselor_desk.store.db import Database

#: The next review is set at most this far after the review.
NEXT_REVIEW_MAX_DAYS = 365


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def reviews(db: Database, participant_id: int) -> list[PlanReview]:
    """A participant's reviews, oldest first."""
    return plan_review_repo.reviews_of(db.conn, participant_id)


def goal_interventions(db: Database, participant_id: int) -> dict[int, str]:
    """goal -> the interventions written for it."""
    return plan_review_repo.goal_interventions(db.conn, participant_id)


def get(db: Database, review_id: int) -> PlanReview:
    review = plan_review_repo.get_review(db.conn, review_id)
    if review is None:
        raise NotFoundError(messages.text("That plan review does not exist."), "review")
    return review


def due(db: Database, participant_id: int, clock: Clock) -> PlanDue | None:
    """What the plan needs next (first plan or review) and by when; None if not active."""
    participant = get_participant(db, participant_id)
    program = get_program(db, participant.program_id)
    return plan_due(
        active=participant.status is ParticipantStatus.ACTIVE,
        admission=participant.admission_date,
        has_plan=bool(clinical_repo.goals_for(db.conn, participant_id)),
        first_plan_days=program.first_plan_days,
        review_interval_days=program.review_interval_days,
        signed=[(r.reviewed_on, r.next_review) for r in reviews(db, participant_id) if r.is_signed],
        today=clock.today(),
    )


def default_next_review(db: Database, participant_id: int, reviewed_on: dt.date) -> dt.date:
    """The review date plus the program's interval (what the dialog offers)."""
    program = get_program(db, get_participant(db, participant_id).program_id)
    return reviewed_on + dt.timedelta(days=program.review_interval_days)


def _check_items(
    problems: Problems,
    kind: str,
    items: object,
    known: Mapping[int, str],
) -> dict[int, ItemProgress]:
    goal = kind == "goals"
    cleaned: dict[int, ItemProgress] = {}
    if not isinstance(items, Mapping):
        problems.add(
            kind,
            messages.text(
                "The progress of each goal is a list by goal."
                if goal
                else "The progress of each objective is a list by objective."
            ),
        )
        return cleaned
    for item_id, item in items.items():
        if not isinstance(item_id, int) or item_id not in known:
            problems.add(
                kind,
                messages.text(
                    "That goal is not on this participant's plan."
                    if goal
                    else "That objective is not on this participant's plan."
                ),
            )
            continue
        if not isinstance(item, ItemProgress):
            problems.add(
                kind,
                messages.text(
                    "The progress of a goal is its text and its status."
                    if goal
                    else "The progress of an objective is its text and its status."
                ),
            )
            continue
        if item.status is not None and not isinstance(item.status, GoalStatus):
            problems.add(
                f"{kind}.{item_id}",
                messages.text(
                    "Choose the new status of the goal."
                    if goal
                    else "Choose the new status of the objective."
                ),
            )
        text = problems.optional(
            f"{kind}.{item_id}",
            item.progress,
            messages.text("Progress on {item!r}", item=known[item_id]),
            limit=MAX_TEXT,
        )
        cleaned[item_id] = replace(item, progress=text)
    return cleaned


def _known(plan: list[Goal]) -> tuple[dict[int, str], dict[int, str]]:
    goals = {goal.id: goal.description for goal in plan}
    objectives = {o.id: o.description for goal in plan for o in goal.objectives}
    return goals, objectives


def _check(
    db: Database, participant: Participant, review: PlanReview, today: dt.date
) -> PlanReview:
    problems = Problems()
    plan = clinical_repo.goals_for(db.conn, participant.id)
    if not plan:
        problems.add(
            "plan",
            messages.text("Write the treatment plan (at least one goal) before reviewing it."),
        )
    signed = [r for r in reviews(db, participant.id) if r.is_signed and r.id != review.id]
    day = review.reviewed_on
    if not _is_date(day):
        problems.add("reviewed_on", messages.text("The review date is not a date."))
    elif day > today:
        problems.add(
            "reviewed_on",
            messages.text("The review date is after today ({today}).", today=fmt(today)),
        )
    elif day < participant.admission_date:
        problems.add(
            "reviewed_on",
            messages.text(
                "The review date is before the admission ({admission_date}).",
                admission_date=fmt(participant.admission_date),
            ),
        )
    elif signed and day < (last := max(r.reviewed_on for r in signed)):
        problems.add(
            "reviewed_on",
            messages.text(
                "The review date is before the last signed review ({last}).", last=fmt(last)
            ),
        )
    known_goals, known_objectives = _known(plan)
    goals = _check_items(problems, "goals", review.goals, known_goals)
    objectives = _check_items(problems, "objectives", review.objectives, known_objectives)
    changes = problems.optional(
        "changes", review.changes, messages.text("What changed"), limit=MAX_TEXT
    )
    following = review.next_review
    if following is not None:
        if not _is_date(following):
            problems.add("next_review", messages.text("The next review date is not a date."))
        elif _is_date(day) and following <= day:
            problems.add(
                "next_review", messages.text("The next review comes after the review date.")
            )
        elif _is_date(day) and (following - day).days > NEXT_REVIEW_MAX_DAYS:
            problems.add(
                "next_review",
                messages.text(
                    "The next review is at most {next_review_max_days} days after this one.",
                    next_review_max_days=NEXT_REVIEW_MAX_DAYS,
                ),
            )
    problems.raise_if_any()
    return replace(review, goals=goals, objectives=objectives, changes=changes)


def save_draft(db: Database, review: PlanReview, clock: Clock) -> PlanReview:
    """Add (id 0) or update a draft review; a signed review cannot change."""
    participant = get_participant(db, review.participant_id)
    if review.id:
        stored = get(db, review.id)
        if stored.participant_id != review.participant_id:
            raise NotFoundError(messages.text("That plan review does not exist."), "review")
        if stored.is_signed:
            raise ValidationError(
                messages.text("This plan review is signed and cannot change."), "review"
            )
    cleaned = _check(db, participant, replace(review, status=ReviewStatus.DRAFT), clock.today())
    now = clock.now()
    with db.transaction() as conn:
        if cleaned.id:
            plan_review_repo.update_draft(conn, cleaned, now)
        else:
            cleaned = replace(cleaned, id=plan_review_repo.insert_review(conn, cleaned, now))
    return cleaned


def discard_draft(db: Database, review_id: int) -> None:
    review = get(db, review_id)
    if review.is_signed:
        raise ValidationError(
            messages.text("This plan review is signed and cannot change."), "review"
        )
    with db.transaction() as conn:
        plan_review_repo.delete_draft(conn, review_id)


def signed_content(review: PlanReview) -> str:
    """The canonical text a review is signed with (its SHA-256 is the content hash)."""

    def items(found: Mapping[int, ItemProgress]) -> list[object]:
        return [
            [
                item_id,
                item.description,
                None if item.status_before is None else item.status_before.value,
                None if item.status is None else item.status.value,
                item.progress,
            ]
            for item_id, item in sorted(found.items())
        ]

    return canonical(
        {
            "participant_id": review.participant_id,
            "review_id": review.id,
            "reviewed_on": review.reviewed_on.isoformat(),
            "goals": items(review.goals),
            "objectives": items(review.objectives),
            "changes": review.changes,
            "next_review": None if review.next_review is None else review.next_review.isoformat(),
            "signed_by": review.signed_by,
            "signed_at": None if review.signed_at is None else review.signed_at.isoformat(),
        }
    )


def unchanged_since_signing(review: PlanReview) -> bool:
    """Whether a signed review still hashes to the content hash it was signed with."""
    return review.is_signed and sha256(signed_content(review)) == review.content_hash


def _complete(review: PlanReview, plan: list[Goal]) -> None:
    """Every goal and objective still worked on has its progress; what changed; next date."""
    problems = Problems()
    for goal in plan:
        entries = [("goals", goal.id, goal.status, goal.description, "goal")] + [
            ("objectives", o.id, o.status, o.description, "objective") for o in goal.objectives
        ]
        for kind, item_id, status, description, noun in entries:
            found = getattr(review, kind).get(item_id)
            if status not in CLOSED and (found is None or not clean(found.progress)):
                problems.add(
                    f"{kind}.{item_id}",
                    messages.text(
                        "Say how the goal {description!r} went before signing."
                        if noun == "goal"
                        else "Say how the objective {description!r} went before signing.",
                        description=description,
                    ),
                )
    if not clean(review.changes):
        problems.add(
            "changes",
            messages.text("Say what changed in the plan (or that nothing did) before signing."),
        )
    if review.next_review is None:
        problems.add("next_review", messages.text("Set the next review date before signing."))
    problems.raise_if_any()


def sign(db: Database, review_id: int, clock: Clock) -> PlanReview:
    """Sign a draft review: the new statuses go onto the plan, the signer, moment and content
    hash are stored with an audit row, all in one transaction; signed, the review is locked."""
    review = get(db, review_id)
    if review.is_signed:
        raise ValidationError(messages.text("This plan review is already signed."), "review")
    participant = get_participant(db, review.participant_id)
    review = _check(db, participant, review, clock.today())
    plan = clinical_repo.goals_for(db.conn, participant.id)
    _complete(review, plan)
    signer = require_signer(db)
    now = clock.now().replace(microsecond=0)
    goals: dict[int, ItemProgress] = {}
    objectives: dict[int, ItemProgress] = {}
    for goal in plan:
        given = review.goals.get(goal.id, ItemProgress())
        goals[goal.id] = replace(given, description=goal.description, status_before=goal.status)
        for o in goal.objectives:
            given = review.objectives.get(o.id, ItemProgress())
            objectives[o.id] = replace(given, description=o.description, status_before=o.status)
    done = replace(
        review,
        goals=goals,
        objectives=objectives,
        status=ReviewStatus.SIGNED,
        signed_by=signer,
        signed_at=now,
    )
    done = replace(done, content_hash=sha256(signed_content(done)))
    with db.transaction() as conn:
        plan_review_repo.sign_review(conn, done, now)
        for goal in plan:
            status = goals[goal.id].status
            if status is not None and status is not goal.status:
                clinical_repo.update_goal(conn, replace(goal, status=status))
            for o in goal.objectives:
                status = objectives[o.id].status
                if status is not None and status is not o.status:
                    clinical_repo.update_objective(conn, replace(o, status=status))
        audit.record(
            conn,
            AuditAction.PLAN_REVIEW_SIGN,
            now,
            participant_id=participant.id,
            target=f"plan review {done.id}",
            detail=f"content hash {done.content_hash}",
        )
    return done
