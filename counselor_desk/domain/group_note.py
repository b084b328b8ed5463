"""A group note: one shared part written once, one entry per attendee, and the rules that
make each attendee's chart hold a note of their own (docs/RULES.md, Group notes).

Each attendee's note is an ordinary note in format GROUP: the shared part's sections and
their own, so it signs, locks, takes addenda and is checked exactly like an individual note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import StrEnum

from counselor_desk.domain.model import (
    AttendanceStatus,
    NoteFormat,
    RiskLevel,
    ServiceType,
    Session,
    fold,
)
from counselor_desk.domain.record import record

#: The sections written once for the whole group.
SHARED_KEYS = ("topic", "interventions", "group_content")
#: The sections of one attendee's own entry (what the clone check compares).
OWN_KEYS = ("response", "progress", "plan")

#: Interventions a new program's pick list starts with; the program keeps its own list.
DEFAULT_INTERVENTIONS = (
    "Psychoeducation",
    "Cognitive behavioral skills",
    "Motivational interviewing",
    "Relapse prevention planning",
    "DBT skills (distress tolerance, emotion regulation)",
    "Mindfulness exercise",
    "Role play / skills rehearsal",
    "Peer feedback",
    "Process group",
    "Worksheet / homework review",
)

#: Service types a group note is written for (a program session, not one participant's).
GROUP_SERVICES = (ServiceType.GROUP, ServiceType.EDUCATION, ServiceType.FAMILY)


def takes_group_note(session: Session) -> bool:
    """Whether a session is documented by a group note: a program's group, education or
    family session (not one participant's) that was not cancelled."""
    return (
        session.participant_id is None
        and session.service_type in GROUP_SERVICES
        and not session.cancelled
    )


class ParticipationLevel(StrEnum):
    """The quick picks for participation, each with its key (1–5) in the group note."""

    label: str
    key: str

    # fmt: off
    ACTIVE     = "active",     "Active: shared and engaged with peers",   "1"
    PROMPTED   = "prompted",   "Participated when prompted",              "2"
    ATTENTIVE  = "attentive",  "Attentive, little verbal participation",  "3"
    MINIMAL    = "minimal",    "Minimal: withdrawn or distracted",        "4"
    DISRUPTIVE = "disruptive", "Disruptive: redirected by the facilitator", "5"
    # fmt: on

    def __new__(cls, value: str, label: str = "", key: str = "") -> ParticipationLevel:
        if not label or not key:
            raise TypeError(f"participation level {value!r}: give its label and key")
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.key = key
        return member

    @classmethod
    def from_label(cls, text: str) -> ParticipationLevel | None:
        for level in cls:
            if text.strip().startswith(level.label):
                return level
        return None

    @classmethod
    def by_key(cls, key: str) -> ParticipationLevel | None:
        return next((level for level in cls if level.key == key), None)


@record
class SharedPart:
    """What the whole group did: written once, printed in every attendee's note."""

    topic: str = ""
    module: str = ""
    interventions: tuple[str, ...] = ()
    interventions_other: str = ""
    content: str = ""

    def topic_line(self) -> str:
        if self.topic and self.module and fold(self.module) not in fold(self.topic):
            return f"{self.topic} (module: {self.module})"
        return self.topic or self.module

    def interventions_line(self) -> str:
        picked = [name for name in self.interventions if name.strip()]
        if self.interventions_other.strip():
            picked.append(self.interventions_other.strip())
        return "; ".join(picked)

    def is_blank(self) -> bool:
        return not (self.topic_line().strip() or self.interventions_line() or self.content.strip())


@record
class EntryDraft:
    """One attendee's own entry as the counselor typed it."""

    participant_id: int
    participation: ParticipationLevel | None = None
    response: str = ""
    progress: str = ""
    plan: str = ""
    objective_id: int | None = None
    risk: RiskLevel = RiskLevel.NOT_ASSESSED
    risk_detail: str = ""
    review_reason: str = ""

    def is_blank(self) -> bool:
        return (
            self.participation is None
            and not (self.response + self.progress + self.plan + self.risk_detail).strip()
            and self.risk is RiskLevel.NOT_ASSESSED
            and self.objective_id is None
        )

    def own_text(self) -> str:
        """The words that are this participant's alone (what must not read like another's)."""
        return "\n".join(getattr(self, key).strip() for key in OWN_KEYS)


def attendance_line(
    status: AttendanceStatus, minutes: int, duration: int, telehealth: bool = False
) -> str:
    """How the attendee attended, as their note states it."""
    where = " (telehealth)" if telehealth else ""
    if status.asks_minutes:
        return f"{status.label}: attended {minutes} of {duration} min{where}"
    return f"{status.label}, {minutes} min{where}"


def entry_fields(
    shared: SharedPart, entry: EntryDraft, objective: str, attendance: str
) -> dict[str, str]:
    """The sections of one attendee's note (format GROUP), blank ones left out."""
    fields = {
        "topic": shared.topic_line(),
        "interventions": shared.interventions_line(),
        "group_content": shared.content.strip(),
        "attendance": attendance,
        "participation": entry.participation.label if entry.participation else "",
        "response": entry.response.strip(),
        "objective": objective,
        "progress": entry.progress.strip(),
        "plan": entry.plan.strip(),
        "review_reason": entry.review_reason.strip(),
    }
    assert set(fields) == {key for key, _heading in NoteFormat.GROUP.sections}
    return {key: value for key, value in fields.items() if value}


def entry_of(participant_id: int, fields: Mapping[str, str], **rest: object) -> EntryDraft:
    """An attendee's entry read back from their note's sections."""
    return EntryDraft(
        participant_id=participant_id,
        participation=ParticipationLevel.from_label(fields.get("participation", "")),
        response=fields.get("response", ""),
        progress=fields.get("progress", ""),
        plan=fields.get("plan", ""),
        review_reason=fields.get("review_reason", ""),
        **rest,  # type: ignore[arg-type]
    )


# -- names that do not belong in someone else's note -----------------------------------------


@record
class PersonName:
    participant_id: int
    first_name: str
    last_name: str
    preferred_name: str = ""

    @property
    def display(self) -> str:
        return f"{self.preferred_name or self.first_name} {self.last_name}".strip()

    def words(self) -> set[str]:
        """The names that identify the person alone: first, preferred and last name (and
        each part of a compound one), folded; initials and one-letter parts are left out."""
        out = set()
        for name in (self.first_name, self.preferred_name, self.last_name):
            for part in re.split(r"[\s\-']+", name):
                if len(part) > 1:
                    out.add(fold(part))
        return out


_WORD = re.compile(r"\w+", re.UNICODE)


def names_in(text: str, people: Iterable[PersonName]) -> list[PersonName]:
    """The people whose name appears in `text` as a capitalized whole word (accents and case
    of the rest aside): "Hope" at a sentence start counts, "hope" does not."""
    capitalized = {fold(word) for word in _WORD.findall(text) if word[:1].isupper()}
    if not capitalized:
        return []
    return [person for person in people if person.words() & capitalized]
