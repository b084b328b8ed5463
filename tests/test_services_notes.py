"""Session notes: drafts, signing that locks, addenda, late entries, integrity."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from counselor_desk.domain import integrity
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    CounselorProfile,
    Goal,
    NoteFormat,
    NoteStatus,
    Participant,
    Program,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import clinical, setup
from counselor_desk.services import notes as service
from counselor_desk.services import participants as people
from counselor_desk.services.clock import FixedClock
from counselor_desk.store.db import Database
from tests.factories import new_participant

D = dt.date
SESSION_DAY = D(2026, 3, 10)
WRITING = FixedClock(D(2026, 3, 10), dt.time(14, 5))  # the session ran 13:00-13:50


def count(db: Database, table: str) -> int:
    return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def at(day: dt.date, hour: int, minute: int = 0, second: int = 0) -> FixedClock:
    return FixedClock(day, dt.time(hour, minute, second))


@pytest.fixture
def program(db: Database) -> Program:
    setup.save_profile(
        db, CounselorProfile(name="Sam Lee", credentials="LPC", clinic_name="Eastside Clinic")
    )
    return setup.add_program(db, setup.standard_program("Adult IOP"))


def admit(db: Database, program: Program, chart: str = "C-1") -> Participant:
    return people.admit(db, new_participant(program, chart=chart), WRITING)


@pytest.fixture
def dana(db: Database, program: Program) -> Participant:
    return admit(db, program)


def draft(participant: Participant, **changes: object) -> service.NoteDraft:
    record = service.NoteDraft(
        participant_id=participant.id,
        session_date=SESSION_DAY,
        start_time=dt.time(13, 0),
        duration_minutes=50,
        service_type=ServiceType.INDIVIDUAL,
        format=NoteFormat.DAP,
        fields={"data": "Reports better sleep.", "assessment": "Improving.", "plan": "Continue."},
        risk=RiskLevel.DENIED,
    )
    return replace(record, **changes)  # type: ignore[arg-type]


def refused(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def raw_note(db: Database, note_id: int) -> dict[str, object]:
    row = db.execute("SELECT * FROM notes WHERE id = :id", {"id": note_id}).fetchone()
    return dict(row)


# -- drafts ----------------------------------------------------------------------------------


def test_a_draft_is_saved_and_updated_in_place(db: Database, dana: Participant) -> None:
    first = service.save_draft(db, draft(dana, fields={"data": "Started"}), WRITING)
    assert first.id > 0 and first.status is NoteStatus.DRAFT
    later = at(SESSION_DAY, 14, 30)
    updated = service.save_draft(
        db, draft(dana, note_id=first.id, fields={"data": "Started, then more."}), later
    )
    stored = service.get(db, first.id)
    assert count(db, "notes") == 1
    assert stored.fields == {"data": "Started, then more."}
    assert stored.created_at == first.created_at == WRITING.now()
    assert stored.updated_at == updated.updated_at == later.now()


def test_a_draft_keeps_only_its_formats_sections_and_drops_nul(
    db: Database, dana: Participant
) -> None:
    saved = service.save_draft(
        db,
        draft(dana, fields={"data": "  kept as typed \x00", "subjective": "not a DAP section"}),
        WRITING,
    )
    assert service.get(db, saved.id).fields == {"data": "  kept as typed "}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"session_date": D(2026, 3, 1)}, "session_date"),  # before admission
        ({"session_date": D(2026, 3, 11)}, "session_date"),  # tomorrow
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"risk_detail": "x" * 5001}, "risk_detail"),
    ],
)
def test_a_draft_is_checked(
    db: Database, dana: Participant, changes: dict[str, object], field: str
) -> None:
    assert refused(service.save_draft, db, draft(dana, **changes), WRITING).field == field
    assert count(db, "notes") == 0


def test_a_draft_links_only_the_participants_own_goal(
    db: Database, program: Program, dana: Participant
) -> None:
    other = admit(db, program, "C-2")
    theirs = clinical.save_goal(db, Goal(0, other.id, "Return to work"))
    mine = clinical.save_goal(db, Goal(0, dana.id, "Sleep 7 hours"))
    assert refused(service.save_draft, db, draft(dana, goal_id=theirs.id), WRITING).field == "goal"
    saved = service.save_draft(db, draft(dana, goal_id=mine.id), WRITING)
    assert service.get(db, saved.id).goal_id == mine.id


def test_a_draft_cannot_move_to_another_participant(
    db: Database, program: Program, dana: Participant
) -> None:
    other = admit(db, program, "C-2")
    saved = service.save_draft(db, draft(dana), WRITING)
    error = refused(service.save_draft, db, draft(other, note_id=saved.id), WRITING)
    assert error.field == "note"
    assert service.get(db, saved.id).participant_id == dana.id


def test_a_draft_for_an_unknown_participant_or_note(db: Database, dana: Participant) -> None:
    with pytest.raises(NotFoundError):
        service.save_draft(db, draft(dana, participant_id=dana.id + 5), WRITING)
    with pytest.raises(NotFoundError):
        service.save_draft(db, draft(dana, note_id=77), WRITING)
    assert count(db, "notes") == 0


def test_a_draft_can_be_discarded(db: Database, dana: Participant) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    service.discard_draft(db, saved.id, WRITING)
    assert service.notes_for(db, dana.id) == []


# -- signing ---------------------------------------------------------------------------------


def test_signing_records_signer_time_and_hash(db: Database, dana: Participant) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    signing = at(SESSION_DAY, 15, 12, 30)
    signed = service.sign(db, saved.id, signing)
    assert signed.status is NoteStatus.SIGNED and signed.is_signed
    assert signed.signed_by == "Sam Lee, LPC"
    assert signed.signed_at == dt.datetime(2026, 3, 10, 15, 12, 30)
    assert len(signed.content_hash) == 64
    assert signed.content_hash == integrity.note_hash(signed)
    assert service.verify_signed_notes(db) == []
    assert not signed.late_entry
    assert (
        signed.text() == "Data: Reports better sleep.\n\nAssessment: Improving.\n\nPlan: Continue."
    )


def test_a_signed_note_cannot_be_saved_discarded_or_signed_again(
    db: Database, dana: Participant
) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    service.sign(db, saved.id, WRITING)
    before = raw_note(db, saved.id)
    error = refused(
        service.save_draft, db, draft(dana, note_id=saved.id, fields={"data": "rewritten"}), WRITING
    )
    assert error.message == "This note is signed and locked; add an addendum instead."
    assert (
        refused(service.discard_draft, db, saved.id, WRITING).message
        == "A signed note cannot be deleted."
    )
    assert refused(service.sign, db, saved.id, WRITING).message == "This note is already signed."
    assert raw_note(db, saved.id) == before
    assert json.loads(str(before["fields_json"]))["data"] == "Reports better sleep."


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"fields": {"data": "   "}}, "fields"),
        ({"risk": RiskLevel.NOT_ASSESSED}, "risk"),
        ({"risk": RiskLevel.PRESENT_WITH_PLAN}, "risk_detail"),
        ({"risk": RiskLevel.PRESENT_NO_PLAN, "risk_detail": "  "}, "risk_detail"),
    ],
)
def test_a_note_is_signed_only_when_complete(
    db: Database, dana: Participant, changes: dict[str, object], field: str
) -> None:
    saved = service.save_draft(db, draft(dana, **changes), WRITING)
    assert refused(service.sign, db, saved.id, WRITING).field == field
    assert service.get(db, saved.id).status is NoteStatus.DRAFT


def test_signing_needs_the_counselor_profile(db: Database) -> None:
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    saved = service.save_draft(db, draft(admit(db, program)), WRITING)
    assert refused(service.sign, db, saved.id, WRITING).field == "profile"
    assert service.get(db, saved.id).signed_at is None


def test_tampering_behind_the_triggers_is_detected(db: Database, dana: Participant) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    service.sign(db, saved.id, WRITING)
    db.execute("DROP TRIGGER notes_signed_no_update")
    db.execute("UPDATE notes SET risk = 'present_no_plan' WHERE id = :id", {"id": saved.id})
    assert service.verify_signed_notes(db) == [saved.id]


@pytest.mark.parametrize(
    ("signing", "late"),
    [
        (at(D(2026, 3, 11), 13, 0), False),  # exactly 24 h after the 13:00 start
        (at(D(2026, 3, 11), 13, 0, 1), True),
        (at(D(2026, 3, 14), 9, 0), True),
    ],
)
def test_a_note_signed_more_than_a_day_after_the_session_is_a_late_entry(
    db: Database, dana: Participant, signing: FixedClock, late: bool
) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    assert service.sign(db, saved.id, signing).late_entry is late
    assert service.get(db, saved.id).late_entry is late


# -- addenda ---------------------------------------------------------------------------------


def test_an_addendum_goes_on_a_signed_note_with_author_time_and_reason(
    db: Database, dana: Participant
) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    error = refused(service.add_addendum, db, saved.id, "Reason", "Text", WRITING)
    assert error.message == "Addenda are for signed notes; edit the draft instead."
    signed = service.sign(db, saved.id, WRITING)
    later = at(D(2026, 3, 12), 9, 30)
    addendum = service.add_addendum(db, saved.id, " Correction ", " Slept 6 hours, not 8. ", later)
    note = service.get(db, saved.id)
    assert note.addenda == (addendum,)
    assert (addendum.author, addendum.created_at) == ("Sam Lee, LPC", later.now())
    assert (addendum.reason, addendum.text) == ("Correction", "Slept 6 hours, not 8.")
    # The note itself is unchanged and still verifies.
    assert note.content_hash == signed.content_hash
    assert service.verify_signed_notes(db) == []


def test_an_addendum_needs_reason_and_text(db: Database, dana: Participant) -> None:
    saved = service.save_draft(db, draft(dana), WRITING)
    service.sign(db, saved.id, WRITING)
    error = refused(service.add_addendum, db, saved.id, " ", "", WRITING)
    assert [field for field, _ in error.problems] == ["reason", "text"]
    assert count(db, "addenda") == 0


def test_notes_are_listed_newest_session_first(db: Database, dana: Participant) -> None:
    older = service.save_draft(db, draft(dana, session_date=D(2026, 3, 3)), WRITING)
    newer = service.save_draft(db, draft(dana), WRITING)
    assert [note.id for note in service.notes_for(db, dana.id)] == [newer.id, older.id]


# -- the individual session a note documents -------------------------------------------------


def own_sessions(db: Database, participant: Participant) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in db.execute(
            """SELECT s.date, s.start_time, s.duration_minutes, a.status, a.minutes_attended
               FROM sessions s JOIN attendance a ON a.session_id = s.id
               WHERE s.participant_id = :id ORDER BY s.id""",
            {"id": participant.id},
        )
    ]


def test_an_individual_note_makes_its_session_and_the_hours_count(
    db: Database, dana: Participant
) -> None:
    note = service.save_draft(db, draft(dana), WRITING)
    assert own_sessions(db, dana) == [("2026-03-10", "13:00", 50, "present", 50)]
    service.save_draft(db, draft(dana, note_id=note.id, duration_minutes=75), WRITING)
    assert own_sessions(db, dana) == [("2026-03-10", "13:00", 75, "present", 75)]
    service.sign(db, note.id, WRITING)
    assert service.get(db, note.id).session_id == note.session_id
    from counselor_desk.services import caseload

    (review,) = caseload.reviews(db, WRITING)
    assert review.line().hours_this_week == pytest.approx(75 / 60, abs=0.01)


def test_an_individual_note_links_to_that_days_scheduled_session(
    db: Database, dana: Participant
) -> None:
    from counselor_desk.domain.model import Session
    from counselor_desk.services import sessions

    scheduled = sessions.add_session(
        db,
        Session(0, SESSION_DAY, dt.time(11, 0), 60, ServiceType.INDIVIDUAL, participant_id=dana.id),
    )
    note = service.save_draft(db, draft(dana), WRITING)
    assert note.session_id == scheduled.id
    # The scheduled session keeps its time; the note marks her present for its 50 minutes.
    assert own_sessions(db, dana) == [("2026-03-10", "11:00", 60, "present", 50)]
    service.save_draft(db, draft(dana, note_id=note.id, duration_minutes=90), WRITING)
    assert own_sessions(db, dana) == [("2026-03-10", "11:00", 60, "present", 60)]
    service.discard_draft(db, note.id, WRITING)
    # The session was not the note's: it stays, without the mark the note had made.
    assert count(db, "sessions WHERE participant_id IS NOT NULL") == 1
    assert own_sessions(db, dana) == []


def test_a_roll_call_already_taken_is_never_rewritten_by_a_note(
    db: Database, dana: Participant
) -> None:
    from counselor_desk.domain.model import Attendance, AttendanceStatus, Session
    from counselor_desk.services import sessions

    scheduled = sessions.add_session(
        db,
        Session(0, SESSION_DAY, dt.time(13, 0), 50, ServiceType.INDIVIDUAL, participant_id=dana.id),
    )
    late = Attendance(scheduled.id, dana.id, AttendanceStatus.LATE, 30, True, "arrived late")
    sessions.record_roll_call(db, scheduled.id, [late], WRITING)
    note = service.save_draft(db, draft(dana), WRITING)
    moved = draft(dana, note_id=note.id, session_date=SESSION_DAY - dt.timedelta(days=1))
    for saved in (note, service.save_draft(db, draft(dana, note_id=note.id), WRITING)):
        assert saved.session_id == scheduled.id
        mark = db.execute(
            "SELECT status, minutes_attended, telehealth, comment FROM attendance "
            "WHERE session_id = :id",
            {"id": scheduled.id},
        ).fetchone()
        assert tuple(mark) == ("late", 30, 1, "arrived late")
    service.save_draft(db, moved, WRITING)  # moved off: the roll call stays as recorded
    assert ("2026-03-10", "13:00", 50, "late", 30) in own_sessions(db, dana)


def test_moving_or_discarding_a_draft_takes_the_session_it_made_with_it(
    db: Database, dana: Participant
) -> None:
    note = service.save_draft(db, draft(dana), WRITING)
    moved = service.save_draft(
        db, draft(dana, note_id=note.id, session_date=SESSION_DAY - dt.timedelta(days=1)), WRITING
    )
    assert own_sessions(db, dana) == [("2026-03-09", "13:00", 50, "present", 50)]
    service.discard_draft(db, moved.id, WRITING)
    assert own_sessions(db, dana) == []


def test_a_note_for_a_session_marked_absent_is_refused(db: Database, dana: Participant) -> None:
    from counselor_desk.domain.model import Attendance, AttendanceStatus, Session
    from counselor_desk.services import sessions

    scheduled = sessions.add_session(
        db,
        Session(0, SESSION_DAY, dt.time(11, 0), 60, ServiceType.INDIVIDUAL, participant_id=dana.id),
    )
    sessions.record_roll_call(
        db,
        scheduled.id,
        [Attendance(scheduled.id, dana.id, AttendanceStatus.UNEXCUSED, 0)],
        WRITING,
    )
    error = refused(service.save_draft, db, draft(dana), WRITING)
    assert "marked absent – unexcused" in error.message and error.field == "session_date"
    assert count(db, "notes") == 0


def test_a_group_entry_is_not_written_or_signed_as_an_individual_note(
    db: Database, dana: Participant
) -> None:
    error = refused(service.save_draft, db, draft(dana, format=NoteFormat.GROUP), WRITING)
    assert "group note" in error.message
