"""What a write changed, said once: the value the UI publishes after every write.

A service may return a `Changes`; the UI's one write helper (ui/operations.py) publishes it
on the change bus, and each view asks it whether the change concerns what it shows.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


def _ids(values: Iterable[int]) -> frozenset[int]:
    return frozenset(int(value) for value in values)


@dataclass(frozen=True)
class Changes:
    """Which records a write touched. Empty sets and False mean "not touched"."""

    #: participants whose record changed (admit, edit, level, leave, consents, discharge…)
    participants: frozenset[int] = frozenset()
    #: sessions whose attendance changed (roll call, a corrected mark)
    attendance: frozenset[int] = frozenset()
    #: participants whose notes changed (draft saved, signed, addendum)
    notes: frozenset[int] = frozenset()
    #: participants whose treatment plan changed (goals, objectives)
    plans: frozenset[int] = frozenset()
    #: sessions added, cancelled or restored (the schedule of days)
    schedule: bool = False
    #: the counselor's profile, programs or other settings
    settings: bool = False

    @classmethod
    def participant(cls, *participant_ids: int) -> Changes:
        return cls(participants=_ids(participant_ids))

    @classmethod
    def attendance_of(cls, *session_ids: int) -> Changes:
        return cls(attendance=_ids(session_ids))

    @classmethod
    def note(cls, *participant_ids: int) -> Changes:
        return cls(notes=_ids(participant_ids))

    @classmethod
    def plan(cls, *participant_ids: int) -> Changes:
        return cls(plans=_ids(participant_ids))

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            participants=self.participants | other.participants,
            attendance=self.attendance | other.attendance,
            notes=self.notes | other.notes,
            plans=self.plans | other.plans,
            schedule=self.schedule or other.schedule,
            settings=self.settings or other.settings,
        )

    @property
    def empty(self) -> bool:
        return self == NOTHING

    def touches_participant(self, participant_id: int) -> bool:
        """Whether anything of this participant's own record changed."""
        return (
            participant_id in self.participants
            or participant_id in self.notes
            or participant_id in self.plans
        )

    @property
    def any_record(self) -> bool:
        """Whether any participant's record, notes or plan changed."""
        return bool(self.participants or self.notes or self.plans)


NOTHING = Changes()
SCHEDULE = Changes(schedule=True)
SETTINGS = Changes(settings=True)
