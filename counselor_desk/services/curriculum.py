"""The program's curriculum, the module of a group session, and each participant's ledger."""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence

from counselor_desk.domain import messages
from counselor_desk.domain.curriculum import (
    MAX_TITLE,
    ROTATION_SERVICES,
    CompletionRule,
    Covered,
    GroupSession,
    Ledger,
    Module,
    ledger,
    prediction_days,
    rotation,
)
from counselor_desk.domain.errors import NotFoundError, ValidationError
from counselor_desk.domain.model import Attendance, AttendedSession, Leave, Participant, Program
from counselor_desk.domain.record import record
from counselor_desk.domain.rules import projected_end_date
from counselor_desk.services import sessions
from counselor_desk.services.changes import SETTINGS, Changes
from counselor_desk.services.clock import Clock
from counselor_desk.services.validate import MAX_TEXT, Problems
from counselor_desk.store import curriculum_repo, participant_repo, session_repo
from counselor_desk.store.convert import iso_date, iso_time
from counselor_desk.store.db import Database

#: How far ahead the weekly schedule is predicted at least (one prediction per program).
PREDICT_AT_ONCE = dt.timedelta(days=182)
#: The most modules a curriculum holds.
MAX_MODULES = 100


@record
class ModuleDraft:
    """A module as the settings form gives it: `id` 0 for a new one."""

    title: str
    core: bool = True
    materials: str = ""
    id: int = 0


def _program(db: Database, program_id: int) -> Program:
    for program in participant_repo.list_programs(db.conn):
        if program.id == program_id:
            return program
    raise NotFoundError(messages.text("That program does not exist."), "program")


def curriculum(db: Database, program_id: int) -> list[Module]:
    """The program's modules in order."""
    return curriculum_repo.modules(db.conn, program_id)


def save_curriculum(db: Database, program_id: int, drafts: Sequence[ModuleDraft]) -> list[Module]:
    """Replace the program's curriculum by `drafts`, in their order: new modules added,
    the others renamed, moved or changed, those left out removed (refused while a session
    covers one)."""
    _program(db, program_id)
    existing = {module.id: module for module in curriculum_repo.modules(db.conn, program_id)}
    problems = Problems()
    if len(drafts) > MAX_MODULES:
        problems.add(
            "curriculum",
            messages.text(
                "A curriculum holds at most {max_modules} modules.", max_modules=MAX_MODULES
            ),
        )
    seen: dict[str, int] = {}
    cleaned: list[ModuleDraft] = []
    for number, draft in enumerate(drafts, start=1):
        title = problems.required(
            "title",
            draft.title,
            messages.text("Module {number}: the title", number=number),
            limit=MAX_TITLE,
        )
        materials = problems.optional(
            "materials",
            draft.materials,
            messages.text("Module {number}: the materials", number=number),
            limit=MAX_TEXT,
        )
        if draft.id and draft.id not in existing:
            problems.add(
                "curriculum",
                messages.text(
                    "Module {number} is not in this program's curriculum.", number=number
                ),
            )
        if title:
            key = title.casefold()
            if key in seen:
                problems.add(
                    "title",
                    messages.text(
                        "Modules {other} and {number} are both titled “{title}”.",
                        other=seen[key],
                        number=number,
                        title=title,
                    ),
                )
            seen.setdefault(key, number)
        cleaned.append(ModuleDraft(title, bool(draft.core), materials, draft.id))
    kept = {draft.id for draft in cleaned if draft.id}
    for module in existing.values():
        if module.id not in kept and (used := curriculum_repo.sessions_using(db.conn, module.id)):
            template = (
                "“{title}” is the module of {used} session, so it cannot be removed; rename it "
                "or mark it elective instead."
                if used == 1
                else "“{title}” is the module of {used} sessions, so it cannot be removed; "
                "rename it or mark it elective instead."
            )
            problems.add("curriculum", messages.text(template, title=module.title, used=used))
    problems.raise_if_any()
    with db.transaction() as conn:
        for module_id in existing.keys() - kept:
            curriculum_repo.delete_module(conn, module_id)
        updates = [
            Module(draft.id, program_id, position, draft.title, draft.core, draft.materials)
            for position, draft in enumerate(cleaned, start=1)
            if draft.id
        ]
        curriculum_repo.update_modules(conn, updates)
        for position, draft in enumerate(cleaned, start=1):
            if not draft.id:
                module = Module(0, program_id, position, draft.title, draft.core, draft.materials)
                curriculum_repo.insert_module(conn, module)
    return curriculum_repo.modules(db.conn, program_id)


def add_module(
    db: Database, program_id: int, title: str, *, core: bool = True, materials: str = ""
) -> Module:
    """Add a module at the end of the program's curriculum."""
    drafts = [_draft(module) for module in curriculum_repo.modules(db.conn, program_id)]
    saved = save_curriculum(db, program_id, [*drafts, ModuleDraft(title, core, materials)])
    return saved[-1]


