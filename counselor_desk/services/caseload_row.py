"""One participant's line of the caseload, as the caseload view and `caseload` show it."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, NamedTuple

from counselor_desk.domain.model import display_name
from counselor_desk.domain.rules import AttendanceSummary, Flag, WeekHours

if TYPE_CHECKING:
    from counselor_desk.services.caseload import Review


class CaseloadRow(NamedTuple):
    """One participant's line of the caseload: plain values, formatted where shown; dates are
    ISO text. Between `participant_id` and `phq9_change` is what is kept as JSON for a
    discharged participant (`shown`); the fields after it are empty for them."""

    sort_key: str  # Participant.sort_text
    search_text: str  # Participant.search_text
    participant_id: int
    chart_number: str
    first_name: str
    last_name: str
    preferred_name: str
    status: str
    planned_weeks: int
    program: str
    level: str
    program_week: int | None  # None before admission
    week: int | None  # the program week of the hours shown (None: no week yet)
    week_start: str | None
    week_end: str | None
    week_minutes: int | None
    week_minimum: int | None  # None: the level has no minimum
    reachable_minutes: int | None  # for a week in progress: attended + still to come
    week_complete: int
    attended: int
    excused: int
    unexcused: int
    cancelled: int
    run: int  # consecutive unexcused absences
    projected_end: str
    latest_phq9: int | None
    phq9_change: int | None  # from the baseline; None with one score
    flags: tuple[Flag, ...] = ()
    authorization_left: float | None = None
    authorization_end: str | None = None
    missed_core_modules: int = 0
    plan_review_due: str | None = None

    @classmethod
    def of(cls, review: Review) -> CaseloadRow:
        """The line of a review (services/caseload.py)."""
        participant, week = review.participant, review.this_week
        plan_review = review.plan_review_due
        standing = review.authorization
        return cls(
            sort_key=participant.sort_text,
            search_text=participant.search_text,
            participant_id=participant.id,
            chart_number=participant.chart_number,
            first_name=participant.first_name,
            last_name=participant.last_name,
            preferred_name=participant.preferred_name,
            status=participant.status.value,
            planned_weeks=participant.planned_weeks,
            program=review.program.name,
            level=review.level_of_care.value,
            program_week=review.program_week,
            week=None if week is None else week.week,
            week_start=None if week is None else week.start.isoformat(),
            week_end=None if week is None else week.end.isoformat(),
            week_minutes=None if week is None else week.minutes_attended,
            week_minimum=None if week is None else week.minimum_minutes,
            reachable_minutes=None if week is None else week.reachable_minutes,
            week_complete=int(week is not None and week.complete),
            attended=review.attendance.attended,
            excused=review.attendance.excused,
            unexcused=review.attendance.unexcused,
            cancelled=review.attendance.cancelled,
            run=review.consecutive_unexcused,
            projected_end=review.projected_end.isoformat(),
            latest_phq9=review.latest_phq9,
            phq9_change=review.phq9_change,
            flags=review.flags,
            authorization_left=None if standing is None else standing.left,
            authorization_end=None
            if standing is None
            else standing.authorization.end_date.isoformat(),
            missed_core_modules=review.missed_core_modules,
            plan_review_due=None if plan_review is None else plan_review.isoformat(),
        )

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.preferred_name)

    @property
    def this_week(self) -> WeekHours | None:
        """The week whose hours the row shows (the current one, or the last)."""
        if self.week is None or self.week_start is None or self.week_end is None:
            return None
        return WeekHours(
            week=self.week,
            start=dt.date.fromisoformat(self.week_start),
            end=dt.date.fromisoformat(self.week_end),
            minutes_attended=self.week_minutes or 0,
            minimum_minutes=self.week_minimum,
            complete=bool(self.week_complete),
            reachable_minutes=self.reachable_minutes,
        )

    @property
    def attendance(self) -> AttendanceSummary:
        return AttendanceSummary(self.attended, self.excused, self.unexcused, self.cancelled)

    @property
    def hours_this_week(self) -> float:
        return 0.0 if self.week_minutes is None else round(self.week_minutes / 60, 2)

    @property
    def minimum_hours(self) -> float | None:
        return None if self.week_minimum is None else round(self.week_minimum / 60, 2)

    @property
    def reachable_hours(self) -> float | None:
        return None if self.reachable_minutes is None else round(self.reachable_minutes / 60, 2)

    @property
    def safety_flag(self) -> bool:
        return Flag.SAFETY in self.flags

    def as_json(self) -> dict[str, object]:
        """The `caseload --json` object: exactly the documented keys."""
        rate = self.attendance.rate
        return {
            "chart_number": self.chart_number,
            "name": self.display_name,
            "program": self.program,
            "level_of_care": self.level,
            "program_week": self.program_week,
            "planned_weeks": self.planned_weeks,
            "hours_this_week": self.hours_this_week,
            "minimum_hours": self.minimum_hours,
            "attendance_rate": None if rate is None else round(rate, 4),
            "consecutive_unexcused_absences": self.run,
            "projected_end_date": self.projected_end,
            "status": self.status,
            "flags": [flag.value for flag in self.flags],
            "latest_phq9": self.latest_phq9,
            "phq9_change_from_baseline": self.phq9_change,
            "safety_flag": self.safety_flag,
            "authorization_units_left": self.authorization_left,
            "authorization_end_date": self.authorization_end,
            "missed_core_modules": self.missed_core_modules,
            "plan_review_due": self.plan_review_due,
        }

    def shown(self) -> str:
        """What is kept of the line for a discharged participant (`from_kept` reads it)."""
        return json.dumps(self[_SHOWN], ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_kept(cls, sort_key: str, search_text: str, shown: str) -> CaseloadRow | None:
        """A kept line: a discharged participant with no flag (caseload_list.rows), so no
        authorization, core module or plan review either (the fields' defaults). None when
        what is kept is not a line this app wrote (changed outside it): work it out again."""
        try:
            values = json.loads(shown)
        except ValueError:
            return None
        if not isinstance(values, list) or len(values) != len(_SHOWN_TYPES):
            return None
        for value, kinds in zip(values, _SHOWN_TYPES, strict=True):
            if not isinstance(value, kinds) or (isinstance(value, bool) and int in kinds):
                return None
        line = cls(sort_key, search_text, *values)
        try:
            for day in (line.week_start, line.week_end, line.projected_end):
                if day is not None:
                    dt.date.fromisoformat(day)
        except ValueError:
            return None
        return line


_SHOWN = slice(CaseloadRow._fields.index("participant_id"), CaseloadRow._fields.index("flags"))
_OPTIONAL_INT = (int, type(None))
_OPTIONAL_STR = (str, type(None))
#: The JSON types of the kept fields, in their order (`shown`).
_SHOWN_TYPES: tuple[tuple[type, ...], ...] = (
    (int,),  # participant_id
    (str,),  # chart_number
    (str,),  # first_name
    (str,),  # last_name
    (str,),  # preferred_name
    (str,),  # status
    (int,),  # planned_weeks
    (str,),  # program
    (str,),  # level
    _OPTIONAL_INT,  # program_week
    _OPTIONAL_INT,  # week
    _OPTIONAL_STR,  # week_start
    _OPTIONAL_STR,  # week_end
    _OPTIONAL_INT,  # week_minutes
    _OPTIONAL_INT,  # week_minimum
    _OPTIONAL_INT,  # reachable_minutes
    (int,),  # week_complete
    (int,),  # attended
    (int,),  # excused
    (int,),  # unexcused
    (int,),  # cancelled
    (int,),  # run
    (str,),  # projected_end
    _OPTIONAL_INT,  # latest_phq9
    _OPTIONAL_INT,  # phq9_change
)
assert len(_SHOWN_TYPES) == _SHOWN.stop - _SHOWN.start
