"""The trend chart of a followed measure: its bands, its points (struck ones left out, totals
alone drawn apart), tooltips, and the course's words and badges beside it."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counselor_desk.domain.measures import GAD_7, PHQ_9, course
from counselor_desk.domain.model import Measure
from counselor_desk.ui.record.measure_chart import (
    CourseView,
    MeasureChart,
    band_colour,
    course_words,
    signed,
)

ANSWERS_18 = (2, 2, 2, 2, 2, 2, 2, 2, 2)
NOW = dt.datetime(2026, 3, 2, 9, 0)


def scores() -> list[Measure]:
    return [
        Measure(1, "PHQ-9", dt.date(2026, 1, 5), 18, id=1, items=ANSWERS_18),
        Measure(1, "PHQ-9", dt.date(2026, 1, 19), 25, id=2, struck_at=NOW, struck_reason="x"),
        Measure(1, "PHQ-9", dt.date(2026, 2, 2), 11, id=3),  # a total alone, from paper
        Measure(1, "PHQ-9", dt.date(2026, 2, 23), 4, id=4, items=(1, 1, 1, 1, 0, 0, 0, 0, 0)),
        Measure(1, "GAD-7", dt.date(2026, 2, 2), 9, id=5),
    ]


def test_chart_draws_bands_and_the_scores_that_count(qtbot: QtBot) -> None:
    chart = MeasureChart(PHQ_9)
    qtbot.addWidget(chart)
    chart.resize(520, 220)
    chart.set_measures(scores())
    stripes = chart.band_stripes()
    assert [label for label, _rect in stripes] == [
        "minimal",
        "mild",
        "moderate",
        "moderately severe",
        "severe",
    ]
    plot = chart.plot_rect()
    assert stripes[0][1].bottom() == plot.bottom() and stripes[-1][1].top() == plot.top()
    for (_low, lower), (_high, upper) in pairwise(stripes):
        assert upper.bottom() == lower.top()  # stacked, no gap, severe at the top
    points = chart.point_positions()
    assert [measure.id for measure, _at in points] == [1, 3, 4]  # the struck one is not drawn
    (_, first), (_, middle), (_, last) = points
    assert first.x() < middle.x() < last.x() and last.y() > first.y()  # 4 is below 18
    assert stripes[0][1].contains(last) and stripes[3][1].contains(first)
    assert chart.tip_at(first) == "2026-01-05: 18 (moderately severe); baseline; from the answers"
    assert chart.tip_at(middle) == "2026-02-02: 11 (moderate); total only (scored on paper)"
    assert chart.tip_at(QPointF(plot.left() + 1, plot.top() + 1)) == ""
    assert chart.accessibleName() == "PHQ-9 scores over time"
    assert chart.accessibleDescription() == (
        "2026-01-05 18 (moderately severe) (baseline); 2026-02-02 11 (moderate) (total only); "
        "2026-02-23 4 (minimal)"
    )
    image = chart.grab().toImage()
    assert not image.isNull()
    minimal, severe = stripes[0][1], stripes[-1][1]
    corner_low = image.pixelColor(int(minimal.right()) - 3, int(minimal.bottom()) - 2)
    corner_high = image.pixelColor(int(severe.right()) - 3, int(severe.top()) + 2)
    assert corner_low != corner_high  # each band in its own shade
    assert band_colour(0, 5) != band_colour(4, 5)


def test_an_empty_chart_says_so(qtbot: QtBot) -> None:
    chart = MeasureChart(GAD_7)
    qtbot.addWidget(chart)
    chart.resize(400, 200)
    chart.set_measures([])
    assert chart.point_positions() == []
    assert chart.accessibleDescription() == "No GAD-7 scores yet."
    assert not chart.grab().isNull()


def test_course_view_words_and_badges(qtbot: QtBot) -> None:
    view = CourseView(PHQ_9)
    qtbot.addWidget(view)
    found = scores()
    view.set_course(course("PHQ-9", found), found)
    view.show()
    assert view.summary.text() == (
        "Baseline 18 (moderately severe) on 2026-01-05 · latest 4 (minimal) on 2026-02-23 · "
        "change \u221214"
    )
    assert view.shown_badges() == ["response", "remission"]
    assert view.chart.isVisible()
    # a drop of less than half, above 5: neither badge
    some = [*found[:1], Measure(1, "PHQ-9", dt.date(2026, 2, 9), 10, id=9)]
    view.set_course(course("PHQ-9", some), some)
    assert view.shown_badges() == []
    view.set_course(None, [])
    assert view.summary.text() == "Not taken yet." and not view.chart.isVisible()
    assert course_words(GAD_7, course("GAD-7", found)) == (
        "Baseline 9 (mild) on 2026-02-02 · not taken again yet"
    )
    assert [signed(n) for n in (-3, 0, 4)] == ["\u22123", "\u00b10", "+4"]


def test_a_course_given_less_room_than_it_asks_draws_its_chart_smaller_not_cut(
    qtbot: QtBot,
) -> None:
    """At 1366x768 (the demo's banner, a panel or two) the clinical tab can get less height
    than it asks: the chart then gives up height inside its course, dates and all, where a
    hard minimum kept it taller than its course and cut off its dates."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    view = CourseView(PHQ_9)
    view.set_course(course("PHQ-9", scores()), scores())
    layout.addWidget(view)
    host.resize(320, 420)
    host.show()
    qtbot.waitExposed(host)
    roomy = view.chart.height()
    assert roomy >= view.chart.minimumSizeHint().height() == 170
    assert view.chart.minimumSizeHint().width() == 300  # the layouts keep the room they did
    host.resize(320, 160)  # shorter than the course asks
    qtbot.wait(10)
    assert view.chart.height() < 170
    assert view.chart.geometry().bottom() <= view.height() - 1  # inside its course
    assert view.chart.point_positions()  # and still drawn from its scores
