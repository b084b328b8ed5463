"""The attendance verification letter: its model, its disclosure log line and its export."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Consent,
    Disclosure,
)
from counselor_desk.domain.rules import level_on
from counselor_desk.reports import (
    letter,
)
from counselor_desk.reports.model import (
    AttendanceLetter,
)
from counselor_desk.services import (
    caseload,
    clinical,
    part2,
    participants,
    setup,
)
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.services.validate import Problems
from counselor_desk.store.db import Database

#: The longest date range one attendance letter covers.
LETTER_MAX_DAYS = 3 * 366


def attendance_letter_model(
    db: Database, participant_id: int, clock: Clock, first: dt.date, last: dt.date
) -> AttendanceLetter:
    """The attendance verification letter for the sessions from `first` to `last`."""
    participant = participants.get(db, participant_id)
    if last < first:
        raise ValidationError("The 'to' date is before the 'from' date.", "last")
    if (last - first).days > LETTER_MAX_DAYS:
        raise ValidationError(
            "One letter covers at most three years; choose a shorter range.", "first"
        )
    if first > clock.today():
        raise ValidationError(
            "The 'from' date is in the future; no attendance is recorded yet.", "first"
        )
    profile = common.profile(db)
    program = setup.get_program(db, participant.program_id)
    marks = [m for m in caseload.attendance_history(db, participant_id) if first <= m.date <= last]
    changes = participants.level_changes(db, participant_id)
    return AttendanceLetter(
        letterhead=common.letterhead(profile),
        identity=common.identity(participant),
        signer=common.signer(profile),
        generated_on=clock.today(),
        program_name=program.name,
        level=level_on(participant.level_of_care, changes, min(last, clock.today())),
        admission_date=participant.admission_date,
        discharge_date=participant.discharge_date,
        first=first,
        last=last,
        sessions=tuple(marks),
        substance_use=part2.applies(db, participant_id),
    )


def _same_recipient(one: str, other: str) -> bool:
    return " ".join(one.split()).casefold() == " ".join(other.split()).casefold()


def attendance_letter_disclosure(
    db: Database,
    participant_id: int,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    *,
    recipient: str,
    purpose: str,
    consent_id: int | None = None,
) -> tuple[AttendanceLetter, Disclosure]:
    """The letter and its line in the disclosure log; refused (ValidationError) when the
    recipient or purpose is missing, or, for a substance-use program, when no valid consent
    for that recipient allows it (chosen as for the continuity-of-care summary)."""
    problems = Problems()
    recipient = problems.required("recipient", recipient, "Recipient")
    purpose = problems.required("purpose", purpose, "Purpose", limit=1000)
    problems.raise_if_any()
    model = attendance_letter_model(db, participant_id, clock, first, last)
    consent: Consent | None = None
    if model.substance_use or consent_id is not None:
        consent = common.consent_for(db, participant_id, consent_id, clock.today())
        if not _same_recipient(consent.recipient, recipient):
            raise ValidationError(
                f"The consent {consent.id} allows disclosure to {consent.recipient}, not to "
                f"{recipient}; nothing was disclosed.",
                "recipient",
            )
        if not consent.allows(ScopeCategory.ATTENDANCE):
            raise ValidationError(
                f"The consent {consent.id} for {consent.recipient} does not include attendance "
                f"(it allows: {consent_scope.in_words(consent.scope)}), and a letter is nothing "
                "but attendance; nothing was disclosed.",
                "consent",
            )
        model = replace(model, consent=consent)  # the letter states the consent it is under
    model = replace(model, recipient=recipient)  # the letter is addressed to its recipient
    attended = sum(1 for mark in model.sessions if mark.status.attended)
    under = "" if consent is None else f", under consent {consent.id}"
    what = (
        f"Attendance verification letter, chart {model.identity.chart_number}{under}: "
        f"{ScopeCategory.ATTENDANCE.label}, sessions from {first:%Y-%m-%d} to {last:%Y-%m-%d} "
        f"({attended} attended)"
        + (" (42 CFR part 2 notice included)" if model.substance_use else "")
    )
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=None if consent is None else consent.id,
        disclosed_at=clock.now(),
        recipient=recipient,
        purpose=purpose,
        what=what,
    )
    return model, disclosure


def export_attendance_letter(
    db: Database,
    participant_id: int,
    out: Path,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    *,
    recipient: str,
    purpose: str,
    consent_id: int | None = None,
) -> Path:
    """Write the attendance verification letter for `first`…`last` and log the disclosure
    (recipient, purpose, date; under its consent for a substance-use program)."""
    model, disclosure = attendance_letter_disclosure(
        db,
        participant_id,
        clock,
        first,
        last,
        recipient=recipient,
        purpose=purpose,
        consent_id=consent_id,
    )
    return common.write(
        db,
        out,
        letter.build(model),
        common.audited(
            db,
            clock,
            "attendance letter",
            participant_id,
            f"{first} to {last}; to {disclosure.recipient}; purpose: {disclosure.purpose}",
            then=lambda: clinical.record_disclosure(db, disclosure),
        ),
    )
