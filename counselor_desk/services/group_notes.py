"""Group notes: the shared part written once, an entry per attendee, each attendee's chart
holding a note of its own, the name and clone checks, and signing all entries at once.

`sheet` reads what the group note shows; `save` stores the shared part and every entry's
draft in one transaction; `review` says what stands in the way of signing (names of
attendees where they do not belong, incomplete entries, entries the clone check points
out); `sign` signs every entry that is ready in one transaction and names the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from counselor_desk.domain import clone_check, messages
from counselor_desk.domain.clone_check import Finding
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.group_note import (
    DEFAULT_INTERVENTIONS,
    GROUP_SERVICES,
    EntryDraft,
    PersonName,
    SharedPart,
    attendance_line,
    entry_fields,
    entry_of,
    names_in,
    takes_group_note,
)
from counselor_desk.domain.model import (
    Attendance,
    AttendanceStatus,
    GoalStatus,
    Note,
    NoteFormat,
    NoteStatus,
    Participant,
    ServiceType,
    Session,
)
from counselor_desk.services import notes, safety
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_SHORT, MAX_TEXT, Problems, clean
from counselor_desk.store import (
    clinical_repo,
    group_note_repo,
    note_repo,
    participant_repo,
    session_repo,
)
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

#: Objective statuses still being worked on: the ones a group entry is offered.
ACTIVE_STATUSES = (GoalStatus.NOT_STARTED, GoalStatus.IN_PROGRESS, GoalStatus.PARTIALLY_MET)
#: The longest reason for signing an entry the clone check pointed out.
MAX_REASON = 2000
#: A group note still unsigned this long after roll call is flagged in Needs attention.
OWED_AFTER = dt.timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class ObjectiveChoice:
    id: int
    goal_id: int
    text: str


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person who attended, with their entry (stored or blank) and what helps write it."""

    participant: Participant
    mark: Attendance
    objectives: tuple[ObjectiveChoice, ...]
    note: Note | None = None
    #: Their group entries of earlier sessions, newest first (the first is shown beside the
    #: fields; all are what the clone check compares with).
    earlier: tuple[Note, ...] = ()

    @property
    def participant_id(self) -> int:
        return self.participant.id

    @property
    def name(self) -> str:
        return self.participant.display_name

    @property
    def signed(self) -> bool:
        return self.note is not None and self.note.is_signed

    @property
    def previous(self) -> Note | None:
        return self.earlier[0] if self.earlier else None

    def entry(self) -> EntryDraft:
        if self.note is None:
            return EntryDraft(self.participant.id)
        return entry_of(
            self.participant.id,
            self.note.fields,
            objective_id=self.note.objective_id,
            risk=self.note.risk,
            risk_detail=self.note.risk_detail,
        )


@dataclass(frozen=True, slots=True)
class Absentee:
    name: str
    status: AttendanceStatus
    #: Their names, for the check that no member's name is in anyone's note.
    person: PersonName | None = None


@dataclass(frozen=True, slots=True)
class GroupNoteSheet:
    session: Session
    shared: SharedPart
    attendees: tuple[Attendee, ...]
    absent: tuple[Absentee, ...]
    interventions: tuple[str, ...]
    modules: tuple[str, ...]

    def attendee(self, participant_id: int) -> Attendee:
        for attendee in self.attendees:
            if attendee.participant_id == participant_id:
                return attendee
        raise NotFoundError(
            messages.text("That participant did not attend this session."), "participant"
        )

    @property
    def all_signed(self) -> bool:
        return bool(self.attendees) and all(a.signed for a in self.attendees)


# -- reading ---------------------------------------------------------------------------------


def _group_session(conn: Connection, session_id: int) -> Session:
    session = session_repo.get_session(conn, session_id)
    if session is None:
        raise NotFoundError(messages.text("That session does not exist."), "session")
    if session.cancelled:
        raise ValidationError(
            messages.text("The session was cancelled: there is nothing to document."), "session"
        )
    if not takes_group_note(session):
        raise ValidationError(
            messages.text(
                "A group note is written for a program's group, education or family session; "
                "write an individual note from the participant's record."
            ),
            "session",
        )
    return session


