"""Session notes: drafts that save themselves, signing that locks, addenda.

An individual or family note documents that participant's own session of its date: saving
the draft links it to that session or creates it (with the participant present for the
note's duration), so the hours count without a separate roll call; a draft's changes of
date, start or duration follow into the session until it is signed, and discarding a
draft removes a session only the note had made. Group entries are written through
services/group_notes.py; signing them shares `seal` with this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from counselor_desk.domain import integrity, messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import (
    Addendum,
    Attendance,
    AttendanceStatus,
    CounselorProfile,
    Note,
    NoteFormat,
    NoteStatus,
    RiskLevel,
    ServiceType,
    Session,
)
from counselor_desk.services import audit, safety
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_TEXT, Problems, fmt
from counselor_desk.store import (
    clinical_repo,
    integrity_repo,
    note_repo,
    participant_repo,
    session_repo,
)
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

#: Service types whose note documents the participant's own session (linked or created).
OWN_SESSION_SERVICES = (ServiceType.INDIVIDUAL, ServiceType.FAMILY)


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
        raise NotFoundError(messages.text("That note does not exist."), "note")
    return note


def notes_for(db: Database, participant_id: int) -> list[Note]:
    return note_repo.notes_for(db.conn, participant_id)


def _check(db: Database, draft: NoteDraft, today: dt.date, problems: Problems) -> NoteDraft:
    participant = participant_repo.get_participant(db.conn, draft.participant_id)
    if participant is None:
        raise NotFoundError(messages.text("That participant does not exist."), "participant")
    if draft.session_date < participant.admission_date:
        problems.add(
            "session_date", messages.text("The session date is before the admission date.")
        )
    if participant.discharge_date is not None and draft.session_date > participant.discharge_date:
        problems.add("session_date", messages.text("The session date is after the discharge date."))
    if draft.session_date > today:
        problems.add("session_date", messages.text("The session date is in the future."))
    if draft.service_type in OWN_SESSION_SERVICES:
        for leave in participant_repo.leaves(db.conn, [participant.id]).get(participant.id, []):
            if leave.covers(draft.session_date):
                problems.add(
                    "session_date",
                    messages.text(
                        "The participant is on leave from {start_date} to {end_date}; a session "
                        "on that day cannot be documented.",
                        start_date=fmt(leave.start_date),
                        end_date=fmt(leave.end_date),
                    ),
                )
    problems.in_range(
        "duration_minutes", draft.duration_minutes, 1, 720, messages.text("Duration in minutes")
    )
    if not draft.format.written_alone:
        problems.add(
            "format", messages.text("A group entry is written in the session's group note.")
        )
    keys = {key for key, _heading in draft.format.sections}
    fields = {}
    for key, value in draft.fields.items():
        if key not in keys:
            continue
        text = (value or "").replace("\x00", "")
        if len(text) > MAX_TEXT:
            problems.add(
                key,
                messages.text(
                    "The {key} section is too long (at most {max_text} characters).",
                    key=key,
                    max_text=MAX_TEXT,
                ),
            )
        fields[key] = text
    if (
        draft.goal_id is not None
        and clinical_repo.get_goal_owner(db.conn, draft.goal_id) != draft.participant_id
    ):
        problems.add(
            "goal", messages.text("The linked goal is not one of this participant's goals.")
        )
    detail = problems.optional(
        "risk_detail", draft.risk_detail, messages.text("Risk details"), limit=5000
    )
    return replace(draft, fields=fields, risk_detail=detail)


def save_draft(db: Database, draft: NoteDraft, clock: Clock) -> Note:
    """Create or update a draft (and the individual session it documents). Saving a signed
    note is refused: it is locked."""
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
        existing = None
        if cleaned.note_id:
            existing = note_repo.get_note(conn, cleaned.note_id)
            if existing is None:
                raise NotFoundError(messages.text("That note does not exist."), "note")
            if existing.participant_id != cleaned.participant_id:
                raise ValidationError(
                    messages.text("That note belongs to another participant."), "note"
                )
            if existing.is_signed:
                raise ValidationError(
                    messages.text("This note is signed and locked; add an addendum instead."),
                    "note",
                )
            if existing.is_group_entry:
                raise ValidationError(
                    messages.text("This is a group entry; edit it in the session's group note."),
                    "note",
                )
        linked = existing.session_id if existing else None
        note = replace(note, session_id=_own_session(conn, note, linked, cleaned.note_id, now))
        if existing is not None:
            note_repo.update_draft(conn, note)
            note = replace(note, created_at=existing.created_at)
        else:
            note = replace(note, id=note_repo.insert_note(conn, note))
        if linked != note.session_id:
            _let_go(conn, linked, note.id)
        safety.note_saved(conn, note, now)
    return note


def _own_session(
    conn: Connection, note: Note, linked: int | None, note_id: int, now: dt.datetime
) -> int | None:
    """The individual session `note` documents, found or made (the caller lets go of the
    session the draft was linked to before, if other).

    A session the note made follows the note's date, start and duration, the participant
    present for it. A session that existed keeps its time; a roll call already taken for it
    is left exactly as recorded (the note never rewrites a mark); without one, the note
    marks the participant present for its duration (at most the session's length) and
    remembers it made that mark (`session_repo.MARK_MADE`)."""
    if note.service_type not in OWN_SESSION_SERVICES:
        return None
    session = session_repo.get_session(conn, linked) if linked else None
    if (
        session is None
        or session.date != note.session_date
        or (session.service_type is not note.service_type)
    ):
        session = _free_session(conn, note, note_id)
    if session is None:
        session_id = session_repo.insert_session_for_note(
            conn,
            Session(
                id=0,
                date=note.session_date,
                start_time=note.start_time,
                duration_minutes=note.duration_minutes,
                service_type=note.service_type,
                participant_id=note.participant_id,
            ),
        )
        _mark_present(conn, session_id, note, note.duration_minutes, now)
        return session_id
    made = session_repo.made_by_note(conn, session.id)
    mark = session_repo.session_attendance(conn, session.id).get(note.participant_id)
    service_type = messages.label(note.service_type.label).lower()
    session_date = fmt(note.session_date)
    refusal = ""
    if session.cancelled:
        refusal = messages.text(
            "The {service_type} session of {session_date} was cancelled: correct its attendance "
            "in Sessions before writing a note for it.",
            service_type=service_type,
            session_date=session_date,
        )
    elif mark is not None and not mark.status.attended:
        refusal = messages.text(
            "The {service_type} session of {session_date} is marked {status}: correct its "
            "attendance in Sessions before writing a note for it.",
            service_type=service_type,
            session_date=session_date,
            status=messages.label(mark.status.label).lower(),
        )
    if refusal:
        raise ValidationError(
            refusal,
            "session_date",
        )
    if made is session_repo.MadeByNote.SESSION:
        session_repo.set_session_time(
            conn, session.id, note.session_date, note.start_time, note.duration_minutes
        )
        _mark_present(conn, session.id, note, note.duration_minutes, now)
    elif made is session_repo.MadeByNote.MARK or mark is None:
        minutes = min(note.duration_minutes, session.duration_minutes)
        _mark_present(conn, session.id, note, minutes, now)
        session_repo.set_made_by_note(conn, session.id, session_repo.MadeByNote.MARK)
    return session.id


def _mark_present(
    conn: Connection, session_id: int, note: Note, minutes: int, now: dt.datetime
) -> None:
    session_repo.save_attendance(
        conn,
        [Attendance(session_id, note.participant_id, AttendanceStatus.PRESENT, minutes)],
        now,
    )


def _free_session(conn: Connection, note: Note, note_id: int) -> Session | None:
    """That day's session of the note's type for the participant that no other note holds."""
    taken = note_repo.notes_of_session
    for session in session_repo.sessions_of_participant_on(
        conn, note.participant_id, note.session_date, note.service_type
    ):
        holder = taken(conn, session.id).get(note.participant_id)
        if holder is None or holder.id == note_id:
            return session
    return None


def _let_go(conn: Connection, session_id: int | None, note_id: int) -> None:
    """A draft no longer documents `session_id`: what its note made goes with it (the
    session it made, or the mark it made on a session that existed)."""
    if not session_id:
        return
    made = session_repo.made_by_note(conn, session_id)
    if made is session_repo.MadeByNote.NOTHING:
        return
    others = [n for n in note_repo.notes_of_session(conn, session_id).values() if n.id != note_id]
    if others:
        return
    if made is session_repo.MadeByNote.SESSION:
        session_repo.delete_session(conn, session_id)
    else:
        session_repo.delete_marks(conn, session_id)
        session_repo.set_made_by_note(conn, session_id, session_repo.MadeByNote.NOTHING)


def signer_of(profile: CounselorProfile | None) -> str:
    """Who signs: the profile's name and credentials ('' without a profile)."""
    if profile is None:
        return ""
    return f"{profile.name}, {profile.credentials}" if profile.credentials else profile.name


def require_signer(db: Database) -> str:
    signer = signer_of(participant_repo.get_profile(db.conn))
    if not signer:
        raise ValidationError(
            messages.text("Fill in your counselor profile (name and credentials) before signing."),
            "profile",
        )
    return signer


def check_risk(problems: Problems, risk: RiskLevel, detail: str, who: str = "") -> None:
    """The risk screen a note must carry to be signed (`who`: whose entry, for a group)."""
    if risk is RiskLevel.NOT_ASSESSED:
        template = (
            "{who}: record the risk screen (denied or present) before signing."
            if who
            else "record the risk screen (denied or present) before signing."
        )
        problems.add("risk", messages.text(template, who=who))
    elif risk in (RiskLevel.PRESENT_NO_PLAN, RiskLevel.PRESENT_WITH_PLAN) and not detail.strip():
        template = (
            "{who}: risk is present: describe it and the safety plan before signing."
            if who
            else "risk is present: describe it and the safety plan before signing."
        )
        problems.add("risk_detail", messages.text(template, who=who))


def seal(conn: Connection, drafts: list[Note], signer: str, now: dt.datetime) -> list[Note]:
    """Sign drafts in the caller's transaction: signer, moment and content hash stored, one
    SIGN row in the audit trail for each (the same for an individual note and a group entry)."""
    signed = []
    for note in drafts:
        done = replace(note, status=NoteStatus.SIGNED, signed_by=signer, signed_at=now)
        signed.append(replace(done, content_hash=integrity.note_hash(done)))
    note_repo.sign_many(conn, [(n.id, signer, now, n.content_hash) for n in signed])
    for note in signed:
        audit.record(
            conn,
            AuditAction.SIGN,
            now,
            participant_id=note.participant_id,
            target=f"note {note.id}",
            detail=f"content hash {note.content_hash}",
        )
        safety.note_saved(conn, note, now)
    return signed


def sign(db: Database, note_id: int, clock: Clock) -> Note:
    """Sign a draft: records signer (name, credentials) and time, stores the content hash,
    and locks the note for good."""
    note = get(db, note_id)
    if note.is_signed:
        raise ValidationError(messages.text("This note is already signed."), "note")
    if note.is_group_entry:
        raise ValidationError(
            messages.text("Sign a group entry from the session's group note."), "note"
        )
    signer = require_signer(db)
    problems = Problems()
    if not note.text().strip():
        problems.add("fields", messages.text("The note is empty; write it before signing."))
    check_risk(problems, note.risk, note.risk_detail)
    problems.raise_if_any()
    with db.transaction() as conn:
        seal(conn, [note], signer, clock.now())
    return get(db, note_id)


def add_addendum(db: Database, note_id: int, reason: str, text: str, clock: Clock) -> Addendum:
    """Add to a signed note without changing it: author, time and reason are kept."""
    note = get(db, note_id)
    if not note.is_signed:
        raise ValidationError(
            messages.text("Addenda are for signed notes; edit the draft instead."), "note"
        )
    author = signer_of(participant_repo.get_profile(db.conn))
    problems = Problems()
    reason = problems.required(
        "reason", reason, messages.text("Reason for the addendum"), limit=500
    )
    text = problems.required("text", text, messages.text("Addendum text"), limit=MAX_TEXT)
    if not author:
        problems.add(
            "profile", messages.text("Fill in your counselor profile before writing an addendum.")
        )
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


def discard_draft(db: Database, note_id: int, clock: Clock) -> None:
    """Delete a draft; a safety flag its risk screen raised, not yet acted on, is withdrawn."""
    note = get(db, note_id)
    if note.is_signed:
        raise ValidationError(messages.text("A signed note cannot be deleted."), "note")
    with db.transaction() as conn:
        safety.note_discarded(conn, note, clock.now())
        note_repo.delete_draft(conn, note_id)
        if not note.is_group_entry:
            _let_go(conn, note.session_id, note_id)


def verify_signed_notes(db: Database) -> list[int]:
    """Ids of signed notes whose stored content no longer matches their signature hash."""
    signed = integrity_repo.signed_notes(db.conn)
    return [note_id for note_id, (stored, content) in signed.items() if stored != content]
