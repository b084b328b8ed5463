"""What a consent allows to be disclosed: a set of categories chosen when it is signed.

42 CFR 2.31 asks a consent to name the information "by specific category"; these are the
boxes an IOP's consent form offers. Every export prints only the categories of its consent
and says which it left out. A new category is a line here and its value in the CHECK of
`consent_scope` in the schema (a new migration); `tests/test_value_tables.py` holds the two
together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from counselor_desk.domain import messages
from counselor_desk.domain.errors import ValidationError


class ScopeCategory(StrEnum):
    """A category of information a consent may allow, in the order a form lists them."""

    ATTENDANCE = "attendance"
    DIAGNOSES = "diagnoses"
    MEDICATIONS = "medications"
    TREATMENT_PLAN = "treatment-plan"
    DISCHARGE_PLAN = "discharge-plan"
    SESSION_NOTES = "session-notes"
    RISK = "risk"
    MEASURES = "measures"

    @property
    def label(self) -> str:
        """The category in the words of the consent form."""
        return _LABELS[self]


_LABELS = {
    ScopeCategory.ATTENDANCE: "attendance and dates of service",
    ScopeCategory.DIAGNOSES: "diagnoses and presenting problems",
    ScopeCategory.MEDICATIONS: "medications and allergies",
    ScopeCategory.TREATMENT_PLAN: "treatment plan and progress",
    ScopeCategory.DISCHARGE_PLAN: "discharge and aftercare plan",
    ScopeCategory.SESSION_NOTES: "session notes",
    ScopeCategory.RISK: "risk and safety assessments",
    ScopeCategory.MEASURES: "measures and scores (PHQ-9, GAD-7)",
}

#: The narrowest scope: what an old consent whose written scope cannot be read is given.
NARROWEST = frozenset({ScopeCategory.ATTENDANCE})

Scope = frozenset[ScopeCategory]


def ordered(categories: Iterable[ScopeCategory]) -> list[ScopeCategory]:
    """The categories in the form's order."""
    chosen = set(categories)
    return [category for category in ScopeCategory if category in chosen]


def canonical(categories: Iterable[ScopeCategory]) -> str:
    """The canonical comma list: 'attendance,diagnoses'."""
    return ",".join(category.value for category in ordered(categories))


def in_words(categories: Iterable[ScopeCategory]) -> str:
    """The labels, comma separated: 'attendance and dates of service, session notes'."""
    return ", ".join(category.label for category in ordered(categories)) or "nothing"


def in_message(categories: Iterable[ScopeCategory]) -> str:
    """The labels as `in_words` joins them, in the language of the messages."""
    labels = [messages.label(category.label) for category in ordered(categories)]
    return ", ".join(labels) or messages.text("nothing")


def left_out(categories: Iterable[ScopeCategory]) -> list[ScopeCategory]:
    """Every category the scope does not allow, in the form's order."""
    chosen = set(categories)
    return [category for category in ScopeCategory if category not in chosen]


def valid_names() -> str:
    return ", ".join(category.value for category in ScopeCategory)


def parse(text: str, field: str = "scope") -> Scope:
    """A comma list of category names ('attendance,diagnoses'; '_' for '-' and any case
    accepted); a ValidationError names every unknown one and lists the valid ones."""
    names = [name.strip().casefold().replace("_", "-") for name in text.split(",")]
    names = [name for name in names if name]
    known = {category.value: category for category in ScopeCategory}
    unknown = [name for name in names if name not in known]
    if unknown:
        template = (
            "Unknown scope category: {names}. Valid categories: {valid}."
            if len(unknown) == 1
            else "Unknown scope categories: {names}. Valid categories: {valid}."
        )
        raise ValidationError(
            messages.text(template, names=", ".join(unknown), valid=valid_names()), field
        )
    if not names:
        raise ValidationError(
            messages.text(
                "Choose at least one category of information. Valid categories: {valid}.",
                valid=valid_names(),
            ),
            field,
        )
    return frozenset(known[name] for name in names)


# -- reading a scope written as free text (consents saved before categories, migration 8) -----
# Each phrase means one category and nothing else. A written scope is read only when every
# one of its parts is such a phrase; "summaries", "records", "all" or "discharge summary"
# could mean several categories, so such a scope is not read at all. Migration 8 uses this
# table as it stands: changing it changes no migrated file, but write a new migration if old
# files should be read again.
_PHRASES: dict[str, ScopeCategory] = {
    phrase: category
    for category, phrases in {
        ScopeCategory.ATTENDANCE: (
            "attendance",
            "attendance dates",
            "attendance dates and hours",
            "attendance record",
            "attendance records",
            "dates of service",
            "hours",
            "appointments",
        ),
        ScopeCategory.DIAGNOSES: (
            "diagnosis",
            "diagnoses",
            "diagnostic information",
            "presenting problems",
        ),
        ScopeCategory.MEDICATIONS: (
            "medication",
            "medications",
            "prescriptions",
            "allergies",
        ),
        ScopeCategory.TREATMENT_PLAN: (
            "treatment plan",
            "treatment plans",
            "goals",
            "treatment goals",
            "progress",
            "progress in treatment",
            "treatment progress",
        ),
        ScopeCategory.DISCHARGE_PLAN: (
            "discharge plan",
            "aftercare plan",
            "aftercare",
            "referrals",
        ),
        ScopeCategory.SESSION_NOTES: (
            "session notes",
            "progress notes",
            "session summaries",
        ),
        ScopeCategory.RISK: (
            "risk",
            "risk assessment",
            "risk assessments",
            "risk screen",
            "risk screens",
            "safety",
            "safety plan",
        ),
        ScopeCategory.MEASURES: (
            "measures",
            "scores",
            "phq-9",
            "gad-7",
            "phq-9 scores",
            "gad-7 scores",
        ),
    }.items()
    for phrase in phrases
}

_SPLIT = re.compile(r"\s*(?:,|;|&|\n|\band\b|\bplus\b)\s*", re.IGNORECASE)


def read_written(text: str) -> Scope | None:
    """The categories a free-text scope names, when every part of it names exactly one;
    None when any part is unknown or could mean several (the counselor must choose)."""
    parts = [part.strip(" .").casefold() for part in _SPLIT.split(text)]
    parts = [re.sub(r"^(?:the|all|their|his|her)\s+", "", part) for part in parts if part]
    if not parts:
        return None
    found: set[ScopeCategory] = set()
    for part in parts:
        category = _PHRASES.get(" ".join(part.split()))
        if category is None:
            return None
        found.add(category)
    return frozenset(found)
