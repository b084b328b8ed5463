"""Note search over every note: individual and group, drafts and signed, newest session first,
each hit with its participant, kind, session and snippet; `search --json`'s objects."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.model import NoteFormat, NoteStatus, RiskLevel, ServiceType
from counselor_desk.services import notes
from counselor_desk.services.clock import FixedClock
from counselor_desk.services.search import search_notes, to_fts_query
from counselor_desk.store import note_repo
from counselor_desk.store.db import Database
from tests.notes_found import GROUP_DAY, build


def test_every_kind_of_note_is_found_newest_session_first(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    hits = search_notes(db, "urge")
    assert [
        (hit.note_id, hit.chart_number, hit.name, hit.session_date, hit.kind, hit.status)
        for hit in hits
    ] == [
        (found.today_draft, "S-1", "Zoë Ångström", dt.date(2026, 3, 2), "individual", "draft"),
        (found.group_entry, "S-2", "Marcus Lee", GROUP_DAY, "group", "draft"),
        (found.family_signed, "S-3", "Inés Ortega", dt.date(2026, 2, 25), "family", "signed"),
        (found.education_draft, "S-2", "Marcus Lee", dt.date(2026, 2, 24), "education", "draft"),
        # written last, yet its session is the oldest: it comes last
        (found.old_signed, "S-1", "Zoë Ångström", dt.date(2026, 2, 23), "individual", "signed"),
    ]
    assert [hit.participant_id for hit in hits] == [
        found.zoe.id,
        found.marcus.id,
        found.ines.id,
        found.marcus.id,
        found.zoe.id,
    ]


def test_a_group_entry_is_found_by_its_shared_part_and_its_own(
    db: Database, clock: FixedClock
) -> None:
    found = build(db, clock)
    [by_shared] = search_notes(db, "riding cravings")
    [by_own] = search_notes(db, "bus stop")
    assert by_shared.note_id == by_own.note_id == found.group_entry
    assert by_own.is_group_entry and by_own.format is NoteFormat.GROUP
    assert by_own.session_id == found.group_session
    assert by_own.service_type is ServiceType.GROUP
    assert by_own.snippet == (
        "…to intervention: Marcus described urge surfing at the bus stop. Plan: Practice daily."
    )


def test_individual_notes_carry_the_session_they_document(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    hits = {hit.note_id: hit for hit in search_notes(db, "urge")}
    for note_id in (found.today_draft, found.old_signed, found.family_signed):
        assert hits[note_id].session_id == notes.get(db, note_id).session_id is not None
        assert not hits[note_id].is_group_entry


def test_the_same_day_comes_by_start_time_latest_first(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    morning = notes.save_draft(
        db,
        notes.NoteDraft(
            participant_id=found.ines.id,
            session_date=dt.date(2026, 3, 2),
            start_time=dt.time(10, 0),
            duration_minutes=50,
            service_type=ServiceType.INDIVIDUAL,
            format=NoteFormat.FREE,
            fields={"text": "Morning check-in about an urge."},
            risk=RiskLevel.DENIED,
        ),
        clock,
    )
    hits = search_notes(db, "urge")
    assert [hit.note_id for hit in hits[:2]] == [found.today_draft, morning.id]


def test_signing_changes_the_status_a_hit_shows(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    [before] = search_notes(db, "sleep better")
    assert (before.note_id, before.status, before.signed) == (
        found.today_draft,
        NoteStatus.DRAFT,
        False,
    )
    notes.sign(db, found.today_draft, clock)
    [after] = search_notes(db, "sleep better")
    assert (after.status, after.signed) == (NoteStatus.SIGNED, True)


def test_the_limit_keeps_the_newest(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    assert [hit.note_id for hit in search_notes(db, "urge", limit=2)] == [
        found.today_draft,
        found.group_entry,
    ]


def test_the_date_order_is_over_the_most_recently_written_window(
    db: Database, clock: FixedClock
) -> None:
    """More matches than the window: the newest written are the ones ordered by date (the
    cost stays that of the window); with the window larger than the matches it is exact."""
    found = build(db, clock)
    query = to_fts_query("urge")
    # the last two written: the education draft (24 Feb) and the old signed note (23 Feb)
    assert note_repo.search(db.conn, query, 2, window=2) == [
        (found.education_draft, found.marcus.id),
        (found.old_signed, found.zoe.id),
    ]
    assert [note_id for note_id, _pid in note_repo.search(db.conn, query, 2)] == [
        found.today_draft,
        found.group_entry,
    ]


def test_the_json_object_holds_exactly_the_documented_keys(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    hits = search_notes(db, "urge")
    assert [hit.as_json() for hit in hits[:2]] == [
        {
            "chart_number": "S-1",
            "date": "2026-03-02",
            "kind": "individual",
            "session_id": notes.get(db, found.today_draft).session_id,
            "status": "draft",
            "snippet": "Urge surfing again; sleep better.",
        },
        {
            "chart_number": "S-2",
            "date": "2026-02-27",
            "kind": "group",
            "session_id": found.group_session,
            "status": "draft",
            "snippet": "Topic / module: Urge surfing Group content: Members practiced riding out "
            "cravings. Participation: Active: shared and engaged with…",
        },
    ]


def test_a_snippet_starts_and_ends_on_whole_words(db: Database, clock: FixedClock) -> None:
    found = build(db, clock)
    text = (
        " ".join(f"word{n}" for n in range(40))
        + " hyperventilation "
        + " ".join(f"tail{n}" for n in range(40))
    )
    notes.save_draft(
        db,
        notes.NoteDraft(
            participant_id=found.ines.id,
            session_date=dt.date(2026, 3, 2),
            start_time=dt.time(10, 0),
            duration_minutes=50,
            service_type=ServiceType.INDIVIDUAL,
            format=NoteFormat.FREE,
            fields={"text": text},
        ),
        clock,
    )
    [hit] = search_notes(db, "hyperventil")
    assert hit.snippet.startswith("…word") and hit.snippet.endswith("…")
    inner = hit.snippet.strip("…").split()
    assert "hyperventilation" in inner
    assert all(word in text.split() for word in inner)  # no word cut in two
