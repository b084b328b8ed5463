"""Safety flags and safety plans (the rules are in domain/safety.py).

The hooks (`measure_recorded`, `measure_changed`, `note_saved`, `note_discarded`) run inside
the transaction of the write that calls them, so a risk is flagged in the same commit that
records it: there is no moment at which the score is stored and the flag is not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from counselor_desk.domain import measures as instruments
from counselor_desk.domain import messages
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.domain.model import Measure, Note, RiskLevel
from counselor_desk.domain.safety import (
    PLAN_KEYS,
    PLAN_REQUIRED,
    PLAN_SECTION_MAX,
    PLAN_SECTIONS,
    FlagEvent,
    FlagSource,
    FlagState,
    SafetyFlag,
    SafetyPlan,
    state_after,
)
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.participants import get as get_participant
from counselor_desk.services.validate import Problems
from counselor_desk.store import measure_repo, note_repo, safety_repo
from counselor_desk.store.connection import Connection
from counselor_desk.store.db import Database

RISK_PRESENT = (RiskLevel.PRESENT_NO_PLAN, RiskLevel.PRESENT_WITH_PLAN)


def flags(db: Database, participant_id: int) -> list[SafetyFlag]:
    """Every safety flag of the participant with its history, newest first."""
    return safety_repo.flags_of(db.conn, participant_id)


def open_flags(db: Database, participant_id: int) -> list[SafetyFlag]:
    return safety_repo.open_flags(db.conn, participant_id)


def plans(db: Database, participant_id: int) -> list[SafetyPlan]:
    """Every saved version of the participant's safety plan, newest first."""
    return safety_repo.plans_of(db.conn, participant_id)


def current_plan(db: Database, participant_id: int) -> SafetyPlan | None:
    return safety_repo.current_plan(db.conn, participant_id)


# -- raising, answering, closing -----------------------------------------------------------


def _raise(conn: Connection, flag: SafetyFlag, now: dt.datetime, actor: str) -> SafetyFlag:
    flag = replace(flag, id=safety_repo.insert_flag(conn, flag))
    safety_repo.add_event(conn, flag.id, now, actor, FlagEvent.RAISED, flag.reason)
    audit.record(
        conn,
        AuditAction.SAFETY_FLAG,
        now,
        participant_id=flag.participant_id,
        target=f"safety flag {flag.id}",
        detail=f"raised: {flag.source.label}",
    )
    return flag


def _move(
    conn: Connection,
    flag: SafetyFlag,
    now: dt.datetime,
    actor: str,
    event: FlagEvent,
    detail: str,
    **changes: object,
) -> SafetyFlag:
    """Record a step, then the state the facts now put the flag in (closing it if done)."""
    flag = replace(flag, **changes)  # type: ignore[arg-type]
    safety_repo.add_event(conn, flag.id, now, actor, event, detail)
    if event is not FlagEvent.WITHDRAWN:
        screen = measure_repo.get_measure(conn, flag.screen_id) if flag.screen_id else None
        state = state_after(
            screened=screen is not None,
            screen_calls_for_plan=screen is not None and screen.score >= (C_SSRS.safety_score or 0),
            plan_needed=flag.plan_needed,
            planned=flag.plan_id is not None,
        )
        flag = replace(flag, state=state)
    if not flag.state.is_open:
        flag = replace(flag, closed_at=now, closed_by=actor)
        if flag.state is FlagState.FOLLOWED_UP:
            safety_repo.add_event(
                conn, flag.id, now, actor, FlagEvent.FOLLOWED_UP, _done(conn, flag)
            )
        audit.record(
            conn,
            AuditAction.SAFETY_FLAG,
            now,
            participant_id=flag.participant_id,
            target=f"safety flag {flag.id}",
            detail=flag.state.label.lower(),
        )
    safety_repo.update_flag(conn, flag)
    return flag


def _done(conn: Connection, flag: SafetyFlag) -> str:
    parts = []
    if flag.screen_id:
        screen = measure_repo.get_measure(conn, flag.screen_id)
        if screen is not None:
            parts.append(f"C-SSRS on {screen.taken_on:%Y-%m-%d}: {C_SSRS.score_text(screen.score)}")
    if flag.plan_id:
        parts.append("safety plan saved")
    return "; ".join(parts)


