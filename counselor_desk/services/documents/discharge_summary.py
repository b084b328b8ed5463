"""The discharge summary: its model from the record, and its export (a DRAFT before the
signature, a copy of the signed summary after)."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from counselor_desk.domain import measures as instruments
from counselor_desk.domain.curriculum import CompletionRule, Ledger, ledger, rotation
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import (
    AttendedSession,
    Leave,
    Measure,
    Note,
    NoteStatus,
    Participant,
    RiskLevel,
)
from counselor_desk.domain.rules import (
    WeekHours,
    attendance_summary,
    cancelled_minutes,
    level_on,
    on_leave_all_week,
    projected_end_date,
    risk_window,
    short_by_program,
    summary_due_date,
)
from counselor_desk.reports.model import (
    DischargeSummary,
    ModuleLine,
    RecentRisk,
    RiskScreen,
    WeekCancelled,
)
from counselor_desk.services import (
    caseload,
    clinical,
    curriculum,
    discharge_content,
    notes,
    participants,
    sessions,
    setup,
)
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.services.safety import RISK_PRESENT
from counselor_desk.store import curriculum_repo, session_repo
from counselor_desk.store.db import Database


def attendance_marks(
    db: Database,
    participant: Participant,
    leaves: Sequence[Leave],
    last_day: dt.date,
    history: Sequence[AttendedSession] | None = None,
) -> tuple[list[AttendedSession], int]:
    """Every marked session of the participant, oldest first, with the sessions up to
    `last_day` that the program cancelled before roll call was taken and the participant was
    expected at (their program's groups while enrolled and not on leave, their own sessions)
    as cancelled marks; and how many of those there are. A session cancelled after roll call
    is already a cancelled mark: either way it counts for no one and against no one, as the
    attendance letter counts it. `history`: the participant's marks, when just read."""
    marks = caseload.attendance_history(db, participant.id) if history is None else history
    marked = {mark.session_id for mark in marks}
    unmarked = [
        common.cancelled_mark(session)
        for session in session_repo.sessions_of(
            db.conn,
            participant.admission_date,
            last_day,
            participant.program_id,
            participant.id,
            cancelled_only=True,
        )
        if session.cancelled
        and session.id not in marked
        and sessions.expected_for(session, [participant], {participant.id: list(leaves)})
    ]
    found = sorted([*marks, *unmarked], key=lambda mark: (mark.date, mark.start_time))
    return found, len(unmarked)


def _curriculum(
    db: Database,
    participant: Participant,
    history: Sequence[AttendedSession],
    leaves: Sequence[Leave],
    clock: Clock,
) -> tuple[tuple[ModuleLine, ...], str]:
    """The modules completed and the core modules missed, and the completion rule."""
    found = stay_ledger(db, participant, history, leaves, clock)
    if found is None:
        return (), ""
    lines = [ModuleLine(i.module.title, i.module.core, i.date) for i in found.attended]
    lines += [ModuleLine(i.module.title, True, None) for i in found.missed_core]
    completion = found.completion
    if completion.rule.set:
        verdict = "met" if completion.met else "not met"
        text = f"Completion rule ({completion.rule.describe()}): {verdict}."
    else:
        text = "No completion rule is set for the program."
    return tuple(lines), text


def stay_ledger(
    db: Database,
    participant: Participant,
    history: Sequence[AttendedSession],
    leaves: Sequence[Leave],
    clock: Clock,
) -> Ledger | None:
    """The participant's curriculum ledger, as `curriculum.participant_curriculum` gives it.

    A stay that ended before today is read alone: its program's group sessions from
    admission to discharge (or the last mark, if later), not on to today and the half year
    the schedule predicts after it. Nothing after that counts (a session is offered only up
    to the discharge, attended only with a mark, upcoming only before a discharge) and the
    predicted sessions all come after it, so the ledger is the same
    (tests/test_discharge_ledger.py); the summary of a stay ended years ago no longer reads
    every group session held since."""
    today, admission = clock.today(), participant.admission_date
    ended = participant.discharge_date
    last = None if ended is None else max([ended, *(mark.date for mark in history)])
    if last is None or last >= today:
        # the stay reaches today: the sessions the schedule predicts from today count too
        return curriculum.participant_curriculum(db, participant.id, clock, history)[1]
    program_id = participant.program_id
    modules = curriculum_repo.modules(db.conn, program_id)
    if not modules:
        return None
    projected = projected_end_date(admission, participant.planned_weeks, leaves)
    # the rotation's position at admission, as services/curriculum.py `_from` finds it
    chosen, after = curriculum_repo.before(db.conn, program_id, admission)
    ordered = sorted(modules, key=lambda module: (module.position, module.id))
    at = {module.id: index for index, module in enumerate(ordered)}
    since: dt.date | None = admission
    following = after
    if chosen is not None and chosen in at:
        following = at[chosen] + 1 + after
    elif chosen is not None:  # a module no longer in the program: the whole history
        since, following = None, 0
    stored = curriculum_repo.group_sessions(db.conn, program_id, since, last)
    covered = rotation(modules, stored.get(program_id, []), following)
    first = bisect.bisect_left(covered, admission, key=lambda item: item.date)
    return ledger(
        modules=modules,
        covered=covered[first:],
        marks=history,
        admission=admission,
        discharge=participant.discharge_date,
        leaves=leaves,
        projected_end=projected,
        rule=curriculum_repo.completion_rules(db.conn).get(program_id, CompletionRule()),
        today=today,
    )


def _latest_note_risk(found: Sequence[Note], last_day: dt.date) -> RiskScreen | None:
    """The risk screen of the latest note up to the last day that assessed it."""
    for note in found:  # newest session first
        if note.session_date <= last_day and note.risk is not RiskLevel.NOT_ASSESSED:
            return RiskScreen(note.session_date, note.risk, note.risk_detail, note.signed_by)
    return None


def _recent_risks(
    found: Sequence[Note], scores_taken: Sequence[Measure], first: dt.date, last: dt.date
) -> tuple[RecentRisk, ...]:
    """Every risk recorded as present from `first` through `last`, oldest first: a note's
    "present" screen (drafts too: the risk was written down) and a C-SSRS at moderate or
    high risk."""
    found_risks = [
        RecentRisk(
            on=note.session_date,
            source=f"{note.service_type.label} note",
            finding=note.risk.label,
            detail=note.risk_detail.strip(),
            signed=note.status is NoteStatus.SIGNED,
        )
        for note in found
        if note.risk in RISK_PRESENT and first <= note.session_date <= last
    ]
    threshold = C_SSRS.safety_score
    found_risks += [
        RecentRisk(
            screen.taken_on,
            f"{C_SSRS.name} screen",
            C_SSRS.score_text(screen.score),
            from_note=False,
        )
        for screen in instruments.counted(C_SSRS.name, scores_taken)
        if threshold is not None and screen.score >= threshold and first <= screen.taken_on <= last
    ]
    return tuple(sorted(found_risks, key=lambda item: (item.on, item.source)))


def _cancelled_weeks(
    weeks: Sequence[WeekHours], marks: Sequence[AttendedSession]
) -> tuple[WeekCancelled, ...]:
    """The weeks in which the program cancelled, and whether each is short only by it."""
    found = []
    for week in weeks:
        minutes = cancelled_minutes(week, marks)
        by_program = short_by_program(week, marks)
        if minutes or by_program:
            found.append(WeekCancelled(week.week, minutes, by_program))
    return tuple(found)


def discharge_summary_model(db: Database, participant_id: int, clock: Clock) -> DischargeSummary:
    """The discharge summary; a draft until it is signed, a copy of the signed one after."""
    participant = participants.get(db, participant_id)
    profile = common.profile(db)
    program = setup.get_program(db, participant.program_id)
    record = clinical.discharge_record(db, participant_id)
    draft = record is None or not record.is_signed
    changes = participants.level_changes(db, participant_id)
    leaves = participants.leaves(db, participant_id)
    discharge_date = None if record is None else record.discharge_date
    last_day = discharge_date or clock.today()
    history = caseload.attendance_history(db, participant.id)
    marks, cancelled_unmarked = attendance_marks(
        db, participant, leaves, min(last_day, clock.today()), history
    )
    attended = [mark.date for mark in marks if mark.status.attended]
    review = caseload.review(db, participant, clock)
    found = scores.measures(db, participant_id)
    modules, completion = _curriculum(db, participant, history, leaves, clock)
    written = notes.notes_for(db, participant_id)
    risk_from, risk_to = risk_window(last_day)
    model = DischargeSummary(
        letterhead=common.letterhead(profile),
        identity=common.identity(participant),
        signer=common.signer(profile),
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
        services=common.service_lines(marks),
        attendance=attendance_summary(marks),
        weeks=review.weeks,
        level_changes=tuple(changes),
        goals=tuple(clinical.goals(db, participant_id)),
        measures=common.measure_changes(found),
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
        safety=common.safety_status(db, participant_id, found),
        modules=modules,
        completion=completion,
        admission_diagnoses=tuple(participants.admission_diagnoses(db, participant_id)),
        allergies=participant.allergies,
        latest_note_risk=_latest_note_risk(written, last_day),
        recent_risks=_recent_risks(written, found, risk_from, risk_to),
        risk_from=risk_from,
        strengths="" if record is None else record.strengths,
        copy_given_on=None if record is None else record.copy_given_on,
        copy_given_to="" if record is None else record.copy_given_to,
        cancelled_weeks=_cancelled_weeks(review.weeks, marks),
        cancelled_before_roll_call=cancelled_unmarked,
        leave_weeks=tuple(
            week.week
            for week in review.weeks
            if on_leave_all_week(week, leaves, participant.discharge_date)
        ),
    )
    if record is None or not record.is_signed:
        return model
    content = clinical.signed_discharge_content(db, participant_id)
    signer = discharge_content.signed_signer(content)
    model = replace(
        model,
        signer=model.signer if signer is None else signer,
        identifiers_signed=signer is not None,
        signed_by=record.signed_by,
        signed_at=record.signed_at,
        content_hash=record.content_hash,
        amendments=tuple(clinical.discharge_amendments(db, participant_id)),
    )
    return replace(model, changed_since_signing=discharge_content.changed_sections(content, model))


def export_discharge_summary(db: Database, participant_id: int, out: Path, clock: Clock) -> Path:
    """Write the discharge summary: before its signature a DRAFT (which clears nothing), after
    it a copy of the signed summary with its amendments. Only signing clears 'summary due'."""
    model = discharge_summary_model(db, participant_id, clock)
    from counselor_desk.reports import discharge  # reportlab loads when a document is made

    data = discharge.build(model)
    if model.draft:
        return common.write(
            db, out, data, common.audited(db, clock, "discharge summary (draft)", participant_id)
        )
    signed = f"{model.signed_at:%Y-%m-%d %H:%M}" if model.signed_at else ""
    return common.write(
        db,
        out,
        data,
        common.audited(
            db,
            clock,
            "discharge summary (copy of the signed summary)",
            participant_id,
            detail=f"signed {signed}; sha256 {model.content_hash}",
        ),
    )