def _objectives(
    conn: Connection, participant_id: int, linked: int | None
) -> tuple[ObjectiveChoice, ...]:
    out = []
    for goal in clinical_repo.goals_for(conn, participant_id):
        for objective in goal.objectives:
            if objective.status in ACTIVE_STATUSES or objective.id == linked:
                out.append(ObjectiveChoice(objective.id, goal.id, objective.description))
    return tuple(out)


def sheet(db: Database, session_id: int) -> GroupNoteSheet:
    """What the group note of a session shows. Refused for a session that is not a program's
    group, was cancelled, or whose roll call is not taken yet (the note lists who attended)."""
    conn = db.conn
    session = _group_session(conn, session_id)
    marks = session_repo.session_attendance(conn, session_id)
    if not marks:
        raise ValidationError(
            messages.text(
                "Take roll call for this session first: the group note lists who attended."
            ),
            "roll_call",
        )
    stored = note_repo.notes_of_session(conn, session_id)
    people = {pid: participant_repo.get_participant(conn, pid) for pid in marks}
    attended_ids = [pid for pid, mark in marks.items() if mark.status.attended]
    earlier = note_repo.earlier_group_entries(
        conn, attended_ids, session.date, session.start_time, clone_check.HISTORY
    )
    attendees, absent = [], []
    for pid, mark in marks.items():
        person = people[pid]
        if person is None:
            continue
        if not mark.status.attended:
            absent.append(
                (
                    person.sort_key,
                    Absentee(person.display_name, mark.status, _name_of(person)),
                )
            )
            continue
        note = stored.get(pid)
        attendees.append(
            (
                person.sort_key,
                Attendee(
                    participant=person,
                    mark=mark,
                    objectives=_objectives(conn, pid, note.objective_id if note else None),
                    note=note,
                    earlier=tuple(earlier.get(pid, ())),
                ),
            )
        )
    shared = group_note_repo.shared_part(conn, session_id) or SharedPart(topic=session.topic)
    program = session.program_id or 0
    picks = group_note_repo.interventions(conn, program) or list(DEFAULT_INTERVENTIONS)
    return GroupNoteSheet(
        session=session,
        shared=shared,
        attendees=tuple(item for _key, item in sorted(attendees, key=lambda pair: pair[0])),
        absent=tuple(item for _key, item in sorted(absent, key=lambda pair: pair[0])),
        interventions=tuple(picks),
        modules=tuple(group_note_repo.modules_used(conn, program)),
    )


def interventions(db: Database, program_id: int) -> list[str]:
    return group_note_repo.interventions(db.conn, program_id) or list(DEFAULT_INTERVENTIONS)


def set_interventions(db: Database, program_id: int, names: Sequence[str]) -> list[str]:
    """The program's pick list, in the order given (blank and repeated names dropped)."""
    problems = Problems()
    kept: list[str] = []
    for name in names:
        text = problems.optional(
            "interventions", name, messages.text("An intervention"), limit=MAX_SHORT
        )
        if text and text.casefold() not in {k.casefold() for k in kept}:
            kept.append(text)
    if len(kept) > 100:
        problems.add("interventions", messages.text("A pick list holds at most 100 interventions."))
    problems.raise_if_any()
    if program_id not in {program.id for program in participant_repo.list_programs(db.conn)}:
        raise NotFoundError(messages.text("That program does not exist."), "program")
    with db.transaction() as conn:
        group_note_repo.set_interventions(conn, program_id, kept)
    return kept


# -- saving ----------------------------------------------------------------------------------


