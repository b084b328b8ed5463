"""Plain records and enums of the IOP domain. No I/O, no Qt, no SQL."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from enum import StrEnum

from counselor_desk.domain import messages
from counselor_desk.domain.colours import ColourRole
from counselor_desk.domain.consent_scope import Scope, ScopeCategory
from counselor_desk.domain.record import record


def fold(text: str) -> str:
    """Text without accents and case, for sorting and find-as-you-type ("Łukasz" ~ "lukasz")."""
    if text.isascii():
        return text.casefold()
    # Characters fold one by one, so only the runs that are not ASCII need the slow part.
    return _NOT_ASCII.sub(_fold_run, text.casefold())


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(run: re.Match[str]) -> str:
    return unicodedata.normalize("NFKD", run.group()).translate(_PLAIN)


class _PlainLetters(dict[int, int | str | None]):
    """The table `fold` translates a decomposed text by: a combining mark (an accent) goes,
    the letters that do not decompose into a base letter and an accent become their plain
    letters, everything else stays. Each character is looked up once, then remembered."""

    def __missing__(self, code: int) -> int | None:
        plain = None if unicodedata.combining(chr(code)) else code
        self[code] = plain
        return plain


_PLAIN = _PlainLetters(
    {
        ord(letter): plain
        for letter, plain in {
            "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i"
        }.items()
    }
)  # fmt: skip


def display_name(first_name: str, last_name: str, preferred_name: str) -> str:
    """Preferred (or first) name and last name, as the counselor says it."""
    return f"{preferred_name or first_name} {last_name}".strip()


#: Joins the parts of a sort key into one string that sorts as the tuple does: it is below
#: every character a name or chart number can hold (one-line fields refuse control characters).
SORT_SEPARATOR = "\x1f"


def sort_text(first_name: str, last_name: str, preferred_name: str, chart_number: str) -> str:
    """`Participant.sort_key` as one string that sorts the same way."""
    given = fold(preferred_name or first_name)
    return SORT_SEPARATOR.join((fold(last_name), given, chart_number))


def search_text(first_name: str, last_name: str, preferred_name: str, chart_number: str) -> str:
    """`Participant.search_text`: both names and the chart number, folded."""
    shown = display_name(first_name, last_name, preferred_name)
    legal = f"{first_name} {last_name}".strip()
    return fold(f"{shown} {legal} {chart_number}")


class LevelOfCare(StrEnum):
    """ASAM levels a participant can be in or be referred to."""

    OP = "OP"
    IOP = "IOP"
    PHP = "PHP"
    RESIDENTIAL = "RES"
    INPATIENT = "INPT"

    @property
    def label(self) -> str:
        return _LEVEL_LABELS[self]

    @property
    def asam(self) -> str:
        return _LEVEL_ASAM[self]


_LEVEL_LABELS = {
    LevelOfCare.OP: "Outpatient (OP)",
    LevelOfCare.IOP: "Intensive outpatient (IOP)",
    LevelOfCare.PHP: "Partial hospitalization (PHP)",
    LevelOfCare.RESIDENTIAL: "Residential",
    LevelOfCare.INPATIENT: "Inpatient",
}
_LEVEL_ASAM = {
    LevelOfCare.OP: "1",
    LevelOfCare.IOP: "2.1",
    LevelOfCare.PHP: "2.5",
    LevelOfCare.RESIDENTIAL: "3.x",
    LevelOfCare.INPATIENT: "4",
}

#: Levels a program (and so a participant in it) can run at.
PROGRAM_LEVELS = (LevelOfCare.OP, LevelOfCare.IOP, LevelOfCare.PHP)


class AgeGroup(StrEnum):
    ADULT = "adult"
    ADOLESCENT = "adolescent"


class ServiceType(StrEnum):
    GROUP = "group"
    INDIVIDUAL = "individual"
    EDUCATION = "education"
    FAMILY = "family"

    @property
    def label(self) -> str:
        return {
            "group": "Group therapy",
            "individual": "Individual counseling",
            "education": "Psychoeducation",
            "family": "Family session",
        }[self.value]


class AttendanceCount(StrEnum):
    """How a mark counts in the attendance figures (docs/RULES.md, Attendance)."""

    #: Expected and attended: in both sides of the attendance rate; its minutes are the dose.
    ATTENDED = "attended"
    #: Expected, not attended, excused: in the rate's denominator, shown apart.
    EXCUSED = "excused"
    #: Expected, not attended, unexcused: in the denominator; a run of them flags.
    UNEXCUSED = "unexcused"
    #: Cancelled by the program: counts for no one and against no one.
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    """A roll-call mark. Each status carries everything the app decides by it.

    One line per status: (stored value, label, how it counts, whether it asks for the
    minutes attended, colour role, roll-call key). Adding a status is adding a line here
    (and the value to the attendance CHECK of the schema); nothing else decides by status.
    """

    label: str
    counts: AttendanceCount
    #: Some minutes were missed: roll call asks for the minutes attended (less than the length).
    asks_minutes: bool
    colour: ColourRole
    #: The letter that marks it in roll call.
    key: str

    # fmt: off
    #            value         label                   counts as                  asks   colour               key
    PRESENT    = "present",    "Present",              AttendanceCount.ATTENDED,  False, ColourRole.ATTENDED, "P"
    LATE       = "late",       "Late",                 AttendanceCount.ATTENDED,  True,  ColourRole.PARTIAL,  "L"
    LEFT_EARLY = "left_early", "Left early",           AttendanceCount.ATTENDED,  True,  ColourRole.PARTIAL,  "E"
    EXCUSED    = "excused",    "Absent – excused",     AttendanceCount.EXCUSED,   False, ColourRole.NEUTRAL,  "X"
    UNEXCUSED  = "unexcused",  "Absent – unexcused",   AttendanceCount.UNEXCUSED, False, ColourRole.DANGER,   "U"
    CANCELLED  = "cancelled",  "Cancelled by program", AttendanceCount.CANCELLED, False, ColourRole.MUTED,    "C"
    # fmt: on

    # The defaults only let a lookup by value, AttendanceStatus("late"), type-check; a
    # member that leaves out a fact is refused when the class is built.
    def __new__(
        cls,
        value: str,
        label: str = "",
        counts: AttendanceCount | None = None,
        asks_minutes: bool = False,
        colour: ColourRole | None = None,
        key: str = "",
    ) -> AttendanceStatus:
        if not label or counts is None or colour is None or len(key) != 1:
            raise TypeError(f"attendance status {value!r}: give its label, count, colour and key")
        if asks_minutes and counts is not AttendanceCount.ATTENDED:
            raise TypeError(f"attendance status {value!r}: only an attended status asks minutes")
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        member.counts = counts
        member.asks_minutes = asks_minutes
        member.colour = colour
        member.key = key.upper()
        return member

    @property
    def attended(self) -> bool:
        return self.counts is AttendanceCount.ATTENDED

    def default_minutes(self, duration: int) -> int:
        """Minutes attended that follow from the status alone (a status that asks is asked)."""
        return duration if self.attended else 0


class ParticipantStatus(StrEnum):
    ACTIVE = "active"
    DISCHARGED = "discharged"


class DischargeReason(StrEnum):
    COMPLETED = "completed"
    STEPPED_DOWN = "stepped_down"
    STEPPED_UP = "stepped_up"
    AGAINST_ADVICE = "against_advice"
    ADMINISTRATIVE = "administrative"
    MOVED = "moved"
    INCARCERATED = "incarcerated"
    DECEASED = "deceased"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {
            "completed": "Completed program",
            "stepped_down": "Stepped down to a lower level of care",
            "stepped_up": "Stepped up / transferred to a higher level of care",
            "against_advice": "Left against clinical advice",
            "administrative": "Administrative discharge",
            "moved": "Moved",
            "incarcerated": "Incarcerated",
            "deceased": "Deceased",
            "other": "Other",
        }[self.value]

    @property
    def involuntary(self) -> bool:
        """Discharges the participant did not choose carry a right to appeal."""
        return self is DischargeReason.ADMINISTRATIVE


class NoteFormat(StrEnum):
    DAP = "DAP"
    SOAP = "SOAP"
    BIRP = "BIRP"
    FREE = "free"
    #: One attendee's note of a group note: the shared part and their own entry.
    GROUP = "group"

    @property
    def sections(self) -> tuple[tuple[str, str], ...]:
        """(key, heading) of each section the format is written in."""
        return NOTE_SECTIONS[self]

    @property
    def written_alone(self) -> bool:
        """A format the note editor offers; a group entry is written in the group note."""
        return self is not NoteFormat.GROUP

    @classmethod
    def for_one_participant(cls) -> tuple[NoteFormat, ...]:
        return tuple(member for member in cls if member.written_alone)


NOTE_SECTIONS: dict[NoteFormat, tuple[tuple[str, str], ...]] = {
    NoteFormat.DAP: (("data", "Data"), ("assessment", "Assessment"), ("plan", "Plan")),
    NoteFormat.SOAP: (
        ("subjective", "Subjective"),
        ("objective", "Objective"),
        ("assessment", "Assessment"),
        ("plan", "Plan"),
    ),
    NoteFormat.BIRP: (
        ("behavior", "Behavior"),
        ("intervention", "Intervention"),
        ("response", "Response"),
        ("plan", "Plan"),
    ),
    NoteFormat.FREE: (("text", "Note"),),
    # The first three are the group's shared part (written once), the rest the attendee's own
    # entry (domain/group_note.py); `review_reason` is the counselor's reason for signing an
    # entry the clone check pointed out.
    NoteFormat.GROUP: (
        ("topic", "Topic / module"),
        ("interventions", "Interventions"),
        ("group_content", "Group content"),
        ("attendance", "Attendance"),
        ("participation", "Participation"),
        ("response", "Response to intervention"),
        ("objective", "Objective addressed"),
        ("progress", "Progress toward objective"),
        ("plan", "Plan"),
        ("review_reason", "Signed after review"),
    ),
}


class RiskLevel(StrEnum):
    """Suicidal / homicidal ideation as screened in a session."""

    NOT_ASSESSED = "not_assessed"
    DENIED = "denied"
    PRESENT_NO_PLAN = "present_no_plan"
    PRESENT_WITH_PLAN = "present_with_plan"

    @property
    def label(self) -> str:
        return {
            "not_assessed": "Not assessed",
            "denied": "Denied",
            "present_no_plan": "Present, no plan",
            "present_with_plan": "Present, with plan",
        }[self.value]


class NoteStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class GoalStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    MET = "met"
    PARTIALLY_MET = "partially_met"
    NOT_MET = "not_met"
    DISCONTINUED = "discontinued"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


@record
class CounselorProfile:
    name: str
    credentials: str = ""
    clinic_name: str = ""
    clinic_address: str = ""
    clinic_phone: str = ""
    crisis_line: str = ""
    summary_due_days: int = 14
    page_size: str = "letter"
    license_number: str = ""  # the counselor's state license, printed under the signature
    npi: str = ""  # the National Provider Identifier: 10 digits, check digit (domain/npi.py)


@record
class ScheduleSlot:
    """One weekly recurring session of a program: weekday 0=Monday."""

    weekday: int
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType = ServiceType.GROUP
    topic: str = ""


@record
class Program:
    id: int
    name: str
    level_of_care: LevelOfCare
    age_group: AgeGroup
    planned_weeks: int
    weekly_minimum_hours: float | None  # None: the level's default
    substance_use: bool
    schedule: tuple[ScheduleSlot, ...] = ()
    active: bool = True
    review_interval_days: int = 30  # the treatment plan is reviewed this often
    first_plan_days: int = 7  # the first plan is due this many days after admission


@record
class Diagnosis:
    code: str
    description: str


@record
class LevelChange:
    """The participant's level from `effective_date` on."""

    effective_date: dt.date
    level_of_care: LevelOfCare
    reason: str = ""
    id: int = 0


