"""The discharge summary's building blocks with their text laid out plainly: base's heading,
subheading, body text, ruled data table and label/value table, each the same flowables at
the same sizes as base builds them, only their plain text set as `PlainParagraph`
(reports/plain_text.py) instead of parsed as markup. Text that needs a Paragraph still gets
one, so every page prints as before (tests/test_discharge_layout.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, TableStyle

from counselor_desk.reports.base import (
    _H2,
    ACCENT,
    BODY,
    CELL,
    CELL_BOLD,
    CELL_RIGHT,
    H3,
    INK,
    LABEL,
    RULE,
    SHADE,
    SMALL,
    RowTable,
    SectionHeading,
)
from counselor_desk.reports.fonts import BOLD
from counselor_desk.reports.plain_text import (
    Line,
    PlainParagraph,
    plain_markup,
    plain_paragraph,
    plain_paragraphs,
    plain_words,
)
from counselor_desk.reports.text import markup

#: base.data_table's styles for a right-aligned header and a total's numbers, made once.
HEAD_RIGHT = ParagraphStyle("head-right", parent=CELL_BOLD, alignment=TA_RIGHT)
TOTAL_RIGHT = ParagraphStyle("total-right", parent=CELL_RIGHT, fontName=BOLD)


class PlainHeading(PlainParagraph):
    """base.SectionHeading of plain text: a section title with a rule under it."""

    def _made_real(self) -> Flowable:
        return SectionHeading(markup(self._text), self.style)

    def _piece(self, words: list[list[str]], text: str, broken: tuple[float, list[Line]]) -> Any:
        return PlainHeading(words, self.style, text, broken)

    def draw(self) -> None:
        super().draw()
        if self._real is None:
            self.canv.setStrokeColor(RULE)
            self.canv.setLineWidth(0.7)
            self.canv.line(0, -3, self.width, -3)


def heading(text: str) -> Flowable:
    """base.heading."""
    words = plain_words(text)
    if words is None or len(words) > 1:
        return SectionHeading(markup(text), _H2)
    return PlainHeading(words, _H2, text)


def subheading(text: str) -> Flowable:
    """base.subheading."""
    return plain_paragraph(text, H3)


def body(text: str, empty: str = "None recorded.") -> list[Flowable]:
    """base.body: typed text as paragraphs, or a grey 'None recorded.' when there is none."""
    found = plain_paragraphs(text, BODY)
    return found or [plain_markup(empty, SMALL)]


def fields_table(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> RowTable:
    """base.fields_table: label / value pairs in `columns` side-by-side groups."""
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for label, value in pairs[start : start + columns]:
            row += [plain_markup(label, LABEL), plain_paragraph(value or "–", CELL)]
        while len(row) < 2 * columns:
            row += ["", ""]
        rows.append(row)
    label_width = width * (0.16 if columns == 2 else 0.28)
    value_width = width / columns - label_width
    table = RowTable(rows, colWidths=[label_width, value_width] * columns)
    table.setStyle(FIELDS_STYLE)
    return table


FIELDS_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
    ]
)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: bool = False,
) -> RowTable:
    """base.data_table: a ruled table with a shaded header row repeated on every page;
    `right` columns are numbers (right-aligned); `total` makes the last row bold."""
    cells: list[list[Flowable | str]] = [
        [
            plain_markup(text, HEAD_RIGHT if column in right else CELL_BOLD)
            for column, text in enumerate(header)
        ]
    ]
    for number, row in enumerate(rows):
        last = total and number == len(rows) - 1
        styled: list[Flowable | str] = []
        for column, value in enumerate(row):
            if isinstance(value, str):
                if column in right:
                    style = TOTAL_RIGHT if last else CELL_RIGHT
                else:
                    style = CELL_BOLD if last else CELL
                styled.append(plain_paragraph(value, style))
            else:
                styled.append(value)
        cells.append(styled)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for column in right:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, INK))
    table = RowTable(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table
