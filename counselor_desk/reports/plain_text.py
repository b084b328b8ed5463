"""Plain typed text laid out without reportlab's markup parser: the same lines, the same
page breaks, the same drawing as a Paragraph of it, for a fraction of the work.

A Paragraph parses its text as markup (an HTML parser), breaks it into lines again at every
wrap (a paragraph is wrapped two to four times: frame, split, keep-together, table) and draws
it through the general case. Nearly everything a summary prints is text of one face: a
sentence of ours, a date, a name, a typed note. `PlainParagraph` holds such text as the
words of its typed lines, breaks them with Paragraph's own rule (words measured in the
font, a line may shrink its spaces by `spaceShrinkage`), once per width, splits between
lines as Paragraph splits (no orphan, widows allowed) and draws each line with Paragraph's
own line drawers. tests/test_plain_text.py holds the lines, splits and drawn text equal to
Paragraph's for a wide range of texts, widths and styles.

Anything else — markup, right-to-left letters, a character in the fallback font, unusual
blanks, a soft hyphen, a word wider than its line — is laid out by the Paragraph it would
have been (`text.paragraph`), so it prints exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import _leftDrawParaLine, _rightDrawParaLine

from counselor_desk.reports.fonts import _plain_chars
from counselor_desk.reports.text import _BLANK_LINES, has_rtl, markup, paragraph, plain

_FUZZ = 1e-6  # reportlab's: a width below this cannot hold text
_SOFT_HYPHEN = "\xad"
#: Words whose widths are kept per face and size (then forgotten and measured anew).
WIDTHS_KEPT = 20_000
#: A blank other than a space, a tab or a line break (plain() leaves no other ASCII one).
_ODD_BLANK = re.compile(r"[^\S \t\n]")
#: One broken line: the room left on it (negative when its blanks shrink), its words, and
#: whether it ends a typed line.
Line = tuple[float, list[str], bool]


def plain_words(text: str) -> list[list[str]] | None:
    """The words of each typed line of `text` as a Paragraph of `markup(text)` sees them,
    or None when the text needs a Paragraph: markup-free text of one face only."""
    cleaned = plain(text).strip()
    if not cleaned or has_rtl(cleaned) or _SOFT_HYPHEN in cleaned:
        return None
    if not _plain_chars().issuperset(cleaned):
        return None  # the fallback font, a placeholder, a joiner or a direction mark
    if not cleaned.isascii() and _ODD_BLANK.search(cleaned):
        return None  # a blank Paragraph would not break at (no-break space) or treats apart
    lines: list[list[str]] = []
    for line in cleaned.split("\n"):
        words = line.split()
        if not words:
            return None  # an empty line between two others
        lines.append(words)
    return lines


def plain_paragraph(text: str, style: ParagraphStyle, *, flush_right: bool = False) -> Flowable:
    """Typed text as one paragraph: `text.paragraph(text, style, flush_right=…)`, laid out
    plainly where the text allows."""
    words = plain_words(text)
    if words is None or not _plain_style(style):
        return paragraph(text, style, flush_right=flush_right)
    return PlainParagraph(words, style, text)


def plain_paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    """`text.paragraphs(text, style)`: the blocks between blank lines, each plainly where it
    can be."""
    return [
        plain_paragraph(block.strip(), style, flush_right=True)
        for block in _BLANK_LINES.split(plain(text).strip())
        if block.strip()
    ]


def plain_literal(text: str, style: ParagraphStyle) -> Flowable:
    """`Paragraph(text, style)` of words of ours (read as markup): laid out plainly when
    they hold no markup."""
    if "<" in text or "&" in text:
        return Paragraph(text, style)
    return plain_markup(text, style)


def plain_markup(text: str, style: ParagraphStyle) -> Flowable:
    """`Paragraph(markup(text), style)`, laid out plainly for text of one typed line (a
    Paragraph of several starts the rest of a split with an empty line; that is left to it)."""
    words = plain_words(text)
    if words is None or len(words) > 1 or not _plain_style(style):
        return Paragraph(markup(text), style)
    return PlainParagraph(words, style, text)


#: Paragraph style settings this layout does not do: any of them set leaves the text to one.
_NOT_PLAIN = (
    "backColor",
    "bulletText",
    "endDots",
    "firstLineIndent",
    "hyphenationLang",
    "uriWasteReduce",
    "embeddedHyphenation",
    "shaping",
    "underline",
    "strike",
    "wordWrap",
)


_STYLES: dict[int, tuple[ParagraphStyle, bool]] = {}


def _plain_style(style: ParagraphStyle) -> bool:
    """Whether the style is laid out here (worked out once per style)."""
    known = _STYLES.get(id(style))
    if known is None or known[0] is not style:
        if len(_STYLES) > 256:  # styles made per document (a fitted size) are not kept
            _STYLES.clear()
        known = _STYLES[id(style)] = (style, _plain_style_of(style))
    return known[1]


def _plain_style_of(style: ParagraphStyle) -> bool:
    """Styles laid out here: left or right aligned text without border, background, bullet,
    first-line indent or automatic leading (the rest is left to Paragraph)."""

    def value(name: str) -> Any:
        return getattr(style, name, None)

    return (
        value("alignment") in (TA_LEFT, TA_RIGHT)
        and not (value("borderWidth") and value("borderColor"))
        and value("autoLeading") in ("", "off", None)
        and not any(value(name) for name in _NOT_PLAIN)
        and bool(value("splitLongWords"))
        and value("textTransform") in (None, "none", "")
    )


@lru_cache(maxsize=64)
def _measure(font: str, size: float) -> Any:
    """A cached word measure for one face and size (the font's own stringWidth)."""
    face = getFont(font)
    widths: dict[str, float] = {}

    def width(word: str) -> float:
        found = widths.get(word)
        if found is None:
            if len(widths) >= WIDTHS_KEPT:  # a long session's words are not all kept
                widths.clear()
            found = widths[word] = face.stringWidth(word, size)
        return found

    return width


def break_lines(
    lines: Sequence[Sequence[str]], width: float, font: str, size: float, shrinkage: float
) -> list[Line] | None:
    """Paragraph's rule, line by typed line: words are added while the line (its blanks
    allowed to shrink by `shrinkage` of a blank each) is within the width. None when a word
    alone is wider than the line (Paragraph would cut it)."""
    measure = _measure(font, size)
    space = measure(" ")
    shrink = shrinkage * space
    broken: list[Line] = []
    for words in lines:
        line: list[str] = []
        current = -space
        for word in words:
            wide = measure(word)
            new = current + space + wide
            if new > width + shrink * len(line):
                if wide > width:
                    return None
                if line:
                    broken.append((width - current, line, False))
                    line = [word]
                    current = wide
                    continue
            line.append(word)
            current = new
        broken.append((width - current, line, True))
    return broken


def typed_lines(lines: Sequence[Line]) -> list[list[str]]:
    """The words of broken lines as the typed lines they came from (to break them again)."""
    typed: list[list[str]] = []
    start = True
    for _room, words, last in lines:
        if start:
            typed.append(list(words))
        else:
            typed[-1].extend(words)
        start = last
    return typed


class PlainParagraph(Flowable):  # type: ignore[misc]
    """Markup-free text of one face, laid out and drawn as a Paragraph of it."""

    def __init__(
        self,
        words: list[list[str]],
        style: ParagraphStyle,
        text: str,
        broken: tuple[float, list[Line]] | None = None,
    ) -> None:
        super().__init__()
        self.style = style
        self._words = words
        self._text = text  # for the Paragraph a word too wide for its line needs
        self._broken = broken  # the lines for one width
        self._real: Flowable | None = None

    @property
    def text(self) -> str:
        """The text as a Paragraph of it holds it (markup), for whoever looks."""
        return markup(self._text)

    # -- layout --------------------------------------------------------------------------

    def _lines(self, width: float) -> list[Line] | None:
        kept = self._broken
        if kept is not None and kept[0] == width:
            return kept[1]
        style = self.style
        lines = break_lines(
            self._words, width, style.fontName, style.fontSize, style.spaceShrinkage or 0
        )
        if lines is not None:
            self._broken = (width, lines)
        return lines

    def _paragraph(self) -> Flowable:
        """The Paragraph this text would have been (laid out by it when a word is too wide)."""
        if self._real is None:
            self._real = self._made_real()
        return self._real

    def _made_real(self) -> Flowable:
        return paragraph(self._text, self.style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._real is not None:
            return self._real_wrap(availWidth, availHeight)
        if availWidth < _FUZZ:
            return 0, 0x7FFFFFFF
        style = self.style
        lines = self._lines(availWidth - style.leftIndent - style.rightIndent)
        if lines is None:
            return self._real_wrap(availWidth, availHeight)
        self.width = availWidth
        self.height = len(lines) * style.leading
        return self.width, self.height

    def _real_wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        real = self._paragraph()
        width, height = real.wrap(availWidth, availHeight)
        self.width, self.height = width, height
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Paragraph's split: the lines of the last wrap (whatever width the split is asked
        at, as a table splitting a row asks), the first piece as many whole lines as fit
        (never one alone), the rest; nothing when no two lines fit."""
        if self._real is not None:
            pieces: list[Flowable] = self._real.split(availWidth, availHeight)
            return pieces
        if availWidth < _FUZZ or availHeight < _FUZZ:
            return []
        if self._broken is None:
            self.wrap(availWidth, availHeight)
            if self._real is not None:
                return self.split(availWidth, availHeight)
        assert self._broken is not None
        width, lines = self._broken
        style = self.style
        fits = int(availHeight / float(style.leading))
        allow_orphans = getattr(style, "allowOrphans", 0)
        if (not allow_orphans and fits <= 1) or fits == 0:
            self._broken = None  # as Paragraph forgets its lines: the next wrap lays it out anew
            return []
        count = len(lines)
        if count <= fits:
            return [self]
        if not getattr(style, "allowWidows", 1) and count == fits + 1:
            if (allow_orphans and count == 3) or count > 3:
                fits -= 1
            else:
                self._broken = None
                return []
        pieces = []
        for part in (lines[:fits], lines[fits:]):
            typed = typed_lines(part)
            text = "\n".join(" ".join(words) for words in typed)
            pieces.append(self._piece(typed, text, (width, part)))
        return pieces

    def _piece(self, words: list[list[str]], text: str, broken: tuple[float, list[Line]]) -> Any:
        return PlainParagraph(words, self.style, text, broken)

    # -- drawing -------------------------------------------------------------------------

    def draw(self) -> None:
        if self._real is not None:
            self._real.canv = self.canv
            self._real.draw()
            del self._real.canv
            return
        if self._broken is None or not self._broken[1]:
            return
        style = self.style
        self.canv.setFillColor(style.textColor)
        text = self.canv.beginText(style.leftIndent, self.height - style.fontSize)
        text.setFont(style.fontName, style.fontSize, style.leading)
        self._lines_into(text)
        self.canv.drawText(text)

    @property
    def plainly(self) -> bool:
        """Whether it draws as plain lines (not through the Paragraph of a too-wide word)."""
        return self._real is None and self._broken is not None

    def _lines_into(self, text: Any) -> None:
        """Each line as Paragraph draws a line of one face (its own line drawers)."""
        assert self._broken is not None
        draw_line = _rightDrawParaLine if self.style.alignment == TA_RIGHT else _leftDrawParaLine
        for room, words, _last in self._broken[1]:
            draw_line(text, 0, room, words)
