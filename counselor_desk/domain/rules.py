"""The program rules: program week, weekly hours against the minimum, attendance, flags.

Pure functions over plain records; the date (``today``) and time (``now``) are always
passed in. The background is docs/DOMAIN.md; the exact rules are in docs/RULES.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import IntEnum, StrEnum
from typing import assert_never

from counselor_desk.domain.authorization import Standing
from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.measure_due import DueMeasure
from counselor_desk.domain.model import (
    AgeGroup,
    AttendanceCount,
    AttendedSession,
    Leave,
    LevelChange,
    LevelOfCare,
    Participant,
    Program,
)
from counselor_desk.domain.plan_review import DueKind, PlanDue
from counselor_desk.domain.record import record

DAY = dt.timedelta(days=1)
WEEK_DAYS = 7


def program_week(admission: dt.date, day: dt.date) -> int:
    """Week N of the participant's own program: week 1 starts on the admission day."""
    if day < admission:
        raise ValueError(f"{day} is before the admission date {admission}")
    return (day - admission).days // WEEK_DAYS + 1


def week_bounds(admission: dt.date, week: int) -> tuple[dt.date, dt.date]:
    """First and last day (both included) of program week `week`."""
    if week < 1:
        raise ValueError("program weeks start at 1")
    start = admission + dt.timedelta(days=WEEK_DAYS * (week - 1))
    return start, start + dt.timedelta(days=WEEK_DAYS - 1)


def projected_end_date(
    admission: dt.date, planned_weeks: int, leaves: Iterable[Leave] = ()
) -> dt.date:
    """Admission + planned weeks, moved later by every leave that starts before that end.

    A leave that starts before the (already moved) end pushes the end by its whole length;
    leaves are applied in date order so a leave moved into range by an earlier one counts.
    """
    end = admission + dt.timedelta(weeks=planned_weeks)
    for leave in sorted(leaves, key=lambda item: item.start_date):
        if leave.end_date < admission:
            continue
        if leave.start_date < end:
            first = max(leave.start_date, admission)
            end += dt.timedelta(days=(leave.end_date - first).days + 1)
    return end


def default_minimum_hours(level: LevelOfCare, age_group: AgeGroup) -> float | None:
    """Weekly hours of service the level of care calls for (None: no minimum)."""
    if level is LevelOfCare.IOP:
        return 6.0 if age_group is AgeGroup.ADOLESCENT else 9.0
    if level is LevelOfCare.PHP:
        return 20.0
    return None


ADULT_AGE = 18


def own_age_group(date_of_birth: dt.date, on: dt.date) -> AgeGroup:
    """Adolescent under 18 on `on`, adult from 18."""
    years = (
        on.year
        - date_of_birth.year
        - ((on.month, on.day) < (date_of_birth.month, date_of_birth.day))
    )
    return AgeGroup.ADOLESCENT if years < ADULT_AGE else AgeGroup.ADULT


def age_group_differs(participant: Participant, program: Program) -> bool:
    """Someone whose own age group at admission is not the program's, and the counselor has
    not confirmed the program's (their weeks then follow their own group's minimum)."""
    own = own_age_group(participant.date_of_birth, participant.admission_date)
    return own is not program.age_group and not participant.age_group_confirmed


def effective_age_group(participant: Participant, program: Program) -> AgeGroup:
    """The age group whose minimum the participant's weeks follow: their own at admission,
    unless the counselor confirmed the program's."""
    own = own_age_group(participant.date_of_birth, participant.admission_date)
    return program.age_group if participant.age_group_confirmed else own


def minimum_hours(
    level: LevelOfCare, program: Program, age_group: AgeGroup | None = None
) -> float | None:
    """The weekly minimum for a participant at `level` in `program`.

    A program's own minimum applies to participants at the program's level and age group; a
    participant at another level (stepped down but still in the group), or of the other age
    group, gets that level's default for their age group.
    """
    if age_group is not None and age_group is not program.age_group:
        return default_minimum_hours(level, age_group)
    if level is program.level_of_care and program.weekly_minimum_hours is not None:
        return program.weekly_minimum_hours
    return default_minimum_hours(level, program.age_group)


