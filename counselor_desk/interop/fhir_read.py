"""Reading a referral: a FHIR Bundle another program sent, turned into what an admission
would record (chart number, names, date of birth, phone, ICD-10-CM diagnoses, medications
and allergies as reported, the referring counselor and clinic), with everything that could
not be read listed in plain words.

Only what an admission records is read: Patient, Condition, MedicationStatement (with its
Medication), AllergyIntolerance, Practitioner and Organization (and the Composition's author
and custodian to tell which of them referred). Each of those is parsed by its R4B model
first; one that fails is listed and left out (a Patient that fails is read element by
element, so the counselor can correct what is wrong). Other resources are counted, not read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from counselor_desk.domain.errors import ValidationError
from counselor_desk.domain.model import Diagnosis
from counselor_desk.interop import codes
from counselor_desk.interop.fhir_checks import describe, resource_problems

Resource = dict[str, Any]

READ = ("Patient", "Condition", "MedicationStatement", "AllergyIntolerance")
_DATE = re.compile(r"^(\d{4})(-(\d{2})(-(\d{2}))?)?$")
_NOT_CURRENT_CONDITION = {"inactive", "remission", "resolved"}
_NOT_VERIFIED = {"entered-in-error", "refuted"}
_NOT_CURRENT_MEDICATION = {"completed", "entered-in-error", "stopped", "not-taken"}
_NOT_CURRENT_ALLERGY = {"inactive", "resolved"}


@dataclass(frozen=True, slots=True)
class ReferralProposal:
    """What the referral says, for the counselor to confirm or correct before admitting."""

    chart_number: str = ""
    first_name: str = ""
    last_name: str = ""
    preferred_name: str = ""
    #: None: the referral gives no full date of birth (the counselor enters it).
    date_of_birth: dt.date | None = None
    phone: str = ""
    diagnoses: tuple[Diagnosis, ...] = ()
    medications: tuple[str, ...] = ()
    allergies: tuple[str, ...] = ()
    #: The referring counselor and program, as the participant's referral source.
    referral_source: str = ""
    #: The referral is labelled 42 CFR Part 2 (it may not be redisclosed without consent).
    part2: bool = False
    #: The Bundle's identifier (the sending program's document ID), '' if none.
    document_id: str = ""
    #: What could not be read, in plain words: none of it is admitted.
    unreadable: tuple[str, ...] = ()
    #: The kinds of resources the admission does not read, with their counts.
    not_read: tuple[str, ...] = ()


@dataclass
class _Reading:
    problems: list[str] = field(default_factory=list)
    by_url: dict[str, Resource] = field(default_factory=dict)


def read_bundle(data: bytes) -> ReferralProposal:
    """The proposal of a referral Bundle (JSON bytes); ValidationError (field 'file') for a
    file that is not a FHIR Bundle about one patient."""
    try:
        found = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ValidationError(
            "The file is not UTF-8 text, so it is not FHIR JSON.", "file"
        ) from None
    except json.JSONDecodeError as error:
        raise ValidationError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}); nothing was read.",
            "file",
        ) from None
    except RecursionError:
        raise ValidationError("The file is nested too deeply to be FHIR JSON.", "file") from None
    if not isinstance(found, dict) or "resourceType" not in found:
        raise ValidationError(
            "The file is JSON but not FHIR: it has no resourceType. A referral is a FHIR Bundle.",
            "file",
        )
    if found["resourceType"] != "Bundle":
        raise ValidationError(
            f"The file holds a FHIR {found['resourceType']}, not a Bundle; a referral is a "
            "Bundle with the Patient and their records.",
            "file",
        )
    entries = found.get("entry")
    listed: list[Resource] = []
    reading = _Reading()
    for entry in entries if isinstance(entries, list) else []:
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            reading.problems.append("An entry of the Bundle holds no resource.")
            continue
        listed.append(resource)
        url = entry.get("fullUrl")
        if isinstance(url, str):
            reading.by_url[url] = resource
        kind = resource.get("resourceType")
        if isinstance(kind, str) and isinstance(resource.get("id"), str):
            reading.by_url.setdefault(f"{kind}/{resource['id']}", resource)
    patients = [resource for resource in listed if resource.get("resourceType") == "Patient"]
    if not patients:
        raise ValidationError(
            "The Bundle holds no Patient, so there is no one to admit; nothing was read.", "file"
        )
    if len(patients) > 1:
        raise ValidationError(
            f"The Bundle holds {len(patients)} patients; a referral is about one person. "
            "Nothing was read.",
            "file",
        )
    proposal = _patient(patients[0], reading)
    diagnoses = [d for r in _of(listed, "Condition", reading) for d in _diagnosis(r, reading)]
    medications = [
        m for r in _of(listed, "MedicationStatement", reading) for m in _medication(r, reading)
    ]
    allergies = [
        a for r in _of(listed, "AllergyIntolerance", reading) for a in _allergy(r, reading)
    ]
    others = Counter(
        str(resource.get("resourceType"))
        for resource in listed
        if resource.get("resourceType")
        not in (*READ, "Practitioner", "Organization", "Composition", "Medication")
    )
    identifier = found.get("identifier")
    return ReferralProposal(
        **proposal,
        diagnoses=tuple(dict.fromkeys(diagnoses)),
        medications=tuple(medications),
        allergies=tuple(allergies),
        referral_source=_referral_source(listed, reading),
        part2=_labelled(found, listed),
        document_id=str(identifier.get("value", "")) if isinstance(identifier, dict) else "",
        unreadable=tuple(reading.problems),
        not_read=tuple(f"{count} {kind}" for kind, count in sorted(others.items())),
    )


def _of(listed: list[Resource], kind: str, reading: _Reading) -> list[Resource]:
    """The resources of one kind that their R4B model reads; the others listed."""
    found = []
    for resource in listed:
        if resource.get("resourceType") != kind:
            continue
        wrong = resource_problems(resource)
        if wrong:
            reading.problems.append(
                f"{wrong[0].words} – the {kind} was not read."
                if len(wrong) == 1
                else f"{wrong[0].words} (and {len(wrong) - 1} more) – the {kind} was not read."
            )
            continue
        found.append(resource)
    return found


def _status(concept: object, system: str) -> str:
    if isinstance(concept, dict):
        for coding in concept.get("coding") or []:
            if isinstance(coding, dict) and coding.get("system") == system:
                return str(coding.get("code", ""))
    return ""


def _text(concept: object) -> str:
    """A CodeableConcept in words: its text, else its first coding's display or code."""
    if not isinstance(concept, dict):
        return ""
    text = concept.get("text")
    if isinstance(text, str) and text.strip():
        return text.strip()
    for coding in concept.get("coding") or []:
        if isinstance(coding, dict):
            words = coding.get("display") or coding.get("code")
            if isinstance(words, str) and words.strip():
                return words.strip()
    return ""


