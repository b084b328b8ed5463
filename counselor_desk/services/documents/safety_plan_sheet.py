"""The participant's own copy of their safety plan: its model, its disclosure log line and
its export."""

from __future__ import annotations

from pathlib import Path

from counselor_desk.domain import messages
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import (
    Disclosure,
    Participant,
)
from counselor_desk.domain.safety import PLAN_SECTIONS
from counselor_desk.reports import words
from counselor_desk.reports.model import (
    PlanSection,
    SafetyPlanSheet,
)
from counselor_desk.services import (
    clinical,
    participants,
    safety,
)
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.store.db import Database

#: The disclosure log's recipient and purpose of a copy of the safety plan given to the
#: participant: a copy for the patient is a disclosure too, and is logged like any other.
SAFETY_PLAN_RECIPIENT = "The participant themself"


SAFETY_PLAN_PURPOSE = "Safety plan for the participant's own use"


#: The step of the plan where 988 and the clinic's crisis line always print.
CRISIS_STEP = "professionals"


def safety_plan_model(
    db: Database, participant_id: int, clock: Clock, *, language: str = "en"
) -> SafetyPlanSheet:
    """The participant's copy of their current safety plan, printed in `language` ('en' or
    'es'); refused (ValidationError) when there is none, or when the profile has no crisis
    line to print on it."""
    words.checked_language(language)
    participant = participants.get(db, participant_id)
    plan = safety.current_plan(db, participant_id)
    if plan is None:
        raise ValidationError(
            messages.text(
                "There is no safety plan for this participant yet: write one first; nothing was "
                "exported."
            ),
            "plan",
        )
    profile = common.profile(db)
    if not profile.crisis_line.strip():
        raise ValidationError(
            messages.text(
                "Add the clinic's crisis line to your counselor profile first: every printed "
                "safety plan carries it beside 988; nothing was exported."
            ),
            "profile",
        )
    saved = plan.saved_at.date() if plan.saved_at is not None else clock.today()
    return SafetyPlanSheet(
        letterhead=common.letterhead(profile),
        name=participant.display_name,
        version=plan.version,
        saved_on=saved,
        generated_on=clock.today(),
        sections=tuple(
            PlanSection(number, heading, plan.text(key), crisis_lines=key == CRISIS_STEP)
            for number, (key, heading, _prompt) in enumerate(PLAN_SECTIONS, start=1)
        ),
        clinic_crisis_line=profile.crisis_line.strip(),
        counselor=common.signer(profile),
        language=language,
    )


def safety_plan_disclosure(
    participant: Participant, model: SafetyPlanSheet, clock: Clock
) -> Disclosure:
    """The disclosure log's line for a copy of the safety plan handed to the participant.

    No consent: the copy goes to the patient themself. Nor, for a 42 CFR Part 2 record, the
    notice against redisclosure: 42 CFR 2.23 lets a program give patients their own records
    without consent, and the notice (2.32) goes with disclosures made under a consent to
    someone else. So the plan prints no notice and its export never asks whether the record
    is Part 2 (the attendance letter, to a third party, does both).
    """
    return Disclosure(
        id=0,
        participant_id=participant.id,
        consent_id=None,
        disclosed_at=clock.now(),
        recipient=SAFETY_PLAN_RECIPIENT,
        purpose=SAFETY_PLAN_PURPOSE,
        what=(
            f"Safety plan version {model.version} (saved {model.saved_on:%Y-%m-%d}), chart "
            f"{participant.chart_number}: the participant's own one-page copy"
        ),
    )


def export_safety_plan(
    db: Database, participant_id: int, out: Path, clock: Clock, *, language: str = "en"
) -> Path:
    """Write the participant's one-page copy of their current safety plan in `language` ('en'
    or 'es') and log it (audit row and disclosure log line, committed before the file has
    its name)."""
    words.checked_language(language)
    participant = participants.get(db, participant_id)
    model = safety_plan_model(db, participant_id, clock, language=language)
    from counselor_desk.reports import safety_plan  # reportlab loads when a document is made

    data = safety_plan.build(model)  # refuses a plan too long for one page
    disclosure = safety_plan_disclosure(participant, model, clock)
    return common.write(
        db,
        out,
        data,
        common.audited(
            db,
            clock,
            "safety plan",
            participant_id,
            f"version {model.version}; to {disclosure.recipient}",
            then=lambda: clinical.record_disclosure(db, disclosure),
        ),
    )
