"""The clone check of group entries: an entry that reads like another attendee's, or like
the same participant's recent entries, or that is tied to no objective, is pointed out
before signing (docs/RULES.md, Group notes).

Similarity is rapidfuzz's normalized Indel similarity (0–100) of the two entries' own words,
lower-cased with blanks collapsed, taken as the larger of the plain and the token-sorted
ratio (so sentences moved around do not hide a copy). THRESHOLD is 85: at 85 two entries of
a few sentences differ by no more than a name, a number or a word or two, which is what a
reviewer calls the same note; ordinary entries written for different people about the same
group score 30–65.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from counselor_desk.domain.record import record

THRESHOLD = 85.0
#: How many of a participant's earlier group entries an entry is compared with.
HISTORY = 5

_BLANKS = re.compile(r"\s+")


def normalized(text: str) -> str:
    return _BLANKS.sub(" ", text.casefold()).strip()


def similarity(first: str, second: str) -> float:
    """0–100: how alike two entries read (normalized text)."""
    if not first or not second:
        return 0.0
    from rapidfuzz import fuzz  # a group note's check needs it, a start does not

    return max(fuzz.ratio(first, second), fuzz.token_sort_ratio(first, second))


@record
class Likeness:
    """The entry of `participant_id` reads like another text (`other_id`'s entry in this
    note, or the same participant's entry of `earlier_date`)."""

    participant_id: int
    score: float
    other_id: int | None = None
    earlier_date: dt.date | None = None


@record
class Finding:
    """What the check found for one entry: its likenesses, and whether it is tied to no
    objective. Empty when the entry passes."""

    participant_id: int
    likenesses: tuple[Likeness, ...] = ()
    untied: bool = False

    @property
    def found(self) -> bool:
        return bool(self.likenesses) or self.untied


def check(
    entries: Mapping[int, str],
    history: Mapping[int, Sequence[tuple[dt.date, str]]],
    tied: Mapping[int, bool],
    threshold: float = THRESHOLD,
) -> dict[int, Finding]:
    """`entries`: participant id -> the entry's own words; `history`: participant id -> their
    earlier entries (date, own words), newest first; `tied`: whether the entry names an
    objective and reports progress on it. Returns a Finding per participant with one."""
    texts = {pid: normalized(text) for pid, text in entries.items()}
    likenesses: dict[int, list[Likeness]] = {pid: [] for pid in texts}
    ids = list(texts)
    for position, first in enumerate(ids):
        for second in ids[position + 1 :]:
            score = similarity(texts[first], texts[second])
            if score >= threshold:
                likenesses[first].append(Likeness(first, score, other_id=second))
                likenesses[second].append(Likeness(second, score, other_id=first))
    for pid, text in texts.items():
        for day, earlier in list(history.get(pid, ()))[:HISTORY]:
            score = similarity(text, normalized(earlier))
            if score >= threshold:
                likenesses[pid].append(Likeness(pid, score, earlier_date=day))
    out = {}
    for pid in ids:
        finding = Finding(pid, tuple(likenesses[pid]), untied=not tied.get(pid, False))
        if finding.found:
            out[pid] = finding
    return out
