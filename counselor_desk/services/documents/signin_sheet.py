"""The sign-in sheet of one session: who is expected, and the export."""

from __future__ import annotations

from pathlib import Path

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Participant,
)
from counselor_desk.reports import (
    signin,
)
from counselor_desk.reports.model import (
    SigninSheet,
)
from counselor_desk.services import (
    participants,
    sessions,
)
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.store.db import Database


def _first_and_initial(participant: Participant) -> str:
    first = participant.preferred_name or participant.first_name
    initial = participant.last_name[:1].upper()
    return f"{first} {initial}." if initial else first


def signin_sheet_model(db: Database, session_id: int, clock: Clock) -> SigninSheet:
    """The sign-in sheet of one session: who is expected, first name and last initial."""
    sheet = sessions.roll_call_sheet(db, session_id)
    session = sheet.session
    if session.cancelled:
        raise ValidationError("This session is cancelled; there is no one to sign in.", "session")
    profile = common.profile(db)
    names = tuple(
        _first_and_initial(participants.get(db, row.participant_id)) for row in sheet.rows
    )
    return SigninSheet(
        letterhead=common.letterhead(profile),
        facilitator=common.signer(profile),
        generated_on=clock.today(),
        program_name=sheet.program_name,
        session_id=session.id,
        session_date=session.date,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        service_type=session.service_type,
        topic=session.topic,
        names=names,
    )


def export_signin_sheet(db: Database, session_id: int, out: Path, clock: Clock) -> Path:
    """Write the sign-in sheet of a session."""
    return common.write(
        db,
        out,
        signin.build(signin_sheet_model(db, session_id, clock)),
        common.audited(db, clock, "sign-in sheet", None, f"session {session_id}"),
    )
