"""Treatment plan, discharge, consents and disclosures."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TypeVar

from counselor_desk.domain import integrity, messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.consent_scope import ScopeCategory, canonical, in_message
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import (
    Consent,
    Discharge,
    DischargeAmendment,
    Disclosure,
    Goal,
    Objective,
    Participant,
    ParticipantStatus,
    Referral,
)
from counselor_desk.services import audit, caseload
from counselor_desk.services.clock import Clock
from counselor_desk.services.participants import get as get_participant
from counselor_desk.services.validate import MAX_TEXT, Problems, fmt
from counselor_desk.store import clinical_repo, measure_repo, participant_repo, session_repo
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

# -- treatment plan ------------------------------------------------------------------------


def goals(db: Database, participant_id: int) -> list[Goal]:
    return clinical_repo.goals_for(db.conn, participant_id)


PlanItem = TypeVar("PlanItem", Goal, Objective)


def _checked_plan_item(item: PlanItem, noun: str) -> PlanItem:
    """A goal or objective with its texts checked and trimmed (ValidationError naming each)."""
    problems = Problems()
    description = problems.required("description", item.description, noun, limit=2000)
    progress = problems.optional(
        "progress", item.progress, messages.text("Progress"), limit=MAX_TEXT
    )
    problems.raise_if_any()
    return replace(item, description=description, progress=progress)


def save_goal(db: Database, goal: Goal) -> Goal:
    """Add (id 0) or update a goal of the participant's treatment plan."""
    get_participant(db, goal.participant_id)
    cleaned = _checked_plan_item(goal, messages.text("Goal"))
    problems = Problems()
    interventions = problems.optional(
        "interventions", goal.interventions, messages.text("Interventions"), limit=MAX_TEXT
    )
    problems.raise_if_any()
    cleaned = replace(cleaned, interventions=interventions)
    with db.transaction() as conn:
        if goal.id:
            if clinical_repo.get_goal_owner(conn, goal.id) != goal.participant_id:
                raise NotFoundError(messages.text("That goal does not exist."), "goal")
            clinical_repo.update_goal(conn, cleaned)
        else:
            cleaned = replace(cleaned, id=clinical_repo.insert_goal(conn, cleaned))
    return cleaned


def save_objective(db: Database, objective: Objective) -> Objective:
    """Add (id 0) or update an objective under a goal."""
    if clinical_repo.get_goal_owner(db.conn, objective.goal_id) is None:
        raise NotFoundError(messages.text("That goal does not exist."), "goal")
    cleaned = _checked_plan_item(objective, messages.text("Objective"))
    with db.transaction() as conn:
        if objective.id:
            if clinical_repo.get_objective_goal(conn, objective.id) != objective.goal_id:
                raise NotFoundError(messages.text("That objective does not exist."), "objective")
            clinical_repo.update_objective(conn, cleaned)
        else:
            cleaned = replace(cleaned, id=clinical_repo.insert_objective(conn, cleaned))
    return cleaned


# -- discharge -----------------------------------------------------------------------------


def discharge_record(db: Database, participant_id: int) -> Discharge | None:
    return clinical_repo.get_discharge(db.conn, participant_id)


def discharge_amendments(db: Database, participant_id: int) -> list[DischargeAmendment]:
    """The dated amendments of the signed discharge summary, oldest first."""
    return clinical_repo.discharge_amendments(db.conn, participant_id)


def signed_discharge_content(db: Database, participant_id: int) -> str:
    """The canonical content the summary was signed with ("" before the signature)."""
    return clinical_repo.signed_discharge_content(db.conn, participant_id)


def _refuse_if_signed(existing: Discharge | None) -> None:
    if existing is not None and existing.signed_at is not None:
        raise ValidationError(
            messages.text(
                "The discharge summary was signed on {signed_at:%Y-%m-%d %H:%M} and is locked; "
                "add an amendment instead.",
                signed_at=existing.signed_at,
            ),
            "discharge",
        )