@record
class Leave:
    """A leave of absence, both days included. It pauses the program clock."""

    start_date: dt.date
    end_date: dt.date
    reason: str = ""
    id: int = 0

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day <= self.end_date


@record
class Participant:
    id: int
    chart_number: str
    first_name: str
    last_name: str
    date_of_birth: dt.date
    program_id: int
    level_of_care: LevelOfCare  # level at admission; later ones are LevelChange events
    admission_date: dt.date
    planned_weeks: int
    status: ParticipantStatus = ParticipantStatus.ACTIVE
    preferred_name: str = ""
    pronouns: str = ""
    phone: str = ""
    emergency_contact: str = ""
    referral_source: str = ""
    presenting_problems: str = ""
    medications: str = ""
    allergies: str = ""
    discharge_date: dt.date | None = None
    diagnoses: tuple[Diagnosis, ...] = ()
    #: The counselor confirmed the program's age group (and its minimum) for someone whose
    #: own age at admission belongs to the other (domain/rules.py `effective_age_group`).
    age_group_confirmed: bool = False

    @property
    def display_name(self) -> str:
        """Preferred (or first) name and last name, as the counselor says it."""
        return display_name(self.first_name, self.last_name, self.preferred_name)

    @property
    def legal_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def sort_key(self) -> tuple[str, str, str]:
        """The one order of participants in every list (caseload, roll call): last name, then
        the name the counselor uses, accent- and case-insensitive (Ødegaard sorts with O);
        the chart number settles names that fold alike."""
        given = fold(self.preferred_name or self.first_name)
        return (fold(self.last_name), given, self.chart_number)

    @property
    def sort_text(self) -> str:
        """`sort_key` as one string in the same order, as the store keeps it to sort by."""
        return sort_text(self.first_name, self.last_name, self.preferred_name, self.chart_number)

    @property
    def search_text(self) -> str:
        """What find-as-you-type looks in: both names and the chart number, folded."""
        return search_text(self.first_name, self.last_name, self.preferred_name, self.chart_number)

    def age_on(self, day: dt.date) -> int:
        years = day.year - self.date_of_birth.year
        if (day.month, day.day) < (self.date_of_birth.month, self.date_of_birth.day):
            years -= 1
        return years


