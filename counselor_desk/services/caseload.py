"""The weekly review: every participant's week, hours against the minimum, attendance, flags."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from enum import StrEnum

from counselor_desk.domain.authorization import Authorization, Standing, current, standing
from counselor_desk.domain.curriculum import Ledger
from counselor_desk.domain.measure_due import DueMeasure, due_measures
from counselor_desk.domain.measures import PHQ_9
from counselor_desk.domain.model import (
    AttendedSession,
    Leave,
    LevelChange,
    LevelOfCare,
    Participant,
    ParticipantStatus,
    Program,
    Session,
)
from counselor_desk.domain.plan_review import DueKind, PlanDue, plan_due
from counselor_desk.domain.record import record
from counselor_desk.domain.rules import (
    AttendanceSummary,
    Episode,
    Flag,
    WeekHours,
    age_group_differs,
    attendance_summary,
    consecutive_unexcused_absences,
    effective_age_group,
    level_on,
    on_leave,
    participant_flags,
    program_week,
    projected_end_date,
    summary_due_date,
    week_bounds,
    weekly_hours,
)
from counselor_desk.services.caseload_row import CaseloadRow
from counselor_desk.services.clock import Clock
from counselor_desk.services.curriculum import Curricula
from counselor_desk.services.sessions import scheduled_sessions
from counselor_desk.store import (
    clinical_repo,
    measure_repo,
    note_repo,
    participant_repo,
    payer_repo,
    plan_review_repo,
    review_cache,
    safety_repo,
    session_repo,
)
from counselor_desk.store.db import Database
from counselor_desk.store.errors import StoreError

log = logging.getLogger(__name__)


class Include(StrEnum):
    ACTIVE = "active"
    DISCHARGED = "discharged"
    ALL = "all"


@record
class Review:
    """One participant's standing on a date: what the caseload and the record header show."""

    participant: Participant
    program: Program
    level_of_care: LevelOfCare
    program_week: int | None  # None before admission
    weeks: tuple[WeekHours, ...]
    attendance: AttendanceSummary
    consecutive_unexcused: int
    projected_end: dt.date
    flags: tuple[Flag, ...]
    summary_due: dt.date | None
    #: The latest counted PHQ-9 score and its change from the baseline (None with one score).
    latest_phq9: int | None = None
    phq9_change: int | None = None
    #: Measures due or overdue today, by the program's schedule.
    measures_due: tuple[DueMeasure, ...] = ()
    #: The burn-down of the authorization covering today (else the latest begun), for an
    #: active participant who has one.
    authorization: Standing | None = None
    #: Core modules of the curriculum an active participant missed (made up in time or not).
    missed_core_modules: int = 0
    #: The treatment plan's next step (first plan or review) for an active participant.
    plan_due: PlanDue | None = None

    @property
    def plan_review_due(self) -> dt.date | None:
        """The next plan review's date (None before the first plan or when not active)."""
        plan = self.plan_due
        return None if plan is None or plan.kind is not DueKind.REVIEW else plan.due

    @property
    def safety_flag(self) -> bool:
        """A safety flag waits for its follow-up (services/safety.py)."""
        return Flag.SAFETY in self.flags

    @property
    def this_week(self) -> WeekHours | None:
        return self.weeks[-1] if self.weeks else None

    def line(self) -> CaseloadRow:
        """The caseload's line of this review (its hours, as the list shows them)."""
        return CaseloadRow.of(self)

    def as_json(self) -> dict[str, object]:
        """The `caseload --json` object."""
        return self.line().as_json()


class _WeekAhead:
    """The sessions of the coming days, stored or due by the schedule, read once for every
    participant of a caseload: each (day, program) is worked out once."""

    def __init__(self, stored: Sequence[Session], programs: dict[int, Program]) -> None:
        self._stored: dict[dt.date, list[Session]] = {}
        for session in stored:
            self._stored.setdefault(session.date, []).append(session)
        self._programs = programs
        self._known: dict[tuple[dt.date, int], list[Session]] = {}

    def sessions_on(self, day: dt.date, program_id: int) -> list[Session]:
        """Every stored session of the day, and the program's scheduled ones not stored."""
        key = (day, program_id)
        found = self._known.get(key)
        if found is None:
            stored_today = self._stored.get(day, [])
            slots = {(s.program_id, s.start_time, s.service_type, s.topic) for s in stored_today}
            program = self._programs.get(program_id)
            virtual = [
                s
                for s in (scheduled_sessions([program], day) if program else [])
                if (s.program_id, s.start_time, s.service_type, s.topic) not in slots
            ]
            found = self._known[key] = [*stored_today, *virtual]
        return found


