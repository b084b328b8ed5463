"""The messages services and the domain raise (a ValidationError, a form's problems) in the
counselor's language; pure Python.

Each message is written in English where it is raised, with named placeholders, and looked
up here by that English: `text("Session {session_id} does not exist.", session_id=7)` is the
English itself, or its Spanish from `SPANISH`, with `.format(**values)` applied; the caller
formats each value as before (ISO dates, numbers). A message without a translation, or with a
broken one, is said in English: a message is never lost to a missing word.

A label from the domain inside a message (an attendance status, a service type, a level of
care) goes through `label()`, which the UI points at its own catalogue of domain labels.
The language is chosen once at start (`use`); English is the default, so the command line,
the tests and anything that never chooses stay as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from counselor_desk.domain.messages_es import SPANISH

#: The languages a message can be said in.
LANGUAGES = ("en", "es")
ENGLISH = "en"

_CATALOGUES: dict[str, dict[str, str]] = {"es": SPANISH}
_language = ENGLISH
_labels: Callable[[str], str] | None = None

__all__ = ["LANGUAGES", "SPANISH", "either", "label", "language", "text", "use"]


def use(language: str, labels: Callable[[str], str] | None = None) -> None:
    """Say messages in `language` from now on ("en", "es"; any other reads as English).
    `labels` says a domain label in that language (the UI gives its `domain_text`); without
    it a label inside a message stays as the domain writes it."""
    global _language, _labels
    _language = language if language in LANGUAGES else ENGLISH
    _labels = labels if _language != ENGLISH else None


def language() -> str:
    """The language messages are said in now."""
    return _language


def text(template: str, /, **values: object) -> str:
    """`template` in the current language, its placeholders filled from `values`."""
    found = _CATALOGUES.get(_language, {}).get(template)
    if found is not None:
        try:
            return found.format(**values)
        except (KeyError, IndexError, ValueError):
            pass  # a translation that does not fit its values: say the English
    return template.format(**values)


def label(english: str) -> str:
    """A domain label (a status, a service type, a level of care) inside a message, in the
    current language."""
    if _labels is None:
        return english
    return _labels(english)


def either(items: Sequence[str]) -> str:
    """'a, b or c' in the current language (one item alone as it is)."""
    if len(items) <= 1:
        return "".join(items)
    return text("{items} or {last}", items=", ".join(items[:-1]), last=items[-1])
