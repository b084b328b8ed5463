"""The demo's payer records, written through the services as a counselor would enter them:
back-to-back 28-day authorizations of the participant's level from admission until today
(one of them nearly used up), and ASAM ratings at admission and two weeks later."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import Authorization, Unit, units_used
from counselor_desk.domain.model import (
    AttendedSession,
    LevelOfCare,
    Participant,
    ParticipantStatus,
)
from counselor_desk.services import payer
from counselor_desk.services.clock import Clock, FixedClock
from counselor_desk.store import participant_repo, session_repo
from counselor_desk.store.db import Database

PAYERS = ("Prairie Health Plan", "Lakeside Medicaid")
PERIOD = dt.timedelta(days=28)
DAYS_PER_PERIOD = 20  # five days a week: groups and individual sessions


def write(db: Database, clock: Clock, seed: int) -> None:
    today = clock.today()
    active = sorted(
        participant_repo.list_participants(
            db.conn, status=ParticipantStatus.ACTIVE, with_diagnoses=False
        ),
        key=lambda p: p.chart_number,
    )
    nearly_used_up = False
    for index, participant in enumerate(active):
        rng = random.Random(f"payer {seed} {participant.chart_number}")
        marks = session_repo.attended_sessions(db.conn, [participant.id]).get(participant.id, [])
        start = participant.admission_date
        while start <= today:
            grant = Authorization(
                participant_id=participant.id,
                payer=PAYERS[index % len(PAYERS)],
                number=f"PA-{start:%y%m}-{1000 + index * 7 + rng.randint(0, 6)}",
                level_of_care=participant.level_of_care,
                start_date=start,
                end_date=start + PERIOD - dt.timedelta(days=1),
                unit=Unit.DAYS,
                units_authorized=DAYS_PER_PERIOD,
            )
            if grant.covers(today):
                grant = _current(grant, marks, today, index, not nearly_used_up)
                nearly_used_up = nearly_used_up or grant.units_authorized < DAYS_PER_PERIOD
            payer.add_authorization(db, grant, FixedClock(start, dt.time(10, 0)))
            start += PERIOD
        _ratings(db, participant, today, rng)


def _current(
    grant: Authorization,
    marks: list[AttendedSession],
    today: dt.date,
    index: int,
    make_it_short: bool,
) -> Authorization:
    """The authorization covering today: a concurrent review within the week, and (for the
    first participant who has used 5 days or more of it) only 2 days left."""
    used = units_used(grant, marks)
    review = today + dt.timedelta(days=1 + index % 9)
    grant = replace(grant, next_review=min(review, grant.end_date))
    if make_it_short and used >= 5:
        grant = replace(grant, units_authorized=used + 2)
    return grant


def _ratings(db: Database, participant: Participant, today: dt.date, rng: random.Random) -> None:
    first = tuple(rng.randint(1, 3) for _ in range(6))
    days = [participant.admission_date, participant.admission_date + dt.timedelta(days=14)]
    ratings = [first, tuple(max(0, value - rng.randint(0, 1)) for value in first)]
    for day, values in zip(days, ratings, strict=True):
        if day > today:
            break
        level = participant.level_of_care
        if sum(values) <= 6 and level is LevelOfCare.IOP:
            level = LevelOfCare.OP  # ready to step down
        payer.add_rating(
            db,
            AsamRating(participant.id, day, values, level),
            FixedClock(day, dt.time(11, 30)),
        )
