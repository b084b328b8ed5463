"""The clinical content: Condition per diagnosis, MedicationStatement and AllergyIntolerance
as reported (one per line typed), Observation per measure score.

Each builder adds its resources to the entries and returns what the Composition's section
lists: the references and one line of words per resource.
"""

from __future__ import annotations

import re

from counselor_desk.domain import measures
from counselor_desk.domain.measures import Instrument, Scoring
from counselor_desk.domain.model import Diagnosis, Measure
from counselor_desk.interop import codes
from counselor_desk.interop.fhir_base import Entries, Resource, day, lines

Listed = tuple[list[dict[str, str]], list[str]]

#: Words that report no medication / no allergy, compared without case and punctuation.
_NO_MEDICATIONS = {
    "none",
    "none reported",
    "no medications",
    "no medication",
    "no current medications",
    "no known medications",
    "nkm",
}
_NO_ALLERGIES = {
    "none",
    "none reported",
    "nka",
    "no allergies",
    "no known allergies",
    "no known allergy",
}
_NO_DRUG_ALLERGIES = {
    "nkda",
    "no known drug allergies",
    "no known drug allergy",
    "no drug allergies",
}


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w/ ]+", " ", text.casefold()).split())


def add_conditions(entries: Entries, diagnoses: tuple[Diagnosis, ...]) -> Listed:
    """One Condition per diagnosis, on the problem list, coded in ICD-10-CM."""
    refs, words = [], []
    for position, diagnosis in enumerate(diagnoses):
        description = diagnosis.description or diagnosis.code
        condition: Resource = {
            "resourceType": "Condition",
            "clinicalStatus": codes.concept(
                "Active", codes.coding(codes.CONDITION_CLINICAL, "active", "Active")
            ),
            "verificationStatus": codes.concept(
                "Confirmed", codes.coding(codes.CONDITION_VERIFICATION, "confirmed", "Confirmed")
            ),
            "category": [
                codes.concept(
                    "Problem list item",
                    codes.coding(
                        codes.CONDITION_CATEGORY, "problem-list-item", "Problem List Item"
                    ),
                )
            ],
            "code": codes.concept(
                description, codes.coding(codes.ICD10CM, diagnosis.code, diagnosis.description)
            ),
            "subject": dict(entries.patient),
        }
        refs.append(entries.add(condition, f"condition-{position}"))
        words.append(f"{diagnosis.code} {diagnosis.description}".strip())
    return refs, words


def add_medications(entries: Entries, medications: str) -> Listed:
    """One MedicationStatement per line of the medications as reported (the words kept)."""
    refs, words = [], []
    for position, line in enumerate(lines(medications)):
        codings = (
            [codes.coding(codes.SNOMED, *codes.NO_KNOWN_MEDICATIONS)]
            if _plain(line) in _NO_MEDICATIONS
            else []
        )
        statement: Resource = {
            "resourceType": "MedicationStatement",
            "status": "active",
            "medicationCodeableConcept": codes.concept(line, *codings),
            "subject": dict(entries.patient),
            "informationSource": dict(entries.patient),
            "note": [{"text": "As reported by the participant."}],
        }
        refs.append(entries.add(statement, f"medication-{position}"))
        words.append(line)
    return refs, words


def add_allergies(entries: Entries, allergies: str) -> Listed:
    """One AllergyIntolerance per line of the allergies as reported; "NKDA", "none" and the
    like as SNOMED CT's no known (drug) allergy."""
    refs, words = [], []
    for position, line in enumerate(lines(allergies)):
        plain = _plain(line)
        codings = []
        if plain in _NO_DRUG_ALLERGIES:
            codings.append(codes.coding(codes.SNOMED, *codes.NO_KNOWN_DRUG_ALLERGY))
        elif plain in _NO_ALLERGIES:
            codings.append(codes.coding(codes.SNOMED, *codes.NO_KNOWN_ALLERGY))
        allergy: Resource = {
            "resourceType": "AllergyIntolerance",
            "clinicalStatus": codes.concept(
                "Active", codes.coding(codes.ALLERGY_CLINICAL, "active", "Active")
            ),
            "verificationStatus": codes.concept(
                "Unconfirmed (as reported)",
                codes.coding(codes.ALLERGY_VERIFICATION, "unconfirmed", "Unconfirmed"),
            ),
            "code": codes.concept(line, *codings),
            "patient": dict(entries.patient),
            "asserter": dict(entries.patient),
        }
        refs.append(entries.add(allergy, f"allergy-{position}"))
        words.append(line)
    return refs, words


def add_observations(entries: Entries, scores: tuple[Measure, ...]) -> Listed:
    """One screening-assessment Observation per score: the total (or the C-SSRS risk level)
    under its LOINC code, each answer as a component under the question's code."""
    refs, words = [], []
    for measure in scores:
        instrument = measures.instrument(measure.instrument)
        if instrument is None:
            continue
        observation = _observation(entries, instrument, measure)
        key = (
            f"score-{measure.id}"
            if measure.id
            else f"score-{measure.instrument}-{day(measure.taken_on)}"
        )
        refs.append(entries.add(observation, key))
        words.append(
            f"{instrument.name} on {day(measure.taken_on)}: {instrument.score_text(measure.score)}"
            + (" (total only)" if measure.total_only else "")
        )
    return refs, words


def _observation(entries: Entries, instrument: Instrument, measure: Measure) -> Resource:
    code = instrument.loinc_total
    observation: Resource = {
        "resourceType": "Observation",
        "status": "amended" if measure.corrected_from is not None else "final",
        "category": [
            codes.concept("Survey", codes.coding(codes.OBSERVATION_CATEGORY, "survey", "Survey"))
        ],
        "code": codes.concept(
            f"{instrument.name} {instrument.score_word}", codes.coding(codes.LOINC, code)
        ),
        "subject": dict(entries.patient),
        "effectiveDateTime": day(measure.taken_on),
        "performer": [dict(entries.patient)],
    }
    if instrument.scoring is Scoring.SUM:
        observation["valueInteger"] = measure.score
        observation["interpretation"] = [codes.concept(instrument.severity(measure.score))]
    else:
        observation["valueCodeableConcept"] = codes.concept(instrument.score_text(measure.score))
    components = [
        _component(question.loinc, question.text, question.answer_label(answer), answer, instrument)
        for question, answer in zip(instrument.questions, measure.items, strict=False)
    ]
    if instrument.difficulty is not None and measure.difficulty is not None:
        question = instrument.difficulty
        components.append(
            {
                "code": codes.concept(question.text, codes.coding(codes.LOINC, question.loinc)),
                "valueCodeableConcept": codes.concept(question.answer_label(measure.difficulty)),
            }
        )
    if components:
        observation["component"] = components
    else:
        observation["note"] = [{"text": "Only the total was entered (scored on paper)."}]
    return observation


def _component(
    loinc: str, text: str, label: str, answer: int | None, instrument: Instrument
) -> Resource:
    component: Resource = {"code": codes.concept(text, codes.coding(codes.LOINC, loinc))}
    if answer is None:
        component["dataAbsentReason"] = codes.concept(
            "Not asked", codes.coding(codes.DATA_ABSENT_REASON, "not-asked", "Not Asked")
        )
    elif instrument.scoring is Scoring.SUM:
        component["valueInteger"] = answer
    else:
        component["valueCodeableConcept"] = codes.concept(label)
    return component
