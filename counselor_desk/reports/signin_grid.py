"""The sign-in sheet's lines, drawn straight on the page: a ruled grid of rows under a header
repeated on every page, ending with a closing block kept on one page with the last rows.

reportlab's Table laid out and drew a 500-name sheet cell by cell (3,500 cells, 0.4 s);
here every row is measured once, the pages are cut between rows (never inside one, as the
table did) and each page's text is one text object. It prints only what it is given:
reports/signin.py decides the words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counselor_desk.reports.base import ACCENT, INK, RULE, SHADE

PAD = 4.0  # every cell's padding, each side
#: Room above the closing block (its cell's top padding).
CLOSING_TOP = 12.0


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its width and how its plain text is set (line by line, from the left or
    centred)."""

    width: float
    font: str
    size: float
    leading: float
    color: Color
    centred: bool = False


@dataclass(frozen=True, slots=True)
class Note:
    """Plain text in a style of its own, broken at blanks to fit its cell."""

    text: str
    style: ParagraphStyle


#: What a cell holds: plain text in its column's style ("\n" between lines; "" for nothing),
#: a note, or a flowable laid out at the cell's width (a name of several lines, right to left,
#: or with symbols in the fallback font).
Cell: TypeAlias = str | Note | Flowable


@dataclass(frozen=True, slots=True)
class _Row:
    cells: tuple[Cell, ...]
    height: float


class _Layout:
    """What every page's piece of one grid shares: the columns, the header and the closing
    block laid out once, and what was measured."""

    def __init__(
        self,
        header: Sequence[Flowable],
        columns: Sequence[Column],
        closing: Flowable,
        *,
        kept: int,
        shaded: int,
        ruled: Sequence[int],
    ) -> None:
        self.columns = tuple(columns)
        self.lefts = _lefts(self.columns)
        self.width = self.lefts[-1]
        self.header = tuple(header)
        self.header_height = 2 * PAD + max(
            flowable.wrap(column.width - 2 * PAD, 10_000)[1]
            for flowable, column in zip(self.header, self.columns, strict=True)
        )
        self.closing = closing
        self.closing_height = closing.wrap(self.width - 2 * PAD, 10_000)[1] + CLOSING_TOP + PAD
        self.kept = kept
        self.shaded = shaded
        self.ruled = tuple(ruled)
        self._notes: dict[tuple[str, str, float], tuple[str, ...]] = {}
        self._faces: dict[tuple[str, float], Column] = {}
        self._heights: dict[int, float] = {}  # a flowable cell's height, by its id

    def row_height(self, cells: Sequence[Cell], line_height: float) -> float:
        tallest = 0.0
        for cell, column in zip(cells, self.columns, strict=True):
            if isinstance(cell, str):
                if cell:
                    tallest = max(tallest, (cell.count("\n") + 1) * column.leading)
            elif isinstance(cell, Note):
                tallest = max(tallest, len(self.note_lines(cell, column)) * cell.style.leading)
            else:
                tallest = max(tallest, self.flowable_height(cell, column))
        return max(line_height, tallest + 2 * PAD)

    def note_lines(self, note: Note, column: Column) -> tuple[str, ...]:
        style = note.style
        key = (note.text, style.name, column.width)
        if key not in self._notes:
            self._notes[key] = tuple(
                simpleSplit(note.text, style.fontName, style.fontSize, column.width - 2 * PAD)
            )
        return self._notes[key]

    def note_face(self, note: Note, column: Column) -> Column:
        """The column as the note's style sets it."""
        style = note.style
        key = (style.name, column.width)
        if key not in self._faces:
            self._faces[key] = Column(
                column.width, style.fontName, style.fontSize, style.leading, style.textColor
            )
        return self._faces[key]

    def flowable_height(self, cell: Flowable, column: Column) -> float:
        key = id(cell)
        if key not in self._heights:
            self._heights[key] = float(cell.wrap(column.width - 2 * PAD, 10_000)[1])
        return self._heights[key]


