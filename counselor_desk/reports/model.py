"""The document models: everything a PDF prints, as plain records. Builders never query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.measures import Band
from counselor_desk.domain.model import (
    Addendum,
    AttendedSession,
    Consent,
    Diagnosis,
    DischargeAmendment,
    DischargeReason,
    Goal,
    Leave,
    LevelChange,
    LevelOfCare,
    Referral,
    RiskLevel,
    ServiceType,
)
from counselor_desk.domain.rules import AttendanceSummary, WeekHours, attendance_summary

PART2_NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records."
CRISIS_988 = "988 Suicide & Crisis Lifeline: call or text 988 (24 hours, every day)."


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The clinic as the counselor profile names it, and the paper it prints on."""

    clinic_name: str
    clinic_address: str = ""
    clinic_phone: str = ""
    page_size: str = "letter"  # 'letter' or 'a4'


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a document is about: printed in the header of every page."""

    name: str
    chart_number: str
    date_of_birth: dt.date


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    credentials: str = ""
    license_number: str = ""
    npi: str = ""

    @property
    def full(self) -> str:
        return f"{self.name}, {self.credentials}" if self.credentials else self.name

    @property
    def identifiers(self) -> str:
        """'License LPC-12345 · NPI 1234567893', or what of it the profile holds ('' if none)."""
        parts = []
        if self.license_number:
            parts.append(f"License {self.license_number}")
        if self.npi:
            parts.append(f"NPI {self.npi}")
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class ServiceLine:
    """Sessions attended and minutes of one service type."""

    service_type: ServiceType
    sessions: int
    minutes: int


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """One score that counts, as the trend chart plots it."""

    taken_on: dt.date
    score: int
    total_only: bool = False  # only the total was entered (scored on paper)


@dataclass(frozen=True, slots=True)
class MeasureChange:
    """One measure instrument (domain/measures.py) from its first (baseline) to its latest
    score, with what the change means and every score for the trend chart.

    `followed` instruments (PHQ-9, GAD-7) print baseline, latest, change, response and
    remission; the others (the C-SSRS screen) are carried for the record and print as the
    latest screen (SafetyStatus)."""

    instrument: str
    baseline_date: dt.date
    baseline_score: int
    baseline_band: str
    latest_date: dt.date | None = None
    latest_score: int | None = None
    latest_band: str = ""
    followed: bool = True
    baseline_text: str = ""  # the score as the instrument says it: '18 (moderately severe)'
    latest_text: str = ""
    baseline_total_only: bool = False
    latest_total_only: bool = False
    response: bool = False  # a drop of at least half the baseline
    remission: bool = False  # the latest score under `remission_below`
    remission_below: int | None = None
    maximum: int = 0  # the highest score the instrument gives (the chart's top)
    bands: tuple[Band, ...] = ()  # its severity bands, ascending (the chart's shading)
    points: tuple[ScorePoint, ...] = ()  # every score that counts, oldest first

    @property
    def change(self) -> int | None:
        return None if self.latest_score is None else self.latest_score - self.baseline_score

    @property
    def baseline_words(self) -> str:
        return self.baseline_text or f"{self.baseline_score} ({self.baseline_band})"

    @property
    def latest_words(self) -> str:
        if self.latest_score is None:
            return ""
        return self.latest_text or f"{self.latest_score} ({self.latest_band})"


@dataclass(frozen=True, slots=True)
class OpenSafetyFlag:
    """A safety follow-up still owed, in words."""

    raised_on: dt.date
    needed: str  # what it waits for: 'C-SSRS screen needed'
    reason: str = ""  # what raised it, as the flag says it


@dataclass(frozen=True, slots=True)
class SafetyStatus:
    """The latest suicide-risk screen, the safety plan on file and any open safety flag."""

    screen_name: str  # the screen's name: 'C-SSRS'
    screen_on: dt.date | None = None  # None: never screened
    screen_result: str = ""  # 'high risk'
    screen_total_only: bool = False  # the result was entered without the answers
    plan_version: int | None = None  # None: no safety plan on file
    plan_saved_on: dt.date | None = None
    open_flags: tuple[OpenSafetyFlag, ...] = ()  # oldest first


@dataclass(frozen=True, slots=True)
class RiskScreen:
    session_date: dt.date
    risk: RiskLevel
    detail: str
    signed_by: str


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """A signed session note as the receiving provider reads it (never process notes)."""

    session_date: dt.date
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType
    text: str
    risk: RiskLevel | None  # None: risk is outside the consent's scope
    signed_by: str
    signed_at: dt.datetime | None
    late_entry: bool = False
    addenda: tuple[Addendum, ...] = ()


@dataclass(frozen=True, slots=True)
class ModuleLine:
    """A curriculum module on the discharge summary: attended (with the first date), or a
    core module missed (`attended_on` None)."""

    title: str
    core: bool
    attended_on: dt.date | None


@dataclass(frozen=True, slots=True)
class RecentRisk:
    """A risk recorded as present in the 30 days up to the discharge (domain/rules.py
    `risk_recent`): a session note's "present" risk screen, or a C-SSRS at moderate or high
    risk. The discharge summary prints each one prominently."""

    on: dt.date
    source: str  # where it was recorded: 'Group therapy note', 'C-SSRS screen'
    finding: str  # 'Present, with plan', 'high risk'
    detail: str = ""  # the note's risk detail, as typed
    signed: bool = True  # False: a note still in draft
    #: False for a C-SSRS screen (signed as one of the measures, not again as a risk)
    from_note: bool = True


@dataclass(frozen=True, slots=True)
class WeekCancelled:
    """A program week in which the program cancelled sessions: how many minutes, and whether
    the week is short only by the program (every minute of every session held attended)."""

    week: int
    cancelled_minutes: int
    short_by_program: bool = False


@dataclass(frozen=True, slots=True)
class DischargeSummary:
    letterhead: Letterhead
    identity: Identity
    signer: Signer
    generated_on: dt.date
    draft: bool
    program_name: str
    level_at_admission: LevelOfCare
    level_at_discharge: LevelOfCare
    admission_date: dt.date
    last_service_date: dt.date | None
    discharge_date: dt.date | None
    reason: DischargeReason | None
    reason_detail: str
    referral_source: str
    presenting_problems: str
    diagnoses: tuple[Diagnosis, ...]
    services: tuple[ServiceLine, ...]
    attendance: AttendanceSummary
    weeks: tuple[WeekHours, ...]
    level_changes: tuple[LevelChange, ...]
    goals: tuple[Goal, ...]
    #: Every instrument taken, the C-SSRS included (the signature vouches for these rows).
    measures: tuple[MeasureChange, ...]
    condition_at_discharge: str
    recommended_level: LevelOfCare | None
    medications: str
    aftercare_plan: str
    referrals: tuple[Referral, ...]
    relapse_prevention_plan: str
    clinic_crisis_line: str
    crisis_resources: str
    summary_due: dt.date | None
    recorded: bool = False  # the discharge is recorded (the summary can then be signed)
    # the signature (services/discharge_signing.py): after it every print is a copy of it
    signed_by: str = ""
    signed_at: dt.datetime | None = None
    content_hash: str = ""
    amendments: tuple[DischargeAmendment, ...] = ()
    changed_since_signing: tuple[str, ...] = ()  # sections of the record that differ now
    #: The latest C-SSRS, the safety plan and open flags; part of the signed content from
    #: version 2 (services/discharge_content.py), so a reprint names it when it changed.
    safety: SafetyStatus | None = None
    #: The curriculum's modules completed, then the core modules missed (empty without a
    #: curriculum), and the completion rule in words; signed from content version 3.
    modules: tuple[ModuleLine, ...] = ()
    completion: str = ""
    # signed from content version 4:
    #: The diagnoses as they stood at admission (program week 1); `diagnoses` are those now.
    admission_diagnoses: tuple[Diagnosis, ...] = ()
    allergies: str = ""  # as reported; "" when the record has none
    #: The latest session note's risk screen (not "not assessed"), and every risk recorded
    #: as present from `risk_from` through the discharge date (or the print date before it).
    latest_note_risk: RiskScreen | None = None
    recent_risks: tuple[RecentRisk, ...] = ()
    risk_from: dt.date | None = None
    strengths: str = ""  # strengths, needs, abilities and preferences (discharge form)
    copy_given_on: dt.date | None = None  # None: not recorded as given
    copy_given_to: str = ""
    cancelled_weeks: tuple[WeekCancelled, ...] = ()  # the weeks the program cancelled in
    #: False on a reprint of content signed before version 4: the license number and NPI
    #: printed are the profile's now, not part of what was signed.
    identifiers_signed: bool = True
    #: Of `attendance.cancelled`, the sessions the program cancelled before roll call was
    #: taken (they have no mark); signed apart from the marks' counts.
    cancelled_before_roll_call: int = 0
    #: The program weeks spent wholly on leave of absence: nothing was required in them.
    leave_weeks: tuple[int, ...] = ()

    @property
    def right_to_appeal(self) -> bool:
        return self.reason is not None and self.reason.involuntary

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True, slots=True)
class SafetyPlanCopy:
    """The participant's current safety plan as the receiving provider reads it."""

    version: int
    saved_on: dt.date | None
    sections: tuple[PlanSection, ...]  # every step, in the plan's order (empty ones too)


