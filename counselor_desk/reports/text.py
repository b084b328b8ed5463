"""Typed text into flowables: never read as markup, any length, any word length, any script.

reportlab draws every string left to right exactly as stored, so right-to-left text (Arabic,
Hebrew) is laid out here first: Arabic letters take their joined forms (arabic-reshaper), and
each printed line is put in the order it is seen in by the Unicode bidirectional algorithm
(python-bidi). Text is broken into lines in typing order *before* that, so a long Arabic note
still reads from its first line down. Text without a right-to-left letter skips all of it.

A character the document font lacks (an emoji, a symbol) is set in the fallback font, or as
a visible placeholder when neither font has it (fonts.printed).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from counselor_desk.reports.fonts import (
    FALLBACK,
    FORMATTING,
    REGULAR,
    font_runs,
    printable,
    printed,
    text_width,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_BLANK_LINES = re.compile(r"\n\s*\n")
#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their presentation forms, the
#: historic right-to-left blocks, and the right-to-left marks and embeddings.
_RTL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u200f\u202b\u202e\u2067"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
_FORMATTING = FORMATTING
_LEVEL = re.compile(r"Level\(\s*(\d+)")
#: First-strong isolate and its end (UAX #9): the text between is laid out as a unit in its
#: own direction, whatever surrounds it.
FSI, PDI = "\u2068", "\u2069"


def plain(text: str) -> str:
    """Text without control characters, line ends as \\n."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def has_rtl(text: str) -> bool:
    """Whether the text holds a right-to-left letter (the only case that needs layout)."""
    return _RTL.search(text) is not None


def rtl_base(text: str) -> bool:
    """Whether a paragraph reads right to left: its first strong letter is Arabic or Hebrew.
    Text inside an isolate does not count (UAX #9, P2)."""
    depth = 0
    for char in text:
        if char in "\u2066\u2067\u2068":
            depth += 1
        elif char == PDI:
            depth = max(0, depth - 1)
        if depth:
            continue
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def isolate(text: str) -> str:
    """Typed text (a name) set into a sentence of ours: it reads in its own direction, the
    same as where it stands alone (a table cell, the page header), whatever is around it."""
    return f"{FSI}{text}{PDI}" if has_rtl(text) else text


def visual(line: str, rtl: bool | None = None) -> str:
    """One line as drawn left to right: letters joined, right-to-left runs reversed.

    `rtl` is the base direction of the paragraph the line comes from (None: its own).
    Returned unchanged when it has no right-to-left letter.
    """
    if not has_rtl(line):
        return line
    return _bidi(_shape(line), rtl_base(line) if rtl is None else rtl)


def line_markup(line: str) -> str:
    """A printed line (in drawing order) as Paragraph markup: escaped, and what the document
    font lacks wrapped in the fallback font."""
    return "".join(
        f'<font name="{FALLBACK}">{escape(piece)}</font>' if face == FALLBACK else escape(piece)
        for face, piece in font_runs(line, REGULAR)
    )


def markup(text: str) -> str:
    """Typed text as Paragraph markup: <, & and > escaped, line breaks kept, each line in
    the order it is seen in, emoji and symbols in the fallback font."""
    lines = plain(text).strip().split("\n")
    return "<br/>".join(line_markup(visual(printed(line))) for line in lines)


def paragraph(text: str, style: ParagraphStyle, *, flush_right: bool = False) -> Paragraph:
    """One paragraph of typed text; one holding right-to-left letters is laid out as such,
    and set flush right when `flush_right` and it reads right to left."""
    if has_rtl(text):
        return BidiParagraph(typed=plain(text).strip(), style=style, flush_right=flush_right)
    return FlowingParagraph(markup(text), style)


def paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """Typed text as paragraphs (blank lines separate them); each flows across pages whole,
    however long, with no break that was not typed."""
    return [
        paragraph(block.strip(), style, flush_right=True)
        for block in _BLANK_LINES.split(plain(text).strip())
        if block.strip()
    ]