class SheetGrid(Flowable):  # type: ignore[misc]
    """The header (shaded), a row per line, then the closing block.

    A row is `line_height` high, or as high as its tallest cell. Rows never split; the last
    `kept` rows move to the next page with the closing block rather than leave it alone. The
    `shaded` column is shaded under the header; columns in `ruled` have a rule after them."""

    def __init__(
        self,
        header: Sequence[Flowable],
        columns: Sequence[Column],
        rows: Sequence[Sequence[Cell]],
        closing: Flowable,
        *,
        kept: int,
        line_height: float,
        shaded: int,
        ruled: Sequence[int],
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"
        layout = _Layout(header, columns, closing, kept=kept, shaded=shaded, ruled=ruled)
        self._layout = layout
        self._rows = tuple(
            _Row(tuple(cells), layout.row_height(cells, line_height)) for cells in rows
        )
        self._closed = True  # this piece ends with the closing block

    def _piece(self, rows: tuple[_Row, ...], *, closed: bool) -> SheetGrid:
        """Some of the rows, sharing what was measured."""
        piece: SheetGrid = SheetGrid.__new__(SheetGrid)
        Flowable.__init__(piece)
        piece.hAlign = "CENTER"
        piece._layout, piece._rows, piece._closed = self._layout, rows, closed
        return piece

    # -- measuring and splitting -------------------------------------------------------------

    def _row_heights(self) -> list[float]:
        """The heights top down, as the pages are cut: the header, the rows, the closing."""
        layout = self._layout
        heights = [layout.header_height, *(row.height for row in self._rows)]
        if self._closed:
            heights.append(layout.closing_height)
        return heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = self._layout.width
        self.height = sum(self._row_heights())
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The rows that fit under the header here, and the rest (the header again on top);
        nothing when not one row fits (the grid starts on the next page)."""
        heights = self._row_heights()
        # the last place to cut (after that many of the heights) that leaves no kept row
        # and not the closing block on its own
        last_cut = len(heights) - 1 - min(self._layout.kept, len(self._rows))
        if not self._closed:
            last_cut = len(heights)
        used, cut = 0.0, 0
        for index, height in enumerate(heights, start=1):
            if used + height > availHeight:
                break
            if index <= last_cut or index == len(heights):
                cut = index
            used += height
        if cut == len(heights):
            return [self]
        if cut <= 1:
            return []
        first = self._piece(self._rows[: cut - 1], closed=False)
        return [first, self._piece(self._rows[cut - 1 :], closed=self._closed)]

    # -- drawing -----------------------------------------------------------------------------

    def draw(self) -> None:
        """Shading, then the header, the cells in reading order and the closing block, then
        the rules over them (as a table draws them)."""
        canvas: Canvas = self.canv
        layout = self._layout
        lefts, width = layout.lefts, layout.width
        top = sum(self._row_heights())
        body_top = top - layout.header_height
        bottoms = []
        bottom = body_top
        for row in self._rows:
            bottom -= row.height
            bottoms.append(bottom)
        canvas.saveState()
        canvas.setFillColor(SHADE)
        canvas.rect(0, top, width, -layout.header_height, stroke=0, fill=1)
        shaded = layout.shaded
        canvas.rect(lefts[shaded], body_top, layout.columns[shaded].width, bottom - body_top, 0, 1)
        for flowable, left in zip(layout.header, lefts, strict=False):
            flowable.drawOn(canvas, left + PAD, top - (layout.header_height + flowable.height) / 2)
        self._draw_rows(canvas, bottoms)
        if self._closed:
            layout.closing.drawOn(canvas, PAD, PAD)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.line(0, body_top, width, body_top)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.5)
        canvas.lines([(0, y, width, y) for y in bottoms])
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.lines(
            [(lefts[index + 1], body_top, lefts[index + 1], bottom) for index in layout.ruled]
        )
        canvas.restoreState()

    def _draw_rows(self, canvas: Canvas, bottoms: Sequence[float]) -> None:
        """Every cell in reading order (row by row, left to right): plain text in one text
        object, closed only to draw a flowable cell."""
        layout = self._layout
        text = _Text(canvas)
        for row, bottom in zip(self._rows, bottoms, strict=True):
            middle = bottom + row.height / 2
            for cell, left, column in zip(row.cells, layout.lefts, layout.columns, strict=False):
                if isinstance(cell, str):
                    if cell:
                        text.lines(cell.split("\n"), left, middle, column)
                elif isinstance(cell, Note):
                    face = layout.note_face(cell, column)
                    text.lines(layout.note_lines(cell, column), left, middle, face)
                else:
                    text.close()
                    height = layout.flowable_height(cell, column)
                    cell.drawOn(canvas, left + PAD, middle - height / 2)
        text.close()


class _Text:
    """One text object for a run of plain lines, each set at its own origin; the font and
    colour are written only when they change."""

    def __init__(self, canvas: Canvas) -> None:
        self._canvas = canvas
        self._text: Any = None
        self._face: tuple[str, float, float] | None = None
        self._color: Color | None = None
        self._widths: dict[tuple[str, str, float], float] = {}

    def lines(self, lines: Sequence[str], left: float, middle: float, column: Column) -> None:
        """Lines set as a table cell sets them: the block centred on the row's middle, each
        line from the cell's padding or centred in it."""
        if self._text is None:
            self._text = self._canvas.beginText()
            self._face = self._color = None
        text = self._text
        face = (column.font, column.size, column.leading)
        if face != self._face:
            text.setFont(*face)
            self._face = face
        if column.color is not self._color:
            text.setFillColor(column.color)
            self._color = column.color
        y = middle + len(lines) * column.leading / 2 - column.size
        for line in lines:
            x = left + PAD
            if column.centred:
                x = left + column.width / 2 - self._width(line, column) / 2
            text.setTextOrigin(x, y)
            text.textOut(line)
            y -= column.leading

    def _width(self, line: str, column: Column) -> float:
        key = (line, column.font, column.size)
        if key not in self._widths:
            self._widths[key] = stringWidth(line, column.font, column.size)
        return self._widths[key]

    def close(self) -> None:
        if self._text is not None:
            self._canvas.drawText(self._text)
            self._text = None


def _lefts(columns: Sequence[Column]) -> tuple[float, ...]:
    """Where each column starts, and (last) the grid's right edge."""
    lefts = [0.0]
    for column in columns:
        lefts.append(lefts[-1] + column.width)
    return tuple(lefts)