def _draft(module: Module) -> ModuleDraft:
    return ModuleDraft(module.title, module.core, module.materials, module.id)


def set_session_module(db: Database, session_id: int, module_id: int | None) -> Changes:
    """Choose the module a group session covers (None: the rotation decides)."""
    session = session_repo.get_session(db.conn, session_id)
    if session is None:
        raise NotFoundError(
            messages.text("Session {session_id} does not exist.", session_id=session_id), "session"
        )
    if module_id is not None:
        module = curriculum_repo.get_module(db.conn, module_id)
        if (
            session.program_id is None
            or session.participant_id is not None
            or session.service_type not in ROTATION_SERVICES
        ):
            raise ValidationError(
                messages.text("Only a program's group or psychoeducation session covers a module."),
                "module",
            )
        if module is None or module.program_id != session.program_id:
            program = _program(db, session.program_id)
            raise ValidationError(
                messages.text(
                    "That module is not in the curriculum of {program}.", program=program.name
                ),
                "module",
            )
    with db.transaction() as conn:
        curriculum_repo.set_session_module(conn, session_id, module_id)
    return Changes.attendance_of(session_id) | SETTINGS


def chosen_module(db: Database, session_id: int) -> int | None:
    """The module chosen for a session (None: the rotation decides)."""
    return curriculum_repo.session_module(db.conn, session_id)


def session_module(db: Database, session_id: int) -> Module | None:
    """The module a stored session covers: the one chosen, else the rotation's."""
    session = session_repo.get_session(db.conn, session_id)
    if session is None or session.program_id is None or session.participant_id is not None:
        return None
    if session.service_type not in ROTATION_SERVICES:
        return None
    modules = curriculum_repo.modules(db.conn, session.program_id)
    stored, following = _from(db, session.program_id, modules, session.date)
    for item in rotation(modules, stored, following):
        if item.session.session_id == session_id:
            return item.module
    return None


def _from(
    db: Database, program_id: int, modules: Sequence[Module], since: dt.date | None
) -> tuple[list[GroupSession], int]:
    """The program's stored group sessions from `since` on, and the position the first of
    them takes by the rotation of those before (the whole history when `since` is None)."""
    if since is not None and modules:
        chosen, after = curriculum_repo.before(db.conn, program_id, since)
        ordered = sorted(modules, key=lambda module: (module.position, module.id))
        at = {module.id: index for index, module in enumerate(ordered)}
        if chosen is None or chosen in at:
            start = after if chosen is None else at[chosen] + 1 + after
            stored = curriculum_repo.group_sessions(db.conn, program_id, since)
            return stored.get(program_id, []), start
    return curriculum_repo.group_sessions(db.conn, program_id).get(program_id, []), 0


def completion_rule(db: Database, program_id: int) -> CompletionRule:
    """The program's completion rule (every core module, at least N sessions attended)."""
    return curriculum_repo.completion_rules(db.conn).get(program_id, CompletionRule())


#: The most sessions a completion rule can ask for (the schema's limit).
MAX_COMPLETION_SESSIONS = 500


def set_completion_rule(db: Database, program_id: int, rule: CompletionRule) -> Changes:
    _program(db, program_id)
    wanted = rule.min_sessions
    if wanted is not None and (
        isinstance(wanted, bool)
        or not isinstance(wanted, int)
        or not 1 <= wanted <= MAX_COMPLETION_SESSIONS
    ):
        raise ValidationError(
            messages.text(
                "Sessions to complete must be between 1 and {max_completion_sessions}, or left "
                "empty.",
                max_completion_sessions=MAX_COMPLETION_SESSIONS,
            ),
            "completion_sessions",
        )
    with db.transaction() as conn:
        curriculum_repo.set_completion_rule(
            conn, program_id, CompletionRule(bool(rule.all_core), wanted)
        )
    return SETTINGS