def cell(text: str, style: ParagraphStyle) -> Paragraph:
    """One table cell of typed text (short fields), aligned as its column is."""
    return paragraph(text, style)


class FlowingParagraph(Paragraph):  # type: ignore[misc]
    """A Paragraph whose pieces after a page break keep the lines it was broken into:
    reportlab breaks the rest into lines again on every page, which made a long text slow (its
    time grew with the square of its length). A piece reuses its lines at the same width."""

    _kept_lines: Any = None  # the lines of this piece, laid out for _kept_widths
    _kept_widths: list[float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        widths = [
            availWidth - style.leftIndent - style.firstLineIndent - style.rightIndent,
            availWidth - style.leftIndent - style.rightIndent,
        ]
        lines = self._kept_lines
        leading_auto = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        if lines is None or widths != self._kept_widths or leading_auto not in ("", "off"):
            width: float
            height: float
            width, height = super().wrap(availWidth, availHeight)
            return width, height
        self.width = availWidth
        self._wrapWidths = widths
        self.blPara = lines
        self.height = len(lines.lines) * style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        pieces: list[Flowable] = super().split(availWidth, availHeight)
        laid_out = getattr(self, "blPara", None)
        if (
            len(pieces) == 2
            and laid_out is not None
            and all(isinstance(piece, FlowingParagraph) for piece in pieces)
        ):
            first, rest = pieces
            done = len(first.blPara.lines)
            lines = laid_out.lines[done:]
            if lines and hasattr(lines[0], "sFW"):  # an index into the words: the rest's own
                start = lines[0].sFW
                lines = [line.clone(sFW=line.sFW - start) for line in lines]
            first._kept_lines = laid_out.clone(lines=laid_out.lines[:done])
            rest._kept_lines = laid_out.clone(lines=lines)
            first._kept_widths = rest._kept_widths = list(self._wrapWidths)
        return pieces


class BidiParagraph(FlowingParagraph):
    """Typed text holding right-to-left letters, broken into lines in typing order for the
    width it is given, then each line drawn in visual order.

    With `flush_right`, one whose first strong letter is right-to-left is set flush right
    (body text; a table cell keeps its column's alignment). The pieces
    reportlab makes when it splits one across pages are plain paragraphs of finished lines.
    """

    def __init__(
        self,
        text: str | None = None,
        style: ParagraphStyle | None = None,
        bulletText: str | None = None,
        frags: list[Any] | None = None,
        *,
        typed: str | None = None,
        flush_right: bool = False,
        **kwargs: Any,
    ) -> None:
        self._typed = None if typed is None else printed(typed)
        self._laid_out_for: float | None = None
        if typed is not None:
            text = markup(typed)  # until the width is known: one printed line per typed line
            if flush_right and style is not None and style.alignment == TA_LEFT and rtl_base(typed):
                style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        super().__init__(text, style, bulletText, frags, **kwargs)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        style = self.style
        width = availWidth - style.leftIndent - style.rightIndent - max(0, style.firstLineIndent)
        if self._typed is not None and width != self._laid_out_for:
            lines = [
                line_markup(printed_line)
                for typed_line in self._typed.split("\n")
                for printed_line in visual_lines(typed_line, width, style.fontName, style.fontSize)
            ]
            Paragraph.__init__(self, "<br/>".join(lines), style, self.bulletText)
            self._laid_out_for = width
        width_used, height = super().wrap(availWidth, availHeight)
        return width_used, height


def visual_lines(line: str, width: float, font: str, size: float) -> list[str]:
    """One typed line (no line break) as the printed lines that fit `width`, each in the
    order it is seen in. Words are kept whole unless one alone is wider than the line."""
    rtl = rtl_base(line)
    shaped = _shape(line)  # joining never crosses a blank, so word widths add up
    space = text_width(" ", font, size)
    printed_lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in shaped.split():
        wide = text_width(word, font, size)
        if current and used + space + wide <= width:
            current.append(word)
            used += space + wide
            continue
        if current:
            printed_lines.append(" ".join(current))
        current, used = [], 0.0
        while wide > width and len(word) > 1:
            cut = _fitting(word, width, font, size)
            printed_lines.append(word[:cut])
            word = word[cut:]
            wide = text_width(word, font, size)
        current, used = [word], wide
    if current:
        printed_lines.append(" ".join(current))
    return [_bidi(text, rtl) for text in printed_lines] or [""]


def _fitting(word: str, width: float, font: str, size: float) -> int:
    """How many leading characters of a too-long word fit the width (at least one)."""
    cut = 1
    while cut < len(word) and text_width(word[: cut + 1], font, size) <= width:
        cut += 1
    return cut


def _shape(text: str) -> str:
    """Arabic letters in their joined (presentation) forms; a form the document font lacks
    falls back to its plain letter, so nothing prints as an empty box."""
    shaped: str = _reshaper().reshape(text)
    glyphs = printable()
    if all(ord(char) in glyphs for char in shaped if char > "\u00ff"):
        return shaped
    return "".join(
        char if ord(char) in glyphs else unicodedata.normalize("NFKC", char) for char in shaped
    )


@lru_cache(maxsize=1)
def _reshaper() -> Any:
    """Arabic as arabic-reshaper joins it, keeping the vowel marks (harakat) that were typed;
    the one ligature DejaVu Sans has no glyph for is left as joined letters. Imported on
    first use: a document without right-to-left text never loads it."""
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False}
    )


