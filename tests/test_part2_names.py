"""A program's name that suggests substance-use treatment (the Part 2 hint)."""

from __future__ import annotations

import pytest

from counselor_desk.domain.part2 import name_suggests_substance_use


@pytest.mark.parametrize(
    "name",
    [
        "Adult SUD IOP",
        "Substance Use IOP",
        "substance-use PHP",
        "Addiction Recovery",
        "Recovery Group",
        "Chemical  Dependency IOP",
        "Co-Occurring Disorders IOP",
        "Opioid Treatment Program",
        "alcohol education",
        "MAT IOP",
    ],
)
def test_a_substance_use_name_is_recognised(name: str) -> None:
    assert name_suggests_substance_use(name)


@pytest.mark.parametrize(
    "name",
    ["Adult IOP", "Teen PHP", "Matters of Mood", "Pseudo group", "Maternal IOP", "", "Discovery"],
)
def test_other_names_are_not(name: str) -> None:
    assert not name_suggests_substance_use(name)