def _upcoming(
    participant: Participant,
    week_end: dt.date,
    today: dt.date,
    ahead: _WeekAhead,
    marked_today: set[int],
) -> list[tuple[dt.date, int]]:
    """(date, minutes) of sessions still ahead in the current week for this participant."""
    found: list[tuple[dt.date, int]] = []
    day = today
    while day <= week_end:
        if participant.discharge_date is not None and day > participant.discharge_date:
            break
        for session in ahead.sessions_on(day, participant.program_id):
            if session.cancelled or session.id in marked_today:
                continue
            mine = session.participant_id == participant.id or (
                session.participant_id is None and session.program_id == participant.program_id
            )
            if mine:
                found.append((day, session.duration_minutes))
        day += dt.timedelta(days=1)
    return found


def reviews(db: Database, clock: Clock, include: Include = Include.ACTIVE) -> list[Review]:
    """The weekly review of the caseload, in name order."""
    status = {
        Include.ACTIVE: ParticipantStatus.ACTIVE,
        Include.DISCHARGED: ParticipantStatus.DISCHARGED,
        Include.ALL: None,
    }[include]
    return reviews_of(
        db, clock, participant_repo.list_participants(db.conn, status=status, with_diagnoses=False)
    )


def reviews_of(db: Database, clock: Clock, participants: list[Participant]) -> list[Review]:
    """The reviews of these participants, in name order."""
    return _reviews(db, clock, sorted(participants, key=lambda p: p.sort_key))


def needing_figures(db: Database) -> set[int]:
    """Participants who may have a flag whatever their status: a discharge summary still to
    sign, a draft note or a safety flag waiting for its follow-up. A discharged participant
    outside this set has no flag at all (rules.participant_flags)."""
    return (
        set(clinical_repo.pending_summaries(db.conn))
        | {participant_id for _note, participant_id, _created in note_repo.all_drafts(db.conn)}
        | safety_repo.participants_with_open_flags(db.conn)
    )


def needs_attention(db: Database, clock: Clock) -> list[Review]:
    """Everyone with a flag, in name order: the active caseload, plus discharged participants
    whose summary is still due or who have a draft note. Never reads every discharged record."""
    active = participant_repo.list_participants(
        db.conn, status=ParticipantStatus.ACTIVE, with_diagnoses=False
    )
    known = {participant.id for participant in active}
    others = needing_figures(db)
    extra = [
        participant
        for participant_id in sorted(others - known)
        if (participant := participant_repo.get_participant(db.conn, participant_id)) is not None
    ]
    everyone = sorted(active + extra, key=lambda p: p.sort_key)
    return [row for row in _reviews(db, clock, everyone) if row.flags]


def remember_discharged(db: Database, participant_ids: list[int], clock: Clock) -> None:
    """Compute and keep the figures of newly discharged participants (they no longer change),
    so the all-participants caseload never has to read their attendance again."""
    found = [p for pid in participant_ids if (p := participant_repo.get_participant(db.conn, pid))]
    _reviews(db, clock, [p for p in found if _frozen(p, clock.today())])


def review(db: Database, participant: Participant, clock: Clock) -> Review:
    """One participant's review, always computed from the records (every week included)."""
    return _reviews(db, clock, [participant], use_cache=False)[0]


@record
class _Figures:
    """The parts of a review that come from the attendance history."""

    program_week: int | None
    weeks: tuple[WeekHours, ...]
    attendance: AttendanceSummary
    run: int
    projected_end: dt.date
    level: LevelOfCare
    on_leave_today: bool
    authorization: Standing | None = None

    def to_cache(self, participant: Participant) -> review_cache.Row:
        """The figures' part of a stored row (the caseload line follows: `_line`)."""
        last = self.weeks[-1] if self.weeks else None
        return (
            participant.id,
            self.program_week,
            None if last is None else last.week,
            None if last is None else last.start.isoformat(),
            None if last is None else last.end.isoformat(),
            None if last is None else last.minutes_attended,
            None if last is None else last.minimum_minutes,
            self.attendance.attended,
            self.attendance.excused,
            self.attendance.unexcused,
            self.attendance.cancelled,
            self.run,
            self.projected_end.isoformat(),
            self.level.value,
        )

    @classmethod
    def from_cache(cls, row: review_cache.Row) -> _Figures:
        (_pid, program_week, week, start, end, minutes, minimum,
         attended, excused, unexcused, cancelled, run, projected, level, *_line) = row  # fmt: skip
        weeks: tuple[WeekHours, ...] = ()
        if week is not None:
            weeks = (
                WeekHours(
                    week=week,  # type: ignore[arg-type]
                    start=dt.date.fromisoformat(start),  # type: ignore[arg-type]
                    end=dt.date.fromisoformat(end),  # type: ignore[arg-type]
                    minutes_attended=minutes,  # type: ignore[arg-type]
                    minimum_minutes=minimum,  # type: ignore[arg-type]
                    complete=True,
                ),
            )
        return cls(
            program_week=program_week,  # type: ignore[arg-type]
            weeks=weeks,
            attendance=AttendanceSummary(attended, excused, unexcused, cancelled),  # type: ignore[arg-type]
            run=run,  # type: ignore[arg-type]
            projected_end=dt.date.fromisoformat(projected),  # type: ignore[arg-type]
            level=_LEVELS[level],  # type: ignore[index]
            on_leave_today=False,
        )