def _bidi(text: str, rtl: bool) -> str:
    """Reorder one line (rules L1, L2 and L4 of the bidirectional algorithm) for drawing
    left to right.

    python-bidi resolves the embedding levels; it reorders but does not mirror, so the
    levels are read from its report and brackets inside right-to-left runs are mirrored here.
    """
    from bidi import get_display
    from bidi.mirror import MIRRORED

    if not text or not (rtl or has_rtl(text)):
        return text  # a left-to-right line without a right-to-left letter stays as it is
    base = 1 if rtl else 0
    levels = _levels(text, "R" if rtl else "L")
    if levels is None:  # an unexpected python-bidi report: order without mirroring
        reordered: str = get_display(text, base_dir="R" if rtl else "L")
        return reordered
    # L1: blanks at the end of the line go back to the paragraph's level
    end = len(text)
    while end and unicodedata.bidirectional(text[end - 1]) in ("WS", "S", "B", "BN"):
        end -= 1
        levels[end] = base
    # L2: from the highest level down to the lowest odd one, reverse every run at or above it
    order = list(range(len(text)))
    odd = [level for level in levels if level % 2]
    for level in range(max(levels), min(odd) - 1 if odd else max(levels) + 1, -1):
        start = 0
        while start < len(order):
            if levels[order[start]] < level:
                start += 1
                continue
            stop = start
            while stop < len(order) and levels[order[stop]] >= level:
                stop += 1
            order[start:stop] = order[start:stop][::-1]
            start = stop
    # L3 is left out: DejaVu Sans places a vowel mark over the glyph drawn after it
    # L4: mirrored characters in right-to-left runs
    # X9: the direction marks and embeddings themselves are not drawn
    return "".join(
        MIRRORED.get(text[i], text[i]) if levels[i] % 2 else text[i]
        for i in order
        if text[i] not in _FORMATTING
    )


def _levels(text: str, base_dir: str) -> list[int] | None:
    """The resolved embedding level of each character, from python-bidi's debug report
    (one level per UTF-8 byte), or None if the report is not in the expected form."""
    from bidi import get_display

    report = get_display(text, base_dir=base_dir, debug=True)
    section = report[report.rfind("levels: [") : report.rfind("paragraphs: [")]
    per_byte = [int(level) for level in _LEVEL.findall(section)]
    if len(per_byte) != len(text.encode("utf-8")):
        return None
    levels = []
    offset = 0
    for char in text:
        levels.append(per_byte[offset])
        offset += len(char.encode("utf-8"))
    return levels
