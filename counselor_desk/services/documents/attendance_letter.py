"""The attendance verification letter: the request checked, its model, its disclosure log line
and its export.

A letter goes to a court, an employer or a school. It is a disclosure like any other: for a
42 CFR Part 2 record it needs a valid consent for its recipient that covers attendance, it
carries the notice against redisclosure and a statement of the consent, and its line in the
disclosure log holds the document ID printed on every page.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from counselor_desk.domain import consent_scope, messages
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    AttendanceCount,
    AttendedSession,
    Consent,
    Disclosure,
    Leave,
    LevelChange,
    Participant,
    ParticipantStatus,
    Program,
)
from counselor_desk.domain.rules import (
    Episode,
    effective_age_group,
    level_on,
    projected_end_date,
    weekly_hours,
)
from counselor_desk.reports import words
from counselor_desk.reports.model import (
    AttendanceLetter,
    LetterRecipient,
    LetterWeek,
    LevelSpan,
    LevelStep,
)
from counselor_desk.services import (
    caseload,
    clinical,
    part2,
    participants,
    sessions,
    setup,
)
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.services.validate import Problems
from counselor_desk.store import session_repo
from counselor_desk.store.db import Database

#: The longest date range one attendance letter covers.
LETTER_MAX_DAYS = 3 * 366
#: The longest case or docket number accepted (court numbers run to about 30 characters).
CASE_NUMBER_MAX = 60
PURPOSE_MAX = 1000
DAY = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class LetterRequest:
    """What the counselor asked for, checked: the dates (`last` capped at today), to whom,
    why, and whether the program's name is left out."""

    first: dt.date
    last: dt.date
    requested_last: dt.date
    recipient: LetterRecipient
    purpose: str
    omit_program: bool = False


def letter_request(
    first: dt.date,
    last: dt.date,
    today: dt.date,
    *,
    recipient: str,
    purpose: str,
    organization: str = "",
    case_number: str = "",
    omit_program: bool = False,
) -> LetterRequest:
    """The request checked field by field; a ValidationError names every bad field (first,
    last, recipient, organization, case_number, purpose). A 'to' date after today is capped
    at today: the letter then reports attendance as of today and says so."""
    problems = Problems()
    if last < first:
        problems.add("last", messages.text("The 'to' date is before the 'from' date."))
    elif first > today:
        problems.add(
            "first",
            messages.text("The 'from' date is in the future; no attendance is recorded yet."),
        )
    elif (min(last, today) - first).days > LETTER_MAX_DAYS:
        problems.add(
            "first", messages.text("One letter covers at most three years; choose a shorter range.")
        )
    name = problems.single_line("recipient", recipient, messages.text("The recipient's name"))
    if not name:
        problems.add(
            "recipient", messages.text("Recipient is required: the person or office it is for.")
        )
    organization = problems.single_line(
        "organization", organization, messages.text("The organization")
    )
    case_number = problems.single_line(
        "case_number",
        case_number,
        messages.text("The case or docket number"),
        limit=CASE_NUMBER_MAX,
    )
    purpose = problems.required("purpose", purpose, messages.text("Purpose"), limit=PURPOSE_MAX)
    problems.raise_if_any()
    return LetterRequest(
        first=first,
        last=min(last, today),
        requested_last=last,
        recipient=LetterRecipient(name, organization, case_number),
        purpose=purpose,
        omit_program=omit_program,
    )


