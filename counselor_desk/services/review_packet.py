"""The concurrent-review packet: for a period, what a payer's reviewer asks to see, under the
participant's consent (what its scope leaves out is not printed), logged as a disclosure
before the file exists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from counselor_desk.domain import consent_scope, messages
from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Disclosure
from counselor_desk.domain.rules import attendance_summary
from counselor_desk.reports import review_packet
from counselor_desk.reports.review_packet import ReviewPacket
from counselor_desk.services import caseload, clinical, part2, participants, payer, setup
from counselor_desk.services import measures as scores
from counselor_desk.services.clock import Clock
from counselor_desk.services.documents import common
from counselor_desk.services.validate import Problems
from counselor_desk.store.db import Database

JUSTIFICATION_MAX = 4000
PERIOD_MAX_DAYS = 92


def _ratings_in(
    ratings: list[AsamRating], first: dt.date, last: dt.date
) -> tuple[tuple[AsamRating, ...], AsamRating | None]:
    """The ratings of the period, oldest first, and the latest one before it; with none in
    the period, the latest before it stands in (the person's current rating), compared with
    the one before that."""
    inside = tuple(r for r in ratings if first <= r.rated_on <= last)
    before = [r for r in ratings if r.rated_on < first]
    if not inside and before:
        return (before[-1],), (before[-2] if len(before) > 1 else None)
    return inside, (before[-1] if before else None)


def packet_model(
    db: Database,
    participant_id: int,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    justification: str,
    consent_id: int | None = None,
) -> ReviewPacket:
    """The packet for `first`…`last`; refused (ValidationError) without a valid consent, for
    a period that is backwards, in the future or longer than a quarter, or without the
    counselor's justification."""
    participant = participants.get(db, participant_id)
    problems = Problems()
    today = clock.today()
    if not (isinstance(first, dt.date) and isinstance(last, dt.date)):
        raise ValidationError(messages.text("The period needs a first and a last day."), "first")
    if last < first:
        problems.add("last", messages.text("The period's last day is before its first."))
    elif (last - first).days >= PERIOD_MAX_DAYS:
        problems.add(
            "first",
            messages.text(
                "A review covers at most {period_max_days} days.", period_max_days=PERIOD_MAX_DAYS
            ),
        )
    if first > today:
        problems.add("first", messages.text("The period starts in the future."))
    text = problems.required(
        "justification",
        justification if isinstance(justification, str) else "",
        messages.text("Why this level of care is still needed"),
        limit=JUSTIFICATION_MAX,
    )
    problems.raise_if_any()
    last = min(last, today)
    is_part2 = part2.applies(db, participant_id)
    consent = common.consent_for(db, participant_id, consent_id, today)
    allows = consent.allows
    profile = common.profile(db)
    review = caseload.review(db, participant, clock)
    marks = [m for m in caseload.attendance_history(db, participant_id) if first <= m.date <= last]
    weeks = tuple(w for w in review.weeks if w.start <= last and w.end >= first)
    found = scores.measures(db, participant_id)
    ratings, before = _ratings_in(payer.ratings(db, participant_id), first, last)
    standing = payer.payer_standing(db, participant_id, clock).current
    return ReviewPacket(
        letterhead=common.letterhead(profile),
        identity=common.identity(participant),
        signer=common.signer(profile),
        generated_on=today,
        first=first,
        last=last,
        program_name=setup.get_program(db, participant.program_id).name,
        substance_use=is_part2,
        consent=consent,
        admission_date=participant.admission_date,
        projected_end=review.projected_end,
        current_level=review.level_of_care,
        justification=text,
        authorization=standing,
        weeks=weeks if allows(ScopeCategory.ATTENDANCE) else (),
        attendance=attendance_summary(marks) if allows(ScopeCategory.ATTENDANCE) else None,
        measures=common.measure_changes(found, followed_only=True)
        if allows(ScopeCategory.MEASURES)
        else (),
        safety=common.safety_status(db, participant_id, found)
        if allows(ScopeCategory.RISK)
        else None,
        goals=tuple(clinical.goals(db, participant_id))
        if allows(ScopeCategory.TREATMENT_PLAN)
        else (),
        ratings=ratings if allows(ScopeCategory.TREATMENT_PLAN) else (),
        rating_before=before if allows(ScopeCategory.TREATMENT_PLAN) else None,
    )


def disclosed(model: ReviewPacket) -> str:
    """The disclosure log's 'what': the period, what it carried and what it left out."""
    carried = consent_scope.in_words(
        [c for c in consent_scope.ordered(model.consent.scope) if model.includes(c)]
    )
    left_out = consent_scope.in_words(model.left_out) if model.left_out else "nothing"
    return (
        f"Concurrent review, chart {model.identity.chart_number}, {model.first:%Y-%m-%d} to "
        f"{model.last:%Y-%m-%d}, under consent {model.consent.id}: identification, the "
        f"authorization and the counselor's justification; {carried}. Left out: {left_out}."
        + (" 42 CFR part 2 notice included." if model.substance_use else "")
    )


def export_review_packet(
    db: Database,
    participant_id: int,
    out: Path,
    clock: Clock,
    first: dt.date,
    last: dt.date,
    justification: str,
    consent_id: int | None = None,
) -> Path:
    """Write the packet; its disclosure and audit rows are committed before the file exists."""
    model = packet_model(db, participant_id, clock, first, last, justification, consent_id)
    data = review_packet.build(model)
    disclosure = Disclosure(
        id=0,
        participant_id=participant_id,
        consent_id=model.consent.id,
        disclosed_at=clock.now(),
        recipient=model.consent.recipient,
        purpose=model.consent.purpose,
        what=disclosed(model),
    )
    return common.write_logged(
        db,
        out,
        data,
        clock,
        "concurrent review",
        participant_id,
        detail=f"to {disclosure.recipient}; {first:%Y-%m-%d} to {last:%Y-%m-%d}",
        then=lambda: clinical.record_disclosure(db, disclosure),
    )
