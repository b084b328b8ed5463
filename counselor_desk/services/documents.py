"""Exporting the documents: assemble each model from the store, render it, write it safely.

Every export writes atomically (a temporary file in the same folder, mode 0600, then
os.replace) and refuses bad requests with a plain ValidationError. What must be recorded with
an export (the audit row, the disclosure log entry) is committed
before the file gets its final name: disclosed means logged. A failed rename after the commit
leaves the record and no file, never a file without its record.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from counselor_desk.domain import consent_scope, measures
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import (
    AgeGroup,
    AttendedSession,
    Consent,
    CounselorProfile,
    Disclosure,
    Measure,
    NoteStatus,
    Participant,
    ServiceType,
)
from counselor_desk.domain.plan_review import DueKind, PlanReview
from counselor_desk.domain.rules import attendance_summary, level_on, summary_due_date
from counselor_desk.domain.safety import PLAN_SECTIONS
from counselor_desk.reports import (
    continuity,
    discharge,
    letter,
    safety_plan,
    signin,
    treatment_plan,
)
from counselor_desk.reports.model import (
    AttendanceLetter,
    ContinuityOfCare,
    DischargeSummary,
    Identity,
    Letterhead,
    MeasureChange,
    ModuleLine,
    OpenSafetyFlag,
    PlanGoal,
    PlanObjective,
    PlanReviewLine,
    PlanSection,
    RiskScreen,
    SafetyPlanSheet,
    SafetyStatus,
    ScorePoint,
    ServiceLine,
    SessionSummary,
    Signer,
    SigninSheet,
    TreatmentPlan,
)
from counselor_desk.services import (
    audit,
    caseload,
    clinical,
    curriculum,
    discharge_content,
    notes,
    part2,
    participants,
    plan_reviews,
    safety,
    sessions,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import Problems
from counselor_desk.store.db import Database

#: How many recent signed session notes the continuity-of-care summary carries.
RECENT_SESSIONS = 5
#: The longest date range one attendance letter covers.
LETTER_MAX_DAYS = 3 * 366

KINDS = {
    "discharge": "discharge-summary",
    "discharge-summary": "discharge-summary",
    "continuity": "continuity-of-care",
    "continuity-of-care": "continuity-of-care",
    "letter": "attendance-letter",
    "attendance-letter": "attendance-letter",
    "signin": "sign-in-sheet",
    "sign-in-sheet": "sign-in-sheet",
    "safety-plan": "safety-plan",
    "plan": "treatment-plan",
    "treatment-plan": "treatment-plan",
    "review": "concurrent-review",
    "concurrent-review": "concurrent-review",
}


def default_file_name(
    kind: str, chart_number: str | None, day: dt.date, session_id: int | None = None
) -> str:
    """The file name an export suggests: kind, chart number (or session) and date; never a name.

    >>> default_file_name("discharge", "A-1001", dt.date(2026, 3, 2))
    'discharge-summary_A-1001_2026-03-02.pdf'
    """
    label = KINDS.get(kind)
    if label is None:
        raise ValidationError(f"Unknown document kind '{kind}'.", "kind")
    if label == "sign-in-sheet":
        who = f"session-{session_id}" if session_id is not None else ""
    else:
        who = re.sub(r"[^A-Za-z0-9._-]+", "-", chart_number or "").strip("-.")
    return "_".join(part for part in (label, who, day.isoformat()) if part) + ".pdf"


# -- shared pieces -------------------------------------------------------------------------


def _profile(db: Database) -> CounselorProfile:
    profile = setup.get_profile(db)
    if profile is None or not profile.name.strip():
        raise ValidationError(
            "Fill in your counselor profile (name, credentials and clinic) before exporting "
            "documents.",
            "profile",
        )
    return profile


def _letterhead(profile: CounselorProfile) -> Letterhead:
    return Letterhead(
        clinic_name=profile.clinic_name,
        clinic_address=profile.clinic_address,
        clinic_phone=profile.clinic_phone,
        page_size=profile.page_size,
    )


def _identity(participant: Participant) -> Identity:
    return Identity(participant.legal_name, participant.chart_number, participant.date_of_birth)


def _services(marks: list[AttendedSession]) -> tuple[ServiceLine, ...]:
    """Sessions attended and minutes for each of the four service types (zeros included)."""
    lines = []
    for service in ServiceType:
        attended = [m for m in marks if m.service_type is service and m.status.attended]
        lines.append(ServiceLine(service, len(attended), sum(m.minutes_attended for m in attended)))
    return tuple(lines)


def _measures(found: list[Measure], *, followed_only: bool = False) -> tuple[MeasureChange, ...]:
    """Baseline and latest score of every instrument taken (or of those whose change is
    followed), in the order measures lists them, with every score for the trend chart."""
    changes = []
    for instrument in measures.INSTRUMENTS:
        if followed_only and not instrument.follows_change:
            continue
        taken = measures.counted(instrument.name, found)
        if not taken:
            continue
        first, last = taken[0], (taken[-1] if len(taken) > 1 else None)
        course = measures.course(instrument.name, found)
        changes.append(
            MeasureChange(
                instrument=instrument.name,
                baseline_date=first.taken_on,
                baseline_score=first.score,
                baseline_band=instrument.severity(first.score),
                latest_date=None if last is None else last.taken_on,
                latest_score=None if last is None else last.score,
                latest_band="" if last is None else instrument.severity(last.score),
                followed=instrument.follows_change,
                baseline_text=instrument.score_text(first.score),
                latest_text="" if last is None else instrument.score_text(last.score),
                baseline_total_only=first.total_only,
                latest_total_only=last is not None and last.total_only,
                response=course is not None and course.response,
                remission=course is not None and course.remission,
                remission_below=instrument.remission_below,
                maximum=instrument.maximum,
                bands=instrument.bands,
                points=tuple(ScorePoint(m.taken_on, m.score, m.total_only) for m in taken),
            )
        )
    return tuple(changes)


def _safety(db: Database, participant_id: int, found: list[Measure]) -> SafetyStatus:
    """The latest C-SSRS screen, the safety plan on file and the open safety flags."""
    screen = measures.latest(C_SSRS.name, found)
    plan = safety.current_plan(db, participant_id)
    flags = sorted(safety.open_flags(db, participant_id), key=lambda flag: flag.raised_at)
    return SafetyStatus(
        screen_name=C_SSRS.name,
        screen_on=None if screen is None else screen.taken_on,
        screen_result="" if screen is None else C_SSRS.score_text(screen.score),
        screen_total_only=screen is not None and screen.total_only,
        plan_version=None if plan is None else plan.version,
        plan_saved_on=None if plan is None or plan.saved_at is None else plan.saved_at.date(),
        open_flags=tuple(
            OpenSafetyFlag(flag.raised_at.date(), flag.state.label, flag.reason) for flag in flags
        ),
    )


# -- models --------------------------------------------------------------------------------


def _curriculum(
    db: Database, participant_id: int, clock: Clock
) -> tuple[tuple[ModuleLine, ...], str]:
    """The modules completed and the core modules missed, and the completion rule."""
    _modules, ledger = curriculum.participant_curriculum(db, participant_id, clock)
    if ledger is None:
        return (), ""
    lines = [ModuleLine(i.module.title, i.module.core, i.date) for i in ledger.attended]
    lines += [ModuleLine(i.module.title, True, None) for i in ledger.missed_core]
    completion = ledger.completion
    if completion.rule.set:
        verdict = "met" if completion.met else "not met"
        text = f"Completion rule ({completion.rule.describe()}): {verdict}."
    else:
        text = "No completion rule is set for the program."
    return tuple(lines), text


def discharge_summary_model(db: Database, participant_id: int, clock: Clock) -> DischargeSummary:
    """The discharge summary; a draft until it is signed, a copy of the signed one after."""
    participant = participants.get(db, participant_id)
    profile = _profile(db)
    program = setup.get_program(db, participant.program_id)
    record = clinical.discharge_record(db, participant_id)
    draft = record is None or not record.is_signed
    marks = caseload.attendance_history(db, participant_id)
    changes = participants.level_changes(db, participant_id)
    discharge_date = None if record is None else record.discharge_date
    last_day = discharge_date or clock.today()
    attended = [mark.date for mark in marks if mark.status.attended]
    review = caseload.review(db, participant, clock)
    found = scores.measures(db, participant_id)
    modules, completion = _curriculum(db, participant_id, clock)
    model = DischargeSummary(
        letterhead=_letterhead(profile),
        identity=_identity(participant),
        signer=Signer(profile.name, profile.credentials),
        generated_on=clock.today(),
        draft=draft,
        program_name=program.name,
        level_at_admission=participant.level_of_care,
        level_at_discharge=level_on(participant.level_of_care, changes, last_day),
        admission_date=participant.admission_date,
        last_service_date=max(attended, default=None),
        discharge_date=discharge_date,
        reason=None if record is None else record.reason,
        reason_detail="" if record is None else record.reason_detail,
        referral_source=participant.referral_source,
        presenting_problems=participant.presenting_problems,
        diagnoses=participant.diagnoses,
        services=_services(marks),
        attendance=attendance_summary(marks),
        weeks=review.weeks,
        level_changes=tuple(changes),
        goals=tuple(clinical.goals(db, participant_id)),
        measures=_measures(found),
        condition_at_discharge="" if record is None else record.condition_at_discharge,
        recommended_level=None if record is None else record.recommended_level,
        medications=(record.medications_at_discharge if record else "") or participant.medications,
        aftercare_plan="" if record is None else record.aftercare_plan,
        referrals=() if record is None else record.referrals,
        relapse_prevention_plan="" if record is None else record.relapse_prevention_plan,
        clinic_crisis_line=profile.crisis_line,
        crisis_resources="" if record is None else record.crisis_resources,
        summary_due=(
            None
            if record is None
            else summary_due_date(record.discharge_date, profile.summary_due_days)
        ),
        recorded=record is not None and record.recorded_at is not None,
        safety=_safety(db, participant_id, found),
        modules=modules,
        completion=completion,
    )
    if record is None or not record.is_signed:
        return model
    return replace(
        model,
        signed_by=record.signed_by,
        signed_at=record.signed_at,
        content_hash=record.content_hash,
        amendments=tuple(clinical.discharge_amendments(db, participant_id)),
        changed_since_signing=discharge_content.changed_sections(
            clinical.signed_discharge_content(db, participant_id), model
        ),
    )


def _consent(db: Database, participant_id: int, consent_id: int | None, today: dt.date) -> Consent:
    """The consent allowing the disclosure; a refusal says why the newest one cannot be used."""
    if consent_id is None:
        on_file = clinical.consents(db, participant_id)
        if on_file and not any(item.valid_on(today) for item in on_file):
            raise ValidationError(
                f"{on_file[0].why_not_valid(today)} No valid consent for disclosure is on file; "
                "nothing was disclosed.",
                "consent",
            )
    return clinical.usable_consent(db, participant_id, consent_id, today)


def continuity_model(
    db: Database, participant_id: int, clock: Clock, consent_id: int | None = None
) -> ContinuityOfCare:
    """The continuity-of-care summary, carrying only what the consent's scope allows (what
    it leaves out stays empty); refused (ValidationError) without a valid consent, or while
    the counselor has yet to decide whether the record is Part 2."""
    participant = participants.get(db, participant_id)
    is_part2 = part2.applies(db, participant_id)
    consent = _consent(db, participant_id, consent_id, clock.today())
    allows = consent.allows
    profile = _profile(db)
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
        letterhead=_letterhead(profile),
        identity=_identity(participant),
        signer=Signer(profile.name, profile.credentials),
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
        services=_services(marks),
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
        measures=_measures(found, followed_only=True) if allows(ScopeCategory.MEASURES) else (),
        safety=_safety(db, participant_id, found) if risk else None,
    )


def attendance_letter_model(
    db: Database, participant_id: int, clock: Clock, first: dt.date, last: dt.date
) -> AttendanceLetter:
    """The attendance verification letter for the sessions from `first` to `last`."""
    participant = participants.get(db, participant_id)
    if last < first:
        raise ValidationError("The 'to' date is before the 'from' date.", "last")
    if (last - first).days > LETTER_MAX_DAYS:
        raise ValidationError(
            "One letter covers at most three years; choose a shorter range.", "first"
        )
    if first > clock.today():
        raise ValidationError(
            "The 'from' date is in the future; no attendance is recorded yet.", "first"
        )
    profile = _profile(db)
    program = setup.get_program(db, participant.program_id)
    marks = [m for m in caseload.attendance_history(db, participant_id) if first <= m.date <= last]
    changes = participants.level_changes(db, participant_id)
    return AttendanceLetter(
        letterhead=_letterhead(profile),
        identity=_identity(participant),
        signer=Signer(profile.name, profile.credentials),
        generated_on=clock.today(),
        program_name=program.name,
        level=level_on(participant.level_of_care, changes, min(last, clock.today())),
        admission_date=participant.admission_date,
        discharge_date=participant.discharge_date,
        first=first,
        last=last,
        sessions=tuple(marks),
        substance_use=part2.applies(db, participant_id),
    )


def _first_and_initial(participant: Participant) -> str:
    first = participant.preferred_name or participant.first_name
    initial = participant.last_name[:1].upper()
    return f"{first} {initial}." if initial else first


def signin_sheet_model(db: Database, session_id: int, clock: Clock) -> SigninSheet:
    """The sign-in sheet of one session: who is expected, first name and last initial."""
    sheet = sessions.roll_call_sheet(db, session_id)
    session = sheet.session
    if session.cancelled:
        raise ValidationError("This session is cancelled; there is no one to sign in.", "session")
    profile = _profile(db)
    names = tuple(
        _first_and_initial(participants.get(db, row.participant_id)) for row in sheet.rows
    )
    return SigninSheet(
        letterhead=_letterhead(profile),
        facilitator=Signer(profile.name, profile.credentials),
        generated_on=clock.today(),
        program_name=sheet.program_name,
        session_id=session.id,
        session_date=session.date,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        service_type=session.service_type,
        topic=session.topic,
        names=names,
    )


# -- exports -------------------------------------------------------------------------------


def _audited(
    db: Database,
    clock: Clock,
    kind: str,
    participant_id: int | None,
    detail: str = "",
    then: Callable[[], object] | None = None,
) -> Callable[[], None]:
    """The audit row of an export (and any other write), for `_write`'s transaction."""

    def record() -> None:
        if then is not None:
            then()
        audit.record(
            db.conn,
            AuditAction.EXPORT,
            clock.now(),
            participant_id=participant_id,
            target=kind,
            detail=detail,
        )

    return record


