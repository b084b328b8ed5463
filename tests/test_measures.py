"""The measure instruments (domain/measures.py): bands as DOMAIN.md gives them, one definition."""

from __future__ import annotations

import datetime as dt

import pytest

from counselor_desk.domain import measures
from counselor_desk.domain.measures import GAD_7, INSTRUMENTS, PHQ_9, Band, Instrument
from counselor_desk.domain.model import Measure

D = dt.date

PHQ_9_BANDS = [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate")]
PHQ_9_BANDS += [(15, 19, "moderately severe"), (20, 27, "severe")]
GAD_7_BANDS = [(0, 4, "minimal"), (5, 9, "mild"), (10, 14, "moderate"), (15, 21, "severe")]


@pytest.mark.parametrize(
    ("instrument", "bands"), [(PHQ_9, PHQ_9_BANDS), (GAD_7, GAD_7_BANDS)], ids=["PHQ-9", "GAD-7"]
)
def test_every_score_falls_in_the_band_domain_md_gives(
    instrument: Instrument, bands: list[tuple[int, int, str]]
) -> None:
    for low, high, words in bands:
        for score in range(low, high + 1):
            assert instrument.severity(score) == words, score
    assert instrument.maximum == bands[-1][1]
    assert instrument.severity(instrument.maximum + 1) == ""
    assert instrument.severity(-1) == ""


def test_the_instruments_the_app_records() -> None:
    assert measures.NAMES == ("PHQ-9", "GAD-7")
    assert (PHQ_9.maximum, PHQ_9.items, GAD_7.maximum, GAD_7.items) == (27, 9, 21, 7)
    assert (PHQ_9.loinc_total, GAD_7.loinc_total) == ("44261-6", "70274-6")
    assert measures.names_in_words() == "PHQ-9 or GAD-7"
    assert measures.severity("PHQ-9", 18) == "moderately severe"
    assert measures.severity("BDI-II", 18) == ""
    assert measures.instrument("GAD-7") is GAD_7


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.name)
def test_bands_rise_to_the_maximum_of_items_scored_0_to_3(instrument: Instrument) -> None:
    tops = [band.top for band in instrument.bands]
    assert tops == sorted(set(tops))
    assert tops[-1] == instrument.items * 3 == instrument.maximum


def test_bands_that_stop_short_of_the_maximum_are_refused() -> None:
    with pytest.raises(ValueError, match="maximum score 21"):
        Instrument("X-7", "worry", 7, (Band(4, "low"), Band(20, "high")), "1-1", "1-2")


def test_baseline_and_latest_keep_the_order_scores_were_entered_in() -> None:
    found = [
        Measure(1, "PHQ-9", D(2026, 3, 9), 12, id=3),
        Measure(1, "GAD-7", D(2026, 3, 2), 8, id=1),
        Measure(1, "PHQ-9", D(2026, 3, 2), 18, id=2),
        Measure(1, "PHQ-9", D(2026, 3, 9), 9, id=4),
    ]
    first, last = measures.baseline_and_latest("PHQ-9", found) or (None, None)
    assert first is not None and last is not None
    assert (first.score, last.score) == (18, 9)
    assert measures.baseline_and_latest("GAD-7", found) == (found[1], None)
    assert measures.baseline_and_latest("PHQ-9", []) is None
