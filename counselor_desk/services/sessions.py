"""The sessions of a day, who is expected at each, and roll call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Attendance,
    AttendanceCount,
    AttendanceStatus,
    Participant,
    Program,
    ServiceType,
    Session,
)
from counselor_desk.domain.record import record
from counselor_desk.domain.rules import on_leave, program_week
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import NOT_ONE_LINE, Problems, clean, fmt
from counselor_desk.store import participant_repo, session_repo
from counselor_desk.store.db import Database

#: The longest roll-call comment (one line beside a mark, not a note).
MAX_COMMENT = 2000
#: The longest location ("Room 2", "Telehealth", "Main clinic, group room B"): one line of
#: the sign-in sheet's page header.
MAX_LOCATION = 80


def check_location(problems: Problems, value: str) -> str:
    """A session's location trimmed; a line break, tab, other control character or invisible
    direction control inside it (what no one-line field takes: validate.NOT_ONE_LINE), or more
    than MAX_LOCATION characters, is a problem of the field "location"."""
    location = (value or "").strip()
    if NOT_ONE_LINE.search(location):
        problems.add(
            "location",
            messages.text(
                "The location must be one line, without tabs or other control characters."
            ),
        )
    elif len(location) > MAX_LOCATION:
        problems.add(
            "location",
            messages.text(
                "The location is too long ({length} characters; at most {max_location}).",
                length=len(location),
                max_location=MAX_LOCATION,
            ),
        )
    return location


def scheduled_sessions(programs: Iterable[Program], day: dt.date) -> list[Session]:
    """The group sessions the programs' weekly schedules put on `day` (not yet stored)."""
    return [
        Session(
            id=0,
            date=day,
            start_time=slot.start_time,
            duration_minutes=slot.duration_minutes,
            service_type=slot.service_type,
            topic=slot.topic,
            program_id=program.id,
        )
        for program in programs
        if program.active
        for slot in program.schedule
        if slot.weekday == day.weekday()
    ]


def ensure_scheduled(db: Database, first: dt.date, last: dt.date) -> None:
    """Store the scheduled group sessions of a date range (existing ones are kept as they are)."""
    programs = participant_repo.list_programs(db.conn)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    with db.transaction() as conn:
        for day in days:
            session_repo.insert_program_sessions(conn, scheduled_sessions(programs, day))


@record
class ExpectedParticipant:
    participant_id: int
    chart_number: str
    name: str
    program_week: int


@record
class DaySession:
    """A session of the day with who is expected and whether roll call was taken."""

    session: Session
    program_name: str
    expected: tuple[ExpectedParticipant, ...]
    marked: int  # how many participants have a mark for it

    @property
    def roll_call_taken(self) -> bool:
        return self.marked > 0


def _active_on(participant: Participant, day: dt.date) -> bool:
    if participant.admission_date > day:
        return False
    return participant.discharge_date is None or day <= participant.discharge_date


def expected_for(
    session: Session,
    participants: Sequence[Participant],
    leaves_by_participant: dict[int, list],  # type: ignore[type-arg]
    already_marked: Iterable[int] = (),
) -> list[ExpectedParticipant]:
    """Who is expected at a session: its own participant, or the program's active people
    not on leave that day; anyone already marked stays on the list. In the caseload's order
    (`Participant.sort_key`)."""
    marked = set(already_marked)
    chosen = []
    for participant in sorted(participants, key=lambda person: person.sort_key):
        if session.participant_id is not None:
            wanted = participant.id == session.participant_id
        else:
            wanted = (
                participant.program_id == session.program_id
                and _active_on(participant, session.date)
                and not on_leave(leaves_by_participant.get(participant.id, ()), session.date)
            )
        if wanted or participant.id in marked:
            week = (
                program_week(participant.admission_date, session.date)
                if session.date >= participant.admission_date
                else 0
            )
            chosen.append(
                ExpectedParticipant(
                    participant.id, participant.chart_number, participant.display_name, week
                )
            )
    return chosen


def day_sessions(db: Database, day: dt.date) -> list[DaySession]:
    """Today's view: every session of `day` in time order, with who is expected."""
    return sessions_between(db, day, day)


