"""The continuity-of-care summary for the receiving provider: only what the consent allows,
and its line in the disclosure log (with the document ID printed on every page)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.model import (
    Consent,
    DischargeAmendment,
    Disclosure,
    Note,
    NoteStatus,
    RiskLevel,
)
from counselor_desk.domain.rules import attendance_summary, level_on
from counselor_desk.domain.safety import PLAN_SECTIONS
from counselor_desk.reports.model import (
    ContinuityOfCare,
    PlanSection,
    RiskScreen,
    SafetyPlanCopy,
    SafetyStatus,
    SessionSummary,
)
from counselor_desk.services import (
    caseload,
    clinical,
    notes,
    part2,
    participants,
    safety,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.services.documents.discharge_summary import attendance_marks
from counselor_desk.store.db import Database

#: How many recent signed session notes the continuity-of-care summary carries.
RECENT_SESSIONS = 5
#: A "present" risk screen in a signed note this many days before the end of service (or
#: the day the summary is made) is printed prominently, not only the latest note's screen.
RISK_WINDOW_DAYS = 30
#: Which consent category carries each amendable section of the discharge summary.
_AMENDMENT_SCOPE = {"medications_at_discharge": ScopeCategory.MEDICATIONS}

_PRESENT = (RiskLevel.PRESENT_NO_PLAN, RiskLevel.PRESENT_WITH_PLAN)


def continuity_model(
    db: Database, participant_id: int, clock: Clock, consent_id: int | None = None
) -> ContinuityOfCare:
    """The continuity-of-care summary, carrying only what the consent's scope allows (what
    it leaves out stays empty), with a new document ID; refused (ValidationError) without a
    valid consent, or while the counselor has yet to decide whether the record is Part 2."""
    participant = participants.get(db, participant_id)
    is_part2 = part2.applies(db, participant_id)
    consent = common.consent_for(db, participant_id, consent_id, clock.today())
    allows = consent.allows
    profile = common.profile(db)
    program = setup.get_program(db, participant.program_id)
    record = clinical.discharge_record(db, participant_id)
    changes = participants.level_changes(db, participant_id)
    review = caseload.review(db, participant, clock)
    signed = [
        note for note in notes.notes_for(db, participant_id) if note.status is NoteStatus.SIGNED
    ]
    latest = signed[0] if signed else None
    recorded = record is not None and record.recorded_at is not None
    plan = record if record is not None and allows(ScopeCategory.DISCHARGE_PLAN) else None
    last_day = participant.discharge_date or clock.today()
    # the sessions the program cancelled before roll call count as the letter counts them
    marks, _unmarked = attendance_marks(
        db, participant, participants.leaves(db, participant_id), min(last_day, clock.today())
    )
    level = level_on(participant.level_of_care, changes, last_day)
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
        current_level=level,
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
        latest_risk=None if latest is None or not risk else _risk_screen(latest),
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
        document_id=common.document_id(clock.now()),
        condition_at_discharge=(
            plan.condition_at_discharge
            if plan is not None and recorded and participant.discharge_date is not None
            else ""
        ),
        relapse_prevention_plan="" if plan is None else plan.relapse_prevention_plan,
        safety_plan=_safety_plan(db, participant_id) if risk else None,
        present_risks=tuple(_risk_screen(note) for note in _present(signed[1:], last_day))
        if risk
        else (),
        discharge_amendments=_amendments(db, participant_id, consent),
    )


def _risk_screen(note: Note) -> RiskScreen:
    return RiskScreen(note.session_date, note.risk, note.risk_detail, note.signed_by)


def _present(signed: list[Note], last_day: dt.date) -> list[Note]:
    """The signed notes (newest first) whose risk screen was present in the risk window."""
    start = last_day - dt.timedelta(days=RISK_WINDOW_DAYS)
    return [note for note in signed if note.risk in _PRESENT and note.session_date >= start]


def _safety_plan(db: Database, participant_id: int) -> SafetyPlanCopy | None:
    """The current safety plan, every step in the plan's order."""
    plan = safety.current_plan(db, participant_id)
    if plan is None:
        return None
    return SafetyPlanCopy(
        version=plan.version,
        saved_on=None if plan.saved_at is None else plan.saved_at.date(),
        sections=tuple(
            PlanSection(number, heading, plan.text(key))
            for number, (key, heading, _prompt) in enumerate(PLAN_SECTIONS, start=1)
        ),
    )


def _amendments(
    db: Database, participant_id: int, consent: Consent
) -> tuple[DischargeAmendment, ...]:
    """The signed discharge summary's amendments to what the consent lets this summary carry
    (the medications under medications, the rest under the discharge plan)."""
    return tuple(
        item
        for item in clinical.discharge_amendments(db, participant_id)
        if consent.allows(_AMENDMENT_SCOPE.get(item.field, ScopeCategory.DISCHARGE_PLAN))
    )


def export_continuity(
    db: Database, participant_id: int, out: Path, clock: Clock, consent_id: int | None = None
) -> Path:
    """Write the continuity-of-care summary and log the disclosure (recipient, purpose, what,
    and the document ID its every page carries)."""
    model = continuity_model(db, participant_id, clock, consent_id)
    from counselor_desk.reports import continuity  # reportlab loads when a document is made

    data = continuity.build(model)
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=model.consent.id,
        disclosed_at=clock.now(),
        recipient=model.consent.recipient,
        purpose=model.consent.purpose,
        what=continuity_disclosed(model),
        document_id=model.document_id,
    )
    return common.write_logged(
        db,
        out,
        data,
        clock,
        "continuity-of-care summary",
        participant_id,
        detail=f"to {disclosure.recipient}; purpose: {disclosure.purpose}",
        then=lambda: clinical.record_disclosure(db, disclosure),
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
            if model.safety_plan is not None:
                words += f" and the safety plan's steps (version {model.safety_plan.version})"
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
