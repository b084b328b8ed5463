"""The demo's measure scores: PHQ-9 and GAD-7 answered question by question every two weeks
from admission, totals easing down as treatment goes on; and the two safety stories a
newcomer should find: one participant whose positive PHQ-9 question 9 was followed up the
same day (a C-SSRS of moderate risk, then a safety plan), and one whose flag is still open.

The two stories go through the services (services/measures.py, services/safety.py), so their
flags carry the history the app writes. The answers come from their own random stream: the
rest of the demo (attendance, notes) stays what it was. Fictional text only; no one's name in
the safety plan.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass

from counselor_desk.domain.measures import C_SSRS, GAD_7, PHQ_9, Instrument
from counselor_desk.domain.model import Measure, Participant
from counselor_desk.services import measures, safety
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import measure_repo
from counselor_desk.store.db import Database

EVERY = dt.timedelta(days=14)
#: When the counselor scored the forms: mid-morning, after the group.
SCORED_AT = dt.time(10, 30)
SCREENED_AT = dt.time(10, 50)
PLANNED_AT = dt.time(11, 30)
COUNSELOR = "Dana Reyes"
#: The C-SSRS of the followed-up story: wish, thoughts and a method, no intent, plan or
#: behaviour: moderate risk, which calls for a safety plan.
CSSRS_MODERATE = (1, 1, 1, 0, 0, 0)
SAFETY_PLAN = {
    "warning_signs": (
        "Staying in bed past noon; skipping group; thinking that everyone would be better off "
        "without me; drinking alone in the evening."
    ),
    "coping": "Walk around the block; shower and get dressed; play guitar for twenty minutes.",
    "distraction": "The public library on Main Street; the coffee shop next to the clinic.",
    "help": "My sister, (217) 555-0162; my sponsor, (217) 555-0134.",
    "professionals": (
        "My counselor at Riverside Behavioral Health, (217) 555-0140; Riverside crisis line "
        "(217) 555-0199 (24/7); 988 Suicide & Crisis Lifeline."
    ),
    "environment": (
        "My sister keeps my medications and hands them out weekly; no firearms at home "
        "(checked with the family)."
    ),
    "reasons": "My daughter; finishing my nursing course.",
}


@dataclass(slots=True)
class SafetyStories:
    """Who carries each safety story (participant ids), once chosen."""

    followed_up: int | None = None
    open: int | None = None


def answers(
    instrument: Instrument,
    total: int,
    rng: random.Random,
    fixed: dict[int, int] | None = None,
) -> tuple[int, ...]:
    """Answers adding up to `total`, the first two questions (the core ones) weighted; the
    questions in `fixed` (position -> answer) keep their answer."""
    fixed = fixed or {}
    found = [fixed.get(position, 0) for position in range(instrument.items)]
    free = [position for position in range(instrument.items) if position not in fixed]
    left = total - sum(found)
    if not 0 <= left <= sum(instrument.questions[p].top for p in free):
        raise ValueError(f"{instrument.name}: no answers add up to {total}")
    while left > 0:
        open_ = [p for p in free if found[p] < instrument.questions[p].top]
        position = rng.choices(open_, weights=[3 if p < 2 else 2 for p in open_])[0]
        found[position] += 1
        left -= 1
    return tuple(found)


def difficulty(total: int, rng: random.Random) -> int:
    """How difficult the problems made life: rising with the total, as people answer it."""
    if total < 5:
        return 0
    if total < 10:
        return rng.choice((0, 1, 1))
    if total < 15:
        return rng.choice((1, 1, 2))
    return rng.choice((2, 2, 3))


class DemoMeasures:
    """Writes each demo participant's scores inside the demo's transaction."""

    def __init__(self, db: Database, seed: int, today: dt.date, now: dt.datetime) -> None:
        self.db = db
        self.seed = seed
        self.today = today
        self.now = now
        self.stories = SafetyStories()

    def write(
        self, participant: Participant, end: dt.date, rng: random.Random, *, active: bool
    ) -> None:
        """PHQ-9 and GAD-7 every two weeks from admission to the end (or today).

        The totals take the draws from `rng` the demo always took; the answers take their own.
        """
        totals = []
        phq, gad = rng.randint(12, 22), rng.randint(9, 18)
        day = participant.admission_date
        while day <= min(end, self.today):
            totals.append((day, max(0, phq), max(0, gad)))
            phq -= rng.randint(0, 3)
            gad -= rng.randint(0, 2)
            day += EVERY
        story_day, followed = self._story(participant, active, [d for d, _p, _g in totals])
        own = random.Random(f"answers {self.seed} {participant.chart_number}")
        for day, phq_total, gad_total in totals:
            positive = day == story_day
            if positive:  # a question 9 answered "several days" comes with more symptoms
                phq_total = max(phq_total, 14 if followed else 11)
            phq9 = self._measure(
                participant,
                PHQ_9,
                day,
                answers(PHQ_9, phq_total, own, {PHQ_9.items - 1: 1 if positive else 0}),
                difficulty(phq_total, own),
            )
            gad7 = self._measure(participant, GAD_7, day, answers(GAD_7, gad_total, own))
            if positive:
                self._positive_question_9(phq9, followed)
            else:
                measure_repo.insert_measure(self.db.conn, phq9)
            measure_repo.insert_measure(self.db.conn, gad7)

    def _story(
        self, participant: Participant, active: bool, days: Sequence[dt.date]
    ) -> tuple[dt.date | None, bool]:
        """(the day of a positive question 9, whether it was followed up), or (None, False).

        Followed up: the first active participant with three scores, at the second (their
        baseline, the risk, then the course since). Open: the next active one whose latest
        score, not their first, was taken in the last six days.
        """
        if not active:
            return None, False
        if self.stories.followed_up is None and len(days) >= 3:
            self.stories.followed_up = participant.id
            return days[1], True
        if self.stories.open is None and len(days) >= 2 and 1 <= (self.today - days[-1]).days <= 6:
            self.stories.open = participant.id
            return days[-1], False
        return None, False

    def write_large(self, participant: Participant, end: dt.date) -> None:
        """The benchmark caseload's scores: PHQ-9 and GAD-7 every two weeks, from their
        answers, with a random stream of their own (the caseload's other draws stay as they
        were). No safety stories: question 9 stays 0."""
        own = random.Random(f"large {self.seed} {participant.id}")
        phq, gad = own.randint(12, 22), own.randint(9, 18)
        found = []
        day = participant.admission_date
        while day <= min(end, self.today):
            found.append(self._measure(participant, PHQ_9, day, answers(PHQ_9, phq, own, {8: 0})))
            found.append(self._measure(participant, GAD_7, day, answers(GAD_7, gad, own)))
            phq, gad = max(0, phq - own.randint(0, 3)), max(0, gad - own.randint(0, 2))
            day += EVERY
        measure_repo.insert_measures(self.db.conn, found)

    def _measure(
        self,
        participant: Participant,
        instrument: Instrument,
        day: dt.date,
        items: tuple[int, ...],
        difficulty_: int | None = None,
    ) -> Measure:
        return Measure(
            participant_id=participant.id,
            instrument=instrument.name,
            taken_on=day,
            score=instrument.score(items),
            items=items,
            difficulty=difficulty_,
            entered_at=min(dt.datetime.combine(day, SCORED_AT), self.now),
            entered_by=COUNSELOR,
        )

    def _positive_question_9(self, phq9: Measure, followed: bool) -> None:
        """Entered as the counselor would, so the flag is raised (and followed up) for real."""
        day = phq9.taken_on
        measures.add(self.db, phq9, FixedClock(day, SCORED_AT))
        if not followed:
            return
        screen = Measure(phq9.participant_id, C_SSRS.name, day, 0, items=CSSRS_MODERATE)
        measures.add(self.db, screen, FixedClock(day, SCREENED_AT))
        safety.save_plan(self.db, phq9.participant_id, SAFETY_PLAN, FixedClock(day, PLANNED_AT))