def sessions_between(db: Database, first: dt.date, last: dt.date) -> list[DaySession]:
    """Every session from `first` to `last` (both included) in time order, with who is
    expected at each: scheduled group sessions are stored first. A handful of queries
    whatever the length of the range."""
    ensure_scheduled(db, first, last)
    sessions = session_repo.sessions_between(db.conn, first, last)
    programs = {program.id: program.name for program in participant_repo.list_programs(db.conn)}
    candidates = participant_repo.participants_active_between(db.conn, first, last)
    marks_by_session = session_repo.attendance_for_sessions(db.conn, [s.id for s in sessions])
    known = {p.id for p in candidates}
    extra = {pid for marks in marks_by_session.values() for pid in marks if pid not in known}
    pool = candidates + [
        p
        for pid in sorted(extra)
        if (p := participant_repo.get_participant(db.conn, pid)) is not None
    ]
    leaves = participant_repo.leaves(db.conn, [p.id for p in pool])
    result = []
    for session in sessions:
        marks = marks_by_session.get(session.id, {})
        expected = expected_for(session, pool, leaves, marks)
        name = programs.get(session.program_id or -1, "")
        if session.participant_id is not None and expected:
            name = name or expected[0].name
        result.append(DaySession(session, name, tuple(expected), len(marks)))
    return result


def get_session(db: Database, session_id: int) -> Session:
    session = session_repo.get_session(db.conn, session_id)
    if session is None:
        raise NotFoundError(
            messages.text("Session {session_id} does not exist.", session_id=session_id), "session"
        )
    return session


def add_session(db: Database, session: Session) -> Session:
    """Add an individual, family or one-off session."""
    problems = Problems()
    topic = problems.optional("topic", session.topic, messages.text("Topic"))
    location = check_location(problems, session.location)
    problems.in_range(
        "duration_minutes", session.duration_minutes, 1, 720, messages.text("Duration in minutes")
    )
    if session.participant_id is None and session.program_id is None:
        problems.add(
            "participant", messages.text("Choose the participant (or the program for a group).")
        )
    if session.service_type is ServiceType.INDIVIDUAL and session.participant_id is None:
        problems.add("participant", messages.text("An individual session needs a participant."))
    if session.participant_id is not None:
        participant = participant_repo.get_participant(db.conn, session.participant_id)
        if participant is None:
            problems.add("participant", messages.text("That participant does not exist."))
        elif not _active_on(participant, session.date):
            problems.add(
                "date", messages.text("The participant is not in the program on that date.")
            )
    if session.program_id is not None and session.program_id not in {
        program.id for program in participant_repo.list_programs(db.conn)
    }:
        problems.add("program", messages.text("That program does not exist."))
    problems.raise_if_any()
    cleaned = replace(
        session, id=0, topic=topic, location=location, cancelled=False, cancel_reason=""
    )
    if session.participant_id is None:
        existing = session_repo.find_session(
            db.conn,
            date=session.date,
            start_time=session.start_time,
            service_type=session.service_type,
            topic=topic,
            program_id=session.program_id,
            participant_id=None,
        )
        if existing is not None:
            raise ValidationError(
                messages.text("That program already has this session at that time."), "start_time"
            )
    with db.transaction() as conn:
        session_id = session_repo.insert_session(conn, cleaned)
    return replace(cleaned, id=session_id)


def set_location(db: Database, session_id: int, location: str) -> Session:
    """Say (or correct) where a session meets; "" clears it. A scheduled group session is
    stored without one, so this is how it gets its room."""
    session = get_session(db, session_id)
    problems = Problems()
    location = check_location(problems, location)
    problems.raise_if_any()
    with db.transaction() as conn:
        session_repo.set_location(conn, session_id, location)
    return replace(session, location=location)


def cancel_session(
    db: Database, session_id: int, reason: str, *, cancelled: bool = True
) -> Session:
    """Cancel (or restore) a session; a cancelled session counts for no one and against no one."""
    session = get_session(db, session_id)
    problems = Problems()
    reason = (
        problems.optional("reason", reason, messages.text("Reason"), limit=500) if cancelled else ""
    )
    problems.raise_if_any()
    with db.transaction() as conn:
        session_repo.set_cancelled(conn, session_id, cancelled, reason)
    return replace(session, cancelled=cancelled, cancel_reason=reason)


