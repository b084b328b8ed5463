"""A string enum whose members carry their words for the counselor."""

from __future__ import annotations

from enum import StrEnum
from typing import Self


class Labelled(StrEnum):
    """Members are written `NAME = "value", "Words"`: stored as the value, shown as `label`."""

    label: str

    def __new__(cls, value: str, label: str = "") -> Self:
        if not label:
            raise TypeError(f"{cls.__name__} {value!r}: give its words")
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member
