"""What US Core 6.1 makes mandatory in each resource kind the FHIR export uses, the codes of
FHIR's required bindings the export fills, and the code systems it promises (ICD-10-CM
diagnoses, LOINC scores and document type, the consent's scope and category, the encounter
class, a valid NPI). Each check yields (element, what is wrong) for interop/fhir_checks.py.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Callable, Iterator
from typing import Any

from counselor_desk.domain import npi
from counselor_desk.interop import codes

Resource = dict[str, Any]

Found = Iterator[tuple[str, str]]


def _codes(concept: object, system: str) -> list[str]:
    """The codes of `concept` (a CodeableConcept or a list of them) in `system`."""
    concepts = concept if isinstance(concept, list) else [concept]
    found = []
    for item in concepts:
        if isinstance(item, dict):
            for coding in item.get("coding") or []:
                if (
                    isinstance(coding, dict)
                    and coding.get("system") == system
                    and coding.get("code")
                ):
                    found.append(str(coding["code"]))
    return found


def _present(resource: Resource, *names: str) -> Found:
    for name in names:
        value = resource.get(name)
        if value is None or value == [] or value == {} or value == "":
            yield name, "is missing"


def _concept_present(resource: Resource, name: str) -> Found:
    value = resource.get(name)
    if not isinstance(value, dict) or not (value.get("text") or value.get("coding")):
        yield name, "is missing (it needs a code or words)"


def _reference(resource: Resource, name: str) -> Found:
    value = resource.get(name)
    if not isinstance(value, dict) or not value.get("reference"):
        yield name, "is missing (a reference to the Patient)"


def _patient(resource: Resource) -> Found:
    identifiers = resource.get("identifier") or []
    if not identifiers:
        yield "identifier", "is missing (the chart number)"
    for position, identifier in enumerate(identifiers):
        for part in ("system", "value"):
            if not isinstance(identifier, dict) or not identifier.get(part):
                yield f"identifier[{position}].{part}", "is missing"
    names = resource.get("name") or []
    if not any(
        isinstance(name, dict) and (name.get("family") or name.get("given")) for name in names
    ):
        yield "name", "is missing (a family or a given name)"
    yield from _present(resource, "birthDate")
    gender = resource.get("gender")
    if gender is not None and gender not in ("male", "female", "other", "unknown"):
        yield "gender", f"is '{gender}', not one of male, female, other or unknown"


def _practitioner(resource: Resource) -> Found:
    names = resource.get("name") or []
    if not any(isinstance(name, dict) and name.get("family") for name in names):
        yield "name.family", "is missing"
    claimed = codes.PROFILES["Practitioner"] in (resource.get("meta") or {}).get("profile", [])
    identifiers = resource.get("identifier") or []
    if claimed and not identifiers:
        yield "identifier", "is missing (US Core asks for one, such as the NPI)"
    for position, identifier in enumerate(identifiers):
        if (
            not isinstance(identifier, dict)
            or not identifier.get("system")
            or not identifier.get("value")
        ):
            yield f"identifier[{position}]", "needs its system and value"
        elif identifier["system"] == codes.NPI and npi.problem(str(identifier["value"])):
            yield (
                f"identifier[{position}].value",
                f"is not a valid NPI ({npi.problem(str(identifier['value']))})",
            )


def _organization(resource: Resource) -> Found:
    yield from _present(resource, "active", "name")


def _condition(resource: Resource) -> Found:
    yield from _concept_present(resource, "clinicalStatus")
    if not {"problem-list-item", "encounter-diagnosis", "health-concern"} & set(
        _codes(resource.get("category"), codes.CONDITION_CATEGORY)
    ):
        yield "category", "is missing (problem-list-item or encounter-diagnosis)"
    if not _codes(resource.get("code"), codes.ICD10CM):
        yield "code", f"has no ICD-10-CM coding (system {codes.ICD10CM})"
    yield from _reference(resource, "subject")


def _medication(resource: Resource) -> Found:
    yield from _present(resource, "status")
    if not resource.get("medicationReference"):
        yield from _concept_present(resource, "medicationCodeableConcept")
    yield from _reference(resource, "subject")


def _allergy(resource: Resource) -> Found:
    entered_in_error = "entered-in-error" in _codes(
        resource.get("verificationStatus"), codes.ALLERGY_VERIFICATION
    )
    if not entered_in_error:
        yield from _concept_present(resource, "clinicalStatus")
    yield from _concept_present(resource, "verificationStatus")
    yield from _concept_present(resource, "code")
    yield from _reference(resource, "patient")


def _observation(resource: Resource) -> Found:
    yield from _present(resource, "status")
    if "survey" not in _codes(resource.get("category"), codes.OBSERVATION_CATEGORY):
        yield "category", "is missing the survey category (US Core screening assessment)"
    if not _codes(resource.get("code"), codes.LOINC):
        yield "code", f"has no LOINC coding (system {codes.LOINC})"
    yield from _reference(resource, "subject")
    if not any(name.startswith("effective") for name in resource):
        yield "effective[x]", "is missing (when it was taken)"
    if (
        not any(name.startswith("value") for name in resource)
        and not resource.get("component")
        and not resource.get("hasMember")
        and not resource.get("dataAbsentReason")
    ):
        yield "value[x]", "is missing (the score, its answers, or why there is none)"


def _encounter(resource: Resource) -> Found:
    yield from _present(resource, "status")
    kind = resource.get("class")
    if (
        not isinstance(kind, dict)
        or kind.get("system") != codes.V3_ACT_CODE
        or not kind.get("code")
    ):
        yield "class", f"is missing (a code of {codes.V3_ACT_CODE})"
    types = resource.get("type") or []
    if not any(
        isinstance(item, dict) and (item.get("text") or item.get("coding")) for item in types
    ):
        yield "type", "is missing"
    yield from _reference(resource, "subject")


def _episode(resource: Resource) -> Found:
    yield from _present(resource, "status")
    yield from _reference(resource, "patient")
    period = resource.get("period")
    if not isinstance(period, dict) or not period.get("start"):
        yield "period.start", "is missing"


def _goal(resource: Resource) -> Found:
    yield from _present(resource, "lifecycleStatus")
    yield from _concept_present(resource, "description")
    yield from _reference(resource, "subject")


def _care_plan(resource: Resource) -> Found:
    yield from _present(resource, "status", "intent")
    if "assess-plan" not in _codes(resource.get("category"), codes.CAREPLAN_CATEGORY):
        yield "category", "is missing the assess-plan category"
    yield from _reference(resource, "subject")
    text = resource.get("text")
    if not isinstance(text, dict) or not text.get("status") or not text.get("div"):
        yield "text", "is missing (US Core asks for the plan's narrative)"
    for position, activity in enumerate(resource.get("activity") or []):
        detail = activity.get("detail") if isinstance(activity, dict) else None
        if isinstance(detail, dict) and not detail.get("status"):
            yield f"activity[{position}].detail.status", "is missing"


def _consent(resource: Resource) -> Found:
    yield from _present(resource, "status")
    if "patient-privacy" not in _codes(resource.get("scope"), codes.CONSENT_SCOPE):
        yield "scope", "is not patient-privacy"
    if "IDSCL" not in _codes(resource.get("category"), codes.V3_ACT_CODE) and codes.PATIENT_CONSENT[
        0
    ] not in _codes(resource.get("category"), codes.LOINC):
        yield "category", "is missing IDSCL (information disclosure)"
    yield from _reference(resource, "patient")
    if not resource.get("policy") and not resource.get("policyRule"):
        yield "policy", "is missing (the rule the consent is given under)"
    provision = resource.get("provision")
    actors = provision.get("actor") if isinstance(provision, dict) else None
    if not any(
        isinstance(actor, dict) and "IRCP" in _codes(actor.get("role"), codes.V3_PARTICIPATION)
        for actor in actors or []
    ):
        yield "provision.actor", "is missing the recipient (role IRCP)"


def _document_reference(resource: Resource) -> Found:
    yield from _present(resource, "status", "category")
    yield from _concept_present(resource, "type")
    yield from _reference(resource, "subject")
    contents = resource.get("content") or []
    if not contents:
        yield "content", "is missing"
    for position, content in enumerate(contents):
        attachment = content.get("attachment") if isinstance(content, dict) else None
        where = f"content[{position}].attachment"
        if not isinstance(attachment, dict):
            yield where, "is missing"
            continue
        if not attachment.get("contentType"):
            yield f"{where}.contentType", "is missing"
        if not attachment.get("data") and not attachment.get("url"):
            yield f"{where}.data", "is missing (the PDF itself)"
        elif attachment.get("data"):
            yield from _attachment_data(attachment, where)


def _attachment_data(attachment: Resource, where: str) -> Found:
    try:
        data = base64.b64decode(str(attachment["data"]), validate=True)
    except (binascii.Error, ValueError):
        yield f"{where}.data", "is not base64"
        return
    if attachment.get("size") != len(data):
        yield f"{where}.size", f"is not the size of the data ({len(data)} bytes)"
    digest = base64.b64encode(hashlib.sha1(data).digest()).decode("ascii")
    if attachment.get("hash") != digest:
        yield f"{where}.hash", "is not the SHA-1 of the data"


def _composition(resource: Resource) -> Found:
    yield from _present(resource, "status", "date", "author", "title")
    if codes.SUMMARY_NOTE[0] not in _codes(resource.get("type"), codes.LOINC):
        yield "type", f"is not LOINC {codes.SUMMARY_NOTE[0]} ({codes.SUMMARY_NOTE[1]})"
    yield from _reference(resource, "subject")


#: The codes FHIR R4 allows in the coded elements (required bindings) the export fills; the
#: models check only that they are codes.
BOUND: dict[tuple[str, str], frozenset[str]] = {
    ("Patient", "gender"): frozenset({"male", "female", "other", "unknown"}),
    ("MedicationStatement", "status"): frozenset(
        {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown",
         "not-taken"}
    ),
    ("Observation", "status"): frozenset(
        {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
         "entered-in-error", "unknown"}
    ),
    ("Encounter", "status"): frozenset(
        {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
         "entered-in-error", "unknown"}
    ),
    ("EpisodeOfCare", "status"): frozenset(
        {"planned", "waitlist", "active", "onhold", "finished", "cancelled", "entered-in-error"}
    ),
    ("Goal", "lifecycleStatus"): frozenset(
        {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
         "entered-in-error", "rejected"}
    ),
    ("CarePlan", "status"): frozenset(
        {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
    ),
    ("CarePlan", "intent"): frozenset({"proposal", "plan", "order", "option"}),
    ("Consent", "status"): frozenset(
        {"draft", "proposed", "active", "rejected", "inactive", "entered-in-error"}
    ),
    ("DocumentReference", "status"): frozenset({"current", "superseded", "entered-in-error"}),
    ("Composition", "status"): frozenset({"preliminary", "final", "amended", "entered-in-error"}),
}  # fmt: skip


def bound_codes(kind: str, resource: Resource) -> Found:
    for (owner, name), allowed in BOUND.items():
        value = resource.get(name)
        if owner == kind and value is not None and value not in allowed:
            yield name, f"is '{value}', not one of {', '.join(sorted(allowed))}"


RESOURCE_CHECKS: dict[str, Callable[[Resource], Found]] = {
    "Patient": _patient,
    "Practitioner": _practitioner,
    "Organization": _organization,
    "Condition": _condition,
    "MedicationStatement": _medication,
    "AllergyIntolerance": _allergy,
    "Observation": _observation,
    "Encounter": _encounter,
    "EpisodeOfCare": _episode,
    "Goal": _goal,
    "CarePlan": _care_plan,
    "Consent": _consent,
    "DocumentReference": _document_reference,
    "Composition": _composition,
}
