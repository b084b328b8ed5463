"""The curriculum ledger: which module each group session covers, and each participant's
modules attended, missed and next offered (docs/RULES.md, Curriculum ledger)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from counselor_desk.domain.model import AttendanceCount, AttendedSession, Leave, ServiceType
from counselor_desk.domain.record import record
from counselor_desk.domain.rules import on_leave

#: The kinds of program session that cover a module (family sessions do not).
ROTATION_SERVICES = frozenset({ServiceType.GROUP, ServiceType.EDUCATION})
#: The longest module title.
MAX_TITLE = 200


@record
class Module:
    """One module of a program's curriculum, in the program's order (`position`)."""

    id: int
    program_id: int
    position: int
    title: str
    core: bool = True
    materials: str = ""

    @property
    def kind(self) -> str:
        return "core" if self.core else "elective"


@record
class GroupSession:
    """A program group session in the rotation: stored (`session_id`), or predicted from the
    weekly schedule (`session_id` 0). `chosen` is the module chosen for it, if any."""

    session_id: int
    date: dt.date
    start_time: dt.time
    chosen: int | None = None

    @property
    def order(self) -> tuple[dt.date, dt.time, int]:
        # A predicted session sorts after a stored one at the same time.
        return (self.date, self.start_time, self.session_id or 2**62)


@record
class Covered:
    """A group session and the module it covers."""

    session: GroupSession
    module: Module

    @property
    def date(self) -> dt.date:
        return self.session.date

    @property
    def chosen(self) -> bool:
        return self.session.chosen == self.module.id


def rotation(
    modules: Sequence[Module], sessions: Iterable[GroupSession], following: int = 0
) -> list[Covered]:
    """The module each session covers, in date and time order.

    The anchor is the program's first group session: it covers its chosen module, else the
    first module. Every later session covers its chosen module, else the module after the
    previous session's, cycling back to the first after the last. So a chosen module moves
    the rotation on from that session; the sessions before it keep theirs.

    `following` is the position (from 0) the first session takes when it has no module
    chosen: 0 from the program's first session, else what the sessions before gave it.
    """
    ordered = sorted(modules, key=lambda module: (module.position, module.id))
    if not ordered:
        return []
    at = {module.id: index for index, module in enumerate(ordered)}
    found = []
    following %= len(ordered)
    for session in sorted(sessions, key=lambda session: session.order):
        chosen = session.chosen
        position = following if chosen is None else at.get(chosen, following)
        found.append(Covered(session, ordered[position]))
        following = (position + 1) % len(ordered)
    return found


@record
class CompletionRule:
    """The program's completion rule: every core module attended, and/or N sessions."""

    all_core: bool = False
    min_sessions: int | None = None

    @property
    def set(self) -> bool:
        return self.all_core or self.min_sessions is not None

    def describe(self) -> str:
        parts = []
        if self.all_core:
            parts.append("every core module attended")
        if self.min_sessions is not None:
            parts.append(f"at least {self.min_sessions} sessions attended")
        return " and ".join(parts) if parts else "no completion rule set"


@record
class Completion:
    rule: CompletionRule
    core_attended: int
    core_total: int
    sessions_attended: int

    @property
    def met(self) -> bool:
        if not self.rule.set:
            return False
        if self.rule.all_core and self.core_attended < self.core_total:
            return False
        return self.rule.min_sessions is None or self.sessions_attended >= self.rule.min_sessions


@record
class ModuleAttended:
    module: Module
    date: dt.date  # the first time attended


@record
class ModuleMissed:
    module: Module
    last_offered: dt.date
    next_offered: dt.date | None  # None: not offered again in the prediction

    def in_time(self, projected_end: dt.date) -> bool:
        """Offered again on or before the projected end date."""
        return self.next_offered is not None and self.next_offered <= projected_end


@record
class Ledger:
    attended: tuple[ModuleAttended, ...]
    missed: tuple[ModuleMissed, ...]  # core first, then in curriculum order
    projected_end: dt.date
    completion: Completion

    @property
    def core_missed_for_good(self) -> tuple[ModuleMissed, ...]:
        """Missed core modules not offered again before the projected end date."""
        return tuple(
            item
            for item in self.missed
            if item.module.core and not item.in_time(self.projected_end)
        )

    @property
    def missed_core(self) -> tuple[ModuleMissed, ...]:
        return tuple(item for item in self.missed if item.module.core)


def ledger(
    *,
    modules: Sequence[Module],
    covered: Sequence[Covered],
    marks: Sequence[AttendedSession],
    admission: dt.date,
    discharge: dt.date | None,
    leaves: Iterable[Leave],
    projected_end: dt.date,
    rule: CompletionRule,
    today: dt.date,
) -> Ledger:
    """One participant's modules: attended (first date), missed (offered in the stay on a day
    not on leave, never attended) with the next offering, and the completion rule.

    A session before today counts as offered; a session of today once the participant has a
    mark for it. The next offering is the first session from today on that the participant
    has no mark for and is not on leave for (none after discharge)."""
    leaves = tuple(leaves)
    marked = {mark.session_id: mark for mark in marks}
    last_day = discharge if discharge is not None else today
    attended: dict[int, ModuleAttended] = {}
    offered: dict[int, dt.date] = {}
    upcoming: dict[int, dt.date] = {}
    present = AttendanceCount.ATTENDED
    for item in covered:
        module, session = item.module, item.session
        day = session.date
        mark = marked.get(session.session_id) if session.session_id else None
        if mark is not None and mark.status.counts is present and module.id not in attended:
            attended[module.id] = ModuleAttended(module, day)
        # (most stays have no leave: the test is skipped then, the list is long)
        if (
            admission <= day <= last_day
            and (day < today or mark is not None)
            and not (leaves and on_leave(leaves, day))
        ):
            offered[module.id] = day
        elif (
            discharge is None
            and day >= today
            and day >= admission
            and mark is None
            and module.id not in upcoming
            and not (leaves and on_leave(leaves, day))
        ):
            upcoming[module.id] = day
    ordered = sorted(modules, key=lambda module: (module.position, module.id))
    missed = [
        ModuleMissed(module, offered[module.id], upcoming.get(module.id))
        for module in sorted(ordered, key=lambda module: not module.core)
        if module.id in offered and module.id not in attended
    ]
    core = [module for module in ordered if module.core]
    completion = Completion(
        rule=rule,
        core_attended=sum(1 for module in core if module.id in attended),
        core_total=len(core),
        sessions_attended=sum(mark.status.counts is present for mark in marks),
    )
    return Ledger(
        attended=tuple(
            sorted(attended.values(), key=lambda item: (item.date, item.module.position))
        ),
        missed=tuple(missed),
        projected_end=projected_end,
        completion=completion,
    )


def prediction_days(modules: Sequence[Module], weekly_sessions: int) -> int:
    """Days of schedule past the projected end to predict, so every module comes round once."""
    if weekly_sessions <= 0:
        return 0
    return 7 * (-(-len(modules) // weekly_sessions) + 1)
