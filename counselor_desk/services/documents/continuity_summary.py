"""The continuity-of-care summary for the receiving provider: only what the consent allows,
and its line in the disclosure log."""

from __future__ import annotations

from pathlib import Path

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Disclosure,
    NoteStatus,
)
from counselor_desk.domain.rules import attendance_summary
from counselor_desk.reports import (
    continuity,
)
from counselor_desk.reports.model import (
    ContinuityOfCare,
    RiskScreen,
    SafetyStatus,
    SessionSummary,
)
from counselor_desk.services import (
    caseload,
    clinical,
    notes,
    part2,
    participants,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.store.db import Database

#: How many recent signed session notes the continuity-of-care summary carries.
RECENT_SESSIONS = 5


def continuity_model(
    db: Database, participant_id: int, clock: Clock, consent_id: int | None = None
) -> ContinuityOfCare:
    """The continuity-of-care summary, carrying only what the consent's scope allows (what
    it leaves out stays empty); refused (ValidationError) without a valid consent, or while
    the counselor has yet to decide whether the record is Part 2."""
    participant = participants.get(db, participant_id)
    is_part2 = part2.applies(db, participant_id)
    consent = common.consent_for(db, participant_id, consent_id, clock.today())
    allows = consent.allows
    profile = common.profile(db)
    program = setup.get_program(db, participant.program_id)
    record = clinical.discharge_record(db, participant_id)
    marks = caseload.attendance_history(db, participant_id)
    changes = participants.level_changes(db, participant_id)
    review = caseload.review(db, participant, clock)
    signed = [
        note for note in notes.notes_for(db, participant_id) if note.status is NoteStatus.SIGNED
    ]
    latest = signed[0] if signed else None
    recorded = record is not None and record.recorded_at is not None
    plan = record if record is not None and allows(ScopeCategory.DISCHARGE_PLAN) else None
    if not allows(ScopeCategory.ATTENDANCE):
        marks, changes = [], []
    risk = allows(ScopeCategory.RISK)
    found = scores.measures(db, participant_id)
    return ContinuityOfCare(
        letterhead=common.letterhead(profile),
        identity=common.identity(participant),
        signer=common.signer(profile),
        generated_on=clock.today(),
        program_name=program.name,
        substance_use=is_part2,
        service_start=participant.admission_date,
        service_end=participant.discharge_date,
        discharge_reason=plan.reason if plan is not None and recorded else None,
        current_level=review.level_of_care,
        recommended_level=None if plan is None else plan.recommended_level,
        presenting_problems=(
            participant.presenting_problems if allows(ScopeCategory.DIAGNOSES) else ""
        ),
        diagnoses=participant.diagnoses if allows(ScopeCategory.DIAGNOSES) else (),
        medications=(
            (record.medications_at_discharge if record else "") or participant.medications
            if allows(ScopeCategory.MEDICATIONS)
            else ""
        ),
        allergies=participant.allergies if allows(ScopeCategory.MEDICATIONS) else "",
        services=common.service_lines(marks),
        attendance=attendance_summary(marks),
        program_weeks=len(review.weeks) if allows(ScopeCategory.ATTENDANCE) else 0,
        level_changes=tuple(changes),
        goals=tuple(clinical.goals(db, participant_id))
        if allows(ScopeCategory.TREATMENT_PLAN)
        else (),
        latest_risk=(
            None
            if latest is None or not risk
            else RiskScreen(latest.session_date, latest.risk, latest.risk_detail, latest.signed_by)
        ),
        recent_sessions=tuple(
            SessionSummary(
                session_date=note.session_date,
                start_time=note.start_time,
                duration_minutes=note.duration_minutes,
                service_type=note.service_type,
                text=note.text(),
                risk=note.risk if risk else None,
                signed_by=note.signed_by,
                signed_at=note.signed_at,
                late_entry=note.late_entry,
                addenda=note.addenda,
            )
            for note in (signed[:RECENT_SESSIONS] if allows(ScopeCategory.SESSION_NOTES) else [])
        ),
        aftercare_plan="" if plan is None else plan.aftercare_plan,
        referrals=() if plan is None else plan.referrals,
        consent=consent,
        measures=common.measure_changes(found, followed_only=True)
        if allows(ScopeCategory.MEASURES)
        else (),
        safety=common.safety_status(db, participant_id, found) if risk else None,
    )


def export_continuity(
    db: Database, participant_id: int, out: Path, clock: Clock, consent_id: int | None = None
) -> Path:
    """Write the continuity-of-care summary and log the disclosure (recipient, purpose, what)."""
    model = continuity_model(db, participant_id, clock, consent_id)
    data = continuity.build(model)
    what = continuity_disclosed(model)
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=model.consent.id,
        disclosed_at=clock.now(),
        recipient=model.consent.recipient,
        purpose=model.consent.purpose,
        what=what,
    )

    return common.write(
        db,
        out,
        data,
        common.audited(
            db,
            clock,
            "continuity-of-care summary",
            participant_id,
            detail=f"to {disclosure.recipient}; purpose: {disclosure.purpose}",
            then=lambda: clinical.record_disclosure(db, disclosure),
        ),
    )


def continuity_disclosed(model: ContinuityOfCare) -> str:
    """The disclosure log's 'what' of a continuity-of-care summary: exactly the categories
    it carried (those of its consent) and the ones it left out."""
    carried = []
    for category in consent_scope.ordered(model.consent.scope):
        words = category.label
        if category is ScopeCategory.SESSION_NOTES:
            words += f" ({len(model.recent_sessions)} signed note(s))"
        elif category is ScopeCategory.MEASURES:
            count = sum(len(item.points) for item in model.measures)
            words += f" ({count} score(s))"
        elif category is ScopeCategory.RISK and model.safety is not None:
            words += f" ({_safety_disclosed(model.safety)})"
        carried.append(words)
    left_out = consent_scope.in_words(model.left_out) if model.left_out else "nothing"
    return (
        f"Continuity-of-care summary, chart {model.identity.chart_number}, under consent "
        f"{model.consent.id}: identification and service period; {', '.join(carried)}. "
        f"Left out (outside the consent's scope): {left_out}."
        + (" 42 CFR part 2 notice included." if model.substance_use else "")
    )


def _safety_disclosed(status: SafetyStatus) -> str:
    """What the risk section printed beyond the notes' risk screen, for the disclosure log."""
    screen = (
        f"no {status.screen_name}"
        if status.screen_on is None
        else f"{status.screen_name} of {status.screen_on:%Y-%m-%d}"
    )
    plan = (
        "no safety plan"
        if status.plan_version is None
        else f"safety plan status (version {status.plan_version})"
    )
    return f"{screen}; {plan}; {len(status.open_flags)} open safety follow-up(s)"