@dataclass(frozen=True, slots=True)
class ContinuityOfCare:
    letterhead: Letterhead
    identity: Identity
    signer: Signer
    generated_on: dt.date
    program_name: str
    substance_use: bool  # a 42 CFR Part 2 record: the notice against redisclosure prints
    service_start: dt.date
    service_end: dt.date | None  # the discharge date; None while the participant is active
    discharge_reason: DischargeReason | None
    #: The level of care today, or on the day of discharge for a discharged participant.
    current_level: LevelOfCare
    recommended_level: LevelOfCare | None
    presenting_problems: str
    diagnoses: tuple[Diagnosis, ...]
    medications: str
    allergies: str
    services: tuple[ServiceLine, ...]
    attendance: AttendanceSummary
    program_weeks: int
    level_changes: tuple[LevelChange, ...]
    goals: tuple[Goal, ...]
    latest_risk: RiskScreen | None
    recent_sessions: tuple[SessionSummary, ...]
    aftercare_plan: str
    referrals: tuple[Referral, ...]
    consent: Consent  # its scope says which sections print; the others are left empty
    measures: tuple[MeasureChange, ...] = ()  # the followed instruments (scope: measures)
    safety: SafetyStatus | None = None  # None outside the consent's scope (risk)
    #: Printed at the foot of every page and kept on the disclosure log's row.
    document_id: str = ""
    condition_at_discharge: str = ""  # a discharged participant's (scope: discharge plan)
    relapse_prevention_plan: str = ""  # from the discharge plan (scope: discharge plan)
    safety_plan: SafetyPlanCopy | None = None  # the current one (scope: risk)
    #: Earlier signed notes whose risk screen was "present" in the risk window (scope: risk),
    #: newest first; the latest note's screen is `latest_risk`.
    present_risks: tuple[RiskScreen, ...] = ()
    #: Amendments of the signed discharge summary to what this summary carries.
    discharge_amendments: tuple[DischargeAmendment, ...] = ()

    def includes(self, category: ScopeCategory) -> bool:
        return self.consent.allows(category)

    @property
    def discharged(self) -> bool:
        return self.service_end is not None

    @property
    def left_out(self) -> list[ScopeCategory]:
        """The categories outside the consent's scope, which the summary does not carry."""
        return consent_scope.left_out(self.consent.scope)


