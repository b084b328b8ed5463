"""Treatment-plan reviews (a signed review is locked by the database's triggers)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Mapping, Sequence

from counselor_desk.domain.model import GoalStatus
from counselor_desk.domain.plan_review import ItemProgress, PlanReview, ReviewStatus
from counselor_desk.store.convert import d, dd, grouped_by_participant, iso_date, iso_moment, ts


def _items_json(items: Mapping[int, ItemProgress]) -> dict[str, dict[str, object]]:
    return {
        str(item_id): {
            "progress": item.progress,
            "status": None if item.status is None else item.status.value,
            "description": item.description,
            "status_before": None if item.status_before is None else item.status_before.value,
        }
        for item_id, item in sorted(items.items())
    }


def progress_json(review: PlanReview) -> str:
    """The stored text of a review's progress (also what its hash covers)."""
    return json.dumps(
        {"goals": _items_json(review.goals), "objectives": _items_json(review.objectives)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )


def _status(value: object) -> GoalStatus | None:
    return None if value is None else GoalStatus(str(value))


def _items(raw: dict[str, dict[str, object]]) -> dict[int, ItemProgress]:
    return {
        int(item_id): ItemProgress(
            progress=str(item.get("progress") or ""),
            status=_status(item.get("status")),
            description=str(item.get("description") or ""),
            status_before=_status(item.get("status_before")),
        )
        for item_id, item in raw.items()
    }


def _review(row: sqlite3.Row) -> PlanReview:
    raw = json.loads(row["progress_json"] or "{}")
    return PlanReview(
        id=row["id"],
        participant_id=row["participant_id"],
        reviewed_on=dd(row["reviewed_on"]),
        goals=_items(raw.get("goals", {})),
        objectives=_items(raw.get("objectives", {})),
        changes=row["changes"],
        next_review=d(row["next_review"]),
        status=ReviewStatus(row["status"]),
        signed_at=ts(row["signed_at"]),
        signed_by=row["signed_by"],
        content_hash=row["content_hash"],
    )


def reviews_of(conn: sqlite3.Connection, participant_id: int) -> list[PlanReview]:
    """One participant's reviews, oldest first."""
    return [
        _review(row)
        for row in conn.execute(
            "SELECT * FROM plan_reviews WHERE participant_id = :id ORDER BY reviewed_on, id",
            {"id": participant_id},
        )
    ]


def get_review(conn: sqlite3.Connection, review_id: int) -> PlanReview | None:
    row = conn.execute("SELECT * FROM plan_reviews WHERE id = :id", {"id": review_id}).fetchone()
    return None if row is None else _review(row)


def signed_dates(
    conn: sqlite3.Connection, participant_ids: Sequence[int]
) -> dict[int, list[tuple[dt.date, dt.date | None]]]:
    """participant -> (reviewed_on, next_review) of each signed review (the caseload)."""
    return grouped_by_participant(
        conn,
        """SELECT participant_id, reviewed_on, next_review FROM plan_reviews
           WHERE status = 'signed' AND participant_id IN ({ids})""",
        participant_ids,
        lambda row: (dd(row["reviewed_on"]), d(row["next_review"])),
    )


def with_plan(conn: sqlite3.Connection, participant_ids: Sequence[int]) -> set[int]:
    """The participants among these who have at least one goal (a treatment plan)."""
    found = grouped_by_participant(
        conn,
        "SELECT DISTINCT participant_id FROM goals WHERE participant_id IN ({ids})",
        participant_ids,
        lambda row: True,
    )
    return set(found)


def insert_review(conn: sqlite3.Connection, review: PlanReview, now: dt.datetime) -> int:
    cursor = conn.execute(
        """INSERT INTO plan_reviews (participant_id, reviewed_on, progress_json, changes,
               next_review, created_at, updated_at)
           VALUES (:participant, :reviewed_on, :progress, :changes, :next_review, :now, :now)""",
        {
            "participant": review.participant_id,
            "reviewed_on": iso_date(review.reviewed_on),
            "progress": progress_json(review),
            "changes": review.changes,
            "next_review": iso_date(review.next_review),
            "now": iso_moment(now),
        },
    )
    return int(cursor.lastrowid or 0)


def update_draft(conn: sqlite3.Connection, review: PlanReview, now: dt.datetime) -> None:
    conn.execute(
        """UPDATE plan_reviews SET reviewed_on = :reviewed_on, progress_json = :progress,
               changes = :changes, next_review = :next_review, updated_at = :now
           WHERE id = :id AND status = 'draft'""",
        {
            "id": review.id,
            "reviewed_on": iso_date(review.reviewed_on),
            "progress": progress_json(review),
            "changes": review.changes,
            "next_review": iso_date(review.next_review),
            "now": iso_moment(now),
        },
    )


def sign_review(conn: sqlite3.Connection, review: PlanReview, now: dt.datetime) -> None:
    """Store the signed content (progress with what each item was) and lock the row."""
    conn.execute(
        """UPDATE plan_reviews SET progress_json = :progress, status = 'signed',
               signed_at = :signed_at, signed_by = :signed_by, content_hash = :hash,
               updated_at = :now
           WHERE id = :id AND status = 'draft'""",
        {
            "id": review.id,
            "progress": progress_json(review),
            "signed_at": iso_moment(review.signed_at),
            "signed_by": review.signed_by,
            "hash": review.content_hash,
            "now": iso_moment(now),
        },
    )


def delete_draft(conn: sqlite3.Connection, review_id: int) -> None:
    conn.execute("DELETE FROM plan_reviews WHERE id = :id AND status = 'draft'", {"id": review_id})


def goal_interventions(conn: sqlite3.Connection, participant_id: int) -> dict[int, str]:
    """goal -> its interventions (the treatment plan PDF)."""
    return {
        row["id"]: row["interventions"]
        for row in conn.execute(
            "SELECT id, interventions FROM goals WHERE participant_id = :id",
            {"id": participant_id},
        )
    }
