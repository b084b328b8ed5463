"""Small charts drawn with reportlab.graphics (vector, no images)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String

from counselor_desk.domain.rules import WeekHours
from counselor_desk.reports.base import ACCENT, MUTED, RULE, WARN
from counselor_desk.reports.fonts import REGULAR


def weekly_hours_chart(weeks: Sequence[WeekHours], width: float, height: float = 130) -> Drawing:
    """Hours attended per program week as bars, the weekly minimum as a dashed line.

    Weeks below their minimum are drawn in the warning colour.
    """
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 24
    chart.width, chart.height = width - 44, height - 40
    chart.data = [[round(week.hours, 2) for week in weeks]]
    top = max([week.hours for week in weeks] + [week.minimum_hours or 0 for week in weeks] + [1.0])
    step = 2 if top <= 12 else 5 if top <= 30 else 10
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = (int(top // step) + 1) * step
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.valueAxis.strokeColor = MUTED
    every = max(1, len(weeks) // 20 + (1 if len(weeks) % 20 else 0))
    chart.categoryAxis.categoryNames = [
        str(week.week) if (index % every == 0) else "" for index, week in enumerate(weeks)
    ]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.strokeColor = MUTED
    chart.barSpacing = 1
    chart.groupSpacing = 4 if len(weeks) < 20 else 1
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    for index, week in enumerate(weeks):
        if week.complete and week.short:
            chart.bars[(0, index)].fillColor = WARN
    drawing.add(chart)
    scale = chart.height / chart.valueAxis.valueMax
    slot = chart.width / max(1, len(weeks))
    for index, week in enumerate(weeks):
        if week.minimum_hours is None:
            continue
        y = chart.y + week.minimum_hours * scale
        x0 = chart.x + index * slot
        drawing.add(
            Line(x0, y, x0 + slot, y, strokeColor=MUTED, strokeWidth=1, strokeDashArray=[3, 2])
        )
    drawing.add(String(chart.x, 4, "Program week", fontName=REGULAR, fontSize=7, fillColor=MUTED))
    drawing.add(
        String(
            width - 4,
            4,
            "bars: hours attended  ·  dashes: weekly minimum  ·  red: below minimum",
            fontName=REGULAR,
            fontSize=7,
            fillColor=MUTED,
            textAnchor="end",
        )
    )
    drawing.add(
        String(
            0, chart.y + chart.height + 6, "Hours", fontName=REGULAR, fontSize=7, fillColor=MUTED
        )
    )
    return drawing
