"""The measure instruments (measurement-based care): each defined once, here.

An instrument is named as it is stored and shown ("PHQ-9"); the score range, the severity
bands and their words, and the LOINC codes come from DOMAIN.md. Validation, the clinical
tab, the discharge summary and the continuity-of-care summary all read this module, so a new
instrument is a new entry in INSTRUMENTS (and its name in the measures CHECK of the schema).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from counselor_desk.domain.model import Measure


@dataclass(frozen=True, slots=True)
class Band:
    """Scores up to and including `top` (from the band before) read as `label`."""

    top: int
    label: str


@dataclass(frozen=True, slots=True)
class Instrument:
    name: str  # as stored and shown: "PHQ-9"
    screens_for: str  # what it measures, in the counselor's words
    items: int  # questions, each scored 0-3
    bands: tuple[Band, ...]  # ascending; the last band's top is the maximum score
    loinc_panel: str
    loinc_total: str

    def __post_init__(self) -> None:
        tops = [band.top for band in self.bands]
        if not tops or tops != sorted(set(tops)) or tops[-1] != self.items * 3:
            raise ValueError(f"{self.name}: bands must rise to the maximum score {self.items * 3}")

    @property
    def maximum(self) -> int:
        return self.bands[-1].top

    def severity(self, score: int) -> str:
        """The band's words for a score ("" outside 0…maximum)."""
        if score < 0:
            return ""
        for band in self.bands:
            if score <= band.top:
                return band.label
        return ""


_MINIMAL, _MILD, _MODERATE = Band(4, "minimal"), Band(9, "mild"), Band(14, "moderate")

PHQ_9 = Instrument(
    name="PHQ-9",
    screens_for="depression",
    items=9,
    bands=(_MINIMAL, _MILD, _MODERATE, Band(19, "moderately severe"), Band(27, "severe")),
    loinc_panel="44249-1",
    loinc_total="44261-6",
)
GAD_7 = Instrument(
    name="GAD-7",
    screens_for="anxiety",
    items=7,
    bands=(_MINIMAL, _MILD, _MODERATE, Band(21, "severe")),
    loinc_panel="69737-5",
    loinc_total="70274-6",
)

#: Every instrument the app records, in the order it lists them.
INSTRUMENTS: tuple[Instrument, ...] = (PHQ_9, GAD_7)
BY_NAME: dict[str, Instrument] = {instrument.name: instrument for instrument in INSTRUMENTS}
NAMES: tuple[str, ...] = tuple(BY_NAME)


def instrument(name: str) -> Instrument | None:
    return BY_NAME.get(name)


def severity(name: str, score: int) -> str:
    """The severity band of a score ("" for an instrument the app does not know)."""
    found = BY_NAME.get(name)
    return "" if found is None else found.severity(score)


def names_in_words() -> str:
    """'PHQ-9 or GAD-7': the instruments as a sentence says them."""
    if len(NAMES) == 1:
        return NAMES[0]
    return ", ".join(NAMES[:-1]) + " or " + NAMES[-1]


def baseline_and_latest(
    name: str, found: Iterable[Measure]
) -> tuple[Measure, Measure | None] | None:
    """The first score of an instrument and, when it was taken again, the latest one.

    None when it was never taken. Scores on one day keep the order they were entered in; a
    struck score does not count.
    """
    taken = sorted(
        (m for m in found if m.instrument == name and not m.is_struck),
        key=lambda m: (m.taken_on, m.id),
    )
    if not taken:
        return None
    return taken[0], (taken[-1] if len(taken) > 1 else None)