def _write(db: Database, out: Path, data: bytes, record: Callable[[], None] | None = None) -> Path:
    """Write `data` to `out` (mode 0600); `record` (the audit row, the disclosure log entry and
    whatever the export changes) is committed before the file gets its final name.

    The order is: the PDF into a private temporary file beside `out`, then COMMIT of `record`,
    then the rename into place. A disclosed file therefore always has its log row; a crash or a
    failed rename after the commit leaves the row (the export is logged, though no file took
    the name), never a file without one.
    """
    out = Path(out)
    if out.is_dir():
        raise ValidationError(f"{out} is a folder; give a file name ending in .pdf.", "out")
    folder = out.parent
    if not folder.is_dir():
        raise ValidationError(f"The folder {folder} does not exist.", "out")
    try:
        handle, temporary = tempfile.mkstemp(prefix=".counselor-desk-", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ValidationError(
            f"The folder {folder} cannot be written to ({error.strerror}).", "out"
        ) from None
    placed = False
    try:
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, 0o600)
        except OSError as error:
            raise ValidationError(
                f"The file {out} could not be written ({error.strerror}).", "out"
            ) from None
        with db.transaction():
            if record is not None:
                record()
        # committed: from here on the export is on record, whatever happens to the file
        try:
            os.replace(temporary, out)
        except OSError as error:
            raise ValidationError(
                f"The file {out} could not be put in place ({error.strerror}). The export is "
                "still recorded in the audit trail (and, for a disclosure, in the disclosure "
                "log); export it again.",
                "out",
            ) from None
        placed = True
    finally:
        if not placed:
            Path(temporary).unlink(missing_ok=True)
    return out


