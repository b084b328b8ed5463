"""The charts drawn on the canvas are reportlab's charts, mark for mark: the hours chart is
the bar chart (the same grid, bars and colours, ticks, labels, dashed minimums and captions at
the same points) for stays of every length, and a measure's trend chart is the drawing
reports/charts.py builds (bands, names, frame, line, dots, scores and dates), for courses of
every shape (reports/drawn_charts.py). The drawn charts print the same text at the same
points as the drawings."""

from __future__ import annotations

import datetime as dt
import io
import random
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, PolyLine, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counselor_desk.domain.measures import FOLLOWED, GAD_7, PHQ_9
from counselor_desk.domain.rules import WeekHours
from counselor_desk.reports.charts import measure_trend_chart
from counselor_desk.reports.discharge_parts import hours_chart as hours_drawing
from counselor_desk.reports.drawn_charts import (
    Dot,
    Fill,
    Frame,
    Label,
    Mark,
    Poly,
    Stroke,
    hours_chart,
    hours_marks,
    trend_chart,
    trend_marks,
)
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.model import MeasureChange, ScorePoint, WeekCancelled


def expanded(drawing: Drawing) -> list[Mark]:
    """A drawing's primitives as marks, each at the point it is drawn (groups only move)."""
    marks: list[Mark] = []

    def visit(node: Any, dx: float, dy: float) -> None:
        if not isinstance(node, Group) and hasattr(node, "provideNode"):
            node = node.provideNode()
        if isinstance(node, Group):
            a, b, c, d, e, f = node.transform
            assert (a, b, c, d) == (1, 0, 0, 1)
            for child in node.contents:
                visit(child, dx + e, dy + f)
        elif isinstance(node, Line):
            if node.strokeColor is not None:
                dash = tuple(node.strokeDashArray or ())
                marks.append(
                    Stroke(
                        node.x1 + dx, node.y1 + dy, node.x2 + dx, node.y2 + dy,
                        node.strokeColor, node.strokeWidth, dash,
                    )
                )  # fmt: skip
        elif isinstance(node, Rect):
            x, y = node.x + dx, node.y + dy
            if node.strokeColor is None:
                marks.append(Fill(x, y, node.width, node.height, node.fillColor))
            else:
                assert node.fillColor is None
                marks.append(
                    Frame(x, y, node.width, node.height, node.strokeColor, node.strokeWidth)
                )
        elif isinstance(node, Circle):
            marks.append(
                Dot(node.cx + dx, node.cy + dy, node.r, node.strokeColor, node.strokeWidth,
                    node.fillColor)
            )  # fmt: skip
        elif isinstance(node, PolyLine):
            points = tuple(v + (dx if i % 2 == 0 else dy) for i, v in enumerate(node.points))
            marks.append(Poly(points, node.strokeColor, node.strokeWidth))
        elif isinstance(node, String):
            if not node.text:
                return  # the label of a week left unnumbered: nothing drawn
            x = node.x + dx
            width = stringWidth(node.text, node.fontName, node.fontSize)
            x -= {"start": 0, "middle": width * 0.5, "end": width}[node.textAnchor]
            marks.append(
                Label(x, node.y + dy, node.text, node.fillColor, node.fontName, node.fontSize)
            )
        else:
            raise AssertionError(f"unexpected shape {node!r}")

    for shape in drawing.contents:
        visit(shape, 0.0, 0.0)
    return marks


def same(drawn: list[Mark], chart: list[Mark]) -> None:
    assert len(drawn) == len(chart)
    for mine, theirs in zip(drawn, chart, strict=True):
        assert type(mine) is type(theirs), (mine, theirs)
        for name in mine.__slots__:
            value, expected = getattr(mine, name), getattr(theirs, name)
            if isinstance(value, float | int) and not isinstance(value, bool):
                assert value == pytest.approx(expected, abs=1e-9), (name, mine, theirs)
            elif isinstance(value, tuple) and name == "points":
                assert value == pytest.approx(expected, abs=1e-9), (mine, theirs)
            elif name in ("color", "fill"):
                assert value.rgba() == expected.rgba(), (mine, theirs)
            else:
                assert value == expected, (name, mine, theirs)


def stay(count: int, seed: int) -> tuple[list[WeekHours], list[WeekCancelled]]:
    """`count` program weeks of varied hours, minimums (none, prorated), short and program-cut
    weeks, the last in progress."""
    chance = random.Random(seed)
    start = dt.date(2025, 1, 6)
    weeks, cancelled = [], []
    for index in range(count):
        minimum = chance.choice([None, 540, 540, 540, 231, 1200, 2400])
        attended = chance.choice([0, 35, 300, 540, 555, 600, 1500, 2700, chance.randrange(3000)])
        begins = start + dt.timedelta(days=7 * index)
        weeks.append(
            WeekHours(
                index + 1, begins, begins + dt.timedelta(days=6), attended, minimum,
                index < count - 1 or chance.random() < 0.5, chance.choice([None, 0, 600]),
            )
        )  # fmt: skip
        if chance.random() < 0.2:
            cancelled.append(WeekCancelled(index + 1, 180, chance.random() < 0.5))
    return weeks, cancelled


