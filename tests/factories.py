"""Records the tests build again and again, written once."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from counselor_desk.domain.model import Participant, Program

#: The participant the record and note tests follow (chart, names, date of birth).
ALEXANDRA: dict[str, Any] = {
    "chart": "A-1001",
    "first": "Alexandra",
    "last": "Rivera",
    "born": dt.date(1990, 6, 15),
}


def new_participant(
    program: Program,
    *,
    chart: str = "C-1",
    first: str = "Dana",
    last: str = "Reyes",
    born: dt.date = dt.date(1990, 5, 17),
    admitted: dt.date = dt.date(2026, 3, 2),
    weeks: int = 12,
    **changes: Any,
) -> Participant:
    """A participant of `program` at its level of care, not stored yet (id 0); `changes`
    replace any other field."""
    record = Participant(
        id=0,
        chart_number=chart,
        first_name=first,
        last_name=last,
        date_of_birth=born,
        program_id=program.id,
        level_of_care=program.level_of_care,
        admission_date=admitted,
        planned_weeks=weeks,
    )
    return replace(record, **changes)
