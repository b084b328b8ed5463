"""When a record looks like a substance-use treatment record (42 CFR Part 2) outside a
program flagged as one: a substance-use diagnosis or a medication for opioid use disorder.

Part 2 covers substance use disorders but, by its own definition (42 CFR 2.11), not tobacco
or caffeine: F17 (nicotine dependence) alone does not make a record Part 2. F15 (other
stimulants) does, since it covers amphetamines and cocaine-like stimulants as well as caffeine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from counselor_desk.domain import messages
from counselor_desk.domain.model import Diagnosis

#: ICD-10 F10–F19 (mental and behavioural disorders due to psychoactive substance use),
#: without F17 (tobacco).
SUBSTANCE_USE_CODES = ("F10", "F11", "F12", "F13", "F14", "F15", "F16", "F18", "F19")

#: Medications for opioid use disorder, by generic and brand name (matched as whole words,
#: in any case): buprenorphine (alone or with naloxone), methadone, naltrexone.
MOUD_NAMES = (
    "buprenorphine",
    "methadone",
    "naltrexone",
    "suboxone",
    "subutex",
    "sublocade",
    "zubsolv",
    "brixadi",
    "vivitrol",
    "methadose",
)

_MOUD = re.compile(r"\b(" + "|".join(MOUD_NAMES) + r")\b", re.IGNORECASE)


def is_substance_use_code(code: str) -> bool:
    """F10–F19 except F17, with or without a subcode: 'F10', 'F11.20', 'f19.99'."""
    head = code.strip().upper().split(".")[0]
    return head in SUBSTANCE_USE_CODES


def moud_named(text: str) -> list[str]:
    """The medications for opioid use disorder named in `text`, as written, first seen first."""
    seen: dict[str, str] = {}
    for match in _MOUD.finditer(text):
        seen.setdefault(match.group(1).casefold(), match.group(1))
    return list(seen.values())


def _found(
    diagnoses: Iterable[Diagnosis], medication_texts: Iterable[str]
) -> tuple[list[str], list[str]]:
    """The substance-use diagnosis codes and the medications for opioid use disorder named."""
    codes = [item.code for item in diagnoses if is_substance_use_code(item.code)]
    names: dict[str, str] = {}
    for text in medication_texts:
        for name in moud_named(text):
            names.setdefault(name.casefold(), name)
    return codes, list(names.values())


def reasons(diagnoses: Iterable[Diagnosis], medication_texts: Iterable[str]) -> list[str]:
    """Why the record looks like a Part 2 record, one phrase each ([] when it does not)."""
    codes, names = _found(diagnoses, medication_texts)
    return [f"diagnosis {code} (substance use)" for code in codes] + [
        f"medication {name} (for opioid use disorder)" for name in names
    ]


def reasons_in_message(
    diagnoses: Iterable[Diagnosis], medication_texts: Iterable[str]
) -> list[str]:
    """The phrases of `reasons`, in the language of the messages."""
    codes, names = _found(diagnoses, medication_texts)
    return [messages.text("diagnosis {code} (substance use)", code=code) for code in codes] + [
        messages.text("medication {name} (for opioid use disorder)", name=name) for name in names
    ]


#: Words in a program's name that suggest substance-use treatment (whole words, any case).
SUBSTANCE_USE_NAME_WORDS = (
    "substance",
    "substance-use",
    "SUD",
    "addiction",
    "addictions",
    "recovery",
    "chemical dependency",
    "co-occurring",
    "opioid",
    "opioids",
    "alcohol",
    "MAT",
    "MOUD",
    "detox",
)

_SUBSTANCE_NAME = re.compile(
    r"(?<![\w-])("
    + "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in SUBSTANCE_USE_NAME_WORDS)
    + r")(?![\w-])",
    re.IGNORECASE,
)


def name_suggests_substance_use(name: str) -> bool:
    """Whether a program's name suggests substance-use treatment ('Adult SUD IOP',
    'Recovery Group'); 'Matters of Mood' does not."""
    return _SUBSTANCE_NAME.search(name) is not None