def _withdraw(conn: Connection, flag: SafetyFlag, now: dt.datetime, actor: str, why: str) -> None:
    """Withdraw a flag whose only cause is gone, if nothing was recorded for it yet; a flag
    already acted on stays, with the change in its history."""
    if not flag.is_open:
        return
    if not _acted_on(flag):
        _move(conn, flag, now, actor, FlagEvent.WITHDRAWN, why, state=FlagState.WITHDRAWN)
    else:
        safety_repo.add_event(conn, flag.id, now, actor, FlagEvent.SOURCE_CHANGED, why)


def _acted_on(flag: SafetyFlag) -> bool:
    """Whether a screen or a plan was ever recorded for a flag (a C-SSRS flag's own screen,
    which raised it, does not count): from its history, not only what it rests on now."""
    if flag.plan_id is not None or any(e.event is FlagEvent.PLANNED for e in flag.events):
        return True
    if flag.source is FlagSource.CSSRS:
        return flag.screen_id not in (None, flag.measure_id)
    return flag.screen_id is not None or any(e.event is FlagEvent.SCREENED for e in flag.events)


def _screen_open_flags(
    conn: Connection, screen: Measure, now: dt.datetime, actor: str
) -> list[SafetyFlag]:
    """A C-SSRS answers every open flag whose risk was on or before the day it was taken."""
    answered = []
    for flag in safety_repo.open_flags(conn, screen.participant_id):
        if flag.state is not FlagState.NEEDS_SCREEN or flag.risk_on > screen.taken_on:
            continue
        detail = f"C-SSRS on {screen.taken_on:%Y-%m-%d}: {C_SSRS.score_text(screen.score)}"
        answered.append(
            _move(conn, flag, now, actor, FlagEvent.SCREENED, detail, screen_id=screen.id)
        )
    return answered


def measure_recorded(conn: Connection, measure: Measure, now: dt.datetime) -> None:
    """A new score: a C-SSRS answers open flags; a risk in the score raises its own flag."""
    instrument = instruments.instrument(measure.instrument)
    concern = "" if instrument is None else instrument.safety_concern(measure)
    if instrument is None or (instrument is not C_SSRS and not concern):
        return  # most scores: nothing to read, nothing to write
    actor = audit.actor(conn)
    answered = _screen_open_flags(conn, measure, now, actor) if instrument is C_SSRS else []
    if not concern or answered:
        return
    if instrument is C_SSRS:
        _raise_for_screen(conn, measure, now, actor)
        return
    _raise(conn, _flag_of(measure, FlagSource.PHQ9_ITEM9, concern, now, actor), now, actor)


def _flag_of(
    measure: Measure, source: FlagSource, concern: str, now: dt.datetime, actor: str
) -> SafetyFlag:
    """A new flag for the risk a score shows, waiting for its screen."""
    return SafetyFlag(
        id=0,
        participant_id=measure.participant_id,
        raised_at=now,
        raised_by=actor,
        source=source,
        reason=concern,
        state=FlagState.NEEDS_SCREEN,
        risk_on=measure.taken_on,
        measure_id=measure.id,
    )


def _raise_for_screen(conn: Connection, screen: Measure, now: dt.datetime, actor: str) -> None:
    """A moderate or high C-SSRS that answers no flag raises its own: the screen is its own
    answer, a plan is what it needs."""
    concern = C_SSRS.safety_concern(screen)
    flag = _raise(conn, _flag_of(screen, FlagSource.CSSRS, concern, now, actor), now, actor)
    _move(conn, flag, now, actor, FlagEvent.SCREENED, concern, screen_id=screen.id)


def measure_changed(
    conn: Connection, before: Measure, after: Measure, now: dt.datetime, why: str
) -> None:
    """A score corrected or struck: a flag it alone raised is withdrawn when the risk is gone;
    a screen that no longer counts stops answering open flags, and a flag it closed is raised
    again while its cause stands; a new risk is flagged."""
    instrument = instruments.instrument(after.instrument)
    if instrument is None:
        return
    actor = audit.actor(conn)
    concern = instrument.safety_concern(after)
    for flag in safety_repo.flags_of(conn, after.participant_id):
        if flag.is_open and flag.measure_id == after.id and not concern:
            _withdraw(conn, flag, now, actor, f"the score that raised it was {why}")
        elif flag.screen_id == after.id and flag.measure_id != after.id and after.is_struck:
            if flag.is_open:
                _move(
                    conn, flag, now, actor, FlagEvent.SCREEN_STRUCK,
                    "the C-SSRS it counted on was struck", screen_id=None,
                )  # fmt: skip
            elif flag.state is FlagState.FOLLOWED_UP and _cause_stands(conn, flag):
                _raise_again(conn, flag, now, actor)
    already = any(
        flag.measure_id == after.id for flag in safety_repo.open_flags(conn, after.participant_id)
    )
    if concern and not already and not instrument.safety_concern(before):
        measure_recorded(conn, after, now)


