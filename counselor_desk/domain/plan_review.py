"""Treatment-plan reviews: when the first plan and each review are due.

Pure functions; the date is passed in. The exact rules are in docs/RULES.md
("Treatment-plan reviews").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import field
from enum import StrEnum

from counselor_desk.domain.model import GoalStatus
from counselor_desk.domain.record import record

#: A review (or the first plan) is shown as due this many days before its date.
DUE_AHEAD_DAYS = 3
#: Goals and objectives no longer worked on: a review need not say how they went.
CLOSED = frozenset({GoalStatus.MET, GoalStatus.DISCONTINUED})


class ReviewStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


@record
class ItemProgress:
    """How one goal or objective went since the last review, and its status from now on.

    `description` and `status_before` are filled in when the review is signed, so the signed
    review keeps what it spoke about even if the plan changes later."""

    progress: str = ""
    status: GoalStatus | None = None  # None: unchanged
    description: str = ""
    status_before: GoalStatus | None = None


@record
class PlanReview:
    id: int
    participant_id: int
    reviewed_on: dt.date
    goals: Mapping[int, ItemProgress] = field(default_factory=dict)
    objectives: Mapping[int, ItemProgress] = field(default_factory=dict)
    changes: str = ""
    next_review: dt.date | None = None
    status: ReviewStatus = ReviewStatus.DRAFT
    signed_at: dt.datetime | None = None
    signed_by: str = ""
    content_hash: str = ""

    @property
    def is_signed(self) -> bool:
        return self.status is ReviewStatus.SIGNED


class DueKind(StrEnum):
    FIRST_PLAN = "first_plan"
    REVIEW = "review"


@record
class PlanDue:
    """What the plan needs next and by when, seen on `today`."""

    kind: DueKind
    due: dt.date
    today: dt.date

    @property
    def overdue(self) -> bool:
        return self.today > self.due

    @property
    def showing(self) -> bool:
        """From DUE_AHEAD_DAYS before the date on (and for good once it has passed)."""
        return self.today >= self.due - dt.timedelta(days=DUE_AHEAD_DAYS)


def first_plan_due(admission: dt.date, first_plan_days: int) -> dt.date:
    return admission + dt.timedelta(days=first_plan_days)


def next_review_due(
    *,
    admission: dt.date,
    first_plan_days: int,
    review_interval_days: int,
    signed: Iterable[tuple[dt.date, dt.date | None]],
) -> dt.date:
    """The next review's date from the signed reviews' (reviewed_on, next_review).

    The latest signed review counts: its own next review date when set, else its date plus
    the interval. With none signed, the interval runs from the first plan's due date (goals
    carry no date of their own, so the plan counts as made by then)."""
    latest = max(signed, default=None, key=lambda item: item[0])
    interval = dt.timedelta(days=review_interval_days)
    if latest is None:
        return first_plan_due(admission, first_plan_days) + interval
    reviewed_on, next_review = latest
    return next_review if next_review is not None else reviewed_on + interval


def plan_due(
    *,
    active: bool,
    admission: dt.date,
    has_plan: bool,
    first_plan_days: int,
    review_interval_days: int,
    signed: Iterable[tuple[dt.date, dt.date | None]],
    today: dt.date,
) -> PlanDue | None:
    """The first plan (no goal yet) or the next review; None for anyone not active."""
    if not active:
        return None
    if not has_plan:
        return PlanDue(DueKind.FIRST_PLAN, first_plan_due(admission, first_plan_days), today)
    due = next_review_due(
        admission=admission,
        first_plan_days=first_plan_days,
        review_interval_days=review_interval_days,
        signed=signed,
    )
    return PlanDue(DueKind.REVIEW, due, today)
