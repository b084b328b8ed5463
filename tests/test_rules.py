"""The program rules (domain/rules.py): pure functions, no database, microseconds each."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace

import pytest

from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.model import (
    AgeGroup,
    AttendanceCount,
    AttendanceStatus,
    AttendedSession,
    Leave,
    LevelChange,
    LevelOfCare,
    Program,
    ServiceType,
)
from counselor_desk.domain.rules import (
    Episode,
    Flag,
    Severity,
    WeekHours,
    attendance_summary,
    consecutive_unexcused_absences,
    default_minimum_hours,
    last_completed_week,
    level_on,
    minimum_hours,
    participant_flags,
    program_week,
    projected_end_date,
    summary_due_date,
    week_bounds,
    weekly_hours,
)

D = dt.date
ADMITTED = D(2026, 3, 2)  # a Monday
IOP_WEEK = 9 * 60
PHP_WEEK = 20 * 60

S = AttendanceStatus


def program(
    level: LevelOfCare = LevelOfCare.IOP,
    age: AgeGroup = AgeGroup.ADULT,
    own_minimum: float | None = None,
) -> Program:
    return Program(
        id=1,
        name="Adult IOP",
        level_of_care=level,
        age_group=age,
        planned_weeks=12,
        weekly_minimum_hours=own_minimum,
        substance_use=False,
    )


def mark(
    day: dt.date,
    status: AttendanceStatus = S.PRESENT,
    minutes: int | None = None,
    *,
    start: dt.time = dt.time(9, 0),
    length: int = 180,
) -> AttendedSession:
    if minutes is None:
        minutes = length if status is S.PRESENT else 0
    return AttendedSession(
        date=day,
        start_time=start,
        duration_minutes=length,
        service_type=ServiceType.GROUP,
        status=status,
        minutes_attended=minutes,
    )


def episode(
    admission: dt.date = ADMITTED,
    *,
    level: LevelOfCare = LevelOfCare.IOP,
    changes: tuple[LevelChange, ...] = (),
    leaves: tuple[Leave, ...] = (),
    discharge: dt.date | None = None,
    prog: Program | None = None,
) -> Episode:
    return Episode(
        admission_date=admission,
        admission_level=level,
        program=prog or program(level),
        level_changes=changes,
        leaves=leaves,
        discharge_date=discharge,
    )


# -- program week --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "week"), [(0, 1), (1, 1), (6, 1), (7, 2), (13, 2), (14, 3), (83, 12), (84, 13)]
)
def test_program_week_starts_on_admission_day(offset: int, week: int) -> None:
    assert program_week(ADMITTED, ADMITTED + dt.timedelta(days=offset)) == week


def test_program_week_before_admission_is_refused() -> None:
    with pytest.raises(ValueError, match="before the admission date"):
        program_week(ADMITTED, ADMITTED - dt.timedelta(days=1))


def test_week_bounds_cover_seven_days_from_admission() -> None:
    assert week_bounds(ADMITTED, 1) == (D(2026, 3, 2), D(2026, 3, 8))
    assert week_bounds(ADMITTED, 2) == (D(2026, 3, 9), D(2026, 3, 15))
    assert week_bounds(D(2026, 3, 5), 3) == (D(2026, 3, 19), D(2026, 3, 25))
    with pytest.raises(ValueError):
        week_bounds(ADMITTED, 0)


def test_every_day_lies_inside_the_bounds_of_its_own_week() -> None:
    for offset in range(200):
        day = ADMITTED + dt.timedelta(days=offset)
        first, last = week_bounds(ADMITTED, program_week(ADMITTED, day))
        assert first <= day <= last
        assert (last - first).days == 6


# -- projected end date --------------------------------------------------------------------


def test_projected_end_is_admission_plus_planned_weeks() -> None:
    assert projected_end_date(ADMITTED, 12) == D(2026, 5, 25)
    assert projected_end_date(ADMITTED, 1) == D(2026, 3, 9)


def test_a_leave_moves_the_end_by_its_length() -> None:
    week_off = Leave(D(2026, 3, 10), D(2026, 3, 16))  # 7 days
    assert projected_end_date(ADMITTED, 12, [week_off]) == D(2026, 6, 1)


def test_a_leave_across_a_week_boundary_counts_every_day() -> None:
    # Friday of week 1 to Tuesday of week 2: 5 days.
    leave = Leave(D(2026, 3, 6), D(2026, 3, 10))
    assert leave.days == 5
    assert projected_end_date(ADMITTED, 12, [leave]) == D(2026, 5, 30)


def test_a_leave_after_the_end_does_not_move_it() -> None:
    later = Leave(D(2026, 6, 1), D(2026, 6, 5))
    starting_on_end = Leave(D(2026, 5, 25), D(2026, 5, 27))
    assert projected_end_date(ADMITTED, 12, [later]) == D(2026, 5, 25)
    assert projected_end_date(ADMITTED, 12, [starting_on_end]) == D(2026, 5, 25)


def test_a_leave_ending_on_the_last_program_day_moves_the_end() -> None:
    last_day = Leave(D(2026, 5, 24), D(2026, 5, 24))
    assert projected_end_date(ADMITTED, 12, [last_day]) == D(2026, 5, 26)


def test_first_leave_pushes_second_into_range() -> None:
    # Two planned weeks end on 16 March. The first leave (7 days) moves the end to 23
    # March, so the second (18-19 March, after the original end) now counts: 25 March.
    first = Leave(D(2026, 3, 10), D(2026, 3, 16))
    second = Leave(D(2026, 3, 18), D(2026, 3, 19))
    assert projected_end_date(ADMITTED, 2, [first]) == D(2026, 3, 23)
    assert projected_end_date(ADMITTED, 2, [second]) == D(2026, 3, 16)
    assert projected_end_date(ADMITTED, 2, [second, first]) == D(2026, 3, 25)


def test_a_leave_begun_before_admission_counts_from_admission_only() -> None:
    straddling = Leave(D(2026, 2, 27), D(2026, 3, 3))  # 2 days from admission on
    before = Leave(D(2026, 2, 20), D(2026, 2, 25))
    assert projected_end_date(ADMITTED, 12, [straddling]) == D(2026, 5, 27)
    assert projected_end_date(ADMITTED, 12, [before]) == D(2026, 5, 25)


# -- minimum hours -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "age", "hours"),
    [
        (LevelOfCare.IOP, AgeGroup.ADULT, 9.0),
        (LevelOfCare.IOP, AgeGroup.ADOLESCENT, 6.0),
        (LevelOfCare.PHP, AgeGroup.ADULT, 20.0),
        (LevelOfCare.PHP, AgeGroup.ADOLESCENT, 20.0),
        (LevelOfCare.OP, AgeGroup.ADULT, None),
        (LevelOfCare.OP, AgeGroup.ADOLESCENT, None),
    ],
)
def test_default_minimum_by_level_and_age(
    level: LevelOfCare, age: AgeGroup, hours: float | None
) -> None:
    assert default_minimum_hours(level, age) == hours


def test_a_programs_own_minimum_applies_at_its_level_only() -> None:
    own = program(LevelOfCare.IOP, AgeGroup.ADULT, own_minimum=12.0)
    assert minimum_hours(LevelOfCare.IOP, own) == 12.0
    assert minimum_hours(LevelOfCare.PHP, own) == 20.0  # stepped up: the level's default
    assert minimum_hours(LevelOfCare.OP, own) is None
    teens = program(LevelOfCare.IOP, AgeGroup.ADOLESCENT)
    assert minimum_hours(LevelOfCare.IOP, teens) == 6.0


def test_a_program_minimum_of_zero_is_kept_not_replaced_by_the_default() -> None:
    assert minimum_hours(LevelOfCare.IOP, program(own_minimum=0.0)) == 0.0


def test_level_on_follows_the_dated_changes() -> None:
    changes = [
        LevelChange(D(2026, 4, 6), LevelOfCare.OP),
        LevelChange(D(2026, 3, 16), LevelOfCare.PHP),
    ]
    assert level_on(LevelOfCare.IOP, changes, D(2026, 3, 15)) == LevelOfCare.IOP
    assert level_on(LevelOfCare.IOP, changes, D(2026, 3, 16)) == LevelOfCare.PHP
    assert level_on(LevelOfCare.IOP, changes, D(2026, 4, 5)) == LevelOfCare.PHP
    assert level_on(LevelOfCare.IOP, changes, D(2026, 4, 6)) == LevelOfCare.OP


# -- weekly hours --------------------------------------------------------------------------


def test_a_session_on_admission_day_counts_in_week_one() -> None:
    sessions = [mark(D(2026, 3, 2)), mark(D(2026, 3, 4)), mark(D(2026, 3, 6))]
    weeks = weekly_hours(episode(), sessions, today=D(2026, 3, 9))
    assert [w.week for w in weeks] == [1, 2]
    first = weeks[0]
    assert (first.start, first.end) == (D(2026, 3, 2), D(2026, 3, 8))
    assert first.minutes_attended == 540 and first.hours == 9.0
    assert first.minimum_minutes == IOP_WEEK and first.minimum_hours == 9.0
    assert first.complete and not first.short


def test_day_six_is_week_one_and_day_seven_week_two() -> None:
    sessions = [
        mark(D(2026, 3, 8), length=60, minutes=60),
        mark(D(2026, 3, 9), length=90, minutes=90),
    ]
    weeks = weekly_hours(episode(), sessions, today=D(2026, 3, 16))
    assert [w.minutes_attended for w in weeks] == [60, 90, 0]


def test_sessions_before_admission_or_in_the_future_are_not_counted() -> None:
    sessions = [mark(D(2026, 3, 1)), mark(D(2026, 3, 3)), mark(D(2026, 3, 12))]
    weeks = weekly_hours(episode(), sessions, today=D(2026, 3, 10))
    assert [w.minutes_attended for w in weeks] == [180, 0]


def test_nothing_before_admission() -> None:
    assert weekly_hours(episode(), [], today=D(2026, 3, 1)) == []


def test_leap_day_is_one_of_the_seven_days_of_its_week() -> None:
    # Admitted Saturday 26 Feb 2028: week 1 is 26, 27, 28, 29 Feb, 1, 2, 3 Mar.
    admitted = D(2028, 2, 26)
    assert week_bounds(admitted, 1) == (D(2028, 2, 26), D(2028, 3, 3))
    assert program_week(admitted, D(2028, 2, 29)) == 1
    assert program_week(admitted, D(2028, 3, 4)) == 2
    assert week_bounds(D(2027, 2, 26), 1)[1] == D(2027, 3, 4)  # no leap day: ends a day later
    sessions = [
        mark(D(2028, 2, 28)),
        mark(D(2028, 2, 29)),
        mark(D(2028, 3, 3)),
        mark(D(2028, 3, 4)),
    ]
    weeks = weekly_hours(episode(admitted), sessions, today=D(2028, 3, 10))
    assert [w.minutes_attended for w in weeks] == [540, 180]
    assert [w.minimum_minutes for w in weeks] == [IOP_WEEK, IOP_WEEK]
    assert projected_end_date(admitted, 1) == D(2028, 3, 4)


@pytest.mark.parametrize(
    ("zone", "admitted", "change_day", "wall_hours"),
    [
        ("America/New_York", D(2026, 3, 5), D(2026, 3, 8), 167),  # clocks spring forward
        ("Europe/Berlin", D(2026, 3, 26), D(2026, 3, 29), 167),
        ("America/New_York", D(2026, 10, 29), D(2026, 11, 1), 169),  # clocks fall back
        ("Europe/Berlin", D(2026, 10, 22), D(2026, 10, 25), 169),
    ],
)
def test_a_daylight_saving_week_is_still_seven_calendar_days(
    zone: str, admitted: dt.date, change_day: dt.date, wall_hours: int
) -> None:
    tz = zoneinfo.ZoneInfo(zone)
    start, end = week_bounds(admitted, 1)
    assert start <= change_day <= end
    # In that place the week really lasts 167 or 169 hours of wall time ...
    first_midnight = dt.datetime.combine(start, dt.time(0), tz)
    next_midnight = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(0), tz)
    elapsed = next_midnight.astimezone(dt.UTC) - first_midnight.astimezone(dt.UTC)
    assert elapsed == dt.timedelta(hours=wall_hours)
    # ... but the rules work on calendar dates: 7 days, the full 9-hour minimum, and a
    # session on the changeover Sunday counts like any other.
    assert (end - start).days + 1 == 7
    assert [program_week(admitted, start + dt.timedelta(days=n)) for n in range(8)] == [1] * 7 + [2]
    sessions = [mark(change_day), mark(change_day + dt.timedelta(days=1))]
    week = weekly_hours(episode(admitted), sessions, today=end + dt.timedelta(days=1))[0]
    assert week.minutes_attended == 360
    assert week.minimum_minutes == IOP_WEEK


def test_a_step_down_mid_week_prorates_the_minimum_by_days() -> None:
    # Week 2 runs Mon 9 - Sun 15 March; OP from Thursday 12: 3 IOP days carry 3/7 of 540.
    changes = (LevelChange(D(2026, 3, 12), LevelOfCare.OP),)
    ep = episode(changes=changes)
    assert ep.week_minimum_minutes(1) == IOP_WEEK
    assert ep.week_minimum_minutes(2) == round(540 * 3 / 7) == 231
    assert ep.week_minimum_minutes(3) is None  # a whole week at OP: no minimum
    weeks = weekly_hours(ep, [mark(D(2026, 3, 9), minutes=180)], today=D(2026, 3, 22))
    assert [w.minimum_minutes for w in weeks] == [540, 231, None]
    assert not weeks[2].short


def test_a_step_up_mid_week_mixes_both_minimums() -> None:
    changes = (LevelChange(D(2026, 3, 12), LevelOfCare.PHP),)
    ep = episode(changes=changes)
    # 3 days of 9 h/7 and 4 days of 20 h/7: (3 * 540 + 4 * 1200) / 7 = 917.14
    assert ep.week_minimum_minutes(2) == 917
    assert ep.week_minimum_minutes(3) == PHP_WEEK


def test_a_leave_inside_a_week_prorates_the_minimum() -> None:
    # Leave Wed 11 - Fri 13 March: 4 of week 2's 7 days count.
    ep = episode(leaves=(Leave(D(2026, 3, 11), D(2026, 3, 13)),))
    assert ep.week_minimum_minutes(2) == round(540 * 4 / 7) == 309
    assert ep.week_minimum_minutes(1) == IOP_WEEK
    whole = episode(leaves=(Leave(D(2026, 3, 9), D(2026, 3, 15)),))
    assert whole.week_minimum_minutes(2) == 0
    week = weekly_hours(whole, [], today=D(2026, 3, 16))[1]
    assert week.complete and not week.short


def test_cancelled_sessions_count_for_no_one_and_against_no_one() -> None:
    sessions = [
        mark(D(2026, 3, 2)),
        mark(D(2026, 3, 4), S.CANCELLED, minutes=180),  # even with minutes, never counted
        mark(D(2026, 3, 6)),
    ]
    week = weekly_hours(episode(), sessions, today=D(2026, 3, 9))[0]
    assert week.minutes_attended == 360
    summary = attendance_summary(sessions)
    assert (summary.attended, summary.cancelled, summary.expected) == (2, 1, 2)
    assert summary.rate == 1.0


def test_discharge_mid_week_completes_the_week_with_a_prorated_minimum() -> None:
    # Discharged Wed 11 March (week 2): Mon, Tue, Wed count: 3/7 of 540.
    ep = episode(discharge=D(2026, 3, 11))
    sessions = [mark(D(2026, 3, 9)), mark(D(2026, 3, 11)), mark(D(2026, 3, 13))]
    for today in (D(2026, 3, 11), D(2026, 4, 20)):
        weeks = weekly_hours(ep, sessions, today=today)
        assert [w.week for w in weeks] == [1, 2]
        assert weeks[1].complete
        assert weeks[1].minutes_attended == 360  # the Friday after discharge is not counted
        assert weeks[1].minimum_minutes == 231
        assert not weeks[1].short


def test_the_week_in_progress_shows_what_is_still_reachable() -> None:
    # Today is Wednesday 11 March; Monday's group attended; Wed and Fri still ahead.
    attended = [mark(D(2026, 3, 9))]
    ahead = [(D(2026, 3, 11), 180), (D(2026, 3, 13), 180)]
    week = weekly_hours(episode(), attended, D(2026, 3, 11), ahead)[-1]
    assert not week.complete
    assert week.minutes_attended == 180
    assert week.reachable_minutes == 540
    assert not week.short
    # Only Friday left: 180 + 180 = 360 < 540: the minimum can no longer be reached.
    week = weekly_hours(episode(), attended, D(2026, 3, 11), ahead[1:])[-1]
    assert week.reachable_minutes == 360 and week.short
    # Sessions of other weeks or already past do not make anything reachable.
    stray = [(D(2026, 3, 10), 180), (D(2026, 3, 16), 180)]
    week = weekly_hours(episode(), attended, D(2026, 3, 11), stray)[-1]
    assert week.reachable_minutes == 180


def test_the_last_day_of_a_week_is_still_in_progress() -> None:
    weeks = weekly_hours(episode(), [], today=D(2026, 3, 8))
    assert len(weeks) == 1 and not weeks[0].complete
    assert last_completed_week(weeks) is None
    weeks = weekly_hours(episode(), [], today=D(2026, 3, 9))
    assert weeks[0].complete and weeks[0].short
    assert last_completed_week(weeks) == weeks[0]


# -- attendance ----------------------------------------------------------------------------


def test_attendance_rate_counts_late_and_left_early_as_attended() -> None:
    sessions = [
        mark(D(2026, 3, 2), S.PRESENT),
        mark(D(2026, 3, 3), S.LATE, 150),
        mark(D(2026, 3, 4), S.LEFT_EARLY, 120),
        mark(D(2026, 3, 5), S.EXCUSED),
        mark(D(2026, 3, 6), S.UNEXCUSED),
        mark(D(2026, 3, 9), S.CANCELLED),
    ]
    summary = attendance_summary(sessions)
    assert (summary.attended, summary.excused, summary.unexcused, summary.cancelled) == (3, 1, 1, 1)
    assert summary.expected == 5
    assert summary.rate == pytest.approx(0.6)


def test_attendance_rate_is_none_with_nothing_expected() -> None:
    assert attendance_summary([]).rate is None
    assert attendance_summary([mark(D(2026, 3, 2), S.CANCELLED)]).rate is None
    assert attendance_summary([mark(D(2026, 3, 2), S.EXCUSED)]).rate == 0.0


def test_consecutive_unexcused_skips_excused_and_cancelled() -> None:
    sessions = [
        mark(D(2026, 3, 2), S.PRESENT),
        mark(D(2026, 3, 4), S.UNEXCUSED),
        mark(D(2026, 3, 6), S.EXCUSED),
        mark(D(2026, 3, 9), S.CANCELLED),
        mark(D(2026, 3, 11), S.UNEXCUSED),
        mark(D(2026, 3, 13), S.EXCUSED),
    ]
    assert consecutive_unexcused_absences(sessions) == 2
    # Excused and cancelled marks alone make no run.
    assert consecutive_unexcused_absences(sessions[2:4]) == 0


@pytest.mark.parametrize("attended", [S.PRESENT, S.LATE, S.LEFT_EARLY])
def test_an_attended_session_breaks_the_run(attended: AttendanceStatus) -> None:
    sessions = [
        mark(D(2026, 3, 2), S.UNEXCUSED),
        mark(D(2026, 3, 4), S.UNEXCUSED),
        mark(D(2026, 3, 6), attended, 100),
        mark(D(2026, 3, 9), S.UNEXCUSED),
    ]
    assert consecutive_unexcused_absences(sessions) == 1
    assert consecutive_unexcused_absences(sessions[:3]) == 0


def test_the_run_reads_sessions_in_date_and_time_order_whatever_the_input_order() -> None:
    morning_absent = mark(D(2026, 3, 4), S.UNEXCUSED, start=dt.time(9, 0))
    afternoon_present = mark(D(2026, 3, 4), S.PRESENT, start=dt.time(14, 0))
    earlier = mark(D(2026, 3, 2), S.UNEXCUSED)
    assert consecutive_unexcused_absences([afternoon_present, earlier, morning_absent]) == 0
    assert consecutive_unexcused_absences([morning_absent, earlier]) == 2


# -- flags ---------------------------------------------------------------------------------

TODAY = D(2026, 3, 16)
NOW = dt.datetime(2026, 3, 16, 16, 0)


def week(
    number: int, minutes: int, minimum: int | None, complete: bool, reachable: int | None = None
) -> WeekHours:
    start, end = week_bounds(ADMITTED, number)
    return WeekHours(number, start, end, minutes, minimum, complete, reachable)


def flags(**changes: object) -> list[Flag]:
    arguments: dict[str, object] = {
        "active": True,
        "weeks": [week(1, 540, 540, True), week(2, 540, 540, True), week(3, 0, 540, False, 540)],
        "consecutive_unexcused": 0,
        "projected_end": D(2026, 5, 25),
        "draft_note_created": [],
        "summary_pending": False,
        "on_leave_today": False,
        "today": TODAY,
        "now": NOW,
    }
    arguments.update(changes)
    return participant_flags(**arguments)  # type: ignore[arg-type]


def test_no_flags_for_a_participant_on_track() -> None:
    assert flags() == []


def test_short_hours_looks_at_the_last_completed_week() -> None:
    short_last = [week(1, 540, 540, True), week(2, 539, 540, True), week(3, 0, 540, False, 540)]
    assert flags(weeks=short_last) == [Flag.SHORT_HOURS]
    # A short week earlier on, then a full one: no flag now.
    recovered = [week(1, 100, 540, True), week(2, 540, 540, True)]
    assert flags(weeks=recovered) == []
    # The week in progress cannot reach the minimum any more, but it is not over yet.
    in_progress = [week(1, 540, 540, True), week(2, 0, 540, False, 180)]
    assert flags(weeks=in_progress) == []
    # OP has no minimum: never short.
    assert flags(weeks=[week(1, 0, None, True)]) == []
    # Nothing completed yet.
    assert flags(weeks=[week(1, 0, 540, False, 0)]) == []


def test_two_consecutive_unexcused_absences_flag() -> None:
    assert flags(consecutive_unexcused=1) == []
    assert flags(consecutive_unexcused=2) == [Flag.ABSENCES]
    assert flags(consecutive_unexcused=5) == [Flag.ABSENCES]


@pytest.mark.parametrize(
    ("days_left", "expected"),
    [
        (8, []),
        (7, [Flag.ENDING_SOON]),
        (1, [Flag.ENDING_SOON]),
        (0, [Flag.ENDING_SOON]),
        (-1, [Flag.PAST_END]),
        (-30, [Flag.PAST_END]),
    ],
)
def test_ending_soon_within_seven_days_then_past_end(days_left: int, expected: list[Flag]) -> None:
    assert flags(projected_end=TODAY + dt.timedelta(days=days_left)) == expected


def test_a_draft_older_than_24_hours_flags() -> None:
    assert flags(draft_note_created=[NOW - dt.timedelta(hours=24)]) == []
    assert flags(draft_note_created=[NOW - dt.timedelta(hours=24, seconds=1)]) == [Flag.DRAFT_NOTE]
    mixed = [NOW - dt.timedelta(hours=1), NOW - dt.timedelta(days=3)]
    assert flags(draft_note_created=mixed) == [Flag.DRAFT_NOTE]


def test_summary_due_only_after_a_recorded_discharge() -> None:
    assert flags(summary_pending=True) == []  # still active: no summary yet
    discharged = flags(
        active=False,
        summary_pending=True,
        consecutive_unexcused=4,
        projected_end=TODAY - dt.timedelta(days=10),
        weeks=[week(1, 0, 540, True)],
        on_leave_today=True,
    )
    assert discharged == [Flag.SUMMARY_DUE]  # nothing about hours, absences or dates any more
    assert flags(active=False, summary_pending=False) == []


def test_a_discharged_participants_old_draft_still_flags() -> None:
    old = [NOW - dt.timedelta(days=2)]
    assert flags(active=False, summary_pending=True, draft_note_created=old) == [
        Flag.DRAFT_NOTE,
        Flag.SUMMARY_DUE,
    ]


def test_on_leave_flag_and_the_order_flags_are_read_in() -> None:
    assert flags(on_leave_today=True) == [Flag.ON_LEAVE]
    everything = flags(
        weeks=[week(1, 0, 540, True)],
        consecutive_unexcused=3,
        projected_end=TODAY,
        draft_note_created=[NOW - dt.timedelta(days=2)],
        on_leave_today=True,
    )
    assert everything == [
        Flag.SHORT_HOURS,
        Flag.ABSENCES,
        Flag.ENDING_SOON,
        Flag.ON_LEAVE,
        Flag.DRAFT_NOTE,
    ]
    assert everything[0].label == "Short on hours"


def test_summary_due_date_adds_the_clinics_days() -> None:
    assert summary_due_date(D(2026, 3, 20), 14) == D(2026, 4, 3)
    assert summary_due_date(D(2026, 2, 20), 30) == D(2026, 3, 22)


def test_a_half_minute_minimum_rounds_the_same_in_every_kind_of_week() -> None:
    # 8.825 h = 529.5 min. A week with a change there and back (IOP -> PHP -> IOP on the
    # same Tuesday) still has every day at IOP, so it must equal a plain week.
    own = program(own_minimum=8.825)
    there_and_back = (
        LevelChange(D(2026, 3, 10), LevelOfCare.PHP, id=1),
        LevelChange(D(2026, 3, 10), LevelOfCare.IOP, id=2),
    )
    ep = episode(prog=own, changes=there_and_back)
    assert level_on(LevelOfCare.IOP, there_and_back, D(2026, 3, 10)) is LevelOfCare.IOP
    assert ep.week_minimum_minutes(1) == ep.week_minimum_minutes(2) == round(529.5) == 530


# -- every status and flag says what it is --------------------------------------------------


@pytest.mark.parametrize("status", list(S))
def test_every_status_is_classified_and_counted_where_it_says(status: AttendanceStatus) -> None:
    assert isinstance(status.counts, AttendanceCount)
    assert status.label and status.label != status.value
    assert isinstance(status.colour, ColourRole)
    one = mark(D(2026, 3, 2), status, 90 if status.attended else 0)
    summary = attendance_summary([one])
    counted = {
        AttendanceCount.ATTENDED: summary.attended,
        AttendanceCount.EXCUSED: summary.excused,
        AttendanceCount.UNEXCUSED: summary.unexcused,
        AttendanceCount.CANCELLED: summary.cancelled,
    }
    assert counted == {count: int(count is status.counts) for count in AttendanceCount}
    assert consecutive_unexcused_absences([one]) == int(status.counts is AttendanceCount.UNEXCUSED)


def test_how_each_status_counts_and_which_ask_for_minutes() -> None:
    assert {s for s in S if s.counts is AttendanceCount.ATTENDED} == {
        S.PRESENT,
        S.LATE,
        S.LEFT_EARLY,
    }
    assert S.EXCUSED.counts is AttendanceCount.EXCUSED
    assert S.UNEXCUSED.counts is AttendanceCount.UNEXCUSED
    assert S.CANCELLED.counts is AttendanceCount.CANCELLED
    assert {s for s in S if s.asks_minutes} == {S.LATE, S.LEFT_EARLY}
    assert [s.default_minutes(180) for s in S] == [180, 180, 180, 0, 0, 0]


def test_roll_call_keys_are_one_letter_each_and_leave_t_for_telehealth() -> None:
    keys = [s.key for s in S]
    assert len(set(keys)) == len(keys)
    assert all(len(key) == 1 and key.isalpha() and key.isupper() for key in keys)
    assert "T" not in keys


def test_a_status_that_does_not_say_how_it_counts_is_refused() -> None:
    class Unclassified:
        counts = "on_hold"
        attended = False

    stray = replace(mark(D(2026, 3, 2)), status=Unclassified())  # type: ignore[arg-type]
    with pytest.raises(AssertionError):
        attendance_summary([stray])
    with pytest.raises(AssertionError):
        consecutive_unexcused_absences([stray])


@pytest.mark.parametrize("flag", list(Flag))
def test_every_flag_has_a_label_a_severity_and_a_colour_role(flag: Flag) -> None:
    assert flag.label and flag.label != flag.value
    assert isinstance(flag.severity, Severity)
    assert isinstance(flag.colour, ColourRole)


def test_safety_the_dose_and_the_payer_running_out_are_the_most_urgent() -> None:
    most = max(flag.severity for flag in Flag)
    assert {flag for flag in Flag if flag.severity is most} == {
        Flag.SAFETY,
        Flag.SHORT_HOURS,
        Flag.ABSENCES,
        Flag.AUTH_RUNS_OUT,
    }
    assert Flag.MEASURE_OVERDUE.severity > Flag.MEASURE_DUE.severity
    assert Flag.PAST_END.severity > Flag.ENDING_SOON.severity
    assert Flag.PAST_END.colour is not Flag.SUMMARY_DUE.colour