def level_on(
    admission_level: LevelOfCare, changes: Iterable[LevelChange], day: dt.date
) -> LevelOfCare:
    """The level of care in force on `day` (changes take effect on their date)."""
    level = admission_level
    for change in sorted(changes, key=lambda item: item.effective_date):
        if change.effective_date <= day:
            level = change.level_of_care
    return level


def on_leave(leaves: Iterable[Leave], day: dt.date) -> bool:
    return any(leave.covers(day) for leave in leaves)


@record
class WeekHours:
    """One program week's dose."""

    week: int
    start: dt.date
    end: dt.date
    minutes_attended: int
    minimum_minutes: int | None  # None: the level has no minimum
    complete: bool  # the week is over (or cut short by discharge)
    reachable_minutes: int | None = None  # for the week in progress: attended + still to come

    @property
    def hours(self) -> float:
        return self.minutes_attended / 60

    @property
    def minimum_hours(self) -> float | None:
        return None if self.minimum_minutes is None else self.minimum_minutes / 60

    @property
    def short(self) -> bool:
        """Below the minimum (for a week in progress: cannot reach it any more)."""
        if self.minimum_minutes is None:
            return False
        if self.complete:
            return self.minutes_attended < self.minimum_minutes
        reachable = self.reachable_minutes if self.reachable_minutes is not None else 0
        return reachable < self.minimum_minutes


@record
class Episode:
    """What the weekly rules need to know about one participant's stay."""

    admission_date: dt.date
    admission_level: LevelOfCare
    program: Program
    level_changes: tuple[LevelChange, ...] = ()
    leaves: tuple[Leave, ...] = ()
    discharge_date: dt.date | None = None
    #: The participant's effective age group (None: the program's).
    age_group: AgeGroup | None = None

    def last_day(self, today: dt.date) -> dt.date:
        """The last day the episode covers up to `today`."""
        if self.discharge_date is not None:
            return min(self.discharge_date, today)
        return today

    def week_minimum_minutes(self, week: int) -> int | None:
        """Minimum minutes for a program week, prorated by the days that count.

        Each day of the week carries 1/7 of the minimum of the level in force that day;
        days on leave and days after discharge carry none. So a full week at one level has
        exactly that level's minimum, and a level change mid-week splits the week by days.
        """
        start, end = week_bounds(self.admission_date, week)
        level = level_on(self.admission_level, self.level_changes, start)
        uniform = (
            all(not start < change.effective_date <= end for change in self.level_changes)
            and all(leave.end_date < start or leave.start_date > end for leave in self.leaves)
            and (self.discharge_date is None or self.discharge_date >= end)
        )
        if uniform:  # the common week: one level all week, no leave, no discharge
            base = minimum_hours(level, self.program, self.age_group)
            return None if base is None else round(base * 60)
        total = 0.0
        any_minimum = False
        for offset in range(WEEK_DAYS):
            day = start + dt.timedelta(days=offset)
            level = level_on(self.admission_level, self.level_changes, day)
            daily = minimum_hours(level, self.program, self.age_group)
            if daily is None:
                continue
            any_minimum = True
            if self.discharge_date is not None and day > self.discharge_date:
                continue
            if on_leave(self.leaves, day):
                continue
            total += daily * 60
        # Divide once at the end: a week whose days all count then rounds exactly like the
        # uniform week above (8.825 h is 530 min either way, not 529 through float noise).
        return round(total / WEEK_DAYS) if any_minimum else None

    def week_minimums(self, last_week: int) -> list[int | None]:
        """`week_minimum_minutes` of weeks 1 to `last_week` (index 0 is week 1).

        A stay with no level change and no leave has one minimum every week, worked out
        once; only a week cut short by discharge is prorated."""
        if self.level_changes or self.leaves:
            return [self.week_minimum_minutes(week) for week in range(1, last_week + 1)]
        base = minimum_hours(self.admission_level, self.program, self.age_group)
        uniform = None if base is None else round(base * 60)
        found: list[int | None] = []
        for week in range(1, last_week + 1):
            end = self.admission_date + dt.timedelta(days=WEEK_DAYS * week - 1)
            if self.discharge_date is None or self.discharge_date >= end:
                found.append(uniform)
            else:
                found.append(self.week_minimum_minutes(week))
        return found


