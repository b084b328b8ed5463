"""Payer authorizations: units of a level of care for a period, used as the person attends.

A unit is used when the participant attends (present, late or left early; not an absence,
not a session the program cancelled), on a day inside the authorization's period:
- **days**: each calendar day with at least one attended session counts once (two groups on
  one day are one day);
- **sessions**: each attended session counts;
- **hours**: the minutes attended, in hours (two decimals).

The burn-down reads the pace so far: units used per day of the period elapsed (from its start
to today, or its end if earlier). The day units run out at that pace is today plus the units
left over the pace, rounded down to whole days; none while nothing is used. Flags, for an
active participant, on the authorization covering today (else the latest one begun):
- units left 3 or fewer (for hours: 3 hours or fewer);
- the end date within 7 days;
- units running out before the projected end of the program (and before the authorization's
  own end);
- the concurrent review due: its next review date is within 2 days or past.
Attendance on a day no authorization covers is pointed out (when the participant has any).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence

from counselor_desk.domain.labelled import Labelled
from counselor_desk.domain.model import AttendedSession, LevelOfCare
from counselor_desk.domain.record import record

LOW_UNITS = 3
ENDING_DAYS = 7
REVIEW_DUE_DAYS = 2
UNITS_MAX = 10_000


class Unit(Labelled):
    """What an authorization counts."""

    DAYS = "days", "days"
    SESSIONS = "sessions", "sessions"
    HOURS = "hours", "hours"


@record
class Authorization:
    participant_id: int
    payer: str
    level_of_care: LevelOfCare
    start_date: dt.date
    end_date: dt.date
    unit: Unit
    units_authorized: float
    number: str = ""  # the payer's authorization number
    next_review: dt.date | None = None
    id: int = 0

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date


def _attended(marks: Iterable[AttendedSession]) -> list[AttendedSession]:
    return [m for m in marks if m.status.attended and m.minutes_attended > 0]


def units_used(authorization: Authorization, marks: Iterable[AttendedSession]) -> float:
    """The units of `authorization` the participant's attendance has used."""
    inside = [m for m in _attended(marks) if authorization.covers(m.date)]
    if authorization.unit is Unit.DAYS:
        return float(len({m.date for m in inside}))
    if authorization.unit is Unit.SESSIONS:
        return float(len(inside))
    return round(sum(m.minutes_attended for m in inside) / 60, 2)


@record
class Standing:
    """An authorization's burn-down on a date."""

    authorization: Authorization
    used: float
    runs_out_on: dt.date | None  # at the pace so far; None while nothing is used
    today: dt.date

    @property
    def left(self) -> float:
        return round(self.authorization.units_authorized - self.used, 2)

    @property
    def low(self) -> bool:
        return self.left <= LOW_UNITS

    @property
    def ending(self) -> bool:
        return 0 <= (self.authorization.end_date - self.today).days <= ENDING_DAYS

    @property
    def review_due(self) -> bool:
        review = self.authorization.next_review
        return review is not None and (review - self.today).days <= REVIEW_DUE_DAYS

    def runs_out_before(self, projected_end: dt.date) -> bool:
        """Units run out (at the pace so far) before the program's projected end and before
        the authorization's own end."""
        out = self.runs_out_on
        return out is not None and out < min(projected_end, self.authorization.end_date)

    def in_words(self) -> str:
        unit = self.authorization.unit.label
        text = (
            f"{_number(self.used)} of {_number(self.authorization.units_authorized)} {unit} "
            f"used, {_number(self.left)} left"
        )
        if self.runs_out_on is not None:
            text += f"; at this pace they run out on {self.runs_out_on:%Y-%m-%d}"
        return text


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}"


def standing(
    authorization: Authorization, marks: Sequence[AttendedSession], today: dt.date
) -> Standing:
    used = units_used(authorization, marks)
    last = min(today, authorization.end_date)
    elapsed = (last - authorization.start_date).days + 1
    left = authorization.units_authorized - used
    runs_out = None
    if used > 0 and elapsed > 0 and today <= authorization.end_date:
        pace = used / elapsed
        runs_out = today + dt.timedelta(days=max(0, math.floor(left / pace)))
    return Standing(authorization, used, runs_out, today)


def current(authorizations: Sequence[Authorization], today: dt.date) -> Authorization | None:
    """The authorization covering today, else the latest one already begun, else None."""
    covering = [a for a in authorizations if a.covers(today)]
    if covering:
        return max(covering, key=lambda a: (a.start_date, a.id))
    begun = [a for a in authorizations if a.start_date <= today]
    return max(begun, key=lambda a: (a.end_date, a.id)) if begun else None


def uncovered_days(
    authorizations: Sequence[Authorization], marks: Iterable[AttendedSession]
) -> list[dt.date]:
    """Days the participant attended that no authorization covers (none without any)."""
    if not authorizations:
        return []
    return sorted(
        {m.date for m in _attended(marks) if not any(a.covers(m.date) for a in authorizations)}
    )


def overlaps(one: Authorization, other: Authorization) -> bool:
    """Two authorizations of the same payer and level whose periods share a day."""
    return (
        one.payer.casefold() == other.payer.casefold()
        and one.level_of_care is other.level_of_care
        and one.start_date <= other.end_date
        and other.start_date <= one.end_date
    )
