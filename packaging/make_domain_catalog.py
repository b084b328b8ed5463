"""Write counselor_desk/ui/domain_catalog.py: every label the domain shows the counselor
(enum labels, measure questions, answers and bands, the ASAM dimensions and risk words, the
discharge summary's and the notes' sections, the safety plan's sections and follow-ups),
marked for translation.

    .venv/bin/python packaging/make_domain_catalog.py

tests/ui/test_translations.py fails when the catalogue misses a label; run this, then
pyside6-lupdate (see docs/TRANSLATING.md) and translate what is new.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import json
import pkgutil
from pathlib import Path

import counselor_desk.domain as domain_package
from counselor_desk.domain import asam, measures, model, safety

TARGET = Path(__file__).resolve().parents[1] / "counselor_desk" / "ui" / "domain_catalog.py"
TEXT_ATTRIBUTES = ("label", "unsigned_label")


def domain_labels() -> list[str]:
    """Every label, in a stable order (module, class, member), each once."""
    found: dict[str, None] = {}
    for info in sorted(pkgutil.iter_modules(domain_package.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{domain_package.__name__}.{info.name}")
        for _name, value in sorted(vars(module).items()):
            if not (inspect.isclass(value) and issubclass(value, enum.Enum)):
                continue
            if value.__module__ != module.__name__:
                continue
            for member in value:
                for attribute in TEXT_ATTRIBUTES:
                    text = getattr(member, attribute, None)
                    if isinstance(text, str) and text:
                        found.setdefault(text)
    for instrument in measures.INSTRUMENTS:
        found.setdefault(instrument.screens_for)
        found.setdefault(instrument.score_word)
        questions = [*instrument.questions]
        if instrument.difficulty is not None:
            questions.append(instrument.difficulty)
        for question in questions:
            found.setdefault(question.text)
            for option in question.options:
                found.setdefault(option.label)
        for band in instrument.bands:
            found.setdefault(band.label)
    found.setdefault("not asked")
    # labels kept in plain tables rather than on enum members
    for _key, words in asam.DIMENSIONS:
        found.setdefault(words)
    for words in (*asam.SHORT_NAMES, *asam.RISK_WORDS, *model.DISCHARGE_SECTIONS.values()):
        found.setdefault(words)
    for sections in model.NOTE_SECTIONS.values():
        for _key, words in sections:
            found.setdefault(words)
    for _key, heading, prompt in safety.PLAN_SECTIONS:
        found.setdefault(heading)
        found.setdefault(prompt)
    for words in (safety.CRISIS_LINE_988, *safety.FOLLOW_UPS):
        found.setdefault(words)
    return list(found)


def source() -> str:
    lines = [
        '"""The domain\'s labels, marked for translation (made by',
        "packaging/make_domain_catalog.py; do not edit by hand).",
        "",
        "The domain keeps its words in English and imports no Qt: the UI shows them through",
        '`i18n.domain_text`, whose translations come from these entries."""',
        "",
        "from counselor_desk.ui.i18n import QT_TRANSLATE_NOOP",
        "",
        "# fmt: off",
        "LABELS: tuple[str, ...] = (",
    ]
    lines += [
        f'    QT_TRANSLATE_NOOP("Domain", {json.dumps(text, ensure_ascii=False)}),'
        for text in domain_labels()
    ]
    lines += [")", "# fmt: on", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    TARGET.write_text(source(), encoding="utf-8")
    print(f"{TARGET.name}: {len(domain_labels())} labels")