def export_discharge_summary(db: Database, participant_id: int, out: Path, clock: Clock) -> Path:
    """Write the discharge summary: before its signature a DRAFT (which clears nothing), after
    it a copy of the signed summary with its amendments. Only signing clears 'summary due'."""
    model = discharge_summary_model(db, participant_id, clock)
    data = discharge.build(model)
    if model.draft:
        return _write(
            db, out, data, _audited(db, clock, "discharge summary (draft)", participant_id)
        )
    signed = f"{model.signed_at:%Y-%m-%d %H:%M}" if model.signed_at else ""
    return _write(
        db,
        out,
        data,
        _audited(
            db,
            clock,
            "discharge summary (copy of the signed summary)",
            participant_id,
            detail=f"signed {signed}; sha256 {model.content_hash}",
        ),
    )


def _review_summary(review: PlanReview) -> str:
    """What changed, and the statuses the review changed."""
    moved = [
        f"{item.description or 'item'}: {item.status.label.lower()}"
        for item in [*review.goals.values(), *review.objectives.values()]
        if item.status is not None and item.status is not item.status_before
    ]
    text = review.changes.strip()
    if moved:
        text = f"{text} (Now {'; '.join(moved)}.)".strip()
    return text or "–"


def treatment_plan_model(db: Database, participant_id: int, clock: Clock) -> TreatmentPlan:
    """The plan as it stands, with every review (drafts marked as such)."""
    participant = participants.get(db, participant_id)
    profile = _profile(db)
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
            summary=_review_summary(review),
            next_review=review.next_review,
        )
        for review in plan_reviews.reviews(db, participant_id)
    )
    due = plan_reviews.due(db, participant_id, clock)
    today = clock.today()
    return TreatmentPlan(
        letterhead=_letterhead(profile),
        identity=_identity(participant),
        counselor=Signer(profile.name, profile.credentials),
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
    )