_LEVELS = {level.value: level for level in LevelOfCare}

#: Participants whose attendance is read at once when figures are computed afresh.
LIVE_CHUNK = 400
#: Up to this many participants have their scores looked up by id; more, and all are read.
SCORES_BY_ID_MAX = 500


def _frozen(participant: Participant, today: dt.date) -> bool:
    """A discharged participant's figures no longer change with the date."""
    return participant.discharge_date is not None and today >= participant.discharge_date


def _reviews(
    db: Database, clock: Clock, participants: list[Participant], *, use_cache: bool = True
) -> list[Review]:
    today, now = clock.today(), clock.now()
    ids = [participant.id for participant in participants]
    frozen = [p.id for p in participants if _frozen(p, today)] if use_cache else []
    cached = review_cache.load(db.conn, frozen) if frozen else {}
    programs = {program.id: program for program in participant_repo.list_programs(db.conn)}
    drafts = note_repo.draft_times(db.conn, ids)
    pending = clinical_repo.pending_summaries(db.conn)
    profile = participant_repo.get_profile(db.conn)
    due_days = profile.summary_due_days if profile else 14
    stored_week = session_repo.sessions_between(db.conn, today, today + dt.timedelta(days=6))
    ahead = _WeekAhead(stored_week, programs)
    flagged = safety_repo.participants_with_open_flags(db.conn)
    phq9_of = measure_repo.courses_of(
        db.conn, PHQ_9.name, ids if len(ids) <= SCORES_BY_ID_MAX else None
    )
    schedules = measure_repo.schedules(db.conn)
    active_ids = [p.id for p in participants if p.status is ParticipantStatus.ACTIVE]
    taken = measure_repo.taken_dates(db.conn, active_ids)
    # Modules and sessions read once per program, from the earliest active admission on.
    admitted = [p.admission_date for p in participants if p.status is ParticipantStatus.ACTIVE]
    curricula = Curricula(db, today, min(admitted, default=today))
    ledgers: dict[int, Ledger] = {}
    planned = plan_review_repo.with_plan(db.conn, active_ids)
    plan_signed = plan_review_repo.signed_dates(db.conn, active_ids)
    figures_of: dict[int, _Figures] = {}
    # Frozen participants whose figures or caseload line are to be kept (figures first).
    to_keep: dict[int, review_cache.Row] = {}
    live = []
    for participant in participants:
        if _frozen(participant, today) and participant.id in cached:
            stored = cached[participant.id]
            figures_of[participant.id] = _Figures.from_cache(stored)
            if stored[-1] is None:  # kept before schema 15: the line is still to be kept
                to_keep[participant.id] = stored[: review_cache.LINE_START]
        else:
            live.append(participant)
    # Years of attendance are read a chunk of participants at a time, so memory stays flat.
    for start in range(0, len(live), LIVE_CHUNK):
        chunk = live[start : start + LIVE_CHUNK]
        chunk_ids = [participant.id for participant in chunk]
        changes = participant_repo.level_changes(db.conn, chunk_ids)
        granted = payer_repo.authorizations_for(db.conn, chunk_ids)
        leaves = participant_repo.leaves(db.conn, chunk_ids)
        marks = session_repo.attended_sessions(db.conn, chunk_ids)
        for participant in chunk:
            figures = _live_figures(
                participant,
                programs[participant.program_id],
                changes.get(participant.id, []),
                leaves.get(participant.id, []),
                marks.get(participant.id, []),
                ahead,
                today,
                granted.get(participant.id, []),
            )
            if use_cache and _frozen(participant, today):
                row = to_keep[participant.id] = figures.to_cache(participant)
                figures = _Figures.from_cache(row)  # the same shape as when read back
            figures_of[participant.id] = figures
            if participant.status is ParticipantStatus.ACTIVE:
                found = curricula.ledger(
                    participant,
                    marks.get(participant.id, []),
                    leaves.get(participant.id, []),
                    figures.projected_end,
                )
                if found is not None:
                    ledgers[participant.id] = found
    result = []
    for participant in participants:
        program = programs[participant.program_id]
        figures = figures_of[participant.id]
        active = participant.status is ParticipantStatus.ACTIVE
        discharge_day = pending.get(participant.id)
        phq9 = phq9_of.get(participant.id)
        due = (
            due_measures(
                schedules.get(participant.program_id, ()),
                admission=participant.admission_date,
                projected_end=figures.projected_end,
                taken=taken.get(participant.id, {}),
                today=today,
            )
            if active
            else []
        )
        plan = plan_due(
            active=active,
            admission=participant.admission_date,
            has_plan=participant.id in planned,
            first_plan_days=program.first_plan_days,
            review_interval_days=program.review_interval_days,
            signed=plan_signed.get(participant.id, ()),
            today=today,
        )
        ledger = ledgers.get(participant.id)
        flags = participant_flags(
            active=active,
            core_module_missed=ledger is not None and bool(ledger.core_missed_for_good),
            safety_open=participant.id in flagged,
            measures_due=due,
            authorization=figures.authorization if active else None,
            plan=plan,
            age_group_differs=age_group_differs(participant, program),
            weeks=figures.weeks,
            consecutive_unexcused=figures.run,
            projected_end=figures.projected_end,
            draft_note_created=drafts.get(participant.id, ()),
            summary_pending=discharge_day is not None,
            on_leave_today=figures.on_leave_today,
            today=today,
            now=now,
        )
        result.append(
            Review(
                participant=participant,
                program=program,
                level_of_care=figures.level,
                program_week=figures.program_week,
                weeks=figures.weeks,
                attendance=figures.attendance,
                consecutive_unexcused=figures.run,
                projected_end=figures.projected_end,
                flags=tuple(flags),
                summary_due=None
                if discharge_day is None
                else summary_due_date(discharge_day, due_days),
                latest_phq9=None if phq9 is None else phq9[1],
                phq9_change=None if phq9 is None or phq9[2] < 2 else phq9[1] - phq9[0],
                measures_due=tuple(due),
                authorization=figures.authorization if active else None,
                missed_core_modules=0 if ledger is None else len(ledger.missed_core),
                plan_due=plan,
            )
        )
        if participant.id in to_keep:
            to_keep[participant.id] += _line(participant, result[-1])
    if to_keep:
        _remember(db, list(to_keep.values()))
    return result