def _audit_reason(
    conn: Connection, existing: Discharge | None, saved: Discharge, at: dt.datetime
) -> None:
    """Every change of the discharge reason before the signature is in the audit trail."""
    if existing is not None and existing.reason is saved.reason:
        return
    before = "none" if existing is None else existing.reason.value
    audit.record(
        conn,
        AuditAction.DISCHARGE,
        at,
        participant_id=saved.participant_id,
        target=f"discharge {saved.participant_id}",
        detail=f"reason {before} -> {saved.reason.value}"
        + (" (involuntary)" if saved.reason.involuntary else ""),
    )


#: The longest "given to" of the discharge information and copy (names and roles).
COPY_TO_LIMIT = 500


def _check_copy_given(
    participant: Participant,
    given_on: dt.date | None,
    given_to: str,
    today: dt.date,
    problems: Problems,
) -> None:
    """The day the discharge information and a copy were given, and to whom: both or neither;
    not in the future and not before the admission."""
    if given_on is None:
        if given_to:
            problems.add(
                "copy_given_on",
                messages.text(
                    "Information and copy given on: give the date they were given, or clear who "
                    "received them."
                ),
            )
        return
    if given_on > today:
        problems.add(
            "copy_given_on",
            messages.text(
                "Information and copy given on: {given_on} is in the future.",
                given_on=fmt(given_on),
            ),
        )
    if given_on < participant.admission_date:
        problems.add(
            "copy_given_on",
            messages.text(
                "Information and copy given on: {given_on} is before the admission date "
                "({admission_date}).",
                given_on=fmt(given_on),
                admission_date=fmt(participant.admission_date),
            ),
        )
    if not given_to:
        problems.add(
            "copy_given_to",
            messages.text(
                "Information and copy given to: say who received them (the participant, a "
                "guardian, or who else)."
            ),
        )


def _check_discharge(
    db: Database, participant: Participant, discharge: Discharge, today: dt.date, problems: Problems
) -> Discharge:
    if discharge.discharge_date < participant.admission_date:
        problems.add(
            "discharge_date",
            messages.text("The discharge date cannot be before the admission date."),
        )
    referrals = []
    for position, referral in enumerate(discharge.referrals, start=1):
        provider = problems.required(
            "referrals",
            referral.provider,
            messages.text("Referral {position}: provider", position=position),
        )
        referrals.append(
            Referral(
                provider=provider,
                service=problems.optional(
                    "referrals",
                    referral.service,
                    messages.text("Referral {position}: service", position=position),
                ),
                contact=problems.optional(
                    "referrals",
                    referral.contact,
                    messages.text("Referral {position}: contact", position=position),
                ),
                phone=problems.optional(
                    "referrals",
                    referral.phone,
                    messages.text("Referral {position}: phone", position=position),
                ),
                address=problems.optional(
                    "referrals",
                    referral.address,
                    messages.text("Referral {position}: address", position=position),
                    limit=500,
                ),
                first_appointment=referral.first_appointment,
            )
        )

    def text(field: str, value: str, label: str) -> str:
        return problems.optional(field, value, label, limit=MAX_TEXT)

    given_to = problems.single_line(
        "copy_given_to",
        discharge.copy_given_to,
        messages.text("Who was given the copy"),
        limit=COPY_TO_LIMIT,
    )
    _check_copy_given(participant, discharge.copy_given_on, given_to, today, problems)
    return replace(
        discharge,
        participant_id=participant.id,
        strengths=text(
            "strengths",
            discharge.strengths,
            messages.text("Strengths, needs, abilities and preferences"),
        ),
        copy_given_to=given_to,
        reason_detail=text(
            "reason_detail", discharge.reason_detail, messages.text("Reason details")
        ),
        condition_at_discharge=text(
            "condition_at_discharge", discharge.condition_at_discharge, messages.text("Condition")
        ),
        aftercare_plan=text(
            "aftercare_plan", discharge.aftercare_plan, messages.text("Aftercare plan")
        ),
        relapse_prevention_plan=text(
            "relapse_prevention_plan",
            discharge.relapse_prevention_plan,
            messages.text("Relapse-prevention plan"),
        ),
        crisis_resources=text(
            "crisis_resources", discharge.crisis_resources, messages.text("Crisis resources")
        ),
        medications_at_discharge=text(
            "medications_at_discharge",
            discharge.medications_at_discharge,
            messages.text("Medications at discharge"),
        ),
        referrals=tuple(referrals),
    )