@dataclass(frozen=True, slots=True)
class LetterRecipient:
    """Who an attendance letter is addressed to: a person or office, their organization ('' for
    a private person) and the case or docket number the letter concerns ('' if none)."""

    name: str
    organization: str = ""
    case_number: str = ""

    @property
    def logged(self) -> str:
        """The recipient as the disclosure log keeps it:
        'Hon. Ruth Ade, Union County Drug Court (case no. 2026-CR-0142)'."""
        who = ", ".join(part for part in (self.name, self.organization) if part)
        return f"{who} (case no. {self.case_number})" if self.case_number else who


@dataclass(frozen=True, slots=True)
class LevelSpan:
    """The level of care in force over part of a letter's dates (both days included)."""

    level: LevelOfCare
    first: dt.date
    last: dt.date


@dataclass(frozen=True, slots=True)
class LevelStep:
    """A change of level of care within a letter's dates."""

    effective_date: dt.date
    before: LevelOfCare
    after: LevelOfCare


class WeekStanding(StrEnum):
    """How one program week of a letter compares with its weekly minimum."""

    MET = "met"
    SHORT = "short"  # below the minimum, the participant missed time
    SHORT_BY_PROGRAM = "short_by_program"  # below it, but every session held was attended
    IN_PROGRESS = "in_progress"  # the week is not over and the minimum is not yet reached
    ON_LEAVE = "on_leave"  # every day that counts is on leave: nothing was required
    NO_MINIMUM = "no_minimum"  # the level of care has no weekly minimum
    PARTIAL = "partial"  # the letter's dates cover only part of the week: not compared