def _clean_shared(shared: SharedPart, problems: Problems) -> SharedPart:
    return SharedPart(
        topic=problems.optional("topic", shared.topic, messages.text("Topic")),
        module=problems.optional("module", shared.module, messages.text("Module")),
        interventions=tuple(
            problems.optional("interventions", name, messages.text("An intervention"))
            for name in shared.interventions
            if clean(name)
        ),
        interventions_other=problems.optional(
            "interventions_other",
            shared.interventions_other,
            messages.text("Other interventions"),
            limit=2000,
        ),
        content=problems.optional(
            "group_content", shared.content, messages.text("Group content"), limit=MAX_TEXT
        ),
    )


def _clean_entry(entry: EntryDraft, who: str, problems: Problems) -> EntryDraft:
    def text(key: str, label: str, limit: int = MAX_TEXT) -> str:
        return problems.optional(
            key,
            getattr(entry, key),
            messages.text("{who}: {label}", who=who, label=label),
            limit=limit,
        )

    return replace(
        entry,
        response=text("response", messages.text("Response")),
        progress=text("progress", messages.text("Progress")),
        plan=text("plan", messages.text("Plan")),
        risk_detail=text("risk_detail", messages.text("Risk details"), 5000),
        review_reason="",  # written into the note only when it is signed (`sign`)
    )


def _entry_note(
    sheet_: GroupNoteSheet,
    attendee: Attendee,
    shared: SharedPart,
    entry: EntryDraft,
    now: dt.datetime,
) -> Note:
    session = sheet_.session
    objective = next((o for o in attendee.objectives if o.id == entry.objective_id), None)
    mark = attendee.mark
    return Note(
        id=attendee.note.id if attendee.note else 0,
        participant_id=attendee.participant_id,
        session_date=session.date,
        start_time=session.start_time,
        duration_minutes=session.duration_minutes,
        service_type=session.service_type,
        format=NoteFormat.GROUP,
        fields=entry_fields(
            shared,
            entry,
            objective.text if objective else "",
            attendance_line(
                mark.status, mark.minutes_attended, session.duration_minutes, mark.telehealth
            ),
        ),
        risk=entry.risk,
        risk_detail=entry.risk_detail,
        goal_id=objective.goal_id if objective else None,
        status=NoteStatus.DRAFT,
        created_at=attendee.note.created_at if attendee.note else now,
        updated_at=now,
        session_id=session.id,
        objective_id=objective.id if objective else None,
    )


def save(
    db: Database,
    session_id: int,
    shared: SharedPart,
    entries: Sequence[EntryDraft],
    clock: Clock,
) -> GroupNoteSheet:
    """Store the shared part and each attendee's draft in one transaction: an entry with
    anything in it gets its note, every draft takes the shared part as it now reads; signed
    entries are left as they were signed. Returns the sheet as stored."""
    current = sheet(db, session_id)
    problems = Problems()
    cleaned_shared = _clean_shared(shared, problems)
    by_id = {a.participant_id: a for a in current.attendees}
    given: dict[int, EntryDraft] = {}
    for entry in entries:
        attendee = by_id.get(entry.participant_id)
        if attendee is None:
            person = participant_repo.get_participant(db.conn, entry.participant_id)
            who = person.display_name if person else f"Participant {entry.participant_id}"
            problems.add(
                "participant",
                messages.text(
                    "{who} did not attend this session: no note is written for them.", who=who
                ),
            )
            continue
        if entry.objective_id is not None and entry.objective_id not in {
            o.id for o in attendee.objectives
        }:
            problems.add(
                "objective",
                messages.text(
                    "{attendee}: that objective is not one of theirs.", attendee=attendee.name
                ),
            )
        given[entry.participant_id] = _clean_entry(entry, attendee.name, problems)
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        group_note_repo.save_shared_part(conn, session_id, cleaned_shared, now)
        for attendee in current.attendees:
            if attendee.signed:
                continue
            entry = given.get(attendee.participant_id) or attendee.entry()
            if attendee.note is None and entry.is_blank():
                continue
            note = _entry_note(current, attendee, cleaned_shared, entry, now)
            if attendee.note is None:
                note = replace(note, id=note_repo.insert_note(conn, note))
            else:
                note_repo.update_draft(conn, note)
            safety.note_saved(conn, note, now)
    return sheet(db, session_id)


