"""Which backups are kept: the last day whole, then daily, weekly and monthly (synthetic dates)."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.retention import (
    RetentionPolicy,
    backups_to_keep,
    backups_to_remove,
)

NOW = dt.datetime(2026, 3, 2, 16, 0)


def every_half_hour(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    moments = []
    moment = start
    while moment <= end:
        moments.append(moment)
        moment += dt.timedelta(minutes=30)
    return moments


def test_no_backups_keeps_nothing() -> None:
    assert backups_to_keep([], NOW) == set()


def test_everything_from_the_last_day_is_kept() -> None:
    moments = every_half_hour(NOW - dt.timedelta(hours=23), NOW)
    assert backups_to_keep(moments, NOW) == set(moments)
    assert backups_to_remove(moments, NOW) == set()


def test_older_days_keep_only_their_newest_backup() -> None:
    day = dt.datetime(2026, 2, 27)
    moments = [day.replace(hour=h) for h in (9, 12, 17)]
    kept = backups_to_keep(moments, NOW)
    assert kept == {day.replace(hour=17)}
    assert backups_to_remove(moments, NOW) == {day.replace(hour=9), day.replace(hour=12)}


def test_a_year_of_daily_backups_thins_to_about_twelve_ten_and_nine() -> None:
    moments = [NOW - dt.timedelta(days=n) for n in range(365)]
    kept = backups_to_keep(moments, NOW)
    days_back = sorted((NOW - moment).days for moment in kept)
    # The 12 newest days (2 March back to 19 February)…
    assert days_back[:12] == list(range(12))
    # …then the Sundays ending ten ISO weeks (7 not already kept)…
    sundays = {dt.datetime(2026, 1, 4, 16) + dt.timedelta(weeks=w) for w in range(7)}
    assert sundays <= kept
    # …then the last day of each of nine months (7 not already kept), July 2025 the oldest.
    month_ends = {
        dt.datetime(2026, 1, 31, 16),
        *(dt.datetime(2025, m, 31 if m in (7, 8, 10, 12) else 30, 16) for m in range(7, 13)),
    }
    assert month_ends <= kept
    assert len(kept) == 12 + 7 + 7
    assert min(kept) == dt.datetime(2025, 7, 31, 16)
    assert len(kept) + len(backups_to_remove(moments, NOW)) == 365


def test_the_newest_backup_is_kept_however_old() -> None:
    old = dt.datetime(2019, 5, 1, 10, 0)
    assert backups_to_keep([old], NOW) == {old}


def test_a_backup_dated_after_now_is_never_removed() -> None:
    ahead = NOW + dt.timedelta(days=3)
    moments = [ahead, *(NOW - dt.timedelta(days=n) for n in range(1, 60))]
    assert ahead in backups_to_keep(moments, NOW)


def test_weekly_rule_keeps_the_newest_of_each_week_beyond_the_daily_ones() -> None:
    policy = RetentionPolicy(keep_within=dt.timedelta(0), daily=0, weekly=3, monthly=0)
    # Two backups a week for four weeks: Mondays and Thursdays.
    monday = dt.datetime(2026, 2, 2, 12, 0)
    moments = [monday + dt.timedelta(weeks=w, days=d) for w in range(4) for d in (0, 3)]
    kept = backups_to_keep(moments, NOW, policy)
    assert kept == {monday + dt.timedelta(weeks=w, days=3) for w in (1, 2, 3)}


def test_monthly_rule_keeps_the_newest_of_each_month() -> None:
    policy = RetentionPolicy(keep_within=dt.timedelta(0), daily=0, weekly=0, monthly=2)
    moments = [
        dt.datetime(2025, 12, 3),
        dt.datetime(2025, 12, 28),
        dt.datetime(2026, 1, 5),
        dt.datetime(2026, 1, 30),
        dt.datetime(2026, 2, 14),
    ]
    assert backups_to_keep(moments, NOW, policy) == {
        dt.datetime(2026, 2, 14),
        dt.datetime(2026, 1, 30),
    }