def save_discharge_plan(db: Database, discharge: Discharge, clock: Clock) -> Discharge:
    """Keep the discharge form as a draft: nothing about the participant's status changes."""
    participant = get_participant(db, discharge.participant_id)
    existing = clinical_repo.get_discharge(db.conn, participant.id)
    _refuse_if_signed(existing)
    problems = Problems()
    cleaned = _check_discharge(db, participant, discharge, clock.today(), problems)
    problems.raise_if_any()
    recorded = existing.recorded_at if existing else None
    completed = existing.summary_completed_at if existing else None
    if recorded is not None and cleaned.discharge_date != existing.discharge_date:  # type: ignore[union-attr]
        raise ValidationError(
            messages.text("The discharge is recorded; its date cannot change here."),
            "discharge_date",
        )
    cleaned = replace(cleaned, recorded_at=recorded, summary_completed_at=completed)
    with db.transaction() as conn:
        clinical_repo.save_discharge(conn, cleaned)
        _audit_reason(conn, existing, cleaned, clock.now())
    return cleaned


def record_discharge(db: Database, discharge: Discharge, clock: Clock) -> Discharge:
    """Discharge the participant: status, date and reason are set in one transaction."""
    participant = get_participant(db, discharge.participant_id)
    if participant.status is ParticipantStatus.DISCHARGED:
        raise ValidationError(
            messages.text("This participant is already discharged."), "discharge_date"
        )
    problems = Problems()
    cleaned = _check_discharge(db, participant, discharge, clock.today(), problems)
    if discharge.discharge_date > clock.today():
        problems.add("discharge_date", messages.text("The discharge date cannot be in the future."))
    marks = session_repo.attended_sessions(db.conn, [participant.id]).get(participant.id, [])
    after = [mark.date for mark in marks if mark.date > discharge.discharge_date]
    if after:
        problems.add(
            "discharge_date",
            messages.text(
                "Attendance is recorded on {day}, after this discharge date.", day=fmt(max(after))
            ),
        )
    later = [
        m
        for m in measure_repo.measures_for(db.conn, participant.id)
        if not m.is_struck and m.instrument != C_SSRS.name and m.taken_on > discharge.discharge_date
    ]
    if later:
        last = max(later, key=lambda m: m.taken_on)
        problems.add(
            "discharge_date",
            messages.text(
                "A {instrument} is recorded on {taken_on}, after this discharge date (strike it "
                "first if it was entered in error).",
                instrument=last.instrument,
                taken_on=fmt(last.taken_on),
            ),
        )
    problems.raise_if_any()
    now = clock.now()
    cleaned = replace(cleaned, recorded_at=now, summary_completed_at=None)
    with db.transaction() as conn:
        clinical_repo.save_discharge(conn, cleaned)
        participant_repo.update_participant(
            conn,
            replace(
                participant,
                status=ParticipantStatus.DISCHARGED,
                discharge_date=cleaned.discharge_date,
            ),
            now,
            at_admission=False,
        )
        audit.record(
            conn,
            AuditAction.DISCHARGE,
            now,
            participant_id=participant.id,
            detail=f"{cleaned.discharge_date.isoformat()} {cleaned.reason.value}",
        )
    caseload.remember_discharged(db, [participant.id], clock)
    return cleaned


# -- consents and disclosures --------------------------------------------------------------


def consents(db: Database, participant_id: int) -> list[Consent]:
    return clinical_repo.consents_for(db.conn, participant_id)