@record
class RollCallRow:
    """One expected participant on the roll-call sheet, with the mark stored so far."""

    participant_id: int
    chart_number: str
    name: str
    program_week: int
    status: AttendanceStatus | None
    minutes_attended: int
    telehealth: bool
    comment: str


@record
class RollCallSheet:
    session: Session
    program_name: str
    rows: tuple[RollCallRow, ...]


def roll_call_sheet(db: Database, session_id: int) -> RollCallSheet:
    session = get_session(db, session_id)
    for day_session in day_sessions(db, session.date):
        if day_session.session.id == session_id:
            break
    else:  # pragma: no cover - day_sessions lists every stored session of the day
        raise NotFoundError(
            messages.text("Session {session_id} does not exist.", session_id=session_id), "session"
        )
    marks = session_repo.session_attendance(db.conn, session_id)
    rows = []
    for person in day_session.expected:
        mark = marks.get(person.participant_id)
        rows.append(
            RollCallRow(
                participant_id=person.participant_id,
                chart_number=person.chart_number,
                name=person.name,
                program_week=person.program_week,
                status=None if mark is None else mark.status,
                minutes_attended=session.duration_minutes
                if mark is None
                else mark.minutes_attended,
                telehealth=False if mark is None else mark.telehealth,
                comment="" if mark is None else mark.comment,
            )
        )
    return RollCallSheet(session, day_session.program_name, tuple(rows))


def default_minutes(status: AttendanceStatus, duration: int) -> int:
    """Minutes attended that follow from the status alone (late / left early are asked)."""
    return status.default_minutes(duration)


def check_mark(
    mark: Attendance,
    session: Session,
    participant: Participant | None,
    problems: Problems,
    label: str,
) -> None:
    """The roll-call rules of docs/RULES.md for one mark; problems name the participant's row."""
    if participant is None:
        problems.add("participant", messages.text("{label}: no such participant.", label=label))
        return
    if session.date < participant.admission_date:
        problems.add(
            "date",
            messages.text(
                "{label}: the session ({date}) is before admission ({admission_date}).",
                label=label,
                date=fmt(session.date),
                admission_date=fmt(participant.admission_date),
            ),
        )
    if participant.discharge_date is not None and session.date > participant.discharge_date:
        problems.add(
            "date",
            messages.text(
                "{label}: the session ({date}) is after discharge ({discharge_date}).",
                label=label,
                date=fmt(session.date),
                discharge_date=fmt(participant.discharge_date),
            ),
        )
    if session.cancelled and mark.status.counts is not AttendanceCount.CANCELLED:
        allowed = messages.either(
            [
                f"'{status.value}'"
                for status in AttendanceStatus
                if status.counts is AttendanceCount.CANCELLED
            ]
        )
        problems.add(
            "status",
            messages.text(
                "{label}: the session was cancelled; the mark must be {allowed}.",
                label=label,
                allowed=allowed,
            ),
        )
    minutes = mark.minutes_attended
    if mark.status.attended:
        if not 1 <= minutes <= session.duration_minutes:
            problems.add(
                "minutes_attended",
                messages.text(
                    "{label}: minutes attended must be between 1 and {duration_minutes} (the "
                    "session length).",
                    label=label,
                    duration_minutes=session.duration_minutes,
                ),
            )
        elif mark.status.asks_minutes and minutes == session.duration_minutes:
            problems.add(
                "minutes_attended",
                messages.text(
                    "{label}: {status} means some minutes were missed; enter the minutes attended "
                    "(less than {duration_minutes}).",
                    label=label,
                    status=messages.label(mark.status.label).lower(),
                    duration_minutes=session.duration_minutes,
                ),
            )
    elif minutes != 0:
        problems.add(
            "minutes_attended",
            messages.text(
                "{label}: an absence or cancellation has 0 minutes attended.", label=label
            ),
        )
    if len(mark.comment) > MAX_COMMENT:
        problems.add(
            "comment",
            messages.text(
                "{label}: the comment is too long ({length} characters; at most {max_comment}).",
                label=label,
                length=len(mark.comment),
                max_comment=MAX_COMMENT,
            ),
        )


def check_belongs(
    session: Session,
    participant: Participant | None,
    already_marked: bool,
    problems: Problems,
    label: str,
) -> None:
    """An individual or family session takes marks for its own participant only (anyone
    already marked stays markable). A group takes anyone: a make-up group in another track."""
    if participant is None or already_marked or session.participant_id is None:
        return
    if participant.id != session.participant_id:
        problems.add(
            "participant",
            messages.text("{label}: this session is another participant's.", label=label),
        )