def attendance_letter_model(
    db: Database,
    participant_id: int,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    *,
    omit_program: bool = False,
    language: str = "en",
) -> AttendanceLetter:
    """The attendance verification letter for the sessions from `first` to `last`, addressed
    to no one yet, printed in `language` ('en' or 'es'). A 'from' date before the admission
    starts at the admission, and a 'to' date after today is capped at today (the letter says
    both); dates that end before the admission are refused."""
    words.checked_language(language)
    today = clock.today()
    if last < first:
        raise ValidationError(messages.text("The 'to' date is before the 'from' date."), "last")
    if first > today:
        raise ValidationError(
            messages.text("The 'from' date is in the future; no attendance is recorded yet."),
            "first",
        )
    requested_last, last = last, min(last, today)
    if (last - first).days > LETTER_MAX_DAYS:
        raise ValidationError(
            messages.text("One letter covers at most three years; choose a shorter range."), "first"
        )
    participant = participants.get(db, participant_id)
    admitted = participant.admission_date
    if last < admitted:
        raise ValidationError(
            messages.text(
                "The dates asked for end on {last:%Y-%m-%d}, before the admission on "
                "{admitted:%Y-%m-%d}: there is no attendance to verify.",
                last=last,
                admitted=admitted,
            ),
            "last",
        )
    requested_first, first = first, max(first, admitted)  # nothing to report before admission
    profile = common.profile(db)
    program = setup.get_program(db, participant.program_id)
    changes = participants.level_changes(db, participant_id)
    leaves = participants.leaves(db, participant_id)
    history, unrecorded = _history(db, participant, leaves, first, last, today)
    active = participant.status is ParticipantStatus.ACTIVE
    record = clinical.discharge_record(db, participant_id)
    recorded = record is not None and record.recorded_at is not None and not active
    return AttendanceLetter(
        letterhead=common.letterhead(profile),
        identity=common.identity(participant),
        signer=common.signer(profile),
        generated_on=today,
        program_name=program.name,
        admission_date=participant.admission_date,
        discharge_date=None if active else participant.discharge_date,
        first=first,
        last=last,
        sessions=tuple(mark for mark in history if first <= mark.date <= last),
        substance_use=part2.applies(db, participant_id),
        levels=level_spans(participant, changes, first, last),
        leaves=tuple(
            leave
            for leave in sorted(leaves, key=lambda item: item.start_date)
            if leave.start_date <= last and leave.end_date >= first
        ),
        level_steps=level_steps(participant, changes, first, last),
        weeks=letter_weeks(
            participant, program, changes, leaves, history, unrecorded, first, last, today
        ),
        discharge_reason=record.reason if recorded and record is not None else None,
        expected_end=projected_end_date(
            participant.admission_date, participant.planned_weeks, leaves
        )
        if active
        else None,
        planned_weeks=participant.planned_weeks if active else None,
        requested_first=requested_first if requested_first < first else None,
        requested_last=requested_last if requested_last > last else None,
        omit_program=omit_program,
        language=language,
    )


def _history(
    db: Database,
    participant: Participant,
    leaves: list[Leave],
    first: dt.date,
    last: dt.date,
    today: dt.date,
) -> tuple[list[AttendedSession], list[dt.date]]:
    """Every marked session of the participant, with the sessions of `first`…`last` the
    program cancelled before roll call was taken (as cancelled marks: they count for no one
    and against no one); and the days of past sessions they were expected at that have no
    roll call, so a week is never said to be short only because of the program when a mark
    is missing."""
    marks = caseload.attendance_history(db, participant.id)
    marked = {mark.session_id for mark in marks}
    unrecorded: list[dt.date] = []
    sessions_found = session_repo.sessions_of(
        db.conn, first, last, participant.program_id, participant.id
    )
    for session in sessions_found:
        if session.id in marked:
            continue
        if not sessions.expected_for(session, [participant], {participant.id: leaves}):
            continue
        if session.cancelled:
            marks.append(common.cancelled_mark(session))
        elif session.date < today:
            unrecorded.append(session.date)
    return sorted(marks, key=lambda mark: (mark.date, mark.start_time)), unrecorded


def level_spans(
    participant: Participant, changes: list[LevelChange], first: dt.date, last: dt.date
) -> tuple[LevelSpan, ...]:
    """The level of care over the enrolled days of `first`…`last`, one span per level."""
    start = max(first, participant.admission_date)
    end = min(last, participant.discharge_date or last)
    if end < start:
        return ()
    turns = sorted({c.effective_date for c in changes if start < c.effective_date <= end})
    spans: list[LevelSpan] = []
    for begin, until in zip([start, *turns], [*(turn - DAY for turn in turns), end], strict=True):
        level = level_on(participant.level_of_care, changes, begin)
        if spans and spans[-1].level is level:
            spans[-1] = replace(spans[-1], last=until)
        else:
            spans.append(LevelSpan(level, begin, until))
    return tuple(spans)