@dataclass(frozen=True, slots=True)
class LetterWeek:
    """One program week within a letter's dates: the hours required against those attended.

    `first`…`last` are the week's days inside the letter's dates; the minutes and sessions
    counted are those days' only. `minimum_minutes` is the week's own (prorated by day for
    leave, a level change and discharge, docs/RULES.md)."""

    week: int
    start: dt.date
    end: dt.date
    first: dt.date
    last: dt.date
    minutes_attended: int
    minimum_minutes: int | None  # None: the level has no weekly minimum
    complete: bool  # the week is over (or cut short by discharge)
    whole: bool  # the letter's dates cover every day of the week that counts so far
    cancelled_sessions: int = 0  # sessions the program cancelled
    cancelled_minutes: int = 0
    missed_minutes: int = 0  # minutes of sessions held that the participant did not attend
    unrecorded_sessions: int = 0  # past sessions they were expected at, without a roll call
    leave_days: int = 0  # days of the week on leave of absence
    level_changed: bool = False  # the level of care changed within the week

    @property
    def standing(self) -> WeekStanding:
        minimum = self.minimum_minutes
        if minimum is None:
            return WeekStanding.NO_MINIMUM
        if not self.whole:
            return WeekStanding.PARTIAL
        if minimum == 0:
            return WeekStanding.ON_LEAVE
        if self.minutes_attended >= minimum:
            return WeekStanding.MET
        if not self.complete:
            return WeekStanding.IN_PROGRESS
        if self.missed_minutes == 0 and self.unrecorded_sessions == 0:
            return WeekStanding.SHORT_BY_PROGRAM
        return WeekStanding.SHORT

    @property
    def short_by(self) -> int:
        """Minutes below the minimum (0 when met, not compared or without a minimum)."""
        if self.minimum_minutes is None or not self.whole:
            return 0
        return max(0, self.minimum_minutes - self.minutes_attended)


@dataclass(frozen=True, slots=True)
class AttendanceLetter:
    """The attendance verification letter: to whom, the participant's status, the level of
    care and hours per program week over its dates, every session, and how to verify it."""

    letterhead: Letterhead
    identity: Identity
    signer: Signer
    generated_on: dt.date
    program_name: str
    admission_date: dt.date
    discharge_date: dt.date | None
    first: dt.date
    last: dt.date  # never after `generated_on`
    sessions: tuple[AttendedSession, ...]
    substance_use: bool = False
    consent: Consent | None = None  # the consent it is disclosed under (42 CFR 2.32), if any
    recipient: LetterRecipient | None = None  # None: 'To whom it may concern'
    #: The level of care over the letter's dates, one span per level (a step-up splits it).
    levels: tuple[LevelSpan, ...] = ()
    leaves: tuple[Leave, ...] = ()  # leaves of absence overlapping the dates
    level_steps: tuple[LevelStep, ...] = ()  # level changes within the dates
    weeks: tuple[LetterWeek, ...] = ()  # the program weeks overlapping the dates
    #: Why the participant left (None: active, not recorded, or outside the consent's scope).
    discharge_reason: DischargeReason | None = None
    reason_withheld: bool = False  # discharged, and the consent does not cover the reason
    expected_end: dt.date | None = None  # an active participant's projected end date
    planned_weeks: int | None = None
    requested_first: dt.date | None = None  # the 'from' date asked for, when before admission
    requested_last: dt.date | None = None  # the 'to' date asked for, when after the letter's date
    omit_program: bool = False  # leave the program's name out (42 CFR Part 2: no more than needed)
    document_id: str = ""  # printed on every page and kept on the disclosure log's row
    language: str = "en"  # the language it prints in: 'en' or 'es' (reports/words.py)

    @property
    def attended(self) -> tuple[AttendedSession, ...]:
        return tuple(item for item in self.sessions if item.status.attended)

    @property
    def minutes_attended(self) -> int:
        return sum(item.minutes_attended for item in self.attended)

    @property
    def summary(self) -> AttendanceSummary:
        """The sessions by how each status counts (excused and unexcused told apart)."""
        return attendance_summary(self.sessions)

    @property
    def capped(self) -> bool:
        """The 'to' date asked for was after the letter's date: it reports as of that date."""
        return self.requested_last is not None and self.requested_last > self.last

    @property
    def from_admission(self) -> bool:
        """The 'from' date asked for was before the admission: the letter starts there."""
        return self.requested_first is not None and self.requested_first < self.first


