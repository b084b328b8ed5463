"""The caseload list: every participant's line, in name order, as the caseload view and
`caseload` on the command line show it.

An active participant's line comes from the full review (services/caseload.py). A discharged
participant's figures no longer change, and the store keeps the line with them
(store/review_cache.py, schema 15): the sort key, the search text and the line as JSON. The
"All" list of ten years (20,000 people) is then one read of plain rows, and a line is decoded
only when something asks for it (a painted cell, a sort by another column), as Anki's browser
fetches only the rows it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from operator import itemgetter
from typing import overload

from counselor_desk.domain.model import ParticipantStatus
from counselor_desk.services import participants
from counselor_desk.services.caseload import Include, needing_figures, review, reviews_of
from counselor_desk.services.caseload_row import CaseloadRow
from counselor_desk.services.clock import Clock
from counselor_desk.store import participant_repo, review_cache
from counselor_desk.store.db import Database

_STATUS = {
    Include.ACTIVE: ParticipantStatus.ACTIVE,
    Include.DISCHARGED: ParticipantStatus.DISCHARGED,
    Include.ALL: None,
}

#: One line of a Caseload: (participant id, sort key, search text, the row or its kept JSON).
_Entry = tuple[int, str, str, "CaseloadRow | str"]


class Caseload(Sequence[CaseloadRow]):
    """The lines of a caseload in name order; a kept line becomes a CaseloadRow when first
    asked for. `search_texts` are there without decoding any."""

    __slots__ = ("_decoded", "_entries", "_work_out")

    def __init__(
        self, entries: list[_Entry], work_out: Callable[[int], CaseloadRow] | None = None
    ) -> None:
        """`work_out(participant_id)`: the line from the records, for a kept line that is
        not one this app wrote (changed outside it)."""
        self._entries = entries
        self._decoded: dict[int, CaseloadRow] = {}
        self._work_out = work_out

    def __len__(self) -> int:
        return len(self._entries)

    @overload
    def __getitem__(self, index: int) -> CaseloadRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[CaseloadRow]: ...
    def __getitem__(self, index: int | slice) -> CaseloadRow | list[CaseloadRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self._entries)
        _id, sort_key, search_text, row = self._entries[index]
        if isinstance(row, CaseloadRow):
            return row
        decoded = self._decoded.get(index)
        if decoded is None:
            found = CaseloadRow.from_kept(sort_key, search_text, row)
            if found is None:
                if self._work_out is None:
                    raise ValueError("a kept caseload line is not one this app wrote")
                found = self._work_out(_id)
            decoded = self._decoded[index] = found
        return decoded

    def __iter__(self) -> Iterator[CaseloadRow]:
        return (self[i] for i in range(len(self)))

    def search_texts(self) -> list[str]:
        return [entry[2] for entry in self._entries]


def rows(db: Database, clock: Clock, include: Include = Include.ACTIVE) -> Caseload:
    """The caseload's lines, in name order: the same figures as `caseload.reviews`."""
    today, status = clock.today(), _STATUS[include]
    entries: list[_Entry] = []
    flagged_kept: list[int] = []
    if status is not ParticipantStatus.ACTIVE:
        # A kept participant with a flag of its own (a summary due, a draft note, a safety
        # follow-up) is worked out as the active ones are; there are a handful of those.
        flagged = needing_figures(db)
        kept = review_cache.listing(db.conn, today, None if status is None else status.value)
        flagged_kept = [line[0] for line in kept if line[0] in flagged]
        entries = [line for line in kept if line[0] not in flagged]
    worked_out = participant_repo.participants_not_listed(db.conn, today, status)
    worked_out += [
        participant
        for participant_id in flagged_kept
        if (participant := participant_repo.get_participant(db.conn, participant_id)) is not None
    ]
    for worked in reviews_of(db, clock, worked_out):
        row = CaseloadRow.of(worked)
        entries.append((row.participant_id, row.sort_key, row.search_text, row))
    entries.sort(key=_SORT_KEY)
    return Caseload(entries, lambda participant_id: _worked_out(db, clock, participant_id))


def _worked_out(db: Database, clock: Clock, participant_id: int) -> CaseloadRow:
    """One participant's line from the records (their kept line was changed outside the app;
    the caseload keeps the name order it was read in)."""
    return CaseloadRow.of(review(db, participants.get(db, participant_id), clock))


_SORT_KEY = itemgetter(1)
