"""The measures part of the summaries on its own: the course table, the trend chart and the
safety lines, from plain records (no database)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from reportlab.graphics.shapes import Circle, Drawing, Rect, String
from test_reports import continuity_model, flat, pages_of, summary

from counselor_desk.domain.measures import GAD_7, PHQ_9
from counselor_desk.reports import continuity, discharge
from counselor_desk.reports.charts import measure_trend_chart
from counselor_desk.reports.measures import change_words, outcome_words
from counselor_desk.reports.model import MeasureChange, OpenSafetyFlag, SafetyStatus, ScorePoint

D = dt.date


def phq(*points: tuple[dt.date, int, bool]) -> MeasureChange:
    """A PHQ-9 course over `points` (date, score, total entered alone), as the service makes it."""
    scored = tuple(ScorePoint(day, score, alone) for day, score, alone in points)
    first, last = scored[0], scored[-1] if len(scored) > 1 else None
    change = None if last is None else last.score - first.score
    return MeasureChange(
        instrument="PHQ-9",
        baseline_date=first.taken_on,
        baseline_score=first.score,
        baseline_band=PHQ_9.severity(first.score),
        latest_date=None if last is None else last.taken_on,
        latest_score=None if last is None else last.score,
        latest_band="" if last is None else PHQ_9.severity(last.score),
        baseline_total_only=first.total_only,
        latest_total_only=last is not None and last.total_only,
        response=change is not None and -change * 2 >= first.score,
        remission=last is not None and last.score < 5,
        remission_below=5,
        maximum=PHQ_9.maximum,
        bands=PHQ_9.bands,
        points=scored,
    )


def texts(drawing: Drawing) -> list[str]:
    return [item.text for item in drawing.contents if isinstance(item, String)]


def test_the_chart_shades_every_band_names_it_and_marks_totals_entered_alone() -> None:
    course = phq((D(2026, 1, 5), 18, True), (D(2026, 1, 19), 13, False), (D(2026, 2, 23), 4, False))
    drawing = measure_trend_chart(course, 240)
    bands = [item for item in drawing.contents if isinstance(item, Rect) and item.fillColor]
    assert len(bands) == len(PHQ_9.bands)
    shown = texts(drawing)
    assert {band.label for band in PHQ_9.bands} <= set(shown)
    assert {"18", "13", "4"} <= set(shown)
    assert "2026-01-05" in shown and "2026-02-23" in shown
    dots = [item for item in drawing.contents if isinstance(item, Circle)]
    assert [dot.fillColor == dots[1].fillColor for dot in dots] == [False, True, True]
    assert all(0 <= dot.cx <= 240 and 0 <= dot.cy <= drawing.height for dot in dots)


def test_a_chart_of_two_scores_on_one_day_or_of_one_score_draws_without_dividing_by_zero() -> None:
    same_day = phq((D(2026, 1, 5), 18, False), (D(2026, 1, 5), 17, False))
    dots = [i for i in measure_trend_chart(same_day, 200).contents if isinstance(i, Circle)]
    assert len(dots) == 2 and dots[0].cx < dots[1].cx
    single = phq((D(2026, 1, 5), 18, False))
    assert len([i for i in measure_trend_chart(single, 200).contents if isinstance(i, Circle)]) == 1


def test_change_response_and_remission_in_words() -> None:
    halved = phq((D(2026, 1, 5), 18, False), (D(2026, 2, 23), 9, False))
    assert change_words(halved) == "-9\n(-50 %)"
    assert outcome_words(halved) == "Response: yes (at least halved)\nRemission: no (5 or more)"
    worse = phq((D(2026, 1, 5), 8, False), (D(2026, 2, 23), 12, False))
    assert outcome_words(worse).startswith("Response: no (the score rose)")
    from_zero = phq((D(2026, 1, 5), 0, False), (D(2026, 2, 23), 3, False))
    assert change_words(from_zero) == "+3"
    assert outcome_words(from_zero) == "Response: no (the score rose)\nRemission: yes (under 5)"
    once = phq((D(2026, 1, 5), 18, False))
    assert change_words(once) == "–"
    assert outcome_words(once) == "Not taken again: no change to judge yet."


def test_the_summary_says_plainly_when_nothing_was_taken_and_nothing_is_open() -> None:
    model = summary(measures=(), safety=SafetyStatus("C-SSRS"))
    text = flat(" ".join(pages_of(discharge.build(model))))
    assert "No PHQ-9 or GAD-7 score recorded." in text
    assert "No C-SSRS screen recorded." in text and "Safety plan: none on file." in text
    assert "No safety follow-up is open." in text


def test_a_screen_entered_without_its_answers_and_each_open_flag_are_said() -> None:
    status = SafetyStatus(
        "C-SSRS",
        screen_on=D(2026, 2, 23),
        screen_result="moderate risk",
        screen_total_only=True,
        plan_version=2,
        plan_saved_on=D(2026, 2, 24),
        open_flags=(
            OpenSafetyFlag(D(2026, 2, 26), "Safety plan needed", "C-SSRS on 2026-02-26: high"),
            OpenSafetyFlag(D(2026, 2, 27), "C-SSRS screen needed"),
        ),
    )
    text = flat(" ".join(pages_of(continuity.build(continuity_model(safety=status)))))
    assert (
        "Latest C-SSRS screen: moderate risk, 2026-02-23. The result was entered without the "
        "answers." in text
    )
    assert "Safety plan: version 2, saved 2026-02-24." in text
    assert (
        "Safety follow-up open since 2026-02-26: Safety plan needed. Raised by: C-SSRS on "
        "2026-02-26: high." in text
    )
    assert "Safety follow-up open since 2026-02-27: C-SSRS screen needed." in text
    assert "No safety follow-up is open." not in text


def test_a_course_not_taken_again_and_a_gad7_row() -> None:
    gad = replace(
        phq((D(2026, 1, 5), 15, False)),
        instrument="GAD-7",
        baseline_band=GAD_7.severity(15),
        maximum=GAD_7.maximum,
        bands=GAD_7.bands,
    )
    text = flat(" ".join(pages_of(discharge.build(summary(measures=(gad,))))))
    assert "GAD-7 15 (severe)" in text and "Not taken again" in text
    assert "Scores over time" not in text  # one score is no trend