def weekly_hours(
    episode: Episode,
    sessions: Sequence[AttendedSession],
    today: dt.date,
    upcoming: Sequence[tuple[dt.date, int]] = (),
) -> list[WeekHours]:
    """Hours for every program week from week 1 to the current (or discharge) week.

    `sessions` are the participant's marked sessions; cancelled ones count for no one.
    `upcoming` lists (date, minutes) of sessions still ahead in the current week that the
    participant is expected at: they make up what is still reachable.
    """
    if today < episode.admission_date:
        return []
    admission = episode.admission_date
    last_day = episode.last_day(today)
    last_week = program_week(admission, last_day)
    minutes = [0] * (last_week + 1)
    cancelled = AttendanceCount.CANCELLED
    for session in sessions:
        day = session.date
        if admission <= day <= last_day and session.status.counts is not cancelled:
            minutes[(day - admission).days // WEEK_DAYS + 1] += session.minutes_attended
    minimums = episode.week_minimums(last_week)
    weeks = []
    for week in range(1, last_week + 1):
        start, end = week_bounds(admission, week)
        discharged_in_week = episode.discharge_date is not None and episode.discharge_date <= end
        complete = end < today or discharged_in_week
        reachable = None
        if not complete:
            reachable = minutes[week] + sum(
                length for day, length in upcoming if day >= today and start <= day <= end
            )
        weeks.append(
            WeekHours(
                week=week,
                start=start,
                end=end,
                minutes_attended=minutes[week],
                minimum_minutes=minimums[week - 1],
                complete=complete,
                reachable_minutes=reachable,
            )
        )
    return weeks


@record
class AttendanceSummary:
    attended: int
    excused: int
    unexcused: int
    cancelled: int

    @property
    def expected(self) -> int:
        return self.attended + self.excused + self.unexcused

    @property
    def rate(self) -> float | None:
        """Sessions attended / sessions expected; None before anything was expected."""
        return None if self.expected == 0 else self.attended / self.expected


def attendance_summary(sessions: Iterable[AttendedSession]) -> AttendanceSummary:
    """Sessions by how their status counts; a status that does not say how it counts raises."""
    attended = excused = unexcused = cancelled = 0
    for session in sessions:
        match session.status.counts:
            case AttendanceCount.ATTENDED:
                attended += 1
            case AttendanceCount.EXCUSED:
                excused += 1
            case AttendanceCount.UNEXCUSED:
                unexcused += 1
            case AttendanceCount.CANCELLED:
                cancelled += 1
            case unclassified:
                assert_never(unclassified)
    return AttendanceSummary(attended, excused, unexcused, cancelled)


def consecutive_unexcused_absences(sessions: Iterable[AttendedSession]) -> int:
    """The run of most recent unexcused absences; excused and cancelled are skipped over."""
    run = 0
    for session in sorted(sessions, key=lambda item: (item.date, item.start_time), reverse=True):
        match session.status.counts:
            case AttendanceCount.UNEXCUSED:
                run += 1
            case AttendanceCount.ATTENDED:
                break
            case AttendanceCount.EXCUSED | AttendanceCount.CANCELLED:
                continue
            case unclassified:
                assert_never(unclassified)
    return run


class Severity(IntEnum):
    """How much a flag asks of the counselor; higher is more urgent."""

    INFO = 1  # worth knowing: nothing to do
    NOTICE = 2  # plan for it
    WARNING = 3  # act on it soon
    URGENT = 4  # the dose or the payer is at risk now


class Flag(StrEnum):
    """Why a participant needs the counselor's attention: label, severity and colour role."""

    label: str
    severity: Severity
    colour: ColourRole

    # fmt: off
    #             value          label               severity          colour
    SAFETY      = "safety",      "Safety follow-up", Severity.URGENT,  ColourRole.DANGER
    SHORT_HOURS = "short_hours", "Short on hours",   Severity.URGENT,  ColourRole.DANGER
    ABSENCES    = "absences",    "Absences",         Severity.URGENT,  ColourRole.DANGER
    ENDING_SOON = "ending_soon", "Ending soon",      Severity.NOTICE,  ColourRole.CAUTION
    PAST_END    = "past_end",    "Past planned end", Severity.WARNING, ColourRole.WARNING
    DRAFT_NOTE  = "draft_note",  "Draft to sign",    Severity.NOTICE,  ColourRole.TASK
    SUMMARY_DUE = "summary_due", "Summary due",      Severity.WARNING, ColourRole.DEADLINE
    MEASURE_OVERDUE = "measure_overdue", "Measure overdue", Severity.WARNING, ColourRole.WARNING
    MEASURE_DUE = "measure_due", "Measure due",      Severity.NOTICE,  ColourRole.TASK
    AUTH_RUNS_OUT = "authorization_runs_out", "Units run out early", Severity.URGENT, ColourRole.DEADLINE
    AUTH_LOW    = "authorization_low", "Units nearly used", Severity.WARNING, ColourRole.DEADLINE
    AUTH_ENDING = "authorization_ending", "Authorization ending", Severity.WARNING, ColourRole.DEADLINE
    REVIEW_DUE  = "review_due",  "Payer review due", Severity.NOTICE,  ColourRole.DEADLINE
    PLAN_DUE    = "plan_due",    "Treatment plan due", Severity.WARNING, ColourRole.DEADLINE
    PLAN_REVIEW_OVERDUE = "plan_review_overdue", "Plan review overdue", Severity.WARNING, ColourRole.WARNING
    PLAN_REVIEW_DUE = "plan_review_due", "Plan review due", Severity.NOTICE, ColourRole.TASK
    CORE_MODULE_MISSED = "core_module_missed", "Core module missed", Severity.WARNING, ColourRole.WARNING
    AGE_GROUP   = "age_group",   "Age group differs", Severity.NOTICE, ColourRole.CAUTION
    ON_LEAVE    = "on_leave",    "On leave",         Severity.INFO,    ColourRole.NEUTRAL
    # fmt: on

    # As for AttendanceStatus: the defaults only let Flag("absences") type-check.
    def __new__(
        cls,
        value: str,
        label: str = "",
        severity: Severity | None = None,
        colour: ColourRole | None = None,
    ) -> Flag:
        if not label or severity is None or colour is None:
            raise TypeError(f"flag {value!r}: give its label, severity and colour")
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.severity = severity
        member.colour = colour
        return member


#: The treatment plan's flags (their date is the Review's `plan_due`).
PLAN_FLAGS = frozenset({Flag.PLAN_DUE, Flag.PLAN_REVIEW_DUE, Flag.PLAN_REVIEW_OVERDUE})

ABSENCE_FLAG_RUN = 2
ENDING_SOON_DAYS = 7
DRAFT_STALE_AFTER = dt.timedelta(hours=24)


def last_completed_week(weeks: Sequence[WeekHours]) -> WeekHours | None:
    for week in reversed(weeks):
        if week.complete:
            return week
    return None


def participant_flags(
    *,
    active: bool,
    weeks: Sequence[WeekHours],
    consecutive_unexcused: int,
    projected_end: dt.date,
    draft_note_created: Iterable[dt.datetime],
    summary_pending: bool,
    on_leave_today: bool,
    today: dt.date,
    now: dt.datetime,
    safety_open: bool = False,
    measures_due: Iterable[DueMeasure] = (),
    authorization: Standing | None = None,
    plan: PlanDue | None = None,
    core_module_missed: bool = False,
    age_group_differs: bool = False,
) -> list[Flag]:
    """The attention flags, in the order the counselor reads them (a safety flag first)."""
    flags: list[Flag] = [Flag.SAFETY] if safety_open else []
    if active:
        completed = last_completed_week(weeks)
        if completed is not None and completed.short:
            flags.append(Flag.SHORT_HOURS)
        if consecutive_unexcused >= ABSENCE_FLAG_RUN:
            flags.append(Flag.ABSENCES)
        if projected_end < today:
            flags.append(Flag.PAST_END)
        elif (projected_end - today).days <= ENDING_SOON_DAYS:
            flags.append(Flag.ENDING_SOON)
        if on_leave_today:
            flags.append(Flag.ON_LEAVE)
    if any(now - created > DRAFT_STALE_AFTER for created in draft_note_created):
        flags.append(Flag.DRAFT_NOTE)
    if not active and summary_pending:
        flags.append(Flag.SUMMARY_DUE)
    if active:
        due = list(measures_due)
        if any(item.overdue for item in due):
            flags.append(Flag.MEASURE_OVERDUE)
        elif due:
            flags.append(Flag.MEASURE_DUE)
        if authorization is not None:
            if authorization.runs_out_before(projected_end):
                flags.append(Flag.AUTH_RUNS_OUT)
            if authorization.low:
                flags.append(Flag.AUTH_LOW)
            if authorization.ending:
                flags.append(Flag.AUTH_ENDING)
            if authorization.review_due:
                flags.append(Flag.REVIEW_DUE)
        if plan is not None and plan.showing:
            if plan.kind is DueKind.FIRST_PLAN:
                flags.append(Flag.PLAN_DUE)
            elif plan.overdue:
                flags.append(Flag.PLAN_REVIEW_OVERDUE)
            else:
                flags.append(Flag.PLAN_REVIEW_DUE)
    if active and core_module_missed:
        flags.append(Flag.CORE_MODULE_MISSED)
    if active and age_group_differs:
        flags.append(Flag.AGE_GROUP)
    return flags


#: The days after admission in which a change of diagnosis is still the admission diagnosis
#: (program week 1: the intake assessment, and the first treatment plan, fall in it).
ADMISSION_DIAGNOSIS_DAYS = 7


def admission_diagnoses_open(admission_date: dt.date, today: dt.date) -> bool:
    """Whether a change of diagnoses today still changes the diagnoses at admission: during
    program week 1. Later it is a change of diagnosis, and the admission's stay as they were."""
    return today < admission_date + dt.timedelta(days=ADMISSION_DIAGNOSIS_DAYS)


def summary_due_date(discharge_date: dt.date, due_days: int) -> dt.date:
    """The date the discharge summary is due (discharge + the clinic's days)."""
    return discharge_date + dt.timedelta(days=due_days)


def _in_week(week: WeekHours, session: AttendedSession) -> bool:
    return week.start <= session.date <= week.end


def cancelled_minutes(week: WeekHours, sessions: Sequence[AttendedSession]) -> int:
    """The length of every session of the program week that the program cancelled."""
    return sum(
        session.duration_minutes
        for session in sessions
        if _in_week(week, session) and session.status.counts is AttendanceCount.CANCELLED
    )


def missed_minutes(week: WeekHours, sessions: Sequence[AttendedSession]) -> int:
    """The minutes of the week's sessions held that the participant did not attend: whole
    sessions missed (excused or not) and the minutes missed by coming late or leaving early."""
    return sum(
        max(0, session.duration_minutes - session.minutes_attended)
        for session in sessions
        if _in_week(week, session) and session.status.counts is not AttendanceCount.CANCELLED
    )


def short_by_program(week: WeekHours, sessions: Sequence[AttendedSession]) -> bool:
    """A complete week below its minimum in which the participant attended every minute of
    every session held: the program's shortfall (its cancellations, or a schedule below the
    minimum), never printed as the participant's."""
    return week.complete and week.short and missed_minutes(week, sessions) == 0


def risk_window(last_day: dt.date, days: int = 30) -> tuple[dt.date, dt.date]:
    """The first and last day whose risk recorded as present the discharge summary prints
    prominently: the last day (the discharge date, or today before the discharge) and the
    `days` days before it."""
    return last_day - dt.timedelta(days=days), last_day


def on_leave_all_week(
    week: WeekHours, leaves: Sequence[Leave], discharge_date: dt.date | None = None
) -> bool:
    """Every day of the program week that counts (none after the discharge day) is on leave
    of absence: the week required nothing, so it is neither met nor short."""
    last = week.end if discharge_date is None else min(week.end, discharge_date)
    days = [week.start + offset * DAY for offset in range((last - week.start).days + 1)]
    return bool(days) and all(on_leave(leaves, day) for day in days)
