"""The measure instruments (domain/measures.py): bands as DOMAIN.md gives them, one definition."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from counselor_desk.domain import measures
from counselor_desk.domain.measures import C_SSRS, GAD_7, INSTRUMENTS, PHQ_9, Band, Instrument
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
    assert measures.NAMES == ("PHQ-9", "GAD-7", "C-SSRS")
    assert (PHQ_9.maximum, PHQ_9.items, GAD_7.maximum, GAD_7.items) == (27, 9, 21, 7)
    assert (C_SSRS.maximum, C_SSRS.items) == (2, 6)
    assert (PHQ_9.loinc_panel, PHQ_9.loinc_total) == ("44249-1", "44261-6")
    assert (GAD_7.loinc_panel, GAD_7.loinc_total) == ("69737-5", "70274-6")
    assert C_SSRS.loinc_panel == "93373-9"
    assert PHQ_9.questions[8].loinc == "44260-8"
    assert PHQ_9.difficulty is not None and PHQ_9.difficulty.loinc == "69722-7"
    assert measures.names_in_words() == "PHQ-9, GAD-7 or C-SSRS"
    assert [i.name for i in measures.FOLLOWED] == ["PHQ-9", "GAD-7"]
    assert measures.severity("PHQ-9", 18) == "moderately severe"
    assert measures.severity("BDI-II", 18) == ""
    assert measures.instrument("GAD-7") is GAD_7


@pytest.mark.parametrize("instrument", [PHQ_9, GAD_7], ids=lambda i: i.name)
def test_bands_rise_to_the_maximum_of_items_scored_0_to_3(instrument: Instrument) -> None:
    tops = [band.top for band in instrument.bands]
    assert tops == sorted(set(tops))
    assert tops[-1] == instrument.items * 3 == instrument.maximum


@pytest.mark.parametrize("instrument", INSTRUMENTS, ids=lambda i: i.name)
def test_every_question_has_a_loinc_code_and_options_from_0(instrument: Instrument) -> None:
    codes = [question.loinc for question in instrument.questions]
    assert all(codes) and len(set(codes)) == len(codes)
    for question in instrument.questions:
        assert [o.value for o in question.options] == list(range(question.top + 1))


def test_bands_that_stop_short_of_the_maximum_are_refused() -> None:
    questions = GAD_7.questions
    with pytest.raises(ValueError, match="maximum score 21"):
        Instrument("X-7", "worry", questions, (Band(4, "low"), Band(20, "high")), "1-1", "1-2")


def test_the_phq9_is_the_sum_of_its_answers_and_every_answer_is_checked() -> None:
    answers = (3, 3, 2, 2, 1, 1, 0, 0, 1)
    assert PHQ_9.problems(answers) == [] and PHQ_9.score(answers) == 13
    assert PHQ_9.score_text(13) == "13 (moderate)"
    assert PHQ_9.problems((3, 3, 2, 2, 1, 1, 0, 0, 4)) == [
        (8, "Question 9 is answered 0 to 3, not 4.")
    ]
    assert PHQ_9.problems((3, 3, None, 2, 1, 1, 0, 0, 1)) == [(2, "Question 3 has no answer.")]
    assert PHQ_9.problems((1, 2)) == [(-1, "PHQ-9 has 9 questions; 2 were given.")]


@pytest.mark.parametrize(
    ("answers", "risk"),
    [
        ((0, 0, None, None, None, 0), "low"),  # negative screen
        ((1, 0, None, None, None, 0), "low"),  # wish to be dead
        ((1, 1, 0, 0, 0, 0), "low"),  # thoughts without a method
        ((1, 1, 1, 0, 0, 0), "moderate"),  # thinking about how
        ((0, 0, None, None, None, 1), "moderate"),  # behaviour more than 3 months ago
        ((1, 1, 1, 1, 0, 0), "high"),  # some intention
        ((1, 1, 1, 0, 1, 0), "high"),  # plan with intent
        ((0, 0, None, None, None, 2), "high"),  # behaviour within the past 3 months
    ],
)
def test_the_cssrs_risk_follows_the_columbia_triage(
    answers: tuple[int | None, ...], risk: str
) -> None:
    assert C_SSRS.problems(answers) == []
    assert C_SSRS.severity(C_SSRS.score(answers)) == risk


def test_cssrs_questions_3_to_5_are_asked_only_after_a_yes_to_2() -> None:
    assert C_SSRS.problems((1, 0, 1, None, None, 0)) == [
        (2, "Question 3 is asked only when question 2 is answered yes.")
    ]
    assert C_SSRS.problems((1, 1, None, 0, 0, 0)) == [(2, "Question 3 has no answer.")]
    assert C_SSRS.normalised((1, 0, 0, 0, 0, 0)) == (1, 0, None, None, None, 0)


def test_a_positive_question_9_is_a_safety_concern_and_a_total_alone_cannot_show_one() -> None:
    positive = Measure(1, "PHQ-9", D(2026, 3, 2), 10, items=(1, 1, 1, 1, 1, 1, 1, 1, 2))
    assert "question 9" in PHQ_9.safety_concern(positive)
    assert "more than half the days" in PHQ_9.safety_concern(positive)
    assert PHQ_9.safety_concern(Measure(1, "PHQ-9", D(2026, 3, 2), 27)) == ""
    struck = dataclasses.replace(positive, struck_at=dt.datetime(2026, 3, 3, 9, 0))
    assert PHQ_9.safety_concern(struck) == ""
    moderate = Measure(1, "C-SSRS", D(2026, 3, 2), 1, items=(1, 1, 1, 0, 0, 0))
    assert C_SSRS.safety_concern(moderate) == "C-SSRS on 2026-03-02: moderate risk"
    assert GAD_7.safety_concern(Measure(1, "GAD-7", D(2026, 3, 2), 21)) == ""


@pytest.mark.parametrize(
    ("baseline", "latest", "response", "remission"),
    [(18, 9, True, False), (18, 10, False, False), (8, 4, True, True), (4, 3, False, True)],
)
def test_response_is_half_the_baseline_and_remission_under_5(
    baseline: int, latest: int, response: bool, remission: bool
) -> None:
    found = [
        Measure(1, "PHQ-9", D(2026, 3, 2), baseline, id=1),
        Measure(1, "PHQ-9", D(2026, 3, 30), latest, id=2),
    ]
    course = measures.course("PHQ-9", found)
    assert course is not None
    assert (course.change, course.response, course.remission) == (
        latest - baseline,
        response,
        remission,
    )
    assert measures.course("C-SSRS", found) is None  # its change is not followed
    single = measures.course("PHQ-9", found[:1])
    assert single is not None and single.badges == () and single.change is None


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
