"""When a measure is due: each program's schedule, and the rule that reads it.

A program says, for each instrument, whether it is taken at admission, every how many weeks
after the last score, and before discharge (default for PHQ-9 and GAD-7: all three, every 2
weeks). The rule, for an active participant:

- at admission: due from the admission day while no score of it counts (the first one is the
  baseline); overdue once 7 days have passed;
- every N weeks: due from 3 days before the latest score's date + N weeks; overdue once that
  date is more than 3 days past;
- before discharge: due in the last 7 days before the projected end date when no score was
  taken in them; overdue once the projected end has passed without one.

One line per instrument: the most pressing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from counselor_desk.domain.labelled import Labelled
from counselor_desk.domain.record import record

ADMISSION_GRACE_DAYS = 7
INTERVAL_WINDOW_DAYS = 3
DISCHARGE_WINDOW_DAYS = 7


@record
class MeasureSchedule:
    """How often a program takes one instrument."""

    instrument: str
    at_admission: bool = True
    every_weeks: int | None = 2  # None: not repeated
    at_discharge: bool = True


#: What a new program takes, and what a database from before schedules existed assumes.
DEFAULT_SCHEDULE: tuple[MeasureSchedule, ...] = (
    MeasureSchedule("PHQ-9"),
    MeasureSchedule("GAD-7"),
)
EVERY_WEEKS_MAX = 26


class DueWhy(Labelled):
    """Which of the schedule's occasions a measure is due for."""

    ADMISSION = "admission", "at admission"
    INTERVAL = "interval", "repeat"
    DISCHARGE = "discharge", "before discharge"


@record
class DueMeasure:
    instrument: str
    why: DueWhy
    due_on: dt.date
    overdue: bool

    def in_words(self) -> str:
        state = "overdue since" if self.overdue else "due"
        return f"{self.instrument} {self.why.label}: {state} {self.due_on:%Y-%m-%d}"


def due_measures(
    schedule: Sequence[MeasureSchedule],
    *,
    admission: dt.date,
    projected_end: dt.date,
    taken: Mapping[str, Iterable[dt.date]],
    today: dt.date,
) -> list[DueMeasure]:
    """The measures due or overdue today for an active participant, one per instrument."""
    if today < admission:
        return []
    found: list[DueMeasure] = []
    for entry in schedule:
        dates = sorted(taken.get(entry.instrument, ()))
        candidates: list[DueMeasure] = []
        if entry.at_admission and not dates:
            candidates.append(
                DueMeasure(
                    entry.instrument,
                    DueWhy.ADMISSION,
                    admission,
                    today > admission + dt.timedelta(days=ADMISSION_GRACE_DAYS),
                )
            )
        if entry.every_weeks and dates:
            due_on = dates[-1] + dt.timedelta(weeks=entry.every_weeks)
            window = dt.timedelta(days=INTERVAL_WINDOW_DAYS)
            if today >= due_on - window:
                candidates.append(
                    DueMeasure(entry.instrument, DueWhy.INTERVAL, due_on, today > due_on + window)
                )
        if entry.at_discharge:
            opens = projected_end - dt.timedelta(days=DISCHARGE_WINDOW_DAYS)
            if today >= opens and not any(day >= opens for day in dates):
                candidates.append(
                    DueMeasure(
                        entry.instrument, DueWhy.DISCHARGE, projected_end, today > projected_end
                    )
                )
        if candidates:
            found.append(min(candidates, key=lambda due: (not due.overdue, due.due_on)))
    return found
