"""The continuity-of-care summary as a FHIR R4 document: a Bundle of type `document` whose
first entry is the Composition (LOINC 34133-9, "Summarization of episode note"), then every
resource it lists, section by section, as the consent's scope allows.

A category outside the consent's scope leaves its section empty with the reason "withheld";
a Part 2 record labels the Bundle and every resource (codes.PART2_LABELS) and its Composition
carries the notice against redisclosure.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from counselor_desk.domain import consent_scope
from counselor_desk.domain.consent_scope import ScopeCategory
from counselor_desk.domain.measures import C_SSRS
from counselor_desk.interop import codes, fhir_care, fhir_clinical, fhir_disclosure, fhir_people
from counselor_desk.interop.fhir_base import Entries, Resource, day, instant, narrative
from counselor_desk.interop.source import ExportSource
from counselor_desk.reports.model import PART2_NOTICE, ContinuityOfCare

Reference = dict[str, str]


@dataclass
class Section:
    """One section of the Composition: what it lists, its words, or why it is empty."""

    key: str
    title: str
    refs: list[Reference] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    intro: str = ""
    withheld: bool = False
    empty_words: str = "None recorded."

    def resource(self) -> Resource:
        section: Resource = {"title": self.title}
        if self.key in codes.SECTIONS:
            section["code"] = codes.concept(
                self.title, codes.coding(codes.LOINC, *codes.SECTIONS[self.key])
            )
        if self.withheld:
            section["text"] = narrative("Not included: outside the consent's scope.")
            section["emptyReason"] = _empty("withheld", "Information Withheld")
            return section
        section["text"] = narrative(self.intro, items=self.words or [self.empty_words])
        if self.refs:
            section["entry"] = [dict(ref) for ref in self.refs]
        elif not self.words:  # nothing recorded (a narrative-only section with words is not)
            section["emptyReason"] = _empty("unavailable", "Unavailable")
        return section


def _empty(code: str, display: str) -> Resource:
    return codes.concept(display, codes.coding(codes.LIST_EMPTY_REASON, code, display))


def build_bundle(source: ExportSource) -> Resource:
    """The document Bundle of `source`: its summary's categories only, every id derived from
    its document ID."""
    summary = source.summary
    entries = Entries(source, part2=summary.substance_use)
    fhir_people.add_organization(entries)
    fhir_people.add_practitioner(entries)
    fhir_people.add_patient(entries)
    allows = summary.includes
    sections: list[Section] = []

    conditions: list[Reference] = []
    if allows(ScopeCategory.DIAGNOSES):
        conditions, words = fhir_clinical.add_conditions(entries, summary.diagnoses)
        intro = (
            f"Presenting problems: {summary.presenting_problems}"
            if summary.presenting_problems
            else ""
        )
        sections.append(Section("problems", "Problems and diagnoses", conditions, words, intro))
    else:
        sections.append(Section("problems", "Problems and diagnoses", withheld=True))
    if allows(ScopeCategory.MEDICATIONS):
        refs, words = fhir_clinical.add_medications(entries, summary.medications)
        sections.append(Section("medications", "Medications (as reported)", refs, words))
        refs, words = fhir_clinical.add_allergies(entries, summary.allergies)
        sections.append(Section("allergies", "Allergies (as reported)", refs, words))
    else:
        sections.append(Section("medications", "Medications (as reported)", withheld=True))
        sections.append(Section("allergies", "Allergies (as reported)", withheld=True))

    episodes, episode_words = fhir_care.add_episodes(entries, conditions)
    encounters, encounter_words = fhir_care.add_encounters(entries, episodes)
    sections.append(
        Section(
            "encounters",
            "Program stay and sessions attended",
            [ref for _span, ref in episodes] + encounters,
            episode_words + encounter_words,
            _attendance_words(summary),
        )
    )

    goals: list[Reference] = []
    if allows(ScopeCategory.TREATMENT_PLAN):
        goals, words = fhir_care.add_goals(entries, summary.goals)
        sections.append(Section("goals", "Goals and status", goals, words))
    else:
        sections.append(Section("goals", "Goals and status", withheld=True))
    screens = tuple(score for score in source.scores if score.instrument == C_SSRS.name)
    followed = tuple(score for score in source.scores if score.instrument != C_SSRS.name)
    if allows(ScopeCategory.MEASURES):
        refs, words = fhir_clinical.add_observations(entries, followed)
        sections.append(Section("measures", "Measures", refs, words))
    else:
        sections.append(Section("measures", "Measures", withheld=True))
    if allows(ScopeCategory.RISK):
        refs, words = fhir_clinical.add_observations(entries, screens)
        sections.append(Section("risk", "Risk and safety", refs, words + _risk_words(summary)))
    else:
        sections.append(Section("risk", "Risk and safety", withheld=True))
    if allows(ScopeCategory.SESSION_NOTES):
        sections.append(
            Section("sessions", "Recent session summaries", words=_session_words(summary),
                    empty_words="No signed session notes.")
        )  # fmt: skip
    else:
        sections.append(Section("sessions", "Recent session summaries", withheld=True))
    if allows(ScopeCategory.DISCHARGE_PLAN) or allows(ScopeCategory.RISK):
        refs, words = fhir_care.add_care_plan(entries, goals, conditions)
        sections.append(Section("plan", "Plan of treatment and scheduled follow-up", refs, words))
    else:
        sections.append(Section("plan", "Plan of treatment and scheduled follow-up", withheld=True))
    refs, words = fhir_disclosure.add_consent(entries)
    sections.append(Section("consent", "Consent for this disclosure", refs, words))
    refs, words = fhir_disclosure.add_document_reference(entries)
    sections.append(Section("document", "The summary as PDF", refs, words))

    _add_composition(entries, sections)
    bundle: Resource = {
        "resourceType": "Bundle",
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{codes.APP_NAMESPACE}:{source.document_id}")),
        "meta": {"lastUpdated": instant(source.made_at)},
        "identifier": {"system": entries.system("document"), "value": source.document_id},
        "type": "document",
        "timestamp": instant(source.made_at),
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries.items],
    }
    if entries.part2:
        bundle["meta"]["security"] = [dict(label) for label in codes.PART2_LABELS]
    return bundle


def _add_composition(entries: Entries, sections: list[Section]) -> None:
    source = entries.source
    summary = source.summary
    period: Resource = {"start": day(summary.service_start)}
    if summary.service_end is not None:
        period["end"] = day(summary.service_end)
    composition: Resource = {
        "resourceType": "Composition",
        "text": narrative(*composition_words(summary)),
        "identifier": {"system": entries.system("document"), "value": source.document_id},
        "status": "final",
        "type": codes.concept(
            "Continuity-of-care summary", codes.coding(codes.LOINC, *codes.SUMMARY_NOTE)
        ),
        "subject": dict(entries.patient),
        "date": instant(source.made_at),
        "author": [dict(entries.practitioner)],
        "title": "Continuity-of-care summary",
        "attester": [
            {
                "mode": "professional",
                "time": instant(source.made_at),
                "party": dict(entries.practitioner),
            }
        ],
        "custodian": dict(entries.organization),
        "event": [
            {
                "code": [
                    codes.concept(
                        "Care provision", codes.coding(codes.V3_ACT_CLASS, "PCPR", "care provision")
                    )
                ],
                "period": period,
            }
        ],
        "section": [section.resource() for section in sections],
    }
    if entries.part2:
        composition["confidentiality"] = "R"
    entries.add(composition, "composition", first=True)


def composition_words(summary: ContinuityOfCare) -> list[str]:
    """The Composition's own text: for a Part 2 record the notice against redisclosure (and
    the consent statement of 42 CFR 2.32) first, then what the document is and leaves out."""
    words = []
    if summary.substance_use:
        words.append(f"{PART2_NOTICE} {codes.PART2_STATEMENT}")
    words.append(
        f"Continuity-of-care summary for {summary.consent.recipient}, prepared "
        f"{day(summary.generated_on)} by {summary.signer.full}, {summary.letterhead.clinic_name}. "
        f"Document ID {summary.document_id}."
    )
    if summary.left_out:
        words.append(
            "Not included (outside the consent's scope): "
            f"{consent_scope.in_words(summary.left_out)}."
        )
    return words


def _attendance_words(summary: ContinuityOfCare) -> str:
    end = "ongoing" if summary.service_end is None else day(summary.service_end)
    words = f"{summary.program_name}, {day(summary.service_start)} to {end}."
    if summary.includes(ScopeCategory.ATTENDANCE):
        minutes = sum(line.minutes for line in summary.services)
        sessions = sum(line.sessions for line in summary.services)
        words += (
            f" {sessions} session(s) attended, {minutes / 60:.1f} hours, over "
            f"{summary.program_weeks} program week(s)."
        )
    return words


def _risk_words(summary: ContinuityOfCare) -> list[str]:
    words = []
    for screen in (summary.latest_risk, *summary.present_risks):
        if screen is None:
            continue
        detail = f": {screen.detail.strip()}" if screen.detail.strip() else ""
        words.append(
            f"Suicidal / homicidal ideation {screen.risk.label.lower()} (session of "
            f"{day(screen.session_date)}, signed by {screen.signed_by}){detail}"
        )
    status = summary.safety
    if status is not None:
        if status.plan_version is None:
            words.append("No safety plan on file.")
        else:
            saved = f", saved {day(status.plan_saved_on)}" if status.plan_saved_on else ""
            words.append(f"Safety plan on file (version {status.plan_version}{saved}).")
        for flag in status.open_flags:
            reason = f" ({flag.reason})" if flag.reason else ""
            words.append(
                f"Open safety follow-up since {day(flag.raised_on)}: {flag.needed}{reason}"
            )
    return words


def _session_words(summary: ContinuityOfCare) -> list[str]:
    words = []
    for note in summary.recent_sessions:
        risk = f" Risk screen: {note.risk.label}." if note.risk is not None else ""
        late = " (late entry)" if note.late_entry else ""
        words.append(
            f"{day(note.session_date)} {note.start_time:%H:%M}, {note.service_type.label}, "
            f"{note.duration_minutes} min, signed by {note.signed_by}{late}: {note.text}{risk}"
        )
        for addendum in note.addenda:
            words.append(
                f"Addendum by {addendum.author}, {addendum.created_at:%Y-%m-%d %H:%M} "
                f"(reason: {addendum.reason}): {addendum.text}"
            )
    return words
