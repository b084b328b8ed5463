"""The demo's own data agrees with itself, for every participant it writes: a severity word
next to a score is that score's band, a goal of reaching a band is met only when the latest
score is in it, a referrer fits the participant's age, a minor's consent is signed by a parent
and an adult's by themself, nothing is recorded on a day of leave (the rules refuse it), no
note says a sentence twice or reads like a copy of another, and no group entry says the plan
holds no objective while it holds one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest

from counselor_desk.domain import clone_check
from counselor_desk.domain.measures import FOLLOWED, PHQ_9, counted, instrument
from counselor_desk.domain.model import (
    AgeGroup,
    GoalStatus,
    Note,
    NoteFormat,
    Participant,
    ParticipantStatus,
)
from counselor_desk.domain.rules import own_age_group
from counselor_desk.services import clinical, measures, notes, participants, plan_reviews, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.demo import DemoSize, fill_demo
from counselor_desk.services.demo_groups import NO_OBJECTIVE
from counselor_desk.services.group_notes import ACTIVE_STATUSES
from counselor_desk.store import participant_repo, session_repo
from counselor_desk.store.db import Database, connect

CLOCK = FixedClock(dt.date(2026, 3, 2), dt.time(16, 0))
NAMES = "|".join(re.escape(item.name) for item in FOLLOWED)
#: "PHQ-9 14 (moderate)": a score and the words beside it.
SCORE_WORDS = re.compile(rf"({NAMES}) (\d+) \(([a-z ]+)\)")
#: "PHQ-9 in the mild range", "GAD-7 … moderate range": a band said without a score.
RANGE_WORDS = re.compile(rf"({NAMES})\b[^.;]*? (?:in|to) the ([a-z ]+) range")
#: Who refers a minor, and who never refers an adult (and the other way round).
CHILD_REFERRERS = re.compile(r"school|pediatric|juvenile|parent|guardian|child", re.I)
ADULT_ONLY_REFERRERS = re.compile(r"employee|^self$|employer", re.I)
#: Where one sentence ends and the next begins.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


@pytest.fixture(
    scope="module",
    params=[(7, None), (3, DemoSize(participants=40, active=30, history_days=20 * 7))],
    ids=["default-demo", "seed-3-forty-people"],
)
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    seed, size = request.param
    db = connect(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    fill_demo(db, CLOCK, seed=seed, size=size)
    yield db
    db.close()


def everyone(db: Database) -> list[Participant]:
    return participant_repo.list_participants(db.conn)


def texts_of(db: Database, participant: Participant) -> list[str]:
    """Every text of the record a reader could check against the scores."""
    found = [participant.presenting_problems]
    record = clinical.discharge_record(db, participant.id)
    if record is not None:
        found += [
            record.condition_at_discharge,
            record.aftercare_plan,
            record.relapse_prevention_plan,
            record.strengths,
            record.reason_detail,
        ]
    for goal in clinical.goals(db, participant.id):
        found += [goal.description, goal.progress]
        found += [objective.progress for objective in goal.objectives]
    found += [note.text() + "\n" + note.risk_detail for note in notes.notes_for(db, participant.id)]
    for review in plan_reviews.reviews(db, participant.id):
        found.append(review.changes)
        found += [item.progress for item in review.goals.values()]
        found += [item.progress for item in review.objectives.values()]
    return [text for text in found if text]


def test_the_demo_has_what_the_checks_need(demo: Database) -> None:
    people = everyone(demo)
    groups = {own_age_group(p.date_of_birth, p.admission_date) for p in people}
    assert groups == {AgeGroup.ADULT, AgeGroup.ADOLESCENT}
    assert any(participants.leaves(demo, p.id) for p in people)
    discharged = [p for p in people if p.status is ParticipantStatus.DISCHARGED]
    assert discharged
    for participant in discharged:
        record = clinical.discharge_record(demo, participant.id)
        assert record is not None and SCORE_WORDS.search(record.condition_at_discharge)


def test_every_severity_word_beside_a_score_is_that_score_s_band(demo: Database) -> None:
    for participant in everyone(demo):
        found = measures.measures(demo, participant.id)
        for text in texts_of(demo, participant):
            for name, score, words in SCORE_WORDS.findall(text):
                measure = instrument(name)
                assert measure is not None
                recorded = {m.score for m in counted(name, found)}
                assert int(score) in recorded, (participant.chart_number, text)
                assert words == measure.severity(int(score)), (participant.chart_number, text)


def test_a_band_said_without_a_score_is_the_latest_score_s(demo: Database) -> None:
    for participant in everyone(demo):
        found = measures.measures(demo, participant.id)
        for text in texts_of(demo, participant):
            for name, band in RANGE_WORDS.findall(text):
                latest = counted(name, found)[-1].score
                measure = instrument(name)
                assert measure is not None
                assert band == measure.severity(latest), (participant.chart_number, text)


def test_the_condition_at_discharge_says_the_first_and_last_scores(demo: Database) -> None:
    for participant in everyone(demo):
        record = clinical.discharge_record(demo, participant.id)
        if record is None:
            continue
        found = measures.measures(demo, participant.id)
        condition = record.condition_at_discharge
        for item in FOLLOWED:
            taken = counted(item.name, found)
            if not taken:
                continue
            first, last = taken[0].score, taken[-1].score
            assert (
                f"{item.name} {item.score_text(last)} at the last score, from "
                f"{item.score_text(first)} at admission"
            ) in condition, participant.chart_number
        phq = counted(PHQ_9.name, found)
        if phq and "improved" in condition:
            assert phq[-1].score < phq[0].score, participant.chart_number


def test_a_goal_of_reaching_a_band_is_met_exactly_when_the_latest_score_is_in_it(
    demo: Database,
) -> None:
    checked = 0
    for participant in everyone(demo):
        if participant.status is not ParticipantStatus.DISCHARGED:
            continue
        found = counted(PHQ_9.name, measures.measures(demo, participant.id))
        for goal in clinical.goals(demo, participant.id):
            named = re.search(r"depressive symptoms to the ([a-z ]+) range", goal.description)
            if named is None or not found:
                continue
            top = next(band.top for band in PHQ_9.bands if band.label == named.group(1))
            reached = found[-1].score <= top
            assert (goal.status is GoalStatus.MET) == reached, participant.chart_number
            checked += 1
    if checked == 0:
        pytest.skip("no discharged participant has a band goal in this demo")


def test_every_referrer_fits_the_participant_s_age(demo: Database) -> None:
    for participant in everyone(demo):
        group = own_age_group(participant.date_of_birth, participant.admission_date)
        program = setup.get_program(demo, participant.program_id)
        assert group is program.age_group, participant.chart_number
        source = participant.referral_source
        assert source, participant.chart_number
        if group is AgeGroup.ADULT:
            assert not CHILD_REFERRERS.search(source), (participant.chart_number, source)
        else:
            assert not ADULT_ONLY_REFERRERS.search(source), (participant.chart_number, source)
        referred = re.search(r"referred by ([^.;,]+)", participant.presenting_problems)
        if referred:
            assert referred.group(1).strip().casefold() in source.casefold()


def test_a_minor_s_consent_is_signed_by_a_parent_an_adult_s_by_themself(
    demo: Database,
) -> None:
    for participant in everyone(demo):
        minor = own_age_group(participant.date_of_birth, participant.admission_date)
        for consent in clinical.consents(demo, participant.id):
            if minor is AgeGroup.ADOLESCENT:
                assert consent.signed_by.endswith(", parent"), participant.chart_number
            else:
                assert consent.signed_by == "", participant.chart_number


def test_nothing_is_recorded_on_a_day_of_leave(demo: Database) -> None:
    people = everyone(demo)
    marks = session_repo.attended_sessions(demo.conn, [p.id for p in people])
    for participant in people:
        leaves = participants.leaves(demo, participant.id)
        if not leaves:
            continue

        def away(day: dt.date) -> bool:
            return any(leave.covers(day) for leave in leaves)  # noqa: B023

        marked = [mark.date for mark in marks.get(participant.id, []) if away(mark.date)]
        assert marked == [], participant.chart_number
        noted = [n.session_date for n in notes.notes_for(demo, participant.id)]
        assert [day for day in noted if away(day)] == [], participant.chart_number
        own = session_repo.sessions_between(
            demo.conn, min(leave.start_date for leave in leaves), CLOCK.today()
        )
        held = [s.date for s in own if s.participant_id == participant.id and away(s.date)]
        assert held == [], participant.chart_number


def test_the_discharged_have_strengths_and_a_copy_given_on_the_discharge_date(
    demo: Database,
) -> None:
    for participant in everyone(demo):
        record = clinical.discharge_record(demo, participant.id)
        if record is None:
            continue
        minor = own_age_group(participant.date_of_birth, participant.admission_date)
        assert record.strengths.startswith("Strengths:"), participant.chart_number
        assert record.copy_given_on == record.discharge_date
        if minor is AgeGroup.ADOLESCENT:
            assert record.copy_given_to.startswith("the participant and guardian (")
        else:
            assert record.copy_given_to == "the participant"


def test_every_signed_discharge_summary_reprints_as_it_was_signed(demo: Database) -> None:
    """The demo signs its summaries after everything dated before the discharge is written:
    a reprint never says the record changed since the signature."""
    from counselor_desk.services.documents import discharge_summary_model

    signed = 0
    for participant in everyone(demo):
        record = clinical.discharge_record(demo, participant.id)
        if record is None or not record.is_signed:
            continue
        signed += 1
        model = discharge_summary_model(demo, participant.id, CLOCK)
        assert model.changed_since_signing == (), participant.chart_number
    assert signed >= 1


def sentences(text: str) -> list[str]:
    return [clone_check.normalized(part) for part in SENTENCE_END.split(text) if part.strip()]


def individual_notes(db: Database, participant: Participant) -> list[Note]:
    """The participant's own session notes (not group entries), oldest first."""
    found = [n for n in notes.notes_for(db, participant.id) if n.format is not NoteFormat.GROUP]
    return sorted(found, key=lambda note: (note.session_date, note.start_time))