def level_steps(
    participant: Participant, changes: list[LevelChange], first: dt.date, last: dt.date
) -> tuple[LevelStep, ...]:
    """Every change of level that took effect within `first`…`last`, from what to what."""
    steps = []
    for change in sorted(changes, key=lambda item: item.effective_date):
        if not first <= change.effective_date <= last:
            continue
        before = level_on(participant.level_of_care, changes, change.effective_date - DAY)
        after = level_on(participant.level_of_care, changes, change.effective_date)
        if change.effective_date > participant.admission_date and before is not after:
            steps.append(LevelStep(change.effective_date, before, after))
    return tuple(steps)


def letter_weeks(
    participant: Participant,
    program: Program,
    changes: list[LevelChange],
    leaves: list[Leave],
    history: list[AttendedSession],
    unrecorded: list[dt.date],
    first: dt.date,
    last: dt.date,
    today: dt.date,
) -> tuple[LetterWeek, ...]:
    """The program weeks overlapping `first`…`last`: each week's minimum (the domain's, prorated
    by day) against the minutes attended within the dates, with what the program cancelled and
    what the participant missed told apart."""
    discharged = (
        participant.discharge_date if participant.status is not ParticipantStatus.ACTIVE else None
    )
    episode = Episode(
        admission_date=participant.admission_date,
        admission_level=participant.level_of_care,
        program=program,
        level_changes=tuple(changes),
        leaves=tuple(leaves),
        discharge_date=discharged,
        age_group=effective_age_group(participant, program),
    )
    found = []
    for week in weekly_hours(episode, history, today):
        if week.end < first or week.start > last:
            continue
        counts_until = min(week.end, today, discharged or week.end)
        inside_first, inside_last = max(week.start, first), min(week.end, last, counts_until)
        if inside_last < inside_first:
            continue  # the dates start after the discharge day of this week
        held = [mark for mark in history if inside_first <= mark.date <= inside_last]
        cancelled = [m for m in held if m.status.counts is AttendanceCount.CANCELLED]
        offered = [m for m in held if m.status.counts is not AttendanceCount.CANCELLED]
        days = [week.start + offset * DAY for offset in range(7)]
        found.append(
            LetterWeek(
                week=week.week,
                start=week.start,
                end=week.end,
                first=inside_first,
                last=inside_last,
                minutes_attended=sum(m.minutes_attended for m in offered if m.status.attended),
                minimum_minutes=week.minimum_minutes,
                complete=week.complete,
                whole=first <= week.start and last >= counts_until,
                cancelled_sessions=len(cancelled),
                cancelled_minutes=sum(m.duration_minutes for m in cancelled),
                missed_minutes=sum(
                    max(0, m.duration_minutes - m.minutes_attended) for m in offered
                ),
                unrecorded_sessions=sum(
                    1 for day in unrecorded if inside_first <= day <= inside_last
                ),
                leave_days=sum(1 for day in days if any(leave.covers(day) for leave in leaves)),
                level_changed=any(week.start < c.effective_date <= week.end for c in changes),
            )
        )
    return tuple(found)


def _recipient_matches(consent: Consent, recipient: LetterRecipient) -> bool:
    """Whether the consent names this recipient: the person, the organization, or both as
    one ('Hon. Ruth Ade, Union County Drug Court'); case and blanks do not matter."""

    def same(text: str) -> str:
        return " ".join(text.split()).casefold()

    names = [recipient.name, recipient.organization]
    if recipient.organization:
        names.append(f"{recipient.name}, {recipient.organization}")
    return same(consent.recipient) in {same(name) for name in names if name.strip()}