@record
class Session:
    id: int
    date: dt.date
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType
    topic: str = ""
    program_id: int | None = None
    participant_id: int | None = None  # individual / family sessions for one participant
    cancelled: bool = False
    cancel_reason: str = ""
    #: Where it meets, as the counselor names it ("Room 2", "Telehealth"); "" when not said.
    location: str = ""


@record
class Attendance:
    session_id: int
    participant_id: int
    status: AttendanceStatus
    minutes_attended: int
    telehealth: bool = False
    comment: str = ""


@record
class AttendedSession:
    """A session with one participant's mark: what the rules read."""

    date: dt.date
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType
    status: AttendanceStatus
    minutes_attended: int
    session_id: int = 0
    telehealth: bool = False
    topic: str = ""


@record
class Objective:
    id: int
    goal_id: int
    description: str
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress: str = ""
    target_date: dt.date | None = None


@record
class Goal:
    id: int
    participant_id: int
    description: str
    status: GoalStatus = GoalStatus.NOT_STARTED
    progress: str = ""
    target_date: dt.date | None = None
    objectives: tuple[Objective, ...] = ()
    #: What the counselor will do toward it (printed on the treatment plan).
    interventions: str = ""


@record
class Addendum:
    id: int
    note_id: int
    author: str
    created_at: dt.datetime
    reason: str
    text: str