# -- checking and signing ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignReview:
    """What stands in the way of signing, by attendee (participant id)."""

    #: Attendees named in the shared part (which every attendee's note prints).
    shared_names: tuple[str, ...]
    #: Problems with the shared part itself (empty topic, interventions or content).
    shared_problems: tuple[str, ...]
    #: Per unsigned entry: what is missing or wrong, each naming the field.
    incomplete: Mapping[int, tuple[str, ...]]
    #: Per unsigned entry: what the clone check found (likenesses, not tied to an objective).
    findings: Mapping[int, Finding]
    #: Unsigned entries that can be signed now (complete; a finding has its reason).
    ready: tuple[int, ...]
    names: Mapping[int, str] = field(default_factory=dict)

    @property
    def blocked(self) -> bool:
        return bool(self.shared_names or self.shared_problems)

    def needs_reason(self, reasons: Mapping[int, str] = {}) -> list[int]:
        return [
            pid
            for pid in self.findings
            if not clean(reasons.get(pid, "")) and pid not in self.ready
        ]


def _name_of(person: Participant) -> PersonName:
    return PersonName(person.id, person.first_name, person.last_name, person.preferred_name)


def _people(sheet_: GroupNoteSheet) -> list[PersonName]:
    """Every member marked at the session, present or absent: no one's name may appear in
    another member's note."""
    present = [_name_of(a.participant) for a in sheet_.attendees]
    return present + [a.person for a in sheet_.absent if a.person is not None]


def _entry_problems(
    attendee: Attendee, entry: EntryDraft, others: list[PersonName], reason: str
) -> list[str]:
    who = attendee.name
    problems = Problems()
    if len(reason) > MAX_REASON:
        problems.add(
            "review_reason",
            messages.text(
                "{who}: the reason is too long (at most {max_reason} characters).",
                who=who,
                max_reason=MAX_REASON,
            ),
        )
    if entry.participation is None:
        problems.add("participation", messages.text("{who}: pick a participation level.", who=who))
    if not entry.response.strip():
        problems.add(
            "response", messages.text("{who}: write the response to the intervention.", who=who)
        )
    if not entry.plan.strip():
        problems.add("plan", messages.text("{who}: write the plan.", who=who))
    if entry.objective_id is not None and not entry.progress.strip():
        problems.add(
            "progress",
            messages.text("{who}: write the progress toward the linked objective.", who=who),
        )
    notes.check_risk(problems, entry.risk, entry.risk_detail, who)
    own = "\n".join((entry.response, entry.progress, entry.plan, entry.risk_detail, reason))
    named = [
        p.display for p in names_in(own, others) if p.participant_id != attendee.participant_id
    ]
    if named:
        problems.add(
            "names",
            messages.text(
                "{who}: the entry names {names}; remove other members' names.",
                who=who,
                names=", ".join(named),
            ),
        )
    return [message for _field, message in problems.items]


def review(db: Database, session_id: int, reasons: Mapping[int, str] = {}) -> SignReview:
    """Check the stored group note for signing; `reasons`: participant id -> the reason given
    for signing an entry the clone check points out."""
    return _review(sheet(db, session_id), reasons)


