"""The demo's treatment-plan reviews, written and signed through the services: each active
participant whose first review has come is reviewed on time, except one, left overdue."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.model import ParticipantStatus
from counselor_desk.domain.plan_review import ItemProgress, PlanReview
from counselor_desk.services import clinical, plan_reviews, setup
from counselor_desk.services.clock import Clock, FixedClock
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database


def write(db: Database, clock: Clock) -> None:
    today = clock.today()
    active = sorted(
        participant_repo.list_participants(
            db.conn, status=ParticipantStatus.ACTIVE, with_diagnoses=False
        ),
        key=lambda p: p.chart_number,
    )
    left_overdue = False
    for participant in active:
        goals = clinical.goals(db, participant.id)
        if not goals:
            continue
        program = setup.get_program(db, participant.program_id)
        reviewed_on = participant.admission_date + dt.timedelta(
            days=program.first_plan_days + program.review_interval_days - 2
        )
        if reviewed_on > today:
            continue
        if not left_overdue:  # one review never written: the demo's overdue one
            left_overdue = True
            continue
        on = FixedClock(reviewed_on, dt.time(15, 0))
        draft = plan_reviews.save_draft(
            db,
            PlanReview(
                id=0,
                participant_id=participant.id,
                reviewed_on=reviewed_on,
                goals={
                    goal.id: ItemProgress(progress="Working on it; steady progress.")
                    for goal in goals
                },
                objectives={
                    objective.id: ItemProgress(progress="Practised most days.")
                    for goal in goals
                    for objective in goal.objectives
                },
                changes="Plan continued; goals and objectives unchanged.",
                next_review=reviewed_on + dt.timedelta(days=program.review_interval_days),
            ),
            on,
        )
        plan_reviews.sign(db, draft.id, on)
