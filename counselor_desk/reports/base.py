"""Page furniture and styles shared by every document; `render` turns a story into PDF bytes.

Every page carries the clinic and document title, the participant line (name, chart number,
date of birth) where there is one, "Page X of Y", a confidentiality line (whole: a disclosed
document's ID has its own room above it), and DRAFT across the page when the document is
not final. A long clinic name is set smaller, then on two
lines; a long name is shortened, never the chart number and date of birth after it.

Page breaks: a heading never ends a page (it moves on with the start of what follows it); a
table row never splits (it moves whole to the next page, unless it alone is taller than a
page); a short table moves whole when it fits on the next page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.rl_config import _FUZZ, listWrapOnFakeWidth

from counselor_desk.reports.fonts import (
    BOLD,
    REGULAR,
    draw_text,
    printed,
    register_fonts,
    text_width,
)
from counselor_desk.reports.model import PART2_NOTICE, Identity, Letterhead
from counselor_desk.reports.plain_text import (
    Line,
    PlainParagraph,
    plain_literal,
    plain_markup,
    plain_paragraph,
    plain_paragraphs,
    plain_words,
)
from counselor_desk.reports.text import isolate, markup, rtl_base, visual
from counselor_desk.reports.words import long_date, say

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5A6473")
RULE = colors.HexColor("#B8C4D2")
SHADE = colors.HexColor("#E9EEF5")
WARN = colors.HexColor("#9B1C1C")

CONFIDENTIAL = (
    "CONFIDENTIAL – protected health information. Do not disclose without written authorization."
)
SIDE_MARGIN = 0.75 * inch
TOP_MARGIN = 1.0 * inch
BOTTOM_MARGIN = 0.85 * inch


def _style(name: str, **values: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": REGULAR,
        "fontSize": 9.5,
        "leading": 13,
        "textColor": INK,
        "spaceAfter": 4,
    }
    base.update(values)
    return ParagraphStyle(name, **base)


BODY = _style("body")
SMALL = _style("small", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=2)
CELL = _style("cell", fontSize=8.5, leading=11, spaceAfter=0)
CELL_BOLD = _style("cell-bold", fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0)
CELL_RIGHT = _style("cell-right", fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT)
LABEL = _style("label", fontName=BOLD, fontSize=8, leading=10.5, textColor=MUTED, spaceAfter=0)
TITLE = _style("title", fontName=BOLD, fontSize=17, leading=21, textColor=ACCENT, spaceAfter=2)
SUBTITLE = _style("subtitle", fontSize=9.5, leading=12.5, textColor=MUTED, spaceAfter=10)
H3 = _style(
    "h3", fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2, keepWithNext=1
)
NOTICE = _style(
    "notice",
    fontName=BOLD,
    fontSize=9,
    leading=12,
    textColor=WARN,
    borderColor=WARN,
    borderWidth=0.8,
    borderPadding=6,
    leftIndent=6,
    rightIndent=6,
    spaceBefore=8,
    spaceAfter=14,
)


class SectionHeading(Paragraph):  # type: ignore[misc]
    """A section title with a rule under it; it never ends a page alone (keepWithNext)."""

    def draw(self) -> None:
        super().draw()
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.7)
        self.canv.line(0, -3, self.width, -3)


_H2 = _style(
    "h2",
    fontName=BOLD,
    fontSize=11.5,
    leading=14,
    textColor=ACCENT,
    spaceBefore=14,
    spaceAfter=7,
    keepWithNext=1,
)


class PlainHeading(PlainParagraph):
    """A SectionHeading of plain text (reports/plain_text.py): the same title and rule."""

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
    words = plain_words(text)
    if words is None or len(words) > 1:
        return SectionHeading(markup(text), _H2)
    return PlainHeading(words, _H2, text)


def subheading(text: str) -> Flowable:
    return plain_paragraph(text, H3)


def body(text: str, empty: str = "None recorded.") -> list[Flowable]:
    """Typed text as paragraphs, or a grey 'None recorded.' when there is none."""
    found = plain_paragraphs(text, BODY)
    return found or [plain_markup(empty, SMALL)]


def day(value: dt.date | None, empty: str = "–") -> str:
    return empty if value is None else value.isoformat()


def long_day(value: dt.date, language: str = "en") -> str:
    if language != "en":
        return long_date(language, value)
    return f"{value:%B} {value.day}, {value.year}"


def hours(minutes: int) -> str:
    """Minutes as decimal hours, exact to the hundredth (165 -> '2.75')."""
    return f"{minutes / 60:.2f}"


def chart_and_birth(identity: Identity, language: str = "en") -> str:
    """'Chart A-1001   ·   DOB 1988-04-17': what the page header never shortens."""
    return say(language, "Chart {chart}   ·   DOB {birth}").format(
        chart=identity.chart_number, birth=identity.date_of_birth.isoformat()
    )


def participant_line(identity: Identity, language: str = "en") -> str:
    """Name, chart number and date of birth on one line; the name reads in its own direction."""
    return f"{isolate(identity.name)}   ·   {chart_and_birth(identity, language)}"


def page_size(name: str) -> tuple[float, float]:
    width, height = A4 if name == "a4" else LETTER
    return float(width), float(height)


def frame_width(name: str) -> float:
    return page_size(name)[0] - 2 * float(SIDE_MARGIN)


# -- tables --------------------------------------------------------------------------------

#: Rows (under the header) of a table short enough to be kept on one page when it fits there.
SHORT_TABLE = 8


class RowTable(Table):  # type: ignore[misc]
    """A table that splits between rows only: a row that does not fit at the foot of a page
    moves whole to the next one (under the repeated header). Only a row taller than a whole
    page is split inside, where it starts. A table of up to SHORT_TABLE rows moves whole to
    the next page when it fits there."""

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._calc(availWidth, availHeight)
        frame = getattr(self, "_frame", None)  # the frame it is being laid out in, if any
        heights: list[float] = list(self._rowHeights)
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        if frame is None:  # inside another flowable: split as reportlab would
            self.splitInRow = 1
        else:
            page = float(frame._aH)
            short = len(heights) - header <= SHORT_TABLE
            if short and not frame._atTop and self._height <= page:
                return []  # it moves whole to the next page
            fitting = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
            straddling = heights[fitting] if fitting < len(heights) else 0.0
            self.splitInRow = 1 if sum(heights[:header]) + straddling > page else 0
        pieces: list[Flowable] = super().split(availWidth, availHeight)
        return pieces


class PlainRowTable(RowTable):
    """A RowTable whose plain-text cells (reports/plain_text.py) are drawn where Table draws
    a cell's flowable without Table measuring each again as it draws it. Layout, splitting,
    backgrounds, rules and every other cell are Table's own."""

    _heights: dict[float, list[float]] | None = None  # every row's height, by table width

    def _calc_height(
        self, availHeight: float, availWidth: float, H: Any = None, W: Any = None
    ) -> None:
        """Table's row heights, measured once per width (a table is measured again at every
        wrap and split, its cells' heights the same each time), then cut as Table cuts them
        for the height at hand (the rows past it left unmeasured)."""
        if self._spanCmds or W is not None or None not in self._argH or self._minRowHeights:
            super()._calc_height(availHeight, availWidth, H=H, W=W)
            return
        heights = (self._heights or {}).get(availWidth)
        if heights is None:
            super()._calc_height(float("inf"), availWidth)
            heights = list(self._rowHeights)  # type: ignore[has-type]
            self._heights = {**(self._heights or {}), availWidth: heights}
        count = len(heights)
        rows: list[float | None] = [None] * count
        last = count
        for index, height in enumerate(heights):
            rows[index] = height
            if self._longTableOptimize:
                last = index + 1
                if sum(rows[:last]) > availHeight:  # type: ignore[arg-type]
                    break
        if None not in rows:
            last = count
        self._rowHeights = rows
        # the rows' positions bottom-up, summed as Table sums them
        positions: list[float] = []
        self._rowpositions = positions
        height = carry = 0.0
        for index in range(last - 1, -1, -1):
            positions.append(height)
            step = rows[index] - carry  # type: ignore[operator]
            total = height + step
            carry = (total - height) - step
            height = total
        positions.append(height)
        self._height = height
        positions.reverse()
        self._hmax = last

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        cell = cellval[0] if isinstance(cellval, tuple | list) and len(cellval) == 1 else cellval
        if (
            not isinstance(cell, PlainParagraph)
            or not cell.plainly
            or cellstyle.valign != "TOP"
            or cellstyle.alignment not in ("LEFT", "RIGHT")
            or cellstyle.href
            or cellstyle.destination
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        colpos, rowpos = pos
        colwidth, rowheight = size
        width, height = cell.wrap(
            colwidth - cellstyle.leftPadding - cellstyle.rightPadding,
            rowheight - cellstyle.topPadding - cellstyle.bottomPadding,
        )
        # where Table._drawCell puts a cell's flowable (top-aligned)
        y = rowpos + rowheight - cellstyle.topPadding
        y += cell.getSpaceBefore()
        if cellstyle.alignment == "LEFT":
            x = colpos + cellstyle.leftPadding
        else:
            x = colpos + colwidth - cellstyle.rightPadding - width
        y -= cell.getSpaceBefore()
        y -= height
        cell.drawOn(self.canv, x, y)
        self._curcellstyle = None  # Table sets the next cell style's font and colour again


def fields_table(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """Label / value pairs in `columns` side-by-side groups (identification blocks)."""
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
    table = PlainRowTable(rows, colWidths=[label_width, value_width] * columns)
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
#: data_table's styles for a right-aligned header and a total's numbers.
HEAD_RIGHT = ParagraphStyle("head-right", parent=CELL_BOLD, alignment=TA_RIGHT)
TOTAL_RIGHT = ParagraphStyle("total-right", parent=CELL_RIGHT, fontName=BOLD)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    total: bool = False,
) -> Table:
    """A ruled table with a shaded header row repeated on every page; `right` columns are
    numbers (right-aligned); `total` makes the last row bold."""
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
    table = PlainRowTable(cells, colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle(commands))
    return table


def signed_electronically(signer: str, on: dt.date, at: dt.time | None = None) -> str:
    """The signature line of a document the counselor signs by producing it; with `at`, the
    moment of a signature recorded earlier (a reprint prints that, never the print date)."""
    when = day(on) if at is None else f"{day(on)} at {at:%H:%M}"
    return f"Electronically signed by {signer} on {when}"


def copy_of_signed(title: str, signer: str, at: dt.datetime) -> str:
    """What every page of a reprint says: a copy of the document signed at its real moment."""
    return f"Copy of the {title} electronically signed by {signer} on {at:%Y-%m-%d %H:%M}"


def signature_block(
    signer_line: str, signed: str, width: float, *, language: str = "en"
) -> list[Flowable]:
    """Counselor's name and credentials with the dated signature line: one unit (its rows
    never part)."""
    rows = [
        [plain_literal(say(language, "Counselor"), LABEL), plain_paragraph(signer_line, CELL)],
        [plain_literal(say(language, "Signature"), LABEL), plain_paragraph(signed, CELL)],
    ]
    table = RowTable(rows, colWidths=[width * 0.16, width * 0.84])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (1, 1), (1, 1), 0.6, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [Spacer(1, 6), table]


def closing(before: Sequence[Flowable], signature: Sequence[Flowable]) -> list[Flowable]:
    """The last content and the signature block as one unit: the signature never stands alone
    at the top of a page (the last lines move over with it)."""
    return [KeepTogether([*before, *signature])]


# -- pages ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page of one document carries."""

    clinic_name: str
    title: str
    participant: str = ""  # "" for documents about no one participant (the sign-in sheet)
    draft: bool = False
    notice: str = ""  # a line printed above the footer on every page (the Part 2 notice)
    copy_of: str = ""  # a reprint's line above the footer: a copy of what was signed, and when
    page_size: str = "letter"
    footer: str = CONFIDENTIAL  # the line at the foot of every page
    # a disclosed document's ID (its disclosure-log row), printed at the foot of every page
    document_id: str = ""
    # printed whole after `participant` (then only the name is shortened to fit)
    identifiers: str = ""
    language: str = "en"  # the page's own words: "Page X of Y", the document ID, DRAFT


class _DecoratedCanvas(Canvas):  # type: ignore[misc]
    """Keeps every page until the end so each can say 'Page X of Y'."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decor = decor
        self._pages: list[dict[str, Any]] = []
        self._page_parts: _PageParts | None = None
        self._confidential: dict[float, str] = {}  # the line as shortened for the room left

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furnish(number, total)
            super().showPage()
        super().save()

    def _furnish(self, number: int, total: int) -> None:
        decor = self._decor
        width, height = self._pagesize
        left, right = SIDE_MARGIN, width - SIDE_MARGIN
        self.saveState()
        if decor.draft:
            self.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.13))
            self.setFont(BOLD, 110)
            self.translate(width / 2, height / 2)
            self.rotate(50)
            self.drawCentredString(0, -38, say(decor.language, "DRAFT"))
            self.rotate(-50)
            self.translate(-width / 2, -height / 2)
        parts = self._parts()
        self.setFillColor(ACCENT)
        for index, line in enumerate(parts.clinic):
            draw_text(self, left, parts.first - index * 9, line, BOLD, parts.size)
        self.setFillColor(WARN if decor.draft else ACCENT)
        draw_text(self, right, parts.first, parts.title, BOLD, 9, anchor="end")
        below = parts.first - 9 * (len(parts.clinic) - 1)  # the clinic's last baseline
        if decor.participant:
            self.setFillColor(INK)
            for dx, text in parts.participant:
                draw_text(self, left + dx, below - 12, text, REGULAR, 8.5)
            below -= 12
        self.setStrokeColor(RULE)
        self.setLineWidth(0.7)
        rule_y = below - (6 if decor.participant else 7)
        self.line(left, rule_y, right, rule_y)
        bottom = FOOTER_BASELINE
        lines = parts.footer
        rule = bottom + 22 + FOOTER_STEP * max(len(lines) - 1, 0)
        self.line(left, rule, right, rule)
        for index, (row, text) in enumerate(zip(lines, parts.footer_text, strict=True)):
            y = bottom + 11 + FOOTER_STEP * index
            if row.text:
                self.setFillColor(row.color)
                draw_text(self, left, y, text, BOLD, 7.5)
            if row.right:
                self.setFillColor(INK)
                draw_text(self, right, y, row.right, BOLD, 7.5, anchor="end")
        self.setFillColor(MUTED)
        page = say(decor.language, "Page {number} of {total}").format(number=number, total=total)
        room = right - left - text_width(page, BOLD, 7.5) - FOOTER_GAP
        if room not in self._confidential:
            self._confidential[room] = shortened(decor.footer, REGULAR, 7, room)
        draw_text(self, left, bottom, self._confidential[room], REGULAR, 7)
        self.setFillColor(INK)
        draw_text(self, right, bottom, page, BOLD, 7.5, anchor="end")
        self.restoreState()

    def _parts(self) -> _PageParts:
        """What every page of the document prints the same, worked out for its first page."""
        if self._page_parts is None:
            self._page_parts = _page_parts(self._decor, self._pagesize)
        return self._page_parts


@dataclass(frozen=True, slots=True)
class _PageParts:
    """The header and footer text every page of one document prints."""

    title: str
    size: float  # the clinic's name's
    clinic: list[str]
    first: float  # the baseline of the header's first line
    participant: list[tuple[float, str]]  # where each piece of the line starts, and its text
    footer: list[FooterLine]
    footer_text: list[str]  # each footer line's text as printed


def _page_parts(decor: PageDecor, page: tuple[float, float]) -> _PageParts:
    width, height = page
    left, right = SIDE_MARGIN, width - SIDE_MARGIN
    top = height - 0.48 * inch
    draft = "  ·  " + say(decor.language, "DRAFT") if decor.draft else ""
    title = shortened(decor.title + draft, BOLD, 9, 250)
    room = right - left - text_width(title, BOLD, 9) - 18
    size, clinic = clinic_lines(decor.clinic_name, room, right - left)
    first = top + (4 if len(clinic) > 1 else 0)
    lines = footer_lines(decor, right - left)
    return _PageParts(
        title=title,
        size=size,
        clinic=clinic,
        first=first,
        participant=_participant_pieces(decor, right - left) if decor.participant else [],
        footer=lines,
        footer_text=[shortened(row.text, BOLD, 7.5, row.room) if row.text else "" for row in lines],
    )


#: The footer: the confidentiality line and "Page X of Y" on the lowest line; above it, one
#: line each for the Part 2 notice, a reprint's "Copy of …" and the document ID, bottom-up.
FOOTER_BASELINE = 0.42 * inch
FOOTER_STEP = 10.0  # points between two footer lines
FOOTER_GAP = 18.0  # points at least between two texts on one footer line


@dataclass(frozen=True, slots=True)
class FooterLine:
    """One line above the confidentiality line: text at the left (`room` wide at most, in
    `color`) and, at the right, the document ID."""

    text: str
    color: colors.Color
    room: float
    right: str = ""


def footer_lines(decor: PageDecor, width: float) -> list[FooterLine]:
    """The lines between the rule and the confidentiality line, bottom-up. The document ID
    ("Document ID CD-…") has room of its own at the right: beside the lowest line when that
    line fits whole beside it, else on a line of its own; nothing of either is cut."""
    lines = [
        FooterLine(text, color, width)
        for text, color in ((decor.copy_of, ACCENT), (decor.notice, WARN))
        if text
    ]
    if not decor.document_id:
        return lines
    ident = say(decor.language, "Document ID {id}").format(id=decor.document_id)
    room = width - text_width(ident, BOLD, 7.5) - FOOTER_GAP
    if lines and text_width(shortened(lines[0].text, BOLD, 7.5, width), BOLD, 7.5) <= room:
        lines[0] = FooterLine(lines[0].text, lines[0].color, room, ident)
    else:
        lines.insert(0, FooterLine("", MUTED, room, ident))
    return lines


#: The clinic's name in the page header: 9 pt, set smaller down to CLINIC_FLOOR, then on two
#: lines (the second runs under the title); only a name longer than that is shortened, at a
#: blank (the letterhead in the body prints it whole).
CLINIC_SIZES = (9.0, 8.5, 8.0, 7.5)
CLINIC_FLOOR = CLINIC_SIZES[-1]


def clinic_lines(name: str, beside: float, below: float) -> tuple[float, list[str]]:
    """The clinic's name as the header prints it: the size and one or two lines in drawing
    order, the first `beside` wide (next to the title), the second `below` wide."""
    typed = " ".join(printed(name).split())
    rtl = rtl_base(typed)
    shown = visual(typed, rtl=rtl)
    for size in CLINIC_SIZES:
        if text_width(shown, BOLD, size) <= beside:
            return size, [shown]
    words = typed.split(" ")
    count = _words_fitting(words, beside, rtl)
    if count == 0:  # one word wider than the space beside the title: cut it there
        return CLINIC_FLOOR, [_fit_words(words, beside, rtl)]
    first = visual(" ".join(words[:count]), rtl=rtl)
    return CLINIC_FLOOR, [first, _fit_words(words[count:], below, rtl)]


def _words_fitting(words: list[str], width: float, rtl: bool) -> int:
    """How many of the leading words fit the width at the floor size."""
    count = 0
    while count < len(words) and (
        text_width(visual(" ".join(words[: count + 1]), rtl=rtl), BOLD, CLINIC_FLOOR) <= width
    ):
        count += 1
    return count


def _fit_words(words: list[str], width: float, rtl: bool) -> str:
    """The words as one drawn line at the floor size: whole if they fit, else the most
    leading words that fit with an ellipsis (a single word too long is cut inside)."""
    whole = visual(" ".join(words), rtl=rtl)
    if text_width(whole, BOLD, CLINIC_FLOOR) <= width:
        return whole
    for count in range(len(words) - 1, 0, -1):
        shown = visual(_ellipsis(" ".join(words[:count])), rtl=rtl)
        if text_width(shown, BOLD, CLINIC_FLOOR) <= width:
            return shown
    return shortened(" ".join(words), BOLD, CLINIC_FLOOR, width, rtl=rtl)


def _participant_pieces(decor: PageDecor, width: float) -> list[tuple[float, str]]:
    """The participant line's pieces as drawn: where each starts and its text."""
    if not decor.identifiers:
        return [(0.0, shortened(decor.participant, REGULAR, 8.5, width))]
    tail = visual(f"   ·   {decor.identifiers}", rtl=False)
    room = width - text_width(tail, REGULAR, 8.5)
    name = shortened(decor.participant, REGULAR, 8.5, max(room, width * 0.3), rtl=None)
    used = text_width(name, REGULAR, 8.5)
    return [(0.0, name), (used, shortened(tail, REGULAR, 8.5, width - used))]


def _fit(
    canvas: Canvas, text: str, font: str, size: float, width: float, *, rtl: bool | None = False
) -> str:
    """`shortened`, by its older name (the canvas is not needed: the fonts give the widths)."""
    return shortened(text, font, size, width, rtl=rtl)


def shortened(text: str, font: str, size: float, width: float, *, rtl: bool | None = False) -> str:
    """A header/footer line as drawn, shortened at its end in typing order with an ellipsis so
    it never runs into the margin. The lines are English templates: a name in Arabic or
    Hebrew is a right-to-left run inside a left-to-right line (`rtl` False); a name alone
    reads in its own direction (`rtl` None)."""
    typed = printed(text)
    shown = visual(typed, rtl=rtl)
    if text_width(shown, font, size) <= width:
        return shown
    low, high = 0, len(typed)  # the longest prefix that fits with its ellipsis
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(_cut(typed, middle, rtl), font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return _cut(typed, low, rtl)


def _ellipsis(kept: str) -> str:
    """Kept text and an ellipsis, in typing order. After right-to-left letters the ellipsis is
    bound to them (a right-to-left mark) so it stands where the cut is."""
    kept = kept.rstrip()
    after_rtl = rtl_base(kept[::-1])  # the last strong letter kept reads right to left
    return kept + ("…\u200f" if after_rtl else "…")


def _cut(text: str, length: int, rtl: bool | None = False) -> str:
    """The first `length` characters and an ellipsis, as drawn."""
    return visual(_ellipsis(text[:length]), rtl=rtl)


#: Flowables that add no content to the frame they are measured in.
_ADDS_NOTHING = (PlainParagraph, Paragraph, Table, Spacer, HRFlowable)


def _adds_nothing(flowable: Flowable) -> bool:
    return isinstance(flowable, _ADDS_NOTHING) or getattr(flowable, "adds_nothing", False)


def _measured_list(
    content: Sequence[Flowable], width: float, canvas: Canvas, dims: list[tuple[float, float]]
) -> tuple[float, float]:
    """reportlab's `_listWrapOn` of flowables that add nothing to the frame: the widest and
    the height, spaces between them merged (each flowable's size put in `dims`)."""
    widest = height = before = 0.0
    at_top = True
    for flowable in content:
        w, h = flowable.wrapOn(canvas, width, 0xFFFFFFF)
        dims.append((w, h))
        if h <= _FUZZ:
            continue
        widest = max(widest, min(w, width) if listWrapOnFakeWidth else w)
        height += h
        if not at_top:
            space = flowable.getSpaceBefore()
            if getattr(flowable, "_SPACETRANSFER", False):
                space = before
            height += max(space - before, 0)
        else:
            at_top = False
        after = flowable.getSpaceAfter()
        if getattr(flowable, "_SPACETRANSFER", False):
            after = before
        before = after
        height += before
    return widest, height - before


class _KeepWithNext(KeepTogether):  # type: ignore[misc]
    """What keepWithNext groups: headings and the flowable after them. The group moves to the
    next page only when the start of that flowable would not fit under the headings here
    (reportlab's own KeepTogether moved it whenever all of it did not fit, leaving the rest
    of the page blank before every long section)."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """KeepTogether's measure of its content, without the copy of the frame reportlab
        makes first for content that adds to it (a page break of its own): headings,
        paragraphs, tables, charts and spacers add none."""
        if not all(_adds_nothing(flowable) for flowable in self._content):
            size: tuple[float, float] = super().wrap(aW, aH)
            return size
        dims: list[tuple[float, float]] = []
        width, height = _measured_list(self._content, aW, self.canv, dims)
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        return width, 0xFFFFFF  # force a split

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        whole: float = self._H
        if whole > aH and frame is not None and not frame._atTop and self._starts_here(aW, aH):
            return list(self._content)
        pieces: list[Flowable] = super().split(aW, aH)
        return pieces

    def _starts_here(self, aW: float, aH: float) -> bool:
        *lead, last = self._content
        if not lead:
            return False
        used = 0.0
        for flowable in lead:
            used += flowable.wrapOn(self.canv, aW, aH)[1]
            used += flowable.getSpaceBefore() + flowable.getSpaceAfter()
        room = aH - used - last.getSpaceBefore()
        if room <= 0:
            return False
        last._frame = self._frame  # a table asks whether it stands at the top of a page
        pieces = last.splitOn(self.canv, aW, room)
        return len(pieces) > 1  # a first piece that fits here, and the rest


class _Template(SimpleDocTemplate):  # type: ignore[misc]
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, keepTogetherClass=_KeepWithNext, **kwargs)

    def handle_keepWithNext(self, flowables: list[Flowable]) -> None:
        """Headings stay with what follows them: a spacer after a heading passes its
        keepWithNext on, and a group kept together (base.closing) takes the headings in
        (reportlab leaves a heading before such a group on its own)."""
        index = 0
        while index + 1 < len(flowables) and flowables[index].getKeepWithNext():
            following = flowables[index + 1]
            if isinstance(following, Spacer):
                following.keepWithNext = 1
            elif type(following) is KeepTogether:
                headings = flowables[: index + 1]
                for flowable in headings:
                    flowable.__dict__["keepWithNext"] = 0
                flowables[: index + 2] = [KeepTogether([*headings, *following._content])]
                return
            index += 1
        super().handle_keepWithNext(flowables)


def participant_pages(
    letterhead: Letterhead,
    title: str,
    identity: Identity,
    *,
    substance_use: bool = False,
    draft: bool = False,
    copy_of: str = "",
    document_id: str = "",
    language: str = "en",
) -> PageDecor:
    """The pages of a document about one participant: clinic, title, who it is about, and the
    Part 2 notice on every page when the program treats substance use; the page's own words
    in `language`."""
    return PageDecor(
        clinic_name=letterhead.clinic_name,
        title=title,
        participant=identity.name,
        identifiers=chart_and_birth(identity, language),
        draft=draft,
        notice=say(language, PART2_NOTICE) if substance_use else "",
        copy_of=copy_of,
        page_size=letterhead.page_size,
        footer=say(language, CONFIDENTIAL),
        document_id=document_id,
        language=language,
    )


def render(
    decor: PageDecor, story: list[Flowable], *, title: str, author: str, subject: str
) -> bytes:
    """Lay the story out on decorated pages; returns the PDF bytes."""
    return render_counted(decor, story, title=title, author=author, subject=subject)[0]


def render_counted(
    decor: PageDecor, story: list[Flowable], *, title: str, author: str, subject: str
) -> tuple[bytes, int]:
    """Lay the story out on decorated pages; returns the PDF bytes and how many pages it has."""
    register_fonts()
    buffer = io.BytesIO()
    bottom = BOTTOM_MARGIN + 0.15 * inch * len(footer_lines(decor, frame_width(decor.page_size)))
    template = _Template(
        buffer,
        pagesize=page_size(decor.page_size),
        # the frame pads its content by 6 pt: content then starts exactly at the side margin
        leftMargin=SIDE_MARGIN - 6,
        rightMargin=SIDE_MARGIN - 6,
        topMargin=TOP_MARGIN,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject=subject,
        creator="Counselor Desk",
        producer="Counselor Desk (ReportLab)",
    )
    template.build(story, canvasmaker=partial(_DecoratedCanvas, decor=decor))
    return buffer.getvalue(), int(template.page)
