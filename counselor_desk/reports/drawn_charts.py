"""The summaries' charts drawn straight on the page: the weekly hours chart and a measure's
trend chart, mark for mark the pictures reports/charts.py builds.

reportlab's graphics built each chart from shapes and widgets (axes, labels, bars), each
attribute checked as it was set, then walked and drew them one state change at a time: 16 ms
for the hours chart of a 12-week stay, 2–3 ms for a trend chart. Here the marks are worked
out as those charts place them (the same grid, bars, bands, ticks, dots, labels and dashes at
the same points, in the same order; tests/test_drawn_charts.py holds them equal to the
charts' own) and drawn with their state written only when it changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counselor_desk.domain.rules import WeekHours
from counselor_desk.reports.base import ACCENT, INK, MUTED, RULE, WARN
from counselor_desk.reports.charts import _band_colour
from counselor_desk.reports.fonts import BOLD, REGULAR, register_fonts
from counselor_desk.reports.model import MeasureChange, WeekCancelled

#: The hours chart's frame inside its drawing and its text, as reports/charts.py sets them.
LEFT, BOTTOM = 34.0, 24.0
SIZE = 7.0
LEGEND = "bars: hours attended  ·  dashes: weekly minimum  ·  red: below minimum"
#: A bar chart's defaults: bar width (scaled with the group spacing to fill a week's slot),
#: tick length, how far labels stand off the axis, a label's line height.
BAR_WIDTH = 10.0
TICK = 5.0
LABEL_GAP = 5.0
LABEL_LEADING = SIZE * 1.2
BASELINE_RATIO = 1 / 1.2
#: The trend chart's label size.
TREND_SIZE = 6.5


@dataclass(frozen=True, slots=True)
class Stroke:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    color: Color
    width: float
    dash: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class Fill:
    """A filled rectangle without an outline (a bar, a band)."""

    x: float
    y: float
    width: float
    height: float
    color: Color


@dataclass(frozen=True, slots=True)
class Frame:
    """A rectangle's outline."""

    x: float
    y: float
    width: float
    height: float
    color: Color
    stroke: float


@dataclass(frozen=True, slots=True)
class Poly:
    """Straight lines through points (x, y, x, y, …)."""

    points: tuple[float, ...]
    color: Color
    width: float


@dataclass(frozen=True, slots=True)
class Dot:
    """A circle, outlined and filled."""

    x: float
    y: float
    radius: float
    color: Color
    stroke: float
    fill: Color


@dataclass(frozen=True, slots=True)
class Label:
    """A line of text from its left end, on its baseline."""

    x: float
    y: float
    text: str
    color: Color
    font: str = REGULAR
    size: float = SIZE


Mark = Stroke | Fill | Frame | Poly | Dot | Label


# -- the weekly hours chart --------------------------------------------------------------------


