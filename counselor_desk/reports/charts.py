"""Small charts drawn with reportlab.graphics (vector, no images)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from counselor_desk.domain.rules import WeekHours
from counselor_desk.reports.base import ACCENT, INK, MUTED, RULE, WARN
from counselor_desk.reports.fonts import BOLD, REGULAR, register_fonts
from counselor_desk.reports.model import MeasureChange, ScorePoint

#: The severity bands' shading, mildest first: one hue, darker as it gets more severe, so a
#: page printed in grey still reads.
BAND_LIGHTEST = colors.HexColor("#F5F7FA")
BAND_DARKEST = colors.HexColor("#C5D0DF")


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


def _band_colour(index: int, count: int) -> colors.Color:
    share = index / max(1, count - 1)
    return colors.linearlyInterpolatedColor(BAND_LIGHTEST, BAND_DARKEST, 0, 1, share)


def measure_trend_chart(measure: MeasureChange, width: float, height: float = 112) -> Drawing:
    """An instrument's scores over time on its severity bands (shaded, named at the right).

    Filled dots are scores from the answers; open dots totals entered alone. The x axis runs
    from the first score to the last, in days.
    """
    register_fonts()  # the labels are measured in the document font
    drawing = Drawing(width, height)
    size = 6.5
    right_pad: float = (
        max([stringWidth(band.label, REGULAR, size) for band in measure.bands] + [0]) + 6
    )
    left, bottom = 16.0, 14.0
    plot_width: float = max(40.0, width - left - right_pad)
    plot_height = height - bottom - 14
    top_score = max(measure.maximum, max((p.score for p in measure.points), default=0), 1)

    def y_of(score: float) -> float:
        return bottom + min(score, top_score) / top_score * plot_height

    drawing.add(
        String(0, height - 8, measure.instrument, fontName=BOLD, fontSize=7.5, fillColor=INK)
    )
    lower = 0.0
    for index, band in enumerate(measure.bands):
        upper = min(band.top + 0.5, top_score) if index < len(measure.bands) - 1 else top_score
        drawing.add(
            Rect(
                left,
                y_of(lower),
                plot_width,
                y_of(upper) - y_of(lower),
                fillColor=_band_colour(index, len(measure.bands)),
                strokeColor=None,
            )
        )
        middle = (y_of(lower) + y_of(upper)) / 2 - size / 3
        drawing.add(
            String(
                left + plot_width + 4, middle, band.label, fontName=REGULAR, fontSize=size,
                fillColor=MUTED,
            )
        )  # fmt: skip
        drawing.add(
            String(
                left - 3, y_of(band.top) - size / 3, str(band.top), fontName=REGULAR,
                fontSize=size, fillColor=MUTED, textAnchor="end",
            )
        )  # fmt: skip
        lower = upper
    drawing.add(
        String(left - 3, y_of(0) - size / 3, "0", fontName=REGULAR, fontSize=size,
               fillColor=MUTED, textAnchor="end")
    )  # fmt: skip
    drawing.add(
        Rect(left, bottom, plot_width, plot_height, fillColor=None, strokeColor=RULE,
             strokeWidth=0.5)
    )  # fmt: skip
    points = measure.points
    if not points:
        return drawing
    first, last = points[0].taken_on, points[-1].taken_on
    span = (last - first).days
    inset = 7.0

    def x_of(index: int) -> float:
        if span == 0:
            share = index / (len(points) - 1) if len(points) > 1 else 0.5
        else:
            share = (points[index].taken_on - first).days / span
        return left + inset + share * (plot_width - 2 * inset)

    where = [(x_of(i), y_of(point.score)) for i, point in enumerate(points)]
    if len(where) > 1:
        drawing.add(
            PolyLine(
                [value for pair in where for value in pair], strokeColor=ACCENT, strokeWidth=1.2
            )
        )
    labelled = len(points) <= 12
    for point, (x, y) in zip(points, where, strict=True):
        drawing.add(
            Circle(
                x, y, 2.3, strokeColor=ACCENT, strokeWidth=1,
                fillColor=colors.white if point.total_only else ACCENT,
            )
        )  # fmt: skip
        if labelled:
            above = y + 4 + size <= bottom + plot_height
            drawing.add(
                String(
                    x, y + 4 if above else y - 4 - size + 1, str(point.score), fontName=BOLD,
                    fontSize=size, fillColor=INK, textAnchor="middle",
                )
            )  # fmt: skip
    _date_labels(drawing, points, [x for x, _y in where], bottom - 9, size)
    return drawing


def _date_labels(
    drawing: Drawing, points: Sequence[ScorePoint], xs: Sequence[float], y: float, size: float
) -> None:
    """The dates under the dots: the first and the last always, others where there is room."""
    dates = [point.taken_on.isoformat() for point in points]
    wide = stringWidth("0000-00-00", REGULAR, size) + 6
    chosen = [0] if len(dates) == 1 or xs[-1] - xs[0] < wide else [0, len(dates) - 1]
    for index in range(1, len(dates) - 1):
        if all(abs(xs[index] - xs[other]) >= wide for other in chosen):
            chosen.append(index)
    for index in sorted(chosen):
        drawing.add(
            String(
                xs[index], y, dates[index], fontName=REGULAR, fontSize=size, fillColor=MUTED,
                textAnchor="middle",
            )
        )  # fmt: skip
