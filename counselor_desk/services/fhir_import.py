"""Admission from a referral: a FHIR Bundle another program sent (or this app exported) read
into a proposal the counselor confirms or corrects, then admitted in one transaction.

Reading touches no database. Admitting goes through `participants.admit` (its checks: a
chart number already in use is refused), with the diagnoses, medications and allergies of the
referral, and, for a referral labelled 42 CFR Part 2 admitted to a program that is not a
substance-use program, the record marked Part 2 in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Participant
from counselor_desk.interop.fhir_read import ReferralProposal, read_bundle
from counselor_desk.services import audit, part2, participants, setup
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_SHORT
from counselor_desk.store.db import Database

#: The largest referral file read (checked before a byte of it is read).
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class AdmissionChoices:
    """What the counselor decides or corrects (None: as the referral says; admitted today)."""

    program_id: int
    chart_number: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    date_of_birth: dt.date | None = None
    admission_date: dt.date | None = None


def read_referral(path: Path) -> ReferralProposal:
    """The proposal of the referral file at `path`; ValidationError (field 'file') for a file
    that is too large, unreadable, or not a FHIR Bundle about one patient."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ValidationError(
            messages.text(
                "The file {path} cannot be read ({strerror}).", path=path, strerror=error.strerror
            ),
            "file",
        ) from None
    if path.is_dir():
        raise ValidationError(
            messages.text("{path} is a folder, not a referral file.", path=path), "file"
        )
    if size > MAX_BYTES:
        raise ValidationError(
            messages.text(
                "The file is {size:.1f} MB; a referral file may be at most {most} MB. Nothing was "
                "read.",
                size=size / 1024 / 1024,
                most=MAX_BYTES // 1024 // 1024,
            ),
            "file",
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            messages.text(
                "The file {path} cannot be read ({strerror}).", path=path, strerror=error.strerror
            ),
            "file",
        ) from None
    proposal = read_bundle(data)
    return _checked_diagnoses(proposal)


def _checked_diagnoses(proposal: ReferralProposal) -> ReferralProposal:
    """The diagnoses whose code is an ICD-10 code as the app keeps them; the others listed."""
    kept, listed = [], list(proposal.unreadable)
    for diagnosis in proposal.diagnoses:
        if participants.ICD10.match(diagnosis.code):
            kept.append(diagnosis)
        else:
            listed.append(
                f"The diagnosis code '{diagnosis.code}' is not an ICD-10-CM code: not admitted."
            )
    source = proposal.referral_source
    if len(source) > MAX_SHORT:
        source = source[: MAX_SHORT - 1].rstrip() + "…"
    return replace(
        proposal, diagnoses=tuple(kept), unreadable=tuple(listed), referral_source=source
    )


def participant_from(
    db: Database, proposal: ReferralProposal, choices: AdmissionChoices, clock: Clock
) -> Participant:
    """The participant the admission would record (not checked yet, not stored)."""
    program = setup.get_program(db, choices.program_id)
    born = choices.date_of_birth or proposal.date_of_birth
    if born is None:
        raise ValidationError(
            messages.text(
                "The referral gives no full date of birth: enter it before admitting. Nothing was "
                "admitted."
            ),
            "date_of_birth",
        )
    return Participant(
        id=0,
        chart_number=proposal.chart_number
        if choices.chart_number is None
        else choices.chart_number,
        first_name=proposal.first_name if choices.first_name is None else choices.first_name,
        last_name=proposal.last_name if choices.last_name is None else choices.last_name,
        date_of_birth=born,
        program_id=program.id,
        level_of_care=program.level_of_care,
        admission_date=choices.admission_date or clock.today(),
        planned_weeks=program.planned_weeks,
        preferred_name=proposal.preferred_name,
        phone=proposal.phone,
        referral_source=proposal.referral_source,
        medications="\n".join(proposal.medications),
        allergies="\n".join(proposal.allergies),
        diagnoses=proposal.diagnoses,
    )


def admit_from_referral(
    db: Database, proposal: ReferralProposal, choices: AdmissionChoices, clock: Clock
) -> Participant:
    """Admit the participant of the referral, as corrected, in one transaction: the record
    (participants.admit refuses a chart number in use), an IMPORT audit row, and the Part 2
    mark a labelled referral carries into a program that is not a substance-use program."""
    participant = participant_from(db, proposal, choices, clock)
    program = setup.get_program(db, choices.program_id)
    with db.transaction() as conn:
        admitted = participants.admit(db, participant, clock)
        audit.record(
            conn,
            AuditAction.IMPORT,
            clock.now(),
            participant_id=admitted.id,
            target="FHIR referral",
            detail=(
                f"admitted from a FHIR referral bundle: {len(admitted.diagnoses)} diagnosis(es), "
                f"{len(proposal.medications)} medication(s), {len(proposal.allergies)} "
                f"allergy line(s); {len(proposal.unreadable)} item(s) not read"
            ),
        )
        if proposal.part2 and not program.substance_use:
            part2.decide(db, admitted.id, True, clock)
    return admitted
