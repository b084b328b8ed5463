"""Session notes: drafts that save themselves, signing that locks, addenda."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from counselor_desk.domain import integrity
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Addendum,
    Note,
    NoteFormat,
    NoteStatus,
    RiskLevel,
    ServiceType,
)
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_TEXT, Problems
from counselor_desk.store import clinical_repo, integrity_repo, note_repo, participant_repo
from counselor_desk.store.db import Database


@dataclass(frozen=True, slots=True)
class NoteDraft:
    """What the note editor holds; `note_id` 0 for a note not saved yet."""

    participant_id: int
    session_date: dt.date
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType
    format: NoteFormat
    fields: dict[str, str] = field(default_factory=dict)
    risk: RiskLevel = RiskLevel.NOT_ASSESSED
    risk_detail: str = ""
    goal_id: int | None = None
    note_id: int = 0


def get(db: Database, note_id: int) -> Note:
    note = note_repo.get_note(db.conn, note_id)
    if note is None:
        raise NotFoundError("That note does not exist.", "note")
    return note


def notes_for(db: Database, participant_id: int) -> list[Note]:
    return note_repo.notes_for(db.conn, participant_id)


def _check(db: Database, draft: NoteDraft, today: dt.date, problems: Problems) -> NoteDraft:
    participant = participant_repo.get_participant(db.conn, draft.participant_id)
    if participant is None:
        raise NotFoundError("That participant does not exist.", "participant")
    if draft.session_date < participant.admission_date:
        problems.add("session_date", "The session date is before the admission date.")
    if participant.discharge_date is not None and draft.session_date > participant.discharge_date:
        problems.add("session_date", "The session date is after the discharge date.")
    if draft.session_date > today:
        problems.add("session_date", "The session date is in the future.")
    problems.in_range("duration_minutes", draft.duration_minutes, 1, 720, "Duration in minutes")
    keys = {key for key, _heading in draft.format.sections}
    fields = {}
    for key, value in draft.fields.items():
        if key not in keys:
            continue
        text = (value or "").replace("\x00", "")
        if len(text) > MAX_TEXT:
            problems.add(key, f"The {key} section is too long (at most {MAX_TEXT} characters).")
        fields[key] = text
    if (
        draft.goal_id is not None
        and clinical_repo.get_goal_owner(db.conn, draft.goal_id) != draft.participant_id
    ):
        problems.add("goal", "The linked goal is not one of this participant's goals.")
    detail = problems.optional("risk_detail", draft.risk_detail, "Risk details", limit=5000)
    return replace(draft, fields=fields, risk_detail=detail)


def save_draft(db: Database, draft: NoteDraft, clock: Clock) -> Note:
    """Create or update a draft. Saving a signed note is refused: it is locked."""
    problems = Problems()
    cleaned = _check(db, draft, clock.today(), problems)
    problems.raise_if_any()
    now = clock.now()
    note = Note(
        id=cleaned.note_id,
        participant_id=cleaned.participant_id,
        session_date=cleaned.session_date,
        start_time=cleaned.start_time,
        duration_minutes=cleaned.duration_minutes,
        service_type=cleaned.service_type,
        format=cleaned.format,
        fields=cleaned.fields,
        risk=cleaned.risk,
        risk_detail=cleaned.risk_detail,
        goal_id=cleaned.goal_id,
        status=NoteStatus.DRAFT,
        created_at=now,
        updated_at=now,
    )
    with db.transaction() as conn:
        if cleaned.note_id:
            existing = note_repo.get_note(conn, cleaned.note_id)
            if existing is None:
                raise NotFoundError("That note does not exist.", "note")
            if existing.participant_id != cleaned.participant_id:
                raise ValidationError("That note belongs to another participant.", "note")
            if existing.is_signed:
                raise ValidationError(
                    "This note is signed and locked; add an addendum instead.", "note"
                )
            note_repo.update_draft(conn, note)
            note = replace(note, created_at=existing.created_at)
        else:
            note = replace(note, id=note_repo.insert_note(conn, note))
    return note


def sign(db: Database, note_id: int, clock: Clock) -> Note:
    """Sign a draft: records signer (name, credentials) and time, stores the content hash,
    and locks the note for good."""
    note = get(db, note_id)
    if note.is_signed:
        raise ValidationError("This note is already signed.", "note")
    profile = participant_repo.get_profile(db.conn)
    if profile is None:
        raise ValidationError(
            "Fill in your counselor profile (name and credentials) before signing.", "profile"
        )
    problems = Problems()
    if not note.text().strip():
        problems.add("fields", "The note is empty; write it before signing.")
    if note.risk is RiskLevel.NOT_ASSESSED:
        problems.add("risk", "Record the risk screen (denied or present) before signing.")
    if (
        note.risk in (RiskLevel.PRESENT_NO_PLAN, RiskLevel.PRESENT_WITH_PLAN)
        and not note.risk_detail
    ):
        problems.add(
            "risk_detail", "Risk is present: describe it and the safety plan before signing."
        )
    problems.raise_if_any()
    signer = f"{profile.name}, {profile.credentials}" if profile.credentials else profile.name
    signed = replace(note, status=NoteStatus.SIGNED, signed_by=signer, signed_at=clock.now())
    signed = replace(signed, content_hash=integrity.note_hash(signed))
    with db.transaction() as conn:
        note_repo.mark_signed(
            conn, note_id, signer, signed.signed_at or clock.now(), signed.content_hash
        )
        audit.record(
            conn,
            AuditAction.SIGN,
            clock.now(),
            participant_id=note.participant_id,
            target=f"note {note_id}",
            detail=f"content hash {signed.content_hash}",
        )
    return get(db, note_id)


def add_addendum(db: Database, note_id: int, reason: str, text: str, clock: Clock) -> Addendum:
    """Add to a signed note without changing it: author, time and reason are kept."""
    note = get(db, note_id)
    if not note.is_signed:
        raise ValidationError("Addenda are for signed notes; edit the draft instead.", "note")
    profile = participant_repo.get_profile(db.conn)
    author = ""
    if profile is not None:
        author = f"{profile.name}, {profile.credentials}" if profile.credentials else profile.name
    problems = Problems()
    reason = problems.required("reason", reason, "Reason for the addendum", limit=500)
    text = problems.required("text", text, "Addendum text", limit=MAX_TEXT)
    if not author:
        problems.add("profile", "Fill in your counselor profile before writing an addendum.")
    problems.raise_if_any()
    addendum = Addendum(
        id=0, note_id=note_id, author=author, created_at=clock.now(), reason=reason, text=text
    )
    with db.transaction() as conn:
        addendum_id = note_repo.insert_addendum(conn, addendum)
        audit.record(
            conn,
            AuditAction.ADDENDUM,
            clock.now(),
            participant_id=note.participant_id,
            target=f"note {note_id}",
            detail=integrity.addendum_detail(
                addendum_id, integrity.addendum_hash(replace(addendum, id=addendum_id))
            ),
        )
    return replace(addendum, id=addendum_id)


def discard_draft(db: Database, note_id: int) -> None:
    note = get(db, note_id)
    if note.is_signed:
        raise ValidationError("A signed note cannot be deleted.", "note")
    with db.transaction() as conn:
        note_repo.delete_draft(conn, note_id)


def verify_signed_notes(db: Database) -> list[int]:
    """Ids of signed notes whose stored content no longer matches their signature hash."""
    signed = integrity_repo.signed_notes(db.conn)
    return [note_id for note_id, (stored, content) in signed.items() if stored != content]