def get_consent(db: Database, consent_id: int) -> Consent:
    consent = clinical_repo.get_consent(db.conn, consent_id)
    if consent is None:
        raise NotFoundError(
            messages.text("Consent {consent_id} does not exist.", consent_id=consent_id), "consent"
        )
    return consent


def _checked_scope(problems: Problems, scope: object) -> frozenset[ScopeCategory]:
    """The categories chosen: at least one, each a known category."""
    chosen = frozenset(scope) if isinstance(scope, frozenset | set | tuple | list) else frozenset()
    if not chosen or not all(isinstance(item, ScopeCategory) for item in chosen):
        problems.add(
            "scope",
            messages.text(
                "Choose at least one category of information the consent allows ({categories}).",
                categories=in_message(ScopeCategory),
            ),
        )
        return frozenset()
    return chosen


def add_consent(db: Database, consent: Consent, clock: Clock) -> Consent:
    """Record a signed consent for disclosure (recipient, purpose, which categories, expiry)."""
    get_participant(db, consent.participant_id)
    problems = Problems()
    recipient = problems.required("recipient", consent.recipient, messages.text("Recipient"))
    purpose = problems.required("purpose", consent.purpose, messages.text("Purpose"), limit=1000)
    scope = _checked_scope(problems, consent.scope)
    address = problems.optional(
        "recipient_address",
        consent.recipient_address,
        messages.text("Recipient address"),
        limit=500,
    )
    event = problems.optional(
        "expiry_event",
        consent.expiry_event,
        messages.text("The event or condition it expires on"),
        limit=500,
    )
    signed_by = problems.optional("signed_by", consent.signed_by, messages.text("Signed by"))
    if consent.signed_date > clock.today():
        problems.add("signed_date", messages.text("The consent cannot be signed in the future."))
    if consent.expiry_date is None and not event:
        problems.add(
            "expiry_date",
            messages.text(
                "Expiry date or event is required: give the date it expires on (Expires on), the "
                "event or condition it expires with (or when), or both; a consent without an "
                "expiry is not valid."
            ),
        )
    elif consent.expiry_date is not None and consent.expiry_date < consent.signed_date:
        problems.add(
            "expiry_date", messages.text("The consent cannot expire before it was signed.")
        )
    problems.raise_if_any()
    cleaned = replace(
        consent,
        id=0,
        recipient=recipient,
        purpose=purpose,
        scope=scope,
        scope_as_written="",
        scope_confirmed=True,
        recipient_address=address,
        revoked_date=None,
        expiry_event=event,
        expiry_event_on=None,
        signed_by=signed_by,
    )
    with db.transaction() as conn:
        consent_id = clinical_repo.insert_consent(conn, cleaned)
    return replace(cleaned, id=consent_id)


def confirm_consent_scope(
    db: Database, consent_id: int, scope: frozenset[ScopeCategory], clock: Clock
) -> Consent:
    """Choose the categories of a consent saved before consents had them (its scope as
    written is kept); from then on it can be used. Audited; a chosen scope never changes."""
    consent = get_consent(db, consent_id)
    if consent.scope_confirmed:
        raise ValidationError(
            messages.text(
                "This consent's scope was chosen when it was recorded; it cannot change. Record a "
                "new consent for a different scope."
            ),
            "scope",
        )
    problems = Problems()
    chosen = _checked_scope(problems, scope)
    problems.raise_if_any()
    with db.transaction() as conn:
        clinical_repo.confirm_consent_scope(conn, consent_id, chosen)
        audit.record(
            conn,
            AuditAction.CONSENT_SCOPE,
            clock.now(),
            participant_id=consent.participant_id,
            target=f"consent {consent_id}",
            detail=f"scope confirmed: {canonical(chosen)}",
        )
    return replace(consent, scope=chosen, scope_confirmed=True)


