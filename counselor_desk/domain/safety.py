"""Safety: the flag a risk raises, what answers it, and the safety plan (Stanley-Brown).

A safety flag is raised the moment a risk is recorded: a PHQ-9 whose question 9 is above 0, a
C-SSRS screen at moderate or high risk, a note whose risk screen is "present". It stays until
the follow-up is on the record: a C-SSRS screen taken on or after the day of the risk (the
score's date, the session's: a form entered late is answered by the screen taken with it) and,
when the risk calls for it, a safety plan saved after the flag was raised. The risk calls
for a plan when the screen is moderate or high, or when the note said "present, with plan".
A flag whose only cause is withdrawn (the score struck or corrected, the draft changed or
discarded before anyone followed it up) is withdrawn, never deleted. Every step is an event.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from counselor_desk.domain.labelled import Labelled
from counselor_desk.domain.record import record


class FlagSource(Labelled):
    """What raised a safety flag."""

    PHQ9_ITEM9 = "phq9_item9", "PHQ-9 question 9"
    CSSRS = "cssrs", "C-SSRS screen"
    NOTE_RISK = "note_risk", "Risk screen in a note"


class FlagState(StrEnum):
    """Where a safety flag stands."""

    label: str
    is_open: bool

    NEEDS_SCREEN = "needs_screen", "C-SSRS screen needed", True
    NEEDS_PLAN = "needs_plan", "Safety plan needed", True
    FOLLOWED_UP = "followed_up", "Followed up", False
    WITHDRAWN = "withdrawn", "Withdrawn", False

    def __new__(cls, value: str, label: str = "", is_open: bool = True) -> FlagState:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.is_open = is_open
        return member


class FlagEvent(StrEnum):
    """A step in a safety flag's history."""

    RAISED = "raised"
    SCREENED = "screened"  # a C-SSRS was recorded for it
    SCREEN_STRUCK = "screen_struck"  # the screen it counted on was struck
    PLANNED = "planned"  # a safety plan was saved for it
    SOURCE_CHANGED = "source_changed"  # its cause was struck or changed after it was acted on
    FOLLOWED_UP = "followed_up"
    WITHDRAWN = "withdrawn"


#: What an open flag still needs, in words (`SafetyFlag.what_is_needed`).
SCREEN_TODAY = "Record a C-SSRS screen today."
SCREEN_WITH_PLAN = "Record a C-SSRS screen (a safety plan is saved)."
WRITE_PLAN = "Write or review the safety plan."
FOLLOW_UPS = (SCREEN_TODAY, SCREEN_WITH_PLAN, WRITE_PLAN)


@record
class SafetyFlagEvent:
    at: dt.datetime
    actor: str
    event: FlagEvent
    detail: str


@record
class SafetyFlag:
    id: int
    participant_id: int
    raised_at: dt.datetime
    raised_by: str
    source: FlagSource
    reason: str  # what was recorded, in words (no other person's details)
    state: FlagState
    risk_on: dt.date  # the day of the risk: the score's date, the session's
    measure_id: int | None = None
    note_id: int | None = None
    #: When that note was created: with its id, which note it is (ids of discarded drafts
    #: are given again).
    note_created_at: dt.datetime | None = None
    plan_needed: bool = False  # the source itself calls for a plan (note: present, with plan)
    screen_id: int | None = None
    plan_id: int | None = None
    closed_at: dt.datetime | None = None
    closed_by: str = ""
    events: tuple[SafetyFlagEvent, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.state.is_open

    def what_is_needed(self) -> str:
        """The follow-up still owed, in words ("" once closed)."""
        if self.state is FlagState.NEEDS_SCREEN:
            return SCREEN_WITH_PLAN if self.plan_id is not None else SCREEN_TODAY
        if self.state is FlagState.NEEDS_PLAN:
            return WRITE_PLAN
        return ""


def state_after(*, screened: bool, screen_calls_for_plan: bool, plan_needed: bool,
                planned: bool) -> FlagState:  # fmt: skip
    """The state a flag is in once these facts are on the record."""
    if not screened:
        return FlagState.NEEDS_SCREEN
    if (screen_calls_for_plan or plan_needed) and not planned:
        return FlagState.NEEDS_PLAN
    return FlagState.FOLLOWED_UP


#: The Stanley-Brown safety plan: (key, heading, prompt), in the order the plan is written.
PLAN_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("warning_signs", "Warning signs",
     "Thoughts, images, moods, situations or behaviours that a crisis may be developing"),
    ("coping", "Internal coping strategies",
     "Things I can do to take my mind off my problems without contacting another person"),
    ("distraction", "People and social settings that provide distraction",
     "Names and phone numbers, and places I can go"),
    ("help", "People whom I can ask for help",
     "Names and phone numbers"),
    ("professionals", "Professionals or agencies I can contact during a crisis",
     "Clinician, local crisis line, urgent care; the 988 Suicide & Crisis Lifeline is always "
     "printed"),
    ("environment", "Making the environment safe",
     "Steps to limit access to lethal means"),
    ("reasons", "The one thing that is most important to me and worth living for",
     "Reasons for living"),
)  # fmt: skip
PLAN_KEYS: tuple[str, ...] = tuple(key for key, _heading, _prompt in PLAN_SECTIONS)
#: Sections a plan cannot be saved without.
PLAN_REQUIRED: tuple[str, ...] = ("warning_signs", "coping", "help", "professionals")
PLAN_SECTION_MAX = 2000
CRISIS_LINE_988 = "988 Suicide & Crisis Lifeline: call or text 988, or chat at 988lifeline.org"


@record
class SafetyPlan:
    """One saved version of a participant's safety plan. Versions are kept, never changed."""

    participant_id: int
    fields: dict[str, str]
    id: int = 0
    version: int = 0
    saved_at: dt.datetime | None = None
    saved_by: str = ""

    def text(self, key: str) -> str:
        return self.fields.get(key, "").strip()