@record
class Note:
    id: int
    participant_id: int
    session_date: dt.date
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType
    format: NoteFormat
    fields: dict[str, str]
    risk: RiskLevel
    risk_detail: str
    goal_id: int | None
    status: NoteStatus
    created_at: dt.datetime
    updated_at: dt.datetime
    signed_at: dt.datetime | None = None
    signed_by: str = ""
    content_hash: str = ""
    addenda: tuple[Addendum, ...] = ()
    #: The session the note documents (a group's, or the individual session it made or found).
    session_id: int | None = None
    #: The treatment-plan objective a group entry reports progress on.
    objective_id: int | None = None

    @property
    def is_signed(self) -> bool:
        return self.status is NoteStatus.SIGNED

    @property
    def is_group_entry(self) -> bool:
        return self.format is NoteFormat.GROUP

    @property
    def late_entry(self) -> bool:
        """Signed more than a day (24 h) after the session started."""
        if self.signed_at is None:
            return False
        start = dt.datetime.combine(self.session_date, self.start_time)
        return self.signed_at - start > dt.timedelta(days=1)

    def text(self) -> str:
        """The note's sections as plain text, in its format's order."""
        parts = []
        for key, heading in self.format.sections:
            value = self.fields.get(key, "").strip()
            if value:
                parts.append(value if self.format is NoteFormat.FREE else f"{heading}: {value}")
        return "\n\n".join(parts)


