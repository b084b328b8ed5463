"""ASAM dimensional ratings: the six dimensions a reviewer asks about, each rated 0-4 for risk.

A rating is dated and kept as it was given; a later view of the person is a new rating, so
the history shows the change. The recommended level is one of the ASAM levels of care.
"""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.model import LevelOfCare
from counselor_desk.domain.record import record

#: (key, the dimension in the counselor's words), in ASAM's order.
DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("intoxication", "1. Acute intoxication and/or withdrawal potential"),
    ("biomedical", "2. Biomedical conditions and complications"),
    ("emotional", "3. Emotional, behavioral or cognitive conditions and complications"),
    ("readiness", "4. Readiness to change"),
    ("relapse", "5. Relapse, continued use or continued problem potential"),
    ("environment", "6. Recovery/living environment"),
)
KEYS: tuple[str, ...] = tuple(key for key, _words in DIMENSIONS)
#: The dimensions in a word or two, for narrow tables.
SHORT_NAMES: tuple[str, ...] = (
    "1 Intoxication/withdrawal",
    "2 Biomedical",
    "3 Emotional/behavioral",
    "4 Readiness to change",
    "5 Relapse potential",
    "6 Recovery environment",
)
RISK_MAX = 4
#: What each risk rating means (ASAM's 0-4 scale).
RISK_WORDS = ("no risk", "mild", "moderate", "significant", "severe")
NOTE_MAX = 500


@record
class AsamRating:
    participant_id: int
    rated_on: dt.date
    ratings: tuple[int, ...]  # one per dimension, in DIMENSIONS order
    recommended_level: LevelOfCare
    notes: tuple[str, ...] = ("",) * len(DIMENSIONS)
    id: int = 0
    rated_by: str = ""
    recorded_at: dt.datetime | None = None

    def changes_from(self, earlier: AsamRating) -> tuple[int, ...]:
        """Each dimension's rating minus the earlier one's (negative: less risk)."""
        return tuple(
            now - before for now, before in zip(self.ratings, earlier.ratings, strict=True)
        )
