"""Group notes: the shared part once, an entry per attendee, each chart its own note, the
name and clone checks, signing all at once, and what is owed."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from counselor_desk.domain import clone_check
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.group_note import EntryDraft, ParticipationLevel, SharedPart
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    Goal,
    NoteFormat,
    Objective,
    Participant,
    Program,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import clinical, maintenance, sessions, setup
from counselor_desk.services import group_notes as service
from counselor_desk.services import notes as note_service
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import group_note_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

MONDAY = dt.date(2026, 3, 9)
AFTER_GROUP = FixedClock(MONDAY, dt.time(12, 30))  # the group ran 09:00-12:00
NEXT_DAY = FixedClock(MONDAY + dt.timedelta(days=1), dt.time(13, 0))

SHARED = SharedPart(
    topic="Relapse warning signs",
    module="Module 3",
    interventions=("Psychoeducation", "Role play / skills rehearsal"),
    content="Reviewed the warning-signs worksheet; members rehearsed asking for help in pairs.",
)

ENTRIES = {
    "Dana": (
        "Named skipping meetings as her first sign and role-played calling her sponsor.",
        "Listed two early signs for the objective; practising the call script daily.",
        "Bring the completed worksheet Wednesday.",
    ),
    "Luis": (
        "Quiet at first, then described irritability at work as a warning sign.",
        "Used the thought log twice this week toward his objective of noticing triggers.",
        "Review the log with the counselor on Friday.",
    ),
    "Mei": (
        "Challenged a peer's minimizing with respect; identified boredom on weekends.",
        "Planned a weekend schedule to meet her objective of structured free time.",
        "Report back on the weekend plan next Monday.",
    ),
}


@pytest.fixture
def program(db: Database) -> Program:
    setup.save_profile(
        db, CounselorProfile(name="Sam Lee", credentials="LPC", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    with db.transaction() as conn:
        group_note_repo.set_notes_owed_from(conn, dt.date(2026, 3, 1))
    return program


def admit(db: Database, program: Program, first: str, last: str, chart: str) -> Participant:
    person = people.admit(
        db, new_participant(program, chart=chart, first=first, last=last), AFTER_GROUP
    )
    goal = clinical.save_goal(db, Goal(0, person.id, f"{first}'s recovery goal"))
    clinical.save_objective(db, Objective(0, goal.id, f"{first}'s objective for the plan"))
    return person


@pytest.fixture
def group(db: Database, program: Program) -> dict[str, Participant]:
    return {
        "Dana": admit(db, program, "Dana", "Reyes", "C-1"),
        "Luis": admit(db, program, "Luis", "Ortega", "C-2"),
        "Mei": admit(db, program, "Mei", "Chen", "C-3"),
        "Ruth": admit(db, program, "Ruth", "Abara", "C-4"),
    }


def group_session(db: Database, day: dt.date = MONDAY) -> int:
    (found,) = [row for row in sessions.day_sessions(db, day) if row.session.participant_id is None]
    return found.session.id


def take_roll_call(db: Database, people_: dict[str, Participant], day: dt.date = MONDAY) -> int:
    session_id = group_session(db, day)
    marks = [
        Attendance(session_id, people_["Dana"].id, AttendanceStatus.PRESENT, 180),
        Attendance(session_id, people_["Luis"].id, AttendanceStatus.LATE, 150),
        Attendance(session_id, people_["Mei"].id, AttendanceStatus.PRESENT, 180),
        Attendance(session_id, people_["Ruth"].id, AttendanceStatus.EXCUSED, 0),
    ]
    sessions.record_roll_call(db, session_id, marks, FixedClock(day, dt.time(12, 5)))
    return session_id


def entry_for(
    sheet: service.GroupNoteSheet, person: Participant, words: tuple[str, str, str]
) -> EntryDraft:
    attendee = sheet.attendee(person.id)
    return EntryDraft(
        participant_id=person.id,
        participation=ParticipationLevel.ACTIVE,
        response=words[0],
        progress=words[1],
        plan=words[2],
        objective_id=attendee.objectives[0].id,
        risk=RiskLevel.DENIED,
    )


def write_all(db: Database, session_id: int, group_: dict[str, Participant]) -> None:
    sheet = service.sheet(db, session_id)
    entries = [entry_for(sheet, group_[name], words) for name, words in ENTRIES.items()]
    service.save(db, session_id, SHARED, entries, AFTER_GROUP)


# -- the sheet -------------------------------------------------------------------------------


def test_the_sheet_lists_attendees_from_roll_call_and_absent_members_apart(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    assert [a.name for a in sheet.attendees] == ["Mei Chen", "Luis Ortega", "Dana Reyes"]
    assert [(a.name, a.status) for a in sheet.absent] == [("Ruth Abara", AttendanceStatus.EXCUSED)]
    assert sheet.attendee(group["Luis"].id).mark.minutes_attended == 150
    assert [o.text for o in sheet.attendee(group["Dana"].id).objectives] == [
        "Dana's objective for the plan"
    ]
    assert "Psychoeducation" in sheet.interventions


def test_no_group_note_before_roll_call_or_for_an_individual_session(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = group_session(db)
    with pytest.raises(ValidationError, match="Take roll call"):
        service.sheet(db, session_id)
    note = note_service.save_draft(
        db,
        note_service.NoteDraft(
            group["Dana"].id,
            MONDAY,
            dt.time(14, 0),
            50,
            ServiceType.INDIVIDUAL,
            NoteFormat.DAP,
            {"data": "x"},
        ),
        AFTER_GROUP,
    )
    assert note.session_id is not None
    with pytest.raises(ValidationError, match="individual note"):
        service.sheet(db, note.session_id)


# -- each chart its own note -----------------------------------------------------------------


def test_each_attendee_gets_a_note_of_their_own_and_absent_members_none(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    for name, words in ENTRIES.items():
        (note,) = note_service.notes_for(db, group[name].id)
        assert note.format is NoteFormat.GROUP and note.session_id == session_id
        assert (note.session_date, note.start_time, note.duration_minutes) == (
            MONDAY,
            dt.time(9, 0),
            180,
        )
        assert note.fields["topic"] == "Relapse warning signs (module: Module 3)"
        assert note.fields["group_content"] == SHARED.content
        assert note.fields["response"] == words[0]
        assert note.fields["objective"] == f"{name}'s objective for the plan"
        others = [w for other, ws in ENTRIES.items() if other != name for w in ws]
        assert not any(text in note.text() for text in others)
        for other in group.values():
            if other.first_name != name:
                assert other.last_name not in note.text()
    assert note_service.notes_for(db, group["Ruth"].id) == []
    luis = note_service.notes_for(db, group["Luis"].id)[0]
    assert luis.fields["attendance"] == "Late: attended 150 of 180 min"


def test_a_note_for_someone_who_did_not_attend_is_refused_and_nothing_is_written(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    with pytest.raises(ValidationError, match="Ruth Abara did not attend"):
        service.save(
            db,
            session_id,
            SHARED,
            [EntryDraft(group["Ruth"].id, response="Was not there.")],
            AFTER_GROUP,
        )
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM group_notes").fetchone()[0] == 0


def test_editing_the_shared_part_updates_every_draft_but_no_signed_entry(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    outcome = service.sign(db, session_id, NEXT_DAY, only={group["Dana"].id})
    assert outcome.signed == (group["Dana"].id,)
    service.save(db, session_id, replace(SHARED, content="Corrected content."), [], NEXT_DAY)
    dana = note_service.notes_for(db, group["Dana"].id)[0]
    mei = note_service.notes_for(db, group["Mei"].id)[0]
    assert dana.is_signed and dana.fields["group_content"] == SHARED.content
    assert not mei.is_signed and mei.fields["group_content"] == "Corrected content."


# -- signing ---------------------------------------------------------------------------------


def test_signing_signs_every_complete_entry_at_once_like_an_individual_note(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    outcome = service.sign(db, session_id, AFTER_GROUP)
    assert set(outcome.signed) == {group[name].id for name in ENTRIES}
    for name in ENTRIES:
        (note,) = note_service.notes_for(db, group[name].id)
        assert note.is_signed and note.signed_by == "Sam Lee, LPC" and not note.late_entry
    assert note_service.verify_signed_notes(db) == []
    assert maintenance.check(db).ok
    with pytest.raises(sqlite3.IntegrityError, match="signed notes cannot be changed"):
        db.execute("UPDATE notes SET fields_json = '{}' WHERE format = 'group'")
    first = note_service.notes_for(db, group["Dana"].id)[0]
    note_service.add_addendum(db, first.id, "Late detail", "Called sponsor after.", NEXT_DAY)
    assert note_service.get(db, first.id).addenda[0].text == "Called sponsor after."


def test_an_entry_signed_more_than_a_day_later_is_a_late_entry(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    service.sign(db, session_id, NEXT_DAY)
    assert note_service.notes_for(db, group["Mei"].id)[0].late_entry


def test_an_incomplete_entry_is_named_and_the_rest_still_sign(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    entries = [entry_for(sheet, group[name], words) for name, words in ENTRIES.items()]
    entries[1] = replace(entries[1], participation=None, plan="")
    service.save(db, session_id, SHARED, entries, AFTER_GROUP)
    outcome = service.sign(db, session_id, AFTER_GROUP)
    luis = group["Luis"].id
    assert luis not in outcome.signed and len(outcome.signed) == 2
    assert outcome.review.incomplete[luis] == (
        "Luis Ortega: pick a participation level.",
        "Luis Ortega: write the plan.",
    )
    assert not note_service.notes_for(db, luis)[0].is_signed


def test_an_empty_shared_part_or_a_members_name_in_it_signs_nothing(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    service.save(db, session_id, replace(SHARED, content=""), [], AFTER_GROUP)
    with pytest.raises(ValidationError, match="write what the group did"):
        service.sign(db, session_id, AFTER_GROUP)
    named = replace(SHARED, content="Mei led the role play; luis and Ortega's peers watched.")
    service.save(db, session_id, named, [], AFTER_GROUP)
    with pytest.raises(ValidationError, match="names Mei Chen, Luis Ortega"):
        service.sign(db, session_id, AFTER_GROUP)
    assert db.execute("SELECT count(*) FROM notes WHERE status = 'signed'").fetchone()[0] == 0


def test_another_members_name_in_an_entry_keeps_it_a_draft(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    entry = entry_for(sheet, group["Dana"], ENTRIES["Dana"])
    entry = replace(entry, response="Supported Luis when he shared; Dana named her own signs.")
    service.save(db, session_id, SHARED, [entry], AFTER_GROUP)
    review = service.review(db, session_id)
    assert review.incomplete[group["Dana"].id] == (
        "Dana Reyes: the entry names Luis Ortega; remove other members' names.",
    )


# -- the clone check -------------------------------------------------------------------------


def test_two_entries_alike_are_pointed_out_by_name_and_sign_only_with_a_reason(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    same = ENTRIES["Dana"]
    entries = [
        entry_for(sheet, group["Dana"], same),
        entry_for(sheet, group["Luis"], (same[0].replace("her", "his"), same[1], same[2])),
        entry_for(sheet, group["Mei"], ENTRIES["Mei"]),
    ]
    service.save(db, session_id, SHARED, entries, AFTER_GROUP)
    review = service.review(db, session_id)
    dana, luis, mei = group["Dana"].id, group["Luis"].id, group["Mei"].id
    assert set(review.findings) == {dana, luis}
    (likeness,) = review.findings[dana].likenesses
    assert likeness.other_id == luis and likeness.score >= clone_check.THRESHOLD
    assert review.ready == (mei,)
    outcome = service.sign(db, session_id, AFTER_GROUP, reasons={dana: "  "})
    assert outcome.signed == (mei,)
    reason = "Both rehearsed the same script; their plans differ in the plan review."
    outcome = service.sign(db, session_id, AFTER_GROUP, reasons={dana: reason, luis: reason})
    assert set(outcome.signed) == {dana, luis}
    signed = note_service.notes_for(db, dana)[0]
    assert signed.fields["review_reason"] == reason and signed.is_signed
    assert note_service.verify_signed_notes(db) == []


def test_an_entry_like_the_participants_own_earlier_entry_is_pointed_out(
    db: Database, group: dict[str, Participant]
) -> None:
    first = take_roll_call(db, group)
    write_all(db, first, group)
    service.sign(db, first, AFTER_GROUP)
    wednesday = MONDAY + dt.timedelta(days=2)
    second = take_roll_call(db, group, wednesday)
    sheet = service.sheet(db, second)
    assert sheet.attendee(group["Mei"].id).previous is not None
    entries = [entry_for(sheet, group[name], words) for name, words in ENTRIES.items()]
    service.save(db, second, SHARED, entries, FixedClock(wednesday, dt.time(12, 30)))
    review = service.review(db, second)
    for name in ENTRIES:
        (likeness,) = review.findings[group[name].id].likenesses
        assert likeness.earlier_date == MONDAY


def test_an_entry_tied_to_no_objective_is_pointed_out(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    entry = replace(entry_for(sheet, group["Mei"], ENTRIES["Mei"]), objective_id=None)
    service.save(db, session_id, SHARED, [entry], AFTER_GROUP)
    finding = service.review(db, session_id).findings[group["Mei"].id]
    assert finding.untied and not finding.likenesses


def test_the_threshold_separates_copies_from_entries_about_the_same_group() -> None:
    texts = [" ".join(words) for words in ENTRIES.values()]
    different = [
        clone_check.similarity(clone_check.normalized(a), clone_check.normalized(b))
        for i, a in enumerate(texts)
        for b in texts[i + 1 :]
    ]
    assert max(different) < 65
    copy = texts[0].replace("her sponsor", "his sponsor").replace("daily", "each day")
    assert (
        clone_check.similarity(clone_check.normalized(texts[0]), clone_check.normalized(copy)) >= 85
    )


# -- owed ------------------------------------------------------------------------------------


def test_a_group_without_signed_notes_a_day_after_roll_call_is_owed(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    assert service.owed(db, AFTER_GROUP) == []  # within the day
    assert service.owed(db, FixedClock(MONDAY + dt.timedelta(days=1), dt.time(9, 0))) == []
    (owed,) = service.owed(db, NEXT_DAY)
    assert (owed.session_id, owed.attended, owed.signed) == (session_id, 3, 0)
    assert owed.topic == "Group therapy"  # the scheduled group has no topic of its own
    write_all(db, session_id, group)
    service.sign(db, session_id, NEXT_DAY, only={group["Dana"].id})
    assert service.owed(db, NEXT_DAY)[0].signed == 1
    assert service.owed(db, NEXT_DAY)[0].topic == "Relapse warning signs"  # the note's
    service.sign(db, session_id, NEXT_DAY)
    assert service.owed(db, NEXT_DAY) == []


def test_groups_before_the_caseload_had_group_notes_are_not_owed(
    db: Database, group: dict[str, Participant]
) -> None:
    take_roll_call(db, group)
    with db.transaction() as conn:
        group_note_repo.set_notes_owed_from(conn, MONDAY + dt.timedelta(days=1))
    assert service.owed(db, NEXT_DAY) == []


def test_the_program_keeps_its_own_pick_list(db: Database, program: Program) -> None:
    kept = service.set_interventions(
        db, program.id, ["Seeking Safety", " ", "seeking safety", "EMDR prep"]
    )
    assert kept == ["Seeking Safety", "EMDR prep"]
    assert service.interventions(db, program.id) == kept
    stored = db.execute("SELECT count(*) FROM program_interventions").fetchone()[0]
    assert stored == 2


# -- what leaves the clinic ------------------------------------------------------------------


def test_a_participants_summary_holds_their_own_entry_and_no_other_attendee(
    db: Database, group: dict[str, Participant], tmp_path: Path
) -> None:
    import io

    from pypdf import PdfReader

    from counselor_desk.domain.consent_scope import ScopeCategory
    from counselor_desk.domain.model import Consent
    from counselor_desk.services import documents

    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    service.sign(db, session_id, AFTER_GROUP)
    mei = group["Mei"]
    clinical.add_consent(
        db,
        Consent(
            id=0,
            participant_id=mei.id,
            recipient="Hillside Counseling",
            purpose="Continuity of care",
            scope=frozenset(ScopeCategory),
            signed_date=MONDAY,
            expiry_date=MONDAY + dt.timedelta(days=365),
        ),
        AFTER_GROUP,
    )
    out = documents.export_continuity(db, mei.id, tmp_path / "ccd.pdf", NEXT_DAY)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Planned a weekend schedule" in text  # her own entry
    assert "Reviewed the warning-signs worksheet" in text  # the shared part
    for name, person in group.items():
        if name != "Mei":
            assert person.first_name not in text and person.last_name not in text
    assert ENTRIES["Dana"][0][:30] not in text and ENTRIES["Luis"][0][:30] not in text


def test_a_reason_naming_another_member_signs_nothing(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    entry = replace(entry_for(sheet, group["Dana"], ENTRIES["Dana"]), objective_id=None)
    service.save(db, session_id, SHARED, [entry], AFTER_GROUP)
    dana = group["Dana"].id
    outcome = service.sign(
        db, session_id, AFTER_GROUP, reasons={dana: "Luis Ortega spoke for her."}
    )
    assert dana not in outcome.signed
    assert outcome.review.incomplete[dana] == (
        "Dana Reyes: the entry names Luis Ortega; remove other members' names.",
    )
    too_long = service.sign(db, session_id, AFTER_GROUP, reasons={dana: "x" * 2001})
    assert dana not in too_long.signed and "too long" in too_long.review.incomplete[dana][0]
    assert not note_service.notes_for(db, dana)[0].is_signed


def test_an_absent_members_name_is_refused_like_an_attendees(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)  # Ruth Abara is marked excused
    write_all(db, session_id, group)
    service.save(
        db, session_id, replace(SHARED, content="Abara was missed today."), [], AFTER_GROUP
    )
    with pytest.raises(ValidationError, match="names Ruth Abara"):
        service.sign(db, session_id, AFTER_GROUP)


def test_signing_writes_the_entry_from_the_roll_call_as_it_is_now(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    write_all(db, session_id, group)
    luis = group["Luis"].id
    corrected = Attendance(session_id, luis, AttendanceStatus.LEFT_EARLY, 60)
    sessions.correct_attendance(db, session_id, corrected, "Left at 10:00", AFTER_GROUP)
    service.sign(db, session_id, AFTER_GROUP)  # no save in between
    (note,) = note_service.notes_for(db, luis)
    assert note.is_signed and note.fields["attendance"] == "Left early: attended 60 of 180 min"


def test_a_reason_is_given_at_signing_not_stored_with_a_draft(
    db: Database, group: dict[str, Participant]
) -> None:
    session_id = take_roll_call(db, group)
    sheet = service.sheet(db, session_id)
    entry = replace(
        entry_for(sheet, group["Mei"], ENTRIES["Mei"]), objective_id=None, review_reason="Old"
    )
    service.save(db, session_id, SHARED, [entry], AFTER_GROUP)
    assert "review_reason" not in note_service.notes_for(db, group["Mei"].id)[0].fields
    assert group["Mei"].id not in service.sign(db, session_id, AFTER_GROUP).signed
