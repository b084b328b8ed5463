"""The code systems, codes and profiles the FHIR export uses, each named once.

Every coded value the Bundle carries is a line here (docs/INTEROP.md lists them); the builders
and the checks both read this module, so a code cannot be written one way and checked another.
"""

from __future__ import annotations

import re
import unicodedata

from counselor_desk.domain.model import GoalStatus, ServiceType

# -- code systems -----------------------------------------------------------------------------
LOINC = "http://loinc.org"
SNOMED = "http://snomed.info/sct"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
NPI = "http://hl7.org/fhir/sid/us-npi"
UCUM = "http://unitsofmeasure.org"
V2_IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203"
V3_ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_ACT_CLASS = "http://terminology.hl7.org/CodeSystem/v3-ActClass"
V3_CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"
V3_PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
LIST_EMPTY_REASON = "http://terminology.hl7.org/CodeSystem/list-empty-reason"
DATA_ABSENT_REASON = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
CAREPLAN_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
DOCUMENT_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
IHE_FORMAT = "http://ihe.net/fhir/ihe.formatcode.fhir/CodeSystem/formatcode"

#: The app's own code systems (values that no standard system holds): the consent's
#: categories and the ASAM levels of care. Named under the app's URN namespace.
APP_NAMESPACE = "urn:counselor-desk"
CONSENT_CATEGORY_SYSTEM = f"{APP_NAMESPACE}:consent-category"
LEVEL_OF_CARE_SYSTEM = f"{APP_NAMESPACE}:level-of-care"

# -- profiles (US Core 6.1.0, on FHIR R4) -----------------------------------------------------
_US_CORE = "http://hl7.org/fhir/us/core/StructureDefinition/"
PROFILES = {
    "Practitioner": _US_CORE + "us-core-practitioner",
    "Organization": _US_CORE + "us-core-organization",
    "Encounter": _US_CORE + "us-core-encounter",
    "Condition": _US_CORE + "us-core-condition-problems-health-concerns",
    "AllergyIntolerance": _US_CORE + "us-core-allergyintolerance",
    "Observation": _US_CORE + "us-core-observation-screening-assessment",
    "Goal": _US_CORE + "us-core-goal",
    "CarePlan": _US_CORE + "us-core-careplan",
    "DocumentReference": _US_CORE + "us-core-documentreference",
}
US_CORE_VERSION = "6.1.0"

# -- codes --------------------------------------------------------------------------------------
#: The document: a CCD's "Summarization of episode note".
SUMMARY_NOTE = ("34133-9", "Summarization of episode note")
PATIENT_CONSENT = ("59284-0", "Patient Consent")
#: Composition sections (LOINC), by what they hold.
SECTIONS = {
    "encounters": ("46240-8", "History of Hospitalizations+Outpatient visits Narrative"),
    "problems": ("11450-4", "Problem list - Reported"),
    "medications": ("10160-0", "History of Medication use Narrative"),
    "allergies": ("48765-2", "Allergies and adverse reactions Document"),
    "goals": ("61146-7", "Goals"),
    "measures": ("51848-0", "Evaluation note"),
    "sessions": ("11506-3", "Progress note"),
    "plan": ("18776-5", "Plan of care note"),
    "consent": PATIENT_CONSENT,
}
#: Each service type as a SNOMED CT procedure (US Core's Encounter type value set).
SERVICE_CODES: dict[ServiceType, tuple[str, str]] = {
    ServiceType.GROUP: ("76168009", "Group psychotherapy"),
    ServiceType.INDIVIDUAL: ("18512000", "Individual psychotherapy"),
    ServiceType.FAMILY: ("108313002", "Family psychotherapy procedure"),
    ServiceType.EDUCATION: ("410224008", "Mental health care education"),
}
#: What was reported as "none": SNOMED CT situations.
NO_KNOWN_ALLERGY = ("716186003", "No known allergy")
NO_KNOWN_DRUG_ALLERGY = ("409137002", "No known drug allergy")
NO_KNOWN_MEDICATIONS = ("787481004", "No known medications")

#: A goal's or objective's status: (lifecycleStatus, achievementStatus code or "").
GOAL_STATES: dict[GoalStatus, tuple[str, str]] = {
    GoalStatus.NOT_STARTED: ("planned", ""),
    GoalStatus.IN_PROGRESS: ("active", "in-progress"),
    GoalStatus.PARTIALLY_MET: ("active", "improving"),
    GoalStatus.MET: ("completed", "achieved"),
    GoalStatus.NOT_MET: ("completed", "not-achieved"),
    GoalStatus.DISCONTINUED: ("cancelled", ""),
}
ACHIEVEMENT_WORDS = {
    "in-progress": "In Progress",
    "improving": "Improving",
    "achieved": "Achieved",
    "not-achieved": "Not Achieved",
}

# -- 42 CFR Part 2 security labels ------------------------------------------------------------
#: The labels every resource of a Part 2 record carries: the policy, the sensitivity (SUD and
#: the older ETH), restricted confidentiality, and the refrain from redisclosure.
PART2_LABELS: tuple[dict[str, str], ...] = (
    {"system": V3_ACT_CODE, "code": "42CFRPart2", "display": "42 CFR Part2"},
    {
        "system": V3_ACT_CODE,
        "code": "SUD",
        "display": "substance use disorder information sensitivity",
    },
    {"system": V3_ACT_CODE, "code": "ETH", "display": "substance abuse information sensitivity"},
    {"system": V3_CONFIDENTIALITY, "code": "R", "display": "restricted"},
    {
        "system": V3_ACT_CODE,
        "code": "NORDSCLCD",
        "display": "no redisclosure without consent directive",
    },
)
#: The words of 42 CFR 2.32 the continuity-of-care PDF prints after the notice.
PART2_STATEMENT = (
    "These records come from a federally assisted substance-use treatment program and are "
    "disclosed under the participant's written consent (below). Any further disclosure is "
    "prohibited unless expressly permitted by that consent or by 42 CFR part 2."
)
PART2_POLICY_URI = "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2"
HIPAA_AUTHORIZATION_URI = (
    "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/"
    "section-164.508"
)


def coding(system: str, code: str, display: str = "") -> dict[str, str]:
    found = {"system": system, "code": code}
    if display:
        found["display"] = display
    return found


def concept(text: str = "", *codings: dict[str, str]) -> dict[str, object]:
    """A CodeableConcept: its codings and the words as the record says them."""
    found: dict[str, object] = {}
    if codings:
        found["coding"] = list(codings)
    if text:
        found["text"] = text
    return found


def clinic_slug(clinic_name: str) -> str:
    """The clinic's name as a URN part: 'Riverside Behavioral Health' -> 'riverside-behavioral-
    health' (accents dropped; a name with no letter or digit gives 'clinic')."""
    plain = unicodedata.normalize("NFKD", clinic_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")
    return slug or "clinic"


def clinic_system(clinic_name: str, kind: str) -> str:
    """The identifier system of the clinic's own numbers of one kind ('chart-number',
    'document', 'stay'): 'urn:counselor-desk:riverside-behavioral-health:chart-number'."""
    return f"{APP_NAMESPACE}:{clinic_slug(clinic_name)}:{kind}"
