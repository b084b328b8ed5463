"""The discharge summary's hours chart drawn on the canvas is reportlab's bar chart, mark for
mark: the same grid, bars and colours, ticks, labels, dashed minimums and captions at the
same points, for stays of every length (reports/discharge_chart.py)."""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace
from typing import Any

import pytest
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from counselor_desk.domain.rules import WeekHours
from counselor_desk.reports.discharge_chart import Fill, Label, Mark, Stroke, hours_marks
from counselor_desk.reports.discharge_parts import hours_chart
from counselor_desk.reports.fonts import register_fonts
from counselor_desk.reports.model import WeekCancelled


def expanded(drawing: Drawing) -> list[Mark]:
    """The chart's primitives as marks, each at the point it is drawn (groups only move)."""
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
            assert node.strokeColor is None and node.fillColor is not None
            marks.append(Fill(node.x + dx, node.y + dy, node.width, node.height, node.fillColor))
        elif isinstance(node, String):
            if not node.text:
                return  # the label of a week left unnumbered: nothing drawn
            x = node.x + dx
            if node.textAnchor == "end":
                x -= stringWidth(node.text, node.fontName, node.fontSize)
            assert node.textAnchor in ("start", "end") and node.fontSize == 7
            marks.append(Label(x, node.y + dy, node.text, node.fillColor))
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
            elif name == "color":
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
def test_the_drawn_chart_is_the_bar_chart_mark_for_mark(count: int) -> None:
    register_fonts()
    for seed, width in ((count, 468.0), (count + 1000, 451.28), (count + 2000, 400.0)):
        weeks, cancelled = stay(count, seed)
        model = SimpleNamespace(weeks=weeks, cancelled_weeks=cancelled)
        chart = expanded(hours_chart(model, width))  # type: ignore[arg-type]
        same(hours_marks(weeks, width, cancelled), chart)
