"""Signing the discharge summary, and the dated amendments that are the only change after it.

Signing is the summary's final act: the completeness check names every missing section, the
signer (profile name and credentials) and moment are recorded with the canonical content and
its SHA-256 (`discharge_content`), the 'summary due' flag clears, and the discharge row and
its referrals are locked by the database. An amendment is appended with its author, moment,
reason and text, chained to the signed hash; it is never changed or removed.
"""

from __future__ import annotations

from dataclasses import replace

from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import DISCHARGE_SECTIONS, Discharge, DischargeAmendment
from counselor_desk.reports.model import Signer
from counselor_desk.services import audit, clinical, discharge_content, documents, participants
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_TEXT, Problems
from counselor_desk.store import clinical_repo, participant_repo
from counselor_desk.store.db import Database


def _target(participant_id: int) -> str:
    return f"discharge {participant_id}"


def _signer(db: Database) -> str:
    profile = participant_repo.get_profile(db.conn)
    if profile is None or not profile.name.strip():
        return ""
    return Signer(profile.name.strip(), profile.credentials.strip()).full


def _signed(db: Database, participant_id: int) -> Discharge:
    record = clinical.discharge_record(db, participant_id)
    if record is None or not record.is_signed:
        raise ValidationError(
            messages.text(
                "The discharge summary is not signed yet: change the form and sign it; amendments "
                "are for a signed summary."
            ),
            "discharge",
        )
    return record


def missing_sections(db: Database, participant_id: int, clock: Clock) -> list[tuple[str, str]]:
    """What still keeps the summary from being signed: (form field, plain words) each."""
    participants.get(db, participant_id)
    problems = []
    if not _signer(db):
        problems.append(
            (
                "profile",
                messages.text(
                    "Fill in your counselor profile (name and credentials) before signing."
                ),
            )
        )
        return problems
    model = documents.discharge_summary_model(db, participant_id, clock)
    return discharge_content.missing_sections(model)


def sign(db: Database, participant_id: int, clock: Clock) -> Discharge:
    """Sign the discharge summary: completeness first (every missing section named), then
    signer, moment and content hash recorded, 'summary due' cleared, the record locked."""
    participants.get(db, participant_id)
    record = clinical.discharge_record(db, participant_id)
    if record is not None and record.signed_at is not None:
        raise ValidationError(
            messages.text(
                "The discharge summary was already signed on {signed_at:%Y-%m-%d %H:%M}; add an "
                "amendment instead.",
                signed_at=record.signed_at,
            ),
            "discharge",
        )
    missing = missing_sections(db, participant_id, clock)
    if missing:
        names = "; ".join(message for _field, message in missing)
        raise ValidationError(
            messages.text("The discharge summary cannot be signed yet: {names}", names=names),
            missing[0][0],
            missing,
        )
    signer = _signer(db)
    now = clock.now().replace(microsecond=0)
    model = documents.discharge_summary_model(db, participant_id, clock)
    content = discharge_content.signed_content(participant_id, model, signer, now)
    digest = discharge_content.sha256(content)
    with db.transaction() as conn:
        clinical_repo.sign_discharge(conn, participant_id, signer, now, content, digest)
        audit.record(
            conn,
            AuditAction.DISCHARGE_SIGN,
            now,
            participant_id=participant_id,
            target=_target(participant_id),
            detail=f"sha256 {digest}",
        )
    return _signed(db, participant_id)


def amend(
    db: Database, participant_id: int, field: str, reason: str, text: str, clock: Clock
) -> DischargeAmendment:
    """Add a dated amendment to the signed summary: author, moment, reason, what it concerns
    and its text; audited with the amendment's own hash. The signed record stays as it was."""
    record = _signed(db, participant_id)
    problems = Problems()
    if field not in DISCHARGE_SECTIONS:
        problems.add("field", messages.text("Choose what the amendment concerns."))
    reason = problems.required(
        "reason", reason, messages.text("Reason for the amendment"), limit=500
    )
    text = problems.required("text", text, messages.text("Amendment text"), limit=MAX_TEXT)
    author = _signer(db)
    if not author:
        problems.add(
            "profile", messages.text("Fill in your counselor profile before writing an amendment.")
        )
    problems.raise_if_any()
    amendment = DischargeAmendment(
        id=0,
        participant_id=participant_id,
        author=author,
        created_at=clock.now().replace(microsecond=0),
        reason=reason,
        field=field,
        text=text,
    )
    digest = discharge_content.sha256(
        discharge_content.amendment_content(amendment, record.content_hash)
    )
    amendment = replace(amendment, content_hash=digest)
    with db.transaction() as conn:
        amendment_id = clinical_repo.insert_discharge_amendment(conn, amendment)
        audit.record(
            conn,
            AuditAction.DISCHARGE_AMENDMENT,
            amendment.created_at,
            participant_id=participant_id,
            target=_target(participant_id),
            detail=f"amendment {amendment_id}; sha256 {digest}",
        )
    return replace(amendment, id=amendment_id)


def verify_signed_discharges(db: Database) -> list[int]:
    """Participants whose signed discharge content no longer matches its stored hash, or
    whose amendments no longer match theirs."""
    bad = []
    amendments = clinical_repo.all_discharge_amendments(db.conn)
    for participant_id, content, digest in clinical_repo.signed_discharges(db.conn):
        whole = discharge_content.sha256(content) == digest
        for item in amendments.get(participant_id, []):
            expected = discharge_content.amendment_content(item, digest)
            whole = whole and discharge_content.sha256(expected) == item.content_hash
        if not whole:
            bad.append(participant_id)
    return bad
