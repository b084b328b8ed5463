"""The discharge summary's weekly hours chart, drawn straight on the page.

reportlab's bar chart built the same picture from widgets (axes, labels, bars), each
attribute checked as it was set, then walked and drew them one state change at a time:
16 ms of a 12-week summary. Here the marks are worked out as that chart places them (the
same grid, bars, ticks, labels and dashes at the same points; tests/test_discharge_chart.py
holds them equal to the chart's own) and drawn in a few strokes and one text object.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counselor_desk.domain.rules import WeekHours
from counselor_desk.reports.base import ACCENT, MUTED, RULE, WARN
from counselor_desk.reports.fonts import REGULAR
from counselor_desk.reports.model import WeekCancelled

#: The chart's frame inside the drawing and its text, as reports/charts.py sets them.
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
    """A filled rectangle without an outline (a bar)."""

    x: float
    y: float
    width: float
    height: float
    color: Color


@dataclass(frozen=True, slots=True)
class Label:
    """A line of text from its left end, on its baseline."""

    x: float
    y: float
    text: str
    color: Color


Mark = Stroke | Fill | Label


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
    """Every mark of the chart, in drawing order: the grid, the bars (short weeks red, weeks
    short only by the program grey), the week axis with its ticks and labels, the hours axis
    with its ticks and labels, the weekly minimums dashed, and the captions."""
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
        marks.append(
            Label(
                LEFT - LABEL_GAP - stringWidth(name, REGULAR, SIZE),
                y_of(value) + beside,
                name,
                black,
            )
        )
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


class HoursChart(Flowable):  # type: ignore[misc]
    """The weekly hours chart as a flowable of its drawing's size."""

    def __init__(
        self,
        weeks: Sequence[WeekHours],
        width: float,
        cancelled: Sequence[WeekCancelled] = (),
        height: float = 130,
    ) -> None:
        super().__init__()
        self.width, self.height = width, height
        self.marks = hours_marks(weeks, width, cancelled, height)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_marks(self.canv, self.marks)


def draw_marks(canvas: Canvas, marks: Sequence[Mark]) -> None:
    """The marks in their order, each state (colour, width, dash) written when it changes."""
    canvas.saveState()
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    stroke: tuple[Color, float, tuple[float, ...]] | None = None
    fill: Color | None = None
    for mark in marks:
        if isinstance(mark, Stroke):
            state = (mark.color, mark.width, mark.dash)
            if state != stroke:
                canvas.setStrokeColor(mark.color)
                canvas.setLineWidth(mark.width)
                if mark.dash:
                    canvas.setDash(list(mark.dash), 0)
                elif stroke is not None and stroke[2]:
                    canvas.setDash()
                stroke = state
            canvas.line(mark.x1, mark.y1, mark.x2, mark.y2)
        elif isinstance(mark, Fill):
            if mark.color != fill:
                canvas.setFillColor(mark.color)
                fill = mark.color
            canvas.rect(mark.x, mark.y, mark.width, mark.height, stroke=0, fill=1)
        else:
            if mark.color != fill:
                canvas.setFillColor(mark.color)
                fill = mark.color
            canvas.setFont(REGULAR, SIZE)
            canvas.drawString(mark.x, mark.y, mark.text)
    canvas.restoreState()