def export_treatment_plan(db: Database, participant_id: int, out: Path, clock: Clock) -> Path:
    """Write the treatment plan for the chart and the participant's signature (not a
    disclosure: it stays with the participant and the record); audited as an export."""
    model = treatment_plan_model(db, participant_id, clock)
    data = treatment_plan.build(model)
    signed = sum(1 for line in model.reviews if line.signed_by)
    return _write(
        db,
        out,
        data,
        _audited(
            db,
            clock,
            "treatment plan",
            participant_id,
            detail=f"{len(model.goals)} goals; {signed} signed reviews",
        ),
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

    return _write(
        db,
        out,
        data,
        _audited(
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


def _same_recipient(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def attendance_letter_disclosure(
    db: Database,
    participant_id: int,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    *,
    recipient: str,
    purpose: str,
    consent_id: int | None = None,
) -> tuple[AttendanceLetter, Disclosure]:
    """The letter and its line in the disclosure log; refused (ValidationError) when the
    recipient or purpose is missing, or, for a substance-use program, when no valid consent
    for that recipient allows it (chosen as for the continuity-of-care summary)."""
    problems = Problems()
    recipient = problems.required("recipient", recipient, "Recipient")
    purpose = problems.required("purpose", purpose, "Purpose", limit=1000)
    problems.raise_if_any()
    model = attendance_letter_model(db, participant_id, clock, first, last)
    consent: Consent | None = None
    if model.substance_use or consent_id is not None:
        consent = _consent(db, participant_id, consent_id, clock.today())
        if not _same_recipient(consent.recipient, recipient):
            raise ValidationError(
                f"The consent {consent.id} allows disclosure to {consent.recipient}, not to "
                f"{recipient}; nothing was disclosed.",
                "recipient",
            )
        if not consent.allows(ScopeCategory.ATTENDANCE):
            raise ValidationError(
                f"The consent {consent.id} for {consent.recipient} does not include attendance "
                f"(it allows: {consent_scope.in_words(consent.scope)}), and a letter is nothing "
                "but attendance; nothing was disclosed.",
                "consent",
            )
        model = replace(model, consent=consent)  # the letter states the consent it is under
    model = replace(model, recipient=recipient)  # the letter is addressed to its recipient
    attended = sum(1 for mark in model.sessions if mark.status.attended)
    under = "" if consent is None else f", under consent {consent.id}"
    what = (
        f"Attendance verification letter, chart {model.identity.chart_number}{under}: "
        f"{ScopeCategory.ATTENDANCE.label}, sessions from {first:%Y-%m-%d} to {last:%Y-%m-%d} "
        f"({attended} attended)"
        + (" (42 CFR part 2 notice included)" if model.substance_use else "")
    )
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=None if consent is None else consent.id,
        disclosed_at=clock.now(),
        recipient=recipient,
        purpose=purpose,
        what=what,
    )
    return model, disclosure


def export_attendance_letter(
    db: Database,
    participant_id: int,
    out: Path,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    *,
    recipient: str,
    purpose: str,
    consent_id: int | None = None,
) -> Path:
    """Write the attendance verification letter for `first`…`last` and log the disclosure
    (recipient, purpose, date; under its consent for a substance-use program)."""
    model, disclosure = attendance_letter_disclosure(
        db,
        participant_id,
        clock,
        first,
        last,
        recipient=recipient,
        purpose=purpose,
        consent_id=consent_id,
    )
    return _write(
        db,
        out,
        letter.build(model),
        _audited(
            db,
            clock,
            "attendance letter",
            participant_id,
            f"{first} to {last}; to {disclosure.recipient}; purpose: {disclosure.purpose}",
            then=lambda: clinical.record_disclosure(db, disclosure),
        ),
    )


def export_signin_sheet(db: Database, session_id: int, out: Path, clock: Clock) -> Path:
    """Write the sign-in sheet of a session."""
    return _write(
        db,
        out,
        signin.build(signin_sheet_model(db, session_id, clock)),
        _audited(db, clock, "sign-in sheet", None, f"session {session_id}"),
    )


# -- the participant's safety plan ---------------------------------------------------------

#: The disclosure log's recipient and purpose of a copy of the safety plan given to the
#: participant: a copy for the patient is a disclosure too, and is logged like any other.
SAFETY_PLAN_RECIPIENT = "The participant themself"
SAFETY_PLAN_PURPOSE = "Safety plan for the participant's own use"
#: The step of the plan where 988 and the clinic's crisis line always print.
CRISIS_STEP = "professionals"


def safety_plan_model(db: Database, participant_id: int, clock: Clock) -> SafetyPlanSheet:
    """The participant's copy of their current safety plan; refused (ValidationError) when
    there is none, or when the profile has no crisis line to print on it."""
    participant = participants.get(db, participant_id)
    plan = safety.current_plan(db, participant_id)
    if plan is None:
        raise ValidationError(
            "There is no safety plan for this participant yet: write one first; nothing was "
            "exported.",
            "plan",
        )
    profile = _profile(db)
    if not profile.crisis_line.strip():
        raise ValidationError(
            "Add the clinic's crisis line to your counselor profile first: every printed "
            "safety plan carries it beside 988; nothing was exported.",
            "profile",
        )
    saved = plan.saved_at.date() if plan.saved_at is not None else clock.today()
    return SafetyPlanSheet(
        letterhead=_letterhead(profile),
        name=participant.display_name,
        version=plan.version,
        saved_on=saved,
        generated_on=clock.today(),
        sections=tuple(
            PlanSection(number, heading, plan.text(key), crisis_lines=key == CRISIS_STEP)
            for number, (key, heading, _prompt) in enumerate(PLAN_SECTIONS, start=1)
        ),
        clinic_crisis_line=profile.crisis_line.strip(),
        counselor=Signer(profile.name, profile.credentials),
    )


def safety_plan_disclosure(
    participant: Participant, model: SafetyPlanSheet, clock: Clock
) -> Disclosure:
    """The disclosure log's line for a copy of the safety plan handed to the participant.

    No consent: the copy goes to the patient themself. Nor, for a 42 CFR Part 2 record, the
    notice against redisclosure: 42 CFR 2.23 lets a program give patients their own records
    without consent, and the notice (2.32) goes with disclosures made under a consent to
    someone else. So the plan prints no notice and its export never asks whether the record
    is Part 2 (the attendance letter, to a third party, does both).
    """
    return Disclosure(
        id=0,
        participant_id=participant.id,
        consent_id=None,
        disclosed_at=clock.now(),
        recipient=SAFETY_PLAN_RECIPIENT,
        purpose=SAFETY_PLAN_PURPOSE,
        what=(
            f"Safety plan version {model.version} (saved {model.saved_on:%Y-%m-%d}), chart "
            f"{participant.chart_number}: the participant's own one-page copy"
        ),
    )


def export_safety_plan(db: Database, participant_id: int, out: Path, clock: Clock) -> Path:
    """Write the participant's one-page copy of their current safety plan and log it (audit
    row and disclosure log line, committed before the file has its name)."""
    participant = participants.get(db, participant_id)
    model = safety_plan_model(db, participant_id, clock)
    data = safety_plan.build(model)  # refuses a plan too long for one page
    disclosure = safety_plan_disclosure(participant, model, clock)
    return _write(
        db,
        out,
        data,
        _audited(
            db,
            clock,
            "safety plan",
            participant_id,
            f"version {model.version}; to {disclosure.recipient}",
            then=lambda: clinical.record_disclosure(db, disclosure),
        ),
    )


# -- what other documents share (services/review_packet.py) ----------------------------------


def consent_for(
    db: Database, participant_id: int, consent_id: int | None, today: dt.date
) -> Consent:
    """The valid consent a disclosure is made under (refused with the reason otherwise)."""
    return _consent(db, participant_id, consent_id, today)


def profile_of(db: Database) -> CounselorProfile:
    return _profile(db)


def letterhead_of(profile: CounselorProfile) -> Letterhead:
    return _letterhead(profile)


def identity_of(participant: Participant) -> Identity:
    return _identity(participant)


def measure_changes(found: list[Measure]) -> tuple[MeasureChange, ...]:
    """Baseline, latest and change of the followed instruments, as the documents print them."""
    return _measures(found, followed_only=True)


def safety_status(db: Database, participant_id: int, found: list[Measure]) -> SafetyStatus:
    return _safety(db, participant_id, found)


def write_logged(
    db: Database,
    out: Path,
    data: bytes,
    clock: Clock,
    kind: str,
    participant_id: int,
    *,
    detail: str,
    then: Callable[[], object],
) -> Path:
    """Write a disclosed document: `then` (its disclosure row) and the audit row are committed
    before the file gets its final name."""
    return _write(
        db, out, data, _audited(db, clock, kind, participant_id, detail=detail, then=then)
    )