@pytest.mark.parametrize("count", [*range(1, 25), 30, 39, 40, 41, 52, 60, 61, 104])
def test_the_drawn_hours_chart_is_the_bar_chart_mark_for_mark(count: int) -> None:
    register_fonts()
    for seed, width in ((count, 468.0), (count + 1000, 451.28), (count + 2000, 400.0)):
        weeks, cancelled = stay(count, seed)
        model = SimpleNamespace(weeks=weeks, cancelled_weeks=cancelled)
        chart = expanded(hours_drawing(model, width))  # type: ignore[arg-type]
        same(hours_marks(weeks, width, cancelled), chart)


def course(seed: int) -> MeasureChange:
    """A measure taken one to twenty times, on the same day or over months, scores anywhere
    on its scale (and above it), some totals entered alone."""
    chance = random.Random(seed)
    instrument = chance.choice([PHQ_9, GAD_7, *FOLLOWED])
    count = chance.choice([0, 1, 2, 3, 5, 12, 13, 20])
    day = dt.date(2025, 3, 3)
    points = []
    for _ in range(count):
        day += dt.timedelta(days=chance.choice([0, 0, 1, 3, 7, 14, 30]))
        score = chance.randrange(0, instrument.maximum + 3)
        points.append(ScorePoint(day, score, chance.random() < 0.3))
    first = points[0] if points else ScorePoint(day, 0, False)
    return MeasureChange(
        instrument=instrument.name,
        baseline_date=first.taken_on,
        baseline_score=first.score,
        baseline_band="",
        latest_date=None,
        latest_score=None,
        latest_band="",
        baseline_total_only=False,
        latest_total_only=False,
        response=False,
        remission=False,
        remission_below=None,
        maximum=instrument.maximum,
        bands=instrument.bands,
        points=tuple(points),
    )


@pytest.mark.parametrize("seed", range(40))
def test_the_drawn_trend_chart_is_the_drawing_mark_for_mark(seed: int) -> None:
    register_fonts()
    measure = course(seed)
    for width in (227.0, 218.64, 160.0, 60.0):
        same(trend_marks(measure, width), expanded(measure_trend_chart(measure, width)))


def shown(flowables: list[Flowable]) -> list[tuple[str, float, float, float, bytes]]:
    """Every piece of text the flowables show (drawn one below the other on a page): its face,
    size, where it starts and its bytes, read from the page's content stream."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    y = 780.0
    for flowable in flowables:
        _width, height = flowable.wrapOn(canvas, 468, 700)
        flowable.drawOn(canvas, 30, y - height)
        y -= height + 10
    canvas.save()
    page: Any = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    faces = {
        str(name): str(font.get_object()["/BaseFont"]).split("+")[-1]
        for name, font in page["/Resources"]["/Font"].items()
    }
    found = []
    ctm: tuple[float, ...] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    line = (0.0, 0.0)  # the text line's start in text space (no scaling: reportlab's own)
    face, size, leading = "", 0.0, 0.0

    def times(m: tuple[float, ...], n: tuple[float, ...]) -> tuple[float, ...]:
        a, b, c, d, e, f = m
        g, h, i, j, k, l = n  # noqa: E741
        return (a * g + b * i, a * h + b * j, c * g + d * i, c * h + d * j,
                e * g + f * i + k, e * h + f * j + l)  # fmt: skip

    for operands, operator in ContentStream(page.get_contents(), page.pdf).operations:
        op = operator.decode()
        values: list[Any] = [float(v) if isinstance(v, int | float) else v for v in operands]
        if op == "q":
            stack.append(ctm)
        elif op == "Q":
            ctm = stack.pop()
        elif op == "cm":
            ctm = times(tuple(values), ctm)
        elif op == "BT":
            line = (0.0, 0.0)
        elif op == "Tf":
            face, size = faces[str(values[0])], values[1]
        elif op == "TL":
            leading = values[0]
        elif op in ("Td", "TD"):
            line = (line[0] + values[0], line[1] + values[1])
        elif op == "Tm":
            line = (values[4], values[5])
        elif op == "T*":
            line = (line[0], line[1] - leading)
        elif op in ("Tj", "TJ"):
            a, b, c, d, e, f = ctm
            x, y = line[0] * a + line[1] * c + e, line[0] * b + line[1] * d + f
            pieces: list[Any] = (
                [values[0]] if op == "Tj" else [v for v in values[0] if isinstance(v, str)]
            )
            data = b"".join(piece.get_original_bytes() for piece in pieces)
            if data.strip():
                found.append((face, size, round(x, 3), round(y, 3), data))
    return found


def test_the_drawn_charts_print_the_same_text_at_the_same_points() -> None:
    register_fonts()
    weeks, cancelled = stay(14, 5)
    model = SimpleNamespace(weeks=weeks, cancelled_weeks=cancelled)
    measures = [course(seed) for seed in (3, 7, 11) if course(seed).points]
    theirs = [hours_drawing(model, 468), *(measure_trend_chart(m, 227) for m in measures)]  # type: ignore[arg-type]
    mine = [hours_chart(weeks, 468, cancelled), *(trend_chart(m, 227) for m in measures)]
    ours, expected = shown(mine), shown(theirs)
    assert len(ours) == len(expected) > 40
    for (face, size, x, y, data), (face2, size2, x2, y2, data2) in zip(ours, expected, strict=True):
        assert (face, size, data) == (face2, size2, data2)
        # the PDF writes each number to a few decimals: the charts' groups round apart
        assert x == pytest.approx(x2, abs=0.002) and y == pytest.approx(y2, abs=0.002)
