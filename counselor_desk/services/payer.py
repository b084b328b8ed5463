"""The payer: authorizations (the rules are in domain/authorization.py) and ASAM ratings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from counselor_desk.domain import asam, messages
from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.audit import AuditAction
from counselor_desk.domain.authorization import (
    UNITS_MAX,
    Authorization,
    Standing,
    Unit,
    current,
    overlaps,
    standing,
    uncovered_days,
)
from counselor_desk.domain.errors import NotFoundError
from counselor_desk.domain.model import LevelOfCare, Participant
from counselor_desk.services import audit
from counselor_desk.services.clock import Clock
from counselor_desk.services.participants import get as get_participant
from counselor_desk.services.validate import Problems, fmt
from counselor_desk.store import payer_repo, session_repo
from counselor_desk.store.db import Database


def _is_date(value: object) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def authorizations(db: Database, participant_id: int) -> list[Authorization]:
    return payer_repo.authorizations_of(db.conn, participant_id)


@dataclass(frozen=True, slots=True)
class PayerStanding:
    """Every authorization's burn-down, the current one, and days attended that none covers."""

    standings: tuple[Standing, ...]
    current: Standing | None
    uncovered: tuple[dt.date, ...]


def payer_standing(db: Database, participant_id: int, clock: Clock) -> PayerStanding:
    found = authorizations(db, participant_id)
    marks = session_repo.attended_sessions(db.conn, [participant_id]).get(participant_id, [])
    today = clock.today()
    standings = tuple(standing(a, marks, today) for a in found)
    now = current(found, today)
    return PayerStanding(
        standings=standings,
        current=next((s for s in standings if s.authorization is now), None),
        uncovered=tuple(uncovered_days(found, marks)),
    )


def _check(
    db: Database, participant: Participant, authorization: Authorization, problems: Problems
) -> Authorization:
    payer = problems.required("payer", authorization.payer, messages.text("Payer"), limit=200)
    number = problems.optional(
        "number", authorization.number, messages.text("Authorization number"), limit=100
    )
    if not isinstance(authorization.level_of_care, LevelOfCare):
        problems.add("level_of_care", messages.text("Choose the level of care authorized."))
    if not isinstance(authorization.unit, Unit):
        problems.add("unit", messages.text("Choose what the units are: days, sessions or hours."))
    start, end = authorization.start_date, authorization.end_date
    dates_ok = _is_date(start) and _is_date(end)
    if not _is_date(start):
        problems.add("start_date", messages.text("The start date is not a date."))
    if not _is_date(end):
        problems.add("end_date", messages.text("The end date is not a date."))
    if dates_ok and end < start:
        problems.add(
            "end_date",
            messages.text("The authorization ends before it starts ({start}).", start=fmt(start)),
        )
    review = authorization.next_review
    if review is not None and not _is_date(review):
        problems.add("next_review", messages.text("The next review date is not a date."))
    units = authorization.units_authorized
    if isinstance(units, bool) or not isinstance(units, int | float):
        problems.add("units_authorized", messages.text("The units authorized are a number."))
    elif not 0 < units <= UNITS_MAX:
        problems.add(
            "units_authorized",
            messages.text(
                "The units authorized are more than 0 and at most {units_max:,}.",
                units_max=UNITS_MAX,
            ),
        )
    cleaned = replace(authorization, payer=payer, number=number)
    if dates_ok and not problems.items:
        for other in authorizations(db, participant.id):
            if other.id != authorization.id and overlaps(cleaned, other):
                problems.add(
                    "start_date",
                    messages.text(
                        "It overlaps the {payer} authorization for {level_of_care} from "
                        "{start_date} to {end_date}.",
                        payer=other.payer,
                        level_of_care=other.level_of_care.value,
                        start_date=fmt(other.start_date),
                        end_date=fmt(other.end_date),
                    ),
                )
                break
    return cleaned


def _detail(authorization: Authorization) -> str:
    """What the audit row keeps: the level, period and units (no payer, no number)."""
    a = authorization
    return (
        f"{a.level_of_care.value} {a.start_date:%Y-%m-%d} to {a.end_date:%Y-%m-%d}, "
        f"{a.units_authorized:g} {a.unit.value}"
    )


