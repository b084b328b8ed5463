"""A small caseload whose notes the search tests look for: every kind of note, drafts and
signed, a group entry tied to a real group session, written out of date order."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counselor_desk.domain.model import (
    CounselorProfile,
    Note,
    NoteFormat,
    NoteStatus,
    Participant,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import notes, participants, sessions, setup
from counselor_desk.services.clock import FixedClock
from counselor_desk.store import note_repo
from counselor_desk.store.db import Database
from tests.factories import new_participant

#: Friday 27 February 2026: the adult program's morning group (Mon/Wed/Fri 09:00).
GROUP_DAY = dt.date(2026, 2, 27)
#: Text in a note of Ines only: no other note holds these words.
PRIVATE_WORDS = "custody hearing"


@dataclass(frozen=True)
class Found:
    """The caseload's people and notes, by what the tests call them."""

    zoe: Participant
    marcus: Participant
    ines: Participant
    old_signed: int  # Zoë's individual note of 23 Feb, signed (written last)
    today_draft: int  # Zoë's individual draft of 2 Mar
    group_entry: int  # Marcus's entry of the 27 Feb group note (a draft)
    group_session: int
    family_signed: int  # Ines's family session of 25 Feb, signed
    education_draft: int  # Marcus's psychoeducation note of 24 Feb


def _draft(
    person: Participant,
    day: dt.date,
    text: str,
    service: ServiceType = ServiceType.INDIVIDUAL,
    start: dt.time = dt.time(13, 0),
) -> notes.NoteDraft:
    return notes.NoteDraft(
        participant_id=person.id,
        session_date=day,
        start_time=start,
        duration_minutes=50,
        service_type=service,
        format=NoteFormat.FREE,
        fields={"text": text},
        risk=RiskLevel.DENIED,
    )


def _group_session(db: Database) -> int:
    sessions.ensure_scheduled(db, GROUP_DAY, GROUP_DAY)
    [group] = [
        day.session
        for day in sessions.day_sessions(db, GROUP_DAY)
        if day.session.service_type is ServiceType.GROUP
    ]
    return group.id


def _group_entry(db: Database, person: Participant, session_id: int, clock: FixedClock) -> int:
    """An attendee's note of a group note, stored as the group-note service stores it."""
    now = clock.now()
    return note_repo.insert_note(
        db.conn,
        Note(
            id=0,
            participant_id=person.id,
            session_date=GROUP_DAY,
            start_time=dt.time(9, 0),
            duration_minutes=180,
            service_type=ServiceType.GROUP,
            format=NoteFormat.GROUP,
            fields={
                "topic": "Urge surfing",
                "group_content": "Members practiced riding out cravings.",
                "participation": "Active: shared and engaged with peers",
                "response": "Marcus described urge surfing at the bus stop.",
                "plan": "Practice daily.",
            },
            risk=RiskLevel.DENIED,
            risk_detail="",
            goal_id=None,
            status=NoteStatus.DRAFT,
            created_at=now,
            updated_at=now,
            session_id=session_id,
        ),
    )


def build(db: Database, clock: FixedClock) -> Found:
    """Notes matching "urge" on four days, one of each kind; the oldest one written last."""
    setup.save_profile(
        db, CounselorProfile(name="Dana Reyes", credentials="LPC", clinic_name="Eastside Clinic")
    )
    program = setup.add_program(db, setup.standard_program("Adult IOP"))
    admitted = dt.date(2026, 2, 2)

    def admit(chart: str, first: str, last: str) -> Participant:
        record = new_participant(program, chart=chart, first=first, last=last, admitted=admitted)
        return participants.admit(db, record, clock)

    zoe = admit("S-1", "Zoë", "Ångström")
    marcus = admit("S-2", "Marcus", "Lee")
    ines = admit("S-3", "Inés", "Ortega")
    today_draft = notes.save_draft(
        db, _draft(zoe, dt.date(2026, 3, 2), "Urge surfing again; sleep better."), clock
    ).id
    group_session = _group_session(db)
    group_entry = _group_entry(db, marcus, group_session, clock)
    family = notes.save_draft(
        db,
        _draft(
            ines,
            dt.date(2026, 2, 25),
            f"Family named the urge to leave early; {PRIVATE_WORDS} next week.",
            ServiceType.FAMILY,
        ),
        clock,
    )
    family_signed = notes.sign(db, family.id, clock).id
    education_draft = notes.save_draft(
        db,
        _draft(
            marcus,
            dt.date(2026, 2, 24),
            "Psychoeducation on cravings: an urge passes like a wave.",
            ServiceType.EDUCATION,
            dt.time(11, 0),
        ),
        clock,
    ).id
    old = notes.save_draft(
        db, _draft(zoe, dt.date(2026, 2, 23), "First try at urge surfing before the visit."), clock
    )
    old_signed = notes.sign(db, old.id, clock).id
    return Found(
        zoe=zoe,
        marcus=marcus,
        ines=ines,
        old_signed=old_signed,
        today_draft=today_draft,
        group_entry=group_entry,
        group_session=group_session,
        family_signed=family_signed,
        education_draft=education_draft,
    )
