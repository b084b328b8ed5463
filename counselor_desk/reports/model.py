"""The document models: everything a PDF prints, as plain records. Builders never query."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

    @property
    def right_to_appeal(self) -> bool:
        return self.reason is not None and self.reason.involuntary

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True, slots=True)
class ContinuityOfCare:
    letterhead: Letterhead
    identity: Identity
    signer: Signer
    generated_on: dt.date
    program_name: str
    substance_use: bool  # a 42 CFR Part 2 record: the notice against redisclosure prints
    service_start: dt.date
    service_end: dt.date | None
    discharge_reason: DischargeReason | None
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

    def includes(self, category: ScopeCategory) -> bool:
        return self.consent.allows(category)

    @property
    def left_out(self) -> list[ScopeCategory]:
        """The categories outside the consent's scope, which the summary does not carry."""
        return consent_scope.left_out(self.consent.scope)


@dataclass(frozen=True, slots=True)
class AttendanceLetter:
    letterhead: Letterhead
    identity: Identity
    signer: Signer
    generated_on: dt.date
    program_name: str
    level: LevelOfCare
    admission_date: dt.date
    discharge_date: dt.date | None
    first: dt.date
    last: dt.date
    sessions: tuple[AttendedSession, ...]
    substance_use: bool = False
    consent: Consent | None = None  # the consent it is disclosed under (42 CFR 2.32), if any
    recipient: str = ""  # who it is addressed to (the disclosure log's recipient)

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


@dataclass(frozen=True, slots=True)
class SigninSheet:
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
    names: tuple[str, ...]  # first name and last initial, one per expected participant


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