def check_consent(consent: Consent, recipient: LetterRecipient) -> None:
    """Refuse (ValidationError) a letter the consent does not allow: to another recipient,
    or under a scope without attendance."""
    if not _recipient_matches(consent, recipient):
        raise ValidationError(
            messages.text(
                "The consent {consent_id} allows disclosure to {recipient}, not to {logged}; "
                "nothing was disclosed.",
                consent_id=consent.id,
                recipient=consent.recipient,
                logged=recipient.logged,
            ),
            "recipient",
        )
    if not consent.allows(ScopeCategory.ATTENDANCE):
        raise ValidationError(
            messages.text(
                "The consent {consent_id} for {recipient} does not include attendance (it "
                "allows: {allowed}), and a letter is nothing but attendance; nothing was "
                "disclosed.",
                consent_id=consent.id,
                recipient=consent.recipient,
                allowed=consent_scope.in_message(consent.scope),
            ),
            "consent",
        )


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
    organization: str = "",
    case_number: str = "",
    omit_program: bool = False,
    language: str = "en",
) -> tuple[AttendanceLetter, Disclosure]:
    """The letter (in `language`) and its line in the disclosure log (with the document ID
    the letter prints); refused (ValidationError naming the field) for a bad field, or, for
    a substance-use program, when no valid consent for that recipient allows attendance."""
    words.checked_language(language)
    request = letter_request(
        first,
        last,
        clock.today(),
        recipient=recipient,
        purpose=purpose,
        organization=organization,
        case_number=case_number,
        omit_program=omit_program,
    )
    model = attendance_letter_model(
        db,
        participant_id,
        clock,
        request.first,
        request.requested_last,
        omit_program=omit_program,
        language=language,
    )
    to = request.recipient
    consent: Consent | None = None
    if model.substance_use or consent_id is not None:
        consent = common.consent_for(db, participant_id, consent_id, clock.today())
        check_consent(consent, to)
    # The reason for discharge is part of the discharge plan: under a consent, only when its
    # scope covers that; the dates of admission and discharge are dates of service.
    withheld = (
        consent is not None
        and model.discharge_date is not None
        and not consent.allows(ScopeCategory.DISCHARGE_PLAN)
    )
    document = common.document_id(clock.now())
    model = replace(
        model,
        consent=consent,  # the letter states the consent it is under
        recipient=to,
        document_id=document,
        discharge_reason=None if withheld else model.discharge_reason,
        reason_withheld=withheld,
    )
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=None if consent is None else consent.id,
        disclosed_at=clock.now(),
        recipient=to.logged,
        purpose=request.purpose,
        what=letter_disclosed(model),
        document_id=document,
    )
    return model, disclosure


def letter_disclosed(model: AttendanceLetter) -> str:
    """The disclosure log's 'what' of a letter: exactly the categories it printed (attendance,
    and the discharge and aftercare plan when it states the reason for discharge)."""
    consent = model.consent
    under = "" if consent is None else f", under consent {consent.id}"
    carried = [
        f"{ScopeCategory.ATTENDANCE.label}, sessions from {model.first:%Y-%m-%d} to "
        f"{model.last:%Y-%m-%d} ({len(model.attended)} attended)"
    ]
    if model.discharge_reason is not None:
        carried.append(
            f"{ScopeCategory.DISCHARGE_PLAN.label} (the reason for discharge: "
            f"{model.discharge_reason.label})"
        )
    return (
        f"Attendance verification letter, chart {model.identity.chart_number}{under}: "
        + "; ".join(carried)
        + (" (program name left out)" if model.omit_program else "")
        + (" (42 CFR part 2 notice included)" if model.substance_use else "")
    )


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
    organization: str = "",
    case_number: str = "",
    omit_program: bool = False,
    language: str = "en",
) -> Path:
    """Write the attendance verification letter for `first`…`last` in `language` ('en' or
    'es') and log the disclosure (recipient, purpose, date, document ID; under its consent
    for a substance-use program). Nothing is written or logged when the request is refused."""
    model, disclosure = attendance_letter_disclosure(
        db,
        participant_id,
        clock,
        first,
        last,
        recipient=recipient,
        purpose=purpose,
        consent_id=consent_id,
        organization=organization,
        case_number=case_number,
        omit_program=omit_program,
        language=language,
    )
    from counselor_desk.reports import letter  # reportlab loads when a document is made

    return common.write(
        db,
        out,
        letter.build(model),
        common.audited(
            db,
            clock,
            "attendance letter",
            participant_id,
            f"{model.first} to {model.last}; to {disclosure.recipient}; purpose: "
            f"{disclosure.purpose}; document {disclosure.document_id}",
            then=lambda: clinical.record_disclosure(db, disclosure),
        ),
    )