def _line(participant: Participant, review: Review) -> review_cache.Row:
    """The caseload line kept with the figures (review_cache.COLUMNS from LINE_START)."""
    line = review.line()
    return (
        line.sort_key,
        line.search_text,
        participant.status.value,
        None if participant.discharge_date is None else participant.discharge_date.isoformat(),
        line.shown(),
    )


def _remember(db: Database, items: list[review_cache.Row]) -> None:
    """Keep computed figures; a read-only or busy database just means no cache this time."""
    before = db.total_changes
    try:
        with db.transaction() as conn:
            review_cache.save(conn, items)
        db.derived_changes += db.total_changes - before
    except StoreError as error:
        log.info("review cache not written: %s", type(error).__name__)


def _live_figures(
    participant: Participant,
    program: Program,
    changes: list[LevelChange],
    leaves: list[Leave],
    own_marks: list[AttendedSession],
    ahead: _WeekAhead,
    today: dt.date,
    granted: Sequence[Authorization] = (),
) -> _Figures:
    episode = Episode(
        age_group=effective_age_group(participant, program),
        admission_date=participant.admission_date,
        admission_level=participant.level_of_care,
        program=program,
        level_changes=tuple(changes),
        leaves=tuple(leaves),
        discharge_date=participant.discharge_date,
    )
    week_number = None
    upcoming: list[tuple[dt.date, int]] = []
    if today >= participant.admission_date:
        week_number = program_week(participant.admission_date, episode.last_day(today))
        if participant.status is ParticipantStatus.ACTIVE:
            _start, end = week_bounds(participant.admission_date, week_number)
            marked_today = {m.session_id for m in own_marks if m.date == today}
            upcoming = [
                (day, minutes)
                for day, minutes in _upcoming(participant, end, today, ahead, marked_today)
                if not on_leave(episode.leaves, day)
            ]
    level_day = (
        episode.last_day(today)
        if today >= participant.admission_date
        else participant.admission_date
    )
    return _Figures(
        program_week=week_number,
        weeks=tuple(weekly_hours(episode, own_marks, today, upcoming)),
        attendance=attendance_summary(own_marks),
        run=consecutive_unexcused_absences(own_marks),
        projected_end=projected_end_date(
            participant.admission_date, participant.planned_weeks, episode.leaves
        ),
        level=level_on(participant.level_of_care, episode.level_changes, level_day),
        on_leave_today=on_leave(episode.leaves, today),
        authorization=None
        if (now := current(granted, today)) is None
        else standing(now, own_marks, today),
    )


def attendance_history(db: Database, participant_id: int) -> list[AttendedSession]:
    """Every marked session of one participant, oldest first (cancelled shown as such)."""
    return session_repo.attended_sessions(db.conn, [participant_id]).get(participant_id, [])