def _cause_stands(conn: Connection, flag: SafetyFlag) -> bool:
    """Whether what raised a flag is still on the record as a risk."""
    if flag.measure_id is not None:
        cause = measure_repo.get_measure(conn, flag.measure_id)
        known = None if cause is None else instruments.instrument(cause.instrument)
        return cause is not None and known is not None and bool(known.safety_concern(cause))
    if flag.note_id is not None:
        note = note_repo.get_note(conn, flag.note_id)
        return note is not None and _of_note(flag, note) and note.risk in RISK_PRESENT
    return False


def _raise_again(conn: Connection, closed: SafetyFlag, now: dt.datetime, actor: str) -> None:
    """The screen that followed a flag up was struck: the same risk is flagged again (a plan
    saved for it still counts); the closed flag keeps its history as it was."""
    again = replace(
        closed,
        id=0,
        raised_at=now,
        raised_by=actor,
        state=FlagState.NEEDS_SCREEN,
        screen_id=None,
        closed_at=None,
        closed_by="",
        events=(),
    )
    flag = _raise(conn, again, now, actor)
    safety_repo.add_event(
        conn, flag.id, now, actor, FlagEvent.SOURCE_CHANGED,
        f"raised again: the C-SSRS that followed up flag {closed.id} was struck",
    )  # fmt: skip


def _of_note(flag: SafetyFlag, note: Note) -> bool:
    """A flag belongs to a note with its id *and* the moment it was created: SQLite gives a
    discarded draft's id to the next note."""
    return flag.note_id == note.id and flag.note_created_at == note.created_at.replace(
        microsecond=0
    )


def _note_reason(note: Note) -> str:
    return (
        f"Risk screen \u201c{note.risk.label.lower()}\u201d in the note of "
        f"{note.session_date:%Y-%m-%d}"
    )


def _covers(conn: Connection, flag: SafetyFlag, note: Note, with_plan: bool) -> bool:
    """Whether a closed flag of this note already answers its risk as it now reads: followed
    up by a screen that still counts, taken on or after the session, with a plan if needed."""
    if flag.state is not FlagState.FOLLOWED_UP or flag.screen_id is None:
        return False
    screen = measure_repo.get_measure(conn, flag.screen_id)
    if screen is None or screen.is_struck or screen.taken_on < note.session_date:
        return False
    return flag.plan_id is not None or not with_plan


