"""The demo caseload's measures: answered question by question every two weeks, totals easing
down, and exactly two safety stories (a positive PHQ-9 question 9 followed up with a C-SSRS and a
safety plan; one still open), written through the services so the flags' history is real."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from counselor_desk.domain.measures import C_SSRS, CSSRS_MODERATE, GAD_7, PHQ_9, counted
from counselor_desk.domain.model import Measure, Participant
from counselor_desk.domain.safety import FlagEvent, FlagSource, FlagState, SafetyFlag
from counselor_desk.services import caseload, measures, safety
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import fill_demo
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database, connect

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = connect(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    fill_demo(db, CLOCK)
    yield db
    db.close()


def _everyone(db: Database) -> list[Participant]:
    return participant_repo.list_participants(db.conn)


def _flags(db: Database) -> dict[str, list[SafetyFlag]]:
    found = {p.chart_number: safety.flags(db, p.id) for p in _everyone(db)}
    return {chart: flags for chart, flags in found.items() if flags}


def _scores(db: Database, participant: Participant) -> list[Measure]:
    return measures.measures(db, participant.id)


def test_scores_are_answered_every_two_weeks_and_trend_down(demo: Database) -> None:
    changes = []
    for participant in _everyone(demo):
        found = _scores(demo, participant)
        last = min(participant.discharge_date or CLOCK.today(), CLOCK.today())
        days = (last - participant.admission_date).days
        expected = [
            participant.admission_date + dt.timedelta(days=d) for d in range(0, days + 1, 14)
        ]
        for instrument in (PHQ_9, GAD_7):
            taken = counted(instrument.name, found)
            assert [m.taken_on for m in taken] == expected, participant.chart_number
            for measure in taken:
                assert len(measure.items) == instrument.items
                assert measure.score == sum(measure.items)  # type: ignore[arg-type]
                assert instrument.problems(measure.items) == []
                assert measure.entered_by == "Dana Reyes" and measure.entered_at is not None
                assert measure.entered_at <= CLOCK.now()
            assert taken[-1].score <= taken[0].score, participant.chart_number
            if instrument is PHQ_9:
                assert all(m.difficulty is not None for m in taken)
                changes.append(taken[-1].score - taken[0].score)
    assert sum(changes) / len(changes) < -2  # on the whole, people get better


def test_exactly_one_flag_followed_up_with_a_moderate_c_ssrs_and_a_safety_plan(
    demo: Database,
) -> None:
    flags = _flags(demo)
    assert len(flags) == 2
    [(chart, [flag])] = [(c, f) for c, f in flags.items() if not f[0].is_open]
    participant = next(p for p in _everyone(demo) if p.chart_number == chart)
    assert flag.source is FlagSource.PHQ9_ITEM9 and flag.state is FlagState.FOLLOWED_UP
    events = [event.event for event in flag.events]
    assert events == [
        FlagEvent.RAISED,
        FlagEvent.SCREENED,
        FlagEvent.PLANNED,
        FlagEvent.FOLLOWED_UP,
    ]
    by_id = {m.id: m for m in _scores(demo, participant)}
    raised_by, screen = by_id[flag.measure_id or 0], by_id[flag.screen_id or 0]
    assert raised_by.instrument == PHQ_9.name and (raised_by.items[8] or 0) > 0
    assert screen.instrument == C_SSRS.name and screen.score == CSSRS_MODERATE
    assert screen.taken_on == raised_by.taken_on  # screened the same day
    [plan] = safety.plans(demo, participant.id)
    assert plan.version == 1 and plan.saved_at is not None
    assert plan.saved_at.date() == raised_by.taken_on
    # The scores after it show the risk gone and the course still easing.
    later = [m for m in counted(PHQ_9.name, by_id.values()) if m.taken_on > raised_by.taken_on]
    assert later and all(m.items[8] == 0 for m in later)


def test_exactly_one_flag_is_open_and_the_caseload_shows_it(demo: Database) -> None:
    flags = _flags(demo)
    [(chart, [flag])] = [(c, f) for c, f in flags.items() if f[0].is_open]
    assert flag.source is FlagSource.PHQ9_ITEM9 and flag.state is FlagState.NEEDS_SCREEN
    assert [event.event for event in flag.events] == [FlagEvent.RAISED]
    assert 1 <= (CLOCK.today() - flag.raised_at.date()).days <= 6
    rows = {row.participant.chart_number: row for row in caseload.reviews(demo, CLOCK)}
    assert [c for c, row in rows.items() if row.safety_flag] == [chart]
    assert rows[chart].latest_phq9 is not None and rows[chart].phq9_change is not None


def test_no_other_phq9_is_positive_on_question_9(demo: Database) -> None:
    flagged = set(_flags(demo))
    positive = {
        p.chart_number
        for p in _everyone(demo)
        for m in _scores(demo, p)
        if m.instrument == PHQ_9.name and (m.items[8] or 0) > 0
    }
    assert positive == flagged
    screens = [m for p in _everyone(demo) for m in _scores(demo, p) if m.instrument == C_SSRS.name]
    assert len(screens) == 1


def test_the_safety_texts_hold_no_one_s_name(demo: Database) -> None:
    everyone = _everyone(demo)
    names = {
        part
        for p in everyone
        for part in (p.first_name, p.last_name, p.preferred_name, *p.last_name.split())
        if len(part) > 2
    }
    texts = []
    for participant in everyone:
        for plan in safety.plans(demo, participant.id):
            texts.extend(plan.fields.values())
        for flag in safety.flags(demo, participant.id):
            texts.append(flag.reason)
            texts.extend(event.detail for event in flag.events)
    assert texts
    for text in texts:
        assert not [name for name in names if name in text], text


def test_another_seed_still_tells_both_stories(tmp_path: Path) -> None:
    with connect(tmp_path / "other.sqlite3") as db:
        fill_demo(db, CLOCK, seed=3)
        states = sorted(flag.state.value for flags in _flags(db).values() for flag in flags)
    assert states == ["followed_up", "needs_screen"]
