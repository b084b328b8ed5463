"""The weekly minimum follows the participant's own age group unless the counselor confirms
the program's (domain/rules.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from counselor_desk.domain.model import AgeGroup, LevelOfCare
from counselor_desk.domain.rules import Flag, own_age_group
from counselor_desk.services import caseload, setup
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
TODAY = FixedClock(D(2026, 3, 16), dt.time(12, 0))


def test_adolescent_until_the_eighteenth_birthday() -> None:
    born = D(2008, 3, 10)
    assert own_age_group(born, D(2026, 3, 9)) is AgeGroup.ADOLESCENT
    assert own_age_group(born, D(2026, 3, 10)) is AgeGroup.ADULT
    leap = D(2008, 2, 29)
    assert own_age_group(leap, D(2026, 2, 28)) is AgeGroup.ADOLESCENT
    assert own_age_group(leap, D(2026, 3, 1)) is AgeGroup.ADULT


def test_a_teen_in_an_adult_program_has_the_adolescent_minimum_unless_confirmed(
    db: Database,
) -> None:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    teen = people.admit(db, new_participant(program, born=D(2010, 5, 1)), TODAY)
    review = caseload.review(db, people.get(db, teen.id), TODAY)
    assert review.line().minimum_hours == 6.0 and Flag.AGE_GROUP in review.flags
    confirmed = people.edit(db, replace(people.get(db, teen.id), age_group_confirmed=True), TODAY)
    assert confirmed.age_group_confirmed
    review = caseload.review(db, people.get(db, teen.id), TODAY)
    assert review.line().minimum_hours == 9.0 and Flag.AGE_GROUP not in review.flags


def test_an_adult_in_an_adolescent_program_has_the_adult_minimum(db: Database) -> None:
    program = setup.add_program(
        db, setup.standard_program("Teen IOP", LevelOfCare.IOP, AgeGroup.ADOLESCENT)
    )
    adult = people.admit(db, new_participant(program, born=D(2007, 1, 2)), TODAY)
    review = caseload.review(db, people.get(db, adult.id), TODAY)
    assert review.line().minimum_hours == 9.0 and Flag.AGE_GROUP in review.flags
    matching = people.admit(db, new_participant(program, chart="C-2", born=D(2011, 1, 2)), TODAY)
    review = caseload.review(db, people.get(db, matching.id), TODAY)
    assert review.line().minimum_hours == 6.0 and Flag.AGE_GROUP not in review.flags