def revoke_consent(db: Database, consent_id: int, revoked: dt.date, clock: Clock) -> Consent:
    consent = get_consent(db, consent_id)
    if consent.revoked_date is not None:
        raise ValidationError(messages.text("This consent is already revoked."), "revoked_date")
    if revoked < consent.signed_date or revoked > clock.today():
        raise ValidationError(
            messages.text("The revocation date must be between the signing date and today."),
            "revoked_date",
        )
    with db.transaction() as conn:
        clinical_repo.revoke_consent(conn, consent_id, revoked)
    return replace(consent, revoked_date=revoked)


def record_consent_event(db: Database, consent_id: int, happened: dt.date, clock: Clock) -> Consent:
    """Record that the event or condition a consent expires with happened on `happened` (not
    before it was signed, not in the future): from that day it allows no disclosure. Once
    recorded the day stays. Audited, naming only the consent and the day."""
    consent = get_consent(db, consent_id)
    if not consent.expiry_event:
        raise ValidationError(
            messages.text(
                "This consent does not expire with an event or condition; nothing was recorded."
            ),
            "expiry_event_on",
        )
    if consent.expiry_event_on is not None:
        raise ValidationError(
            messages.text(
                "The event of this consent was already recorded as happening on "
                "{expiry_event_on:%Y-%m-%d}.",
                expiry_event_on=consent.expiry_event_on,
            ),
            "expiry_event_on",
        )
    if happened < consent.signed_date:
        raise ValidationError(
            messages.text(
                "The event cannot have happened before the consent was signed "
                "({signed_date:%Y-%m-%d}).",
                signed_date=consent.signed_date,
            ),
            "expiry_event_on",
        )
    if happened > clock.today():
        raise ValidationError(
            messages.text("The event cannot be recorded in the future."), "expiry_event_on"
        )
    with db.transaction() as conn:
        clinical_repo.record_consent_event(conn, consent_id, happened)
        audit.record(
            conn,
            AuditAction.CONSENT_EVENT,
            clock.now(),
            participant_id=consent.participant_id,
            target=f"consent {consent_id}",
            detail=f"expiry event happened on {happened:%Y-%m-%d}",
        )
    return replace(consent, expiry_event_on=happened)


def usable_consent(
    db: Database, participant_id: int, consent_id: int | None, today: dt.date
) -> Consent:
    """The consent that allows a disclosure today, or a plain refusal saying why not."""
    if consent_id is not None:
        consent = get_consent(db, consent_id)
        if consent.participant_id != participant_id:
            raise ValidationError(
                messages.text("That consent belongs to another participant."), "consent"
            )
        why = consent.why_not_valid(today)
        if why:
            raise ValidationError(messages.text("{why} Nothing was disclosed.", why=why), "consent")
        return consent
    valid = [item for item in consents(db, participant_id) if item.valid_on(today)]
    if not valid:
        raise ValidationError(
            messages.text(
                "No valid consent for disclosure is on file (none, expired or revoked); nothing "
                "was disclosed."
            ),
            "consent",
        )
    if len(valid) > 1:
        listing = ", ".join(f"{item.id} ({item.recipient})" for item in valid)
        raise ValidationError(
            messages.text("Several consents are valid; choose one: {listing}.", listing=listing),
            "consent",
        )
    return valid[0]


def record_disclosure(db: Database, disclosure: Disclosure) -> Disclosure:
    """One line of the disclosure log, vouched for by its DISCLOSURE audit row (its hash)."""
    with db.transaction() as conn:
        disclosure_id = clinical_repo.insert_disclosure(conn, disclosure)
        stored = replace(disclosure, id=disclosure_id)
        audit.record(
            conn,
            AuditAction.DISCLOSURE,
            disclosure.disclosed_at,
            participant_id=disclosure.participant_id,
            target=f"disclosure {disclosure_id}",
            detail=f"sha256 {integrity.disclosure_hash(stored)}",
        )
    return stored


def disclosures(db: Database, participant_id: int) -> list[Disclosure]:
    return clinical_repo.disclosures_for(db.conn, participant_id)
