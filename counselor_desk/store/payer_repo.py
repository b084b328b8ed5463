"""Authorizations and ASAM dimensional ratings."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Sequence

from counselor_desk.domain.asam import AsamRating
from counselor_desk.domain.authorization import Authorization, Unit
from counselor_desk.domain.model import LevelOfCare
from counselor_desk.store.convert import d, dd, iso_date, iso_moment, ts


def _authorization(row: sqlite3.Row) -> Authorization:
    return Authorization(
        id=row["id"],
        participant_id=row["participant_id"],
        payer=row["payer"],
        number=row["number"],
        level_of_care=LevelOfCare(row["level_of_care"]),
        start_date=dd(row["start_date"]),
        end_date=dd(row["end_date"]),
        unit=Unit(row["unit"]),
        units_authorized=float(row["units_authorized"]),
        next_review=d(row["next_review"]),
    )


def authorizations_of(conn: sqlite3.Connection, participant_id: int) -> list[Authorization]:
    return [
        _authorization(row)
        for row in conn.execute(
            "SELECT * FROM authorizations WHERE participant_id = :id ORDER BY start_date, id",
            {"id": participant_id},
        )
    ]


def authorizations_for(
    conn: sqlite3.Connection, participant_ids: Sequence[int]
) -> dict[int, list[Authorization]]:
    """participant -> their authorizations, for many at once (the caseload)."""
    found: dict[int, list[Authorization]] = {}
    for start in range(0, len(participant_ids), 500):
        chunk = participant_ids[start : start + 500]
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        for row in conn.execute(
            f"""SELECT * FROM authorizations WHERE participant_id IN ({marks})
                ORDER BY start_date, id""",
            {f"p{i}": value for i, value in enumerate(chunk)},
        ):
            found.setdefault(row["participant_id"], []).append(_authorization(row))
    return found


def get_authorization(conn: sqlite3.Connection, authorization_id: int) -> Authorization | None:
    row = conn.execute(
        "SELECT * FROM authorizations WHERE id = :id", {"id": authorization_id}
    ).fetchone()
    return None if row is None else _authorization(row)


def _params(authorization: Authorization, now: dt.datetime) -> dict[str, object]:
    return {
        "id": authorization.id,
        "participant_id": authorization.participant_id,
        "payer": authorization.payer,
        "number": authorization.number,
        "level": authorization.level_of_care.value,
        "start": iso_date(authorization.start_date),
        "end": iso_date(authorization.end_date),
        "unit": authorization.unit.value,
        "units": authorization.units_authorized,
        "review": iso_date(authorization.next_review),
        "now": iso_moment(now),
    }


def insert_authorization(
    conn: sqlite3.Connection, authorization: Authorization, now: dt.datetime
) -> int:
    cursor = conn.execute(
        """INSERT INTO authorizations (participant_id, payer, number, level_of_care, start_date,
               end_date, unit, units_authorized, next_review, created_at, updated_at)
           VALUES (:participant_id, :payer, :number, :level, :start, :end, :unit, :units,
               :review, :now, :now)""",
        _params(authorization, now),
    )
    return int(cursor.lastrowid or 0)


def update_authorization(
    conn: sqlite3.Connection, authorization: Authorization, now: dt.datetime
) -> None:
    conn.execute(
        """UPDATE authorizations SET payer = :payer, number = :number, level_of_care = :level,
               start_date = :start, end_date = :end, unit = :unit, units_authorized = :units,
               next_review = :review, updated_at = :now
           WHERE id = :id""",
        _params(authorization, now),
    )


# -- ASAM ratings --------------------------------------------------------------------------


def _rating(row: sqlite3.Row) -> AsamRating:
    return AsamRating(
        id=row["id"],
        participant_id=row["participant_id"],
        rated_on=dd(row["rated_on"]),
        ratings=tuple(json.loads(row["ratings_json"])),
        notes=tuple(json.loads(row["notes_json"])),
        recommended_level=LevelOfCare(row["recommended_level"]),
        rated_by=row["rated_by"],
        recorded_at=ts(row["recorded_at"]),
    )


def ratings_of(conn: sqlite3.Connection, participant_id: int) -> list[AsamRating]:
    """Oldest first (ratings of one day in the order given)."""
    return [
        _rating(row)
        for row in conn.execute(
            "SELECT * FROM asam_ratings WHERE participant_id = :id ORDER BY rated_on, id",
            {"id": participant_id},
        )
    ]


def insert_rating(conn: sqlite3.Connection, rating: AsamRating) -> int:
    cursor = conn.execute(
        """INSERT INTO asam_ratings (participant_id, rated_on, ratings_json, notes_json,
               recommended_level, rated_by, recorded_at)
           VALUES (:participant_id, :rated_on, :ratings, :notes, :level, :rated_by, :at)""",
        {
            "participant_id": rating.participant_id,
            "rated_on": iso_date(rating.rated_on),
            "ratings": json.dumps(list(rating.ratings)),
            "notes": json.dumps(list(rating.notes), ensure_ascii=False),
            "level": rating.recommended_level.value,
            "rated_by": rating.rated_by,
            "at": iso_moment(rating.recorded_at),
        },
    )
    return int(cursor.lastrowid or 0)