@record
class Referral:
    provider: str
    phone: str = ""
    address: str = ""
    contact: str = ""
    first_appointment: dt.datetime | None = None
    service: str = ""


@record
class Discharge:
    participant_id: int
    discharge_date: dt.date
    reason: DischargeReason
    condition_at_discharge: str = ""
    recommended_level: LevelOfCare | None = None
    aftercare_plan: str = ""
    relapse_prevention_plan: str = ""
    crisis_resources: str = ""
    medications_at_discharge: str = ""
    reason_detail: str = ""
    referrals: tuple[Referral, ...] = ()
    #: The participant's strengths, needs, abilities and preferences, as the discharge
    #: planning found them (CARF's transition plan asks for them).
    strengths: str = ""
    #: The discharge information and a copy given on that day to whom (the participant,
    #: a guardian: in the counselor's words); None: not recorded as given.
    copy_given_on: dt.date | None = None
    copy_given_to: str = ""
    recorded_at: dt.datetime | None = None
    summary_completed_at: dt.datetime | None = None
    signed_at: dt.datetime | None = None  # the summary's signature: the record is locked
    signed_by: str = ""
    content_hash: str = ""  # SHA-256 of the canonical content signed

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


#: What a discharge amendment may concern (key -> the form's words); "" is the whole summary.
DISCHARGE_SECTIONS: dict[str, str] = {
    "": "The summary as a whole",
    "reason": "Reason for discharge",
    "reason_detail": "Reason details",
    "condition_at_discharge": "Condition at discharge",
    "recommended_level": "Recommended next level of care",
    "medications_at_discharge": "Medications at discharge",
    "aftercare_plan": "Aftercare plan",
    "referrals": "Referrals",
    "relapse_prevention_plan": "Relapse-prevention plan",
    "crisis_resources": "Crisis resources",
    "strengths": "Strengths, needs, abilities and preferences",
    "copy_given": "Information and copy given",
}


@record
class DischargeAmendment:
    """A dated change to a signed discharge summary: who, when, why, what; never changed."""

    id: int
    participant_id: int
    author: str
    created_at: dt.datetime
    reason: str
    field: str  # a DISCHARGE_SECTIONS key
    text: str
    content_hash: str = ""

    @property
    def field_label(self) -> str:
        return DISCHARGE_SECTIONS.get(self.field, self.field)