# -- the Patient ---------------------------------------------------------------------------------


def _patient(patient: Resource, reading: _Reading) -> dict[str, Any]:
    for problem in resource_problems(patient):
        if problem.element.split(".")[0].split("[")[0] not in (
            "birthDate",
            "name",
            "identifier",
            "telecom",
        ):
            reading.problems.append(f"{problem.words} (not read).")
    found: dict[str, Any] = {}
    identifiers = [item for item in patient.get("identifier") or [] if isinstance(item, dict)]
    chosen = next(
        (
            item
            for item in identifiers
            if "MR"
            in [
                c.get("code")
                for c in (item.get("type") or {}).get("coding") or []
                if isinstance(c, dict)
            ]
        ),
        identifiers[0] if identifiers else None,
    )
    value = chosen.get("value") if chosen is not None else None
    if isinstance(value, str) and value.strip():
        found["chart_number"] = value.strip()
    else:
        reading.problems.append(
            "The Patient has no identifier to use as the chart number: enter one."
        )
    names = [name for name in patient.get("name") or [] if isinstance(name, dict)]
    official = next((n for n in names if n.get("use") == "official"), None) or next(
        (n for n in names if n.get("use") in (None, "usual")), names[0] if names else None
    )
    if official is None:
        reading.problems.append("The Patient has no name: enter it.")
    else:
        given = [part for part in official.get("given") or [] if isinstance(part, str)]
        family = official.get("family")
        found["first_name"] = " ".join(given).strip()
        found["last_name"] = family.strip() if isinstance(family, str) else ""
        if not found["first_name"] or not found["last_name"]:
            words = official.get("text")
            shown = f" (as written: {words})" if isinstance(words, str) and words else ""
            reading.problems.append(
                f"The Patient's name lacks its given or family part{shown}: enter it."
            )
        usual = next(
            (n for n in names if n is not official and n.get("use") in ("usual", "nickname")), None
        )
        if usual is not None:
            preferred = " ".join(part for part in usual.get("given") or [] if isinstance(part, str))
            if preferred and preferred != found["first_name"]:
                found["preferred_name"] = preferred
    found["date_of_birth"] = _birth_date(patient.get("birthDate"), reading)
    phones = [
        item
        for item in patient.get("telecom") or []
        if isinstance(item, dict)
        and item.get("system") == "phone"
        and isinstance(item.get("value"), str)
    ]
    if phones:
        phones.sort(key=lambda item: {"mobile": 0, "home": 1}.get(str(item.get("use")), 2))
        found["phone"] = phones[0]["value"].strip()
    return found