def _scale(weeks: Sequence[WeekHours]) -> tuple[float, float]:
    """The value axis' top and step, as reports/charts.py chooses them."""
    top = max([week.hours for week in weeks] + [week.minimum_hours or 0 for week in weeks] + [1.0])
    step = 2 if top <= 12 else 5 if top <= 30 else 10
    return (int(top // step) + 1) * step, step


def _ticks(top: float, step: float) -> list[float]:
    """The values the axis marks (0 to the top), computed as the axis computes them."""
    fuzz = 1e-8 * step
    last = int(float(top) / step)
    if last * step > top + fuzz:
        last -= 1
    return [index * step for index in range(0, last + 1)]


def _number(value: float) -> str:
    return f"{value:.12g}"  # the axis' own label format


def hours_marks(
    weeks: Sequence[WeekHours],
    width: float,
    cancelled: Sequence[WeekCancelled] = (),
    height: float = 130,
) -> list[Mark]:
    """Every mark of the hours chart, in drawing order: the grid, the bars (short weeks red,
    weeks short only by the program grey), the week axis with its ticks and labels, the hours
    axis with its ticks and labels, the weekly minimums dashed, and the captions."""
    plot_width, plot_height = width - 44, height - 40
    top, step = _scale(weeks)
    factor = plot_height / float(top - 0)
    count = len(weeks)
    slot = plot_width / count if count else plot_width

    def y_of(value: float) -> float:
        return BOTTOM + (value - 0) * factor

    ticks = _ticks(top, step)
    marks: list[Mark] = [
        Stroke(LEFT, y_of(value), LEFT + plot_width, y_of(value), RULE, 0.3) for value in ticks
    ]
    group_spacing = 4 if count < 20 else 1
    norm = slot / (group_spacing + BAR_WIDTH)
    by_program = {item.week for item in cancelled if item.short_by_program}
    zero = y_of(0)
    for index, week in enumerate(weeks):
        color = ACCENT
        if week.complete and week.short:
            color = WARN
        if week.week in by_program:
            color = MUTED
        x = LEFT + index * slot + 0.5 * group_spacing * norm
        bar = y_of(round(week.hours, 2)) - zero
        if bar >= 1e-7:  # the chart draws no bar for a week of no hours
            marks.append(Fill(x, zero, BAR_WIDTH * norm, bar, color))
    marks.append(Stroke(LEFT, BOTTOM, LEFT + plot_width, BOTTOM, MUTED, 1))
    marks += [
        Stroke(LEFT + index * slot, BOTTOM, LEFT + index * slot, BOTTOM - TICK, MUTED, 1)
        for index in range(count + 1)
    ]
    every = max(1, count // 20 + (1 if count % 20 else 0))
    below = BOTTOM - LABEL_GAP - LABEL_LEADING * BASELINE_RATIO
    for index, week in enumerate(weeks):
        if index % every:
            continue
        name = str(week.week)
        centre = LEFT + (index + 0.5) * slot
        marks.append(Label(centre - stringWidth(name, REGULAR, SIZE) * 0.5, below, name, black))
    marks.append(Stroke(LEFT, BOTTOM, LEFT, BOTTOM + plot_height, MUTED, 1))
    marks += [Stroke(LEFT, y_of(value), LEFT - TICK, y_of(value), MUTED, 1) for value in ticks]
    beside = 0.5 * LABEL_LEADING - LABEL_LEADING * BASELINE_RATIO
    for value in ticks:
        name = _number(value)
        x = LEFT - LABEL_GAP - stringWidth(name, REGULAR, SIZE)
        marks.append(Label(x, y_of(value) + beside, name, black))
    scale = plot_height / top
    for index, week in enumerate(weeks):
        if week.minimum_hours is None:
            continue
        y = BOTTOM + week.minimum_hours * scale
        x0 = LEFT + index * slot
        marks.append(Stroke(x0, y, x0 + slot, y, MUTED, 1, (3, 2)))
    marks.append(Label(LEFT, 4, "Program week", MUTED))
    marks.append(Label(width - 4 - stringWidth(LEGEND, REGULAR, SIZE), 4, LEGEND, MUTED))
    marks.append(Label(0, BOTTOM + plot_height + 6, "Hours", MUTED))
    return marks


# -- a measure's trend --------------------------------------------------------------------------


def _ending(x: float, text: str, font: str, size: float) -> float:
    """Where a text ending at x starts."""
    return x - float(stringWidth(text, font, size))


def _centred(x: float, text: str, font: str, size: float) -> float:
    """Where a text centred on x starts."""
    return x - float(stringWidth(text, font, size)) * 0.5


def trend_marks(measure: MeasureChange, width: float, height: float = 112) -> list[Mark]:
    """Every mark of a measure's trend chart (reports/charts.py `measure_trend_chart`), in
    drawing order: the name, the shaded severity bands with their names and tops, the plot's
    frame, the line through the scores, each score's dot (open: a total entered alone) and
    number, and the dates under the dots."""
    size = TREND_SIZE
    right_pad: float = (
        max([stringWidth(band.label, REGULAR, size) for band in measure.bands] + [0]) + 6
    )
    left, bottom = 16.0, 14.0
    plot_width: float = max(40.0, width - left - right_pad)
    plot_height = height - bottom - 14
    top_score = max(measure.maximum, max((p.score for p in measure.points), default=0), 1)

    def y_of(score: float) -> float:
        return bottom + min(score, top_score) / top_score * plot_height

    marks: list[Mark] = [Label(0, height - 8, measure.instrument, INK, BOLD, 7.5)]
    lower = 0.0
    bands = measure.bands
    for index, band in enumerate(bands):
        upper = min(band.top + 0.5, top_score) if index < len(bands) - 1 else top_score
        colour = _band_colour(index, len(bands))
        marks.append(Fill(left, y_of(lower), plot_width, y_of(upper) - y_of(lower), colour))
        middle = (y_of(lower) + y_of(upper)) / 2 - size / 3
        marks.append(Label(left + plot_width + 4, middle, band.label, MUTED, REGULAR, size))
        top = str(band.top)
        x = _ending(left - 3, top, REGULAR, size)
        marks.append(Label(x, y_of(band.top) - size / 3, top, MUTED, REGULAR, size))
        lower = upper
    zero = _ending(left - 3, "0", REGULAR, size)
    marks.append(Label(zero, y_of(0) - size / 3, "0", MUTED, REGULAR, size))
    marks.append(Frame(left, bottom, plot_width, plot_height, RULE, 0.5))
    points = measure.points
    if not points:
        return marks
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
        marks.append(Poly(tuple(value for pair in where for value in pair), ACCENT, 1.2))
    labelled = len(points) <= 12
    for point, (x, y) in zip(points, where, strict=True):
        marks.append(Dot(x, y, 2.3, ACCENT, 1, white if point.total_only else ACCENT))
        if labelled:
            above = y + 4 + size <= bottom + plot_height
            score = str(point.score)
            marks.append(
                Label(
                    _centred(x, score, BOLD, size),
                    y + 4 if above else y - 4 - size + 1,
                    score,
                    INK,
                    BOLD,
                    size,
                )
            )
    dates = [point.taken_on.isoformat() for point in points]
    xs = [x for x, _y in where]
    wide = stringWidth("0000-00-00", REGULAR, size) + 6
    chosen = [0] if len(dates) == 1 or xs[-1] - xs[0] < wide else [0, len(dates) - 1]
    for index in range(1, len(dates) - 1):
        if all(abs(xs[index] - xs[other]) >= wide for other in chosen):
            chosen.append(index)
    for index in sorted(chosen):
        text = dates[index]
        x = _centred(xs[index], text, REGULAR, size)
        marks.append(Label(x, bottom - 9, text, MUTED, REGULAR, size))
    return marks


# -- drawing -------------------------------------------------------------------------------------


class MarksChart(Flowable):  # type: ignore[misc]
    """A chart of drawn marks, as a flowable of its drawing's size."""

    adds_nothing = True  # to the frame it is measured in (base._KeepWithNext)

    def __init__(self, marks: list[Mark], width: float, height: float) -> None:
        super().__init__()
        self.marks = marks
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_marks(self.canv, self.marks)


def hours_chart(
    weeks: Sequence[WeekHours],
    width: float,
    cancelled: Sequence[WeekCancelled] = (),
    height: float = 130,
) -> Flowable:
    """The weekly hours chart (reports/discharge_parts.py `hours_chart`), drawn."""
    register_fonts()  # the labels are measured in the document font
    return MarksChart(hours_marks(weeks, width, cancelled, height), width, height)


def trend_chart(measure: MeasureChange, width: float, height: float = 112) -> Flowable:
    """A measure's trend chart (reports/charts.py `measure_trend_chart`), drawn."""
    register_fonts()
    return MarksChart(trend_marks(measure, width, height), width, height)


class _Pen:
    """The canvas state the marks need, written only when it changes; consecutive labels
    share one text object."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.stroke: tuple[Any, ...] | None = None
        self.fill: Color | None = None
        self.text: Any = None
        self.face: tuple[str, float] | None = None

    def close_text(self) -> None:
        if self.text is not None:
            self.canvas.drawText(self.text)
            self.text = None

    def lines(self, color: Color, width: float, dash: tuple[float, ...] = ()) -> None:
        self.close_text()
        state = (color, width, dash)
        if state == self.stroke:
            return
        canvas = self.canvas
        if self.stroke is None or self.stroke[0] != color:
            canvas.setStrokeColor(color)
        if self.stroke is None or self.stroke[1] != width:
            canvas.setLineWidth(width)
        if dash:
            canvas.setDash(list(dash), 0)
        elif self.stroke is not None and self.stroke[2]:
            canvas.setDash()
        self.stroke = state

    def filling(self, color: Color) -> None:
        self.close_text()
        if color != self.fill:
            self.canvas.setFillColor(color)
            self.fill = color

    def label(self, mark: Label) -> None:
        if self.text is None:
            self.text = self.canvas.beginText()
            self.face = None
        text = self.text
        if mark.color != self.fill:
            text.setFillColor(mark.color)
            self.fill = mark.color
        if (mark.font, mark.size) != self.face:
            text.setFont(mark.font, mark.size)
            self.face = (mark.font, mark.size)
        text.setTextOrigin(mark.x, mark.y)
        text.textOut(mark.text)


def draw_marks(canvas: Canvas, marks: Sequence[Mark]) -> None:
    """The marks in their order."""
    canvas.saveState()
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    pen = _Pen(canvas)
    for mark in marks:
        if isinstance(mark, Label):
            pen.label(mark)
        elif isinstance(mark, Stroke):
            pen.lines(mark.color, mark.width, mark.dash)
            canvas.line(mark.x1, mark.y1, mark.x2, mark.y2)
        elif isinstance(mark, Fill):
            pen.filling(mark.color)
            canvas.rect(mark.x, mark.y, mark.width, mark.height, stroke=0, fill=1)
        elif isinstance(mark, Frame):
            pen.lines(mark.color, mark.stroke)
            canvas.rect(mark.x, mark.y, mark.width, mark.height, stroke=1, fill=0)
        elif isinstance(mark, Poly):
            pen.lines(mark.color, mark.width)
            path = canvas.beginPath()
            path.moveTo(mark.points[0], mark.points[1])
            for index in range(2, len(mark.points), 2):
                path.lineTo(mark.points[index], mark.points[index + 1])
            canvas.drawPath(path, stroke=1, fill=0)
        else:
            pen.lines(mark.color, mark.stroke)
            pen.filling(mark.fill)
            canvas.circle(mark.x, mark.y, mark.radius, stroke=1, fill=1)
    pen.close_text()
    canvas.restoreState()
