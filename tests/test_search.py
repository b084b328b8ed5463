"""Full-text search over notes: finds words with or without accents, follows draft edits."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.model import (
    CounselorProfile,
    LevelOfCare,
    NoteFormat,
    Participant,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import notes, participants, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.search import search_notes, to_fts_query
from counselor_desk.store.db import Database


def _participant(db: Database, clock: FixedClock) -> Participant:
    setup.save_profile(
        db, CounselorProfile(name="Dana Reyes", credentials="LPC", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    return participants.admit(
        db,
        Participant(
            id=0,
            chart_number="S-1",
            first_name="Zoë",
            last_name="Ångström",
            date_of_birth=dt.date(1990, 1, 1),
            program_id=program.id,
            level_of_care=LevelOfCare.IOP,
            admission_date=dt.date(2026, 2, 2),
            planned_weeks=12,
        ),
        clock,
    )


def _draft(person: Participant, text: str, note_id: int = 0) -> notes.NoteDraft:
    return notes.NoteDraft(
        participant_id=person.id,
        session_date=dt.date(2026, 3, 2),
        start_time=dt.time(13, 0),
        duration_minutes=50,
        service_type=ServiceType.INDIVIDUAL,
        format=NoteFormat.FREE,
        fields={"text": text},
        risk=RiskLevel.DENIED,
        note_id=note_id,
    )


def test_search_follows_drafts_and_ignores_accents(db: Database, clock: FixedClock) -> None:
    person = _participant(db, clock)
    draft = notes.save_draft(
        db, _draft(person, "Practiced the café exposure with breathing."), clock
    )
    hits = search_notes(db, "cafe expo")
    assert [(hit.note_id, hit.chart_number, hit.name) for hit in hits] == [
        (draft.id, "S-1", "Zoë Ångström")
    ]
    assert "café exposure" in hits[0].snippet
    notes.save_draft(db, _draft(person, "Talked about sleep hygiene.", draft.id), clock)
    assert search_notes(db, "cafe") == []
    assert [hit.note_id for hit in search_notes(db, "hygiene")] == [draft.id]
    notes.discard_draft(db, draft.id, clock)
    assert search_notes(db, "hygiene") == []


def test_query_syntax_is_never_interpreted(db: Database, clock: FixedClock) -> None:
    person = _participant(db, clock)
    notes.save_draft(db, _draft(person, "NEAR the end OR not"), clock)
    assert to_fts_query('x" OR (y') == '"x" "OR" "y"*'  # the word being typed: a prefix
    assert search_notes(db, '") AND (') == []  # no crash, and AND is just a word
    assert len(search_notes(db, "near OR")) == 1
    assert search_notes(db, "   ") == []


def test_finished_words_match_whole_and_the_word_being_typed_as_a_prefix(
    db: Database, clock: FixedClock
) -> None:
    person = _participant(db, clock)
    notes.save_draft(db, _draft(person, "Practised urge surfing with her sponsor"), clock)
    assert to_fts_query("urge surf") == '"urge" "surf"*'
    assert to_fts_query("urge surfing ") == '"urge" "surfing"'
    assert len(search_notes(db, "urge spons")) == 1  # still typing "sponsor"
    assert len(search_notes(db, "ur")) == 1  # two letters: the prefix index
    assert search_notes(db, "urg sponsor") == []  # "urg" was finished: no such word
    assert len(search_notes(db, "sponsor urg")) == 1