def note_saved(conn: Connection, note: Note, now: dt.datetime) -> None:
    """A note (draft or signed) whose risk screen is "present" raises a flag at once unless a
    flag of it is open or already answers the risk as it now reads; a draft changed back
    before anyone acted on its flag withdraws it. An open flag follows its draft's date and
    risk: a screen taken before a session moved later no longer answers it."""
    present = note.risk in RISK_PRESENT
    with_plan = note.risk is RiskLevel.PRESENT_WITH_PLAN
    # A flag belongs to this note only if raised since it was created (a discarded draft's
    # id may be given to a later note).
    mine = [f for f in safety_repo.flags_of(conn, note.participant_id) if _of_note(f, note)]
    still_open = [f for f in mine if f.is_open]
    if not present and not still_open:
        return
    actor = audit.actor(conn)
    if not present:
        for flag in still_open:
            _withdraw(
                conn, flag, now, actor,
                f"the note's risk screen was changed to \u201c{note.risk.label.lower()}\u201d",
            )  # fmt: skip
        return
    reason = _note_reason(note)
    for flag in still_open:
        screen = measure_repo.get_measure(conn, flag.screen_id) if flag.screen_id else None
        follows = {"risk_on": note.session_date, "reason": reason, "plan_needed": with_plan}
        if screen is None:
            if (flag.risk_on, flag.reason, flag.plan_needed) != tuple(follows.values()):
                safety_repo.add_event(
                    conn,
                    flag.id,
                    now,
                    actor,
                    FlagEvent.SOURCE_CHANGED,
                    f"the note now reads: {reason}",
                )
                safety_repo.update_flag(conn, replace(flag, **follows))  # type: ignore[arg-type]
        elif screen.taken_on < note.session_date:
            _move(
                conn, flag, now, actor, FlagEvent.SOURCE_CHANGED,
                "the note's session moved after the C-SSRS: a screen is needed again",
                screen_id=None, **follows,
            )  # fmt: skip
            if screen.score >= (C_SSRS.safety_score or 0):  # its own risk still needs a plan
                _raise_for_screen(conn, screen, now, actor)
        elif with_plan and not flag.plan_needed:
            _move(
                conn, flag, now, actor, FlagEvent.SOURCE_CHANGED,
                "the note's risk screen now reads present, with plan", **follows,
            )  # fmt: skip
    if still_open or any(_covers(conn, flag, note, with_plan) for flag in mine):
        return
    _raise(
        conn,
        SafetyFlag(
            id=0,
            participant_id=note.participant_id,
            raised_at=now,
            raised_by=actor,
            source=FlagSource.NOTE_RISK,
            reason=reason,
            state=FlagState.NEEDS_SCREEN,
            risk_on=note.session_date,
            note_id=note.id,
            note_created_at=note.created_at.replace(microsecond=0),
            plan_needed=with_plan,
        ),
        now,
        actor,
    )


def note_discarded(conn: Connection, note: Note, now: dt.datetime) -> None:
    actor = audit.actor(conn)
    for flag in safety_repo.flags_of(conn, note.participant_id):
        if _of_note(flag, note):
            _withdraw(conn, flag, now, actor, "the draft note was discarded")


# -- the safety plan -----------------------------------------------------------------------


def _clean_plan(fields: dict[str, str], problems: Problems) -> dict[str, str]:
    cleaned: dict[str, str] = {}
    headings = {key: messages.label(heading) for key, heading, _prompt in PLAN_SECTIONS}
    for key in PLAN_KEYS:
        text = (fields.get(key) or "").replace("\x00", "").strip()
        if key in PLAN_REQUIRED and not text:
            problems.add(
                key, messages.text("{heading}: write at least one line.", heading=headings[key])
            )
        elif len(text) > PLAN_SECTION_MAX:
            problems.add(
                key,
                messages.text(
                    "{heading} is too long (at most {plan_section_max} characters).",
                    heading=headings[key],
                    plan_section_max=PLAN_SECTION_MAX,
                ),
            )
        cleaned[key] = text
    unknown = sorted(set(fields) - set(PLAN_KEYS))
    if unknown:
        problems.add(
            "plan",
            messages.text("Unknown safety plan sections: {names}.", names=", ".join(unknown)),
        )
    return cleaned


def save_plan(
    db: Database, participant_id: int, fields: dict[str, str], clock: Clock
) -> SafetyPlan:
    """Save the next version of the safety plan; it answers every open flag that needs one.

    Unchanged text is refused (no empty versions); earlier versions stay as they were."""
    get_participant(db, participant_id)
    problems = Problems()
    cleaned = _clean_plan(fields, problems)
    current = safety_repo.current_plan(db.conn, participant_id)
    open_now = safety_repo.open_flags(db.conn, participant_id)
    if current is not None and current.fields == cleaned and not open_now:
        problems.add(
            "plan", messages.text("Nothing in the safety plan changed since the last version.")
        )
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        actor = audit.actor(conn)
        plan = safety_repo.insert_plan(
            conn, SafetyPlan(participant_id, cleaned, saved_at=now, saved_by=actor)
        )
        audit.record(
            conn,
            AuditAction.SAFETY_PLAN,
            now,
            participant_id=participant_id,
            target=f"safety plan {plan.id}",
            detail=f"version {plan.version}",
        )
        for flag in safety_repo.open_flags(conn, participant_id):
            _move(
                conn,
                flag,
                now,
                actor,
                FlagEvent.PLANNED,
                f"safety plan version {plan.version}",
                plan_id=plan.id,
            )
    return plan