@record
class Consent:
    id: int
    participant_id: int
    recipient: str
    purpose: str
    scope: Scope  # the categories of information it allows (domain/consent_scope.py)
    signed_date: dt.date
    expiry_date: dt.date | None
    revoked_date: dt.date | None = None
    recipient_address: str = ""
    scope_as_written: str = ""  # the free text of a consent saved before categories
    scope_confirmed: bool = True  # False: migrated, the counselor must choose its categories
    # 42 CFR 2.31: it expires on a date, when an event or condition happens, or both
    # (whichever comes first); the event is free text, and the day it happened is recorded.
    expiry_event: str = ""
    expiry_event_on: dt.date | None = None
    #: Who signed it: '' the participant themself, else the representative (name and role).
    signed_by: str = ""

    @property
    def signer_words(self) -> str:
        """Who signed the consent, as a document says it."""
        return self.signed_by or "the participant"

    def allows(self, category: ScopeCategory) -> bool:
        return category in self.scope

    @property
    def has_expiry(self) -> bool:
        return self.expiry_date is not None or bool(self.expiry_event)

    def expiry_terms(self) -> str:
        """When it expires, as after the word "expires": "2026-10-01", "when: discharge from
        the program", or both, whichever comes first (with the day the event happened)."""
        happened = f" (happened {self.expiry_event_on:%Y-%m-%d})" if self.expiry_event_on else ""
        when = f"when: {self.expiry_event}{happened}" if self.expiry_event else ""
        if self.expiry_date is None:
            return when or "– (no expiry date)"
        on = f"{self.expiry_date:%Y-%m-%d}"
        return f"{on} or {when}, whichever comes first" if when else on

    def expiry_in_words(self) -> str:
        """Its expiry as the PDFs print it: "expires 2026-10-01", "expires when: end of court
        supervision", or both."""
        return f"expires {self.expiry_terms()}" if self.has_expiry else "no expiry date"

    def valid_on(self, day: dt.date) -> bool:
        if not self.scope_confirmed:  # its scope was never chosen: it allows no disclosure
            return False
        if self.signed_date > day:
            return False
        if self.revoked_date is not None and self.revoked_date <= day:
            return False
        # a consent without an expiry (saved by an older version) allows no new disclosure;
        # one whose event happened allows none from that day
        return self.has_expiry and self._expired(day) is None

    def _expired(self, day: dt.date) -> tuple[dt.date, str, dt.date] | None:
        """How it had expired by `day` (None if it had not): by its date or its event,
        whichever came first, as (the first day it allowed nothing, "date" or "event", the
        day to name)."""
        ends: list[tuple[dt.date, str, dt.date]] = []
        if self.expiry_date is not None and day > self.expiry_date:
            ends.append((self.expiry_date + dt.timedelta(days=1), "date", self.expiry_date))
        if self.expiry_event_on is not None and self.expiry_event_on <= day:
            ends.append((self.expiry_event_on, "event", self.expiry_event_on))
        return min(ends) if ends else None

    def why_not_valid(self, day: dt.date) -> str:
        """Plain words for why this consent cannot be used on `day` ("" when it can)."""
        recipient = self.recipient
        if self.revoked_date is not None and self.revoked_date <= day:
            return messages.text(
                "The consent for {recipient} was revoked on {revoked_date:%Y-%m-%d}.",
                recipient=recipient,
                revoked_date=self.revoked_date,
            )
        if not self.has_expiry:
            return messages.text(
                "The consent for {recipient} has no expiry date, so it cannot be used for a new "
                "disclosure; add a new signed consent with its expiry date.",
                recipient=recipient,
            )
        expired = self._expired(day)
        if expired is not None:
            _first_day, how, on = expired
            if how == "date":
                return messages.text(
                    "The consent for {recipient} expired on {day:%Y-%m-%d}.",
                    recipient=recipient,
                    day=on,
                )
            return messages.text(
                "The consent for {recipient} expired on {day:%Y-%m-%d}, when its event happened "
                "({event}).",
                recipient=recipient,
                day=on,
                event=self.expiry_event,
            )
        if self.signed_date > day:
            return messages.text(
                "The consent for {recipient} is dated {signed_date:%Y-%m-%d}, after today.",
                recipient=recipient,
                signed_date=self.signed_date,
            )
        if not self.scope_confirmed:
            return messages.text(
                "The consent for {recipient} was saved before consents named their information "
                'by category (as written: "{scope_as_written}"); confirm its scope on the '
                "Consents tab before using it.",
                recipient=recipient,
                scope_as_written=self.scope_as_written,
            )
        return ""


@record
class Disclosure:
    id: int
    participant_id: int
    consent_id: int | None
    disclosed_at: dt.datetime
    recipient: str
    purpose: str
    what: str
    #: The ID printed on every page of what was disclosed ('' before schema 13).
    document_id: str = ""


@record
class Measure:
    """A score of one instrument (named as in domain/measures.py) on a date.

    `items` holds the answer to each question (None for a question not asked) when the app
    scored it; empty when only the total was entered (a paper form scored elsewhere).
    A stored score changes only by a correction (`corrected_from` is the score it replaced,
    `items_before` the answers) or is struck (withdrawn with a reason): a struck score is kept
    and shown, but never counted.
    """

    participant_id: int
    instrument: str
    taken_on: dt.date
    score: int
    id: int = 0
    items: tuple[int | None, ...] = ()
    difficulty: int | None = None
    entered_at: dt.datetime | None = None
    entered_by: str = ""
    corrected_from: int | None = None
    corrected_at: dt.datetime | None = None
    correction_reason: str = ""
    struck_at: dt.datetime | None = None
    struck_reason: str = ""
    items_before: tuple[int | None, ...] = ()
    difficulty_before: int | None = None

    @property
    def is_struck(self) -> bool:
        return self.struck_at is not None

    @property
    def total_only(self) -> bool:
        """Only the total was entered (scored elsewhere, on paper)."""
        return not self.items
