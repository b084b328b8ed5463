"""The treatment plan for the chart and the participant's signature: its model and export."""

from __future__ import annotations

from pathlib import Path

from counselor_desk.domain.model import (
    AgeGroup,
)
from counselor_desk.domain.plan_review import DueKind, PlanReview
from counselor_desk.reports import words
from counselor_desk.reports.model import (
    PlanGoal,
    PlanObjective,
    PlanReviewLine,
    TreatmentPlan,
)
from counselor_desk.services import (
    clinical,
    participants,
    plan_reviews,
    setup,
)
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.store.db import Database


def _review_summary(review: PlanReview, language: str = "en") -> str:
    """What changed (as the counselor wrote it), and the statuses the review changed, in the
    plan's language."""
    moved = [
        f"{item.description or words.say(language, 'item')}: "
        f"{words.say(language, item.status.label).lower()}"
        for item in [*review.goals.values(), *review.objectives.values()]
        if item.status is not None and item.status is not item.status_before
    ]
    text = review.changes.strip()
    if moved:
        now = words.say(language, "{changes} (Now {moved}.)")
        text = now.format(changes=text, moved="; ".join(moved)).strip()
    return text or "–"


def treatment_plan_model(
    db: Database, participant_id: int, clock: Clock, *, language: str = "en"
) -> TreatmentPlan:
    """The plan as it stands, with every review (drafts marked as such), printed in
    `language` ('en' or 'es')."""
    words.checked_language(language)
    participant = participants.get(db, participant_id)
    profile = common.profile(db)
    program = setup.get_program(db, participant.program_id)
    interventions = plan_reviews.goal_interventions(db, participant_id)
    goals = tuple(
        PlanGoal(
            description=goal.description,
            status=goal.status.label,
            target_date=goal.target_date,
            interventions=interventions.get(goal.id, ""),
            objectives=tuple(
                PlanObjective(o.description, o.status.label, o.target_date) for o in goal.objectives
            ),
        )
        for goal in clinical.goals(db, participant_id)
    )
    reviews = tuple(
        PlanReviewLine(
            reviewed_on=review.reviewed_on,
            signed_by=review.signed_by if review.is_signed else "",
            summary=_review_summary(review, language),
            next_review=review.next_review,
        )
        for review in plan_reviews.reviews(db, participant_id)
    )
    due = plan_reviews.due(db, participant_id, clock)
    today = clock.today()
    return TreatmentPlan(
        letterhead=common.letterhead(profile),
        identity=common.identity(participant),
        counselor=common.signer(profile),
        generated_on=today,
        program_name=program.name,
        admission_date=participant.admission_date,
        substance_use=program.substance_use,
        presenting_problems=participant.presenting_problems,
        diagnoses=tuple((d.code, d.description) for d in participant.diagnoses),
        goals=goals,
        reviews=reviews,
        next_review=None if due is None or due.kind is not DueKind.REVIEW else due.due,
        guardian_line=participant.age_on(today) < 18 or program.age_group is AgeGroup.ADOLESCENT,
        language=language,
    )


def export_treatment_plan(
    db: Database, participant_id: int, out: Path, clock: Clock, *, language: str = "en"
) -> Path:
    """Write the treatment plan for the chart and the participant's signature, in `language`
    ('en' or 'es') (not a disclosure: it stays with the participant and the record); audited
    as an export."""
    model = treatment_plan_model(db, participant_id, clock, language=language)
    from counselor_desk.reports import treatment_plan  # reportlab loads when a document is made

    data = treatment_plan.build(model)
    signed = sum(1 for line in model.reviews if line.signed_by)
    return common.write(
        db,
        out,
        data,
        common.audited(
            db,
            clock,
            "treatment plan",
            participant_id,
            detail=f"{len(model.goals)} goals; {signed} signed reviews",
        ),
    )