class Curricula:
    """Every program's curriculum and rotation, read once, for many participants' ledgers."""

    def __init__(self, db: Database, today: dt.date, since: dt.date | None = None) -> None:
        """`since`: the earliest admission of the participants whose ledgers are wanted
        (None: read the whole history); only sessions from then on are read."""
        self._db = db
        self.today = today
        self.since = since
        self.programs = {p.id: p for p in participant_repo.list_programs(db.conn)}
        self.rules = curriculum_repo.completion_rules(db.conn)
        self.modules: dict[int, list[Module]] = {}
        for module in curriculum_repo.modules(db.conn):
            self.modules.setdefault(module.program_id, []).append(module)
        self._covered: dict[int, tuple[dt.date, list[Covered]]] = {}

    def has_curriculum(self, program_id: int) -> bool:
        return bool(self.modules.get(program_id))

    def covered(self, program_id: int, until: dt.date) -> list[Covered]:
        """The program's sessions and their modules, predicted from the weekly schedule up
        to `until` (computed once per program, again only for a later date)."""
        known = self._covered.get(program_id)
        if known is not None and known[0] >= until:
            return known[1]
        # Half a year at once, so a caseload's participants share one prediction.
        until = max(until, self.today + PREDICT_AT_ONCE)
        modules = self.modules.get(program_id, [])
        stored, following = _from(self._db, program_id, modules, self.since)
        program = self.programs[program_id]
        predicted = _predicted(self._db, program, self.today, until)
        found = rotation(modules, [*stored, *predicted], following)
        self._covered[program_id] = (until, found)
        return found

    def ledger(
        self,
        participant: Participant,
        marks: Sequence[AttendedSession],
        leaves: Sequence[Leave],
        projected_end: dt.date,
    ) -> Ledger | None:
        """The participant's ledger (None when their program has no curriculum)."""
        modules = self.modules.get(participant.program_id, [])
        if not modules:
            return None
        if self.since is not None and participant.admission_date < self.since:
            self.since = participant.admission_date  # read from their admission on
            self._covered.clear()
        program = self.programs[participant.program_id]
        weekly = sum(1 for slot in program.schedule if slot.service_type in ROTATION_SERVICES)
        until = max(projected_end, self.today) + dt.timedelta(days=prediction_days(modules, weekly))
        covered = self.covered(participant.program_id, until)
        # Only the sessions from admission to the prediction's end concern them.
        first = bisect.bisect_left(covered, participant.admission_date, key=lambda c: c.date)
        last = bisect.bisect_right(covered, until, key=lambda c: c.date)
        return ledger(
            modules=modules,
            covered=covered[first:last],
            marks=marks,
            admission=participant.admission_date,
            discharge=participant.discharge_date,
            leaves=leaves,
            projected_end=projected_end,
            rule=self.rules.get(program.id, CompletionRule()),
            today=self.today,
        )


def _predicted(db: Database, program: Program, first: dt.date, last: dt.date) -> list[GroupSession]:
    """Group sessions the weekly schedule puts from `first` to `last` not yet stored."""
    if last < first or not program.active:
        return []
    taken = curriculum_repo.slots_taken(
        db.conn, program.id, iso_date(first) or "", iso_date(last) or ""
    )
    # The schedule's rotation slots by weekday, in the schedule's order (as
    # `sessions.scheduled_sessions` puts them on a day), each with its stored form.
    by_weekday: dict[int, list[tuple[dt.time, str, str, str]]] = {}
    for slot in program.schedule:
        if slot.service_type in ROTATION_SERVICES:
            by_weekday.setdefault(slot.weekday, []).append(
                (slot.start_time, iso_time(slot.start_time), slot.service_type.value, slot.topic)
            )
    found = []
    day = first
    while day <= last:
        slots = by_weekday.get(day.weekday())
        if slots:
            on = iso_date(day)
            for start, start_text, service, topic in slots:
                if (on, start_text, service, topic) not in taken:
                    found.append(GroupSession(0, day, start))
        day += dt.timedelta(days=1)
    return found


def participant_curriculum(
    db: Database,
    participant_id: int,
    clock: Clock,
    marks: Sequence[AttendedSession] | None = None,
) -> tuple[list[Module], Ledger | None]:
    """The participant's program's modules in order, and their ledger (None without any).
    `marks`: their attendance, when the caller has just read it."""
    participant = _participant(db, participant_id)
    curricula = Curricula(db, clock.today(), participant.admission_date)
    modules = list(curricula.modules.get(participant.program_id, []))
    return modules, _ledger(db, curricula, participant, marks)


def participant_ledger(db: Database, participant_id: int, clock: Clock) -> Ledger | None:
    """One participant's curriculum ledger (None when their program has no curriculum)."""
    participant = _participant(db, participant_id)
    curricula = Curricula(db, clock.today(), participant.admission_date)
    return _ledger(db, curricula, participant)


def _participant(db: Database, participant_id: int) -> Participant:
    participant = participant_repo.get_participant(db.conn, participant_id)
    if participant is None:
        raise NotFoundError(messages.text("That participant does not exist."), "participant")
    return participant


def _ledger(
    db: Database,
    curricula: Curricula,
    participant: Participant,
    marks: Sequence[AttendedSession] | None = None,
) -> Ledger | None:
    if not curricula.has_curriculum(participant.program_id):
        return None
    pid = participant.id
    leaves = participant_repo.leaves(db.conn, [pid]).get(pid, [])
    if marks is None:
        marks = session_repo.attended_sessions(db.conn, [pid]).get(pid, [])
    projected = projected_end_date(participant.admission_date, participant.planned_weeks, leaves)
    return curricula.ledger(participant, marks, leaves, projected)


def record_roll_call(
    db: Database,
    session_id: int,
    marks: Sequence[Attendance],
    module_id: int | None,
    clock: Clock,
) -> int:
    """Roll call and the module the session covered, in one transaction."""
    with db.transaction():
        saved = sessions.record_roll_call(db, session_id, marks, clock)
        set_session_module(db, session_id, module_id)
    return saved