@dataclass(frozen=True, slots=True)
class SigninLine:
    """One expected participant's line: the name as printed and, once roll call has recorded
    them as attending, how they attended (None: boxes to tick)."""

    name: str
    telehealth: bool | None = None


@dataclass(frozen=True, slots=True)
class SigninSheet:
    """A group, family or education session's sign-in sheet (an individual session has none)."""

    letterhead: Letterhead
    facilitator: Signer
    generated_on: dt.date
    program_name: str
    session_id: int
    session_date: dt.date
    start_time: dt.time
    duration_minutes: int
    service_type: ServiceType
    topic: str
    #: First name and last initial, one per expected participant, in roll-call order; two
    #: people who would read alike carry a second letter or the end of their chart number.
    names: tuple[str, ...]
    location: str = ""
    #: By line of `names`: True telehealth, False in person, None not recorded (or empty:
    #: none recorded).
    telehealth: tuple[bool | None, ...] = ()
    language: str = "en"  # the language it prints in: 'en' or 'es' (reports/words.py)

    @property
    def lines(self) -> tuple[SigninLine, ...]:
        modes = self.telehealth or (None,) * len(self.names)
        return tuple(SigninLine(name, mode) for name, mode in zip(self.names, modes, strict=True))


@dataclass(frozen=True, slots=True)
class PlanSection:
    """One step of the safety plan as the participant wrote it."""

    number: int
    heading: str
    text: str
    crisis_lines: bool = False  # the step where 988 and the clinic's crisis line always print


@dataclass(frozen=True, slots=True)
class SafetyPlanSheet:
    """The participant's own one-page copy of their safety plan: their name and the plan's
    dates, nothing else from the chart."""

    letterhead: Letterhead
    name: str
    version: int
    saved_on: dt.date
    generated_on: dt.date
    sections: tuple[PlanSection, ...]
    clinic_crisis_line: str
    counselor: Signer
    language: str = "en"  # the language it prints in: 'en' or 'es' (reports/words.py)


@dataclass(frozen=True, slots=True)
class PlanObjective:
    description: str
    status: str
    target_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class PlanGoal:
    description: str
    status: str
    target_date: dt.date | None = None
    interventions: str = ""
    objectives: tuple[PlanObjective, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanReviewLine:
    """One review in the plan's history: a draft prints as such, never as signed."""

    reviewed_on: dt.date
    signed_by: str  # '' for a draft
    summary: str
    next_review: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TreatmentPlan:
    """The treatment plan for the chart and the participant's signature (not a disclosure):
    problems, goals with their objectives and interventions, the reviews, signature lines."""

    letterhead: Letterhead
    identity: Identity
    counselor: Signer
    generated_on: dt.date
    program_name: str
    admission_date: dt.date
    substance_use: bool
    presenting_problems: str
    diagnoses: tuple[tuple[str, str], ...]
    goals: tuple[PlanGoal, ...]
    reviews: tuple[PlanReviewLine, ...]
    next_review: dt.date | None
    guardian_line: bool  # an adolescent: a line for a parent or guardian too
    language: str = "en"  # the language it prints in: 'en' or 'es' (reports/words.py)
