"""The clock every service is given, so the rules can stand on any date in tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


class Clock:
    """The real wall clock (local time)."""

    def now(self) -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    def today(self) -> dt.date:
        return self.now().date()


@dataclass
class FixedClock(Clock):
    """A clock standing on one date; the time of day runs on from the real clock's.

    `--today` uses it: the date is fixed, moments keep their real time of day so the
    order of events on that day is still true.
    """

    fixed_today: dt.date
    fixed_time: dt.time | None = None

    def now(self) -> dt.datetime:
        time = self.fixed_time or dt.datetime.now().time().replace(microsecond=0)
        return dt.datetime.combine(self.fixed_today, time)

    def today(self) -> dt.date:
        return self.fixed_today