def add_authorization(db: Database, authorization: Authorization, clock: Clock) -> Authorization:
    participant = get_participant(db, authorization.participant_id)
    problems = Problems()
    cleaned = _check(db, participant, replace(authorization, id=0), problems)
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        cleaned = replace(cleaned, id=payer_repo.insert_authorization(conn, cleaned, now))
        audit.record(
            conn,
            AuditAction.AUTHORIZATION,
            now,
            participant_id=participant.id,
            target=f"authorization {cleaned.id}",
            detail=f"added: {_detail(cleaned)}",
        )
    return cleaned


def update_authorization(db: Database, authorization: Authorization, clock: Clock) -> Authorization:
    stored = payer_repo.get_authorization(db.conn, authorization.id)
    if stored is None or stored.participant_id != authorization.participant_id:
        raise NotFoundError(messages.text("That authorization does not exist."), "authorization")
    participant = get_participant(db, authorization.participant_id)
    problems = Problems()
    cleaned = _check(db, participant, authorization, problems)
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        payer_repo.update_authorization(conn, cleaned, now)
        audit.record(
            conn,
            AuditAction.AUTHORIZATION,
            now,
            participant_id=participant.id,
            target=f"authorization {cleaned.id}",
            detail=f"changed: {_detail(stored)} -> {_detail(cleaned)}",
        )
    return cleaned


# -- ASAM dimensional ratings ----------------------------------------------------------------


def ratings(db: Database, participant_id: int) -> list[AsamRating]:
    """Oldest first."""
    return payer_repo.ratings_of(db.conn, participant_id)


def rating_field(position: int) -> str:
    return f"dimension_{position + 1}"


def add_rating(db: Database, rating: AsamRating, clock: Clock) -> AsamRating:
    """Record a dated rating of the six dimensions (kept as given)."""
    participant = get_participant(db, rating.participant_id)
    problems = Problems()
    day = rating.rated_on
    if not _is_date(day):
        problems.add("rated_on", messages.text("The date rated is not a date."))
    else:
        if day > clock.today():
            problems.add("rated_on", messages.text("The date cannot be in the future."))
        if day < participant.admission_date:
            problems.add(
                "rated_on",
                messages.text(
                    "The date is before admission ({admission_date}).",
                    admission_date=fmt(participant.admission_date),
                ),
            )
        if participant.discharge_date is not None and day > participant.discharge_date:
            problems.add(
                "rated_on",
                messages.text(
                    "The date is after the discharge ({discharge_date}).",
                    discharge_date=fmt(participant.discharge_date),
                ),
            )
    if len(rating.ratings) != len(asam.DIMENSIONS):
        problems.add(
            "ratings",
            messages.text("Rate each of the {count} dimensions.", count=len(asam.DIMENSIONS)),
        )
    else:
        for position, value in enumerate(rating.ratings):
            words = messages.label(asam.DIMENSIONS[position][1])
            if isinstance(value, bool) or not isinstance(value, int):
                problems.add(
                    rating_field(position),
                    messages.text(
                        "{words}: rate it 0 to {risk_max}.", words=words, risk_max=asam.RISK_MAX
                    ),
                )
            else:
                problems.in_range(rating_field(position), value, 0, asam.RISK_MAX, words)
    notes = tuple(rating.notes) + ("",) * (len(asam.DIMENSIONS) - len(rating.notes))
    cleaned_notes = []
    for position, note in enumerate(notes[: len(asam.DIMENSIONS)]):
        cleaned_notes.append(
            problems.optional(
                f"note_{position + 1}",
                note if isinstance(note, str) else "",
                messages.text("Note on dimension {dimension}", dimension=position + 1),
                limit=asam.NOTE_MAX,
            )
        )
    if not isinstance(rating.recommended_level, LevelOfCare):
        problems.add("recommended_level", messages.text("Choose the recommended level of care."))
    problems.raise_if_any()
    now = clock.now()
    with db.transaction() as conn:
        stored = replace(
            rating,
            notes=tuple(cleaned_notes),
            rated_by=audit.actor(conn),
            recorded_at=now,
        )
        stored = replace(stored, id=payer_repo.insert_rating(conn, stored))
        audit.record(
            conn,
            AuditAction.ASAM_RATING,
            now,
            participant_id=participant.id,
            target=f"asam rating {stored.id}",
            detail=(
                f"{day:%Y-%m-%d}: {'/'.join(str(r) for r in stored.ratings)}, recommended "
                f"{stored.recommended_level.value}"
            ),
        )
    return stored