def _birth_date(value: object, reading: _Reading) -> dt.date | None:
    if value is None:
        reading.problems.append("The Patient has no date of birth: enter it.")
        return None
    match = _DATE.match(value) if isinstance(value, str) else None
    if match is None:
        reading.problems.append(
            f"The Patient's birthDate '{value}' is not a FHIR date (like 1990-06-15): enter "
            "the date of birth."
        )
        return None
    if match.group(5) is None:
        reading.problems.append(
            f"The Patient's birthDate gives only '{value}', not the day: enter the full date "
            "of birth."
        )
        return None
    try:
        return dt.date.fromisoformat(value)  # type: ignore[arg-type]
    except ValueError:
        reading.problems.append(
            f"The Patient's birthDate '{value}' is not a real date: enter the date of birth."
        )
        return None


# -- diagnoses, medications, allergies ---------------------------------------------------------


def _diagnosis(condition: Resource, reading: _Reading) -> list[Diagnosis]:
    words = describe(condition)
    verified = _status(condition.get("verificationStatus"), codes.CONDITION_VERIFICATION)
    clinical = _status(condition.get("clinicalStatus"), codes.CONDITION_CLINICAL)
    if verified in _NOT_VERIFIED or clinical in _NOT_CURRENT_CONDITION:
        reading.problems.append(
            f"{words} is {verified if verified in _NOT_VERIFIED else clinical}: not admitted as a diagnosis."
        )
        return []
    found_code = condition.get("code")
    code: Resource = found_code if isinstance(found_code, dict) else {}
    found = []
    others = []
    for coding in code.get("coding") or []:
        if not isinstance(coding, dict) or not isinstance(coding.get("code"), str):
            continue
        if coding.get("system") == codes.ICD10CM:
            found.append(
                Diagnosis(icd10_code(coding["code"]), str(coding.get("display") or _text(code)))
            )
        else:
            others.append(f"{coding['code']} in {coding.get('system') or 'no code system'}")
    if not found:
        why = (
            f"its code ({'; '.join(others)}) is not ICD-10-CM"
            if others
            else "it has no ICD-10-CM code"
        )
        reading.problems.append(f"{words}: {why}, so it is not admitted as a diagnosis.")
    return found[:1]


def icd10_code(code: str) -> str:
    """An ICD-10-CM code as the app keeps it: upper case, the dot after the category
    ('F331' -> 'F33.1')."""
    code = code.strip().upper()
    if "." not in code and len(code) > 3:
        code = f"{code[:3]}.{code[3:]}"
    return code


