"""Which backups to keep: everything from the last day, then the newest of each day, week and
month going back (about 12 daily, 10 weekly, 9 monthly). Pure: moments in, moments out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable

from counselor_desk.domain.record import record


@record
class RetentionPolicy:
    keep_within: dt.timedelta = dt.timedelta(hours=24)
    daily: int = 12
    weekly: int = 10
    monthly: int = 9


DEFAULT_POLICY = RetentionPolicy()


def _day(moment: dt.datetime) -> Hashable:
    return moment.date()


def _week(moment: dt.datetime) -> Hashable:
    year, week, _weekday = moment.isocalendar()
    return (year, week)


def _month(moment: dt.datetime) -> Hashable:
    return (moment.year, moment.month)


def _newest_per_period(
    newest_first: list[dt.datetime], period: Callable[[dt.datetime], Hashable], count: int
) -> set[dt.datetime]:
    """The newest moment of each of the `count` most recent periods that have one."""
    kept: set[dt.datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) >= count:
            break
        key = period(moment)
        if key not in seen:
            seen.add(key)
            kept.add(moment)
    return kept


def backups_to_keep(
    moments: Iterable[dt.datetime], now: dt.datetime, policy: RetentionPolicy = DEFAULT_POLICY
) -> set[dt.datetime]:
    """The backup moments to keep; the newest is always kept, and so is anything dated after
    `now` (a clock set back must never cost a backup)."""
    newest_first = sorted(set(moments), reverse=True)
    if not newest_first:
        return set()
    kept = {newest_first[0]}
    kept |= {moment for moment in newest_first if moment >= now - policy.keep_within}
    kept |= _newest_per_period(newest_first, _day, policy.daily)
    kept |= _newest_per_period(newest_first, _week, policy.weekly)
    kept |= _newest_per_period(newest_first, _month, policy.monthly)
    return kept


def backups_to_remove(
    moments: Iterable[dt.datetime], now: dt.datetime, policy: RetentionPolicy = DEFAULT_POLICY
) -> set[dt.datetime]:
    every = set(moments)
    return every - backups_to_keep(every, now, policy)