def _review(current: GroupNoteSheet, reasons: Mapping[int, str]) -> SignReview:
    people = _people(current)
    shared = current.shared
    shared_text = "\n".join(
        (shared.topic, shared.module, shared.interventions_line(), shared.content)
    )
    shared_problems = []
    if not shared.topic_line().strip():
        shared_problems.append(messages.text("Shared part: write the topic or module."))
    if not shared.interventions_line():
        shared_problems.append(messages.text("Shared part: pick or write the interventions used."))
    if not shared.content.strip():
        shared_problems.append(messages.text("Shared part: write what the group did."))
    texts: dict[int, str] = {}
    tied: dict[int, bool] = {}
    incomplete: dict[int, tuple[str, ...]] = {}
    for attendee in current.attendees:
        entry = attendee.entry()
        texts[attendee.participant_id] = entry.own_text()
        tied[attendee.participant_id] = entry.objective_id is not None and bool(
            entry.progress.strip()
        )
        if attendee.signed:
            continue
        if attendee.note is None:
            incomplete[attendee.participant_id] = (
                messages.text("{who}: the entry is not written yet.", who=attendee.name),
            )
            continue
        found = _entry_problems(
            attendee, entry, people, clean(reasons.get(attendee.participant_id, ""))
        )
        if found:
            incomplete[attendee.participant_id] = tuple(found)
    history = {
        a.participant_id: [
            (n.session_date, entry_of(n.participant_id, n.fields).own_text()) for n in a.earlier
        ]
        for a in current.attendees
    }
    unsigned = {a.participant_id for a in current.attendees if not a.signed}
    findings = {
        pid: finding
        for pid, finding in clone_check.check(texts, history, tied).items()
        if pid in unsigned
    }
    ready = []
    for attendee in current.attendees:
        pid = attendee.participant_id
        if pid not in unsigned or pid in incomplete:
            continue
        if pid in findings and not clean(reasons.get(pid, "")):
            continue
        ready.append(pid)
    return SignReview(
        shared_names=tuple(p.display for p in names_in(shared_text, people)),
        shared_problems=tuple(shared_problems),
        incomplete=incomplete,
        findings=findings,
        ready=tuple(ready),
        names={a.participant_id: a.name for a in current.attendees},
    )


@dataclass(frozen=True, slots=True)
class SignOutcome:
    signed: tuple[int, ...]
    review: SignReview


def sign(
    db: Database,
    session_id: int,
    clock: Clock,
    reasons: Mapping[int, str] = {},
    only: Collection[int] | None = None,
) -> SignOutcome:
    """Sign every entry that is ready (or those of `only`) in one transaction; the reason
    given for an entry the clone check pointed out is written into it first. Refused as a
    whole when the shared part names an attendee or is incomplete; incomplete entries and
    findings without a reason are left as drafts and returned in the review."""
    signer = notes.require_signer(db)
    current = sheet(db, session_id)
    checked = _review(current, reasons)
    if checked.shared_names:
        raise ValidationError(
            messages.text(
                "The shared part names {names}: every attendee's note prints it, so remove the "
                "names of group members before signing.",
                names=", ".join(checked.shared_names),
            ),
            "shared",
        )
    if checked.shared_problems:
        raise ValidationError(" ".join(checked.shared_problems), "shared")
    targets = [pid for pid in checked.ready if only is None or pid in only]
    now = clock.now()
    drafts = []
    with db.transaction() as conn:
        for pid in targets:  # each rebuilt from the roll call and session as they are now
            attendee = current.attendee(pid)
            reason = clean(reasons.get(pid, "")) if pid in checked.findings else ""
            entry = replace(attendee.entry(), review_reason=reason)
            note = _entry_note(current, attendee, current.shared, entry, now)
            note_repo.update_draft(conn, note)
            drafts.append(note)
        notes.seal(conn, drafts, signer, now)
    return SignOutcome(tuple(targets), checked)


# -- owed ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OwedGroupNote:
    session_id: int
    date: dt.date
    start_time: dt.time
    topic: str
    attended: int
    signed: int


def owed(db: Database, clock: Clock) -> list[OwedGroupNote]:
    """Groups that started more than 24 hours ago, roll call taken, whose attendees do not
    all have a signed note yet (from the day this caseload got group notes on)."""
    since = group_note_repo.notes_owed_from(db.conn)
    if since is None:
        return []
    rows = group_note_repo.sessions_owed_notes(db.conn, clock.now() - OWED_AFTER, since)
    out = []
    for session_id, day, start, topic, attended, signed in rows:
        if topic in {service.value for service in GROUP_SERVICES}:
            topic = ServiceType(topic).label
        out.append(OwedGroupNote(session_id, day, start, topic, attended, signed))
    return out