def check_not_on_leave(
    db: Database,
    mark: Attendance,
    session: Session,
    participant: Participant | None,
    problems: Problems,
    label: str,
) -> None:
    """Attendance inside a leave of absence is refused, as a leave over attendance is."""
    if participant is None or not mark.status.attended:
        return
    for leave in participant_repo.leaves(db.conn, [participant.id]).get(participant.id, []):
        if leave.covers(session.date):
            problems.add(
                "date",
                messages.text(
                    "{label}: on leave from {start_date} to {end_date}; end the leave first to "
                    "record attendance on that day.",
                    label=label,
                    start_date=fmt(leave.start_date),
                    end_date=fmt(leave.end_date),
                ),
            )


def record_roll_call(
    db: Database, session_id: int, marks: Sequence[Attendance], clock: Clock
) -> int:
    """Save a session's roll call in one transaction; returns how many marks were saved."""
    session = get_session(db, session_id)
    stored = session_repo.session_attendance(db.conn, session_id)
    problems = Problems()
    seen: set[int] = set()
    cleaned = []
    for mark in marks:
        participant = participant_repo.get_participant(db.conn, mark.participant_id)
        label = (
            participant.display_name
            if participant
            else messages.text("Participant {participant_id}", participant_id=mark.participant_id)
        )
        if mark.participant_id in seen:
            problems.add("participant", messages.text("{label} is marked twice.", label=label))
            continue
        seen.add(mark.participant_id)
        fixed = replace(mark, session_id=session_id, comment=clean(mark.comment))
        check_mark(fixed, session, participant, problems, label)
        check_belongs(session, participant, mark.participant_id in stored, problems, label)
        check_not_on_leave(db, fixed, session, participant, problems, label)
        cleaned.append(fixed)
    if session.date > clock.today():
        problems.add(
            "date",
            messages.text("Roll call cannot be taken for a session that has not happened yet."),
        )
    problems.raise_if_any()
    with db.transaction() as conn:
        session_repo.save_attendance(conn, cleaned, clock.now())
    return len(cleaned)


def correct_attendance(
    db: Database, session_id: int, mark: Attendance, reason: str, clock: Clock
) -> None:
    """Change one stored (or missing) mark after the fact; the reason is kept beside it."""
    session = get_session(db, session_id)
    participant = participant_repo.get_participant(db.conn, mark.participant_id)
    problems = Problems()
    reason = problems.required(
        "reason", reason, messages.text("Reason for the correction"), limit=500
    )
    fixed = replace(mark, session_id=session_id, comment=clean(mark.comment))
    check_mark(
        fixed,
        session,
        participant,
        problems,
        participant.display_name if participant else "Participant",
    )
    before = session_repo.session_attendance(db.conn, session_id).get(mark.participant_id)
    if participant is not None:
        label = participant.display_name
        check_belongs(session, participant, before is not None, problems, label)
        check_not_on_leave(db, fixed, session, participant, problems, label)
    if session.date > clock.today():
        problems.add(
            "date",
            messages.text(
                "Attendance cannot be corrected for a session that has not happened yet."
            ),
        )
    problems.raise_if_any()
    with db.transaction() as conn:
        session_repo.save_attendance(conn, [fixed], clock.now())
        session_repo.insert_correction(
            conn,
            session_repo.Correction(
                session_id=session_id,
                participant_id=mark.participant_id,
                old_status=None if before is None else before.status,
                old_minutes=None if before is None else before.minutes_attended,
                new_status=fixed.status,
                new_minutes=fixed.minutes_attended,
                reason=reason,
                corrected_at=clock.now(),
            ),
        )
        audit.record(
            conn,
            AuditAction.CORRECTION,
            clock.now(),
            participant_id=mark.participant_id,
            target=f"session {session_id}",
            detail=f"{'none' if before is None else before.status.value} -> {fixed.status.value}",
        )


def corrections(db: Database, participant_id: int) -> list[session_repo.Correction]:
    """Past corrections of one participant's attendance, oldest first (for the record)."""
    return session_repo.corrections_for(db.conn, participant_id)
