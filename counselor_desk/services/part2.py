"""Whether a participant's record is a 42 CFR Part 2 record, and the counselor's decision.

A record is Part 2 when the program is a substance-use program, or when the counselor said
so. A record outside such a program that has a substance-use diagnosis or a medication for
opioid use disorder (domain/part2.py) raises the question once, at its first export; the
answer is kept on the participant and audited, so it is not asked again.
"""

from __future__ import annotations

from counselor_desk.domain import messages
from counselor_desk.domain import part2 as rule
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Participant
from counselor_desk.services import audit, clinical, participants, setup
from counselor_desk.services.clock import Clock
from counselor_desk.store import participant_repo
from counselor_desk.store.db import Database


def _medication_texts(db: Database, participant: Participant) -> list[str]:
    record = clinical.discharge_record(db, participant.id)
    texts = [participant.medications]
    if record is not None:
        texts.append(record.medications_at_discharge)
    return texts


def reasons(db: Database, participant: Participant) -> list[str]:
    """What in the record looks like substance-use treatment ([] when nothing does)."""
    return rule.reasons(participant.diagnoses, _medication_texts(db, participant))


def question(db: Database, participant_id: int) -> str:
    """The sentence to ask the counselor before an export ("" when there is nothing to ask:
    a substance-use program, a decision already made, or nothing that looks like Part 2)."""
    participant = participants.get(db, participant_id)
    if decision(db, participant_id) is not None:
        return ""
    if setup.get_program(db, participant.program_id).substance_use:
        return ""
    found = rule.reasons_in_message(participant.diagnoses, _medication_texts(db, participant))
    if not found:
        return ""
    return messages.text(
        "The record has {found}, but its program is not a substance-use program. Records of "
        "substance-use treatment are protected by 42 CFR Part 2: treated as Part 2, each "
        "disclosure needs a valid consent and carries the notice against redisclosure.",
        found="; ".join(found),
    )


def applies(db: Database, participant_id: int) -> bool:
    """Whether the record is treated as Part 2; a ValidationError (field 'part2') when the
    counselor has yet to decide (see `question`)."""
    participant = participants.get(db, participant_id)
    if setup.get_program(db, participant.program_id).substance_use:
        return True
    decided = decision(db, participant_id)
    if decided is not None:
        return decided
    asked = question(db, participant_id)
    if asked:
        raise ValidationError(
            messages.text(
                "{asked} Decide whether to treat the record as Part 2 first; nothing was "
                "disclosed.",
                asked=asked,
            ),
            "part2",
        )
    return False


def decision(db: Database, participant_id: int) -> bool | None:
    """The counselor's answer for this participant (None: not asked yet)."""
    return participant_repo.part2_decision(db.conn, participant_id)


def decide(db: Database, participant_id: int, part2: bool, clock: Clock) -> bool:
    """Record whether the participant's record is treated as Part 2 (audited). A record of a
    substance-use program is Part 2 whatever is decided, so 'not Part 2' is refused there."""
    participant = participants.get(db, participant_id)
    if not part2 and setup.get_program(db, participant.program_id).substance_use:
        raise ValidationError(
            messages.text(
                "The participant is in a substance-use program: the record is 42 CFR Part 2 and "
                "cannot be marked otherwise."
            ),
            "part2",
        )
    if decision(db, participant_id) is part2:
        return part2
    found = reasons(db, participant)
    kinds = [
        kind
        for kind, word in (
            ("substance-use diagnosis", "diagnosis"),
            ("medication for opioid use disorder", "medication"),
        )
        if any(item.startswith(word) for item in found)
    ]
    why = " and ".join(kinds) or "the counselor's decision"  # no codes or drug names logged
    with db.transaction() as conn:
        participant_repo.set_part2(conn, participant_id, part2, clock.now())
        audit.record(
            conn,
            AuditAction.PART2_DECISION,
            clock.now(),
            participant_id=participant_id,
            target=f"participant {participant_id}",
            detail=f"treated as 42 CFR part 2: {'yes' if part2 else 'no'} ({why})",
        )
    return part2
