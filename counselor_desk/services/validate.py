"""Collecting input problems so one error names every bad field in plain words."""

from __future__ import annotations

import datetime as dt

from counselor_desk.domain.errors import ValidationError

MAX_TEXT = 200_000
MAX_SHORT = 200


class Problems:
    """Problems found in one form; `raise_if_any()` raises them as one ValidationError."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def add(self, field: str, message: str) -> None:
        self.items.append((field, message))

    def required(self, field: str, value: str, label: str, *, limit: int = MAX_SHORT) -> str:
        cleaned = clean(value)
        if not cleaned:
            self.add(field, f"{label} is required.")
        elif len(cleaned) > limit:
            self.add(field, f"{label} is too long ({len(cleaned)} characters; at most {limit}).")
        return cleaned

    def optional(self, field: str, value: str, label: str, *, limit: int = MAX_SHORT) -> str:
        cleaned = clean(value)
        if len(cleaned) > limit:
            self.add(field, f"{label} is too long ({len(cleaned)} characters; at most {limit}).")
        return cleaned

    def in_range(self, field: str, value: int, low: int, high: int, label: str) -> int:
        if not low <= value <= high:
            self.add(field, f"{label} must be between {low} and {high}.")
        return value

    def raise_if_any(self) -> None:
        if self.items:
            field, message = self.items[0]
            text = message if len(self.items) == 1 else " ".join(m for _f, m in self.items)
            raise ValidationError(text, field, list(self.items))


def clean(value: str | None) -> str:
    """Text as typed, without surrounding blanks and without NUL characters."""
    return (value or "").replace("\x00", "").strip()


def fmt(day: dt.date) -> str:
    return day.strftime("%Y-%m-%d")