def _medication(statement: Resource, reading: _Reading) -> list[str]:
    status = statement.get("status")
    words = describe(statement)
    if status in _NOT_CURRENT_MEDICATION:
        reading.problems.append(f"{words} is {status}: not admitted as a current medication.")
        return []
    text = _text(statement.get("medicationCodeableConcept"))
    reference = statement.get("medicationReference")
    if not text and isinstance(reference, dict):
        medication = reading.by_url.get(str(reference.get("reference")))
        if medication is not None and medication.get("resourceType") == "Medication":
            text = _text(medication.get("code"))
    if not text:
        reading.problems.append(
            "A MedicationStatement names no medication in words or code: not read."
        )
        return []
    return [text]


def _allergy(allergy: Resource, reading: _Reading) -> list[str]:
    verified = _status(allergy.get("verificationStatus"), codes.ALLERGY_VERIFICATION)
    clinical = _status(allergy.get("clinicalStatus"), codes.ALLERGY_CLINICAL)
    words = describe(allergy)
    if verified in _NOT_VERIFIED or clinical in _NOT_CURRENT_ALLERGY:
        reading.problems.append(
            f"{words} is {verified if verified in _NOT_VERIFIED else clinical}: not admitted."
        )
        return []
    text = _text(allergy.get("code"))
    if not text:
        reading.problems.append(
            "An AllergyIntolerance names no substance in words or code: not read."
        )
        return []
    return [text]


# -- who referred ------------------------------------------------------------------------------


def _referral_source(listed: list[Resource], reading: _Reading) -> str:
    """The referring counselor and program: the Composition's author and custodian, else the
    first Practitioner and Organization of the Bundle."""
    composition = next((r for r in listed if r.get("resourceType") == "Composition"), None)
    person = organization = None
    if composition is not None:
        for ref in composition.get("author") or []:
            target = (
                reading.by_url.get(str(ref.get("reference"))) if isinstance(ref, dict) else None
            )
            if (
                target is not None
                and target.get("resourceType") == "Practitioner"
                and person is None
            ):
                person = target
            if (
                target is not None
                and target.get("resourceType") == "Organization"
                and organization is None
            ):
                organization = target
        custodian = composition.get("custodian")
        if isinstance(custodian, dict) and organization is None:
            organization = reading.by_url.get(str(custodian.get("reference")))
    person = person or next((r for r in listed if r.get("resourceType") == "Practitioner"), None)
    organization = organization or next(
        (r for r in listed if r.get("resourceType") == "Organization"), None
    )
    parts = []
    if person is not None:
        parts.append(_person_words(person))
    if organization is not None:
        name = organization.get("name")
        if isinstance(name, str) and name.strip():
            parts.append(name.strip())
        phone = next(
            (
                t.get("value")
                for t in organization.get("telecom") or []
                if isinstance(t, dict) and t.get("system") == "phone"
            ),
            None,
        )
        if isinstance(phone, str) and phone.strip():
            parts.append(phone.strip())
    return ", ".join(part for part in parts if part)


def _person_words(person: Resource) -> str:
    names = [name for name in person.get("name") or [] if isinstance(name, dict)]
    words = ""
    if names:
        name = names[0]
        text = name.get("text")
        if isinstance(text, str) and text.strip():
            words = text.strip()
        else:
            given = [part for part in name.get("given") or [] if isinstance(part, str)]
            family = name.get("family")
            words = " ".join([*given, family if isinstance(family, str) else ""]).strip()
    for identifier in person.get("identifier") or []:
        if (
            isinstance(identifier, dict)
            and identifier.get("system") == codes.NPI
            and identifier.get("value")
        ):
            words += f" (NPI {identifier['value']})"
            break
    return words.strip()


def _labelled(bundle: Resource, listed: list[Resource]) -> bool:
    """Whether the Bundle or any resource in it carries the 42CFRPart2 policy label."""
    for item in (bundle, *listed):
        meta = item.get("meta")
        for label in (meta.get("security") if isinstance(meta, dict) else None) or []:
            if isinstance(label, dict) and label.get("code") == "42CFRPart2":
                return True
    return False