def test_no_field_of_any_note_says_a_sentence_twice(demo: Database) -> None:
    """A sentence repeated inside one field reads to a payer as cloned documentation."""
    checked = 0
    for participant in everyone(demo):
        for note in notes.notes_for(demo, participant.id):
            for key, text in note.fields.items():
                said = sentences(text)
                repeated = sorted({s for s in said if said.count(s) > 1})
                assert repeated == [], (participant.chart_number, note.session_date, key)
                checked += 1
    assert checked > 300


def test_individual_notes_read_as_individually_written(demo: Database) -> None:
    """As the clone check holds group entries: no note reads like one of the same
    participant's recent notes, nor like anyone else's note."""
    written = {p.chart_number: individual_notes(demo, p) for p in everyone(demo)}
    texts = [
        (chart, note.session_date, clone_check.normalized(note.text()))
        for chart, found in written.items()
        for note in found
    ]
    assert len(texts) > 100
    for position, (chart, day, text) in enumerate(texts):
        for other_chart, other_day, other in texts[position + 1 :]:
            score = clone_check.similarity(text, other)
            assert score < clone_check.THRESHOLD, (chart, day, other_chart, other_day, score)
    for found in written.values():
        sessions = {(note.session_date, note.start_time) for note in found}
        assert len(sessions) == len(found)  # one note a session


def test_no_group_entry_says_there_is_no_objective_while_the_plan_has_one(
    demo: Database,
) -> None:
    """The demo sets every objective at admission and closes a plan only at discharge, after
    the episode's groups are documented: an entry addresses an objective of the plan that was
    open on its date."""
    entries = 0
    for participant in everyone(demo):
        objectives = {
            objective.id: objective
            for goal in clinical.goals(demo, participant.id)
            for objective in goal.objectives
        }
        last_day = participant.discharge_date or CLOCK.today()
        for note in notes.notes_for(demo, participant.id):
            if note.format is not NoteFormat.GROUP:
                continue
            entries += 1
            chart = (participant.chart_number, note.session_date)
            assert note.session_date <= last_day, chart
            if not objectives:
                continue
            assert NO_OBJECTIVE not in note.text(), chart
            assert note.objective_id in objectives, chart
            linked = objectives[note.objective_id]
            assert note.fields.get("objective") == linked.description, chart
            if participant.status is ParticipantStatus.ACTIVE:
                assert linked.status in ACTIVE_STATUSES, chart
    assert entries > 50
