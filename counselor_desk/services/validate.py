"""Collecting input problems so one error names every bad field in plain words."""

from __future__ import annotations

import datetime as dt
import re

from counselor_desk.domain import messages
from counselor_desk.domain.errors import ValidationError

MAX_TEXT = 200_000
MAX_SHORT = 200

#: What a one-line field (a name, a phone number, a case number) refuses: control characters
#: (line breaks, tabs…), Unicode's line and paragraph separators, and the invisible controls
#: of text direction (embeddings, overrides, isolates), which would print the value in
#: another order than the one stored. Letters of any script, Arabic and Hebrew included, are
#: accepted: they carry their direction themselves.
NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


class Problems:
    """Problems found in one form; `raise_if_any()` raises them as one ValidationError."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.items.append((field, message))

    def required(self, field: str, value: str, label: str, *, limit: int = MAX_SHORT) -> str:
        cleaned = clean(value)
        if not cleaned:
            self.add(field, messages.text("{label} is required.", label=label))
        elif len(cleaned) > limit:
            self.add(
                field,
                messages.text(
                    "{label} is too long ({length} characters; at most {limit}).",
                    label=label,
                    length=len(cleaned),
                    limit=limit,
                ),
            )
        return cleaned

    def optional(self, field: str, value: str, label: str, *, limit: int = MAX_SHORT) -> str:
        cleaned = clean(value)
        if len(cleaned) > limit:
            self.add(
                field,
                messages.text(
                    "{label} is too long ({length} characters; at most {limit}).",
                    label=label,
                    length=len(cleaned),
                    limit=limit,
                ),
            )
        return cleaned

    def single_line(
        self,
        field: str,
        value: str,
        label: str,
        *,
        limit: int = MAX_SHORT,
        required: bool = False,
    ) -> str:
        """A one-line field: trimmed, at most `limit` long, and without line breaks, tabs,
        other control characters or invisible direction controls (NOT_ONE_LINE); each is a
        problem of `field` in plain words."""
        check = self.required if required else self.optional
        cleaned = check(field, value, label, limit=limit)
        found = NOT_ONE_LINE.search(cleaned)
        if found is not None:
            self.add(field, _not_one_line(label, found.group()))
        return cleaned

    def in_range(self, field: str, value: int, low: int, high: int, label: str) -> int:
        if not low <= value <= high:
            self.add(
                field,
                messages.text(
                    "{label} must be between {low} and {high}.", label=label, low=low, high=high
                ),
            )
        return value

    def raise_if_any(self) -> None:
        if self.items:
            field, message = self.items[0]
            text = message if len(self.items) == 1 else " ".join(m for _f, m in self.items)
            raise ValidationError(text, field, list(self.items))


def _not_one_line(label: str, char: str) -> str:
    """Why a one-line field refuses `char`, naming the character for the person who typed it."""
    code = f"U+{ord(char):04X}"
    if char in _LINE_BREAKS:
        return messages.text(
            "{label} must be one line: remove the line break ({code}).", label=label, code=code
        )
    if char == "\t":
        return messages.text("{label} must be one line: remove the tab.", label=label)
    if "\u202a" <= char <= "\u202e" or "\u2066" <= char <= "\u2069":
        return messages.text(
            "{label} must be one line: remove the invisible text-direction control ({code}).",
            label=label,
            code=code,
        )
    return messages.text(
        "{label} must be one line: remove the invisible control character ({code}).",
        label=label,
        code=code,
    )


def clean(value: str | None) -> str:
    """Text as typed, without surrounding blanks and without NUL characters."""
    return (value or "").replace("\x00", "").strip()


def fmt(day: dt.date) -> str:
    return day.strftime("%Y-%m-%d")
